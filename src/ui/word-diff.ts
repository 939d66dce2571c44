import { diffTokens } from '../compare/diff.js'
import { foldTypography } from '../pipeline/typography.js'
import type { Token } from '../types.js'

/** A stretch of a member's wording compared with the group's reference wording. */
export interface WordSegment {
  text: string
  /** `changed`: words this member has in place of the reference's; `added`: words only it has; `removed`: reference words it leaves out. */
  change: 'same' | 'changed' | 'added' | 'removed'
}

/**
 * Compare `text` with `reference` word by word as printed, a word being
 * what lies between spaces. Words line up by their folded form (case,
 * curly marks and the punctuation on their edges aside), so that `Dress`
 * meets `dress` rather than another word; then a word spelled otherwise
 * (`I’m` / `I'm`, `bar,` / `bar.`, `fucking` / `f*cking`) shows as a whole
 * changed word. The engine's word changes fold such spellings together
 * (they are the same words); the reader still wants to see them.
 */
export function diffAgainstReference(reference: string, text: string): WordSegment[] {
  const segments: WordSegment[] = []
  const push = (words: readonly Token[], change: WordSegment['change']) => {
    if (words.length === 0) return
    const joined = words.map((word) => word.text).join(' ')
    const last = segments.at(-1)
    if (last?.change === change) last.text += ` ${joined}`
    else segments.push({ text: joined, change })
  }
  const changes = diffTokens(printedWords(reference), printedWords(text))
  changes.forEach((change, index) => {
    if (change.kind === 'same') {
      // The member's own spelling of each word, marked where it differs from the reference's.
      change.tokens.forEach((word, at) => {
        const own = change.matched?.[at] ?? word
        push([own], own.text === word.text ? 'same' : 'changed')
      })
    }
    // A removal followed by an addition is a replacement: the new words show, marked.
    else if (change.kind === 'removed') {
      if (changes[index + 1]?.kind !== 'added') push(change.tokens, 'removed')
    } else push(change.tokens, changes[index - 1]?.kind === 'removed' ? 'changed' : 'added')
  })
  return segments
}

// Edge punctuation and marks a word is compared without (`“Rise` meets `Rise`, `bar,` meets `bar.`).
const edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

/** Printed words, each with its folded form as the form they are matched by. */
function printedWords(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((match) => {
    const folded = foldTypography(match[0]).toLowerCase().replace(edges, '')
    const normal = folded === '' ? match[0] : folded
    return { text: match[0], normal, stem: normal, start: match.index, end: match.index + match[0].length }
  })
}
