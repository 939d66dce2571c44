import { basename, resolve } from 'node:path'
import { render } from 'ink'
import { analyzePaths, type ProgressEvent } from '../analyze.js'
import { analyzeOrFail, InputError, reportProblems, type CliIo } from '../cli.js'
import type { Analysis } from '../types.js'
import { App } from './App.js'
import { Loading } from './Loading.js'
import { formatOverview } from './overview.js'

/** Where the UI reads keys and draws; `stdin` defaults to the process's. */
export interface UiIo extends CliIo {
  stdin?: NodeJS.ReadStream
}

export interface RunUiOptions {
  /** Observes the analysis's progress (benchmarks time its end). */
  onProgress?: (event: ProgressEvent) => void
}

const enterAlternateScreen = '\u001B[?1049h\u001B[H'
const leaveAlternateScreen = '\u001B[?1049l'

/**
 * The interactive UI: shows progress while the articles are analysed (once),
 * then the browser until `q`. Resolves with the exit code. Without a
 * terminal to read keys from, prints the static overview instead.
 */
export async function runUi(paths: readonly string[], io: UiIo, options: Readonly<RunUiOptions> = {}): Promise<number> {
  const stdin = io.stdin ?? process.stdin
  if (!stdin.isTTY) {
    const result = await analyzeOrFail(paths, io)
    io.stdout.write(formatOverview(result.analysis))
    return 0
  }
  const stdout = io.stdout as NodeJS.WriteStream
  const width = () => stdout.columns || 80
  // A full-screen browser like less or htop: the shell's screen comes back on quit.
  const usesAlternateScreen = stdout.isTTY === true
  if (usesAlternateScreen) stdout.write(enterAlternateScreen)
  const instance = render(<Loading progress={null} width={width()} />, {
    stdout,
    stdin,
    stderr: io.stderr as NodeJS.WriteStream,
    exitOnCtrlC: true,
    patchConsole: false,
  })
  let problems: Awaited<ReturnType<typeof analyzePaths>>['problems'] = []
  try {
    const result = await analyzePaths(paths, {
      onProgress(event) {
        options.onProgress?.(event)
        instance.rerender(<Loading progress={event} width={width()} />)
      },
    })
    problems = result.problems
    if (result.analysis.sources.length === 0) {
      // As the other commands do: the last problem is the error, the others go before it.
      const last = problems.at(-1)
      problems = problems.slice(0, -1)
      throw new InputError(last ? `${last.file}: ${last.reason}` : `no usable articles in ${paths.join(', ')}`)
    }
    const notice = problems.length > 0 ? `${problems.length} input ${problems.length === 1 ? 'file' : 'files'} skipped: reasons on stderr after quitting` : undefined
    instance.rerender(<App analysis={result.analysis} writeReport={() => writeReport(result.analysis, paths)} notice={notice} />)
    await instance.waitUntilExit()
  } catch (error) {
    instance.unmount()
    throw error
  } finally {
    if (usesAlternateScreen) stdout.write(leaveAlternateScreen)
    reportProblems(problems, io)
  }
  return 0
}

interface ReportModule {
  writeReport?: (analysis: Analysis, options: { output?: string; name: string }) => Promise<string>
  reportName?: (paths: readonly string[]) => string
}

/** The report module is loaded on the first `r`, so it costs nothing at start. */
async function writeReport(analysis: Analysis, paths: readonly string[]): Promise<string> {
  const moduleUrl = new URL('../report/write.js', import.meta.url)
  let module: ReportModule
  try {
    module = (await import(moduleUrl.href)) as ReportModule
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String(error).includes(moduleUrl.pathname)) {
      throw new Error('the report module is not in this build')
    }
    throw error
  }
  if (typeof module.writeReport !== 'function') throw new Error('the report module has no writeReport')
  const name = module.reportName?.(paths) ?? (basename(resolve(paths[0] ?? '.')) || 'report')
  return module.writeReport(analysis, { name })
}
