import { parentPort, workerData } from 'node:worker_threads'
import { ArticleCache } from '../cache.js'
import { runArticleTask, type ArticleTask } from './article-job.js'
import { packArticle } from '../article-wire.js'
import type { WorkerReply, WorkerRequest, WorkerResult, WorkerSettings } from './pool.js'

/**
 * A pool thread: runs batches of article tasks and answers with each
 * article packed as JSON text (article-wire.ts), serialized here, in
 * parallel, so that the main thread only parses and unpacks it; the cache
 * entry, plain JSON, is written here too.
 */
const settings = workerData as WorkerSettings
const cache = settings.cacheDirectory === undefined ? undefined : new ArticleCache({ directory: settings.cacheDirectory })
const port = parentPort!

port.on('message', (request: WorkerRequest) => {
  void runBatch(request.tasks).then(
    (results) => port.postMessage({ results } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  )
})

async function runBatch(tasks: ReadonlyArray<ArticleTask & { index: number }>): Promise<WorkerResult[]> {
  const results: WorkerResult[] = []
  for (const task of tasks) {
    const outcome = await runArticleTask(task)
    if ('problem' in outcome) {
      results.push({ index: task.index, problem: outcome.problem })
      continue
    }
    const packed = packArticle(outcome.article)
    if (cache && task.key !== undefined) cache.setPacked(task.key, packed)
    results.push({ index: task.index, packed })
  }
  return results
}
