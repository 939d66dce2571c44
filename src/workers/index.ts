import type { InputProblem } from '../types.js'
import type { ArticleAnalysis, ProgressEvent } from '../analyze.js'
import { ArticleCache, resolveCache } from '../cache.js'
import { listSourceFiles, readTextFile, sourceIdsOf } from '../sources/read.js'
import type { ArticleOutcome, ArticleTask } from './article-job.js'

export interface AnalyzeFilesOptions {
  /** A cache to use, false for none; default: the user's cache unless CROSSCHECK_CACHE=0. */
  cache?: ArticleCache | boolean
  /** Worker threads: 0 runs in-process; default: chosen by the number of articles to analyse. */
  workers?: number
  /** Leave the cache writes to the caller (`writeCache` in the result); default: done before returning. */
  deferCacheWrites?: boolean
  onProgress?: (event: ProgressEvent) => void
}

export interface AnalyzeFilesResult {
  /** In reading order, one per usable file, ids unique. */
  articles: ArticleAnalysis[]
  /** Files that could not be used. */
  problems: InputProblem[]
  /** Files used, past something their reader could not use (their source's readProblem). */
  notices: InputProblem[]
  /** The cache in use, if any, and the key of these articles' comparison in it. */
  cache?: ArticleCache
  comparisonKey?: string
  /** Store the articles analysed in the cache; does nothing once done, or when nothing is pending. */
  writeCache: () => void
}

/**
 * The per-article stages over every file under `paths`: each file is read
 * and looked up in the cache; the rest are read and analysed, in-process or
 * on worker threads, and stored in the cache. The result is the same
 * whichever way, in the same order.
 */
export async function analyzeFiles(paths: readonly string[], options: Readonly<AnalyzeFilesOptions> = {}): Promise<AnalyzeFilesResult> {
  const { files, problems } = await listSourceFiles(paths)
  const ids = sourceIdsOf(files)
  const cache = resolveCache(options.cache)

  const texts: Array<string | InputProblem> = []
  const keys: Array<string | undefined> = []
  for (const [index, file] of files.entries()) {
    const text = await readTextFile(file)
    texts.push(text)
    keys.push(cache && typeof text === 'string' ? ArticleCache.key(file, ids[index], text) : undefined)
  }
  const cached = cache?.getMany(keys.filter((key) => key !== undefined))
  // One slot per file: an outcome already known (unreadable, cached), or a task to run.
  const slots: Array<ArticleOutcome | ArticleTask> = files.map((file, index) => {
    const text = texts[index]
    const key = keys[index]
    if (typeof text !== 'string') return { problem: text }
    const article = key === undefined ? undefined : cached?.get(key)
    return article ? { article } : { file, id: ids[index], text, key }
  })
  options.onProgress?.({ stage: 'read', sources: files.length })

  const tasks = slots.filter(isTask)
  // The pool (and node's worker_threads) loads only when some article is not in the cache.
  const pool = tasks.length > 0 ? await import('./pool.js') : undefined
  const threads = pool ? pool.chooseThreadCount(tasks.length, options.workers) : 0
  options.onProgress?.({ stage: 'analyse', total: files.length, cached: files.length - tasks.length, threads })
  let done = files.length - tasks.length
  const tick = () => options.onProgress?.({ stage: 'article', done: ++done, total: files.length })
  // Articles analysed on this thread wait here to be packed for the cache (threads send theirs packed).
  const unpacked: Array<{ key: string; article: ArticleAnalysis }> = []
  const keep = (task: ArticleTask, outcome: ArticleOutcome) => {
    if (cache && task.key !== undefined && 'article' in outcome) unpacked.push({ key: task.key, article: outcome.article })
  }
  let isWritten = false
  const writeCache = () => {
    if (isWritten || !cache) return
    isWritten = true
    for (const { key, article } of unpacked.splice(0)) cache.set(key, article)
    cache.flush()
  }
  let outcomes: ArticleOutcome[]
  try {
    outcomes =
      pool && threads > 0
        ? await pool.runInWorkers(tasks, threads, {
            onOutcome: tick,
            runHere: await inProcessRunner(keep),
            // Articles come from the threads packed, as the cache keeps them.
            onPacked: (task, packed) => {
              if (cache && task.key !== undefined) cache.setPacked(task.key, packed)
            },
          })
        : await runInProcess(tasks, keep, tick)
  } catch (error) {
    // What was analysed is kept even when a later file fails the run.
    writeCache()
    throw error
  }
  if (!options.deferCacheWrites) writeCache()

  const articles: ArticleAnalysis[] = []
  const articleKeys: string[] = []
  let taskIndex = 0
  slots.forEach((slot, index) => {
    const outcome = isTask(slot) ? outcomes[taskIndex++] : slot
    if ('problem' in outcome) problems.push(outcome.problem)
    else {
      articles.push(outcome.article)
      articleKeys.push(keys[index] ?? '')
    }
  })
  // From the articles, cached ones too: the notice comes again on every run until the file is mended.
  const notices = articles.flatMap(({ source }) => (source.readProblem === undefined ? [] : [{ file: source.file, reason: source.readProblem }]))
  return { articles, problems, notices, cache, comparisonKey: cache ? ArticleCache.comparisonKey(articleKeys) : undefined, writeCache }
}

async function runInProcess(tasks: readonly ArticleTask[], keep: KeepOutcome, tick: () => void): Promise<ArticleOutcome[]> {
  const outcomes: ArticleOutcome[] = []
  if (tasks.length === 0) return outcomes
  const run = await inProcessRunner(keep)
  let lastYield = performance.now()
  for (const task of tasks) {
    outcomes.push(await run(task))
    tick()
    // Now and then the event loop runs (awaiting a task that is done does not let it): a Ctrl+C, or a key the UI's
    // loading screen takes, is heard while a long run reads its articles, not once they are all read.
    if (performance.now() - lastYield > yieldEveryMs) {
      await new Promise((resolve) => setImmediate(resolve))
      lastYield = performance.now()
    }
  }
  return outcomes
}

/** How long the articles are analysed on this thread before the event loop gets a turn. */
const yieldEveryMs = 50

type KeepOutcome = (task: ArticleTask, outcome: ArticleOutcome) => void

let hasAnalysedHere = false

/** Whether this thread has analysed an article (so its code for that is compiled: see engine-loader.ts). */
export function hasAnalysedArticles(): boolean {
  return hasAnalysedHere
}

/** Run a task on this thread and hand its outcome to `keep` (for the cache). */
async function inProcessRunner(keep: KeepOutcome): Promise<(task: ArticleTask) => Promise<ArticleOutcome>> {
  // The readers and the pipeline load only when an article is not in the cache.
  const { runArticleTask } = await import('./article-job.js')
  return async (task) => {
    const outcome = await runArticleTask(task)
    hasAnalysedHere ||= 'article' in outcome
    keep(task, outcome)
    return outcome
  }
}

function isTask(slot: ArticleOutcome | ArticleTask): slot is ArticleTask {
  return 'text' in slot
}
