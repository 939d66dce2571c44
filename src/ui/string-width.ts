import { createRequire } from 'node:module'
import type { Options } from 'string-width'

/**
 * string-width as Ink and its layout packages use it (the build routes
 * their imports here: scripts/build.ts), with a shortcut for text made only
 * of characters one column wide on their own: ASCII, Latin letters, the
 * usual typographic punctuation (curly quotes, dashes, `·`, `…`), currency
 * signs, arrows and shapes the UI draws, box drawing. Such text is its length; anything else goes to
 * string-width. The shortcut spares the first frame string-width's first
 * look at a non-ASCII character: some 30 ms compiling its emoji pattern and
 * starting the grapheme segmenter, measured, for the curly quotes and `·`
 * that are in nearly every screen. tests/ui/string-width.test.ts checks
 * every character of the shortcut against string-width itself.
 */
export default function stringWidth(text: string, options?: Options): number {
  if (typeof text !== 'string' || options?.countAnsiEscapeCodes || options?.ambiguousIsNarrow === false) return originalStringWidth(text, options)
  for (let index = 0; index < text.length; index++) {
    if (!isOneColumn(text.charCodeAt(index))) return originalStringWidth(text, options)
  }
  return text.length
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
