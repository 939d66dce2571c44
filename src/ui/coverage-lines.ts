import type { Group } from '../types.js'
import { referenceMember, type AnalysisIndex } from './analysis-index.js'
import { singleSourceText } from './group-lines.js'
import { fit, textWidth, truncateLine, type Line, type Span } from './lines.js'
import { verdictMarker, verdictTone, type Tone } from './theme.js'
import { sourcesInConflict } from '../conflict-sides.js'

/**
 * How a source figures in a group, by the worst difference the engine found
 * for it: none, cosmetic, wording, conflict (the reference's source too when
 * no other source backs it: see sourcesInConflict); or absent. Context
 * differences leave the cell alone, as they leave the verdict.
 */
export type Cell = '=' | '≈' | '~' | '!' | '·'

const cellTone: Record<Cell, Tone | undefined> = { '=': 'identical', '≈': 'equivalent', '~': 'variant', '!': 'conflict', '·': 'muted' }

export function coverageCell(group: Group, sourceId: string): Cell {
  if (!group.members.some((member) => member.source === sourceId)) return '·'
  if (sourcesInConflict(group).has(sourceId)) return '!'
  const levels = new Set(group.differences.filter((difference) => difference.sources.includes(sourceId)).map((difference) => difference.level))
  if (levels.has('wording')) return '~'
  return levels.has('cosmetic') ? '≈' : '='
}

function columnWidth(index: AnalysisIndex): number {
  return Math.max(3, ...[...index.keys.values()].map(textWidth)) + 1
}

/**
 * Where the matrix's columns go at `width`: the label (the rows' marker, verdict and text; the totals' names) takes
 * what the sources leave, at least `minTextWidth` of text, and as many sources as then fit follow it, in order. Header,
 * rows and totals share it, so each source's cells stand under its key.
 */
export interface MatrixLayout {
  column: number
  labelWidth: number
  /** The sources shown: `shown` of the analysis's, from the one at `first`. */
  first: number
  shown: number
}

/** Marker (`› `) and verdict (`~ `) before a row's text. */
const rowPrefixWidth = 4
const minTextWidth = 6
/** The share of the width a row's text keeps when the sources overflow it. */
const minTextShare = 0.35

/** The layout at `width`, its sources from the one at `wantedFirst` (←/→ in the view) as far as the last one lets them. */
export function matrixLayout(index: AnalysisIndex, width: number, wantedFirst = 0): MatrixLayout {
  const column = columnWidth(index)
  const sourceCount = index.analysis.sources.length
  // When the sources do not all fit, the text keeps a share of the width to be read by (`! Initi…` was all it had).
  const minText = rowPrefixWidth + sourceCount * column + minTextWidth > width ? Math.max(minTextWidth, Math.floor(width * minTextShare) - rowPrefixWidth) : minTextWidth
  const labelWidth = rowPrefixWidth + Math.max(minText, width - rowPrefixWidth - sourceCount * column)
  const shown = Math.min(sourceCount, Math.max(0, Math.floor((width - labelWidth) / column)))
  return { column, labelWidth, first: Math.max(0, Math.min(wantedFirst, sourceCount - shown)), shown }
}

/** The sources the layout shows, in order. */
function shownSources(index: AnalysisIndex, layout: MatrixLayout) {
  return index.analysis.sources.slice(layout.first, layout.first + layout.shown)
}

/** The header row: a column per source shown. */
export function matrixHeader(index: AnalysisIndex, layout: MatrixLayout, width: number): Line {
  const keys = shownSources(index, layout).map((source) => index.keys.get(source.id) ?? source.id)
  const cells = keys.map((key) => fit(key, layout.column)).join('')
  return truncateLine([{ text: fit('group', layout.labelWidth), tone: 'heading' }, { text: cells, tone: 'heading' }], width)
}

/** A matrix row per group, in the groups list's order: verdict, text, then a cell per source shown. */
export function matrixRows(index: AnalysisIndex, layout: MatrixLayout, selectedIndex: number, width: number): Line[] {
  const sources = shownSources(index, layout)
  return index.groups.map((group, position) => {
    const isSelected = position === selectedIndex
    const reference = referenceMember(group)
    const text = group.kind === 'quote' ? `“${reference.text}”` : reference.text
    const spans: Span[] = [
      { text: isSelected ? '› ' : '  ', tone: 'accent' },
      { text: `${verdictMarker[group.verdict]} `, tone: verdictTone[group.verdict] },
      { text: fit(text.replace(/\s+/g, ' '), layout.labelWidth - rowPrefixWidth), tone: isSelected ? 'selected' : undefined },
    ]
    for (const source of sources) {
      const cell = coverageCell(group, source.id)
      spans.push({ text: fit(` ${cell}`, layout.column), tone: cellTone[cell] })
    }
    return truncateLine(spans, width)
  })
}

/** Totals under the matrix: groups each source shown takes part in, and its unique claims; then the legend. */
export function matrixTotals(index: AnalysisIndex, layout: MatrixLayout, width: number): Line[] {
  const sources = shownSources(index, layout)
  const groupCounts = new Map<string, number>()
  for (const group of index.groups) for (const source of new Set(group.members.map((member) => member.source))) groupCounts.set(source, (groupCounts.get(source) ?? 0) + 1)
  const uniqueCounts = new Map<string, number>()
  for (const single of index.singleSource) if (!single.quote) uniqueCounts.set(single.source, (uniqueCounts.get(single.source) ?? 0) + 1)
  const row = (label: string, counts: ReadonlyMap<string, number>, tone?: Span['tone']) =>
    truncateLine([{ text: fit(label, layout.labelWidth), tone: 'muted' }, { text: sources.map((source) => fit(` ${counts.get(source.id) ?? 0}`, layout.column)).join(''), tone }], width)
  const total = index.analysis.sources.length
  const legend = '= as the reference  ≈ cosmetic difference  ~ other words  ! conflicts  · absent'
  return [
    row('in groups', groupCounts),
    row('unique claims', uniqueCounts, 'unique'),
    truncateLine([{ text: layout.shown < total ? `sources ${layout.first + 1}–${layout.first + layout.shown} of ${total} shown (←/→ for the others)  ${legend}` : legend, tone: 'muted' }], width),
  ]
}

/** The pane of what only one source reports: a row per claim, then per quote in no group, with its id and source. */
export function uniqueRows(index: AnalysisIndex, selectedIndex: number, width: number): Line[] {
  const keyWidth = columnWidth(index)
  // (A loop: spreading hundreds of thousands of items into Math.max overflows the stack.)
  let idWidth = 1
  for (const single of index.singleSource) idWidth = Math.max(idWidth, single.id.length + 1)
  return index.singleSource.map((single, position) => {
    const isSelected = position === selectedIndex
    const prefix: Span[] = [
      { text: isSelected ? '› ' : '  ', tone: 'accent' },
      { text: fit(single.id, idWidth), tone: 'muted' },
      { text: fit(index.keys.get(single.source) ?? single.source, keyWidth), tone: 'unique' },
    ]
    const used = prefix.reduce((sum, span) => sum + textWidth(span.text), 0)
    const text = singleSourceText(single, Math.max(1, width - used)).map((span) => (isSelected && span.tone === undefined ? { ...span, tone: 'selected' as const } : span))
    return truncateLine([...prefix, ...text], width)
  })
}
