import { describe, expect, it } from 'vitest'
import { matchQuotes } from '../../src/align/quote-match.js'
import { indexKeys, matchedQuotePairs } from '../../src/align/quote-pairs.js'
import type { Quote } from '../../src/types.js'
import { tokensOf } from '../helpers/tokens.js'

/** Deterministic quotes from a small vocabulary, so that many share words, some word for word, some censored. */
function randomQuotes(seed: number, count: number): { quotes: Quote[]; tokens: ReturnType<typeof tokensOf>[] } {
  let state = seed
  const next = (limit: number) => (state = (state * 1103515245 + 12345) % 2147483648) % limit
  const words = ['we', 'are', 'so', 'proud', 'of', 'you', 'the', 'f*cking', 'fucking', 'team', 'won', 'it', 'I’m', "I'm", 'nail', 'did']
  const texts: string[] = []
  const quotes: Quote[] = []
  for (let index = 0; index < count; index++) {
    // Every third quote repeats an earlier one: copies of one wording in several sources.
    const text = index > 0 && next(3) === 0 ? texts[next(index)] : Array.from({ length: 1 + next(10) }, () => words[next(words.length)]).join(' ')
    texts.push(text)
    const nestedIn = index > 0 && next(8) === 0 ? `q${index - 1}` : null
    quotes.push({ id: `q${index}`, source: `s${next(4)}`, text, speaker: null, verb: null, cites: null, nestedIn, start: 0, end: text.length })
  }
  return { quotes, tokens: texts.map((text) => tokensOf(text)) }
}

describe('matchedQuotePairs', () => {
  it('finds every pair that matchQuotes matches among quotes of different sources sharing an index key', () => {
    let found = 0
    for (let seed = 1; seed <= 40; seed++) {
      const { quotes, tokens } = randomQuotes(seed, 40)
      // The reference: every pair looked at, no index, no bound, no wording shared.
      const expected: Array<{ a: number; b: number; kind: string }> = []
      for (let a = 0; a < quotes.length; a++) {
        for (let b = a + 1; b < quotes.length; b++) {
          if (quotes[a].source === quotes[b].source) continue
          const keys = new Set(indexKeys(tokens[a]))
          if (!indexKeys(tokens[b]).some((key) => keys.has(key))) continue
          const match = matchQuotes(tokens[a], tokens[b])
          const isNested = (index: number) => quotes[index].nestedIn !== null
          if (match && (match.kind === 'exact' || isNested(a) === isNested(b))) expected.push({ a, b, kind: match.kind })
        }
      }
      const actual = matchedQuotePairs(quotes, tokens).map(({ a, b, match }) => ({ a, b, kind: match.kind }))
      expect(actual).toEqual(expected)
      found += actual.length
    }
    expect(found).toBeGreaterThan(30)
  })
})
