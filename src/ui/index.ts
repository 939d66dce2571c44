import { analyzePaths, type AnalyzeResult, type ProgressEvent } from '../analyze.js'
import { analyzeOrFail, type CliIo } from '../cli.js'
import { formatOverview } from './overview.js'

/** Where the UI reads keys and draws; `stdin` defaults to the process's. */
export interface UiIo extends CliIo {
  stdin?: NodeJS.ReadStream
}

export interface RunUiOptions {
  /** Observes the analysis's progress (benchmarks time its end). */
  onProgress?: (event: ProgressEvent) => void
}

/** Progress events, kept until the loading screen is there to show them. */
export interface ProgressFeed {
  last: ProgressEvent | null
  listener: ((event: ProgressEvent) => void) | null
}

/**
 * The interactive UI: shows progress while the articles are analysed (once),
 * then the browser until `q`. Resolves with the exit code. Without a
 * terminal to read keys from, prints the static overview instead.
 *
 * The analysis starts before Ink and React load, so that with many articles
 * (analysed in worker threads) their import costs no time. React picks its
 * build when first imported: the development build checks and measures
 * every render, several times slower for no use here, so the production
 * build is chosen unless NODE_ENV says otherwise.
 */
export async function runUi(paths: readonly string[], io: UiIo, options: Readonly<RunUiOptions> = {}): Promise<number> {
  const stdin = io.stdin ?? process.stdin
  if (!stdin.isTTY) {
    const result = await analyzeOrFail(paths, io)
    io.stdout.write(formatOverview(result.analysis))
    return 0
  }
  const progress: ProgressFeed = { last: null, listener: null }
  const analysis: Promise<AnalyzeResult> = analyzePaths(paths, {
    onProgress(event) {
      options.onProgress?.(event)
      progress.last = event
      progress.listener?.(event)
    },
  })
  // Awaited once the screen is up; until then a failure must not count as unhandled.
  analysis.catch(() => undefined)
  process.env.NODE_ENV ??= 'production'
  const { runInteractive } = await import('./run-ui.js')
  return runInteractive(paths, { ...io, stdin }, analysis, progress)
}
