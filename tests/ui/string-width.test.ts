import fc from 'fast-check'
import originalStringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import stringWidth, { shortcutWidth, standaloneWidth } from '../../src/ui/string-width.js'
// The version wrap-ansi brings along, which the build routes to the same shortcut.
import olderStringWidth from '../../node_modules/wrap-ansi/node_modules/string-width/index.js'

// Every UTF-16 code unit the shortcut takes (surrogates never: they are halves).
const shortcut = Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => standaloneWidth(code) > 0)
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

describe('stringWidth', () => {
  it('gives every character of its shortcut the width both string-width versions give', () => {
    expect(shortcut.length).toBeGreaterThan(30_000)
    const differing = shortcut.filter((code) => {
      const character = String.fromCharCode(code)
      return originalStringWidth(character) !== standaloneWidth(code) || olderStringWidth(character) !== standaloneWidth(code)
    })
    expect(differing.map((code) => code.toString(16))).toEqual([])
  })

  it('takes only characters that never join a neighbour into one grapheme', () => {
    // Between letters (a mark or joiner would join the one before, a prefix the one after) and between
    // Hangul syllables (a jamo would join them): each character of the shortcut stays a grapheme of its own.
    const joining = shortcut.filter((code) => {
      const character = String.fromCharCode(code)
      return Array.from(segmenter.segment(`a${character}a`)).length !== 3 || Array.from(segmenter.segment(`가${character}가`)).length !== 3
    })
    expect(joining.map((code) => code.toString(16))).toEqual([])
  })

  it('measures the coloured lines Ink writes without string-width, and leaves other text to it', () => {
    expect(shortcutWidth('\u001b[1mcrosscheck\u001b[22m \u001b[38;2;255;0;0m“Did I nail it?”\u001b[39m')).toBe(27)
    expect(shortcutWidth('\u001b[1m中文\u001b[22m')).toBe(4)
    expect(shortcutWidth('\u001b[1m👍🏽\u001b[22m')).toBeUndefined()
    expect(shortcutWidth('\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007')).toBeUndefined()
  })

  it('gives what string-width gives, shortcut or not', () => {
    // Colour codes as Ink writes them, and pieces of others.
    const codes = ['\u001b[1m', '\u001b[22m', '\u001b[38;2;255;0;0m', '\u001b[39m', '\u001b[m', '\u001b[12345m', '\u001b[1;;2m', '\u001b]8;;x\u0007', '\u001b\\']
    const characters = [...shortcut.slice(0, 40), ...shortcut.slice(-40), ...codes, ...'“”‘’—–·…€│▸ aé\u0301\u200b\u00ad\t\n\u001b[31m;😀👍🏽❤️‼中文ｶﾞ\u0300Ωжд\u0483가\u11a8\u3099か、']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(stringWidth(text)).toBe(originalStringWidth(text))
        // The older version measures text the shortcut takes alike (the build routes it here too).
        if (shortcutWidth(text) !== undefined) expect(stringWidth(text)).toBe(olderStringWidth(text))
        expect(stringWidth(text, { ambiguousIsNarrow: false })).toBe(originalStringWidth(text, { ambiguousIsNarrow: false }))
        expect(stringWidth(text, { countAnsiEscapeCodes: true })).toBe(originalStringWidth(text, { countAnsiEscapeCodes: true }))
      }),
      { numRuns: 2000 },
    )
  })
})
