import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
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
  folder = await mkdtemp(path.join(tmpdir(), 'crosscheck-add-cli-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('crosscheck add', () => {
  it('prints the path it wrote', async () => {
    const result = await runCli(['add', `${server.base}/article`, '--to', folder])
    const written = path.join(folder, 'gaga-and-cooper-sing-shallow.md')
    expect(result).toEqual({ code: 0, stdout: `${written}\n`, stderr: '' })
    expect(await readdir(folder)).toEqual(['gaga-and-cooper-sing-shallow.md'])
  })

  it('says on stderr when it made the folder, and when the page may be cut short', async () => {
    const made = path.join(folder, 'new')
    const result = await runCli(['add', `${server.base}/article`, '--to', made])
    expect(result).toEqual({ code: 0, stdout: `${path.join(made, 'gaga-and-cooper-sing-shallow.md')}\n`, stderr: `crosscheck: created the folder ${made}\n` })
    const saved = path.join(folder, 'cut.html')
    const page = articlePage('Saved In Part')
    await writeFile(saved, page.slice(0, page.lastIndexOf('</p>') - 10))
    const cut = await runCli(['add', saved, '--to', made])
    expect(cut.code).toBe(0)
    expect(cut.stderr).toBe(`crosscheck: ${saved}: the page stops before its closing </html> (saved or downloaded in part?); its text may be cut short\n`)
  })

  it('refuses a non-http URL with one line on stderr and exit 2', async () => {
    const result = await runCli(['add', 'file:///etc/passwd', '--to', folder])
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'crosscheck: file:///etc/passwd: only http and https URLs can be added, not file:\n' })
    expect(await readdir(folder)).toEqual([])
  })

  it('names the missing file with exit 2', async () => {
    const missing = path.join(folder, 'saved.html')
    const result = await runCli(['add', missing, '--to', folder])
    expect(result).toEqual({ code: 2, stdout: '', stderr: `crosscheck: ${missing}: no such file or folder, nor an http(s) URL\n` })
    // A word that is neither a file nor a URL is missing, not of an unsupported type.
    expect((await runCli(['add', 'notaurl', '--to', folder])).stderr).toBe('crosscheck: notaurl: no such file or folder, nor an http(s) URL\n')
  })

  it('needs an argument', async () => {
    const result = await runCli(['add'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/missing required argument 'url-or-file'/)
  })
})
