import stringWidth, { shortcutWidth, standaloneWidth } from './string-width.js'
import type { Tone } from './theme.js'

/** A run of text in one tone. `at` is the body offset it starts at, for text taken from a source. */
export interface Span {
  text: string
  tone?: Tone
  at?: number
}

/** One screen row: spans whose widths add up to at most the pane width. */
export type Line = readonly Span[]

/**
 * Terminal cells a string takes as Ink draws it: each grapheme as wide as
 * string-width says, and at least one cell (Ink's output puts every
 * grapheme in a cell of its own, a lone zero-width one too).
 */
export function textWidth(text: string): number {
  const narrow = shortcutWidth(text)
  if (narrow !== undefined) return narrow
  let width = 0
  for (const { segment } of graphemes().segment(text)) width += graphemeWidth(segment)
  return width
}

export function lineWidth(line: Line): number {
  return line.reduce((sum, span) => sum + textWidth(span.text), 0)
}

/** A start of a text and the cells it takes. */
export interface Cut {
  text: string
  width: number
}

/**
 * The longest start of `text` at most `width` cells wide. Cuts fall between
 * graphemes, so an emoji, a flag or a letter with its accents stays whole,
 * and a wide character that would cross the edge is left out.
 */
export function cutToWidth(text: string, width: number): Cut {
  const limit = Math.max(0, width)
  let used = 0
  let end = 0
  for (const grapheme of graphemeCells(text)) {
    if (used + grapheme.width > limit) break
    used += grapheme.width
    end = grapheme.end
  }
  return { text: text.slice(0, end), width: used }
}

/**
 * Where each grapheme of a text ends, and the cells it takes. A text of
 * characters that stand alone (standaloneWidth) is a grapheme a code unit:
 * the segmenter takes some 8 µs a grapheme, too long for a paragraph.
 */
function* graphemeCells(text: string): Generator<{ end: number; width: number }> {
  if (standsAlone(text)) {
    for (let index = 0; index < text.length; index++) yield { end: index + 1, width: standaloneWidth(text.charCodeAt(index)) }
    return
  }
  for (const { index, segment } of graphemes().segment(text)) yield { end: index + segment.length, width: graphemeWidth(segment) }
}

function standsAlone(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (standaloneWidth(text.charCodeAt(index)) === 0) return false
  return true
}

/** The text without its last grapheme: what Backspace takes back in typed text (`👍🏽`, `é` written with its accent apart). */
export function withoutLastGrapheme(text: string): string {
  if (text.length === 0) return text
  // A character that stands alone is a grapheme of its own.
  if (standaloneWidth(text.charCodeAt(text.length - 1)) > 0) return text.slice(0, -1)
  const last = graphemes().segment(text).containing(text.length - 1)
  return text.slice(0, last?.index ?? text.length - 1)
}

let graphemeSegmenter: Intl.Segmenter | undefined

/** Made on the first text with characters that do not stand alone. */
function graphemes(): Intl.Segmenter {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  return graphemeSegmenter
}

// string-width takes some 9 µs a grapheme measured alone, and a text repeats its graphemes.
const graphemeWidths = new Map<string, number>()

function graphemeWidth(grapheme: string): number {
  let width = graphemeWidths.get(grapheme)
  if (width === undefined) {
    width = Math.max(1, stringWidth(grapheme))
    graphemeWidths.set(grapheme, width)
  }
  return width
}

/** Cut to at most `width` cells, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return ''
  if (textWidth(text) <= width) return text
  return cutToWidth(text, width - 1).text + '…'
}

/** Cut a styled line to `width` cells. */
export function truncateLine(line: Line, width: number): Line {
  if (lineWidth(line) <= width) return line
  const result: Span[] = []
  let left = width - 1
  for (const span of line) {
    const head = cutToWidth(span.text, left)
    if (head.text) result.push({ ...span, text: head.text })
    // A span cut short ends the line, even when a later one would fit the cells left.
    if (head.text.length < span.text.length) break
    left -= head.width
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
 * than the line is cut between graphemes; `\n` forces a break. The first
 * line starts with `indent`, the others with `hanging`. Each line keeps
 * the body offset (`at`, in UTF-16 code units) of its first source text.
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
  const isLineStart = () => used <= indentWidth
  const place = (piece: Piece, pieceWidth: number) => {
    if (used + pieceWidth <= usable) {
      line.push({ text: piece.text, tone: piece.tone, at: piece.at })
      used += pieceWidth
      return
    }
    // Onto as many lines as it takes, cut between graphemes, in one pass over
    // the text (a paragraph without spaces, as in Chinese, is one such word).
    // A grapheme wider than what a line leaves after its indent takes the
    // line without the indent; wider than the line, it goes there all the
    // same (Ink cuts it): else no line would take it.
    let headStart = 0
    let headEnd = 0
    let headWidth = 0
    const placeHead = () => {
      if (headEnd === headStart) return
      line.push({ text: piece.text.slice(headStart, headEnd), tone: piece.tone, at: piece.at === undefined ? undefined : piece.at + headStart })
      used += headWidth
      headStart = headEnd
      headWidth = 0
    }
    for (const { end, width } of graphemeCells(piece.text)) {
      if (used + headWidth + width > usable && !(headWidth === 0 && isLineStart())) {
        placeHead()
        pushLine()
      }
      if (headWidth === 0 && used + width > usable && isLineStart()) startLine('')
      headEnd = end
      headWidth += width
    }
    placeHead()
  }

  for (const word of groupWords(spans)) {
    if (word === 'break') {
      pushLine()
      continue
    }
    if (word[0].isSpace) {
      // One space between words; none at the start of a line or past its end.
      if (!isLineStart() && used < usable) place({ ...word[0], text: ' ' }, 1)
      continue
    }
    const widths = word.map((piece) => textWidth(piece.text))
    const wordWidth = widths.reduce((sum, width) => sum + width, 0)
    if (used + wordWidth > usable && !isLineStart()) pushLine()
    for (let position = 0; position < word.length; position++) place(word[position], widths[position])
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
