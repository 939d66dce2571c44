import { describe, expect, it } from 'vitest'
import { matchQuotes } from '../../src/align/quote-match.js'
import { matchedQuotePairs, maxQuotePostings, shortRemarkPairs } from '../../src/align/quote-pairs.js'
import type { Quote, Token } from '../../src/types.js'
import { tokensOf } from '../helpers/tokens.js'

const shortQuoteWords = ['we', 'are', 'so', 'proud', 'of', 'you', 'the', 'f*cking', 'fucking', 'team', 'won', 'it', 'I’m', "I'm", 'nail', 'did']

/**
 * Deterministic quotes from a vocabulary, so that many share words, some word for word, some censored;
 * up to `maxLength` words, and with `rewordEvery`, some retell an earlier quote with a word swapped here and there.
 */
function randomQuotes(
  seed: number,
  count: number,
  words = shortQuoteWords,
  maxLength = 10,
  rewordEvery = 0,
): { quotes: Quote[]; tokens: ReturnType<typeof tokensOf>[] } {
  let state = seed
  const next = (limit: number) => (state = (state * 1103515245 + 12345) % 2147483648) % limit
  const texts: string[] = []
  const quotes: Quote[] = []
  for (let index = 0; index < count; index++) {
    // Every third quote repeats an earlier one: copies of one wording in several sources.
    let text =
      index > 0 && next(3) === 0 ? texts[next(index)] : Array.from({ length: 1 + next(maxLength) }, () => words[next(words.length)]).join(' ')
    if (index > 0 && rewordEvery > 0 && next(rewordEvery) === 0) {
      text = texts[next(index)]
        .split(' ')
        .map((word) => (next(7) === 0 ? words[next(words.length)] : word))
        .join(' ')
    }
    texts.push(text)
    const nestedIn = index > 0 && next(8) === 0 ? `q${index - 1}` : null
    quotes.push({ id: `q${index}`, source: `s${next(4)}`, text, speaker: null, verb: null, cites: null, nestedIn, start: 0, end: text.length })
  }
  return { quotes, tokens: texts.map((text) => tokensOf(text)) }
}

/** A quote's index keys as matchedQuotePairs defines them: content words; all words for quotes too short to have two content words. */
function indexKeys(tokens: readonly Token[]): string[] {
  const content = tokens.filter((token) => !token.isStopword).map((token) => token.normal)
  return content.length >= 2 ? content : tokens.map((token) => token.normal)
}

/** The reference: every pair of quotes of different sources sharing a usable index key looked at, no index, no bound, no wording shared. */
function matchedPairsOneByOne(quotes: readonly Quote[], tokens: ReturnType<typeof tokensOf>[]): Array<{ a: number; b: number; kind: string }> {
  // A key held by more quotes than maxQuotePostings proposes nothing.
  const frequency = new Map<string, number>()
  for (const quoteTokens of tokens) for (const key of new Set(indexKeys(quoteTokens))) frequency.set(key, (frequency.get(key) ?? 0) + 1)
  const usableKeys = (quoteTokens: readonly Token[]) => indexKeys(quoteTokens).filter((key) => frequency.get(key)! <= maxQuotePostings)
  const expected: Array<{ a: number; b: number; kind: string }> = []
  for (let a = 0; a < quotes.length; a++) {
    for (let b = a + 1; b < quotes.length; b++) {
      if (quotes[a].source === quotes[b].source) continue
      const keys = new Set(usableKeys(tokens[a]))
      if (!usableKeys(tokens[b]).some((key) => keys.has(key))) continue
      const match = matchQuotes(tokens[a], tokens[b])
      const isNested = (index: number) => quotes[index].nestedIn !== null
      // A quote matched through the quote nested in the other, as long as it is no longer than that one, pairs with that one only.
      const throughNested = (outer: number, other: number) =>
        quotes.some((inner, index) => inner.nestedIn === quotes[outer].id && tokens[other].length <= tokens[index].length && matchQuotes(tokens[index], tokens[other]))
      if (!match || !(match.kind === 'exact' || isNested(a) === isNested(b))) continue
      if (match.kind !== 'exact' && (throughNested(a, b) || throughNested(b, a))) continue
      expected.push({ a, b, kind: match.kind })
    }
  }
  return expected
}

describe('matchedQuotePairs', () => {
  it('finds every pair that matchQuotes matches among quotes of different sources sharing an index key', () => {
    let found = 0
    for (let seed = 1; seed <= 40; seed++) {
      const { quotes, tokens } = randomQuotes(seed, 40)
      const actual = matchedQuotePairs(quotes, tokens).map(({ a, b, match }) => ({ a, b, kind: match.kind }))
      expect(actual).toEqual(matchedPairsOneByOne(quotes, tokens))
      found += actual.length
    }
    expect(found).toBeGreaterThan(30)
  })
  it('finds every rewording among long quotes, though each offers only its rarest words as candidates', () => {
    const moreWords = 'bridge river closed summer traffic mayor city council vote budget road north south repairs crews night weeks tolls'
    // An odd count: the generator's low bits repeat with a short period.
    const words = [...shortQuoteWords, ...moreWords.split(' '), '(expletive)']
    const kinds = new Map<string, number>()
    for (let seed = 1; seed <= 30; seed++) {
      const { quotes, tokens } = randomQuotes(seed, 60, words, 25, 3)
      const actual = matchedQuotePairs(quotes, tokens).map(({ a, b, match }) => ({ a, b, kind: match.kind }))
      expect(actual).toEqual(matchedPairsOneByOne(quotes, tokens))
      for (const { kind } of actual) kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    }
    // Fewer than before nested quotes vetoed some (see the nested quote test): still enough to exercise rewordings.
    expect(kinds.get('reworded')).toBeGreaterThan(8)
  })
  it('pairs a short quote with the quote nested in a longer one, not with the longer one', () => {
    // Kristol's letter quotes Steele: two outlets quote the letter (with Steele's words nested in it), one Steele alone,
    // one a shorter cut of Steele's words.
    const letter = 'Needless to say, the war in Afghanistan was not a war of Obama’s choosing. It has been prosecuted by the United States'
    const steele = 'a war of Obama’s choosing'
    const quoted: Array<[text: string, source: string, nestedIn: string | null]> = [
      [steele, 's0', null],
      [letter, 's1', null],
      [steele, 's1', 'q1'],
      ['war of Obama’s choosing', 's2', null],
      [letter, 's3', null],
      [steele, 's3', 'q4'],
    ]
    const quotes: Quote[] = quoted.map(([text, source, nestedIn], index) => {
      return { id: `q${index}`, source, text, speaker: null, verb: null, cites: null, nestedIn, start: 0, end: text.length }
    })
    const tokens = quoted.map(([text]) => tokensOf(text))
    const actual = matchedQuotePairs(quotes, tokens).map(({ a, b, match }) => [a, b, match.kind])
    // Steele's words group with each other, the letter with the letter; the cut joins Steele's quote, never the letter.
    expect(actual).toEqual([
      [0, 2, 'exact'],
      [0, 3, 'fragment'],
      [0, 5, 'exact'],
      [1, 4, 'exact'],
      [2, 5, 'exact'],
    ])
    expect(actual).toEqual(matchedPairsOneByOne(quotes, tokens).map(({ a, b, kind }) => [a, b, kind]))
  })

  it('pairs a rewording that keeps just the words it needs, none of them among the shorter quote’s rarest', () => {
    // Ten words need seven: the first quote offers its four rarest, its own three words and one kept word.
    // An `(expletive)` stands for `fucking`: the fourth and fifth share seven words, one of them that.
    const texts = [
      'crews will close the north bridge tonight zinnia quartz ember',
      'crews will close the north bridge tonight for repairs again',
      'crews will close the north bridge tonight',
      'crews will close the (expletive) bridge tonight zinnia quartz ember',
      'crews will close the fucking bridge tonight for repairs again',
    ]
    const quotes: Quote[] = texts.map((text, index) => {
      return { id: `q${index}`, source: `s${index}`, text, speaker: null, verb: null, cites: null, nestedIn: null, start: 0, end: text.length }
    })
    const tokens = texts.map((text) => tokensOf(text))
    const actual = matchedQuotePairs(quotes, tokens).map(({ a, b, match }) => ({ a, b, kind: match.kind }))
    expect(actual).toContainEqual({ a: 0, b: 1, kind: 'reworded' })
    expect(actual).toContainEqual({ a: 3, b: 4, kind: 'reworded' })
    expect(actual).toEqual(matchedPairsOneByOne(quotes, tokens))
  })
  it('finds the same pairs when words are held by more quotes than an index key may be', () => {
    // Hundreds of quotes over a small vocabulary: most words are too common to propose pairs, and the
    // prefix of a quote's rarest words can hold more quotes than its usable keys, so those are offered instead.
    const words = [...shortQuoteWords, 'bridge', 'river', 'mayor', 'council', 'vote', 'budget', 'zinnia', 'quartz', 'ember', 'tolls', 'crews']
    let found = 0
    for (const seed of [3, 4]) {
      const { quotes, tokens } = randomQuotes(seed, 700, words, 12, 4)
      const actual = matchedQuotePairs(quotes, tokens).map(({ a, b, match }) => ({ a, b, kind: match.kind }))
      expect(actual).toEqual(matchedPairsOneByOne(quotes, tokens))
      found += actual.length
    }
    expect(found).toBeGreaterThan(30)
  })

  describe('shortRemarkPairs', () => {
    const quote = (id: string, source: string, text: string, speaker: string | null = 'Fumio Kishida'): Quote => ({
      id, source, text, speaker, verb: 'said', cites: null, nestedIn: null, start: 0, end: text.length,
    })
    const pairsOf = (quotes: Quote[], isPaired: (item: number) => boolean = () => false) =>
      shortRemarkPairs(quotes, quotes.map((item) => tokensOf(item.text)), isPaired).map(({ a, b, match }) => [a, b, match.kind])

    it('pairs one speaker\'s short remark in two sources one figure or negation apart, changed or added', () => {
      expect(pairsOf([quote('q1', 'a', 'we lost 300 jobs'), quote('q2', 'b', 'we lost 500 jobs')])).toEqual([[0, 1, 'one word apart']])
      expect(pairsOf([quote('q1', 'a', 'we will double the budget'), quote('q2', 'b', 'we will triple the budget')])).toEqual([[0, 1, 'one word apart']])
      expect(pairsOf([quote('q1', 'a', 'taxes will go up'), quote('q2', 'b', 'taxes will not go up')])).toEqual([[0, 1, 'one word apart']])
      expect(pairsOf([quote('q1', 'a', 'I never met him'), quote('q2', 'b', 'I often met him')])).toEqual([[0, 1, 'one word apart']])
    })

    it('pairs no quotes of another speaker, of no speaker, of one source, already paired, too short or further apart', () => {
      expect(pairsOf([quote('q1', 'a', 'we lost 300 jobs'), quote('q2', 'b', 'we lost 500 jobs', 'Joe Biden')])).toEqual([])
      expect(pairsOf([quote('q1', 'a', 'we lost 300 jobs', null), quote('q2', 'b', 'we lost 500 jobs', null)])).toEqual([])
      expect(pairsOf([quote('q1', 'a', 'we lost 300 jobs'), quote('q2', 'a', 'we lost 500 jobs')])).toEqual([])
      expect(pairsOf([quote('q1', 'a', 'we lost 300 jobs'), quote('q2', 'b', 'we lost 500 jobs')], (item) => item === 0)).toEqual([])
      expect(pairsOf([quote('q1', 'a', 'lost jobs'), quote('q2', 'b', 'lost cars')])).toEqual([])
      // A word for two: a remark and its retraction.
      expect(pairsOf([quote('q1', 'a', 'They’re killing people'), quote('q2', 'b', 'Facebook isn’t killing people')])).toEqual([])
      // Only words of grammar shared.
      expect(pairsOf([quote('q1', 'a', 'we will win'), quote('q2', 'b', 'we will fight')])).toEqual([])
      // Another word changed: maybe another remark, on another question.
      expect(pairsOf([quote('q1', 'a', 'We are ready to talk.'), quote('q2', 'b', 'We are ready to fight.')])).toEqual([])
    })

    it('leaves a remark with two candidates in one source alone', () => {
      expect(pairsOf([quote('q1', 'a', 'we lost 300 jobs'), quote('q2', 'b', 'we lost 500 jobs'), quote('q3', 'b', 'we lost 900 jobs')])).toEqual([])
    })
  })
})
