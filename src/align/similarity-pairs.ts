import type { Token } from '../types.js'
import { processText } from '../pipeline/index.js'
import { compareProfiled, profileSentence, similarityModel, TermStatistics, type SentenceProfile, type SimilarityModel, type SimilarityResult } from './similarity.js'

/** One row of a pair file in the MSRP layout. */
export interface SentencePair {
  /** 1-based line number in the file. */
  line: number
  /** The `Quality` column: true for 1, false for 0, undefined when empty. */
  isSame: boolean | undefined
  id1: string
  id2: string
  text1: string
  text2: string
}

export interface PairFileProblem {
  line: number
  reason: string
}

export interface PairFile {
  pairs: SentencePair[]
  problems: PairFileProblem[]
}

/** Thrown when the file as a whole cannot be read as pairs. */
export class PairFileError extends Error {}

const columnCount = 5

/**
 * Read the MSRP layout: a header line (optionally after a BOM), then
 * `Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String` per line.
 * Fields are split on tabs only: sentences contain bare `"`. Malformed
 * lines are reported and skipped.
 */
export function parsePairFile(text: string): PairFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const header = lines[0].split('\t')
  if (header.length !== columnCount || header[0].trim() !== 'Quality') {
    throw new PairFileError('expected a header line "Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String"')
  }
  const pairs: SentencePair[] = []
  const problems: PairFileProblem[] = []
  lines.slice(1).forEach((content, index) => {
    const line = index + 2
    if (content.trim() === '') return
    const fields = content.split('\t')
    if (fields.length !== columnCount) {
      problems.push({ line, reason: `expected ${columnCount} tab-separated fields, found ${fields.length}` })
      return
    }
    const [quality, id1, id2, text1, text2] = fields.map((field) => field.trim())
    if (quality !== '0' && quality !== '1' && quality !== '') {
      problems.push({ line, reason: `expected quality 0 or 1, found "${quality}"` })
    } else if (!id1 || !id2 || !text1 || !text2) {
      problems.push({ line, reason: 'empty id or sentence' })
    } else {
      pairs.push({ line, isSame: quality === '' ? undefined : quality === '1', id1, id2, text1, text2 })
    }
  })
  return { pairs, problems }
}

/** The matching tokens of a short text, its sentences run together. */
export function tokenize(text: string): Token[] {
  return processText(text).sentences.flatMap((sentence) => sentence.tokens)
}

export interface ProfiledPair {
  pair: SentencePair
  profiles: [SentenceProfile, SentenceProfile]
}

/** Tokenize and profile every pair, with IDF from all the sentences of the file. */
export function profilePairs(pairs: readonly SentencePair[]): ProfiledPair[] {
  const tokens = pairs.map((pair) => [tokenize(pair.text1), tokenize(pair.text2)] as const)
  const statistics = TermStatistics.fromSentences(tokens.flat())
  return pairs.map((pair, index) => ({
    pair,
    profiles: [profileSentence(tokens[index][0], statistics), profileSentence(tokens[index][1], statistics)],
  }))
}

/** Score every pair by the decision rule of `compareSentences`. */
export function scorePairs(pairs: readonly SentencePair[], model: SimilarityModel = similarityModel): Array<{ pair: SentencePair; result: SimilarityResult }> {
  return profilePairs(pairs).map(({ pair, profiles }) => ({ pair, result: compareProfiled(profiles[0], profiles[1], model) }))
}
