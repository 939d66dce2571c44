import type { Source } from '../types.js'
import type { AnalysisIndex, Passage } from './analysis-index.js'
import { lineOffset, truncateLine, wrapSpans, type Line, type Span } from './lines.js'
import { verdictMarker, verdictTone, type Tone } from './theme.js'

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
 */
export function sourceLines(source: Source, passages: readonly Passage[], selectedIndex: number, width: number): SourceLayout {
  const selected = passages[selectedIndex]
  const lines: Line[] = []
  const body = source.body
  // Paragraphs as the reader split them, one blank line between.
  const paragraphs = [...body.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)]
  for (const paragraph of paragraphs) {
    const start = paragraph.index
    const end = start + paragraph[0].length
    const inside = passages.filter((passage) => passage.start < end && passage.end > start)
    if (lines.length > 0) lines.push([])
    lines.push(...wrapSpans(markedSpans(body, start, end, inside, selected), width))
  }
  return { lines, blocks: passages.map((passage) => lineRange(lines, passage)) }
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

function lineRange(lines: readonly Line[], passage: Passage): { start: number; end: number } {
  let start = 0
  let end = 0
  lines.forEach((line, index) => {
    const offset = lineOffset(line)
    if (offset === undefined) return
    if (offset <= passage.start) start = index
    if (offset < passage.end) end = index
  })
  return { start, end: Math.max(start, end) }
}

/** The passages pane: one row per passage with its tag. */
export function passageRows(passages: readonly Passage[], selectedIndex: number, width: number): Line[] {
  return passages.map((passage, position) => {
    const isSelected = position === selectedIndex
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
  })
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
