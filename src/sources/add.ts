import { randomUUID } from 'node:crypto'
import { link, open, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { decodeText, decodeUndeclared } from './encoding.js'
import path from 'node:path'
import { unified } from 'unified'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import type { Root } from 'mdast'
import { stringify as stringifyYaml } from 'yaml'
import { isSupportedFile, readByExtension, readTextFile } from './read.js'
import type { ReadResult } from './text.js'
import { makeFoldersNamingFirst } from '../make-folders.js'
import { describeWriteFailure } from '../write-failure.js'

export interface AddOptions {
  /** Folder the Markdown file is written to (created when missing). Default `sources`. */
  to?: string
  /** Give up on a URL that has not fully answered after this many milliseconds. Default 20 000. */
  timeoutMs?: number
  /** Refuse pages and files larger than this many bytes. Default 10 MB. */
  maxBytes?: number
}

export interface AddResult {
  /** Path of the file written, or of the file that already held the same Markdown. */
  file: string
  /** False when the folder already had the article, word for word: nothing was written. */
  isNew: boolean
  /** The first folder made for it, when `to` did not exist. */
  createdFolder?: string
  article: ReadResult
}

/** Why an article cannot be added: one line naming the input. */
export class AddError extends Error {}

// GFM, as the Markdown reader parses it, so that `~~` and the like are escaped too.
const markdownWriter = unified().use(remarkGfm).use(remarkStringify)
const defaultTimeoutMs = 20_000
const defaultMaxBytes = 10 * 1024 * 1024
const maxSlugLength = 80
const maxNumberedNames = 1000

// A scheme of two letters or more: `C:\page.html` stays a file path.
const urlScheme = /^[a-z][a-z\d+.-]+:/i

/**
 * Import an article (a saved page, a Markdown or text file, or an http(s)
 * URL) as `<to>/<slug>.md` with YAML front matter. Never overwrites: when
 * the name is taken, `<slug>-2.md`, `<slug>-3.md`, ...
 */
export async function addArticle(input: string, options: Readonly<AddOptions> = {}): Promise<AddResult> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  const folder = options.to ?? 'sources'
  if (input.trim() === '') throw new AddError('no file or URL given to add')
  if (folder.trim() === '') throw new AddError('no folder given (--to "")')
  // (Before a page is fetched: there is no writing it anyway.)
  if ((await stat(folder).catch(() => undefined))?.isDirectory() === false) throw new AddError(`${folder}: not a folder (--to)`)
  const { article, fallbackName } = urlScheme.test(input)
    ? await readUrl(input, maxBytes, options.timeoutMs ?? defaultTimeoutMs)
    : await readFileInput(input, maxBytes)

  if (article.body.trim().length === 0) throw new AddError(`${input}: no article text found`)
  const slug = slugify(article.title ?? fallbackName)
  const markdown = toMarkdown(article)
  // Added twice, an article would be compared with itself as a second source.
  const named = await filesNamedFor(folder, slug)
  const existing = await sameFileIn(named, markdown)
  if (existing) return { file: existing, isNew: false, article }
  // So would an updated copy of it (same URL, same title: sites that point every page's canonical URL at their home
  // page give different articles one URL): the user says which version to keep.
  const earlier = article.url === null ? undefined : await sameArticleIn(named, markdown)
  if (earlier) throw new AddError(`${input}: an earlier version of this article (same URL and title) is ${earlier}; remove it first to add this one`)
  const createdFolder = await makeFolder(folder)
  return { file: await writeNew(folder, slug, markdown), isNew: true, article, ...(createdFolder ? { createdFolder } : {}) }
}

/** Create `folder` and its missing parents (makeFolders); the folder made first, if any, so that the user hears of a mistyped path. */
async function makeFolder(folder: string): Promise<string | undefined> {
  try {
    return await makeFoldersNamingFirst(folder)
  } catch (error) {
    throw new AddError(`${folder}: cannot create the folder (${describeWriteError(error)})`)
  }
}

/** Why a page could not be added: a file of its name may already be there (written with `wx`). */
function describeWriteError(error: unknown): string {
  return describeWriteFailure(error, { EEXIST: 'a file of that name is in the way' })
}

/** Bytes of a file read for its front matter. */
const frontMatterBytes = 4096

/** The files in `folder` named for `slug` (`slug.md`, `slug-2.md`, …), in order. */
async function filesNamedFor(folder: string, slug: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[])
  // A slug is letters, digits and dashes: nothing to escape.
  const ours = new RegExp(`^${slug}(-\\d+)?\\.md$`)
  return names
    .filter((name) => ours.test(name))
    .sort()
    .map((name) => path.join(folder, name))
}

/** Of `files`, the one whose front matter gives `markdown`'s URL and title, if any. */
async function sameArticleIn(files: readonly string[], markdown: string): Promise<string | undefined> {
  // The lines as toMarkdown writes them: compared as written, no YAML parser needed.
  const identity = (text: string) => {
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? ''
    const url = /^url: .*$/m.exec(frontMatter)?.[0]
    return url === undefined ? undefined : `${url}\n${/^title: .*$/m.exec(frontMatter)?.[0] ?? ''}`
  }
  const wanted = identity(markdown)
  if (wanted === undefined) return undefined
  for (const file of files) if (identity(await readHead(file)) === wanted) return file
  return undefined
}

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r').catch(() => undefined)
  if (!handle) return ''
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(frontMatterBytes), position: 0 })
    return buffer.toString('utf8', 0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** Of `files`, the one that holds `content` already, if any. */
async function sameFileIn(files: readonly string[], content: string): Promise<string | undefined> {
  for (const file of files) if ((await readFile(file, 'utf8').catch(() => undefined)) === content) return file
  return undefined
}

interface ReadInput {
  article: ReadResult
  /** What names the file when the article has no title. */
  fallbackName: string
}

async function readFileInput(file: string, maxBytes: number): Promise<ReadInput> {
  const info = await stat(file).catch(() => undefined)
  if (info?.isDirectory()) throw new AddError(`${file}: a folder; give one file or URL`)
  // (Nothing there: a mistyped URL or name is missing, whatever its extension; `notaurl` had been an unsupported type.)
  if (info === undefined) throw new AddError(`${file}: no such file or folder, nor an http(s) URL`)
  if (!isSupportedFile(file)) throw new AddError(`${file}: unsupported file type "${path.extname(file) || 'none'}" (expected .html, .md or .txt, or an http(s) URL)`)
  const value = await readTextFile(file, maxBytes)
  if (typeof value !== 'string') throw new AddError(`${value.file}: ${value.reason}`)
  const extension = path.extname(file).toLowerCase()
  return { article: await parseArticle(extension, value, file), fallbackName: path.basename(file, extension) }
}

async function readUrl(input: string, maxBytes: number, timeoutMs: number): Promise<ReadInput> {
  let url: URL
  try {
    url = new URL(input)
  } catch {
    throw new AddError(`${input}: not a valid URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AddError(`${input}: only http and https URLs can be added, not ${url.protocol}`)
  }

  const page = await fetchLimited(url, input, maxBytes, timeoutMs)
  const article = await parseArticle(extensionForType(page.contentType, page.text, input), page.text, input)
  const finalUrl = new URL(page.url)
  const lastSegment = finalUrl.pathname.split('/').filter(Boolean).pop()
  return {
    article: { ...article, url: article.url ?? page.url },
    fallbackName: lastSegment ? lastSegment.replace(/\.[a-z\d]+$/i, '') : finalUrl.hostname,
  }
}

async function parseArticle(extension: string, value: string, input: string): Promise<ReadResult> {
  try {
    return await readByExtension(extension, value)
  } catch (error) {
    throw new AddError(`${input}: cannot parse ${extension.slice(1)}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

interface FetchedPage {
  url: string
  contentType: string
  text: string
}

/** GET a URL, stopping as soon as the body passes `maxBytes` or the time is up. */
async function fetchLimited(url: URL, input: string, maxBytes: number, timeoutMs: number): Promise<FetchedPage> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const tooLarge = new AddError(`${input}: page is over the ${formatLimit(maxBytes)} limit`)
  try {
    const response = await fetchFollowing(url, input, controller.signal)
    if (!response.ok) throw new AddError(`${input}: server answered ${response.status} ${response.statusText}`.trimEnd())
    if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge

    const chunks: Uint8Array[] = []
    let received = 0
    if (response.body) {
      const reader = response.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        received += value.byteLength
        if (received > maxBytes) {
          await reader.cancel()
          throw tooLarge
        }
        chunks.push(value)
      }
    }
    const contentType = response.headers.get('content-type') ?? ''
    return { url: response.url || url.href, contentType, text: decode(Buffer.concat(chunks), contentType) }
  } catch (error) {
    if (error instanceof AddError) throw error
    if (controller.signal.aborted) throw new AddError(`${input}: timed out after ${formatSeconds(timeoutMs)}`)
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    const code = cause?.code ?? ''
    const said = fetchFailures[code] ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
    throw new AddError(`${input}: cannot fetch: ${said}${code && fetchFailures[code] ? ` (${code})` : ''}`)
  } finally {
    clearTimeout(timer)
    controller.abort()
  }
}

/** Redirects followed before giving up, as browsers do (fetch's own limit is 20). */
const maxRedirects = 20

/**
 * GET `url`, following redirects here rather than in fetch, so that one to
 * another scheme (`file:///etc/passwd`) is refused in words, not with
 * fetch's `URL scheme must be a HTTP(S) scheme`.
 */
async function fetchFollowing(url: URL, input: string, signal: AbortSignal): Promise<Response> {
  let current = url
  for (let redirects = 0; ; redirects++) {
    const response = await fetch(current, { signal, redirect: 'manual', headers: { accept: 'text/html, text/markdown;q=0.9, text/plain;q=0.8' } })
    const location = response.headers.get('location')
    if (!isRedirect(response.status) || location === null) return response
    await response.body?.cancel()
    if (redirects === maxRedirects) throw new AddError(`${input}: more than ${maxRedirects} redirects`)
    let next: URL
    try {
      next = new URL(location, current)
    } catch {
      throw new AddError(`${input}: redirected to ${JSON.stringify(location)}, which is no address`)
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new AddError(`${input}: redirected to ${next.href}: only http and https pages are fetched`)
    current = next
  }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308
}

// What the network's error codes mean to someone adding a page.
const fetchFailures: Record<string, string> = {
  ENOTFOUND: 'host not found (offline, or a mistyped address?)',
  EAI_AGAIN: 'host not found (offline?)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable (offline?)',
  CERT_HAS_EXPIRED: "the site's certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the site's certificate is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the site's certificate cannot be verified",
}

/**
 * Decode with the charset the server names, else as decodeText reads a
 * file, else as a browser reads a page that names none (decodeUndeclared):
 * a page with a few bad bytes is still a page.
 */
function decode(bytes: Buffer, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]
  return decodeText(bytes, charset) ?? decodeUndeclared(bytes)
}

function extensionForType(contentType: string, text: string, input: string): string {
  const type = contentType.split(';')[0].trim().toLowerCase()
  if (type === 'text/markdown' || type === 'text/x-markdown') return '.md'
  if (type === 'text/plain') return '.txt'
  if (type === 'text/html' || type === 'application/xhtml+xml' || /^\s*</.test(text)) return '.html'
  throw new AddError(`${input}: unsupported content type "${type || 'none'}" (expected an HTML, Markdown or text page)`)
}

/**
 * A file-name-safe slug: ASCII letters, digits and single hyphens, at most
 * `maxSlugLength` characters, cut at a word boundary. Whatever the title
 * (`../../etc/passwd`, only punctuation), it cannot leave the folder.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxSlugLength) return slug || 'article'
  const cut = slug.slice(0, maxSlugLength + 1)
  const boundary = cut.lastIndexOf('-')
  return boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, maxSlugLength)
}

/** Front matter with the metadata that is known, then the prose, escaped so that it reads back unchanged. */
export function toMarkdown(article: ReadResult): string {
  const metadata = Object.fromEntries(
    (['title', 'outlet', 'url', 'date', 'author'] as const).filter((key) => article[key] !== null).map((key) => [key, article[key]]),
  )
  const tree: Root = {
    type: 'root',
    children: article.body
      .split(/\n[ \t]*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter((paragraph) => paragraph.length > 0)
      .map((paragraph) => ({ type: 'paragraph', children: [{ type: 'text', value: paragraph }] })),
  }
  const frontMatter = Object.keys(metadata).length > 0 ? `---\n${stringifyYaml(metadata, { lineWidth: 0 })}---\n\n` : ''
  return frontMatter + markdownWriter.stringify(tree)
}

/**
 * Write through a temporary file, then hard-link it to the first free name:
 * unlike rename, link fails when the name exists, so a file created
 * meanwhile is never replaced.
 */
async function writeNew(folder: string, slug: string, content: string): Promise<string> {
  const temporary = path.join(folder, `.${slug}.${randomUUID()}.tmp`)
  try {
    await writeFile(temporary, content, { flag: 'wx' })
    for (let number = 1; number <= maxNumberedNames; number += 1) {
      const target = path.join(folder, number === 1 ? `${slug}.md` : `${slug}-${number}.md`)
      try {
        await link(temporary, target)
        return target
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
    }
    throw new AddError(`${folder}: ${maxNumberedNames} files named ${slug}*.md already; not adding another`)
  } catch (error) {
    if (error instanceof AddError) throw error
    throw new AddError(`${folder}: cannot write (${describeWriteError(error)})`)
  } finally {
    // (Best effort: the folder may be unwritable, which the error above says.)
    await rm(temporary, { force: true }).catch(() => {})
  }
}

function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`
}

function formatSeconds(milliseconds: number): string {
  return `${+(milliseconds / 1000).toFixed(2)} s`
}
