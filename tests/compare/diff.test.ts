import { describe, expect, it } from 'vitest'
import { diffTokens, sharedCount, sharedWordBound, toWordChanges } from '../../src/compare/diff.js'
import { tokensOf } from '../helpers/tokens.js'

/** The word changes of `before` against `after`, both passages starting at 0. */
function wordChangesOf(before: string, after: string) {
  return toWordChanges(diffTokens(tokensOf(before), tokensOf(after)), { text: before, start: 0 }, { text: after, start: 0 })
}

describe('diffTokens', () => {
  it('treats censored, typographic and number spellings as the same word', () => {
    const changes = diffTokens(tokensOf('I’m so fucking proud of 100 people'), tokensOf("I'm so f*cking proud of a hundred people"))
    expect(changes.map((change) => change.kind)).toEqual(['same'])
    expect(sharedCount(changes)).toBe(7)
  })

  it('shows reworded words as removed and added, as printed with their punctuation', () => {
    expect(wordChangesOf('Joy did, a whole lot for me.', 'joy did, a lot to me.')).toEqual([
      { kind: 'same', text: 'joy did, a' },
      { kind: 'removed', text: 'whole' },
      { kind: 'same', text: 'lot' },
      { kind: 'removed', text: 'for' },
      { kind: 'added', text: 'to' },
      { kind: 'same', text: 'me' },
    ])
  })

  it('keeps the marks that close with the run before them, and a quote mark that opens after a space with the run after', () => {
    expect(wordChangesOf('And I said, ‘Baby, they don’t.’', 'And I say, ‘Baby, they don’t.’')).toEqual([
      { kind: 'same', text: 'And I' },
      { kind: 'removed', text: 'said,' },
      { kind: 'added', text: 'say,' },
      { kind: 'same', text: '‘Baby, they don’t' },
    ])
    // Either side's opening mark, after a kept run too.
    expect(wordChangesOf('He said: ‘Momma, we will win it all', 'He said: ‘Honey, we will win it all')).toEqual([
      { kind: 'same', text: 'He said:' },
      { kind: 'removed', text: '‘Momma,' },
      { kind: 'added', text: '‘Honey,' },
      { kind: 'same', text: 'we will win it all' },
    ])
  })

  it('keeps the marks between two runs with the run before them', () => {
    expect(wordChangesOf('It is less than 100. If you look, it is more.', 'It is less than 1,000. If you look, it is more.')).toEqual([
      { kind: 'same', text: 'It is less than' },
      { kind: 'removed', text: '100.' },
      { kind: 'added', text: '1,000.' },
      { kind: 'same', text: 'If you look, it is more' },
    ])
  })

  it('shows a count that differs with the word its hyphen joins it to, on each side', () => {
    expect(wordChangesOf('The suspect, a 22-year-old man, fled.', 'The suspect, a 23-year-old man, fled.')).toEqual([
      { kind: 'same', text: 'The suspect, a' },
      { kind: 'removed', text: '22-year-old' },
      { kind: 'added', text: '23-year-old' },
      { kind: 'same', text: 'man, fled' },
    ])
    expect(wordChangesOf('He faces a 10-year term.', 'He faces a 12-year term.').map((change) => change.text)).toEqual(['He faces a', '10-year', '12-year', 'term'])
    // A count that ends the sentence keeps its hyphenated word and nothing more.
    expect(wordChangesOf('a three-day', 'a four-day').map((change) => change.text)).toEqual(['a', 'three-day', 'four-day'])
    // A count written apart from its word leaves the word kept.
    expect(wordChangesOf('a 22 year old man', 'a 23 year old man').map((change) => change.text)).toEqual(['a', '22', '23', 'year old man'])
    // The same count with another word: the count goes with it (a second review, helper-60).
    expect(wordChangesOf('A 10-year sentence', 'A 10-month sentence').map((change) => change.text)).toEqual(['A', '10-year', '10-month', 'sentence'])
    // A word the diff matches alone on one side shows whole on the side that joins it (AllSides 5871).
    expect(wordChangesOf('the sharpest 12-month spike since August', 'prices rose last month since August')).toEqual([
      { kind: 'removed', text: 'the sharpest 12-month' },
      { kind: 'added', text: 'prices rose last month' },
      { kind: 'removed', text: 'spike' },
      { kind: 'same', text: 'since August' },
    ])
    // Chains, an en dash, and two kept words joined across an edit of the other side (a third review, helper-61).
    const texts = (before: string, after: string) => wordChangesOf(before, after).map((change) => `${change.kind[0]}:${change.text}`)
    expect(texts('She won by a 134-to-63 vote', 'She won by a 135-to-63 vote')).toEqual(['s:She won by a', 'r:134-to-63', 'a:135-to-63', 's:vote'])
    expect(texts('She won by a 134-to-63 vote', 'She won by a 134-to-64 vote')).toEqual(['s:She won by a', 'r:134-to-63', 'a:134-to-64', 's:vote'])
    expect(texts('the court ruled 5–4 on it', 'the court ruled 6–4 on it')).toEqual(['s:the court ruled', 'r:5–4', 'a:6–4', 's:on it'])
    expect(texts('a 40 to 60-hour course', 'a 40-60 hours course')).toEqual(['s:a', 'r:40 to 60-hour', 'a:40-60 hours', 's:course'])
    // A count's word that joins the words before it ends their edit: two edits, not one.
    expect(texts('a 22-year-old man here', 'a 23-year-old woman here')).toEqual(['s:a', 'r:22-year-old', 'a:23-year-old', 'r:man', 'a:woman', 's:here'])
  })

  it('shows a figure with the currency sign before it, which the parser keeps apart', () => {
    expect(wordChangesOf('They asked for about $40 million in aid.', 'They asked for $42.5 million in aid.')).toEqual([
      { kind: 'same', text: 'They asked for' },
      { kind: 'removed', text: 'about $40 million' },
      { kind: 'added', text: '$42.5 million' },
      { kind: 'same', text: 'in aid' },
    ])
  })

  it('matches (expletive) with any profanity', () => {
    const changes = diffTokens(tokensOf('so (expletive) proud'), tokensOf('so f**king proud'))
    expect(changes.every((change) => change.kind === 'same')).toBe(true)
  })

  it('shows a list that stands whole inside the other as one cut, wherever the edit script would put its first word', () => {
    const whole = tokensOf('We did everything we could to save them. We will not stop now.')
    const part = tokensOf('We will not stop now.')
    const kinds = (changes: ReturnType<typeof diffTokens>) => changes.map((change) => [change.kind, change.tokens.map((token) => token.text).join(' ')])
    expect(kinds(diffTokens(whole, part))).toEqual([
      ['removed', 'We did everything we could to save them'],
      ['same', 'We will not stop now'],
    ])
    expect(kinds(diffTokens(part, whole))).toEqual([
      ['added', 'We did everything we could to save them'],
      ['same', 'We will not stop now'],
    ])
  })

  it('falls back to a prefix and suffix diff past the edit bound', () => {
    const before = tokensOf(Array.from({ length: 3000 }, (_, index) => `alpha${index}`).join(' '))
    const after = tokensOf(Array.from({ length: 3000 }, (_, index) => `beta${index}`).join(' '))
    const changes = diffTokens(before, after, { maxEditLength: 10 })
    expect(changes.map((change) => change.kind)).toEqual(['removed', 'added'])
    expect(changes[0].tokens).toHaveLength(3000)
  })
})

describe('sharedWordBound', () => {
  const a = tokensOf('we will rebuild the bridge and the road')
  const b = tokensOf('the road and the bridge will be rebuilt by spring')

  it('counts the words both hold, repeats included, and every (expletive)', () => {
    expect(sharedWordBound(a, b)).toBe(6)
    expect(sharedWordBound(tokensOf('so (expletive) proud'), tokensOf('so very proud'))).toBe(3)
  })

  it('is exact when it can reach atLeast, and below atLeast when it cannot', () => {
    expect(sharedWordBound(a, b, 6)).toBe(6)
    expect(sharedWordBound(a, b, 7)).toBeLessThan(7)
    const unrelated = tokensOf('nothing here matches any of those words at all')
    expect(sharedWordBound(a, unrelated, 4)).toBeLessThan(4)
  })
})
