import type { Token } from '../types.js'
import { compareProfiles, profileSentence, type SentenceProfile } from './similarity-features.js'
import { scoreFeatures, type SimilarityModel } from './similarity-model.js'
import { TermStatistics } from './similarity-terms.js'
import { similarityModel } from './similarity-weights.js'

/**
 * Are two sentences the same claim? A logistic model over lexical features
 * (IDF-weighted overlap of stems, n-gram overlap, longest common subsequence
 * of content words, unmatched rare words, numbers, names, negation), trained
 * on the MSRP training split by `scripts/train-pairs.ts`.
 *
 * For many comparisons, profile each sentence once with `profileSentence`
 * and call `compareProfiled`; `compareSentences` does both for one pair.
 */

export interface SimilarityResult {
  /** The model's probability that both state the same claim, 0..1. */
  score: number
  /** `score` reaches the model's threshold. */
  isSame: boolean
  /** Shared content words, rarest first, as the first sentence writes them (numbers as written). */
  shared: string[]
  /** Each sentence has a number the other lacks (`14,000` / `17,000`). */
  numbersDisagree: boolean
}

export function compareSentences(
  a: readonly Token[],
  b: readonly Token[],
  statistics: TermStatistics,
  model: SimilarityModel = similarityModel,
): SimilarityResult {
  return compareProfiled(profileSentence(a, statistics), profileSentence(b, statistics), model)
}

export function compareProfiled(a: SentenceProfile, b: SentenceProfile, model: SimilarityModel = similarityModel): SimilarityResult {
  const comparison = compareProfiles(a, b)
  const score = scoreFeatures(model, comparison.features)
  return { score, isSame: score >= model.threshold, shared: comparison.shared, numbersDisagree: comparison.numbersDisagree }
}

export { TermStatistics, profileSentence, similarityModel }
export type { SentenceProfile, SimilarityModel }
