import type { Source } from '../types.js'
import type { AnalysisIndex, Passage } from './analysis-index.js'
import { lineOffset, truncateLine, wrapSpans, type Line, type Span } from './lines.js'
import { verdictMarker, verdictTone, type Tone } from './theme.js'
import { partitionPoint } from '../partition-point.js'

export interface SourceLayout {
  lines: Line[]
  /** First and last line of each passage, in the passages' order. */
  blocks: Array<{ start: number; end: number }>
}

/**
 * A source's text with its passages marked: group members open with their
 * group's tag (`[!g3]`, the verdict marker and id), claims no other source
 * makes with `[only]`, quotes keep their colour. The selected passage is
 * shown in reverse and its tag starts with `▶`.
 *
 * Each key moves the selection: the paragraphs are laid out once per source
 * and width (paragraphLayouts), and only those holding the selected passage
 * again. Laying out all of a long article per key had taken seconds (1.4 MB
 * of one-line paragraphs, 20,000 passages: 6.8 s a key).
 */
export function sourceLines(source: Source, passages: readonly Passage[], selectedIndex: number, width: number): SourceLayout {
  const selected = passages[selectedIndex]
  const lines: Line[] = []
  for (const paragraph of paragraphLayouts(source, passages, width)) {
    if (lines.length > 0) lines.push([])
    const isSelectedHere = selected !== undefined && paragraph.passages.includes(selected)
    const own = isSelectedHere ? wrapSpans(markedSpans(source.body, paragraph.start, paragraph.end, paragraph.passages, selected), width) : paragraph.lines
    for (const line of own) lines.push(line)
  }
  return { lines, blocks: lineRanges(lines, passages) }
}

interface ParagraphLayout {
  start: number
  end: number
  /** The passages that overlap it, in the passages' order. */
  passages: Passage[]
  /** Its lines with nothing selected. */
  lines: Line[]
}

// One source's paragraphs as last laid out: the UI shows one source at a time.
let lastLayout: { source: Source; passages: readonly Passage[]; width: number; paragraphs: ParagraphLayout[] } | undefined

/** The paragraphs as the reader split them (one blank line between), each with its passages and lines. */
function paragraphLayouts(source: Source, passages: readonly Passage[], width: number): ParagraphLayout[] {
  if (lastLayout && lastLayout.source === source && lastLayout.passages === passages && lastLayout.width === width) return lastLayout.paragraphs
  const body = source.body
  const paragraphs: ParagraphLayout[] = [...body.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    passages: [],
    lines: [],
  }))
  // Each passage to the paragraphs it overlaps: the first found by bisection, as paragraphs are in order.
  for (const passage of passages) {
    const first = partitionPoint(paragraphs.length, (at) => paragraphs[at].end <= passage.start)
    for (let at = first; at < paragraphs.length && paragraphs[at].start < passage.end; at++) paragraphs[at].passages.push(passage)
  }
  for (const paragraph of paragraphs) paragraph.lines = wrapSpans(markedSpans(body, paragraph.start, paragraph.end, paragraph.passages, undefined), width)
  lastLayout = { source, passages, width, paragraphs }
  return paragraphs
}

/**
 * First and last line of each passage: the last line that starts at or
 * before the passage's start, and the last that starts before its end
 * (lines without text, between paragraphs, start nowhere).
 */
function lineRanges(lines: readonly Line[], passages: readonly Passage[]): Array<{ start: number; end: number }> {
  const lineIndexes: number[] = []
  const offsets: number[] = []
  lines.forEach((line, index) => {
    const offset = lineOffset(line)
    if (offset === undefined) return
    lineIndexes.push(index)
    offsets.push(offset)
  })
  // The last line with an offset at most `limit` (or below it, when `isStrict`); line 0 when none.
  const lastLineBefore = (limit: number, isStrict: boolean) => {
    const count = partitionPoint(offsets.length, (at) => (isStrict ? offsets[at] < limit : offsets[at] <= limit))
    return count === 0 ? 0 : lineIndexes[count - 1]
  }
  return passages.map((passage) => {
    const start = lastLineBefore(passage.start, false)
    return { start, end: Math.max(start, lastLineBefore(passage.end, true)) }
  })
}

function markedSpans(body: string, start: number, end: number, passages: readonly Passage[], selected: Passage | undefined): Span[] {
  // A quote's tag goes before its opening quote mark, not inside the quote.
  const tagAt = new Map(passages.map((passage) => [passage, openingMark.test(body[passage.start - 1] ?? '') ? passage.start - 1 : passage.start]))
  const cuts = new Set([start, end])
  for (const passage of passages) {
    cuts.add(Math.max(start, tagAt.get(passage)!))
    cuts.add(Math.max(start, passage.start))
    cuts.add(Math.min(end, passage.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const spans: Span[] = []
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index]
    const to = points[index + 1]
    for (const passage of passages) {
      if (tagAt.get(passage) === from) spans.push(tagSpan(passage, passage === selected))
    }
    const active = passages.filter((passage) => passage.start <= from && passage.end >= to)
    spans.push({ text: body.slice(from, to).replace(/\n/g, ' '), tone: textTone(active, selected), at: from })
  }
  return spans
}

const openingMark = /["“‘']/

function tagSpan(passage: Passage, isSelected: boolean): Span {
  const pointer = isSelected ? '▶' : ''
  if (passage.kind === 'group' && passage.group) {
    const { verdict, id } = passage.group
    return { text: `${pointer}[${verdictMarker[verdict]}${id}]`, tone: isSelected ? 'selected' : verdictTone[verdict], at: passage.start }
  }
  // (A quote passage is a quote in no group: no other source prints it.)
  return { text: `${pointer}[only]`, tone: isSelected ? 'selected' : 'unique', at: passage.start }
}

/** The selected passage wins; otherwise the innermost (shortest) passage colours the text. */
function textTone(active: readonly Passage[], selected: Passage | undefined): Tone | undefined {
  if (selected && active.includes(selected)) return 'selected'
  const innermost = [...active].sort((a, b) => a.end - a.start - (b.end - b.start))[0]
  if (!innermost) return undefined
  if (innermost.kind === 'group' && innermost.group) return verdictTone[innermost.group.verdict]
  return innermost.kind === 'unique' ? 'unique' : 'quote'
}

/** The passages pane: one row per passage with its tag; the rows of the passages not selected are made once per source and width. */
export function passageRows(passages: readonly Passage[], selectedIndex: number, width: number): Line[] {
  if (!lastRows || lastRows.passages !== passages || lastRows.width !== width) {
    lastRows = { passages, width, rows: passages.map((passage) => passageRow(passage, false, width)) }
  }
  const rows = [...lastRows.rows]
  if (selectedIndex >= 0 && selectedIndex < passages.length) rows[selectedIndex] = passageRow(passages[selectedIndex], true, width)
  return rows
}

let lastRows: { passages: readonly Passage[]; width: number; rows: Line[] } | undefined

function passageRow(passage: Passage, isSelected: boolean, width: number): Line {
  const spans: Span[] = [{ text: isSelected ? '› ' : '  ', tone: 'accent' }]
  if (passage.group) {
    const { verdict, id } = passage.group
    spans.push({ text: `[${verdictMarker[verdict]}${id}] `, tone: verdictTone[verdict] })
  } else if (passage.kind === 'unique') {
    spans.push({ text: '[only] ', tone: 'unique' })
  } else {
    const speaker = passage.quote?.speaker
    spans.push({ text: speaker ? `${speaker}: ` : 'quote: ', tone: 'muted' })
  }
  const quoted = passage.kind === 'quote' || passage.group?.kind === 'quote' ? `“${passage.text}”` : passage.text
  spans.push({ text: quoted.replace(/\s+/g, ' '), tone: isSelected ? 'selected' : undefined })
  return truncateLine(spans, width)
}

/** A one-line description of a passage, for narrow screens without the passages pane. */
export function passageSummary(passage: Passage | undefined, index: AnalysisIndex): Span[] {
  if (!passage) return [{ text: 'no quotes or grouped passages in this source', tone: 'muted' }]
  if (passage.group) {
    const others = new Set(passage.group.members.map((member) => index.keys.get(member.source))).size - 1
    return [
      { text: `[${verdictMarker[passage.group.verdict]}${passage.group.id}] ${passage.group.verdict}`, tone: verdictTone[passage.group.verdict] },
      { text: ` · ${others} other ${others === 1 ? 'source' : 'sources'} · Enter opens the group`, tone: 'muted' },
    ]
  }
  if (passage.kind === 'unique') return [{ text: '[only] no other source reports this', tone: 'unique' }]
  return [{ text: `quote${passage.quote?.speaker ? ` by ${passage.quote.speaker}` : ''}, in no group`, tone: 'muted' }]
}
