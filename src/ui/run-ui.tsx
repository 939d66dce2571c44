import path from 'node:path'
import { render } from 'ink'
import type { AnalyzeResult } from '../analyze.js'
import { loadEngine } from '../engine-loader.js'
import { InputError, reportProblems } from '../cli.js'
import { createStepGate } from '../progress.js'
import type { Analysis, InputProblem } from '../types.js'
import { leftOutFiles } from '../sources/problems.js'
import { App } from './App.js'
import { Loading } from './Loading.js'
import type { RunUiOptions, UiIo } from './index.js'

/** Ink draws at most every 1000 / maxFps ms, through two throttles: the first groups frame is out by then. */
const maxFps = 60
const afterFirstFrameMs = 100

const enterAlternateScreen = '\u001B[?1049h\u001B[H'
const leaveAlternateScreen = '\u001B[?1049l'

/** See `runUi` in `index.ts`, which loads this module. */
export async function runInteractive(
  paths: readonly string[],
  io: UiIo & { stdin: NodeJS.ReadStream },
  options: Readonly<RunUiOptions>,
): Promise<number> {
  const stdout = io.stdout as NodeJS.WriteStream
  const width = () => stdout.columns || 80
  // A full-screen browser like less or htop: the shell's screen comes back on quit.
  const usesAlternateScreen = stdout.isTTY === true
  // The cache is written once the groups are on screen (or at the end, if that comes first).
  let writeCache = () => {}
  let cacheTimer: NodeJS.Timeout | undefined
  // Ctrl+C while loading (no raw mode yet), or a SIGINT from elsewhere, ends the process: give the screen back first.
  const onInterrupt = () => {
    if (usesAlternateScreen) stdout.write(leaveAlternateScreen)
    writeCache()
    process.exit(130)
  }
  process.once('SIGINT', onInterrupt)
  if (usesAlternateScreen) stdout.write(enterAlternateScreen)
  const instance = render(<Loading progress={null} width={width()} />, {
    stdout,
    stdin: io.stdin,
    stderr: io.stderr as NodeJS.WriteStream,
    exitOnCtrlC: true,
    patchConsole: false,
    maxFps,
  })
  // Unusable files, then files read past a problem: all said on stderr after quitting.
  let problems: AnalyzeResult['problems'] = []
  let notices: AnalyzeResult['notices'] = []
  const isFrameDue = createStepGate(100)
  try {
    const { analyzePaths } = await loadEngine(io.isCacheEnabled)
    const result = await analyzePaths(paths, {
      cache: io.isCacheEnabled,
      deferCacheWrites: true,
      onProgress(event) {
        options.onProgress?.(event)
        // The groups list follows at once; a last loading frame would only hold it back (Ink draws at most maxFps frames a second).
        if (event.stage !== 'compare' && isFrameDue(event)) instance.rerender(<Loading progress={event} width={width()} />)
      },
    })
    problems = result.problems
    notices = result.notices
    writeCache = result.writeCache
    if (result.analysis.sources.length === 0) {
      // As the other commands do: the last problem is the error, the others go before it.
      const last = problems.at(-1)
      problems = problems.slice(0, -1)
      throw new InputError(last ? `${last.file}: ${last.reason}` : `no usable articles in ${paths.join(', ')}`)
    }
    // A file is named when it is the only one (`b.txt skipped`), else counted; the reasons go to stderr after quitting.
    const named = (list: AnalyzeResult['problems'], what: string) => (list.length === 1 ? `${path.basename(list[0].file)} ${what}` : `${list.length} files ${what}`)
    const told = [problems.length > 0 ? named(problems, 'skipped') : '', notices.length > 0 ? named(notices, 'read in part') : ''].filter(Boolean)
    const notice = told.length > 0 ? `${told.join(', ')}: reasons on stderr after quitting` : undefined
    const leftOut = leftOutFiles(result)
    instance.rerender(<App analysis={result.analysis} writeReport={() => saveReport(result.analysis, paths, leftOut)} notice={notice} />)
    cacheTimer = setTimeout(writeCache, afterFirstFrameMs)
    await instance.waitUntilExit()
  } catch (error) {
    instance.unmount()
    throw error
  } finally {
    clearTimeout(cacheTimer)
    writeCache()
    process.off('SIGINT', onInterrupt)
    if (usesAlternateScreen) stdout.write(leaveAlternateScreen)
    reportProblems([...problems, ...notices], io)
  }
  return 0
}

/** The report module loads on the first `r`, so it costs nothing at start. */
async function saveReport(analysis: Analysis, paths: readonly string[], leftOut: readonly InputProblem[]): Promise<string> {
  const { reportName, writeReport } = await import('../report/write.js')
  return writeReport(analysis, { name: reportName(paths), leftOut })
}
