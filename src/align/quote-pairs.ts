import type { Quote, Token } from '../types.js'
import { codedWords, diffTokens, sharedCount, sortedWordBound, sortedWordsOf } from '../compare/diff.js'
import { isNegation } from '../compare/word-differences.js'
import { matchQuotes, neededSharedWords, type QuoteMatch } from './quote-match.js'
import { sourceNumbers } from './units.js'

/** Keys held by more quotes than this are too common to propose candidates. */
export const maxQuotePostings = 200

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
 * censored spellings). So each distinct wording is indexed once, each pair
 * of wordings is matched once, and only accepted pairs are spelled out quote
 * by quote. Wordings meet through the words the bound matchQuotes tests first
 * needs, or through their usable keys when those have fewer holders
 * (boundCandidates), not through every shared key (at 1,000 articles the
 * prefixes alone gave 22 k candidate pairs of wordings instead of 61 k).
 */
export function matchedQuotePairs(quotes: readonly Quote[], tokens: readonly Token[][]): QuotePair[] {
  const { wordingOf, quotesOf } = distinctWordings(tokens)
  const representative = (wording: number) => tokens[quotesOf[wording][0]]
  // Words by number (see codedWords): index keys and the bound's words alike, every number below `wordLimit`.
  const sortedOf = quotesOf.map((_, wording) => sortedWordsOf(representative(wording)))
  const keysOf = quotesOf.map((_, wording) => indexKeyWords(representative(wording)))
  let wordLimit = 1
  for (const sorted of sortedOf) if (sorted.length > 0) wordLimit = Math.max(wordLimit, sorted[sorted.length - 1] + 1)

  // Key frequencies count quotes, as when every quote is indexed.
  const frequency = new Int32Array(wordLimit)
  keysOf.forEach((keys, wording) => {
    for (const key of keys) frequency[key] += quotesOf[wording].length
  })
  const isUsable = (key: number) => frequency[key] <= maxQuotePostings

  // A quote inside a quote matches a cut of an enclosing quote only word for
  // word, lest the inner and outer speakers mix in one group.
  const isNested = (item: number) => quotes[item].nestedIn !== null
  const { sourceOf } = sourceNumbers(quotes)
  const pairs: QuotePair[] = []
  // The wording pair at hand and its two matches, one each way, made when first needed: kept in
  // variables, not a closure per pair, since most candidate pairs match nothing.
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
  // A quote that holds a quote of someone else's (`the war was not ‘a war of Obama’s choosing’`, Kristol quoting
  // Steele) is not a longer version of that inner quote: the inner one pairs with it.
  const nestedIn = nestedQuotesOf(quotes)
  const holdsAsNested = (outer: number, other: number) =>
    (nestedIn.get(outer) ?? []).some((inner) => tokens[other].length <= tokens[inner].length && matchQuotes(tokens[inner], tokens[other]) !== undefined)
  const addPairs = (firstQuotes: readonly number[], secondQuotes: readonly number[]) => {
    for (const first of firstQuotes) {
      for (const second of secondQuotes) {
        if (first >= second || sourceOf[first] === sourceOf[second]) continue
        const found = matchWordings(wordingOf[first], wordingOf[second])
        if (!found || !(found.kind === 'exact' || isNested(first) === isNested(second))) continue
        if (found.kind !== 'exact' && (holdsAsNested(first, second) || holdsAsNested(second, first))) continue
        pairs.push({ a: first, b: second, match: found })
      }
    }
  }

  // The bound matchQuotes tests first, taken once per pair of wordings before any of their quotes are paired;
  // then the usable key the pair must share. A pair needs what its shorter wording needs.
  const neededOf = quotesOf.map((_, wording) => neededSharedWords(representative(wording).length))
  boundCandidates(sortedOf, wordLimit, neededOf, keysOf, isUsable, (first, second) => {
    const needed = Math.min(neededOf[first], neededOf[second])
    if (sortedWordBound(sortedOf[first], sortedOf[second], needed) < needed) return
    if (!sharesUsableKey(keysOf[first], keysOf[second], isUsable)) return
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

/**
 * Visit, once each as (first, second) with first < second, every pair of
 * wordings (sortedWordsOf lists) whose sortedWordBound can reach the smaller
 * of their `neededOf` and that share a usable key, among others. Prefix
 * filtering: a pair needs what its shorter wording (by length, then number)
 * needs, t of its n words, and shares none of them unless it shares one of
 * any n - t + 1; so the shorter offers its n - t + 1 rarest and meets only
 * the wordings holding those. It offers its usable keys instead when their
 * holders are fewer (every pair must share one, and a usable key has at most
 * maxQuotePostings holders: the walk stays linear however common the words
 * are). An `(expletive)` counts as shared whatever the other side says, so a
 * wording holding one always offers its usable keys.
 */
function boundCandidates(
  sortedOf: readonly Int32Array[],
  wordLimit: number,
  neededOf: readonly number[],
  keysOf: readonly Int32Array[],
  isUsable: (key: number) => boolean,
  visit: (first: number, second: number) => void,
): void {
  const wordingCount = sortedOf.length
  // The wordings holding each word, and those holding each usable key (each once).
  const byWord = holdersOf(sortedOf, wordLimit, () => true)
  const byKey = holdersOf(keysOf, wordLimit, isUsable)
  // The placeholder is word 0 and sorts first.
  const hasPlaceholder = Uint8Array.from(sortedOf, (sorted) => (sorted.length > 0 && sorted[0] === 0 ? 1 : 0))

  // Per wording: the words it offers, then each holder of them paired once (stamped with wording + 1).
  const visitedBy = new Int32Array(wordingCount)
  let offered = new Int32Array(64)
  // Rarest first: by number of holders, then word; as one number so that the typed sort needs no callback.
  let order = new Float64Array(64)
  for (let wording = 0; wording < wordingCount; wording++) {
    const sorted = sortedOf[wording]
    if (offered.length < sorted.length) {
      offered = new Int32Array(2 * sorted.length)
      order = new Float64Array(2 * sorted.length)
    }
    let offeredCount = 0
    const keys = keysOf[wording]
    let through = byKey
    if (hasPlaceholder[wording] === 0) {
      for (let index = 0; index < sorted.length; index++) order[index] = byWord.countOf(sorted[index]) * wordLimit + sorted[index]
      const rarest = order.subarray(0, sorted.length).sort()
      const prefixLength = Math.min(sorted.length, sorted.length - neededOf[wording] + 1)
      let prefixHolders = 0
      for (let index = 0; index < prefixLength; index++) prefixHolders += byWord.countOf(rarest[index] % wordLimit)
      let keyHolders = 0
      for (let index = 0; index < keys.length; index++) if (isUsable(keys[index])) keyHolders += byKey.countOf(keys[index])
      if (prefixHolders < keyHolders) {
        through = byWord
        for (let index = 0; index < prefixLength; index++) {
          const word = rarest[index] % wordLimit
          if (offeredCount === 0 || offered[offeredCount - 1] !== word) offered[offeredCount++] = word
        }
      }
    }
    if (through === byKey) for (let index = 0; index < keys.length; index++) if (isUsable(keys[index])) offered[offeredCount++] = keys[index]
    const { starts, holders } = through
    for (let index = 0; index < offeredCount; index++) {
      for (let at = starts[offered[index]]; at < starts[offered[index] + 1]; at++) {
        const partner = holders[at]
        if (partner === wording || visitedBy[partner] === wording + 1) continue
        visitedBy[partner] = wording + 1
        // A pair with a placeholder is offered by its wording with one (the smaller number when both have),
        // any other by its shorter wording.
        const isOffered =
          hasPlaceholder[wording] === 1
            ? hasPlaceholder[partner] === 0 || wording < partner
            : hasPlaceholder[partner] === 0 &&
              (sorted.length < sortedOf[partner].length || (sorted.length === sortedOf[partner].length && wording < partner))
        if (isOffered) visit(Math.min(wording, partner), Math.max(wording, partner))
      }
    }
  }
}

/** Per word below `wordLimit` that `isCounted`, the lists (ascending, distinct words) holding it: word w's from starts[w] to starts[w + 1]. */
function holdersOf(lists: readonly Int32Array[], wordLimit: number, isCounted: (word: number) => boolean) {
  const starts = new Int32Array(wordLimit + 1)
  for (const list of lists) {
    for (let index = 0; index < list.length; index++) if ((index === 0 || list[index] !== list[index - 1]) && isCounted(list[index])) starts[list[index] + 1]++
  }
  for (let word = 0; word < wordLimit; word++) starts[word + 1] += starts[word]
  const holders = new Int32Array(starts[wordLimit])
  const filled = starts.slice(0, wordLimit)
  lists.forEach((list, item) => {
    for (let index = 0; index < list.length; index++) if ((index === 0 || list[index] !== list[index - 1]) && isCounted(list[index])) holders[filled[list[index]]++] = item
  })
  return { starts, holders, countOf: (word: number) => starts[word + 1] - starts[word] }
}

/** Whether two ascending lists of distinct keys share a usable one. */
function sharesUsableKey(first: Int32Array, second: Int32Array, isUsable: (key: number) => boolean): boolean {
  let firstIndex = 0
  let secondIndex = 0
  while (firstIndex < first.length && secondIndex < second.length) {
    if (first[firstIndex] < second[secondIndex]) firstIndex++
    else if (first[firstIndex] > second[secondIndex]) secondIndex++
    else if (isUsable(first[firstIndex++])) return true
    else secondIndex++
  }
  return false
}

/**
 * A quote's index keys: its content words, or all its words when it has
 * fewer than two content words; as word numbers (see codedWords), each once,
 * in ascending order.
 */
function indexKeyWords(tokens: readonly Token[]): Int32Array {
  const { ids } = codedWords(tokens)
  let contentCount = 0
  for (const token of tokens) if (!token.isStopword) contentCount++
  const isAll = contentCount < 2
  const words = new Int32Array(isAll ? tokens.length : contentCount)
  let length = 0
  for (let index = 0; index < tokens.length; index++) if (isAll || !tokens[index].isStopword) words[length++] = ids[index]
  words.sort()
  let distinct = 0
  for (let index = 0; index < words.length; index++) if (index === 0 || words[index] !== words[index - 1]) words[distinct++] = words[index]
  return words.slice(0, distinct)
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

/** The quotes nested directly in each quote, by index. */
function nestedQuotesOf(quotes: readonly Quote[]): Map<number, number[]> {
  const indexOf = new Map(quotes.map((quote, index) => [quote.id, index]))
  const nested = new Map<number, number[]>()
  quotes.forEach((quote, index) => {
    const outer = quote.nestedIn === null ? undefined : indexOf.get(quote.nestedIn)
    if (outer === undefined) return
    const inner = nested.get(outer)
    if (inner) inner.push(index)
    else nested.set(outer, [index])
  })
  return nested
}

/** Quotes of at most this many words may pair as one remark with a word changed (shortRemarkPairs); longer ones need matchQuotes. */
const maxShortRemarkWords = 8

/**
 * `"we lost 300 jobs"` / `"we lost 500 jobs"`: short quotes of one speaker
 * in two sources, the same but for a number or a negation (one word changed,
 * or one more), at least three words and one shared content word. matchQuotes
 * needs four shared words, lest short common phrases glue unrelated quotes
 * together; the same named speaker tells it is one remark, and a changed
 * figure or a negation in it is what the quote check is for. Any other word
 * changed may be another remark (`We are ready to talk` on one question, `We
 * are ready to fight` on another). Only quotes that `isPaired` leaves alone,
 * and only where each has one such partner in the other source. Candidates
 * meet through a content word they share, by speaker.
 */
export function shortRemarkPairs(quotes: readonly Quote[], tokens: readonly Token[][], isPaired: (item: number) => boolean): QuotePair[] {
  const byKey = new Map<string, number[]>()
  quotes.forEach((quote, item) => {
    const length = tokens[item].length
    if (quote.speaker === null || quote.nestedIn !== null || length < 3 || length > maxShortRemarkWords || isPaired(item)) return
    for (const word of new Set(tokens[item].filter((token) => !token.isStopword).map((token) => token.normal))) {
      const key = `${quote.speaker}\u0000${word}`
      const list = byKey.get(key)
      if (list) list.push(item)
      else byKey.set(key, [item])
    }
  })
  const found: QuotePair[] = []
  const seen = new Set<string>()
  for (const items of byKey.values()) {
    // (A word a speaker says in very many short quotes proposes too many pairs to be telling: one a pair shares is rarer.)
    if (items.length > maxQuotePostings) continue
    for (let one = 0; one < items.length; one++) {
      for (let other = one + 1; other < items.length; other++) {
        // (Each list is in quote order: a < b.)
        const [a, b] = [items[one], items[other]]
        if (quotes[a].source === quotes[b].source || seen.has(`${a} ${b}`)) continue
        seen.add(`${a} ${b}`)
        const match = oneFigureApart(tokens[a], tokens[b])
        if (match) found.push({ a, b, match })
      }
    }
  }
  // One partner a side per source: two candidates in one source leave it unclear which remark this is.
  const partners = new Map<string, number>()
  const count = (item: number, source: string) => partners.set(`${item} ${source}`, (partners.get(`${item} ${source}`) ?? 0) + 1)
  for (const { a, b } of found) {
    count(a, quotes[b].source)
    count(b, quotes[a].source)
  }
  return found
    .filter(({ a, b }) => partners.get(`${a} ${quotes[b].source}`) === 1 && partners.get(`${b} ${quotes[a].source}`) === 1)
    .sort((x, y) => x.a - y.a || x.b - y.b)
}

/** Two short wordings the same but for a number or a negation: one word changed, or one word more. */
function oneFigureApart(a: readonly Token[], b: readonly Token[]): QuoteMatch | undefined {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  if (longer.length - shorter.length > 1) return undefined
  const changes = diffTokens(a, b)
  const shared = sharedCount(changes)
  // One word changed in place leaves all but one of the same length; one word more leaves all of the shorter (not
  // `They're killing people` / `Facebook isn't killing people`, a word for two: Biden's remark and its retraction).
  if (shared !== (shorter.length === longer.length ? shorter.length - 1 : shorter.length)) return undefined
  const changed = changes.filter((change) => change.kind !== 'same').flatMap((change) => change.tokens)
  // (A negation either side turns the words around, whatever word takes its place: `I never met him` / `I often met him`.)
  const isFigure = (token: Token) => token.value !== undefined || numberWords.has(token.normal)
  if (!changed.some(isNegation) && !changed.every(isFigure)) return undefined
  return { kind: 'one word apart', shared, score: shared / longer.length }
}

// Words that state an amount as a number does: `we will double the budget` / `triple`.
const numberWords = new Set(['double', 'doubled', 'triple', 'tripled', 'quadruple', 'half', 'halve', 'halved', 'twice', 'thrice', 'once', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'billions'])
