import fc from 'fast-check'
import stringWidth from 'string-width'
import { describe, expect, test } from 'vitest'
import { cutToWidth, fit, lineOffset, lineWidth, textWidth, truncate, truncateLine, wrapSpans } from '../../src/ui/lines.js'

const texts = (lines: ReturnType<typeof wrapSpans>) => lines.map((line) => line.map((span) => span.text).join(''))

test('wraps at spaces, keeps marked words whole, indents continuation lines', () => {
  const lines = wrapSpans([{ text: 'Gaga said, "I’m so ' }, { text: '[f*cking]', tone: 'changed' }, { text: ' proud of you!"' }], 20, '  ', '> ')
  expect(texts(lines)).toEqual(['> Gaga said, "I’m so', '  [f*cking] proud of', '  you!"'])
  expect(lines[1][1]).toEqual({ text: '[f*cking]', tone: 'changed' })
})

test('cuts words longer than a line and breaks at newlines', () => {
  expect(texts(wrapSpans([{ text: 'abcdefghij klm\nno' }], 4))).toEqual(['abcd', 'efgh', 'ij', 'klm', 'no'])
})

test('keeps the body offset where each line starts', () => {
  const lines = wrapSpans([{ text: 'one two three', at: 100 }], 7)
  expect(lines.map(lineOffset)).toEqual([100, 108])
})

test('no wrapped line is wider than the width', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ text: fc.string({ maxLength: 30 }) }), { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), (spans, width) => {
      for (const line of wrapSpans(spans, width, '  ')) expect(lineWidth(line)).toBeLessThanOrEqual(width)
    }),
  )
})

test('truncate and fit', () => {
  expect(truncate('Did I nail it?', 8)).toBe('Did I n…')
  expect(fit('Gaga', 6)).toBe('Gaga  ')
  expect(fit('Lady Gaga', 6)).toBe('Lady …')
  expect(lineWidth(truncateLine([{ text: 'Lady ' }, { text: 'Gaga', tone: 'accent' }], 7))).toBe(7)
})

describe('wide, zero-width and combining text', () => {
  // No grapheme here is the start or end of another, so a split one would show as a piece not in the list.
  const graphemes = ['a', '“', '中', 'ｆ', '👍🏽', '🇫🇷', '❤️', 'e\u0301', '\u200b', '👨‍👩‍👧']
  const text = fc.array(fc.constantFrom(...graphemes), { maxLength: 20 }).map((parts) => parts.join(''))
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  const split = (value: string) => Array.from(segmenter.segment(value), ({ segment }) => segment)
  // Ink's output gives each grapheme string-width's cells, and a zero-width one a cell all the same.
  const inkWidth = (value: string) => split(value).reduce((sum, grapheme) => sum + Math.max(1, stringWidth(grapheme)), 0)

  test('are measured as Ink draws them', () => {
    expect(textWidth('we will win 👍 中文 ❤️')).toBe(22)
    expect(textWidth('cafe\u0301 zero\u200bwidth')).toBe(15)
    fc.assert(
      fc.property(text, (value) => {
        expect(textWidth(value)).toBe(inkWidth(value))
      }),
    )
  })

  test('cut between graphemes, as many as fit, never half a wide character', () => {
    expect(cutToWidth('ab中文', 3)).toEqual({ text: 'ab', width: 2 })
    expect(cutToWidth('e\u0301e\u0301', 1)).toEqual({ text: 'e\u0301', width: 1 })
    expect(cutToWidth('👍🏽x', 1)).toEqual({ text: '', width: 0 })
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 45 }), (value, width) => {
        const cut = cutToWidth(value, width)
        const whole = split(value)
        const kept = split(cut.text)
        expect(kept).toEqual(whole.slice(0, kept.length))
        expect(cut.width).toBe(inkWidth(cut.text))
        expect(cut.width).toBeLessThanOrEqual(width)
        if (kept.length < whole.length) expect(cut.width + inkWidth(whole[kept.length])).toBeGreaterThan(width)
      }),
    )
  })

  test('truncate marks the cut; fit gives exactly the width asked', () => {
    expect(truncate('we will win 👍 中文 ❤️', 15)).toBe('we will win 👍…')
    expect(truncate('we will win 👍 中文 ❤️', 14)).toBe('we will win …')
    expect(fit('中文x', 4)).toBe('中… ')
    expect(fit('中', 3)).toBe('中 ')
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 45 }), (value, width) => {
        const cut = truncate(value, width)
        expect(inkWidth(cut)).toBeLessThanOrEqual(width)
        if (cut !== value) expect(split(cut.slice(0, -1)).every((grapheme) => graphemes.includes(grapheme))).toBe(true)
        expect(inkWidth(fit(value, width))).toBe(width)
      }),
    )
  })

  test('truncateLine keeps whole graphemes within the width', () => {
    const line = [{ text: 'win 👍 ' }, { text: '中文', tone: 'accent' as const }, { text: ' ❤️ A B', tone: 'muted' as const }]
    expect(truncateLine(line, 8).map((span) => span.text)).toEqual(['win 👍 ', '…'])
    expect(lineWidth(truncateLine(line, 10))).toBe(10)
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.integer({ min: 1, max: 45 }), (texts, width) => {
        const cut = truncateLine(texts.map((value) => ({ text: value })), width)
        expect(inkWidth(cut.map((span) => span.text).join(''))).toBeLessThanOrEqual(width)
        for (const span of cut) expect(split(span.text).every((grapheme) => graphemes.includes(grapheme) || span.text === '…')).toBe(true)
      }),
    )
  })

  test('wrapSpans keeps lines within the width, graphemes whole and body offsets in code units', () => {
    expect(texts(wrapSpans([{ text: '中文中文中文' }], 5))).toEqual(['中文', '中文', '中文'])
    const accented = wrapSpans([{ text: 'e\u0301e\u0301e\u0301', at: 10 }], 2)
    expect(texts(accented)).toEqual(['e\u0301e\u0301', 'e\u0301'])
    expect(accented.map(lineOffset)).toEqual([10, 14])
    const words = fc.array(text.filter(Boolean), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(words, fc.integer({ min: 2, max: 40 }), (body, width) => {
        for (const line of wrapSpans([{ text: body, at: 0 }], width)) {
          const lineText = line.map((span) => span.text).join('')
          expect(inkWidth(lineText)).toBeLessThanOrEqual(width)
          expect(split(lineText).every((grapheme) => graphemes.includes(grapheme) || grapheme === ' ')).toBe(true)
          // Spaces aside (none at a line's start), the line is the body from its offset on.
          const at = lineOffset(line)!
          expect(body.slice(at).replaceAll(' ', '').startsWith(lineText.replaceAll(' ', ''))).toBe(true)
        }
        // An indent gives way to a character that would not fit beside it.
        for (const line of wrapSpans([{ text: body, at: 0 }], width, '   ')) expect(lineWidth(line)).toBeLessThanOrEqual(width)
      }),
    )
  })

  test('a character wider than the line still gets a line of its own', () => {
    expect(texts(wrapSpans([{ text: 'a中b' }], 1))).toEqual(['a', '中', 'b'])
    // Not after an indent it would not fit beside.
    expect(texts(wrapSpans([{ text: 'x 中文' }], 3, '  '))).toEqual(['x', '中', '文'])
    expect(texts(wrapSpans([{ text: 'x 中文' }], 4, '  '))).toEqual(['x', '  中', '  文'])
  })
})
