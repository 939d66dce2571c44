import type { Group } from '../types.js'
import { referenceMember, type AnalysisIndex } from './analysis-index.js'
import { singleSourceText } from './group-lines.js'
import { fit, textWidth, truncateLine, type Line, type Span } from './lines.js'
import { verdictMarker, verdictTone, type Tone } from './theme.js'

/**
 * How a source figures in a group, by the worst difference the engine found
 * for it: none, cosmetic, wording, conflict; or absent. Context differences
 * leave the cell alone, as they leave the verdict.
 */
export type Cell = '=' | '≈' | '~' | '!' | '·'

const cellTone: Record<Cell, Tone | undefined> = { '=': 'identical', '≈': 'equivalent', '~': 'variant', '!': 'conflict', '·': 'muted' }

export function coverageCell(group: Group, sourceId: string): Cell {
  if (!group.members.some((member) => member.source === sourceId)) return '·'
  const levels = new Set(group.differences.filter((difference) => difference.sources.includes(sourceId)).map((difference) => difference.level))
  if (levels.has('conflict')) return '!'
  if (levels.has('wording')) return '~'
  return levels.has('cosmetic') ? '≈' : '='
}

function columnWidth(index: AnalysisIndex): number {
  return Math.max(3, ...[...index.keys.values()].map(textWidth)) + 1
}

/** The header row: a column per source. */
export function matrixHeader(index: AnalysisIndex, width: number): Line {
  const column = columnWidth(index)
  const cells = [...index.keys.values()].map((key) => fit(key, column)).join('')
  return truncateLine([{ text: fit('group', Math.max(0, width - textWidth(cells))), tone: 'heading' }, { text: cells, tone: 'heading' }], width)
}

/** A matrix row per group, in the groups list's order: verdict, text, then a cell per source. */
export function matrixRows(index: AnalysisIndex, selectedIndex: number, width: number): Line[] {
  const column = columnWidth(index)
  const sources = index.analysis.sources
  const textColumnWidth = Math.max(6, width - 2 - 2 - sources.length * column)
  return index.groups.map((group, position) => {
    const isSelected = position === selectedIndex
    const reference = referenceMember(group)
    const text = group.kind === 'quote' ? `“${reference.text}”` : reference.text
    const spans: Span[] = [
      { text: isSelected ? '› ' : '  ', tone: 'accent' },
      { text: `${verdictMarker[group.verdict]} `, tone: verdictTone[group.verdict] },
      { text: fit(text.replace(/\s+/g, ' '), textColumnWidth), tone: isSelected ? 'selected' : undefined },
    ]
    for (const source of sources) {
      const cell = coverageCell(group, source.id)
      spans.push({ text: fit(` ${cell}`, column), tone: cellTone[cell] })
    }
    return truncateLine(spans, width)
  })
}

/** Totals under the matrix: groups each source takes part in, and its unique claims. */
export function matrixTotals(index: AnalysisIndex, width: number): Line[] {
  const column = columnWidth(index)
  const sources = index.analysis.sources
  const labelWidth = Math.max(0, width - sources.length * column)
  const groupCounts = sources.map((source) => index.groups.filter((group) => group.members.some((member) => member.source === source.id)).length)
  const uniqueCounts = sources.map((source) => index.singleSource.filter((single) => !single.quote && single.source === source.id).length)
  return [
    truncateLine([{ text: fit('in groups', labelWidth), tone: 'muted' }, { text: groupCounts.map((count) => fit(` ${count}`, column)).join('') }], width),
    truncateLine([{ text: fit('unique claims', labelWidth), tone: 'muted' }, { text: uniqueCounts.map((count) => fit(` ${count}`, column)).join(''), tone: 'unique' }], width),
    truncateLine([{ text: '= as the reference  ≈ cosmetic difference  ~ other words  ! conflicts  · absent', tone: 'muted' }], width),
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
