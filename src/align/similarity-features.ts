import type { Token } from '../types.js'
import { isContent, termKey, type TermStatistics } from './similarity-terms.js'

/** What a sentence contributes to a comparison, computed once per sentence. */
export interface SentenceProfile {
  /** Term keys of all tokens, in order. */
  keys: string[]
  /** Content keys in order (repeats kept), for the common subsequence. */
  contentSequence: string[]
  /** Distinct content keys with their IDF. */
  content: Map<string, number>
  /** The word each content key was first written as (lower case), for display. */
  words: Map<string, string>
  /** Values of the numbers in the sentence. */
  numbers: Set<number>
  /** Normal forms of capitalised words not at the start of the sentence. */
  names: Set<string>
  /** Number of negations (`not`, `never`, `didn't`, ...). */
  negations: number
  /** Distinct n-grams of `keys`, n = 1 to 4 (index n - 1). */
  grams: Array<Set<string>>
  /** Character trigrams of the content words. */
  characterTrigrams: Set<string>
}

const negationWords = new Set(['not', 'no', 'never', 'nor', 'none', 'nothing', 'nobody', 'cannot', 'neither'])

export function profileSentence(tokens: readonly Token[], statistics: TermStatistics): SentenceProfile {
  const keys: string[] = []
  const contentSequence: string[] = []
  const content = new Map<string, number>()
  const words = new Map<string, string>()
  const numbers = new Set<number>()
  const names = new Set<string>()
  let negations = 0
  tokens.forEach((token, index) => {
    const key = termKey(token)
    keys.push(key)
    if (token.value !== undefined) numbers.add(token.value)
    if (negationWords.has(token.normal) || token.normal.endsWith("n't")) negations++
    if (index > 0 && isName(token)) names.add(token.normal)
    if (!isContent(token)) return
    contentSequence.push(key)
    if (content.has(key)) return
    content.set(key, statistics.idf(key))
    words.set(key, token.value === undefined ? token.normal : token.text.toLowerCase())
  })
  const grams = [1, 2, 3, 4].map((size) => ngrams(keys, size))
  const characterTrigrams = ngrams([...contentSequence.join(' ')], 3, '')
  return { keys, contentSequence, content, words, numbers, names, negations, grams, characterTrigrams }
}

/** A capitalised word (`Cooper`, `NASA`), not the pronoun `I`. */
function isName(token: Token): boolean {
  return token.value === undefined && /^\p{Lu}/u.test(token.text) && token.normal !== 'i'
}

/**
 * The features the decision rule weighs, in the order of the model's
 * weights: overlap (IDF-weighted over content stems, plain over all tokens,
 * n-grams, characters), order (common subsequence, pairwise order), what only
 * one side has (rare words, longest unmatched stretch), and numbers, names
 * and negation. Ratios are 0..1; `unmatchedMax`/`Min` are sums of 0..1 IDFs,
 * so they count the rare words only one side has.
 */
export const featureNames = [
  'idfDice',
  'idfCoverageMin',
  'idfCoverageMax',
  'tokenJaccard',
  'bigramDice',
  'trigramDice',
  'contentLcs',
  'lengthRatio',
  'unmatchedMax',
  'unmatchedMin',
  'numbersDisagree',
  'numbersMatch',
  'namesUnmatched',
  'negationMismatch',
  'unmatchedCountMax',
  'unmatchedCountMin',
  'unmatchedSpanMax',
  'softDice',
  'charTrigramDice',
  'longerLength',
  'unigramContainMin',
  'bigramContainMin',
  'numbersUnmatched',
  'keyFourgramDice',
  'orderAgreement',
] as const

export type FeatureName = (typeof featureNames)[number]

export interface Comparison {
  features: number[]
  /** Shared content words (as the first sentence writes them), rarest first. */
  shared: string[]
  numbersDisagree: boolean
}

export function compareProfiles(a: SentenceProfile, b: SentenceProfile): Comparison {
  let sharedWeight = 0
  let weightA = 0
  let weightB = 0
  const sharedKeys: string[] = []
  for (const [key, weight] of a.content) {
    weightA += weight
    if (b.content.has(key)) {
      sharedWeight += weight
      sharedKeys.push(key)
    }
  }
  for (const weight of b.content.values()) weightB += weight
  const unmatchedA = weightA - sharedWeight
  const unmatchedB = weightB - sharedWeight
  const coverageA = ratio(sharedWeight, weightA)
  const coverageB = ratio(sharedWeight, weightB)

  const numbersOnlyA = countMissing(a.numbers, b.numbers)
  const numbersOnlyB = countMissing(b.numbers, a.numbers)
  const numbersDisagree = numbersOnlyA > 0 && numbersOnlyB > 0
  const numbersShared = a.numbers.size - numbersOnlyA

  const features: Record<FeatureName, number> = {
    idfDice: ratio(2 * sharedWeight, weightA + weightB),
    idfCoverageMin: Math.min(coverageA, coverageB),
    idfCoverageMax: Math.max(coverageA, coverageB),
    tokenJaccard: jaccard(a.grams[0], b.grams[0]),
    bigramDice: dice(a.grams[1], b.grams[1]),
    trigramDice: dice(a.grams[2], b.grams[2]),
    contentLcs: ratio(lcsLength(a.contentSequence, b.contentSequence), Math.max(a.contentSequence.length, b.contentSequence.length)),
    lengthRatio: ratio(Math.min(a.keys.length, b.keys.length), Math.max(a.keys.length, b.keys.length)),
    unmatchedMax: Math.max(unmatchedA, unmatchedB),
    unmatchedMin: Math.min(unmatchedA, unmatchedB),
    numbersDisagree: numbersDisagree ? 1 : 0,
    numbersMatch: numbersShared > 0 && !numbersDisagree ? 1 : 0,
    namesUnmatched: countMissing(a.names, b.names) + countMissing(b.names, a.names),
    negationMismatch: Math.sign(a.negations) === Math.sign(b.negations) ? 0 : 1,
    unmatchedCountMax: Math.max(a.content.size, b.content.size) - sharedKeys.length,
    unmatchedCountMin: Math.min(a.content.size, b.content.size) - sharedKeys.length,
    unmatchedSpanMax: Math.max(longestUnmatchedSpan(a.keys, b.grams[0]), longestUnmatchedSpan(b.keys, a.grams[0])),
    softDice: softDice(a, b),
    charTrigramDice: dice(a.characterTrigrams, b.characterTrigrams),
    longerLength: Math.max(a.keys.length, b.keys.length),
    unigramContainMin: Math.min(containment(a.grams[0], b.grams[0]), containment(b.grams[0], a.grams[0])),
    bigramContainMin: Math.min(containment(a.grams[1], b.grams[1]), containment(b.grams[1], a.grams[1])),
    numbersUnmatched: numbersOnlyA + numbersOnlyB,
    keyFourgramDice: dice(a.grams[3], b.grams[3]),
    orderAgreement: orderAgreement(a.contentSequence, b.contentSequence),
  }
  sharedKeys.sort((left, right) => (a.content.get(right) ?? 0) - (a.content.get(left) ?? 0))
  const shared = sharedKeys.map((key) => a.words.get(key) ?? key)
  return { features: featureNames.map((name) => features[name]), shared, numbersDisagree }
}

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0
}

function countMissing<T>(from: ReadonlySet<T>, other: ReadonlySet<T>): number {
  let missing = 0
  for (const item of from) if (!other.has(item)) missing++
  return missing
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const common = a.size - countMissing(a, b)
  return ratio(common, a.size + b.size - common)
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return ratio(2 * (a.size - countMissing(a, b)), a.size + b.size)
}

function ngrams(items: readonly string[], size: number, separator = ' '): Set<string> {
  const grams = new Set<string>()
  for (let index = 0; index + size <= items.length; index++) grams.add(items.slice(index, index + size).join(separator))
  return grams
}

/** Longest common subsequence length, two rows of the usual table. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0)
  let current = new Array<number>(b.length + 1).fill(0)
  for (const itemA of a) {
    for (let column = 1; column <= b.length; column++) {
      current[column] = itemA === b[column - 1] ? previous[column - 1] + 1 : Math.max(previous[column], current[column - 1])
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length]
}

function longestUnmatchedSpan(keys: readonly string[], present: ReadonlySet<string>): number {
  let longest = 0
  let run = 0
  for (const key of keys) {
    run = present.has(key) ? 0 : run + 1
    longest = Math.max(longest, run)
  }
  return longest
}

function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return ratio(a.size - countMissing(a, b), a.size)
}

/** Dice over content keys where unmatched keys sharing a 4-letter prefix count half. */
function softDice(a: SentenceProfile, b: SentenceProfile): number {
  let matched = 0
  const prefixesB = new Set<string>()
  for (const key of b.content.keys()) if (!a.content.has(key) && key.length >= 4) prefixesB.add(key.slice(0, 4))
  for (const key of a.content.keys()) {
    if (b.content.has(key)) matched += 1
    else if (key.length >= 4 && prefixesB.has(key.slice(0, 4))) matched += 0.5
  }
  return ratio(2 * matched, a.content.size + b.content.size)
}

/** Share of pairs of shared content words that both sentences put in the same order. */
function orderAgreement(a: readonly string[], b: readonly string[]): number {
  const positionsB = new Map<string, number>()
  b.forEach((key, index) => positionsB.has(key) || positionsB.set(key, index))
  const seen = new Set<string>()
  const order: number[] = []
  for (const key of a) {
    const position = positionsB.get(key)
    if (position === undefined || seen.has(key)) continue
    seen.add(key)
    order.push(position)
  }
  let agreeing = 0
  let total = 0
  for (let i = 0; i < order.length; i++) for (let j = i + 1; j < order.length; j++, total++) if (order[i] < order[j]) agreeing++
  return total > 0 ? agreeing / total : 1
}
