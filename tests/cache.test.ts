import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzePaths } from '../src/analyze.js'
import { ArticleCache, isCacheEnabledByEnvironment } from '../src/cache.js'
import { writeEventCorpus } from './helpers/corpus.js'

function freshCache(): ArticleCache {
  return new ArticleCache({ directory: mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-')) })
}

function entryOf(cache: ArticleCache, file: string): string {
  return cache.entryPath(ArticleCache.key(file, readFileSync(file, 'utf8')))
}

describe('ArticleCache', () => {
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
    const [comparison] = readdirSync(path.dirname(cache.comparisonPath('x')))
    const entryPath = path.join(path.dirname(cache.comparisonPath('x')), comparison)
    const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { analysis: { unique: unknown[] } }
    entry.analysis.unique = []
    writeFileSync(entryPath, JSON.stringify(entry))

    const result = await analyzePaths([folder], { cache: new ArticleCache({ directory: cache.directory }), workers: 0 })
    expect(result.analysis.unique).toEqual([])
    expect(result.analysis.groups.length).toBeGreaterThan(0)
  })

  it('ignores a corrupt comparison entry and rewrites it', async () => {
    const folder = writeEventCorpus(3)
    const cache = freshCache()
    const first = await analyzePaths([folder], { cache, workers: 0 })
    const [comparison] = readdirSync(path.dirname(cache.comparisonPath('x')))
    const entryPath = path.join(path.dirname(cache.comparisonPath('x')), comparison)
    writeFileSync(entryPath, '{"key": "trunc')

    const again = new ArticleCache({ directory: cache.directory })
    const second = await analyzePaths([folder], { cache: again, workers: 0 })
    expect(again.counts).toEqual({ hits: 3, writes: 0, comparisonHits: 0, comparisonWrites: 1 })
    expect(JSON.stringify(second.analysis)).toBe(JSON.stringify(first.analysis))
    expect(() => JSON.parse(readFileSync(entryPath, 'utf8'))).not.toThrow()
  })

  it('uses what the entry holds, not a fresh analysis', async () => {
    const folder = writeEventCorpus(2)
    const cache = freshCache()
    await analyzePaths([folder], { cache, workers: 0 })
    const [file] = (await analyzePaths([folder], { cache: false })).analysis.sources.map((source) => source.file)
    const entryPath = entryOf(cache, file)
    const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { article: { source: { title: string } } }
    entry.article.source.title = 'Title from the cache'
    writeFileSync(entryPath, JSON.stringify(entry))
    // The articles' comparison would stand for them: drop it so they are compared again.
    rmSync(path.dirname(cache.comparisonPath('x')), { recursive: true })

    const result = await analyzePaths([folder], { cache: new ArticleCache({ directory: cache.directory }), workers: 0 })
    expect(result.analysis.sources[0].title).toBe('Title from the cache')
  })

  it('ignores a corrupt entry and rewrites it', async () => {
    const folder = writeEventCorpus(3)
    const cache = freshCache()
    const first = await analyzePaths([folder], { cache, workers: 0 })
    const entryPath = entryOf(cache, first.analysis.sources[1].file)
    writeFileSync(entryPath, '{"key": "trunc')

    const again = new ArticleCache({ directory: cache.directory })
    const second = await analyzePaths([folder], { cache: again, workers: 0 })
    expect(again.counts).toEqual({ hits: 2, writes: 1, comparisonHits: 1, comparisonWrites: 0 })
    expect(JSON.stringify(second.analysis)).toBe(JSON.stringify(first.analysis))
    expect(() => JSON.parse(readFileSync(entryPath, 'utf8'))).not.toThrow()
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

  it('keys on the engine version, the path and the content', () => {
    expect(ArticleCache.key('a.md', 'text')).toBe(ArticleCache.key('a.md', Buffer.from('text')))
    expect(ArticleCache.key('a.md', 'text')).not.toBe(ArticleCache.key('b.md', 'text'))
    expect(ArticleCache.key('a.md', 'text')).not.toBe(ArticleCache.key('a.md', 'text!'))
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
    })

  it('is filled by default and left alone with --no-cache, with the same output', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-'))
    const uncached = analyzeSeeds(directory, '--no-cache')
    expect(uncached.status).toBe(0)
    expect(readdirSync(directory)).toEqual([])
    const cold = analyzeSeeds(directory)
    const warm = analyzeSeeds(directory)
    expect(readdirSync(directory)).toHaveLength(1)
    expect(cold.stdout).toBe(uncached.stdout)
    expect(warm.stdout).toBe(uncached.stdout)
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
        .update('article-2')
        .update(readFileSync(path.join(repository, 'package.json')))
        .update(readFileSync(path.join(repository, 'dist/engine-version.txt')))
        .digest('hex')
      expect(readdirSync(cacheDirectory)).toEqual([`article-2-${version.slice(0, 16)}`])
    } finally {
      rmSync(cacheDirectory, { recursive: true, force: true })
    }
  })
})
