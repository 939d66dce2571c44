import { execFileSync, spawnSync } from 'node:child_process'
import { chmod, link, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readSources, sourceIdsOf } from '../../src/sources/read.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const readModule = fileURLToPath(new URL('../../src/sources/read.ts', import.meta.url))
const prose = 'Lady Gaga and Bradley Cooper sang Shallow at the Oscars on Sunday night.\n\nThe audience stood up.'
const noArticlePage = '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav></body></html>'

let folder: string
let good: string

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'crosscheck-read-'))
  good = path.join(folder, 'good.txt')
  await writeFile(good, prose)
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** Read the folder; the good file must still be read whatever else is wrong. */
async function readFolderWith(name: string, content: string | Buffer, options: { maxBytes?: number } = {}) {
  const file = path.join(folder, name)
  await writeFile(file, content)
  const result = await readSources([folder], options)
  expect(result.sources.map((source) => source.file)).toEqual([good])
  return { file, problems: result.problems }
}

describe('readSources', () => {
  it('reads a folder recursively in name order, with ids from file names', async () => {
    await mkdir(path.join(folder, 'more'))
    await writeFile(path.join(folder, 'more', 'a.md'), '---\ntitle: A\n---\n\nSome prose here.')
    await writeFile(path.join(folder, 'photo.jpg'), 'not read')
    const { sources, problems } = await readSources([folder])
    expect(problems).toEqual([])
    expect(sources.map((source) => [source.id, source.title])).toEqual([
      ['good', null],
      ['a', 'A'],
    ])
  })

  it('tells files of the same name apart by their folders, then by their extension', async () => {
    for (const story of ['story-1', 'story-2']) {
      await mkdir(path.join(folder, 'roundups', story), { recursive: true })
      for (const side of ['left', 'right']) await writeFile(path.join(folder, 'roundups', story, `${side}.md`), `${prose} ${story} ${side}.`)
    }
    await writeFile(path.join(folder, 'good.md'), prose)
    const { sources, problems } = await readSources([folder])
    expect(problems).toEqual([])
    expect(sources.map((source) => source.id)).toEqual(['good.md', 'good.txt', 'story-1/left', 'story-1/right', 'story-2/left', 'story-2/right'])
    expect(sources.find((source) => source.id === 'story-2/left')?.body).toContain('story-2 left')
  })

  it('reads a file given twice, or again inside a folder given, once', async () => {
    const { sources, problems } = await readSources([good, folder, path.join(folder, '.', 'good.txt')])
    expect(sources.map((source) => [source.id, source.file])).toEqual([['good', good]])
    expect(problems).toEqual([
      { file: good, reason: `same file as ${good}; skipped` },
      { file: path.join(folder, '.', 'good.txt'), reason: `same file as ${good}; skipped` },
    ])
  })

  it('leaves out a file whose name holds terminal escapes, naming it with the escapes written out', async () => {
    const { problems } = await readFolderWith('\u001b]0;PWNED\u0007\u001b[31mred.txt', prose)
    expect(problems).toEqual([
      { file: path.join(folder, '\\x1b]0;PWNED\\x07\\x1b[31mred.txt'), reason: 'its path holds control characters (terminal escapes); rename it to read it' },
    ])
    // A line break in the name too: the message stays one line.
    const broken = await readFolderWith('name with\nnewline.txt', prose)
    expect(broken.problems.map((problem) => problem.file)).toContain(path.join(folder, 'name with\\x0anewline.txt'))
  })

  it('reads a file reached through a link once', async () => {
    await symlink(folder, path.join(folder, '..', `${path.basename(folder)}-link`))
    const linked = path.join(folder, '..', `${path.basename(folder)}-link`, 'good.txt')
    try {
      const { sources, problems } = await readSources([good, linked])
      expect(sources.map((source) => source.file)).toEqual([good])
      expect(problems).toEqual([{ file: linked, reason: `same file as ${good}; skipped` }])
    } finally {
      await rm(path.join(folder, '..', `${path.basename(folder)}-link`))
    }
  })

  it('follows links inside a folder, to files and folders, and reads a file reached twice (hard links too) once', async () => {
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'crosscheck-read-elsewhere-'))
    try {
      await writeFile(path.join(elsewhere, 'other.md'), `${prose} Another outlet.`)
      await mkdir(path.join(elsewhere, 'more'))
      await writeFile(path.join(elsewhere, 'more', 'third.txt'), `${prose} A third outlet.`)
      await symlink(path.join(elsewhere, 'other.md'), path.join(folder, 'linked.md'))
      await symlink(path.join(elsewhere, 'more'), path.join(folder, 'more'))
      await link(good, path.join(folder, 'hard.txt'))
      const { sources, problems } = await readSources([folder])
      expect(sources.map((source) => source.id)).toEqual(['good', 'linked', 'third'])
      expect(problems).toEqual([{ file: path.join(folder, 'hard.txt'), reason: `same file as ${good}; skipped` }])
    } finally {
      await rm(elsewhere, { recursive: true, force: true })
    }
  })

  it('names a dangling link, a link loop and a link back to an enclosing folder, and reads on', async () => {
    await symlink(path.join(folder, 'gone.md'), path.join(folder, 'dangling.md'))
    await symlink(path.join(folder, 'loop.txt'), path.join(folder, 'loop.txt'))
    await mkdir(path.join(folder, 'sub'))
    await symlink(folder, path.join(folder, 'sub', 'up'))
    // Links to files of other kinds are left out as such files are, without a word.
    await symlink(path.join(folder, 'gone.pdf'), path.join(folder, 'notes.pdf'))
    const { sources, problems } = await readSources([folder])
    expect(sources.map((source) => source.file)).toEqual([good])
    expect(problems).toEqual([
      { file: path.join(folder, 'dangling.md'), reason: 'a link to nothing (what it named is gone); left out' },
      { file: path.join(folder, 'loop.txt'), reason: 'a link that leads back to itself; left out' },
      { file: path.join(folder, 'sub', 'up'), reason: 'a link to a folder already read; not followed' },
    ])
  })

  it('lists each folder once however many links lead to it, with a line per link not followed', async () => {
    // Eight sibling folders, each linking to the seven others: listed along every path, that had been millions of lines.
    const outlets = Array.from({ length: 8 }, (_, index) => `outlet-${index}`)
    for (const [index, outlet] of outlets.entries()) {
      await mkdir(path.join(folder, outlet))
      await writeFile(path.join(folder, outlet, `story-${index}.txt`), `${prose} Outlet ${index}.`)
    }
    for (const outlet of outlets) for (const other of outlets) if (other !== outlet) await symlink(path.join('..', other), path.join(folder, outlet, `to-${other}`))
    const { sources, problems } = await readSources([folder])
    expect(sources.map((source) => source.id)).toEqual(['good', ...outlets.map((_, index) => `story-${index}`)])
    // Every link but the seven that first reach each other folder (the first is read where it is).
    expect(problems).toHaveLength(8 * 7 - 7)
    expect(new Set(problems.map((problem) => problem.reason))).toEqual(new Set(['a link to a folder already read; not followed']))
  })

  it('follows a chain of folders linked two ways at each step without overflowing', async () => {
    for (let depth = 0; depth <= 18; depth++) await mkdir(path.join(folder, `level-${depth}`))
    for (let depth = 0; depth < 18; depth++) {
      for (const way of ['x', 'y']) await symlink(path.join('..', `level-${depth + 1}`), path.join(folder, `level-${depth}`, way))
    }
    await writeFile(path.join(folder, 'level-18', 'deep.txt'), `${prose} Deep down.`)
    const { sources, problems } = await readSources([folder])
    expect(sources.map((source) => source.id)).toEqual(['good', 'deep'])
    expect(problems.length).toBeLessThan(40)
  })

  it('names a FIFO with an article\'s name in a folder instead of waiting on it', async () => {
    execFileSync('mkfifo', [path.join(folder, 'pipe.md')])
    const { sources, problems } = await readSources([folder])
    expect(sources.map((source) => source.file)).toEqual([good])
    expect(problems).toEqual([{ file: path.join(folder, 'pipe.md'), reason: 'not a regular file' }])
  })

  it('leaves no empty part for a file at the root in an id', () => {
    expect(sourceIdsOf(['/x.md', '/a/x.md'])).toEqual(['x', 'a/x'])
    expect(sourceIdsOf(['/a/notes.txt', '/a/notes.md', '/b/notes.md'])).toEqual(['a/notes.txt', 'a/notes.md', 'b/notes.md'])
  })

  it('reports an empty file', async () => {
    const { file, problems } = await readFolderWith('empty.txt', '')
    expect(problems).toEqual([{ file, reason: 'file is empty' }])
  })

  it('reports a binary file', async () => {
    const { file, problems } = await readFolderWith('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
    expect(problems).toEqual([{ file, reason: 'binary file (contains NUL bytes), not text' }])
  })

  it('reports text in a charset it does not declare, and reads UTF-16 and a page that declares its own', async () => {
    const { file, problems } = await readFolderWith('latin1.md', Buffer.from('Caf\xe9 au lait, on the terrace.', 'latin1'))
    expect(problems).toEqual([{ file, reason: 'not valid UTF-8 text at line 1, column 4 (byte 3), and no charset declared in it (save it as UTF-8)' }])
    await rm(file)
    // Where the first bad byte is, past text in UTF-8 with a U+FFFD of its own: a stray Word apostrophe (0x92) on line 2.
    const stray = await readFolderWith('stray.txt', Buffer.concat([Buffer.from('The café � opened.\nIt', 'utf8'), Buffer.from([0x92]), Buffer.from('s late.', 'utf8')]))
    expect(stray.problems).toEqual([{ file: stray.file, reason: 'not valid UTF-8 text at line 2, column 3 (byte 24), and no charset declared in it (save it as UTF-8)' }])
    await rm(stray.file)
    const utf16 = path.join(folder, 'utf16.txt')
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The café reopened on Friday after the fire.', 'utf16le')]))
    const page = '<html><head><meta charset="windows-1252"></head><body><article><p>\x93We will reopen,\x94 said Fran\xe7ois Lef\xe8vre, who has run the caf\xe9 on the corner for twenty years.</p></article></body></html>'
    const legacy = path.join(folder, 'legacy.html')
    await writeFile(legacy, Buffer.from(page, 'latin1'))
    const { sources, problems: none } = await readSources([folder])
    expect(none).toEqual([])
    expect(sources.find((source) => source.file === utf16)?.body).toBe('The café reopened on Friday after the fire.')
    expect(sources.find((source) => source.file === legacy)?.body).toBe('“We will reopen,” said François Lefèvre, who has run the café on the corner for twenty years.')
  })

  it('reports a pipe instead of waiting on it', async () => {
    const fifo = path.join(folder, 'pipe.txt')
    execFileSync('mkfifo', [fifo])
    const { problems } = await readSources([fifo])
    expect(problems).toEqual([{ file: fifo, reason: 'not a regular file' }])
  })

  it('reports a file over the size limit', async () => {
    const { file, problems } = await readFolderWith('huge.txt', 'Long prose goes on. '.repeat(200), { maxBytes: 1024 })
    expect(problems).toEqual([{ file, reason: 'file is 4 KB, over the 1 KB limit' }])
  })

  it('reports an HTML page with no article', async () => {
    const { file, problems } = await readFolderWith('index.html', noArticlePage)
    expect(problems).toEqual([{ file, reason: 'no article text found in this page' }])
  })

  it('reports a missing path and still reads the others', async () => {
    const missing = path.join(folder, 'missing.txt')
    const { sources, problems } = await readSources([missing, good])
    expect(problems).toEqual([{ file: missing, reason: 'no such file or folder' }])
    expect(sources.map((source) => source.id)).toEqual(['good'])
  })

  it('reports a folder with no supported files, once', async () => {
    const empty = path.join(folder, 'attachments')
    await mkdir(empty)
    await writeFile(path.join(empty, 'photo.jpg'), 'jpeg')
    const { sources, problems } = await readSources([empty, good])
    expect(problems).toEqual([{ file: empty, reason: 'no .txt, .md or .html files in this folder' }])
    // An article saved as a document is named, with what to do; a photo is passed over without a word.
    await writeFile(path.join(empty, 'nyt.docx'), 'PK')
    await writeFile(path.join(empty, 'fox.text'), 'The council met on Tuesday.')
    await writeFile(path.join(empty, 'photo.jpg'), 'jpeg')
    expect((await readSources([empty])).problems).toEqual([
      { file: path.join(empty, 'fox.text'), reason: 'not read: rename it with .txt to compare it' },
      { file: path.join(empty, 'nyt.docx'), reason: 'a Word document, not read: save it as .txt, .md or .html to compare it' },
      { file: empty, reason: 'no .txt, .md or .html files in this folder' },
    ])
    expect(sources.map((source) => source.id)).toEqual(['good'])
  })

  it('reports an unreadable file (chmod 000), reading as an unprivileged user when run as root', async (context) => {
    const locked = path.join(folder, 'locked.txt')
    await writeFile(locked, prose)
    await chmod(locked, 0o000)
    await chmod(folder, 0o755)
    // Root reads any file whatever its mode, so the check runs in a child process as `nobody`.
    const isRoot = process.getuid?.() === 0
    const script = 'const { readSources } = await import(process.argv[1]); console.log(JSON.stringify(await readSources([process.argv[2]])))'
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, readModule, folder], {
      encoding: 'utf8',
      cwd: repoRoot,
      ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
    })
    if (child.error) context.skip(`cannot run the check as an unprivileged user: ${child.error.message}`)
    expect(child.stderr).toBe('')
    const result = JSON.parse(child.stdout) as Awaited<ReturnType<typeof readSources>>
    expect(result.problems).toEqual([{ file: locked, reason: 'permission denied' }])
    expect(result.sources.map((source) => source.id)).toEqual(['good'])
    // The file really is there and readable by its owner: the problem is the permission, not the content.
    await chmod(locked, 0o600)
    expect(await readFile(locked, 'utf8')).toBe(prose)
  })
})
