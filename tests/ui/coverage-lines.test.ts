import { expect, test } from 'vitest'
import { indexAnalysis, sourceKeys } from '../../src/ui/analysis-index.js'
import { coverageCell, matrixHeader, matrixLayout, matrixRows, matrixTotals } from '../../src/ui/coverage-lines.js'
import type { Analysis } from '../../src/types.js'
import { seedLikeAnalysis } from './fixture.js'

/** The seed-like analysis with `count` sources: the fixture's, then copies of its first under other ids. */
function withSources(count: number): Analysis {
  const [first] = seedLikeAnalysis.sources
  const extra = Array.from({ length: count - seedLikeAnalysis.sources.length }, (_, index) => ({ ...first, id: `extra-${index}`, file: `extra-${index}.txt` }))
  return { ...seedLikeAnalysis, sources: [...seedLikeAnalysis.sources, ...extra] }
}

const texts = (line: ReadonlyArray<{ text: string }>) => line.map((span) => span.text).join('')

test.each([
  [3, 3],
  [18, 13],
  [30, 13],
])('with %i sources at 80 columns, %i are shown, each source’s cells and totals under its key', (count, shown) => {
  const index = indexAnalysis(withSources(count))
  const layout = matrixLayout(index, 80)
  const header = texts(matrixHeader(index, layout, 80))
  const [row] = matrixRows(index, layout, 0, 80).map(texts)
  const [inGroups, uniqueClaims, legend] = matrixTotals(index, layout, 80).map(texts)
  expect(layout.shown).toBe(shown)
  for (let source = 0; source < layout.shown; source++) {
    const at = layout.labelWidth + source * layout.column
    expect(header.slice(at).startsWith(index.keys.get(index.analysis.sources[source].id)!)).toBe(true)
    // A cell and a count are written one space into their column.
    for (const line of [row, inGroups, uniqueClaims]) expect(line[at]).toBe(' ')
    expect(row[at + 1]).toMatch(/[=≈~!·]/)
    expect(inGroups[at + 1]).toMatch(/\d/)
  }
  for (const line of [header, row, inGroups, uniqueClaims]) expect(line.length).toBeLessThanOrEqual(80)
  expect(legend.startsWith(`sources 1–${layout.shown} of ${count} shown (←/→ for the others)`)).toBe(layout.shown < count)
  // Sources that overflow leave the row's text a third of the width or so to be read by.
  if (layout.shown < count) expect(layout.labelWidth).toBeGreaterThanOrEqual(28)
})

test('the columns start at the source asked for, as far as the last source lets them, header, cells and totals alike', () => {
  const index = indexAnalysis(withSources(18))
  const keyAt = (layout: ReturnType<typeof matrixLayout>) => texts(matrixHeader(index, layout, 80)).slice(layout.labelWidth).trim().split(/\s+/)
  const moved = matrixLayout(index, 80, 2)
  expect(moved).toMatchObject({ first: 2, shown: 13 })
  expect(keyAt(moved)).toEqual(index.analysis.sources.slice(2, 15).map((source) => index.keys.get(source.id)))
  expect(texts(matrixTotals(index, moved, 80)[2])).toMatch(/^sources 3–15 of 18 shown/)
  // Past the last source, the last columns; all sources fitting, the first.
  expect(matrixLayout(index, 80, 40)).toMatchObject({ first: 5, shown: 13 })
  expect(matrixLayout(indexAnalysis(withSources(3)), 80, 2)).toMatchObject({ first: 0, shown: 3 })
  const [row] = matrixRows(index, moved, 0, 80).map(texts)
  const cells = row.slice(moved.labelWidth).trim().split(/\s+/)
  expect(cells).toEqual(index.analysis.sources.slice(2, 15).map((source) => coverageCell(index.groups[0], source.id)))
})

test('source keys: outlets\' capitals, else the number a file name opens with when those collide, else the order', () => {
  const source = (id: string, outlet: string | null) => ({ ...seedLikeAnalysis.sources[0], id, outlet })
  const keysOf = (sources: ReturnType<typeof source>[]) => [...sourceKeys(sources).values()]
  expect(keysOf([source('a', 'The New York Times'), source('b', 'Fox News')])).toEqual(['NYT', 'FN'])
  expect(keysOf([source('00248_basil-1', 'Fox News'), source('00249_basil-2', 'Fox News'), source('01000_as-3', 'Fox News')])).toEqual(['248', '249', '1000'])
  expect(keysOf([source('fox-1', 'Fox News'), source('fox-2', 'Fox News')])).toEqual(['1', '2'])
})
