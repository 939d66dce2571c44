import { readFileSync, realpathSync, statSync } from 'node:fs'
import { decodeText, firstInvalidUtf8, utf16ByteOrder } from './encoding.js'
import { reportFileReason, sameFileReason } from './problems.js'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { InputProblem, SourceDocument } from '../types.js'
import { removeBoilerplate } from './boilerplate.js'
import { readText, type ReadResult } from './text.js'
import { readPlainMarkdown } from './markdown-plain.js'
import { printableResult } from './printable.js'
import { reportMarker } from '../report/marker.js'
import { visiblePath } from './printable.js'

export interface ReadOptions {
  /** Files larger than this are skipped (bytes). Default 20 MB. */
  maxBytes?: number
}

export interface ReadSourcesResult {
  sources: SourceDocument[]
  problems: InputProblem[]
}

const supportedExtensions = new Set(['.txt', '.md', '.markdown', '.html', '.htm'])
const defaultMaxBytes = 20 * 1024 * 1024
/**
 * Longer prose is no article (a long one is some 100,000 characters), and
 * its analysis holds a tree of the whole text at once: 1.95 million
 * characters took 3.2 s and 640 MB, a 19.5 MB text 51 s and 3.6 GB.
 */
export const maxProseCharacters = 2_000_000

/**
 * Read every supported file under the given paths (folders recursively, in
 * name order). A file that cannot be used becomes a problem; the others are
 * still read.
 */
export async function readSources(paths: readonly string[], options: Readonly<ReadOptions> = {}): Promise<ReadSourcesResult> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  const { files, problems } = await listSourceFiles(paths)
  const ids = sourceIdsOf(files)
  const sources: SourceDocument[] = []
  for (const [index, file] of files.entries()) {
    const result = await readSource(file, maxBytes, ids[index])
    if ('reason' in result) problems.push(result)
    else sources.push(result)
  }
  return { sources, problems }
}

/**
 * The supported files under `paths` in reading order, each once (a file
 * given twice, or inside a folder also given, is read the first time), and
 * the paths that cannot be used.
 */
export async function listSourceFiles(paths: readonly string[]): Promise<{ files: string[]; problems: InputProblem[] }> {
  const problems: InputProblem[] = []
  const files: string[] = []
  const firstNames = new Map<string, string>()
  const listedFolders = new Set<string>()
  const add = (file: string) => {
    // (A name's escapes would act on the terminal wherever the file is named: the check, the report, the UI.)
    if (controlCharacters.test(file)) {
      problems.push({ file: visiblePath(file), reason: 'its path holds control characters (terminal escapes); rename it to read it' })
      return
    }
    const identity = fileIdentity(file)
    const first = firstNames.get(identity)
    if (first === undefined) {
      firstNames.set(identity, file)
      files.push(file)
    } else problems.push({ file, reason: `${sameFileReason}${first}; skipped` })
  }
  for (const given of paths) {
    let info
    try {
      info = await stat(given)
    } catch (error) {
      problems.push({ file: visiblePath(given), reason: describeFsError(error, 'no such file or folder') })
      continue
    }
    if (info.isDirectory()) {
      const found = await listSupportedFiles(given, problems, listedFolders)
      // An unreadable folder already has its problem; "no files" would be a second one.
      if (found?.length === 0) problems.push({ file: given, reason: 'no .txt, .md or .html files in this folder' })
      for (const file of found ?? []) add(file)
    } else if (isSupportedFile(given)) {
      add(given)
    } else {
      problems.push({ file: given, reason: `unsupported file type "${path.extname(given) || 'none'}" (expected .txt, .md or .html)` })
    }
  }
  return { files, problems }
}

const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/

// Files in a folder that are likely articles in a form crosscheck does not read, and what to do.
const saveAs = 'not read: save it as .txt, .md or .html to compare it'
const documentReasons = new Map([
  ['.docx', `a Word document, ${saveAs}`], ['.doc', `a Word document, ${saveAs}`], ['.odt', `an OpenDocument text, ${saveAs}`],
  ['.rtf', `a rich-text document, ${saveAs}`], ['.pdf', `a PDF, ${saveAs}`], ['.pages', `a Pages document, ${saveAs}`],
  ['.text', 'not read: rename it with .txt to compare it'],
])

/**
 * What tells a file from every other: its device and inode, so that a
 * link, symbolic or hard, and a path in another case where the file system
 * ignores case all name the file they lead to.
 */
function fileIdentity(file: string): string {
  try {
    // (Numbers as bigints: an inode past 2^53, as some file systems give, would round into another file's.)
    const { dev, ino } = statSync(file, { bigint: true })
    return `${dev}:${ino}`
  } catch {
    return path.resolve(file)
  }
}

/**
 * The id of each file (distinct files, as listSourceFiles gives them): its
 * name without extension, as the contract has it. Files that share a name
 * (`cnn/index.html`, `fox/index.html`; a folder per story with `left.md`,
 * `right.md`) are told apart by the folders below the ones they share
 * (`cnn/index`, `fox/index`); when folders cannot tell some of them apart
 * (`notes.txt`, `notes.md` in one folder), all of that name keep their
 * extension too. So every file is read and none is dropped for its name.
 */
export function sourceIdsOf(files: readonly string[]): string[] {
  const ids = files.map(nameWithoutExtension)
  const sharing = new Map<string, number[]>()
  ids.forEach((id, index) => {
    const indices = sharing.get(id)
    if (indices) indices.push(index)
    else sharing.set(id, [index])
  })
  for (const indices of sharing.values()) {
    if (indices.length < 2) continue
    // Without the empty part a path's root leaves (`/x.md` beside `/a/x.md`).
    const folders = indices.map((index) => path.resolve(path.dirname(files[index])).split(path.sep).filter(Boolean))
    const shared = sharedLength(folders)
    const byFolder = indices.map((index, at) => [...folders[at].slice(shared), ids[index]].join('/'))
    const isDistinct = new Set(byFolder).size === byFolder.length
    indices.forEach((index, at) => {
      ids[index] = isDistinct ? byFolder[at] : [...folders[at].slice(shared), path.basename(files[index])].join('/')
    })
  }
  // A longer id can meet a name it was not compared with (`notes.txt` beside a file `notes.txt.md`): the whole path then.
  const counts = new Map<string, number>()
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
  return ids.map((id, index) => (counts.get(id)! > 1 ? path.resolve(files[index]).split(path.sep).join('/') : id))
}

function nameWithoutExtension(file: string): string {
  return path.basename(file, path.extname(file))
}

/** How many leading parts all the lists share. */
function sharedLength(lists: ReadonlyArray<readonly string[]>): number {
  let length = 0
  while (lists.every((list) => length < list.length && list[length] === lists[0][length])) length++
  return length
}

/**
 * Supported files under `folder`, or undefined when the folder itself cannot
 * be listed. Links are followed, to files and folders alike, and each folder
 * is listed once (`listed`: real paths of the folders listed so far, across
 * the run's paths): a link back up the tree, or a second way to a folder
 * (links between sibling folders grow the ways factorially), is named and
 * not followed. Anything else with a supported name (a FIFO) is listed, for
 * readTextFile to say why it cannot be read.
 */
async function listSupportedFiles(folder: string, problems: InputProblem[], listed: Set<string>, real = realPath(folder)): Promise<string[] | undefined> {
  let entries
  try {
    entries = await readdir(folder, { withFileTypes: true })
  } catch (error) {
    problems.push({ file: folder, reason: describeFsError(error, 'cannot read folder') })
    return undefined
  }
  listed.add(real)
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const files: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const full = path.join(folder, entry.name)
    const isLink = entry.isSymbolicLink()
    let isFolder = entry.isDirectory()
    if (isLink) {
      try {
        isFolder = statSync(full).isDirectory()
      } catch (error) {
        if (isSupportedFile(entry.name)) problems.push({ file: full, reason: describeLinkError(error) })
        continue
      }
    }
    if (!isFolder) {
      if (isSupportedFile(entry.name)) files.push(full)
      else {
        // An article saved as a document is named, not passed over as a photo is: the comparison would lack an outlet.
        const reason = documentReasons.get(path.extname(entry.name).toLowerCase())
        if (reason) problems.push({ file: full, reason })
      }
      continue
    }
    const realFolder = realPath(full)
    if (listed.has(realFolder)) {
      // A link to it is named; a folder reached before through a link has had its files read.
      if (isLink) problems.push({ file: full, reason: 'a link to a folder already read; not followed' })
      continue
    }
    // (One by one: spreading a long list into push() overflows the stack.)
    for (const file of (await listSupportedFiles(full, problems, listed, realFolder)) ?? []) files.push(file)
  }
  return files
}

/** The path of `file` with every link followed, or the path itself when it cannot be followed. */
function realPath(file: string): string {
  try {
    return realpathSync.native(file)
  } catch {
    return path.resolve(file)
  }
}

/** Why a link cannot be followed. */
function describeLinkError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'a link to nothing (what it named is gone); left out'
  if (code === 'ELOOP') return 'a link that leads back to itself; left out'
  return describeFsError(error, 'a link that cannot be followed; left out')
}

/** Read one file into a source document, or say why it cannot be used. */
export async function readSource(file: string, maxBytes = defaultMaxBytes, id = nameWithoutExtension(file)): Promise<SourceDocument | InputProblem> {
  const value = await readTextFile(file, maxBytes)
  return typeof value === 'string' ? sourceFromText(file, value, id) : value
}

/**
 * Turn the text of `file`, already read, into a source document, or say why
 * it cannot be used. `id` defaults to the file's name without extension
 * (sourceIdsOf gives the ids of several files).
 */
export async function sourceFromText(file: string, value: string, id = nameWithoutExtension(file)): Promise<SourceDocument | InputProblem> {
  const extension = path.extname(file).toLowerCase()
  let read: ReadResult
  try {
    read = await readByExtension(extension, value)
  } catch (error) {
    return { file, reason: `cannot parse ${extension.slice(1)}: ${error instanceof Error ? error.message : String(error)}` }
  }

  const { body, boilerplate } = removeBoilerplate(read.body)
  if (body.trim().length === 0) {
    return { file, reason: extension.startsWith('.htm') ? 'no article text found in this page' : 'no prose in this file' }
  }
  if (body.length > maxProseCharacters) {
    const count = (length: number) => length.toLocaleString('en-US')
    return { file, reason: `its prose is ${count(body.length)} characters, over the ${count(maxProseCharacters)} an article may have (split it to read it)` }
  }
  return {
    id,
    file,
    title: read.title,
    outlet: read.outlet,
    date: read.date,
    url: read.url,
    author: read.author,
    body,
    boilerplate,
    ...(read.problem === undefined ? {} : { readProblem: read.problem }),
  }
}

/**
 * The text of a file (UTF-8, UTF-16 with its mark, or a page in the charset
 * its `<meta>` declares), or why it is not usable text: missing, unreadable,
 * not a regular file, too large, empty, binary, in an undeclared charset.
 */
export async function readTextFile(file: string, maxBytes = defaultMaxBytes): Promise<string | InputProblem> {
  let bytes: Buffer
  try {
    // Synchronous calls: articles are small local files, and for thousands of them
    // the promise round trips cost more than the reads.
    const info = statSync(file)
    if (info.isDirectory()) return { file, reason: 'is a folder, expected a file' }
    // (A pipe or a device would block the read or never end.)
    if (!info.isFile()) return { file, reason: 'not a regular file' }
    if (info.size > maxBytes) return { file, reason: `file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit` }
    bytes = readFileSync(file, { flag: 'r' })
  } catch (error) {
    return { file, reason: describeFsError(error, 'cannot read file') }
  }
  if (bytes.length === 0) return { file, reason: 'file is empty' }
  if (!utf16ByteOrder(bytes) && bytes.includes(0)) return { file, reason: 'binary file (contains NUL bytes), not text' }
  const text = decodeText(bytes)
  if (text === undefined) {
    const at = firstInvalidUtf8(bytes)
    const where = at === undefined ? '' : ` at line ${at.line}, column ${at.column} (byte ${at.byte})`
    return { file, reason: `not valid UTF-8 text${where}, and no charset declared in it (save it as UTF-8)` }
  }
  // (`crosscheck report .` in a folder of articles writes its report under it.)
  return text.startsWith(reportMarker) ? { file, reason: reportFileReason } : text
}

/** Whether `read` can read files with this name (by extension). */
export function isSupportedFile(file: string): boolean {
  return supportedExtensions.has(path.extname(file).toLowerCase())
}

/**
 * Run the reader for a file extension (`.txt`, `.md`, `.html`, ...) on text
 * already read; what it gives is printable text only (printable.ts): HTML
 * entities and Markdown escapes can spell control characters too.
 */
export async function readByExtension(extension: string, value: string): Promise<ReadResult> {
  return printableResult(await readWithReader(extension, value))
}

async function readWithReader(extension: string, value: string): Promise<ReadResult> {
  // Readers load on first use: a run served from the cache parses no Markdown or HTML.
  if (extension === '.md' || extension === '.markdown') {
    const plain = readPlainMarkdown(value)
    if (plain) return plain
    const { readMarkdown } = await import('./markdown.js')
    return readMarkdown(value)
  }
  if (extension === '.html' || extension === '.htm') {
    const { readHtml } = await import('./html.js')
    return readHtml(value)
  }
  return readText(value)
}

function describeFsError(error: unknown, fallback: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file or folder'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder, expected a file'
  return fallback
}

/** Rounded up, so that a file just over the limit never reads as the limit itself (`20.0 MB, over the 20.0 MB limit`). */
function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(Math.ceil((size / 1024 / 1024) * 10) / 10).toFixed(1)} MB`
  return size >= 1024 ? `${Math.ceil(size / 1024)} KB` : `${size} bytes`
}
