import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import v8 from 'node:v8'
import vm from 'node:vm'
import { defaultCacheDirectory, isCacheEnabledByEnvironment } from './cache-location.js'
import { makeFoldersSync } from './make-folders.js'

export type Engine = typeof import('./engine.js')

/**
 * The build writes the engine as one CommonJS bundle next to the CLI's
 * modules (scripts/build.ts). Node 20 keeps no compiled code between runs
 * for ES modules, but V8 does for a script given its `cachedData`: with it,
 * a run over articles never seen before skips compiling the engine again,
 * which on the seeds is about half of the analysis time (see the README's
 * Performance section). The build leaves such a cache next to the bundle,
 * from a run over a few articles of its own, so that the first run after
 * an install finds the engine compiled; a run for which V8 refuses it
 * (other V8 flags) keeps one in the user's cache folder.
 */
const bundleFile = fileURLToPath(new URL('./engine.cjs', import.meta.url))

/** The cache's folder for code caches, one per engine bundle, Node version, architecture and V8 flags; others unused for a day go. */
export const codeCacheFolder = 'code-cache'
const staleAfterMs = 24 * 60 * 60 * 1000
const checksumBytes = 32

let loaded: Promise<Engine> | undefined

/**
 * The engine, loaded once per process. `useCodeCache` (default: unless
 * CROSSCHECK_CACHE turns the cache off) reads and writes V8's code cache in
 * the cache folder. Running from the sources (tests), there is no bundle,
 * and the engine is imported as modules.
 */
export function loadEngine(useCodeCache = isCacheEnabledByEnvironment()): Promise<Engine> {
  loaded ??= existsSync(bundleFile) ? Promise.resolve(loadBundle(useCodeCache)) : import('./engine.js')
  return loaded
}

function loadBundle(useCodeCache: boolean): Engine {
  const source = readFileSync(bundleFile, 'utf8')
  const cacheName = useCodeCache ? codeCacheName(source) : undefined
  const cacheFile = cacheName === undefined ? undefined : path.join(defaultCacheDirectory(), codeCacheFolder, cacheName)
  const userData = cacheFile === undefined ? undefined : readCodeCache(cacheFile)
  const cachedData = userData ?? (cacheName === undefined ? undefined : readCodeCache(path.join(path.dirname(bundleFile), cacheName)))
  // The same parameters as Node's own CommonJS wrapper, and the bundle's import.meta.url (the build defines it as __engineUrl).
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __engineUrl) {${source}\n})`, {
    filename: bundleFile,
    cachedData,
  })
  const module = { exports: {} as Engine }
  const run = script.runInThisContext() as (...parameters: unknown[]) => void
  run(module.exports, createRequire(bundleFile), module, bundleFile, path.dirname(bundleFile), pathToFileURL(bundleFile).href)
  const engine = module.exports
  if (cacheFile !== undefined) {
    if (cachedData !== undefined && !script.cachedDataRejected) {
      if (userData !== undefined) markUsed(cacheFile)
      // The build's was used: files an earlier version left in the user's folder still go once unused for a day.
      else process.once('exit', () => removeStale(path.dirname(cacheFile), path.basename(cacheFile)))
    }
    // At exit, the cache holds every function the run compiled, not only the bundle's top level; a run that analysed
    // nothing (a bad path, articles all in the article cache) compiled too little to be worth keeping.
    else process.once('exit', () => engine.hasAnalysedArticles() && writeCodeCache(cacheFile, script))
  }
  return engine
}

/**
 * Keyed by the bundle's own content: V8 checks its version and flags, but
 * of the source only the length, and a changed engine of the same length
 * must never run the old engine's code.
 */
function codeCacheName(source: string): string {
  const sourceHash = createHash('sha256').update(source).digest('hex').slice(0, 16)
  // V8's own tag covers its version and flags: two flag sets in use keep a file each rather than replace each other's.
  return `engine-${sourceHash}-${process.version}-${process.arch}-${v8.cachedDataVersionTag()}.bin`
}

/**
 * The cached data, or undefined when missing or damaged. A release build
 * of V8 does not check the data's integrity and aborts the process on
 * corrupt data, so each file starts with a sha256 of the rest.
 */
function readCodeCache(file: string): Buffer | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    return undefined
  }
  const data = bytes.subarray(checksumBytes)
  const checksum = createHash('sha256').update(data).digest()
  return bytes.length > checksumBytes && checksum.equals(bytes.subarray(0, checksumBytes)) ? data : undefined
}

/** Atomically (a temporary file, then rename), and best effort: a cache that cannot be written only costs speed. */
function writeCodeCache(file: string, script: vm.Script): void {
  try {
    const data = script.createCachedData()
    const folder = path.dirname(file)
    makeFoldersSync(folder)
    removeStale(folder, path.basename(file))
    const temporary = `${file}.${process.pid}.tmp`
    try {
      writeFileSync(temporary, Buffer.concat([createHash('sha256').update(data).digest(), data]))
      renameSync(temporary, file)
    } finally {
      rmSync(temporary, { force: true })
    }
  } catch {
    // Read-only or full disk: the next run compiles again.
  }
}

/** Marked as used, so that another engine version in use at the same time (a checkout, an install) does not remove it. */
function markUsed(file: string): void {
  const now = new Date()
  try {
    utimesSync(file, now, now)
  } catch {
    // Only pruning looks at it.
  }
}

/** Caches of other engine versions or Node versions, unused for a day. */
function removeStale(folder: string, keep: string): void {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    // No folder: nothing to remove.
    return
  }
  for (const name of names) {
    if (name === keep) continue
    const file = path.join(folder, name)
    try {
      if (Date.now() - statSync(file).mtimeMs > staleAfterMs) rmSync(file, { force: true })
    } catch {
      // Removed by another run meanwhile.
    }
  }
}
