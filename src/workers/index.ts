import type { InputProblem } from '../types.js'
import type { ArticleAnalysis, ProgressEvent } from '../analyze.js'
import { ArticleCache, isCacheEnabledByEnvironment } from '../cache.js'
import { listSourceFiles, readTextFile, SourceIds } from '../sources/read.js'
import { runArticleTask, type ArticleOutcome, type ArticleTask } from './article-job.js'
import { chooseThreadCount, runInWorkers } from './pool.js'

export interface AnalyzeFilesOptions {
  /** A cache to use, false for none; default: the user's cache unless CROSSCHECK_CACHE=0. */
  cache?: ArticleCache | boolean
  /** Worker threads: 0 runs in-process; default: chosen by the number of articles to analyse. */
  workers?: number
  onProgress?: (event: ProgressEvent) => void
}

export interface AnalyzeFilesResult {
  /** In reading order, one per usable file, ids unique. */
  articles: ArticleAnalysis[]
  problems: InputProblem[]
}

/** Files read at once: enough to keep the disk busy, few enough not to run out of file handles. */
const readConcurrency = 32

/**
 * The per-article stages over every file under `paths`: each file is read
 * and looked up in the cache; the rest are read and analysed, in-process or
 * on worker threads, and stored in the cache. The result is the same
 * whichever way, in the same order.
 */
export async function analyzeFiles(paths: readonly string[], options: Readonly<AnalyzeFilesOptions> = {}): Promise<AnalyzeFilesResult> {
  const { files, problems } = await listSourceFiles(paths)
  const cache = resolveCache(options.cache)

  // One slot per file: an outcome already known (unreadable, cached), or a task to run.
  const slots = await mapConcurrently(files, readConcurrency, async (file): Promise<ArticleOutcome | ArticleTask> => {
    const text = await readTextFile(file)
    if (typeof text !== 'string') return { problem: text }
    if (!cache) return { file, text }
    const key = ArticleCache.key(file, text)
    const cached = cache.get(key)
    return cached ? { article: cached } : { file, text, key }
  })
  options.onProgress?.({ stage: 'read', sources: files.length })

  const tasks = slots.filter(isTask)
  const threads = chooseThreadCount(tasks.length, options.workers)
  options.onProgress?.({ stage: 'analyse', total: files.length, cached: files.length - tasks.length, threads })
  let done = files.length - tasks.length
  const tick = () => options.onProgress?.({ stage: 'article', done: ++done, total: files.length })
  const outcomes =
    threads > 0 ? await runInWorkers(tasks, threads, { cacheDirectory: cache ? cache.directory : undefined }, tick) : await runInProcess(tasks, cache, tick)

  const articles: ArticleAnalysis[] = []
  const ids = new SourceIds()
  let taskIndex = 0
  for (const slot of slots) {
    const outcome = isTask(slot) ? outcomes[taskIndex++] : slot
    const problem = 'problem' in outcome ? outcome.problem : ids.claim(outcome.article.source)
    if (problem) problems.push(problem)
    else if ('article' in outcome) articles.push(outcome.article)
  }
  return { articles, problems }
}

async function runInProcess(tasks: readonly ArticleTask[], cache: ArticleCache | undefined, tick: () => void): Promise<ArticleOutcome[]> {
  const outcomes: ArticleOutcome[] = []
  for (const task of tasks) {
    const outcome = await runArticleTask(task)
    if (cache && task.key !== undefined && 'article' in outcome) cache.set(task.key, outcome.article)
    outcomes.push(outcome)
    tick()
  }
  return outcomes
}

function resolveCache(option: ArticleCache | boolean | undefined): ArticleCache | undefined {
  if (option instanceof ArticleCache) return option
  const isEnabled = option ?? isCacheEnabledByEnvironment()
  return isEnabled ? new ArticleCache() : undefined
}

function isTask(slot: ArticleOutcome | ArticleTask): slot is ArticleTask {
  return 'text' in slot
}

/** `map` over `items` with at most `limit` calls in flight; results in item order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const run = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await map(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run))
  return results
}
