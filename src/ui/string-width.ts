import { createRequire } from 'node:module'
import type { Options } from 'string-width'

/**
 * string-width as Ink and its layout packages use it (the build routes
 * their imports here: scripts/build.ts), with a shortcut for text made only
 * of characters one column wide on their own: ASCII, Latin letters, the
 * usual typographic punctuation (curly quotes, dashes, `·`, `…`), currency
 * signs, arrows and shapes the UI draws, box drawing, and colour codes
 * between them. Such text is its length less its colour codes; anything
 * else goes to string-width. The shortcut spares the first frame string-width's first
 * look at a non-ASCII character: some 30 ms compiling its emoji pattern and
 * starting the grapheme segmenter, measured, for the curly quotes and `·`
 * that are in nearly every screen. tests/ui/string-width.test.ts checks
 * every character of the shortcut against string-width itself.
 */
export default function stringWidth(text: string, options?: Options): number {
  if (typeof text !== 'string' || options?.countAnsiEscapeCodes || options?.ambiguousIsNarrow === false) return originalStringWidth(text, options)
  return shortcutWidth(text) ?? originalStringWidth(text, options)
}

/** The width of a text of one-column characters and colour codes, or undefined for any other text. */
export function shortcutWidth(text: string): number | undefined {
  let width = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isOneColumn(code)) {
      width++
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
 * Characters that make a grapheme cluster of their own and take one column
 * (with string-width's default, East Asian ambiguous width as narrow).
 * None of them combines with a neighbour, so a text of them is as wide as
 * it is long. Left out: controls, the soft hyphen, zero-width and
 * formatting characters, and the symbols that may show as emoji.
 */
export function isOneColumn(code: number): boolean {
  if (code < 0x7f) return code >= 0x20
  // Not the soft hyphen (no width), nor © and ®, emoji to the older string-width.
  if (code <= 0x24f) return code >= 0xa0 && code !== 0xad && code !== 0xa9 && code !== 0xae
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

// string-width builds that pattern and segmenter as it loads (~35 ms of the
// first frame, measured), so it is loaded on the first text the shortcut
// cannot measure: require() of an ES module, which Node does from 20.19 on.
const require = createRequire(import.meta.url)
let loadedStringWidth: ((text: string, options?: Options) => number) | undefined

function originalStringWidth(text: string, options?: Options): number {
  loadedStringWidth ??= (require('string-width') as typeof import('string-width')).default
  return loadedStringWidth(text, options)
}
