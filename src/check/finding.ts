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

/** Inline code for a reason: whitespace collapsed, long text cut in the middle between words (`31st, … It was`, not `31s…It`). */
export function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/`/g, "'")
  if (flat.length <= maxSnippetLength) return `\`${flat}\``
  const half = Math.floor((maxSnippetLength - 3) / 2)
  const head = flat.slice(0, half)
  const tail = flat.slice(flat.length - half)
  // Back to the last whole word, unless that word is most of the half (a long URL).
  const headEnd = head.lastIndexOf(' ')
  const tailStart = tail.indexOf(' ')
  const wholeHead = flat[half] === ' ' || headEnd < half / 2 ? head : head.slice(0, headEnd)
  const wholeTail = flat[flat.length - half - 1] === ' ' || tailStart < 0 || tailStart > half / 2 ? tail : tail.slice(tailStart + 1)
  return `\`${wholeHead.trimEnd()} … ${wholeTail.trimStart()}\``
}

/** The changes shown in a reason; more are counted. */
const maxRegionsShown = 3

/**
 * What a reworded quote says instead and what it was expected to say, each changed stretch in code, in order: in
 * a reason, `Unexpected ${actual} in quote …, expected ${expected}`; in a message's `actual` and `expected`, the
 * stretches as printed, between ` … `.
 */
export function changedWording(regions: ReadonlyArray<{ before: string; after: string }>): { actual: string; expected: string; reasonActual: string; reasonExpected: string } {
  const shown = regions.slice(0, maxRegionsShown)
  const more = regions.length > shown.length ? ` and ${regions.length - shown.length} more` : ''
  return {
    actual: regions.map((region) => region.after).join(' … '),
    expected: regions.map((region) => region.before).join(' … '),
    reasonActual: `${shown.map((region) => code(region.after)).join(', ')}${more}`,
    reasonExpected: shown.map((region) => code(region.before)).join(', '),
  }
}

/** `a`, `a and b`, `a, b and c`. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
