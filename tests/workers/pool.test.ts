import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type * as AnalyzeModule from '../../src/analyze.js'
import type { Analysis } from '../../src/types.js'
import { writeEventCorpus } from '../helpers/corpus.js'

// The worker path needs the compiled worker script: these tests run the build (`npm test` builds first).
const repository = path.resolve(import.meta.dirname, '../..')
const binary = path.join(repository, 'bin/crosscheck.js')
const builtAnalyze = path.join(repository, 'dist/analyze.js')

function analyzeJson(folder: string, environment: Record<string, string>) {
  const result = spawnSync(process.execPath, [binary, 'analyze', folder, '--json'], {
    cwd: repository,
    encoding: 'utf8',
    env: { ...process.env, ...environment },
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return result.stdout
}

describe('worker threads (built CLI)', () => {
  it('give byte-identical JSON to the in-process path, cold and from the cache', () => {
    const folder = writeEventCorpus(12)
    const cacheDirectory = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-'))
    const inProcess = analyzeJson(folder, { CROSSCHECK_WORKERS: '0', CROSSCHECK_CACHE: '0' })
    const workersCold = analyzeJson(folder, { CROSSCHECK_WORKERS: '2', CROSSCHECK_CACHE_DIR: cacheDirectory })
    const workersWarm = analyzeJson(folder, { CROSSCHECK_WORKERS: '2', CROSSCHECK_CACHE_DIR: cacheDirectory })
    expect(workersCold).toBe(inProcess)
    expect(workersWarm).toBe(inProcess)
    const analysis = JSON.parse(inProcess) as Analysis
    expect(analysis.sources).toHaveLength(12)
    expect(analysis.groups.some((group) => group.kind === 'quote' && new Set(group.members.map((member) => member.source)).size > 2)).toBe(true)
  })

  it('really run on threads when asked, in article order', async () => {
    expect(existsSync(builtAnalyze), 'dist/ is missing: run npm run build').toBe(true)
    const { analyzePaths } = (await import(pathToFileURL(builtAnalyze).href)) as typeof AnalyzeModule
    const folder = writeEventCorpus(10)
    const events: AnalyzeModule.ProgressEvent[] = []
    const threaded = await analyzePaths([folder], { workers: 2, cache: false, onProgress: (event) => events.push(event) })
    const inProcess = await analyzePaths([folder], { workers: 0, cache: false })
    expect(events).toContainEqual({ stage: 'analyse', total: 10, cached: 0, threads: 2 })
    expect(events.filter((event) => event.stage === 'article')).toHaveLength(10)
    expect(JSON.stringify(threaded.analysis)).toBe(JSON.stringify(inProcess.analysis))
  })

  it('report a file that cannot be read and go on with the others', async () => {
    const { analyzePaths } = (await import(pathToFileURL(builtAnalyze).href)) as typeof AnalyzeModule
    const folder = writeEventCorpus(9)
    writeFileSync(path.join(folder, '05-empty.md'), '---\ntitle: "Nothing"\n---\n')
    const threaded = await analyzePaths([folder], { workers: 2, cache: false })
    const inProcess = await analyzePaths([folder], { workers: 0, cache: false })
    expect(threaded.problems).toEqual(inProcess.problems)
    expect(threaded.problems.map((problem) => path.basename(problem.file))).toEqual(['05-empty.md'])
    expect(threaded.analysis.sources).toHaveLength(9)
  })
})

describe('analysing on this thread', () => {
  it('gives the event loop a turn while it analyses many articles, so that a Ctrl+C or a key is heard before the last', async () => {
    const { analyzePaths } = await import('../../src/analyze.js')
    const folder = writeEventCorpus(300)
    let done = 0
    let total = 0
    const seenMidway: number[] = []
    // At every turn of the loop: how many articles were analysed then, when some but not all were.
    const watch = () => {
      if (done > 0 && done < total) seenMidway.push(done)
      if (total === 0 || done < total) setImmediate(watch)
    }
    setImmediate(watch)
    await analyzePaths([folder], {
      workers: 0,
      cache: false,
      onProgress: (event) => {
        if (event.stage === 'article') [done, total] = [event.done, event.total]
      },
    })
    expect(seenMidway.length).toBeGreaterThan(0)
  })
})
