import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PairFileError, parsePairFile, scorePairs } from '../../src/align/similarity-pairs.js'

// The built binary, as users run it (`npm test` builds before vitest).
const repository = path.resolve(import.meta.dirname, '../..')
const binary = path.join(repository, 'bin/crosscheck.js')
const header = 'Quality\t#1 ID\t#2 ID\t#1 String\t#2 String'

function crosscheck(...argv: string[]) {
  return spawnSync(process.execPath, [binary, ...argv], { cwd: repository, encoding: 'utf8' })
}

function writeTemporary(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-pairs-')), name)
  writeFileSync(file, content)
  return file
}

const rows = [
  '1\t101\t201\tThe mayor called the decision "a disaster" on Monday.\tOn Monday the mayor called the decision a disaster.',
  'not a pair at all',
  '0\t102\t202\tPolice arrested two men after the robbery at a jewellery store.\tThe orchestra will play three concerts in Vienna next spring.',
  '1\t103\t203\tThe fire destroyed 14,000 acres of forest near the town.\tThe fire destroyed 17,000 acres of forest near the town.',
]

describe('parsePairFile', () => {
  it('reads the MSRP layout after a BOM, keeps bare quotes, reports malformed lines', () => {
    const { pairs, problems } = parsePairFile(`\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`)
    expect(pairs.map((pair) => [pair.line, pair.isSame, pair.id1, pair.id2])).toEqual([
      [2, true, '101', '201'],
      [4, false, '102', '202'],
      [5, true, '103', '203'],
    ])
    expect(pairs[0].text1).toBe('The mayor called the decision "a disaster" on Monday.')
    expect(problems).toEqual([{ line: 3, reason: 'expected 5 tab-separated fields, found 1' }])
  })

  it('rejects a bad quality value and empty fields, and a file without the header', () => {
    const { problems } = parsePairFile(`${header}\nyes\ta\tb\tOne.\tTwo.\n1\ta\t\tOne.\tTwo.\n`)
    expect(problems).toEqual([
      { line: 2, reason: 'expected quality 0 or 1, found "yes"' },
      { line: 3, reason: 'empty id or sentence' },
    ])
    expect(() => parsePairFile('1\ta\tb\tOne.\tTwo.\n')).toThrow(PairFileError)
  })

  it('scores pairs with IDF from the whole file', () => {
    const { pairs } = parsePairFile(`${header}\n${rows.join('\n')}\n`)
    const [reworded, unrelated, numbers] = scorePairs(pairs).map(({ result }) => result)
    expect(reworded.isSame).toBe(true)
    expect(unrelated.isSame).toBe(false)
    expect(numbers.numbersDisagree).toBe(true)
  })
})

describe('crosscheck pairs (built binary)', () => {
  it('prints id1, id2, score and same per pair and names the malformed line', () => {
    const file = writeTemporary('pairs.tsv', `\uFEFF${header}\n${rows.join('\n')}\n`)
    const result = crosscheck('pairs', file)
    expect(result.status).toBe(0)
    expect(result.stderr).toBe(`crosscheck: ${file}:3: expected 5 tab-separated fields, found 1; line skipped\n`)
    const lines = result.stdout.trimEnd().split('\n').map((line) => line.split('\t'))
    expect(lines.map((fields) => [fields[0], fields[1], fields[3]])).toEqual([
      ['101', '201', '1'],
      ['102', '202', '0'],
      ['103', '203', '1'],
    ])
    for (const fields of lines) expect(fields[2]).toMatch(/^[01]\.\d{4}$/)
    // The same rule as the library: same is 1 exactly when the score reaches the threshold.
    const { pairs } = parsePairFile(`${header}\n${rows.join('\n')}\n`)
    expect(scorePairs(pairs).map(({ result }) => result.score.toFixed(4))).toEqual(lines.map((fields) => fields[2]))
  })

  it('exits 2 with one line naming a missing file, a folder, or a file without the header', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-pairs-'))
    mkdirSync(path.join(folder, 'inner.tsv'))
    const headerless = writeTemporary('headerless.tsv', `${rows[0]}\n`)
    const onlyHeader = writeTemporary('empty.tsv', `${header}\n`)
    const cases: Array<[string, string]> = [
      ['no-such-pairs.tsv', 'crosscheck: no-such-pairs.tsv: no such file\n'],
      [path.join(folder, 'inner.tsv'), `crosscheck: ${path.join(folder, 'inner.tsv')}: is a folder, expected a TSV file\n`],
      [headerless, `crosscheck: ${headerless}: expected a header line "Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String"\n`],
      [onlyHeader, `crosscheck: ${onlyHeader}: no sentence pairs\n`],
    ]
    for (const [file, message] of cases) {
      const result = crosscheck('pairs', file)
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toBe(message)
    }
  })
})
