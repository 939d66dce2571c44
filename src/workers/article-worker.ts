import { parentPort } from 'node:worker_threads'
import { runArticleTask, type ArticleTask } from './article-job.js'
import { packArticle } from '../article-wire.js'
import type { WorkerReply, WorkerRequest, WorkerResult } from './pool.js'

/**
 * A pool thread: runs batches of article tasks and answers with each
 * article packed as JSON text (article-wire.ts), serialized here, in
 * parallel, so that the main thread only parses and unpacks it (and keeps
 * it in the cache as it came).
 */
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
    results.push({ index: task.index, packed: packArticle(outcome.article) })
  }
  return results
}
