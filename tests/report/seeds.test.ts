import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Delete, Strong } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { analyzePaths } from '../../src/analyze.js'
import { renderReport } from '../../src/report/build.js'
import { firstTable, headings, nodesOfType, parseReport, section, tableTexts } from './parse.js'

const repository = path.resolve(import.meta.dirname, '../..')
const committed = path.join(repository, 'reports/seeds.md')

describe('reports/seeds.md', () => {
  it('is what `crosscheck report sources --name seeds` writes today (run `npm run report:seeds` after engine changes)', async () => {
    const { analysis } = await analyzePaths([path.join(repository, 'sources')])
    expect(renderReport(analysis, { name: 'seeds' })).toBe(await readFile(committed, 'utf8'))
  })

  it('shows the acceptance findings on the seed articles', async () => {
    const tree = parseReport(await readFile(committed, 'utf8'))
    const coverage = tableTexts(firstTable(section(tree, 'Coverage')))
    expect(coverage[0].slice(3)).toEqual(['000_757a…', '001_6024…', '002_b743…'])

    const quoteRows = firstTable(section(tree, 'Quotes')).children.slice(1)
    const rowOf = (words: string) => quoteRows.find((row) => toString(row.children[1]).includes(words))
    const nailed = rowOf('Did I nail it?')
    expect(nailed && toString(nailed.children[nailed.children.length - 1])).toMatch(/^identical/)
    const proud = rowOf('proud of you')
    expect(proud && toString(proud.children[proud.children.length - 1])).toMatch(/^equivalent: .*censorship/)
    const proudGroup = section(tree, headings(tree, 3).find((title) => title.startsWith(`${toString(proud!.children[0])}:`))!)
    const marked = [...nodesOfType<Delete>(proudGroup, 'delete'), ...nodesOfType<Strong>(proudGroup, 'strong')].map((node) => toString(node))
    expect(marked).toEqual(expect.arrayContaining([expect.stringMatching(/^fucking/), expect.stringMatching(/^f\*cking/)]))

    for (const [label, words] of [
      ['000_757a…', '325 MILLION views on YouTube'],
      ['001_6024…', "mirroring each other's body language"],
      ['002_b743…', 'plenty of Jameson'],
    ]) {
      expect(section(tree, `Only in ${label}`).map((node) => toString(node)).join(' ')).toContain(words)
    }
  })
})
