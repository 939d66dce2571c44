import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { analyzePaths } from '../../src/analyze.js'
import { runCli } from '../helpers/run-cli.js'
import { renderReport } from '../../src/report/build.js'

const repository = path.resolve(import.meta.dirname, '../..')
const seeds = path.join(repository, 'sources')
const binary = path.join(repository, 'bin/crosscheck.js')

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'crosscheck-report-cli-'))
})

describe('crosscheck report', () => {
  it('writes the report to stdout with -o -', async () => {
    const result = await runCli(['report', seeds, '-o', '-'])
    const { analysis } = await analyzePaths([seeds])
    expect(result).toEqual({ code: 0, stdout: renderReport(analysis, { name: 'sources' }), stderr: '' })
  })

  it('writes to -o FILE and prints the path, saying which folder it made', async () => {
    const target = path.join(folder, 'out', 'seeds.md')
    const result = await runCli(['report', seeds, '-o', target])
    expect(result).toEqual({ code: 0, stdout: `${target}\n`, stderr: `crosscheck: created the folder ${path.join(folder, 'out')}\n` })
    expect(await readFile(target, 'utf8')).toMatch(/^<!-- crosscheck report: not an article -->\n\n# .+\n\n[^]*\n## Sources\n/)
    expect(await readdir(path.dirname(target))).toEqual(['seeds.md'])
    // Into a folder that is there: the path alone.
    expect(await runCli(['report', seeds, '-o', target])).toEqual({ code: 0, stdout: `${target}\n`, stderr: '' })
  })

  it('exits 2 with one line naming the path when it cannot write', async () => {
    await writeFile(path.join(folder, 'blocker'), '')
    const target = path.join(folder, 'blocker', 'seeds.md')
    const result = await runCli(['report', seeds, '-o', target])
    expect(result).toEqual({ code: 2, stdout: '', stderr: `crosscheck: ${target}: cannot write the report (a parent is not a folder)\n` })
    expect(await readdir(folder)).toEqual(['blocker'])
  })

  it('never writes over an article it reads, nor reads its own report as an article, nor spins where no folder can be', async () => {
    const articles = path.join(folder, 'story')
    await mkdir(articles)
    const [first, second] = (await readdir(seeds)).sort()
    for (const [from, to] of [[first, 'left.txt'], [second, 'right.txt']]) await copyFile(path.join(seeds, from), path.join(articles, to))
    const before = await readFile(path.join(articles, 'left.txt'), 'utf8')
    const over = await runCli(['report', articles, '-o', path.join(articles, 'left.txt')])
    expect(over).toEqual({ code: 2, stdout: '', stderr: `crosscheck: ${path.join(articles, 'left.txt')}: cannot write the report (it is one of the articles read)\n` })
    expect(await readFile(path.join(articles, 'left.txt'), 'utf8')).toBe(before)
    // `crosscheck report .` in the folder puts the report under it; the next run leaves it out, and says so.
    const { analysis: once } = await analyzePaths([articles], { cache: false })
    expect((await runCli(['report', articles, '-o', path.join(articles, 'reports', 'story.md')])).code).toBe(0)
    const again = await analyzePaths([articles], { cache: false })
    expect(again.analysis.groups).toEqual(once.groups)
    expect(again.problems).toEqual([{ file: path.join(articles, 'reports', 'story.md'), reason: 'a crosscheck report, not an article: left out' }])
    const proc = spawnSync(process.execPath, [binary, 'report', articles, '-o', '/proc/no-such-folder/r.md'], { encoding: 'utf8', timeout: 20_000 })
    expect([proc.status, proc.stderr]).toEqual([2, expect.stringMatching(/\ncrosscheck: \/proc\/no-such-folder\/r\.md: cannot write the report \(.*\)\n$/)])
  })

  it('names in the report the files it left out or read in part, and why; not a file read twice nor an earlier report', async () => {
    const articles = path.join(folder, 'case')
    await mkdir(articles)
    for (const name of (await readdir(seeds)).sort()) await copyFile(path.join(seeds, name), path.join(articles, name))
    await writeFile(path.join(articles, 'empty.txt'), '')
    await writeFile(path.join(articles, 'latin1.txt'), Buffer.from('Caf\xe9 au lait on the terrace.', 'latin1'))
    expect((await runCli(['report', articles, '-o', path.join(articles, 'reports', 'case.md')])).code).toBe(0)
    const result = await runCli(['report', articles, path.join(articles, 'empty.txt'), '-o', '-'])
    const listed = result.stdout.slice(result.stdout.indexOf('Not compared, or read only in part:'), result.stdout.indexOf('## Summary'))
    expect(listed.trim().split('\n').slice(2)).toEqual([
      `- \`${path.join(articles, 'empty.txt')}\`: file is empty`,
      `- \`${path.join(articles, 'latin1.txt')}\`: not valid UTF-8 text at line 1, column 4 (byte 3), and no charset declared in it (save it as UTF-8)`,
    ])
    // (Read from the seeds alone, a report lists nothing of the kind.)
    expect((await runCli(['report', seeds, '-o', '-'])).stdout).not.toContain('Not compared')
  })

  it('writes out the escapes of a file name it names, wherever the message comes from', async () => {
    const folderName = path.join(folder, 'empty\u001b[31mRED')
    await mkdir(folderName)
    const result = await runCli(['report', seeds, folderName, path.join(folder, 'bad\u001b[31mname.doc'), '-o', '-'])
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/\u001b/)
    expect(result.stderr).toContain('empty\\x1b[31mRED: no .txt, .md or .html files in this folder')
    expect(result.stderr).toContain('bad\\x1b[31mname.doc: no such file or folder')
  })

  it('exits 2 with one line when stdout cannot be written (spawned)', () => {
    if (!existsSync('/dev/full')) return
    const full = openSync('/dev/full', 'w')
    const result = spawnSync(process.execPath, [binary, 'quotes', seeds], { encoding: 'utf8', stdio: ['ignore', full, 'pipe'] })
    closeSync(full)
    expect([result.status, result.stderr]).toEqual([2, 'crosscheck: cannot write the output (ENOSPC: no space left on device)\n'])
  })

  it('exits 2 with one line for missing input', async () => {
    const result = await runCli(['report', path.join(folder, 'missing'), '-o', '-'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(path.join(folder, 'missing'))
    for (const line of result.stderr.trimEnd().split('\n')) expect(line).toMatch(/^crosscheck: /)
  })

  it('writes reports/<input folder>.md by default, or reports/<name>.md with --name (spawned)', () => {
    const byFolder = spawnSync(process.execPath, [binary, 'report', seeds], { cwd: folder, encoding: 'utf8' })
    expect([byFolder.status, byFolder.stdout, byFolder.stderr]).toEqual([0, `${path.join('reports', 'sources.md')}\n`, ''])
    const byName = spawnSync(process.execPath, [binary, 'report', seeds, '--name', 'oscars'], { cwd: folder, encoding: 'utf8' })
    expect([byName.status, byName.stdout, byName.stderr]).toEqual([0, `${path.join('reports', 'oscars.md')}\n`, ''])
    expect(existsSync(path.join(folder, 'reports', 'sources.md')) && existsSync(path.join(folder, 'reports', 'oscars.md'))).toBe(true)
  })

  it('reads `..` in -o as the folders it makes do, and writes where it made them (spawned, relative)', async () => {
    const result = spawnSync(process.execPath, [binary, 'report', seeds, '-o', 'new/../other/event.md'], { cwd: folder, encoding: 'utf8' })
    expect([result.status, result.stdout, result.stderr]).toEqual([0, 'new/../other/event.md\n', 'crosscheck: created the folder other\n'])
    expect(await readdir(folder)).toEqual(['other'])
    expect(await readdir(path.join(folder, 'other'))).toEqual(['event.md'])
  })
})
