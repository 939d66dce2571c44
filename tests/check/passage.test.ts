import { describe, expect, it } from 'vitest'
import { wordedText } from '../../src/check/compare-words.js'
import { findPassage, indexText } from '../../src/check/passage.js'
import { tokensOf } from '../helpers/tokens.js'

const statement =
  'Thank you all for coming. I was so determined to live my dreams, and yet there was so much in the way. ' +
  'We rehearsed for weeks and it paid off. Every single person on this stage has been through so much.'

function find(quote: string, body = statement) {
  const match = findPassage(indexText(body, tokensOf(body)), wordedText(quote))
  return { kind: match.kind, passage: match.passage?.text ?? null }
}

describe('findPassage', () => {
  it.each([
    ['a contiguous part, verbatim', 'I was so determined to live my dreams', 'verbatim', 'I was so determined to live my dreams'],
    ['spelling aside', 'i was SO determined to live my dreams', 'verbatim', 'I was so determined to live my dreams'],
    ['a cut behind an ellipsis', 'I was so determined to live my dreams . . . there was so much in the way', 'trimmed', 'I was so determined to live my dreams, and yet there was so much in the way'],
    ['a silent cut', 'I was so determined to live my dreams, there was so much in the way', 'reworded', 'I was so determined to live my dreams, and yet there was so much in the way'],
    ['a changed word at the end', 'We rehearsed for months', 'reworded', 'We rehearsed for weeks'],
    ['a changed word at the start', 'They rehearsed for weeks and it paid off', 'reworded', 'We rehearsed for weeks and it paid off'],
    ['words it never says', 'I never wanted to be famous', 'absent', null],
  ])('%s', (_, quote, kind, passage) => {
    expect(find(quote)).toEqual({ kind, passage })
  })

  it('names the closest passage of an absent quote only when it shares real words', () => {
    expect(find('Every single person on this planet has suffered greatly in silence and pain for years')).toEqual({
      kind: 'absent',
      passage: 'Every single person on this stage has been through so much',
    })
  })

  it('finds a quote in a long text through the index, without comparing it with every stretch', () => {
    const filler = Array.from({ length: 5000 }, (_, index) => `Sentence ${index} talks about item${index} at length.`).join(' ')
    const body = `${filler} We rehearsed for weeks and it paid off. ${filler}`
    const text = indexText(body, tokensOf(body))
    const started = performance.now()
    const match = findPassage(text, wordedText('We rehearsed for weeks and it paid off'))
    const elapsed = performance.now() - started
    expect([match.kind, match.passage?.text]).toEqual(['verbatim', 'We rehearsed for weeks and it paid off'])
    expect(elapsed).toBeLessThan(200)
  })
})
