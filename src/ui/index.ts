import type { ProgressEvent } from '../analyze.js'
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

/**
 * The interactive UI: shows progress while the articles are analysed (once),
 * then the browser until `q`. Resolves with the exit code. Without a
 * terminal to read keys from, prints the static overview instead.
 *
 * Ink and React load first, so that progress shows while the analysis runs
 * (started earlier, a main-thread analysis would hold their import back and
 * leave the screen blank). React picks its build when first imported: the
 * development build checks and measures every render, several times slower
 * for no use here, so the production build is chosen unless NODE_ENV says
 * otherwise.
 */
export async function runUi(paths: readonly string[], io: UiIo, options: Readonly<RunUiOptions> = {}): Promise<number> {
  const stdin = io.stdin ?? process.stdin
  if (!stdin.isTTY) {
    const result = await analyzeOrFail(paths, io)
    io.stdout.write(formatOverview(result.analysis))
    return 0
  }
  process.env.NODE_ENV ??= 'production'
  const { runInteractive } = await import('./run-ui.js')
  return runInteractive(paths, { ...io, stdin }, options)
}
