import { createRequire } from 'node:module'
import type { Options } from 'string-width'

/**
 * string-width as Ink and its layout packages use it (the build routes
 * their imports here: scripts/build.ts), with a shortcut for text made of
 * characters that stand alone (standaloneWidth: Latin, Greek and Cyrillic
 * letters, the usual typographic punctuation, the arrows, shapes and box
 * drawing the UI draws, CJK and kana at two columns) and of colour codes:
 * such text is measured by adding up, anything else goes to string-width.
 * The first frame thus never loads string-width (see below), and a long
 * paragraph is measured without its grapheme segmenter, which takes some
 * 8 µs a character here. tests/ui/string-width.test.ts checks every
 * character of the shortcut, and texts mixing them with others, against
 * string-width itself.
 */
export default function stringWidth(text: string, options?: Options): number {
  if (typeof text !== 'string' || options?.countAnsiEscapeCodes || options?.ambiguousIsNarrow === false) return originalStringWidth(text, options)
  return shortcutWidth(text) ?? originalStringWidth(text, options)
}

/** The width of a text of standalone characters (standaloneWidth) and colour codes, or undefined for any other text. */
export function shortcutWidth(text: string): number | undefined {
  let width = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const cells = standaloneWidth(code)
    if (cells > 0) {
      width += cells
      continue
    }
    const codeEnd = code === escape ? colourCodeEnd(text, index) : -1
    if (codeEnd === -1) return undefined
    index = codeEnd
  }
  return width
}

const escape = 0x1b

/**
 * Where a colour or style code that starts at `start` ends (`ESC [ 1 ; 31 m`,
 * as Ink's colours write them: Ink measures its coloured lines too): the
 * index of its `m`, or -1 for anything else. string-width strips such a code
 * to no width; other forms are left to it.
 */
function colourCodeEnd(text: string, start: number): number {
  if (text.charCodeAt(start + 1) !== 0x5b) return -1
  for (let index = start + 2; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Digits and `;` make the parameters; `m` ends a colour code.
    if ((code >= 0x30 && code <= 0x39) || code === 0x3b) continue
    return code === 0x6d ? index : -1
  }
  return -1
}

/**
 * The cells a character takes when it makes a grapheme of its own, whatever
 * its neighbours (isOneColumn, isTwoColumns): 1 or 2; 0 for every other
 * character. A text of such characters is as wide as the sum, and can be
 * cut between any two of them.
 */
export function standaloneWidth(code: number): number {
  return isOneColumn(code) ? 1 : isTwoColumns(code) ? 2 : 0
}

/**
 * Characters that make a grapheme cluster of their own and take one column
 * (with string-width's default, East Asian ambiguous width as narrow).
 * None of them combines with a neighbour, so a text of them is as wide as
 * it is long. Left out: controls, the soft hyphen, zero-width and
 * formatting characters, and the symbols that may show as emoji.
 */
function isOneColumn(code: number): boolean {
  if (code < 0x7f) return code >= 0x20
  // Not the soft hyphen (no width), nor © and ®, emoji to the older string-width.
  if (code <= 0x24f) return code >= 0xa0 && code !== 0xad && code !== 0xa9 && code !== 0xae
  // Greek and Cyrillic, but not the Cyrillic marks that combine.
  if (code >= 0x370 && code <= 0x52f) return code < 0x483 || code > 0x489
  if (code >= 0x2010 && code <= 0x2027) return true
  if (code >= 0x2030 && code <= 0x205e) return code !== 0x203c && code !== 0x2049
  if (code >= 0x20a0 && code <= 0x20c0) return true
  // ← ↑ → ↓, mathematical operators (≈), ⏎: the UI's key hints.
  if ((code >= 0x2190 && code <= 0x2193) || (code >= 0x2200 && code <= 0x22ff) || code === 0x23ce) return true
  // Box drawing, blocks and geometric shapes (▸), but not ▪ ▫ ▶ ◀ ◻ ◼ ◽ ◾.
  if (code >= 0x2500 && code <= 0x25ff) return !emojiShapes.has(code)
  return false
}

const emojiShapes = new Set([0x25aa, 0x25ab, 0x25b6, 0x25c0, 0x25fb, 0x25fc, 0x25fd, 0x25fe])

/**
 * Characters two columns wide that make a grapheme cluster of their own:
 * CJK ideographs and punctuation, kana, Hangul syllables, fullwidth forms.
 * Left out: the marks that combine (U+302A–302F, U+3099–309A), Hangul
 * jamo, which join syllables, and halfwidth forms.
 */
function isTwoColumns(code: number): boolean {
  if (code < 0x3000 || code > 0xffe6) return false
  if (code <= 0x303e) return code <= 0x3029 || code >= 0x3030
  if (code >= 0x3041 && code <= 0x30ff) return code <= 0x3096 || code >= 0x309b
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff01 && code <= 0xff60) || code >= 0xffe0
}

// string-width builds its emoji pattern and grapheme segmenter as it loads
// (~35 ms, measured alone), and Ink measures every line it draws: it is
// loaded on the first text the shortcut cannot measure, by require() of an
// ES module (Node 20.19 or later, 22.12 or later). In alternated runs the
// seeds' first frame came 20 ms sooner without colours, 75 ms with.
const require = createRequire(import.meta.url)
let loadedStringWidth: ((text: string, options?: Options) => number) | undefined

function originalStringWidth(text: string, options?: Options): number {
  loadedStringWidth ??= (require('string-width') as typeof import('string-width')).default
  return loadedStringWidth(text, options)
}
