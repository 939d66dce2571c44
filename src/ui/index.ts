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
 * leave the screen blank). The built CLI bundles React's production build
 * (scripts/build.ts).
 */
export async function runUi(paths: readonly string[], io: UiIo, options: Readonly<RunUiOptions> = {}): Promise<number> {
  const stdin = io.stdin ?? process.stdin
  if (!stdin.isTTY) {
    const result = await analyzeOrFail(paths, io)
    // (Keys come from elsewhere, the screen is a terminal's: its lines fit it.)
    io.stdout.write(formatOverview(result.analysis, io.stdout.isTTY ? io.stdout.columns : undefined))
    return 0
  }
  const { runInteractive } = await loadWithoutFetch(() => import('./run-ui.js'))
  return runInteractive(paths, { ...io, stdin }, options)
}

/**
 * Ink's layout engine (yoga-layout) unpacks its WebAssembly, embedded as a
 * data: URL, with `fetch` whenever `fetch` exists, which loads Node's whole
 * HTTP client: ~40 ms of the first frame, measured. Without `fetch` it
 * decodes the same bytes itself. Nothing else runs while the UI loads.
 */
export async function loadWithoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch')
  if (!fetchProperty?.configurable) return load()
  Reflect.deleteProperty(globalThis, 'fetch')
  try {
    return await load()
  } finally {
    Object.defineProperty(globalThis, 'fetch', fetchProperty)
  }
}
