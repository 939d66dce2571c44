import type { Root } from 'nlcst'
import { forEachSentence, wordData, wordText } from './data.js'

// Curly quotes and apostrophes, primes, dashes and ellipses (`…`, `. . .`) to one plain form.
const foldings: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  // Spaced ellipsis as some style guides print it: `. . .`
  [/\.(?:[ \u00A0]\.){2}/g, '...'],
  [/\u00A0/g, ' '],
]

// Any character some folding replaces: most words have none and skip the replacements.
const foldable = new RegExp(foldings.map(([pattern]) => pattern.source).join('|'))

/** Fold typographic variants so that `I’m` and `I'm` compare equal. */
export function foldTypography(text: string): string {
  if (isPlainAscii(text) || !foldable.test(text)) return text
  let folded = text
  for (const [pattern, replacement] of foldings) folded = folded.replace(pattern, replacement)
  return folded
}

/** ASCII without a backtick or a space: nothing to fold, known without the pattern (most words). */
function isPlainAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 128 || code === 96 || code === 32) return false
  }
  return true
}

/**
 * Record on every word its typography-folded form (`data.typographic`):
 * curly and straight quotes, apostrophes, dashes and ellipses.
 */
export default function retextTypography() {
  return function (tree: Root): undefined {
    forEachSentence(tree, (sentence) => {
      for (const child of sentence.children) {
        if (child.type !== 'WordNode') continue
        const typographic = foldTypography(wordText(child))
        if (child.data) child.data.typographic = typographic
        else child.data = wordData(typographic)
      }
    })
  }
}
