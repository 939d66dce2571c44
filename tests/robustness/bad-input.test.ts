/**
 * Every bad input the tool knows, through the built CLI as a user meets it:
 * the exit code, and the one stderr line naming the file (no stack trace).
 * The README's bad-input table lists the same rows.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { chmodSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Analysis } from '../../src/types.js'

const cli = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url))
const prose = 'Lady Gaga and Bradley Cooper sang at the Oscars on Sunday night, and the crowd stood up for them.'
const quoted = `${prose}\n\n"We are so proud of this song and of everyone who made it," Lady Gaga said after the show.\n`
// Root reads and writes whatever the modes say: permission rows run the CLI as `nobody` then.
const isRoot = process.getuid?.() === 0

let folder: string

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-bad-input-'))
  chmodSync(folder, 0o755)
  const write = (name: string, content: string | Buffer) => writeFileSync(path.join(folder, name), content)
  write('one.txt', quoted)
  write('copy.txt', quoted)
  write('empty.txt', '')
  write('blank.md', ' \n\n\t\n')
  write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
  write('latin1.md', Buffer.from('Caf\xe9 au lait on the terrace, said the owner.', 'latin1'))
  write('notes.pdf', prose)
  write('huge.txt', Buffer.alloc(21_000_000, 'a'))
  write('book.txt', Array.from({ length: 22_000 }, (_, index) => `Paragraph ${index}. ${prose}`).join('\n\n'))
  write('index.html', '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav></body></html>')
  write('unbalanced.txt', `He said "we will rebuild the bridge and then "he left the room.\n\n${prose}\n`)
  write('deep.html', `<html><body>${'<div>'.repeat(10_000)}<p>${prose} ${prose}</p>${'</div>'.repeat(10_000)}</body></html>`)
  mkdirSync(path.join(folder, 'attachments'))
  write('attachments/photo.jpg', 'jpeg')
  for (const outlet of ['a', 'b']) {
    mkdirSync(path.join(folder, 'same-name', outlet), { recursive: true })
    write(`same-name/${outlet}/one.txt`, `${quoted}\nReported by outlet ${outlet}.\n`)
  }
  mkdirSync(path.join(folder, 'linked'))
  write('linked/left.txt', `${quoted}\nReported by the left.\n`)
  symlinkSync(path.join(folder, 'one.txt'), path.join(folder, 'linked', 'right.txt'))
  linkSync(path.join(folder, 'linked', 'left.txt'), path.join(folder, 'linked', 'hard.txt'))
  symlinkSync(path.join(folder, 'linked', 'gone.md'), path.join(folder, 'linked', 'dangling.md'))
  symlinkSync(path.join(folder, 'linked'), path.join(folder, 'linked', 'again'))
  spawnSync('mkfifo', [path.join(folder, 'linked', 'pipe.md')])
  write('locked.txt', quoted)
  chmodSync(path.join(folder, 'locked.txt'), 0o000)
  mkdirSync(path.join(folder, 'locked-folder'), 0o000)
  mkdirSync(path.join(folder, 'read-only'), 0o555)
})

afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})

interface Run {
  status: number | null
  stdout: string
  stderrLines: string[]
}

function crosscheck(args: string[], options: { asNobody?: boolean; cwd?: string } = {}): Run {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? folder,
    encoding: 'utf8',
    env: { ...process.env, CROSSCHECK_CACHE: '0', NO_COLOR: '1' },
    ...(options.asNobody && isRoot ? { uid: 65534, gid: 65534 } : {}),
  }
  const result = spawnSync(process.execPath, [cli, ...args], spawnOptions)
  const stderr = String(result.stderr)
  expect(stderr).not.toMatch(/^\s+at /m)
  return { status: result.status, stdout: String(result.stdout), stderrLines: stderr.split('\n').filter((line) => line !== '') }
}

function analysisOf(run: Run): Analysis {
  return JSON.parse(run.stdout) as Analysis
}

describe('bad input through the CLI: exit 2 and one line naming the file', () => {
  it.each([
    ['an empty file', ['analyze', 'empty.txt'], 'crosscheck: empty.txt: file is empty'],
    ['a file of white space only', ['analyze', 'blank.md'], 'crosscheck: blank.md: no prose in this file'],
    ['a binary file', ['analyze', 'image.txt'], 'crosscheck: image.txt: binary file (contains NUL bytes), not text'],
    ['invalid UTF-8', ['analyze', 'latin1.md'], 'crosscheck: latin1.md: not valid UTF-8 text at line 1, column 4 (byte 3), and no charset declared in it (save it as UTF-8)'],
    ['a wrong extension', ['analyze', 'notes.pdf'], 'crosscheck: notes.pdf: unsupported file type ".pdf" (expected .txt, .md or .html)'],
    ['a folder without articles', ['analyze', 'attachments'], 'crosscheck: attachments: no .txt, .md or .html files in this folder'],
    ['a file over the size limit', ['analyze', 'huge.txt'], 'crosscheck: huge.txt: file is 20.1 MB, over the 20.0 MB limit'],
    ['prose longer than any article', ['analyze', 'book.txt'], 'crosscheck: book.txt: its prose is 2,540,888 characters, over the 2,000,000 an article may have (split it to read it)'],
    ['a page without an article', ['report', 'index.html', '-o', '-'], 'crosscheck: index.html: no article text found in this page'],
    ['a missing path', ['quotes', 'missing.txt'], 'crosscheck: missing.txt: no such file or folder'],
    ['a missing primary source', ['quotes', 'one.txt', '--primary', 'gone.txt'], 'crosscheck: gone.txt: no such file or folder (--primary)'],
    ['a folder for the primary source', ['quotes', 'one.txt', '--primary', 'attachments'], 'crosscheck: attachments: a folder; give one file (--primary)'],
    ['a device for the primary source', ['quotes', 'one.txt', '--primary', '/dev/null'], 'crosscheck: /dev/null: not a regular file (--primary)'],
    ['an empty primary source name', ['quotes', 'one.txt', '--primary='], 'crosscheck: --primary needs a file name'],
    ['two primary sources', ['quotes', 'one.txt', '--primary', 'one.txt', '--primary', 'copy.txt'], 'crosscheck: --primary given twice (one.txt, copy.txt): quotes are checked against one primary source'],
  ])('%s', (_row, args, line) => {
    const run = crosscheck(args)
    expect(run.stderrLines).toEqual([line])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
  })

  it('an unreadable file or folder', () => {
    for (const name of ['locked.txt', 'locked-folder']) {
      const run = crosscheck(['analyze', name], { asNobody: true })
      expect(run.stderrLines).toEqual([`crosscheck: ${name}: permission denied`])
      expect(run.status).toBe(2)
    }
  })

  it('no write permission for the report or for add', () => {
    const cases: Array<[string[], string]> = [
      [['report', 'one.txt', '-o', 'read-only/report.md'], 'crosscheck: read-only/report.md: cannot write the report (permission denied)'],
      [['report', path.join(folder, 'one.txt'), '--name', 'seeds'], 'crosscheck: reports/seeds.md: cannot write the report (permission denied)'],
      [['add', 'one.txt', '--to', 'read-only'], 'crosscheck: read-only: cannot write (permission denied)'],
    ]
    for (const [args, line] of cases) {
      // The default reports/ folder is made in the current folder: run from the read-only one.
      const run = crosscheck(args, { asNobody: true, cwd: args.includes('--name') ? path.join(folder, 'read-only') : folder })
      expect(run.stderrLines).toEqual([line])
      expect(run.status).toBe(2)
    }
  })
})

describe('input that is odd but usable: exit 0, problems on stderr, the rest analysed', () => {
  it('a bad file among good ones is skipped with one line', () => {
    const run = crosscheck(['analyze', 'one.txt', 'empty.txt', 'missing.txt'])
    // Paths that cannot be used are found while listing, before any file is read.
    expect(run.stderrLines).toEqual(['crosscheck: missing.txt: no such file or folder', 'crosscheck: empty.txt: file is empty'])
    expect(run.status).toBe(0)
    expect(analysisOf(run).sources.map((source) => source.id)).toEqual(['one'])
  })

  it('the same file given twice is read once', () => {
    const run = crosscheck(['analyze', 'one.txt', 'one.txt'])
    expect(run.stderrLines).toEqual(['crosscheck: one.txt: same file as one.txt; skipped'])
    expect(analysisOf(run).sources).toHaveLength(1)
  })

  it('links in a folder are followed; a dangling one, one back up the tree, a second name of a file and a pipe get a line', () => {
    const run = crosscheck(['analyze', 'linked'])
    expect(run.status).toBe(0)
    expect(run.stderrLines).toEqual([
      'crosscheck: linked/again: a link to a folder already read; not followed',
      'crosscheck: linked/dangling.md: a link to nothing (what it named is gone); left out',
      'crosscheck: linked/left.txt: same file as linked/hard.txt; skipped',
      'crosscheck: linked/pipe.md: not a regular file',
    ])
    expect(analysisOf(run).sources.map((source) => source.id)).toEqual(['hard', 'right'])
  })

  it('two files of the same name in different folders are both read, told apart by their folders', () => {
    const run = crosscheck(['analyze', 'same-name'])
    expect(run.stderrLines).toEqual([])
    const { sources, quotes } = analysisOf(run)
    expect(sources.map((source) => [source.id, source.file])).toEqual([
      ['a/one', path.join('same-name', 'a', 'one.txt')],
      ['b/one', path.join('same-name', 'b', 'one.txt')],
    ])
    expect(new Set(quotes.map((quote) => quote.source))).toEqual(new Set(['a/one', 'b/one']))
  })

  it('the same article in two files: identical groups, flagged as a shared copy', () => {
    const run = crosscheck(['analyze', 'one.txt', 'copy.txt'])
    expect(run.stderrLines).toEqual([])
    const { groups } = analysisOf(run)
    expect(groups.length).toBeGreaterThan(0)
    expect(groups.every((group) => group.verdict === 'identical')).toBe(true)
    expect(groups.filter((group) => group.kind === 'claim').every((group) => group.provenance.sharedCopy.length === 1)).toBe(true)
  })

  it('only one source: nothing to compare, no problem', () => {
    const quotes = crosscheck(['quotes', 'one.txt'])
    expect([quotes.status, quotes.stderrLines, quotes.stdout.trim().split('\n').at(-1)]).toEqual([
      0,
      [],
      'no quote problems found in 1 file (1 quote read, none in more than one source, so none was compared; --primary holds each to a transcript)',
    ])
    const analysis = analysisOf(crosscheck(['analyze', 'one.txt']))
    expect([analysis.groups.length, analysis.unique.length]).toEqual([0, 2])
  })

  it('an unbalanced quote mark: the quote ends with its paragraph', () => {
    const run = crosscheck(['analyze', 'unbalanced.txt'])
    expect([run.status, run.stderrLines]).toEqual([0, []])
    expect(analysisOf(run).quotes.map((quote) => quote.text)).toEqual(['we will rebuild the bridge and then "he left the room.'])
  })

  it('a page nested 10,000 levels deep is read, in a few seconds', () => {
    const started = performance.now()
    const run = crosscheck(['analyze', 'deep.html'])
    expect([run.status, run.stderrLines]).toEqual([0, []])
    expect(analysisOf(run).sources[0].body).toBe(`${prose} ${prose}`)
    expect(performance.now() - started).toBeLessThan(15_000)
  })
})

describe('a reader that stops early (`| head`)', () => {
  it('ends the run quietly, exit 0, no stack trace', () => {
    const seeds = fileURLToPath(new URL('../../sources', import.meta.url))
    const script = `set -o pipefail; "$0" "$1" analyze "$2" --json | head -c 100 > /dev/null; echo "status $?"`
    const run = spawnSync('bash', ['-c', script, process.execPath, cli, seeds], { encoding: 'utf8', env: { ...process.env, CROSSCHECK_CACHE: '0' } })
    expect(run.stdout).toBe('status 0\n')
    expect(run.stderr).toBe('')
  })
})
