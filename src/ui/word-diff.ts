import { diffTokens } from '../compare/diff.js'
import type { Token } from '../types.js'

/** A stretch of a member's wording compared with the group's reference wording. */
export interface WordSegment {
  text: string
  /** `changed`: words this member has in place of the reference's; `added`: words only it has; `removed`: reference words it leaves out. */
  change: 'same' | 'changed' | 'added' | 'removed'
}

/**
 * Compare `text` with `reference` word by word as printed, a word being
 * what lies between spaces: `I’m` / `I'm` and `fucking` / `f*cking` show as
 * whole changed words. The engine's word changes fold such spellings
 * together (they are the same words); the reader still wants to see them.
 */
export function diffAgainstReference(reference: string, text: string): WordSegment[] {
  const segments: WordSegment[] = []
  const changes = diffTokens(printedWords(reference), printedWords(text))
  changes.forEach((change, index) => {
    const joined = change.tokens.map((token) => token.text).join(' ')
    if (change.tokens.length === 0) return
    if (change.kind === 'same') segments.push({ text: joined, change: 'same' })
    // A removal followed by an addition is a replacement: the new words show, marked.
    else if (change.kind === 'removed') {
      if (changes[index + 1]?.kind !== 'added') segments.push({ text: joined, change: 'removed' })
    } else segments.push({ text: joined, change: changes[index - 1]?.kind === 'removed' ? 'changed' : 'added' })
  })
  return segments
}

/** Tokens whose normal form is the printed word, so only identical spellings match. */
function printedWords(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    normal: match[0],
    stem: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }))
}
