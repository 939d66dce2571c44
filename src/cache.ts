import { createHash } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AnalyzeResult, ArticleAnalysis } from './analyze.js'
import type { Analysis } from './types.js'
import { writeJson } from './write-json.js'
import { articleFromWire, isPackedArticle, packArticle } from './article-wire.js'

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
 * Entries are JSON files written atomically (temporary file, then rename);
 * an unreadable or corrupt entry counts as a miss and is rewritten. Entries
 * live in one folder per engine version; the first write of a run removes
 * the folders of versions unused for a day, so the cache does not grow with
 * every upgrade, while two versions in use at once (an installed one and a
 * checkout) do not keep clearing each other's.
 */
export interface CacheOptions {
  /** Where entries live. Default: $CROSSCHECK_CACHE_DIR, else $XDG_CACHE_HOME/crosscheck, else ~/.cache/crosscheck. */
  directory?: string
}

/** Bump when the entry layout changes. */
const entryFormat = 'article-2'
const maxComparisons = 8

export class ArticleCache {
  readonly directory: string
  /** Entries found and used, and entries written, since creation. */
  readonly counts = { hits: 0, writes: 0, comparisonHits: 0, comparisonWrites: 0 }
  private hasPruned = false
  private readonly createdFolders = new Set<string>()

  constructor(options: Readonly<CacheOptions> = {}) {
    this.directory = options.directory ?? defaultCacheDirectory()
  }

  /** The key of a file's entry: engine version, path as given, content (bytes, or the text decoded from them). */
  static key(file: string, content: string | Uint8Array): string {
    return createHash('sha256').update(engineVersion()).update('\0').update(file).update('\0').update(content).digest('hex')
  }

  /** The key of the comparison of articles with these keys, in this order. */
  static comparisonKey(articleKeys: readonly string[]): string {
    return createHash('sha256').update(engineVersion()).update('\0').update(articleKeys.join('\0')).digest('hex')
  }

  /** The cached analysis for `key`, or undefined when missing or unusable. */
  get(key: string): ArticleAnalysis | undefined {
    const wire = readEntry(this.entryPath(key), key, 'article', isPackedArticle)
    if (!wire) return undefined
    this.counts.hits++
    return articleFromWire(wire)
  }

  /** Store `article` under `key`; a cache that cannot be written is only slower, so failures are ignored. */
  set(key: string, article: ArticleAnalysis): void {
    this.setPacked(key, packArticle(article))
  }

  /**
   * Store an article packed by packArticle: entries keep the sentences
   * packed, a third of the full JSON, so a first run writes and a second
   * run reads far less.
   */
  setPacked(key: string, packed: string): void {
    if (this.writeEntry(this.entryPath(key), (write) => write(`{"key":${JSON.stringify(key)},"article":${packed}}`))) this.counts.writes++
  }

  /** The cross-article result for `articles`, whose entries' keys make `key`, if it was made before. */
  readComparison(key: string, articles: readonly ArticleAnalysis[]): Omit<AnalyzeResult, 'problems'> | undefined {
    const file = this.comparisonPath(key)
    const analysis = readEntry(file, key, 'analysis', isAnalysis)
    if (!analysis) return undefined
    this.counts.comparisonHits++
    touch(file)
    // As compareArticles gives it: every article's sentences with their tokens, by source id.
    return { analysis, sentences: new Map(articles.map((article) => [article.source.id, article.sentences])) }
  }

  /** Keep the comparison made of the articles with comparison key `key`. */
  saveComparison(key: string, analysis: Analysis): void {
    const writeComparison = (write: (chunk: string) => void) => {
      write(`{"key":${JSON.stringify(key)},"analysis":`)
      writeJson(analysis, write, { space: 0 })
      write('}')
    }
    if (this.writeEntry(this.comparisonPath(key), writeComparison)) {
      this.counts.comparisonWrites++
      this.keepNewestComparisons()
    }
  }


  /** The file holding the entry for `key` (exposed for tests and maintenance). */
  entryPath(key: string): string {
    return path.join(this.directory, versionFolder(), key.slice(0, 2), `${key}.json`)
  }

  comparisonPath(key: string): string {
    return path.join(this.directory, versionFolder(), 'comparisons', `${key}.json`)
  }

  /** Write what `writeTo` gives to `target` through a temporary file; false when that fails. */
  private writeEntry(target: string, writeTo: (write: (chunk: string) => void) => void): boolean {
    if (!this.hasPruned) this.pruneStaleVersions()
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    try {
      const folder = path.dirname(target)
      if (!this.createdFolders.has(folder)) {
        mkdirSync(folder, { recursive: true })
        this.createdFolders.add(folder)
      }
      const descriptor = openSync(temporary, 'w')
      try {
        writeTo((chunk) => writeSync(descriptor, chunk))
      } finally {
        closeSync(descriptor)
      }
      renameSync(temporary, target)
      return true
    } catch {
      try {
        unlinkSync(temporary)
      } catch {
        // Nothing was written.
      }
      return false
    }
  }

  /** Comparisons are large: keep the most recently used few. */
  private keepNewestComparisons(): void {
    const folder = path.join(this.directory, versionFolder(), 'comparisons')
    try {
      const entries = readdirSync(folder)
        .filter((name) => name.endsWith('.json'))
        .map((name) => ({ file: path.join(folder, name), time: statSync(path.join(folder, name)).mtimeMs }))
        .sort((a, b) => b.time - a.time)
      for (const { file } of entries.slice(maxComparisons)) rmSync(file, { force: true })
    } catch {
      // Another run may be pruning too: extra entries only cost disk space.
    }
  }

  /** Mark this version's folder used and delete stale ones: only folders this class names, nothing else in the directory. */
  private pruneStaleVersions(): void {
    this.hasPruned = true
    const now = Date.now()
    try {
      mkdirSync(path.join(this.directory, versionFolder()), { recursive: true })
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

/** The value stored under `field` in the entry at `file`, when the entry is for `key` and the value has the expected shape. */
function readEntry<T>(file: string, key: string, field: string, isExpected: (value: unknown) => value is T): T | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  try {
    const entry = JSON.parse(text) as Record<string, unknown>
    return entry.key === key && isExpected(entry[field]) ? entry[field] : undefined
  } catch {
    return undefined
  }
}

function touch(file: string): void {
  try {
    const now = Date.now() / 1000
    utimesSync(file, now, now)
  } catch {
    // Only the order of pruning depends on it.
  }
}

/** True unless CROSSCHECK_CACHE is `0`, `false`, `no` or `off`. */
export function isCacheEnabledByEnvironment(environment: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(0|false|no|off)$/i.test(environment.CROSSCHECK_CACHE ?? '')
}

/** `option` as a cache: the given one, the user's (unless turned off by CROSSCHECK_CACHE), or none. */
export function resolveCache(option: ArticleCache | boolean | undefined): ArticleCache | undefined {
  if (option instanceof ArticleCache) return option
  return (option ?? isCacheEnabledByEnvironment()) ? new ArticleCache() : undefined
}

export function defaultCacheDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  if (environment.CROSSCHECK_CACHE_DIR) return path.resolve(environment.CROSSCHECK_CACHE_DIR)
  const base = environment.XDG_CACHE_HOME ? path.resolve(environment.XDG_CACHE_HOME) : path.join(os.homedir(), '.cache')
  return path.join(base, 'crosscheck')
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
