/**
 * crosscheck never harms the user's files: sources are only read, reports
 * and `add` write through a temporary file and a rename (or a link), `add`
 * stays inside its folder and never overwrites, page scripts never run, and
 * nothing but `add` touches the network.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addArticle } from '../../src/sources/add.js'
import { readHtml } from '../../src/sources/html.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const cli = path.join(repoRoot, 'bin/crosscheck.js')
const seeds = path.join(repoRoot, 'sources')
const isRoot = process.getuid?.() === 0
const paragraph = 'Lady Gaga and Bradley Cooper performed at the Oscars on Sunday night, sitting side by side at one piano as the crowd stood.'

let folder: string

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-safety-'))
  chmodSync(folder, 0o755)
})
afterEach(() => {
  rmSync(folder, { recursive: true, force: true })
})

function crosscheck(args: string[], options: { cwd?: string; asNobody?: boolean; shell?: string } = {}) {
  const command = options.shell ? ['bash', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, cli, ...args]] as const : [process.execPath, [cli, ...args]] as const
  const result = spawnSync(command[0], command[1], {
    cwd: options.cwd ?? folder,
    encoding: 'utf8',
    env: { ...process.env, CROSSCHECK_CACHE: '0' },
    ...(options.asNobody && isRoot ? { uid: 65534, gid: 65534 } : {}),
  })
  expect(result.stderr).not.toMatch(/^\s+at /m)
  return result
}

/** Every file under `root` with its content, mode and modification time. */
function snapshot(root: string): Record<string, string> {
  const entries: Record<string, string> = {}
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    const full = path.join(root, name)
    const info = statSync(full)
    entries[name] = info.isFile() ? `${createHash('sha256').update(readFileSync(full)).digest('hex')} ${info.mode} ${info.mtimeMs}` : `folder ${info.mode}`
  }
  return entries
}

describe('sources are only read', () => {
  it('analyze, report, quotes (with a primary in the folder), the overview and add leave the sources folder as it was', () => {
    const sources = path.join(folder, 'sources')
    cpSync(seeds, sources, { recursive: true })
    writeFileSync(path.join(sources, 'page.html'), `<html><head><title>Gaga at the Oscars</title></head><body><article><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`)
    const before = snapshot(sources)
    const runs = [
      ['analyze', 'sources', '--json'],
      ['report', 'sources', '-o', 'out/report.md'],
      ['report', 'sources'],
      ['quotes', 'sources', '--primary', 'sources/page.html'],
      ['sources'],
      ['add', 'sources/page.html', '--to', 'imported'],
    ]
    for (const args of runs) expect(crosscheck(args).status, args.join(' ')).toBeLessThan(2)
    expect(snapshot(sources)).toEqual(before)
  })

  it('read-only sources in a read-only folder are analysed as any others', () => {
    const sources = path.join(folder, 'sources')
    cpSync(seeds, sources, { recursive: true })
    for (const name of readdirSync(sources)) chmodSync(path.join(sources, name), 0o444)
    chmodSync(sources, 0o555)
    for (const args of [['analyze', 'sources'], ['quotes', 'sources'], ['report', 'sources', '-o', '-']]) {
      const result = crosscheck(args, { asNobody: true })
      expect([args.join(' '), result.status, result.stderr]).toEqual([args.join(' '), 0, ''])
    }
  })
})

describe('reports are written whole or not at all', () => {
  it('leaves only the report in its folder', () => {
    expect(crosscheck(['report', seeds, '-o', 'out/seeds.md']).status).toBe(0)
    expect(readdirSync(path.join(folder, 'out'))).toEqual(['seeds.md'])
  })

  it('writes into a pipe or device (-o /dev/stdout) instead of replacing it, and through a link to its file', async () => {
    // A pipe in the test's folder stands for /dev/stdout: replacing a real device would harm the machine if this broke.
    const pipe = path.join(folder, 'pipe')
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0)
    const reader = spawn('cat', [pipe])
    const received = new Promise<string>((resolve) => {
      let text = ''
      reader.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
      reader.on('close', () => resolve(text))
    })
    expect(crosscheck(['report', seeds, '-o', 'pipe']).status).toBe(0)
    // Had the pipe been replaced, nothing would ever open it for writing: stop waiting.
    const stopWaiting = setTimeout(() => reader.kill(), 3_000)
    expect(await received).toMatch(/^<!-- crosscheck report: not an article -->\n\n# .*\n/)
    clearTimeout(stopWaiting)
    expect(lstatSync(pipe).isFIFO()).toBe(true)

    writeFileSync(path.join(folder, 'real.md'), 'old\n')
    symlinkSync('real.md', path.join(folder, 'link.md'))
    expect(crosscheck(['report', seeds, '-o', 'link.md']).status).toBe(0)
    expect(lstatSync(path.join(folder, 'link.md')).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(folder, 'real.md'), 'utf8')).toMatch(/^<!-- crosscheck report: not an article -->\n\n# /)
  })

  it('a write that fails half way (file size limit) keeps the old report whole and leaves no temporary file', () => {
    mkdirSync(path.join(folder, 'out'))
    writeFileSync(path.join(folder, 'out/seeds.md'), 'the old report\n')
    // 4 KB at most per file; the seed report is larger. SIGXFSZ ignored, so the write fails with EFBIG instead of killing the process.
    const result = crosscheck(['report', seeds, '-o', 'out/seeds.md'], { shell: "trap '' XFSZ; ulimit -f 4" })
    expect(result.stderr).toBe('crosscheck: out/seeds.md: cannot write the report (file too large)\n')
    expect(result.status).toBe(2)
    expect(readdirSync(path.join(folder, 'out'))).toEqual(['seeds.md'])
    expect(readFileSync(path.join(folder, 'out/seeds.md'), 'utf8')).toBe('the old report\n')
  })

  it('add that fails half way leaves no file and no temporary file', () => {
    writeFileSync(path.join(folder, 'long.txt'), `A Long Article\n\n${`${paragraph}\n\n`.repeat(80)}`)
    const result = crosscheck(['add', 'long.txt', '--to', 'imported'], { shell: "trap '' XFSZ; ulimit -f 4" })
    expect([result.status, result.stderr]).toEqual([2, 'crosscheck: imported: cannot write (file too large)\n'])
    expect(readdirSync(path.join(folder, 'imported'))).toEqual([])
  })
})

describe('add stays in its folder', () => {
  let server: Server
  let base: string
  const requests: string[] = []
  beforeAll(async () => {
    // Serves a page titled by ?title=, or untitled with ?untitled; /redirect points at a file: URL.
    server = createServer((request, response) => {
      requests.push(request.url ?? '')
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      if (url.pathname === '/redirect') {
        response.writeHead(302, { location: 'file:///etc/passwd' }).end()
        return
      }
      if (url.pathname === '/moved') {
        response.writeHead(301, { location: '/article?title=Moved%20here' }).end()
        return
      }
      if (url.pathname === '/loop') {
        response.writeHead(307, { location: '/loop' }).end()
        return
      }
      const title = url.searchParams.get('title')
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(`<html><head>${title === null ? '' : `<title>${title.replace(/</g, '&lt;')}</title>`}</head><body><article><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it('whatever the title or URL path: traversal, absolute paths, NUL bytes, very long, nothing but symbols', async () => {
    const target = path.join(folder, 'sources')
    const titles = ['../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', 'a\u0000b', 'x'.repeat(10_000), '..', '.', '~', '\u65E5\u672C\u8A9E', '\u202Egnp.exe']
    const written = []
    for (const title of titles) written.push((await addArticle(`${base}/article?title=${encodeURIComponent(title)}`, { to: target })).file)
    written.push((await addArticle(`${base}/a/..%2F..%2F..%2Fetc%2Fpasswd`, { to: target })).file)
    for (const file of written) {
      expect(path.dirname(file)).toBe(target)
      expect(path.basename(file)).toMatch(/^[a-z\d-]{1,84}\.md$/)
    }
    expect(readdirSync(folder)).toEqual(['sources'])
    expect(readdirSync(target)).toHaveLength(written.length)
  })

  it('never overwrites a file that is there', async () => {
    const target = path.join(folder, 'sources')
    mkdirSync(target)
    writeFileSync(path.join(target, 'article.md'), 'mine\n')
    const { file } = await addArticle(`${base}/article?title=${encodeURIComponent('?!')}`, { to: target })
    expect(path.basename(file)).toBe('article-2.md')
    expect(readFileSync(path.join(target, 'article.md'), 'utf8')).toBe('mine\n')
  })

  it('does not follow a redirect to a file: URL, nor round in circles; follows one to a page', async () => {
    await expect(addArticle(`${base}/redirect`, { to: folder })).rejects.toThrow(/^http:\/\/127\.0\.0\.1:\d+\/redirect: redirected to file:\/\/\/etc\/passwd: only http and https pages are fetched$/)
    await expect(addArticle(`${base}/loop`, { to: folder })).rejects.toThrow(/^http:\/\/127\.0\.0\.1:\d+\/loop: more than 20 redirects$/)
    expect(readdirSync(folder)).toEqual([])
    const { file } = await addArticle(`${base}/moved`, { to: folder })
    expect(path.basename(file)).toBe('moved-here.md')
    expect(readFileSync(file, 'utf8')).toContain(`url: ${base}/article?title=Moved%20here`)
  })

  it('reading a page fetches none of its resources', () => {
    requests.length = 0
    const page = `<html><head><link rel="stylesheet" href="${base}/style.css"><script src="${base}/app.js"></script></head>
      <body><img src="${base}/pixel.png"><iframe src="${base}/frame"></iframe><article><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`
    writeFileSync(path.join(folder, 'page.html'), page)
    expect(crosscheck(['analyze', 'page.html']).status).toBe(0)
    expect(readHtml(page).body).toBe(`${paragraph}\n\n${paragraph}`)
    expect(requests).toEqual([])
  })
})

describe('page scripts never run', () => {
  const marker = () => path.join(folder, 'script-ran')
  const hostilePage = () => `<html><head><title>Scripts</title>
    <script>globalThis.crosscheckScriptRan = true; require('fs').writeFileSync(${JSON.stringify(marker())}, 'x')</script></head>
    <body onload="globalThis.crosscheckScriptRan = true"><img src="x" onerror="globalThis.crosscheckScriptRan = true">
    <article><p>${paragraph}</p><script>document.write('SCRIPT RAN')</script><p>${paragraph}</p></article></body></html>`

  it('in-process: no global set, no script text in the body', () => {
    const article = readHtml(hostilePage())
    expect((globalThis as { crosscheckScriptRan?: boolean }).crosscheckScriptRan).toBeUndefined()
    expect(article.body).toBe(`${paragraph}\n\n${paragraph}`)
  })

  it('through the CLI (analyze and add): no file written by the page', () => {
    writeFileSync(path.join(folder, 'page.html'), hostilePage())
    expect(crosscheck(['analyze', 'page.html']).status).toBe(0)
    expect(crosscheck(['add', 'page.html', '--to', 'imported']).status).toBe(0)
    expect(existsSync(marker())).toBe(false)
    expect(readFileSync(path.join(folder, 'imported/scripts.md'), 'utf8')).not.toMatch(/SCRIPT RAN|crosscheckScriptRan/)
  })
})

describe('network', () => {
  it('only add fetches: no other network API anywhere in src/', () => {
    const network = /\bfetch\(|node:(?:http|https|http2|net|tls|dgram)\b|\bWebSocket\b|\bXMLHttpRequest\b|\bundici\b/
    const sourceRoot = path.join(repoRoot, 'src')
    const users = (readdirSync(sourceRoot, { recursive: true }) as string[])
      .filter((name) => /\.tsx?$/.test(name) && network.test(readFileSync(path.join(sourceRoot, name), 'utf8')))
      .map((name) => name.split(path.sep).join('/'))
    expect(users).toEqual(['sources/add.ts'])
  })
})
