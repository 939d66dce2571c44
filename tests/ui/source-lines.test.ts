import { expect, test } from 'vitest'
import { indexAnalysis } from '../../src/ui/analysis-index.js'
import { passageRows, sourceLines } from '../../src/ui/source-lines.js'
import type { Analysis, UniqueClaim } from '../../src/types.js'
import { seedLikeAnalysis } from './fixture.js'

test('a source\'s lines with each passage selected are the same whether laid out afresh or from the last layout', () => {
  const index = indexAnalysis(seedLikeAnalysis)
  for (const source of seedLikeAnalysis.sources) {
    const passages = index.passages(source.id)
    for (let selected = 0; selected < passages.length; selected++) {
      const moved = sourceLines(source, passages, selected, 50)
      // (A layout at another width in between: the next one at 50 is made afresh.)
      sourceLines(source, passages, selected, 51)
      expect(moved).toEqual(sourceLines(source, passages, selected, 50))
      expect(passageRows(passages, selected, 50)[selected][0].text).toBe('› ')
    }
  }
})

test('a long article: moving the selection lays out again only the paragraphs it leaves and enters', () => {
  const paragraphs = Array.from({ length: 3000 }, (_, number) => `The council met in district ${number} and voted on the budget.`)
  const body = paragraphs.join('\n\n')
  const source = { ...seedLikeAnalysis.sources[0], id: 'long', body }
  const unique: UniqueClaim[] = paragraphs.map((text) => ({ source: 'long', text, start: body.indexOf(text), end: body.indexOf(text) + text.length }))
  const analysis: Analysis = { sources: [source], quotes: [], titles: [], groups: [], unique }
  const passages = indexAnalysis(analysis).passages('long')
  const first = sourceLines(source, passages, 10, 80)
  const next = sourceLines(source, passages, 11, 80)
  // Paragraph n is line 2n (a blank line between): all but the two touched are the very same lines.
  const changed = next.lines.flatMap((line, at) => (line.length === 0 || line === first.lines[at] ? [] : [at]))
  expect(changed).toEqual([20, 22])
  expect([first.blocks[10], next.blocks[2999]]).toEqual([{ start: 20, end: 20 }, { start: 5998, end: 5998 }])
})
