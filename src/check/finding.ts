import type { RuleId } from './rules.js'

/**
 * One problem with one quote, before it is placed in its file as a vfile
 * message. Offsets index into the source's body.
 */
export interface Finding {
  ruleId: RuleId
  /** Source id of the quote the finding is about. */
  source: string
  /** Quote id, when the quote is one of the analysis. */
  quote?: string
  start: number
  end: number
  reason: string
  actual: string
  expected: string[]
  /** What the quote was compared with: other source ids, or the primary's file. */
  sources: string[]
}

const maxSnippetLength = 80

/** Inline code for a reason: whitespace collapsed, long text cut in the middle. */
export function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/`/g, "'")
  if (flat.length <= maxSnippetLength) return `\`${flat}\``
  const half = Math.floor((maxSnippetLength - 1) / 2)
  return `\`${flat.slice(0, half).trimEnd()}…${flat.slice(flat.length - half).trimStart()}\``
}

/** `a`, `a and b`, `a, b and c`. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
