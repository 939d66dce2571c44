import fc from 'fast-check'
import { expect, test } from 'vitest'
import { fit, lineOffset, lineWidth, truncate, truncateLine, wrapSpans } from '../../src/ui/lines.js'

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
