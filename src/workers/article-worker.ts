import { parentPort, workerData } from 'node:worker_threads'
import { ArticleCache } from '../cache.js'
import { runArticleTask, type ArticleTask } from './article-job.js'
import type { WorkerReply, WorkerRequest, WorkerResult, WorkerSettings } from './pool.js'

/**
 * A pool thread: runs batches of article tasks and answers with each
 * article as JSON text, the form the cache stores, so each article is
 * serialized once, here, in parallel, and the main thread only parses it.
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
    const json = JSON.stringify(outcome.article)
    if (cache && task.key !== undefined) cache.setSerialized(task.key, json)
    results.push({ index: task.index, json })
  }
  return results
}
