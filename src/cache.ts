import { createHash } from 'node:crypto'
import { constants as fsConstants, closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32 } from 'node:zlib'
import type { ArticleAnalysis, Comparison } from './analyze.js'
import type { Analysis } from './types.js'
import { writeJson } from './write-json.js'
import { articleFromWire, isPackedArticle, packArticle } from './article-wire.js'
import { defaultCacheDirectory, isCacheEnabledByEnvironment } from './cache-location.js'
import { makeFoldersSync } from './make-folders.js'

/**
 * A content-hash cache, so that a second run (or the UI after a report) over
 * unchanged files neither reads and parses them again nor compares them again.
 *
 * Two kinds of entry:
 * - an article's per-article results, keyed by sha256 of the engine version
 *   (package.json and a hash of the engine's own code, so any change to a
 *   reader or the pipeline invalidates everything), the path as given (a
 *   source's id and file come from it) and the file's content;
 * - the comparison of a list of articles, keyed by their keys in order, so
 *   it stands exactly for the same inputs to the same code. Only the last
 *   few comparisons are kept: each can be large.
 *
 * The article entries a run makes go into one pack file at the end of the
 * per-article stage, written atomically (temporary file, then rename),
 * like git's packs: a thousand small files cost ~0.5 s of a cold run here
 * (creating a file, while V8's compiler threads keep both cores busy,
 * waits for a core), one pack a few milliseconds, and a second run reads
 * one file instead of a thousand. A pack starts with its index, so a run
 * reads only the entries it needs; the newest pack wins for a key. Packs
 * unused the longest go once there are more than `maxPacks` or they hold
 * more than `maxPackBytes`: room for hundreds of event folders sharing one
 * cache. Comparisons are files of their own. Every entry carries a CRC-32 of
 * its bytes (in the pack's index, or a comparison's last line), so that a
 * flipped bit or a hand edit that leaves valid JSON is never served. An
 * unreadable or corrupt entry or pack counts as a miss, or falls back to an older copy of the entry,
 * and the entry is written again. Entries live in one
 * folder per engine version; the first write of a run removes the folders
 * of versions unused for a day, so the cache does not grow with every
 * upgrade, while two versions in use at once (an installed one and a
 * checkout) do not keep clearing each other's.
 */
export interface CacheOptions {
  /** Where entries live. Default: $CROSSCHECK_CACHE_DIR, else $XDG_CACHE_HOME/crosscheck, else ~/.cache/crosscheck. */
  directory?: string
  /** How many article packs to keep at most (default 256); the packs used most recently stay. */
  maxPacks?: number
  /** How many bytes of article packs to keep at most (default 1 GiB). */
  maxPackBytes?: number
}

/** Bump when the entry layout changes. */
const entryFormat = 'article-4'
const maxComparisons = 8
/**
 * Each run that analyses anything adds a pack. Bounds on disk: by count, so
 * that the first lookup of a run reads few pack headers, and by size (~5 MB
 * per 1,000 articles).
 */
const defaultMaxPacks = 256
const defaultMaxPackBytes = 1024 ** 3
/** Entries this far apart in a pack are read separately, not with all between them. */
const maxReadGap = 1024 * 1024
/** A run that found its articles in more packs than this writes them again into its own, so packs do not splinter. */
const maxPacksPerRun = 4
/** Temporary files older than this are left over from killed runs. */
const staleTemporaryMs = 60 * 60 * 1000

/** Where an article entry is: the pack file, the byte range of its JSON and their CRC-32. */
interface EntryLocation {
  pack: string
  offset: number
  length: number
  checksum: number
}

/** A comparison found in the cache. */
export interface CachedComparison {
  comparison: Comparison
  /** The analysis as `analyze --json` prints it, when the entry was kept that way. */
  printed?: string
}

export class ArticleCache {
  readonly directory: string
  private readonly maxPacks: number
  private readonly maxPackBytes: number
  /** Entries found and used, and entries stored (articles analysed afresh), since creation. */
  readonly counts = { hits: 0, writes: 0, comparisonHits: 0, comparisonWrites: 0 }
  private hasPruned = false
  private readonly createdFolders = new Set<string>()
  /** Where each key's entries are, newest first; read from the packs' headers on the first lookup. */
  private index?: Map<string, EntryLocation[]>
  /** Packs that served this run: marked recently used, and never evicted by it. */
  private readonly usedPacks = new Set<string>()
  /** Entries for `flush` to pack: made this run, or found in a splintered cache and kept together again. */
  private readonly unsaved: Array<{ key: string; entry: string }> = []

  constructor(options: Readonly<CacheOptions> = {}) {
    this.directory = options.directory ?? defaultCacheDirectory()
    this.maxPacks = options.maxPacks ?? defaultMaxPacks
    this.maxPackBytes = options.maxPackBytes ?? defaultMaxPackBytes
  }

  /**
   * The key of a file's entry: engine version, path as given, the source's
   * id (which the other files read with it decide), content (bytes, or the
   * text decoded from them).
   */
  static key(file: string, id: string, content: string | Uint8Array): string {
    return createHash('sha256').update(engineVersion()).update('\0').update(file).update('\0').update(id).update('\0').update(content).digest('hex')
  }

  /** The key of the comparison of articles with these keys, in this order. */
  static comparisonKey(articleKeys: readonly string[]): string {
    return createHash('sha256').update(engineVersion()).update('\0').update(articleKeys.join('\0')).digest('hex')
  }

  /**
   * The cached analyses for those of `keys` that are in the cache and
   * usable. A key whose newest entry is unreadable falls back to older ones.
   */
  getMany(keys: readonly string[]): Map<string, ArticleAnalysis> {
    const found = new Map<string, ArticleAnalysis>()
    const texts = new Map<string, string>()
    const index = this.readIndex()
    // Each round reads, pack by pack, the next location of every key not found yet.
    let pending = [...new Set(keys)].filter((key) => index.has(key)).map((key) => ({ key, attempt: 0 }))
    while (pending.length > 0) {
      const wantedByPack = new Map<string, Array<{ key: string; attempt: number; location: EntryLocation }>>()
      for (const { key, attempt } of pending) {
        const location = index.get(key)![attempt]
        const wanted = wantedByPack.get(location.pack)
        if (wanted) wanted.push({ key, attempt, location })
        else wantedByPack.set(location.pack, [{ key, attempt, location }])
      }
      const retry: typeof pending = []
      for (const [pack, wanted] of wantedByPack) {
        for (const span of readSpans(wanted)) {
          // One read for a run of neighbouring entries: a run mostly wants a pack's entries together.
          const bytes = readRange(pack, span.start, span.end - span.start)
          for (const { key, attempt, location } of span.entries) {
            const entryBytes = bytes?.subarray(location.offset - span.start, location.offset - span.start + location.length)
            const text = entryBytes !== undefined && crc32(entryBytes) === location.checksum ? entryBytes.toString('utf8') : undefined
            const wire = text === undefined ? undefined : parseEntry(text, key, 'article', isPackedArticle)
            if (!wire) {
              if (attempt + 1 < index.get(key)!.length) retry.push({ key, attempt: attempt + 1 })
              continue
            }
            found.set(key, articleFromWire(wire))
            texts.set(key, text!)
            // An older copy served: the newest, unreadable, is replaced by a good one in this run's pack.
            if (attempt > 0) this.unsaved.push({ key, entry: text! })
            this.usedPacks.add(pack)
            this.counts.hits++
          }
        }
      }
      pending = retry
    }
    if (this.usedPacks.size > maxPacksPerRun) {
      const queued = new Set(this.unsaved.map(({ key }) => key))
      for (const [key, entry] of texts) if (!queued.has(key)) this.unsaved.push({ key, entry })
    }
    return found
  }

  /** Store `article` under `key` (written by `flush`). */
  set(key: string, article: ArticleAnalysis): void {
    this.setPacked(key, packArticle(article))
  }

  /**
   * Store an article packed by packArticle: entries keep the sentences
   * packed, a third of the full JSON, so a first run writes and a second
   * run reads far less.
   */
  setPacked(key: string, packed: string): void {
    this.unsaved.push({ key, entry: `{"key":${JSON.stringify(key)},"article":${packed}}` })
    this.counts.writes++
  }

  /**
   * Write the entries stored since the last flush as one pack, and mark the
   * packs this run used as recently used. A cache that cannot be written is
   * only slower, so failures are ignored.
   */
  flush(): void {
    const mark = nextMark()
    for (const pack of this.usedPacks) touch(pack, mark)
    const keep = new Set(this.usedPacks)
    this.usedPacks.clear()
    if (this.unsaved.length === 0) return
    const entries = this.unsaved.splice(0).map(({ key, entry }) => ({ key, bytes: Buffer.from(entry) }))
    const header = Buffer.from(JSON.stringify(entries.map(({ key, bytes }) => [key, bytes.length, crc32(bytes)])))
    // Named by the mark: names sort in the order this process wrote its packs.
    const pack = path.join(this.packFolder(), `${mark.toString(36).padStart(9, '0')}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.pack`)
    // One write: each system call can wait for a core while the compiler threads are busy.
    const written = this.writeEntry(pack, (write) => write(Buffer.concat([Buffer.from(`${header.length}\n`), header, ...entries.map(({ bytes }) => bytes)])))
    if (!written) return
    // The file system may stamp the new file a little earlier than the packs just touched.
    touch(pack, mark)
    keep.add(pack)
    this.index = undefined
    this.keepRecentPacks(keep)
  }

  /**
   * The cross-article result for `articles`, whose entries' keys make `key`,
   * if it was made before; with the analysis's text as `analyze --json`
   * prints it when the entry was kept in that form (see saveComparison).
   */
  readComparison(key: string, articles: readonly ArticleAnalysis[]): CachedComparison | undefined {
    const file = this.comparisonPath(key)
    const bytes = readingFile(file, (descriptor) => readFileSync(descriptor))
    const text = bytes && checkedComparison(bytes)
    if (text === undefined) return undefined
    const entry = entryFor(text, key)
    if (!entry || !isAnalysis(entry.analysis)) return undefined
    this.counts.comparisonHits++
    touch(file)
    // The printed text is what lies between the entry's start and its closing brace, when nothing else is in the entry.
    const printedStart = comparisonStart(key, true)
    const isPrinted = entry.printed === true && Object.keys(entry).length === 3 && text.startsWith(printedStart) && text.endsWith('}')
    return {
      // As compareArticles gives it: every article's sentences with their tokens, by source id.
      comparison: { analysis: entry.analysis, sentences: new Map(articles.map((article) => [article.source.id, article.sentences])) },
      printed: isPrinted ? text.slice(printedStart.length, -1) : undefined,
    }
  }

  /**
   * Keep the comparison made of the articles with comparison key `key`:
   * compact, or, given `print`, as `analyze --json` prints it, which `print`
   * receives piece by piece as it is written, so that the analysis is
   * serialized once for both (and a second run prints the stored text).
   * `print` gets the whole text even when the entry cannot be written.
   */
  saveComparison(key: string, analysis: Analysis, print?: (chunk: string) => void): void {
    const writeComparison = (writeBytes: (chunk: Buffer) => void) => {
      let checksum = 0
      const write = (chunk: string) => {
        const bytes = Buffer.from(chunk)
        checksum = crc32(bytes, checksum)
        writeBytes(bytes)
      }
      write(comparisonStart(key, print !== undefined))
      if (print) {
        writeJson(analysis, (chunk) => {
          write(chunk)
          print(chunk)
        })
      } else writeJson(analysis, write, { space: 0 })
      write('}')
      writeBytes(Buffer.from(checksumLine(checksum)))
    }
    if (this.writeEntry(this.comparisonPath(key), writeComparison)) {
      this.counts.comparisonWrites++
      this.keepNewestComparisons()
    }
  }

  /** The folder of the article packs (exposed for tests and maintenance). */
  packFolder(): string {
    return path.join(this.directory, versionFolder(), 'packs')
  }

  comparisonPath(key: string): string {
    return path.join(this.directory, versionFolder(), 'comparisons', `${key}.json`)
  }

  /**
   * Write what `writeTo` gives to `target` through a temporary file; false
   * when that fails. `writeTo` runs to its end either way: what it does
   * besides writing (saveComparison's printing) must not depend on the cache.
   */
  private writeEntry(target: string, writeTo: (write: (chunk: string | Buffer) => void) => void): boolean {
    if (!this.hasPruned) this.pruneStaleVersions()
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    let descriptor: number | undefined
    try {
      const folder = path.dirname(target)
      if (!this.createdFolders.has(folder)) {
        makeFoldersSync(folder)
        this.createdFolders.add(folder)
      }
      descriptor = openSync(temporary, 'w')
    } catch {
      // No entry; writeTo still runs.
    }
    let isWritten = descriptor !== undefined
    try {
      writeTo((chunk) => {
        if (!isWritten) return
        try {
          writeAll(descriptor!, typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
        } catch {
          isWritten = false
        }
      })
    } catch (error) {
      // A writer cut short leaves a partial entry: never kept.
      isWritten = false
      throw error
    } finally {
      if (descriptor !== undefined) isWritten = closeAndKeep(descriptor, temporary, target, isWritten)
    }
    return isWritten
  }

  /** Where every article entry is, from the packs' headers: per key, newest pack first. */
  private readIndex(): Map<string, EntryLocation[]> {
    if (this.index) return this.index
    const index = new Map<string, EntryLocation[]>()
    let packs: string[] = []
    try {
      // Names start with the time of writing: sorted, newest first.
      packs = readdirSync(this.packFolder()).filter((name) => name.endsWith('.pack')).sort().reverse()
    } catch {
      // No packs yet.
    }
    for (const name of packs) {
      const pack = path.join(this.packFolder(), name)
      for (const [key, offset, length, checksum] of readPackHeader(pack) ?? []) {
        const locations = index.get(key)
        if (locations) locations.push({ pack, offset, length, checksum })
        else index.set(key, [{ pack, offset, length, checksum }])
      }
    }
    this.index = index
    return index
  }

  /**
   * Drop the packs unused the longest beyond `maxPacks` or `maxPackBytes`,
   * never those in `keep`, and temporary files left by killed runs.
   */
  private keepRecentPacks(keep: ReadonlySet<string>): void {
    try {
      const folder = this.packFolder()
      const files = readdirSync(folder).map((name) => {
        const info = statSync(path.join(folder, name))
        return { name, file: path.join(folder, name), time: info.mtimeMs, size: info.size }
      })
      const packs = files.filter(({ name }) => name.endsWith('.pack')).sort((a, b) => b.time - a.time)
      let bytes = 0
      packs.forEach(({ file, size }, rank) => {
        bytes += size
        if ((rank >= this.maxPacks || bytes > this.maxPackBytes) && !keep.has(file)) rmSync(file, { force: true })
      })
      removeStaleTemporaries(files)
    } catch {
      // Another run may be pruning too: extra packs only cost disk space.
    }
  }

  /**
   * Comparisons are large: keep the most recently used few, and no temporary
   * file left by a run stopped while it printed (and wrote) one.
   */
  private keepNewestComparisons(): void {
    const folder = path.join(this.directory, versionFolder(), 'comparisons')
    try {
      const files = readdirSync(folder).map((name) => ({ name, file: path.join(folder, name), time: statSync(path.join(folder, name)).mtimeMs }))
      const entries = files.filter(({ name }) => name.endsWith('.json')).sort((a, b) => b.time - a.time)
      for (const { file } of entries.slice(maxComparisons)) rmSync(file, { force: true })
      removeStaleTemporaries(files)
    } catch {
      // Another run may be pruning too: extra entries only cost disk space.
    }
  }

  /** Mark this version's folder used and delete stale ones: only folders this class names, nothing else in the directory. */
  private pruneStaleVersions(): void {
    this.hasPruned = true
    const now = Date.now()
    try {
      makeFoldersSync(path.join(this.directory, versionFolder()))
      utimesSync(path.join(this.directory, versionFolder()), now / 1000, now / 1000)
      for (const name of readdirSync(this.directory)) {
        if (!versionFolderPattern.test(name) || name === versionFolder()) continue
        const folder = path.join(this.directory, name)
        if (now - statSync(folder).mtimeMs > staleAfterMs) rmSync(folder, { recursive: true, force: true })
      }
    } catch {
      // Another run may be pruning too, or the folder is not ours to change: stale entries only cost disk space.
    }
  }
}

/** Remove the temporary files among `files` left over from runs killed while writing (older than staleTemporaryMs). */
function removeStaleTemporaries(files: ReadonlyArray<{ name: string; file: string; time: number }>): void {
  const now = Date.now()
  for (const { name, file, time } of files) if (name.endsWith('.tmp') && now - time > staleTemporaryMs) rmSync(file, { force: true })
}

/** A comparison entry's last line: the CRC-32 of the bytes before it, in hex. */
function checksumLine(checksum: number): string {
  return `\n${checksum.toString(16).padStart(8, '0')}`
}

/** The JSON of a comparison entry, when its last line is the checksum of it. */
function checkedComparison(bytes: Buffer): string | undefined {
  const lineLength = checksumLine(0).length
  if (bytes.length < lineLength) return undefined
  const json = bytes.subarray(0, bytes.length - lineLength)
  return bytes.toString('latin1', json.length) === checksumLine(crc32(json)) ? json.toString('utf8') : undefined
}

/** How a comparison entry starts: its key, then the analysis, printed (indented, as `analyze --json`) or compact. */
function comparisonStart(key: string, isPrinted: boolean): string {
  return `{"key":${JSON.stringify(key)},${isPrinted ? '"printed":true,' : ''}"analysis":`
}

/** Close a temporary file and, when all of it was written, move it to `target`; else remove it. True when it is in place. */
function closeAndKeep(descriptor: number, temporary: string, target: string, isComplete: boolean): boolean {
  try {
    closeSync(descriptor)
    if (isComplete) {
      renameSync(temporary, target)
      return true
    }
  } catch {
    // Not kept: removed below.
  }
  try {
    unlinkSync(temporary)
  } catch {
    // Nothing was written.
  }
  return false
}

function parseEntry<T>(text: string, key: string, field: string, isExpected: (value: unknown) => value is T): T | undefined {
  const entry = entryFor(text, key)
  return entry && isExpected(entry[field]) ? entry[field] : undefined
}

/** The entry `text` holds, when it is valid JSON and the entry of `key`. */
function entryFor(text: string, key: string): Record<string, unknown> | undefined {
  try {
    const entry = JSON.parse(text) as Record<string, unknown> | null
    return entry?.key === key ? entry : undefined
  } catch {
    return undefined
  }
}

/**
 * A pack's index: per entry its key, offset in the file and length in
 * bytes. A pack is `<header length>\n<header>` and then the entries' JSON
 * one after another, the header a JSON list of [key, length, CRC-32]. Undefined
 * when the pack is unreadable or its header is not of that shape.
 */
function readPackHeader(pack: string): Array<[string, number, number, number]> | undefined {
  return readingFile(pack, (descriptor) => {
    const size = fstatSync(descriptor).size
    const start = Buffer.alloc(Math.min(size, 64 * 1024))
    const read = readSync(descriptor, start, 0, start.length, 0)
    const newline = start.subarray(0, read).indexOf(10)
    const headerLength = Number(start.toString('latin1', 0, newline))
    if (newline < 1 || !Number.isSafeInteger(headerLength) || newline + 1 + headerLength > size) return undefined
    let header = start.subarray(newline + 1, Math.min(read, newline + 1 + headerLength))
    if (header.length < headerLength) {
      const whole = Buffer.alloc(headerLength)
      readSync(descriptor, whole, 0, headerLength, newline + 1)
      header = whole
    }
    const listed = JSON.parse(header.toString('utf8')) as unknown
    if (!Array.isArray(listed)) return undefined
    const entries: Array<[string, number, number, number]> = []
    let offset = newline + 1 + headerLength
    for (const item of listed) {
      if (!Array.isArray(item) || typeof item[0] !== 'string' || !Number.isSafeInteger(item[1]) || item[1] < 0 || !Number.isSafeInteger(item[2])) return undefined
      entries.push([item[0], offset, item[1], item[2]])
      offset += item[1]
    }
    return offset === size ? entries : undefined
  })
}

/** The wanted entries of one pack as ranges to read: neighbours together, far-apart ones (`maxReadGap`) apart. */
function readSpans<T extends { location: EntryLocation }>(wanted: readonly T[]): Array<{ start: number; end: number; entries: T[] }> {
  const spans: Array<{ start: number; end: number; entries: T[] }> = []
  for (const item of [...wanted].sort((a, b) => a.location.offset - b.location.offset)) {
    const { offset, length } = item.location
    const last = spans.at(-1)
    if (last && offset - last.end <= maxReadGap) {
      last.end = Math.max(last.end, offset + length)
      last.entries.push(item)
    } else spans.push({ start: offset, end: offset + length, entries: [item] })
  }
  return spans
}

/** writeSync may write less than it was given (a full disk): go on, or fail. */
function writeAll(descriptor: number, bytes: Buffer): void {
  let done = 0
  while (done < bytes.length) {
    const written = writeSync(descriptor, bytes, done, bytes.length - done)
    if (written <= 0) throw new Error('short write')
    done += written
  }
}

/** `length` bytes of `file` from `offset`, or undefined when they cannot all be read. */
function readRange(file: string, offset: number, length: number): Buffer | undefined {
  return readingFile(file, (descriptor) => {
    const bytes = Buffer.alloc(length)
    return readSync(descriptor, bytes, 0, length, offset) === length ? bytes : undefined
  })
}

/**
 * What `read` makes of `file` open for reading, or undefined when it cannot
 * be opened or read or is no regular file (opened without waiting: a FIFO of
 * an entry's name would block the run).
 */
function readingFile<T>(file: string, read: (descriptor: number) => T | undefined): T | undefined {
  let descriptor: number | undefined
  try {
    descriptor = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK)
    if (!fstatSync(descriptor).isFile()) return undefined
    return read(descriptor)
  } catch {
    return undefined
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

// Which packs were used last is told by their modification times, and their
// names start with the time they were written. Within one process every mark
// is later than the one before, so that runs less than a millisecond apart
// (a test's, a script's) keep their order, even when the clock steps back.
let lastMarkMs = 0

/** The time to stamp a use or a new pack with, in ms: now, or just after the last mark. */
function nextMark(): number {
  lastMarkMs = Math.max(Date.now(), lastMarkMs + 1)
  return lastMarkMs
}

function touch(file: string, markMs = nextMark()): void {
  const now = markMs / 1000
  try {
    utimesSync(file, now, now)
  } catch {
    // Only the order of pruning depends on it.
  }
}

/** `option` as a cache: the given one, the user's (unless turned off by CROSSCHECK_CACHE), or none. */
export function resolveCache(option: ArticleCache | boolean | undefined): ArticleCache | undefined {
  if (option instanceof ArticleCache) return option
  return (option ?? isCacheEnabledByEnvironment()) ? new ArticleCache() : undefined
}

const versionFolderPattern = /^article-\d+-[0-9a-f]{16}$/
const staleAfterMs = 24 * 60 * 60 * 1000

function versionFolder(): string {
  return `${entryFormat}-${engineVersion().slice(0, 16)}`
}

let cachedEngineVersion: string | undefined

/**
 * The package version and a hash of every module of the engine: the hash
 * the build wrote of its own output (dist/engine-version.txt, see
 * scripts/build.ts), else of the sources next to this file (src/ under the
 * tests). Hashing the code rather than trusting a hand-bumped number means a
 * changed reader or plugin can never serve stale results.
 */
export function engineVersion(): string {
  if (cachedEngineVersion === undefined) {
    const codeRoot = path.dirname(fileURLToPath(import.meta.url))
    const hash = createHash('sha256').update(entryFormat)
    hash.update(readFileSync(path.join(codeRoot, '..', 'package.json')))
    const builtVersion = path.join(codeRoot, engineVersionFile)
    if (existsSync(builtVersion)) hash.update(readFileSync(builtVersion))
    else for (const file of codeFiles(codeRoot)) hash.update(file).update(readFileSync(path.join(codeRoot, file)))
    cachedEngineVersion = hash.digest('hex')
  }
  return cachedEngineVersion
}

/** Written by the build next to its bundles: a hash of all of them. */
export const engineVersionFile = 'engine-version.txt'

/** Module files under `root`, relative, in a stable order. */
function codeFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => /\.(js|ts|tsx)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => file.split(path.sep).join('/'))
    .sort()
}

function isAnalysis(value: unknown): value is Analysis {
  const analysis = value as Partial<Analysis> | undefined
  return typeof analysis === 'object' && analysis !== null && ['sources', 'quotes', 'titles', 'groups', 'unique'].every((field) => Array.isArray(analysis[field as keyof Analysis]))
}
