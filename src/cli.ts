import { Command, CommanderError } from 'commander'
import { readFileSync } from 'node:fs'
import v8 from 'node:v8'
import type { AnalyzeOptions, AnalyzeResult } from './analyze.js'
import { loadEngine } from './engine-loader.js'
import { createProgressReporter } from './progress.js'
import type { InputProblem } from './types.js'
import { defaultPaths } from './commands/context.js'
import { formatOverview } from './ui/overview.js'
import { registerAnalyze } from './commands/analyze.js'
import { registerReport } from './commands/report.js'
import { registerQuotes } from './commands/quotes.js'
import { registerAdd } from './commands/add.js'
import { registerPairs } from './commands/pairs.js'
import { mistypedCommand } from './commands/mistyped.js'
import { visiblePath } from './sources/printable.js'

/** Where the CLI writes: injectable so tests can run it in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  /** False to neither read nor write the analysis cache (`--no-cache`); default: on unless CROSSCHECK_CACHE=0. */
  isCacheEnabled?: boolean
}

/**
 * Settings of V8 for a command that starts, works and ends: called by
 * bin/crosscheck.js before any work (V8 reads them as it compiles, so they
 * are set before the analysis is hot). Without inlining, TurboFan compiles
 * each hot function about twice as fast, and a first run spends much of its
 * time waiting for optimized code: compiling took some 40 % of the CPU time
 * of a cold run over 1,000 articles (perf), on the two cores the analysis
 * needs. Measured, ten alternated runs each, cache off: 1,000
 * articles 3.30 → 2.88 s (CPU 5.08 → 4.06 s), 250 articles 1.54 → 1.32 s,
 * 4,000 articles 10.3 → 9.7 s, the seeds unchanged; same output. Smaller
 * inlining budgets did as well, not better. Code once optimized runs ~20 %
 * slower, so the gain shrinks as a run grows. Worker threads gain more
 * (each compiles for itself: one worker beside this thread, 3.84 → 3.13 s),
 * though each starts ~30–50 ms slower, as V8 rejects Node's own code cache
 * when a flag differs.
 */
export function tuneEngineForOneRun(): void {
  v8.setFlagsFromString('--no-turbo-inlining')
}

/** A usage or input error: one line on stderr, exit 2. */
export class InputError extends Error {}

const packageVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version

/** The exit code the last run set so far: a reader that closes the pipe early ends the process with it (bin/crosscheck.js). */
let exitCodeSoFar = 0

export function exitCodeOfRun(): number {
  return exitCodeSoFar
}

/** Run the CLI; resolves with the exit code (0 ok, 1 findings, 2 usage or input error). */
export async function run(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let exitCode = 0
  exitCodeSoFar = 0
  const program = createProgram(io, (code) => {
    exitCode = code
    exitCodeSoFar = code
  })
  try {
    const mistyped = mistypedCommand(argv, program.commands.map((command) => command.name()))
    if (mistyped !== undefined) throw new InputError(`unknown command ${JSON.stringify(mistyped.word)} (did you mean ${mistyped.meant}?)`)
    await program.parseAsync([...argv], { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof InputError) {
      // (A message names files: their names may hold escapes.)
      io.stderr.write(`crosscheck: ${visiblePath(error.message)}\n`)
      return 2
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`crosscheck: unexpected failure: ${message.split('\n')[0]}\n`)
    return 2
  }
  return exitCode
}

function createProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command()
    .name('crosscheck')
    .description('Compare how several news articles about one event quote and report it.')
    .version(packageVersion, '-v, --version')
    .argument('[paths...]', 'article files or folders (.txt, .md, .html)', defaultPaths)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .exitOverride()
    .showSuggestionAfterError()
    // Each command's help lists the options every command takes (`--no-cache`).
    .configureHelp({ showGlobalOptions: true })
    .option('--no-cache', 'analyse every article afresh, without reading or writing the cache')
    .hook('preAction', (command) => {
      if (command.opts().cache === false) io.isCacheEnabled = false
    })
    .action(async (paths: string[]) => {
      if (io.stdout.isTTY) {
        // Ink and React load only here: other commands do not pay for them.
        const { runUi } = await import('./ui/index.js')
        setExitCode(await runUi(paths, io))
        return
      }
      const result = await analyzeOrFail(paths, io)
      io.stdout.write(formatOverview(result.analysis))
    })

  const context = { io, setExitCode }
  for (const register of [registerAnalyze, registerReport, registerQuotes, registerAdd, registerPairs]) register(program, context)
  // `crosscheck help [command]`: commander adds none to a program with an action of its own, which took `help` for a path.
  program
    .command('help [command]')
    .description('print the help of crosscheck or of one of its commands')
    .action((name?: string) => {
      const command = name === undefined ? program : program.commands.find((candidate) => candidate.name() === name)
      if (command === undefined) {
        const names = program.commands.map((candidate) => candidate.name()).filter((candidate) => candidate !== 'help')
        throw new InputError(`help: no command ${JSON.stringify(name)} (the commands: ${names.join(', ')})`)
      }
      command.outputHelp()
    })

  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput())
  return program
}

/** Analyse, report unusable inputs on stderr, and fail when nothing is left. */
export async function analyzeOrFail(paths: readonly string[], io: CliIo, options: Pick<AnalyzeOptions, 'printsJson'> = {}): Promise<AnalyzeResult> {
  // Progress only on a terminal: scripts reading stderr get problems and nothing else.
  const progress = io.stderr.isTTY ? createProgressReporter(io.stderr) : undefined
  let result: AnalyzeResult
  try {
    const { analyzePaths } = await loadEngine(io.isCacheEnabled)
    result = await analyzePaths(paths, { ...options, onProgress: progress?.onProgress, cache: io.isCacheEnabled })
  } finally {
    progress?.finish()
  }
  if (result.analysis.sources.length === 0) {
    // Nothing usable: the problems say why, the last one as the error, so one bad path gives one line.
    const last = result.problems.at(-1)
    reportProblems(result.problems.slice(0, -1), io)
    throw new InputError(last ? `${last.file}: ${last.reason}` : `no usable articles in ${paths.join(', ')}`)
  }
  reportProblems([...result.problems, ...result.notices], io)
  return result
}

export function reportProblems(problems: readonly InputProblem[], io: CliIo): void {
  for (const problem of problems) io.stderr.write(`crosscheck: ${visiblePath(problem.file)}: ${problem.reason}\n`)
}
