import type { Quote, Token } from '../types.js'
import { InvertedIndex } from './inverted-index.js'
import { sortedWordBound, sortedWordsOf } from '../compare/diff.js'
import { matchQuotes, neededSharedWords, type QuoteMatch } from './quote-match.js'
import { sourceNumbers } from './units.js'

/** Keys held by more quotes than this are too common to propose candidates. */
const maxQuotePostings = 200

export interface QuotePair {
  /** Quote indexes, a < b, of different sources. */
  a: number
  b: number
  match: QuoteMatch
}

/**
 * The pairs of quotes from different sources that share a key (a word held
 * by at most `maxQuotePostings` quotes) and that matchQuotes accepts, in
 * (a, b) order; a nested and a top-level quote pair up only when exact.
 *
 * The same pairs as indexing every quote and matching every candidate pair,
 * found with far less work: a quote that many sources repeat has one wording,
 * and matchQuotes reads nothing but the wording (normal forms, stop words,
 * censored spellings). So the index holds each distinct wording once, each
 * pair of wordings is matched once, and only accepted pairs are spelled out
 * quote by quote.
 */
export function matchedQuotePairs(quotes: readonly Quote[], tokens: readonly Token[][]): QuotePair[] {
  const { wordingOf, quotesOf } = distinctWordings(tokens)
  const representative = (wording: number) => tokens[quotesOf[wording][0]]

  // Key frequencies count quotes, as when every quote is indexed.
  const keysOf = quotesOf.map((_, wording) => [...new Set(indexKeys(representative(wording)))])
  const frequency = new Map<string, number>()
  keysOf.forEach((keys, wording) => {
    for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + quotesOf[wording].length)
  })
  const index = new InvertedIndex()
  const isUsable = (key: string) => (frequency.get(key) ?? 0) <= maxQuotePostings
  keysOf.forEach((keys, wording) => index.add(wording, keys.filter(isUsable)))

  // A quote inside a quote matches a cut of an enclosing quote only word for
  // word, lest the inner and outer speakers mix in one group.
  const isNested = (item: number) => quotes[item].nestedIn !== null
  const { sourceOf } = sourceNumbers(quotes)
  const pairs: QuotePair[] = []
  // The wording pair at hand and its two matches, one each way, made when first needed: kept in
  // variables, not a closure per pair, since most of the ~60k candidate pairs at 1,000 articles match nothing.
  let one = -1
  let other = -1
  let forward: QuoteMatch | undefined | null = null
  let backward: QuoteMatch | undefined | null = null
  const matchWordings = (first: number, second: number) => {
    if (first === one && second === other) {
      if (forward === null) forward = matchQuotes(representative(first), representative(second))
      return forward
    }
    if (backward === null) backward = matchQuotes(representative(first), representative(second))
    return backward
  }
  const startPair = (first: number, second: number) => {
    one = first
    other = second
    forward = backward = null
  }
  const addPairs = (firstQuotes: readonly number[], secondQuotes: readonly number[]) => {
    for (const first of firstQuotes) {
      for (const second of secondQuotes) {
        if (first >= second || sourceOf[first] === sourceOf[second]) continue
        const found = matchWordings(wordingOf[first], wordingOf[second])
        if (found && (found.kind === 'exact' || isNested(first) === isNested(second))) pairs.push({ a: first, b: second, match: found })
      }
    }
  }

  // One shared key, and every wording its own group: all pairs.
  const options = {
    maxPostings: Number.POSITIVE_INFINITY,
    minShared: new Int32Array(quotesOf.length).fill(1),
    group: Int32Array.from(quotesOf, (_, wording) => wording),
  }
  // The bound matchQuotes tests first, taken once per pair of wordings before any of their quotes are paired:
  // it rules out all but ~1 % of the candidate pairs. A pair needs what its shorter wording needs.
  const sortedOf = quotesOf.map((_, wording) => sortedWordsOf(representative(wording)))
  const neededOf = quotesOf.map((_, wording) => neededSharedWords(representative(wording).length))
  index.candidatePairs(options, (first, second) => {
    const needed = Math.min(neededOf[first], neededOf[second])
    if (sortedWordBound(sortedOf[first], sortedOf[second], needed) < needed) return
    startPair(first, second)
    addPairs(quotesOf[first], quotesOf[second])
    addPairs(quotesOf[second], quotesOf[first])
  })
  // Copies of one wording are candidates for each other when they share a usable key.
  quotesOf.forEach((list, wording) => {
    if (list.length > 1 && keysOf[wording].some(isUsable)) {
      startPair(wording, wording)
      addPairs(list, list)
    }
  })
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b)
}

/** Content words; all words for quotes too short to have two content words. */
export function indexKeys(tokens: readonly Token[]): string[] {
  const content = tokens.filter((token) => !token.isStopword).map((token) => token.normal)
  return content.length >= 2 ? content : tokens.map((token) => token.normal)
}

/** Number the distinct wordings, by everything matchQuotes reads of a token. */
function distinctWordings(tokens: readonly Token[][]): { wordingOf: number[]; quotesOf: number[][] } {
  const ids = new Map<string, number>()
  const wordingOf: number[] = []
  const quotesOf: number[][] = []
  tokens.forEach((quoteTokens, item) => {
    const signature = quoteTokens.map((token) => `${token.normal}\u0001${token.isStopword ? 1 : 0}${token.isCensored ? 1 : 0}`).join('\u0000')
    let wording = ids.get(signature)
    if (wording === undefined) {
      wording = quotesOf.length
      ids.set(signature, wording)
      quotesOf.push([])
    }
    wordingOf.push(wording)
    quotesOf[wording].push(item)
  })
  return { wordingOf, quotesOf }
}
