import { describe, expect, it } from 'vitest'
import { words } from '../../src/quotes/words.js'

const texts = (text: string) => words(text, 0, text.length).map((word) => word.text)

describe('words', () => {
  it.each([
    ['joins letters across - \' ’ . and &', 'A well-known don’t O\'Malley AT&T U.S', ['A', 'well-known', 'don’t', "O'Malley", 'AT&T', 'U.S']],
    ['keeps the full stop of abbreviations and initials', 'Mr. E. Park met Sen. Lee at 5 p.m. today.', ['Mr.', 'E.', 'Park', 'met', 'Sen.', 'Lee', 'at', '5', 'p.m.', 'today', '.']],
    ['splits marks that join nothing', 'end-- "Yes," she—said… \'90s', ['end', '-', '-', '"', 'Yes', ',', '"', 'she', '—', 'said', '…', "'", '90s']],
    ['reads letters outside ASCII, combining marks and astral letters', 'Café cafe\u0301 𝐀𝐁 ٣٤', ['Café', 'cafe\u0301', '𝐀𝐁', '٣٤']],
    ['takes a mark or an emoji that starts nothing as one word', '\u0301x 😀😀', ['\u0301', 'x', '😀', '😀']],
    ['skips every kind of white space', 'a\u00a0b\u2003c\u3000d\ufeffe\tf', ['a', 'b', 'c', 'd', 'e', 'f']],
  ])('%s', (_, text, expected) => {
    expect(texts(text)).toEqual(expected)
  })

  it('gives offsets, the lower-case form and which words are punctuation', () => {
    expect(words('Mr. Lee’s “No.”', 0, 15)).toEqual([
      { text: 'Mr.', lower: 'mr.', start: 0, end: 3, isPunctuation: false },
      { text: 'Lee’s', lower: "lee's", start: 4, end: 9, isPunctuation: false },
      { text: '“', lower: '“', start: 10, end: 11, isPunctuation: true },
      { text: 'No.', lower: 'no.', start: 11, end: 14, isPunctuation: false },
      { text: '”', lower: '”', start: 14, end: 15, isPunctuation: true },
    ])
  })

  it('reads only up to `end`, and a joiner there joins nothing', () => {
    expect(words('well-known', 0, 5).map((word) => word.text)).toEqual(['well', '-'])
  })
})
