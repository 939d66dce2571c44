import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { analyzePaths, type AnalyzeResult, type ArticleAnalysis } from '../src/analyze.js'
import { ArticleCache } from '../src/cache.js'
import { isCacheEnabledByEnvironment } from '../src/cache-location.js'
import { writeEventCorpus } from './helpers/corpus.js'

function freshCache(): ArticleCache {
  return new ArticleCache({ directory: mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-')) })
}

function keyOf(file: string): string {
  return ArticleCache.key(file, path.basename(file, path.extname(file)), readFileSync(file, 'utf8'))
}

async function anArticle(): Promise<ArticleAnalysis> {
  const folder = writeEventCorpus(1)
  const cache = freshCache()
  const [source] = (await analyzePaths([folder], { cache, workers: 0 })).analysis.sources
  return [...cache.getMany([keyOf(source.file)]).values()][0]
}

function packsOf(cache: ArticleCache): string[] {
  return readdirSync(cache.packFolder()).filter((name) => name.endsWith('.pack')).sort().map((name) => path.join(cache.packFolder(), name))
}

/** The path of the one comparison entry in `cache`. */
function onlyComparisonEntry(cache: ArticleCache): string {
  const folder = path.dirname(cache.comparisonPath('x'))
  const [entry] = readdirSync(folder)
  return path.join(folder, entry)
}

/** A comparison entry's JSON, without its checksum line. */
function comparisonJson(entryPath: string): string {
  const text = readFileSync(entryPath, 'utf8')
  return text.slice(0, text.lastIndexOf('\n'))
}

/** Write `json` as a comparison entry, with the checksum line the cache checks. */
function writeComparisonEntry(entryPath: string, json: string): void {
  writeFileSync(entryPath, `${json}\n${crc32(json).toString(16).padStart(8, '0')}`)
}

/** Analyse `folder` with `cache` to print the analysis, and print it. */
async function analyzeAndPrint(folder: string, cache: ArticleCache): Promise<{ result: AnalyzeResult; printed: string }> {
  const chunks: string[] = []
  const result = await analyzePaths([folder], { cache, workers: 0, printsJson: true })
  result.printJson((chunk) => chunks.push(chunk))
  return { result, printed: chunks.join('') }
}

describe('ArticleCache', () => {
  it('with deferCacheWrites, writes nothing until writeCache, then what a second run needs', async () => {
    const folder = writeEventCorpus(4)
    const cache = freshCache()
    const first = await analyzePaths([folder], { cache, workers: 0, deferCacheWrites: true })
    expect(cache.counts).toEqual({ hits: 0, writes: 0, comparisonHits: 0, comparisonWrites: 0 })
    first.writeCache()
    first.writeCache()
    expect(cache.counts).toEqual({ hits: 0, writes: 4, comparisonHits: 0, comparisonWrites: 1 })

    const again = new ArticleCache({ directory: cache.directory })
    const second = await analyzePaths([folder], { cache: again, workers: 0 })
    expect(again.counts).toEqual({ hits: 4, writes: 0, comparisonHits: 1, comparisonWrites: 0 })
    expect(JSON.stringify(second.analysis)).toBe(JSON.stringify(first.analysis))
  })

  it('serves a second run from the cache with the same analysis', async () => {
    const folder = writeEventCorpus(4)
    const cache = freshCache()
    const first = await analyzePaths([folder], { cache, workers: 0 })
    expect(cache.counts).toEqual({ hits: 0, writes: 4, comparisonHits: 0, comparisonWrites: 1 })

    const again = new ArticleCache({ directory: cache.directory })
    const second = await analyzePaths([folder], { cache: again, workers: 0 })
    expect(again.counts).toEqual({ hits: 4, writes: 0, comparisonHits: 1, comparisonWrites: 0 })
    expect(JSON.stringify(second.analysis)).toBe(JSON.stringify(first.analysis))
    expect(second.analysis.quotes.length).toBeGreaterThan(0)
    expect([...second.sentences.keys()]).toEqual([...first.sentences.keys()])
    expect(JSON.stringify([...second.sentences.values()])).toBe(JSON.stringify([...first.sentences.values()]))
  })

  it('uses the comparison entry, not a fresh comparison', async () => {
    const folder = writeEventCorpus(3)
    const cache = freshCache()
    await analyzePaths([folder], { cache, workers: 0 })
    const entryPath = onlyComparisonEntry(cache)
    const entry = JSON.parse(comparisonJson(entryPath)) as { analysis: { unique: unknown[] } }
    entry.analysis.unique = []
    writeComparisonEntry(entryPath, JSON.stringify(entry))

    const result = await analyzePaths([folder], { cache: new ArticleCache({ directory: cache.directory }), workers: 0 })
    expect(result.analysis.unique).toEqual([])
    expect(result.analysis.groups.length).toBeGreaterThan(0)
  })

  it('serves no comparison entry edited without its checksum, though still valid JSON, and writes it again', async () => {
    const folder = writeEventCorpus(3)
    const cache = freshCache()
    const first = await analyzePaths([folder], { cache, workers: 0 })
    const entryPath = onlyComparisonEntry(cache)
    const stored = readFileSync(entryPath, 'utf8')
    // One digit of a figure changed, as a flipped bit or a hand edit would.
    const at = stored.indexOf('"analysis"') + stored.slice(stored.indexOf('"analysis"')).search(/":\d/) + 2
    const digit = Number(stored[at])
    const edited = `${stored.slice(0, at)}${digit === 9 ? 8 : digit + 1}${stored.slice(at + 1)}`
    writeFileSync(entryPath, edited)
    expect(() => JSON.parse(comparisonJson(entryPath))).not.toThrow()

    const again = new ArticleCache({ directory: cache.directory })
    const second = await analyzePaths([folder], { cache: again, workers: 0 })
    expect(again.counts).toEqual({ hits: 3, writes: 0, comparisonHits: 0, comparisonWrites: 1 })
    expect(JSON.stringify(second.analysis)).toBe(JSON.stringify(first.analysis))
    expect(readFileSync(entryPath, 'utf8')).toBe(stored)
  })

  it('prints the analysis once serialized for the comparison entry, and a second run prints the stored text', async () => {
    const folder = writeEventCorpus(3)
    const cache = freshCache()
    const { result: first, printed } = await analyzeAndPrint(folder, cache)
    const text = JSON.stringify(first.analysis, null, 2)
    expect(printed).toBe(text)
    const entryPath = onlyComparisonEntry(cache)
    const entry = comparisonJson(entryPath)
    expect(entry.endsWith(`"analysis":${text}}`)).toBe(true)

    // Stored with other spacing: printed as stored, not serialized again.
    const respaced = entry.replace(text, JSON.stringify(first.analysis, null, 4))
    writeComparisonEntry(entryPath, respaced)
    const again = new ArticleCache({ directory: cache.directory })
    expect((await analyzeAndPrint(folder, again)).printed).toBe(JSON.stringify(first.analysis, null, 4))
    expect(again.counts.comparisonHits).toBe(1)

    // Anything else in the entry: the text is not the analysis alone, so the analysis is serialized again.
    writeComparisonEntry(entryPath, `${respaced.slice(0, -1)},"note":"edited by hand"}`)
    const edited = await analyzeAndPrint(folder, new ArticleCache({ directory: cache.directory }))
    expect(edited.printed).toBe(text)
  })

  it('prints the same text from a compact comparison entry, made by a run that printed nothing', async () => {
    const folder = writeEventCorpus(3)
    const cache = freshCache()
    const first = await analyzePaths([folder], { cache, workers: 0 })
    expect(comparisonJson(onlyComparisonEntry(cache))).not.toContain('\n')

    const again = new ArticleCache({ directory: cache.directory })
    expect((await analyzeAndPrint(folder, again)).printed).toBe(JSON.stringify(first.analysis, null, 2))
    expect(again.counts.comparisonHits).toBe(1)
  })

  it('prints the whole analysis when the cache cannot be written, and keeps no entry from a printing cut short', async () => {
    const folder = writeEventCorpus(2)
    const blocker = path.join(mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-')), 'a-file')
    writeFileSync(blocker, '')
    const cache = new ArticleCache({ directory: path.join(blocker, 'cache') })
    const { result, printed } = await analyzeAndPrint(folder, cache)
    expect(cache.counts.comparisonWrites).toBe(0)
    expect(printed).toBe(JSON.stringify(result.analysis, null, 2))

    const fresh = freshCache()
    const cutShort = await analyzePaths([folder], { cache: fresh, workers: 0, printsJson: true })
    expect(() =>
      cutShort.printJson(() => {
        throw new Error('stdout is gone')
      }),
    ).toThrow('stdout is gone')
    expect(readdirSync(path.dirname(fresh.comparisonPath('x')))).toEqual([])
  })

  it('removes temporary files left by killed runs, once they are an hour old', async () => {
    const folder = writeEventCorpus(2)
    const cache = freshCache()
    await analyzePaths([folder], { cache, workers: 0 })
    const folders = [cache.packFolder(), path.dirname(cache.comparisonPath('x'))]
    const hoursAgo = (hours: number) => (Date.now() - hours * 3600_000) / 1000
    for (const where of folders) {
      writeFileSync(path.join(where, 'stale.tmp'), 'partial')
      utimesSync(path.join(where, 'stale.tmp'), hoursAgo(2), hoursAgo(2))
      writeFileSync(path.join(where, 'recent.tmp'), 'partial')
    }
    writeFileSync(path.join(folder, 'new.md'), '---\ntitle: New\n---\n\nA new article says something else entirely.\n')
    await analyzePaths([folder], { cache: new ArticleCache({ directory: cache.directory }), workers: 0 })
    for (const where of folders) expect(readdirSync(where).filter((name) => name.endsWith('.tmp'))).toEqual(['recent.tmp'])
  })

  it('ignores a corrupt comparison entry and rewrites it', async () => {
    const folder = writeEventCorpus(3)
    const cache = freshCache()
    const first = await analyzePaths([folder], { cache, workers: 0 })
    const entryPath = onlyComparisonEntry(cache)
    writeFileSync(entryPath, '{"key": "trunc')

    const again = new ArticleCache({ directory: cache.directory })
    const second = await analyzePaths([folder], { cache: again, workers: 0 })
    expect(again.counts).toEqual({ hits: 3, writes: 0, comparisonHits: 0, comparisonWrites: 1 })
    expect(JSON.stringify(second.analysis)).toBe(JSON.stringify(first.analysis))
    expect(() => JSON.parse(comparisonJson(entryPath))).not.toThrow()
  })

  it('uses what the entry holds, not a fresh analysis', async () => {
    const folder = writeEventCorpus(2)
    const cache = freshCache()
    const [file] = (await analyzePaths([folder], { cache, workers: 0 })).analysis.sources.map((source) => source.file)
    // A later pack holds the same key: the newest entry wins.
    const [article] = cache.getMany([keyOf(file)]).values()
    const writer = new ArticleCache({ directory: cache.directory })
    writer.set(keyOf(file), { ...article, source: { ...article.source, title: 'Title from the cache' } })
    writer.flush()
    expect(packsOf(cache)).toHaveLength(2)
    // The articles' comparison would stand for them: drop it so they are compared again.
    rmSync(path.dirname(cache.comparisonPath('x')), { recursive: true })

    const result = await analyzePaths([folder], { cache: new ArticleCache({ directory: cache.directory }), workers: 0 })
    expect(result.analysis.sources[0].title).toBe('Title from the cache')
  })

  it('writes one pack per run, with only the entries it made', async () => {
    const folder = writeEventCorpus(3)
    const cache = freshCache()
    const first = await analyzePaths([folder], { cache, workers: 0 })
    expect(packsOf(cache)).toHaveLength(1)
    const file = first.analysis.sources[2].file
    writeFileSync(file, readFileSync(file, 'utf8').replace('reopen next summer after', 'reopen next winter after'))

    const again = new ArticleCache({ directory: cache.directory })
    await analyzePaths([folder], { cache: again, workers: 0 })
    expect(again.counts).toEqual({ hits: 2, writes: 1, comparisonHits: 0, comparisonWrites: 1 })
    const [, newest] = packsOf(cache)
    expect(readFileSync(newest, 'utf8')).toContain(keyOf(file))
    expect(readFileSync(newest, 'utf8')).not.toContain(keyOf(first.analysis.sources[0].file))
  })

  it('ignores a corrupt entry and rewrites it', async () => {
    const folder = writeEventCorpus(3)
    const cache = freshCache()
    const first = await analyzePaths([folder], { cache, workers: 0 })
    const [pack] = packsOf(cache)
    // Garble the middle entry, keeping every byte offset in the pack.
    const text = readFileSync(pack, 'latin1')
    const at = text.indexOf(`{"key":"${keyOf(first.analysis.sources[1].file)}"`)
    expect(at).toBeGreaterThan(0)
    writeFileSync(pack, `${text.slice(0, at)}#${text.slice(at + 1)}`, 'latin1')

    const again = new ArticleCache({ directory: cache.directory })
    const second = await analyzePaths([folder], { cache: again, workers: 0 })
    expect(again.counts).toEqual({ hits: 2, writes: 1, comparisonHits: 1, comparisonWrites: 0 })
    expect(JSON.stringify(second.analysis)).toBe(JSON.stringify(first.analysis))
    const third = new ArticleCache({ directory: cache.directory })
    await analyzePaths([folder], { cache: third, workers: 0 })
    expect(third.counts.hits).toBe(3)
  })

  it('serves no pack entry edited into other valid JSON', async () => {
    const article = await anArticle()
    const cache = freshCache()
    cache.set('k', { ...article, source: { ...article.source, title: 'Right title' } })
    cache.flush()
    const [pack] = packsOf(cache)
    // The same length, so the pack's index still fits: only the checksum tells.
    writeFileSync(pack, readFileSync(pack, 'utf8').replace('"title":"Right title"', '"title":"Wrong title"'))
    expect(readFileSync(pack, 'utf8')).toContain('Wrong title')
    const reader = new ArticleCache({ directory: cache.directory })
    expect(reader.getMany(['k']).size).toBe(0)
  })

  it('ignores a truncated pack', async () => {
    const folder = writeEventCorpus(2)
    const cache = freshCache()
    const first = await analyzePaths([folder], { cache, workers: 0 })
    const [pack] = packsOf(cache)
    writeFileSync(pack, readFileSync(pack).subarray(0, 200))

    const again = new ArticleCache({ directory: cache.directory })
    const second = await analyzePaths([folder], { cache: again, workers: 0 })
    expect(again.counts).toEqual({ hits: 0, writes: 2, comparisonHits: 1, comparisonWrites: 0 })
    expect(JSON.stringify(second.analysis)).toBe(JSON.stringify(first.analysis))
  })

  it('keeps the packs used most recently, up to a number of packs', async () => {
    const folder = writeEventCorpus(2)
    const cache = freshCache()
    await analyzePaths([folder], { cache, workers: 0 })
    const [kept] = packsOf(cache)
    const article = await anArticle()
    for (let run = 0; run < 20; run++) {
      const writer = new ArticleCache({ directory: cache.directory, maxPacks: 6 })
      writer.set(`other-${run}`, article)
      writer.flush()
      // The corpus is read again in between: its pack stays among the recently used.
      if (run % 4 === 0) {
        const reader = new ArticleCache({ directory: cache.directory, maxPacks: 6 })
        await analyzePaths([folder], { cache: reader, workers: 0 })
        expect(reader.counts.hits).toBe(2)
      }
    }
    expect(packsOf(cache)).toHaveLength(6)
    expect(packsOf(cache)).toContain(kept)
  })

  it('keeps packs up to a number of bytes', async () => {
    const article = await anArticle()
    const cache = freshCache()
    const packBytes = () => packsOf(cache).map((pack) => statSync(pack).size)
    cache.set('first', article)
    cache.flush()
    const [size] = packBytes()
    for (let run = 0; run < 5; run++) {
      const writer = new ArticleCache({ directory: cache.directory, maxPackBytes: size * 3 })
      writer.set(`later-${run}`, article)
      writer.flush()
    }
    expect(packBytes().reduce((sum, bytes) => sum + bytes, 0)).toBeLessThanOrEqual(size * 3 + 100)
    expect([...new ArticleCache({ directory: cache.directory }).getMany(['first', 'later-4']).keys()]).toEqual(['later-4'])
  })

  it('keeps finding every article of a folder that grows by one file per run', async () => {
    const article = await anArticle()
    const directory = freshCache().directory
    const keys: string[] = []
    for (let run = 0; run < 60; run++) {
      const cache = new ArticleCache({ directory, maxPacks: 8 })
      expect(cache.getMany(keys).size).toBe(keys.length)
      keys.push(`file-${run}`)
      cache.set(`file-${run}`, article)
      cache.flush()
    }
    expect(packsOf(new ArticleCache({ directory })).length).toBeLessThanOrEqual(8)
  })

  it('falls back to an older entry when the newest of a key is unreadable', async () => {
    const article = await anArticle()
    const cache = freshCache()
    for (const title of ['older', 'newer']) {
      const writer = new ArticleCache({ directory: cache.directory })
      writer.set('k', { ...article, source: { ...article.source, title } })
      writer.flush()
    }
    const newest = packsOf(cache).at(-1)!
    const text = readFileSync(newest, 'latin1')
    writeFileSync(newest, text.replace('"title":"newer"', '"title":#newer"'), 'latin1')
    const reader = new ArticleCache({ directory: cache.directory })
    expect([...reader.getMany(['k']).values()].map((found) => found.source.title)).toEqual(['older'])
    // The good copy is written again as the newest, so later runs read it first.
    reader.flush()
    expect(packsOf(cache)).toHaveLength(3)
    expect(readFileSync(packsOf(cache).at(-1)!, 'utf8')).toContain('"title":"older"')
  })

  it('reads back a pack whose index is longer than the first read, with text beyond ASCII', async () => {
    const article = await anArticle()
    const cache = freshCache()
    const keys = Array.from({ length: 1500 }, (_, index) => ArticleCache.key(`file-${index}.md`, `file-${index}`, String(index)))
    keys.forEach((key, index) => cache.set(key, { ...article, source: { ...article.source, title: `Café “${index}” 😀` } }))
    cache.flush()
    const [pack] = packsOf(cache)
    expect(Number(readFileSync(pack, 'latin1').split('\n', 1)[0])).toBeGreaterThan(64 * 1024)
    const found = new ArticleCache({ directory: cache.directory }).getMany([keys[0], keys[777], keys[1499], keys[777]])
    expect([...found.values()].map((item) => item.source.title)).toEqual(['Café “0” 😀', 'Café “777” 😀', 'Café “1499” 😀'])
  })

  it('misses when a file changes', async () => {
    const folder = writeEventCorpus(2)
    const cache = freshCache()
    const first = await analyzePaths([folder], { cache, workers: 0 })
    const file = first.analysis.sources[0].file
    writeFileSync(file, readFileSync(file, 'utf8').replace('reopen next summer after', 'reopen next winter after'))

    const again = new ArticleCache({ directory: cache.directory })
    const second = await analyzePaths([folder], { cache: again, workers: 0 })
    expect(again.counts).toEqual({ hits: 1, writes: 1, comparisonHits: 0, comparisonWrites: 1 })
    expect(second.analysis.sources[0].body).toContain('next winter')
  })

  it('keys on the engine version, the path, the id and the content', () => {
    expect(ArticleCache.key('a.md', 'a', 'text')).toBe(ArticleCache.key('a.md', 'a', Buffer.from('text')))
    expect(ArticleCache.key('a.md', 'a', 'text')).not.toBe(ArticleCache.key('b.md', 'a', 'text'))
    expect(ArticleCache.key('x/a.md', 'a', 'text')).not.toBe(ArticleCache.key('x/a.md', 'x/a', 'text'))
    expect(ArticleCache.key('a.md', 'a', 'text')).not.toBe(ArticleCache.key('a.md', 'a', 'text!'))
  })

  it('is off when CROSSCHECK_CACHE says so', () => {
    expect(isCacheEnabledByEnvironment({})).toBe(true)
    expect(isCacheEnabledByEnvironment({ CROSSCHECK_CACHE: '0' })).toBe(false)
    expect(isCacheEnabledByEnvironment({ CROSSCHECK_CACHE: 'off' })).toBe(false)
    expect(isCacheEnabledByEnvironment({ CROSSCHECK_CACHE: '1' })).toBe(true)
  })
})

describe('the cache in the CLI (built binary)', () => {
  const repository = path.resolve(import.meta.dirname, '..')
  const analyzeSeeds = (directory: string, ...flags: string[]) =>
    spawnSync(process.execPath, [path.join(repository, 'bin/crosscheck.js'), 'analyze', 'sources', '--json', ...flags], {
      cwd: repository,
      encoding: 'utf8',
      env: { ...process.env, CROSSCHECK_CACHE_DIR: directory },
      // A run that waits on a FIFO is stopped and fails the test, not the suite.
      timeout: 30_000,
    })

  it('is filled by default and left alone with --no-cache, with the same output', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-'))
    const uncached = analyzeSeeds(directory, '--no-cache')
    expect(uncached.status).toBe(0)
    expect(readdirSync(directory)).toEqual([])
    const cold = analyzeSeeds(directory)
    const warm = analyzeSeeds(directory)
    // The article entries' folder only: the engine's compiled code came with the build (tests/engine-loader.test.ts).
    expect(readdirSync(directory)).toEqual([expect.stringMatching(/^article-/)])
    expect(cold.stdout).toBe(uncached.stdout)
    expect(warm.stdout).toBe(uncached.stdout)
  })

  it('passes over a FIFO named as a pack or a comparison entry, never waiting on it', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-'))
    const cold = analyzeSeeds(directory)
    // The built engine's version folder (its hash is the build's, not the sources').
    const [versionFolder] = readdirSync(directory)
    const comparisons = path.join(directory, versionFolder, 'comparisons')
    const entryPath = path.join(comparisons, readdirSync(comparisons)[0])
    rmSync(entryPath)
    for (const fifo of [entryPath, path.join(directory, versionFolder, 'packs', 'zzzzzzzzz-1-fifo.pack')]) expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const again = analyzeSeeds(directory)
    expect(again.status).toBe(0)
    expect(again.stdout).toBe(cold.stdout)
  })
})

describe('the built CLI', () => {
  it('keys its cache by the hash the build wrote of its bundles', () => {
    const repository = path.resolve(import.meta.dirname, '..')
    const cacheDirectory = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-'))
    try {
      const run = spawnSync(process.execPath, [path.join(repository, 'bin/crosscheck.js'), 'analyze', 'sources', '--json'], {
        cwd: repository,
        encoding: 'utf8',
        env: { ...process.env, CROSSCHECK_CACHE: '1', CROSSCHECK_CACHE_DIR: cacheDirectory },
      })
      expect(run.status).toBe(0)
      const version = createHash('sha256')
        .update('article-4')
        .update(readFileSync(path.join(repository, 'package.json')))
        .update(readFileSync(path.join(repository, 'dist/engine-version.txt')))
        .digest('hex')
      expect(readdirSync(cacheDirectory)).toEqual([`article-4-${version.slice(0, 16)}`])
    } finally {
      rmSync(cacheDirectory, { recursive: true, force: true })
    }
  })
})
