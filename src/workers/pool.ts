import { existsSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { InputProblem } from '../types.js'
import type { ArticleAnalysis } from '../analyze.js'
import type { ArticleOutcome, ArticleTask } from './article-job.js'

/** What every pool thread is started with. */
export interface WorkerSettings {
  /** Where the threads write cache entries; undefined when the cache is off. */
  cacheDirectory?: string
}

export interface WorkerRequest {
  tasks: Array<ArticleTask & { index: number }>
}

/** A task's outcome as a thread sends it: the article as JSON text, or the file's problem. */
export type WorkerResult = { index: number; json: string } | { index: number; problem: InputProblem }

export type WorkerReply = { results: WorkerResult[] } | { error: string }

/**
 * Below this many articles a thread costs more than it saves: each one loads
 * the readers and the pipeline (a third of a second) and warms up its own
 * compiled code, and every article crosses to the main thread as JSON.
 */
const minTasksPerThread = 100

// Compiled next to this module in dist/; absent when running the TypeScript sources (tests).
const workerScript = new URL('./article-worker.js', import.meta.url)

/**
 * How many threads to use for `taskCount` tasks: CROSSCHECK_WORKERS when set
 * (0 = in-process), else one per core while each gets enough work, and 0
 * when the compiled worker script is not there.
 */
export function chooseThreadCount(taskCount: number, requested?: number): number {
  if (!existsSync(fileURLToPath(workerScript))) return 0
  const fromEnvironment = process.env.CROSSCHECK_WORKERS
  const wanted = requested ?? (fromEnvironment !== undefined && /^\d+$/.test(fromEnvironment) ? Number(fromEnvironment) : undefined)
  if (wanted !== undefined) return Math.min(wanted, taskCount)
  const threads = Math.min(os.availableParallelism(), Math.floor(taskCount / minTasksPerThread))
  return threads >= 2 ? threads : 0
}

/**
 * Run the tasks on `threadCount` worker threads, handing out small batches
 * as threads come free. Outcomes come back in task order, whatever order the
 * threads finish in; `onOutcome` is called as each arrives.
 */
export async function runInWorkers(
  tasks: readonly ArticleTask[],
  threadCount: number,
  settings: Readonly<WorkerSettings>,
  onOutcome: () => void = () => {},
): Promise<ArticleOutcome[]> {
  const outcomes: ArticleOutcome[] = new Array(tasks.length)
  // Small batches keep the threads evenly loaded; batching at all saves messages.
  const batchSize = Math.max(1, Math.min(16, Math.floor(tasks.length / (threadCount * 8))))
  let next = 0
  const workers = Array.from({ length: threadCount }, () => new Worker(workerScript, { workerData: settings }))

  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendBatch = () => {
              if (next >= tasks.length) {
                resolve()
                return
              }
              const batch = tasks.slice(next, next + batchSize).map((task, offset) => ({ ...task, index: next + offset }))
              next += batch.length
              worker.postMessage({ tasks: batch } satisfies WorkerRequest)
            }
            worker.on('message', (reply: WorkerReply) => {
              if ('error' in reply) {
                reject(new Error(reply.error))
                return
              }
              for (const result of reply.results) {
                outcomes[result.index] = 'json' in result ? { article: JSON.parse(result.json) as ArticleAnalysis } : { problem: result.problem }
                onOutcome()
              }
              sendBatch()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => {
              if (next < tasks.length || code !== 0) reject(new Error(`article worker stopped (exit code ${code})`))
            })
            sendBatch()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return outcomes
}
