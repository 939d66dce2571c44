import type { Analysis } from '../types.js'
import { plural } from '../plural.js'
import { singleSourceItems } from '../single-source.js'
import { fit, textWidth, truncate } from './lines.js'

/**
 * The static overview printed when stdout is not a terminal (or stdin is
 * not): one line per source, then what the comparison found. `width`, a
 * terminal's, cuts each line to it, so that the table's rows do not wrap.
 */
export function formatOverview(analysis: Analysis, width?: number): string {
  const rows = analysis.sources.map((source) => [
    source.id,
    source.date ?? '-',
    source.outlet ?? '-',
    countWords(source.body).toString(),
    source.sentences.length.toString(),
    source.title ?? '-',
  ])
  const header = ['source', 'date', 'outlet', 'words', 'sentences', 'title']
  const lines = [`crosscheck: ${plural(analysis.sources.length, 'source')}`, '', ...table([header, ...rows])]

  const { claims, quotes: alone } = singleSourceItems(analysis)
  const verdicts = new Map<string, number>()
  for (const group of analysis.groups) verdicts.set(group.verdict, (verdicts.get(group.verdict) ?? 0) + 1)
  const verdictSummary = ['conflict', 'variant', 'equivalent', 'identical']
    .map((verdict) => `${verdicts.get(verdict) ?? 0} ${verdict}`)
    .join(', ')
  lines.push(
    '',
    `${plural(analysis.quotes.length, 'quote')}, ` +
      `${plural(analysis.groups.length, 'group')} (${verdictSummary}), ` +
      `${plural(claims.length, 'unique claim')}, ${plural(alone.length, 'lone quote')}`,
  )
  for (const group of analysis.groups.filter((group) => group.verdict === 'conflict')) {
    lines.push(`  conflict ${group.id}: ${group.differences.map((difference) => difference.detail).join('; ')}`)
  }
  return (width === undefined ? lines : lines.map((line) => truncate(line, width))).join('\n') + '\n'
}

/** Columns as wide as their widest cell, at most 60, in terminal cells: titles and outlets come in any script. */
function table(rows: string[][]): string[] {
  const cells = rows.map((row) => row.map((cell) => truncate(cell, 60)))
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => textWidth(row[column]))))
  return cells.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : fit(cell, widths[column])))
      .join('  ')
      .trimEnd(),
  )
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

