import fc from 'fast-check'
import originalStringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import stringWidth, { isOneColumn } from '../../src/ui/string-width.js'
// The version wrap-ansi brings along, which the build routes to the same shortcut.
import olderStringWidth from '../../node_modules/wrap-ansi/node_modules/string-width/index.js'

const shortcut = Array.from({ length: 0x2600 }, (_, code) => code).filter(isOneColumn)

describe('stringWidth', () => {
  it('takes one column for every character of its shortcut, as both string-width versions do', () => {
    expect(shortcut.length).toBeGreaterThan(500)
    const differing = shortcut.filter((code) => {
      const character = String.fromCharCode(code)
      return originalStringWidth(character) !== 1 || olderStringWidth(character) !== 1
    })
    expect(differing.map((code) => code.toString(16))).toEqual([])
  })

  it('gives what string-width gives, shortcut or not', () => {
    const characters = [...shortcut.slice(0, 40), ...shortcut.slice(-40), ...'“”‘’—–·…€│▸ aé\u0301\u200b\u00ad\t\n\u001b[31m😀👍🏽❤️‼中文ｶﾞ\u0300']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(stringWidth(text)).toBe(originalStringWidth(text))
        expect(stringWidth(text, { ambiguousIsNarrow: false })).toBe(originalStringWidth(text, { ambiguousIsNarrow: false }))
        expect(stringWidth(text, { countAnsiEscapeCodes: true })).toBe(originalStringWidth(text, { countAnsiEscapeCodes: true }))
      }),
      { numRuns: 2000 },
    )
  })
})
