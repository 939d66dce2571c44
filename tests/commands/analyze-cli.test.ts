import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Analysis } from '../../src/types.js'

// The built binary, as users run it (`npm test` builds before vitest).
const repository = path.resolve(import.meta.dirname, '../..')
const binary = path.join(repository, 'bin/crosscheck.js')
const photoCredit = 'Handout/Getty Images Entertainment/Getty Images'

function crosscheck(...argv: string[]) {
  return spawnSync(process.execPath, [binary, ...argv], { cwd: repository, encoding: 'utf8' })
}

describe('crosscheck analyze --json (built binary)', () => {
  it('reads the seed articles: dates, title, bodies without date prefix or photo credits', () => {
    const result = crosscheck('analyze', '--json', 'sources')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const { sources } = JSON.parse(result.stdout) as Analysis
    expect(sources.map((source) => [source.id, source.date])).toEqual([
      ['000_757aa98372dae68e', '2019-02-25'],
      ['001_6024fb6beea2f398', '2019-02-26'],
      ['002_b74358b56c09aadc', null],
    ])
    expect(sources[2].title).toBe('This Is the Exact Moment Mark Ronson and Lady Gaga Knew "Shallow" Would Be a Hit')
    expect(sources[2].body.startsWith('Lady Gaga is officially halfway to earning an EGOT')).toBe(true)
    for (const source of sources) {
      expect(source.body).not.toMatch(/^\s*date\b|\d{4}-\d{2}-\d{2}/)
      for (const sentence of source.sentences) {
        expect(sentence.text).not.toContain(photoCredit)
        expect(source.body.slice(sentence.start, sentence.end)).toBe(sentence.text)
      }
    }
    expect(sources[1].boilerplate.filter((line) => line.text === photoCredit && line.reason === 'photo credit')).toHaveLength(7)
  })

  it('names skipped files before the JSON, which stays whole when both streams go to one place', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-skipped-'))
    cpSync(path.join(repository, 'sources'), folder, { recursive: true })
    writeFileSync(path.join(folder, 'empty.txt'), '')
    const result = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${binary}" analyze --json "${folder}" 2>&1`], { encoding: 'utf8' })
    expect(result.status).toBe(0)
    const problem = `crosscheck: ${path.join(folder, 'empty.txt')}: file is empty\n`
    expect(result.stdout.startsWith(problem)).toBe(true)
    expect((JSON.parse(result.stdout.slice(problem.length)) as Analysis).sources).toHaveLength(3)
  })

  it('reads an article past broken front matter, says so on every run, and keeps the notice out of the JSON', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-front-matter-'))
    cpSync(path.join(repository, 'sources'), folder, { recursive: true })
    writeFileSync(path.join(folder, 'broken.md'), '---\ntitle: "unclosed\n---\n\nThe council met on Monday. "We will act," said Ann Lee.\n')
    const cache = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-front-matter-cache-'))
    for (const run of ['first', 'cached']) {
      const result = spawnSync(process.execPath, [binary, 'analyze', '--json', folder], { encoding: 'utf8', env: { ...process.env, CROSSCHECK_CACHE_DIR: cache } })
      expect(result.status, run).toBe(0)
      expect(result.stderr, run).toMatch(new RegExp(`^crosscheck: ${path.join(folder, 'broken.md').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: front matter is not valid YAML \\(.+\\); read without it\n$`))
      const { sources } = JSON.parse(result.stdout) as Analysis
      expect(sources.find((source) => source.id === 'broken')).toMatchObject({ title: null, body: 'The council met on Monday. "We will act," said Ann Lee.' })
      expect(result.stdout).not.toContain('readProblem')
    }
  })

  it('reads front matter with an unknown YAML tag, a date that names no day, or no closing line nor blank line, saying what it must', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-front-matter-'))
    writeFileSync(path.join(folder, 'dated.md'), '---\ntitle: Dated\ndate: 2023-13-05\n---\n\nThe council met on Monday.\n')
    writeFileSync(path.join(folder, 'open.md'), '---\ntitle: Open\noutlet: Daily\nThe council met on Monday.\n')
    writeFileSync(path.join(folder, 'tagged.md'), '---\ntitle: Tagged\noutlet: !!js/function "function(){}"\ntags: [a, b]\n---\n\nThe council met on Monday.\n')
    const result = spawnSync(process.execPath, [binary, 'analyze', '--json', '--no-cache', folder], { encoding: 'utf8' })
    expect(result.status).toBe(0)
    // No line for the tag: node's multi-line warning is not printed either.
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `crosscheck: ${path.join(folder, 'dated.md')}: the date "2023-13-05" names no day (write it as 2019-02-25); kept as written`,
      `crosscheck: ${path.join(folder, 'open.md')}: front matter has no closing \`---\` line; read up to the first line that is not a field`,
    ])
    expect((JSON.parse(result.stdout) as Analysis).sources.map(({ title, outlet, date, body }) => [title, outlet, date, body])).toEqual([
      ['Dated', null, '2023-13-05', 'The council met on Monday.'],
      ['Open', 'Daily', null, 'The council met on Monday.'],
      ['Tagged', 'function(){}', null, 'The council met on Monday.'],
    ])
  })

  it('exits 2 with one line naming a missing path', () => {
    const result = crosscheck('analyze', '--json', 'no-such-folder')
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('crosscheck: no-such-folder: no such file or folder\n')
  })
})
