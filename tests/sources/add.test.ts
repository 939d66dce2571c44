import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AddError, addArticle, slugify, toMarkdown } from '../../src/sources/add.js'
import { readMarkdown } from '../../src/sources/markdown.js'
import { readSources } from '../../src/sources/read.js'
import { articlePage, startArticleServer, type ArticleServer } from '../helpers/article-server.js'

let server: ArticleServer
let folder: string

beforeAll(async () => {
  server = await startArticleServer()
})
afterAll(async () => {
  await server.close()
})
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'crosscheck-add-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('addArticle', () => {
  it('turns a served page into <slug>.md with front matter and the prose', async () => {
    const url = `${server.base}/article`
    const { file } = await addArticle(url, { to: folder })
    expect(file).toBe(path.join(folder, 'gaga-and-cooper-sing-shallow.md'))

    const written = await readFile(file, 'utf8')
    expect(written).toMatch(/^---\ntitle: Gaga and Cooper sing Shallow\noutlet: Local Gazette\nurl: http:\/\/127\.0\.0\.1:\d+\/article\ndate: 2019-02-25\nauthor: Jane Doe\n---\n\n/)
    expect(written).not.toMatch(/SCRIPT RAN|<p>/)

    const { sources, problems } = await readSources([folder])
    expect(problems).toEqual([])
    expect(sources[0]).toMatchObject({ id: 'gaga-and-cooper-sing-shallow', title: 'Gaga and Cooper sing Shallow', outlet: 'Local Gazette', url, date: '2019-02-25', author: 'Jane Doe' })
    expect(sources[0].body.split('\n\n')).toEqual([
      'Lady Gaga and Bradley Cooper performed "Shallow" at the Oscars on Sunday night, sitting side by side at one piano.',
      'Gaga asked whether she had nailed it as soon as they were off the stage, and Cooper told her that she had.',
    ])
  })

  it('reads a served text page with the text reader', async () => {
    const { file, article } = await addArticle(`${server.base}/notes.txt`, { to: folder })
    expect(path.basename(file)).toBe('plain-notes.md')
    expect(article).toMatchObject({ title: 'Plain notes', date: '2019-02-26' })
  })

  it('never overwrites: another article under a taken name gets a number', async () => {
    const url = `${server.base}/article`
    const first = await addArticle(url, { to: folder })
    const before = await readFile(first.file, 'utf8')
    // The same title over other words: a second and a third article.
    const saved = path.join(tmpdir(), `crosscheck-add-${process.pid}.html`)
    const others = []
    for (const words of ['first', 'second']) {
      await writeFile(saved, articlePage('Gaga and Cooper sing Shallow').replace('at one piano', `at one piano, the ${words} time`))
      others.push(await addArticle(saved, { to: folder }))
    }
    await rm(saved, { force: true })
    expect([first, ...others].map(({ file, isNew }) => [path.basename(file), isNew])).toEqual([
      ['gaga-and-cooper-sing-shallow.md', true],
      ['gaga-and-cooper-sing-shallow-2.md', true],
      ['gaga-and-cooper-sing-shallow-3.md', true],
    ])
    expect(await readFile(first.file, 'utf8')).toBe(before)
    // No temporary file is left behind.
    expect((await readdir(folder)).sort()).toEqual(['gaga-and-cooper-sing-shallow-2.md', 'gaga-and-cooper-sing-shallow-3.md', 'gaga-and-cooper-sing-shallow.md'])
  })

  it('adds an article once: the same one again names the file that holds it and writes nothing', async () => {
    const url = `${server.base}/article`
    const first = await addArticle(url, { to: folder })
    const again = await addArticle(url, { to: folder })
    expect(again).toMatchObject({ file: first.file, isNew: false })
    expect(await readdir(folder)).toEqual(['gaga-and-cooper-sing-shallow.md'])
  })

  it('keeps the file inside --to whatever the title says', async () => {
    for (const title of ['../../../etc/passwd', '..\\..\\windows\\system.ini', '/absolute/path', '..']) {
      const { file } = await addArticle(`${server.base}/article?title=${encodeURIComponent(title)}`, { to: folder })
      expect(path.dirname(file)).toBe(folder)
    }
    expect((await readdir(folder)).sort()).toEqual(['absolute-path.md', 'article.md', 'etc-passwd.md', 'windows-system-ini.md'])
  })

  it.each([['file:///etc/passwd'], ['ftp://127.0.0.1/article.html'], ['javascript:alert(1)'], ['data:text/html,<p>hi</p>']])('refuses %s', async (url) => {
    await expect(addArticle(url, { to: folder })).rejects.toThrow(new AddError(`${url}: only http and https URLs can be added, not ${new URL(url).protocol}`))
    expect(await readdir(folder)).toEqual([])
  })

  it('refuses a page over the size limit and stops downloading it', async () => {
    const url = `${server.base}/endless`
    await expect(addArticle(url, { to: folder, maxBytes: 100_000 })).rejects.toThrow(`${url}: page is over the 100000 bytes limit`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(server.endlessClosedEarly()).toBe(true)
    expect(await readdir(folder)).toEqual([])
  })

  it('gives up on a page that does not answer in time', async () => {
    const url = `${server.base}/slow`
    const started = Date.now()
    await expect(addArticle(url, { to: folder, timeoutMs: 300 })).rejects.toThrow(`${url}: timed out after 0.3 s`)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('reports an HTTP error status and an unreachable server', async () => {
    await expect(addArticle(`${server.base}/gone`, { to: folder })).rejects.toThrow(`${server.base}/gone: server answered 404 Not Found`)
    const closed = `http://127.0.0.1:${await closedPort()}/article`
    await expect(addArticle(closed, { to: folder })).rejects.toThrow(`${closed}: cannot fetch: connection refused (ECONNREFUSED)`)
  })

  it('says so when --to is a file or the input a folder, and leaves nothing behind', async () => {
    const file = path.join(folder, 'afile')
    await writeFile(file, '')
    await expect(addArticle(`${server.base}/article`, { to: file })).rejects.toThrow(new AddError(`${file}: not a folder (--to)`))
    await expect(addArticle(folder, { to: folder })).rejects.toThrow(new AddError(`${folder}: a folder; give one file or URL`))
    expect(await readdir(folder)).toEqual(['afile'])
  })

  it('says what is missing or in the way in words, fails at once where no folder can be, and names a folder it made', async () => {
    await expect(addArticle('', { to: folder })).rejects.toThrow(new AddError('no file or URL given to add'))
    await expect(addArticle(`${server.base}/article`, { to: '' })).rejects.toThrow(new AddError('no folder given (--to "")'))
    const file = path.join(folder, 'afile')
    await writeFile(file, '')
    await expect(addArticle(`${server.base}/article`, { to: path.join(file, 'sub') })).rejects.toThrow(
      new AddError(`${path.join(file, 'sub')}: cannot create the folder (part of the path is a file, not a folder)`),
    )
    // Node's recursive mkdir retries forever under /proc; one level at a time it fails at once.
    await expect(addArticle(`${server.base}/article`, { to: '/proc/crosscheck-sources' })).rejects.toThrow(/^\/proc\/crosscheck-sources: cannot create the folder \(/)
    const deep = path.join(folder, 'new', 'deeper')
    const added = await addArticle(`${server.base}/article`, { to: deep })
    expect(added.createdFolder).toBe(path.join(folder, 'new'))
    expect((await addArticle(`${server.base}/article`, { to: deep })).createdFolder).toBeUndefined()
  })

  it('reads a saved page that stops short, and says it may be cut', async () => {
    const saved = path.join(folder, 'cut.html')
    const page = articlePage('A Page Saved In Part')
    // Cut in the middle of its last paragraph.
    await writeFile(saved, page.slice(0, page.lastIndexOf('</p>') - 10))
    const { article } = await addArticle(saved, { to: path.join(folder, 'out') })
    expect(article.problem).toBe('the page stops before its closing </html> (saved or downloaded in part?); its text may be cut short')
    await writeFile(saved, page)
    expect((await addArticle(saved, { to: path.join(folder, 'out2') })).article.problem).toBeUndefined()
  })

  it('refuses an updated copy of an article already added from the same URL, naming the earlier file', async () => {
    const first = await addArticle(`${server.base}/article`, { to: folder })
    const saved = path.join(tmpdir(), `crosscheck-add-updated-${process.pid}.html`)
    const page = articlePage('Gaga and Cooper sing Shallow').replace('at one piano', 'at one piano, updated')
    await writeFile(saved, page.replace('<head>', `<head><link rel="canonical" href="${server.base}/article">`))
    await expect(addArticle(saved, { to: folder })).rejects.toThrow(new AddError(`${saved}: an earlier version of this article (same URL and title) is ${first.file}; remove it first to add this one`))
    // Another article under the same canonical URL (a site that points them all at its home page) is added.
    const other = articlePage('The council passed the budget').replace('<head>', `<head><link rel="canonical" href="${server.base}/article">`)
    await writeFile(saved, other)
    const second = await addArticle(saved, { to: folder })
    await rm(saved, { force: true })
    expect((await readdir(folder)).sort()).toEqual([path.basename(first.file), path.basename(second.file)].sort())
  })

  it('imports a saved page from disk, and refuses a file over the limit', async () => {
    const saved = path.join(folder, 'saved.html')
    await writeFile(saved, articlePage('A Saved Page'))
    const out = path.join(folder, 'out')
    const { file } = await addArticle(saved, { to: out })
    expect(file).toBe(path.join(out, 'a-saved-page.md'))
    await expect(addArticle(saved, { to: out, maxBytes: 100 })).rejects.toThrow(new RegExp(`^${escapeRegExp(saved)}: file is \\d+ bytes, over the 100 bytes limit$`))
  })

  it('refuses a missing file and a page without an article', async () => {
    await expect(addArticle(path.join(folder, 'nope.html'), { to: folder })).rejects.toThrow(`${path.join(folder, 'nope.html')}: no such file or folder`)
    const empty = path.join(folder, 'empty.html')
    await writeFile(empty, '<html><body><nav><a href="/">Home</a></nav></body></html>')
    await expect(addArticle(empty, { to: folder })).rejects.toThrow(`${empty}: no article text found`)
  })
})

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('slugify', () => {
  it('keeps letters and digits, folds accents, and bounds the length at a word boundary', () => {
    expect(slugify('Māori tribes: "What is the sea telling us?"')).toBe('maori-tribes-what-is-the-sea-telling-us')
    const long = slugify('word '.repeat(100))
    expect(long.length).toBeLessThanOrEqual(80)
    expect(long).toMatch(/^word(-word)*$/)
    expect(slugify('!!!')).toBe('article')
  })
})

describe('toMarkdown', () => {
  it('writes prose that the Markdown reader reads back unchanged', () => {
    const article = {
      title: 'Quotes: "x" # y',
      outlet: null,
      url: null,
      date: '2019-02-25',
      author: null,
      body: "# not a heading\n\nI'm so f*cking proud* of _you_\n\n1. not a list\n\n[not](a link) <b>not a tag</b> ~~kept~~\n\n> not a quote",
    }
    const back = readMarkdown(toMarkdown(article))
    expect(back).toEqual({ ...article })
  })
})
