import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderReport } from '../../src/report/build.js'
import { reportName, ReportWriteError, writeReport } from '../../src/report/write.js'
import { fixture } from './fixture.js'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'crosscheck-report-'))
})

describe('writeReport', () => {
  it('creates missing folders, writes the report and leaves no temporary file', async () => {
    const target = path.join(folder, 'reports', 'nested', 'event.md')
    expect(await writeReport(fixture, { output: target, name: 'event' })).toBe(target)
    expect(await readFile(target, 'utf8')).toBe(renderReport(fixture, { name: 'event' }))
    expect(await readdir(path.dirname(target))).toEqual(['event.md'])
  })

  it('replaces an existing report whole', async () => {
    const target = path.join(folder, 'event.md')
    await writeFile(target, 'old report')
    await writeReport(fixture, { output: target, name: 'event' })
    expect(await readFile(target, 'utf8')).toBe(renderReport(fixture, { name: 'event' }))
    expect(await readdir(folder)).toEqual(['event.md'])
  })

  it('refuses a path that names a folder, saying what to give instead, and writes nothing', async () => {
    await expect(writeReport(fixture, { output: `${folder}${path.sep}`, name: 'event' })).rejects.toThrow(
      `${folder}${path.sep}: cannot write the report (it names a folder; give a file name, as ${path.join(folder, 'event.md')})`,
    )
    await expect(writeReport(fixture, { output: folder, name: 'event' })).rejects.toThrow(`${folder}: cannot write the report (it names a folder; give a file name, as ${path.join(folder, 'event.md')})`)
    expect(await readdir(folder)).toEqual([])
  })

  it('fails with one line naming the path when a parent is a file', async () => {
    await writeFile(path.join(folder, 'blocker'), '')
    const target = path.join(folder, 'blocker', 'event.md')
    const failure = writeReport(fixture, { output: target, name: 'event' })
    await expect(failure).rejects.toThrow(ReportWriteError)
    await expect(failure).rejects.toThrow(`${target}: cannot write the report (a parent is not a folder)`)
    expect(await readdir(folder)).toEqual(['blocker'])
  })

  it('says in words why no report could be written: an empty path, a folder the system refuses, a name too long', async () => {
    await expect(writeReport(fixture, { output: '', name: 'event' })).rejects.toThrow('-o "": cannot write the report (a blank path names no file)')
    await expect(writeReport(fixture, { output: ' ', name: 'event' })).rejects.toThrow('-o " ": cannot write the report (a blank path names no file)')
    // (/proc takes no folder: mkdir fails with ENOENT though /proc is there; node's own text had been shown.)
    await expect(writeReport(fixture, { output: '/proc/crosscheck/event.md', name: 'event' })).rejects.toThrow(
      '/proc/crosscheck/event.md: cannot write the report (the system refuses a file or folder there)',
    )
    const tooLong = path.join(folder, `${'x'.repeat(300)}.md`)
    await expect(writeReport(fixture, { output: tooLong, name: 'event' })).rejects.toThrow(`${tooLong}: cannot write the report (a name in the path is too long)`)
    expect(await readdir(folder)).toEqual([])
  })

  it('removes its temporary file when the rename fails', async () => {
    const target = path.join(folder, 'taken.md')
    await mkdir(path.join(target, 'inside'), { recursive: true })
    const failure = writeReport(fixture, { output: target, name: 'event' })
    await expect(failure).rejects.toThrow(/taken\.md: cannot write the report \(.+\)$/)
    expect(await readdir(folder)).toEqual(['taken.md'])
  })
})

describe('reportName', () => {
  it('names a report after the input folder, or a file without its extension', () => {
    expect(reportName(['sources'])).toBe('sources')
    expect(reportName(['data/oscars-2019/'])).toBe('oscars-2019')
    expect(reportName(['sources/000_757aa98372dae68e.txt'])).toBe('000_757aa98372dae68e')
    expect(reportName(['.'])).toBe(path.basename(process.cwd()))
  })

  it('names a report on several inputs after the folder that holds them all', () => {
    expect(reportName(['cases/oscars/fox.md', 'cases/oscars/nyt.md'])).toBe('oscars')
    expect(reportName(['cases/oscars', 'cases/oscars-2'])).toBe('cases')
    expect(reportName(['cases/oscars', 'cases/oscars/fox.md'])).toBe('oscars')
    expect(reportName(['sources', 'sources'])).toBe('sources')
    expect(reportName(['cases/fox.md', 'cases/fox.md'])).toBe('fox')
    expect(reportName(['/a.md', '/b.md'])).toBe('report')
  })
})
