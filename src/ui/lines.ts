import type { Tone } from './theme.js'

/** A run of text in one tone. `at` is the body offset it starts at, for text taken from a source. */
export interface Span {
  text: string
  tone?: Tone
  at?: number
}

/** One screen row: spans whose widths add up to at most the pane width. */
export type Line = readonly Span[]

/** Terminal cells a string takes; news prose is narrow text, so one cell a code point. */
export function textWidth(text: string): number {
  let width = 0
  for (const _ of text) width++
  return width
}

export function lineWidth(line: Line): number {
  return line.reduce((sum, span) => sum + textWidth(span.text), 0)
}

/** Cut to `width` cells, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return ''
  const characters = Array.from(text)
  if (characters.length <= width) return text
  return characters.slice(0, width - 1).join('') + '…'
}

/** Cut a styled line to `width` cells. */
export function truncateLine(line: Line, width: number): Line {
  if (lineWidth(line) <= width) return line
  const result: Span[] = []
  let left = width - 1
  for (const span of line) {
    if (left <= 0) break
    const characters = Array.from(span.text)
    result.push({ ...span, text: characters.slice(0, left).join('') })
    left -= Math.min(characters.length, left)
  }
  result.push({ text: '…', tone: 'muted' })
  return result
}

/** Pad with spaces (or cut) to exactly `width` cells: for table columns. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width)
  return cut + ' '.repeat(Math.max(0, width - textWidth(cut)))
}

interface Piece extends Span {
  isSpace: boolean
}

/**
 * Word-wrap styled spans to `width` cells. Text without spaces between
 * spans stays together (a `[` marker sticks to its word); a word longer
 * than the line is cut; `\n` forces a break. The first line starts with
 * `indent`, the others with `hanging`. Each line keeps the body offset
 * (`at`) of its first source text.
 */
export function wrapSpans(spans: readonly Span[], width: number, hanging = '', indent = ''): Line[] {
  const usable = Math.max(1, width)
  const lines: Line[] = []
  let line: Span[] = []
  let used = 0
  let indentWidth = 0
  const startLine = (prefix: string) => {
    indentWidth = textWidth(prefix) < usable ? textWidth(prefix) : 0
    line = indentWidth > 0 ? [{ text: prefix }] : []
    used = indentWidth
  }
  startLine(indent)

  const pushLine = () => {
    const indentSpans = indentWidth > 0 ? 1 : 0
    while (line.length > indentSpans && line[line.length - 1].text.trim() === '') line.pop()
    lines.push(mergeSpans(line))
    startLine(hanging)
  }
  const place = (piece: Piece) => {
    let text = piece.text
    let at = piece.at
    while (used + textWidth(text) > usable) {
      if (used >= usable) {
        pushLine()
        continue
      }
      const head = Array.from(text).slice(0, usable - used).join('')
      line.push({ text: head, tone: piece.tone, at })
      text = text.slice(head.length)
      if (at !== undefined) at += head.length
      pushLine()
    }
    if (text) {
      line.push({ text, tone: piece.tone, at })
      used += textWidth(text)
    }
  }

  const isLineStart = () => used <= indentWidth
  for (const word of groupWords(spans)) {
    if (word === 'break') {
      pushLine()
      continue
    }
    if (word[0].isSpace) {
      // One space between words; none at the start of a line or past its end.
      if (!isLineStart() && used < usable) place({ ...word[0], text: ' ' })
      continue
    }
    const wordWidth = word.reduce((sum, piece) => sum + textWidth(piece.text), 0)
    if (used + wordWidth > usable && !isLineStart()) pushLine()
    for (const piece of word) place(piece)
  }
  if (used > indentWidth || lines.length === 0) pushLine()
  return lines
}

/** Split spans into words (runs of non-space pieces, across spans), spaces and hard breaks. */
function groupWords(spans: readonly Span[]): Array<Piece[] | 'break'> {
  const words: Array<Piece[] | 'break'> = []
  let current: Piece[] = []
  const flush = () => {
    if (current.length > 0) words.push(current)
    current = []
  }
  for (const { text, tone, at } of spans) {
    let offset = 0
    for (const part of text.split(/(\n|[^\S\n]+)/)) {
      if (part === '') continue
      const partAt = at === undefined ? undefined : at + offset
      offset += part.length
      if (part === '\n') {
        flush()
        words.push('break')
        continue
      }
      const isSpace = /^\s+$/.test(part)
      if (current.length > 0 && current[0].isSpace !== isSpace) flush()
      current.push({ text: part, tone, at: partAt, isSpace })
    }
  }
  flush()
  return words
}

/** Join neighbouring spans of the same tone so Ink renders fewer nodes; the first `at` stays. */
function mergeSpans(line: readonly Span[]): Line {
  const merged: Span[] = []
  for (const piece of line) {
    const last = merged[merged.length - 1]
    if (last && last.tone === piece.tone) {
      merged[merged.length - 1] = { ...last, text: last.text + piece.text, at: last.at ?? piece.at }
    } else {
      merged.push({ ...piece })
    }
  }
  return merged
}

/** Body offset where a wrapped line starts, if it shows source text. */
export function lineOffset(line: Line): number | undefined {
  return line.find((span) => span.at !== undefined)?.at
}
