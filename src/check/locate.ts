import type { Position } from 'unist'
import type { Span } from '../types.js'

/** How many occurrences of a text are weighed before the nearest is taken. */
const maxCandidates = 50
/** Words of a quote used to find it when markup or line breaks come between them. */
const maxPatternWords = 12
/** How much further than its first words' end a quote's last words may start: lengths of its text, and characters of markup. */
const maxStretch = 2
const maxMarkupAfter = 1000

/**
 * Place body spans in the file as written. The body is the prose after the
 * reader took off a date prefix, title, front matter, HTML or boilerplate, so
 * offsets shift; each span's text is looked up in the original, in body
 * order, taking the occurrence nearest to where the previous span's shift
 * puts it. Text the reader rewrote (Markdown emphasis, escapes and links,
 * joined lines, HTML tags and entities) is found by its words alone, from
 * its first words to its last; what cannot be found at all is placed at the
 * start of the file.
 */
export function locateSpans(original: string, body: string, spans: readonly Span[]): Position[] {
  const lineStarts = lineStartsOf(original)
  const order = spans.map((_, index) => index).sort((a, b) => spans[a].start - spans[b].start || spans[a].end - spans[b].end)
  const positions: Position[] = new Array(spans.length)

  const opening = body.slice(0, 40).trim()
  let shift = opening.length > 0 ? Math.max(0, original.indexOf(opening)) : 0
  let cursor = 0
  for (const index of order) {
    const span = spans[index]
    const text = body.slice(span.start, span.end)
    const found = findNearest(original, text, cursor, span.start + shift)
    if (!found) {
      positions[index] = toPosition(lineStarts, 0, 0)
      continue
    }
    positions[index] = toPosition(lineStarts, found.start, found.end)
    shift = found.start - span.start
    cursor = found.start
  }
  return positions
}

function findNearest(original: string, text: string, from: number, expected: number): { start: number; end: number } | undefined {
  if (text.length === 0) return undefined
  const exact = nearest(exactOccurrences(original, text, from), expected)
  if (exact !== undefined) return { start: exact, end: exact + text.length }

  const words = text.match(/[\p{L}\p{N}]+/gu)
  if (!words) return undefined
  const pattern = wordPattern(words.slice(0, maxPatternWords))
  const matches: Array<{ start: number; end: number }> = []
  pattern.lastIndex = from
  for (let match = pattern.exec(original); match && matches.length < maxCandidates; match = pattern.exec(original)) {
    matches.push({ start: match.index, end: match.index + match[0].length })
  }
  const start = nearest(
    matches.map((match) => match.start),
    expected,
  )
  const found = matches.find((match) => match.start === start)
  if (!found) return undefined
  let { end } = found
  if (words.length > maxPatternWords) {
    // A long quote ends where its last words do, not where its first twelve do: near, not at a later repetition.
    const ending = wordPattern(words.slice(-maxPatternWords))
    ending.lastIndex = found.start
    const last = ending.exec(original)
    if (last && last.index <= found.end + maxStretch * text.length + maxMarkupAfter) end = last.index + last[0].length
  }
  // The marks after its last word, as the quote has them (`year,`).
  const trailing = text.slice(wordEnd(text))
  return { start: found.start, end: original.startsWith(trailing, end) ? end + trailing.length : end }
}

/** Where the text's last letter or digit ends: read from the end, as `/[^\p{L}\p{N}]*$/` would retry at every mark of a long run. */
function wordEnd(text: string): number {
  let end = text.length
  for (;;) {
    // (A letter outside the first plane is two code units: read it whole.)
    const width = end >= 2 && /[\uDC00-\uDFFF]/.test(text[end - 1]) ? 2 : 1
    if (end === 0 || /[\p{L}\p{N}]/u.test(text.slice(end - width, end))) return end
    end -= width
  }
}

function exactOccurrences(original: string, text: string, from: number): number[] {
  const found: number[] = []
  for (let at = original.indexOf(text, from); at !== -1 && found.length < maxCandidates; at = original.indexOf(text, at + 1)) found.push(at)
  return found
}

function nearest(candidates: readonly number[], expected: number): number | undefined {
  let best: number | undefined
  for (const candidate of candidates) {
    if (best === undefined || Math.abs(candidate - expected) < Math.abs(best - expected)) best = candidate
  }
  return best
}

// What follows a link's text: its target, `(http://…)` or `(http://… "a title")`, or a reference, `[1]`.
const afterLinkText = '(?:\\((?:[^()\\s]*)(?:\\s+"[^"]*")?\\)|\\[[^\\[\\]]*\\])'

/**
 * Between two words of a quote in the file: marks and spaces, and the markup the reader took off, whatever letters it
 * holds: HTML tags (`<em>`), entities (`&#8217;`, `&ldquo;`) and what follows a Markdown link's text. Each stretch
 * parses one way: a lone `<`, `&` or `]` only where no tag, entity or link target starts, else markup without letters
 * (`<>`, `](#)`) over and over has two readings each, and the pattern backtracks through all of them.
 */
const between = `(?:[^\\p{L}\\p{N}<&\\]]|<[^<>]*>|&#?[\\p{L}\\p{N}]+;|\\]${afterLinkText}|<(?![^<>]*>)|&(?!#?[\\p{L}\\p{N}]+;)|\\](?!${afterLinkText}))+`

/** The words in order, with what may stand between them in the file. */
function wordPattern(words: readonly string[]): RegExp {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join(between)}(?![\\p{L}\\p{N}])`, 'gu')
}

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

function toPosition(lineStarts: readonly number[], start: number, end: number): Position {
  return { start: toPoint(lineStarts, start), end: toPoint(lineStarts, end) }
}

function toPoint(lineStarts: readonly number[], offset: number): Position['start'] {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (lineStarts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1, offset }
}
