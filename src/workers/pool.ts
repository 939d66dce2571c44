import { existsSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { InputProblem } from '../types.js'
import type { ArticleOutcome, ArticleTask } from './article-job.js'
import { unpackArticle } from '../article-wire.js'

export interface RunOptions {
  /** Called as each outcome arrives. */
  onOutcome?: () => void
  /** Runs tasks on this thread too, besides the worker threads. */
  runHere?: (task: ArticleTask) => Promise<ArticleOutcome>
  /** Each article a thread analysed, packed as it arrived (packArticle). */
  onPacked?: (task: ArticleTask, packed: string) => void
}

export interface WorkerRequest {
  tasks: Array<ArticleTask & { index: number }>
}

/** A task's outcome as a thread sends it: the article packed by packArticle, or the file's problem. */
export type WorkerResult = { index: number; packed: string } | { index: number; problem: InputProblem }

export type WorkerReply = { results: WorkerResult[] } | { error: string }

/**
 * Below this many articles a thread costs more than it saves: each one loads
 * the readers and the pipeline and warms up its own compiled code, and
 * every article crosses to the main thread as text.
 */
const minTasksPerThread = 100

/**
 * Cores left to this thread and to V8's own background threads (compiler,
 * garbage collector), which keep about one core busy beside a thread
 * analysing articles: on two cores, 1000 articles analysed here took less
 * time and a fifth less CPU than on two worker threads or on one worker and
 * this thread.
 */
const reservedCores = 2

// Compiled next to this module in dist/; absent when running the TypeScript sources (tests).
const workerScript = new URL('./article-worker.js', import.meta.url)

/**
 * How many worker threads to use for `taskCount` tasks, besides this one:
 * CROSSCHECK_WORKERS when set (0 = in-process only), else one per core
 * beyond the reserved ones while each thread gets enough work, and 0 when
 * the compiled worker script is not there.
 */
export function chooseThreadCount(taskCount: number, requested?: number): number {
  if (!existsSync(fileURLToPath(workerScript))) return 0
  const fromEnvironment = process.env.CROSSCHECK_WORKERS
  const wanted = requested ?? (fromEnvironment !== undefined && /^\d+$/.test(fromEnvironment) ? Number(fromEnvironment) : undefined)
  if (wanted !== undefined) return Math.min(wanted, taskCount)
  return Math.max(0, Math.min(os.availableParallelism() - reservedCores, Math.floor(taskCount / minTasksPerThread) - 1))
}

/**
 * Run the tasks on `threadCount` worker threads and, when `runHere` is
 * given, on this thread too, handing out small batches as threads come
 * free. This thread takes one task at a time and lets the threads' replies
 * in between, so they never wait for their next batch. Outcomes come back
 * in task order, whoever ran them.
 */
export async function runInWorkers(tasks: readonly ArticleTask[], threadCount: number, options: Readonly<RunOptions> = {}): Promise<ArticleOutcome[]> {
  const { onOutcome = () => {}, runHere, onPacked } = options
  const outcomes: ArticleOutcome[] = new Array(tasks.length)
  // Small batches keep the threads evenly loaded; batching at all saves messages.
  const batchSize = Math.max(1, Math.min(16, Math.floor(tasks.length / ((threadCount + (runHere ? 1 : 0)) * 8))))
  let next = 0
  const workers = Array.from({ length: threadCount }, () => new Worker(workerScript))

  // Set once the run is over, failed included, so that this thread stops taking tasks.
  let isOver = false
  const runOnThisThread = async () => {
    while (runHere && !isOver && next < tasks.length) {
      const index = next++
      outcomes[index] = await runHere(tasks[index])
      onOutcome()
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  try {
    await Promise.all([
      ...workers.map(
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
                if ('packed' in result) {
                  outcomes[result.index] = { article: unpackArticle(result.packed) }
                  onPacked?.(tasks[result.index], result.packed)
                } else outcomes[result.index] = { problem: result.problem }
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
      // After the threads have their first batches.
      runOnThisThread(),
    ])
  } finally {
    isOver = true
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return outcomes
}
