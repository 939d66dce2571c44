/**
 * Real pages and real coverage through every command, counting failures.
 *
 *   npm run check:corpora
 *
 * - The 29 Readability test pages (../shared/data/readability/NAME/source.html,
 *   each copied to a temporary folder as NAME.html), one run per page;
 * - the 70 BASIL events (scripts/basil.ts writes each as a folder of three
 *   Markdown articles), one run per event;
 * each through `analyze`, `report` and `quotes` in-process, with the
 * offsets checked as the property tests do; and every tenth one through the
 * built CLI as well, checking exit codes and stderr as a user would see them.
 * An error is a thrown exception, a file the readers refuse, a broken
 * offset, or a CLI run with exit 2 or anything on stderr. `quotes` exiting 1
 * (error-level findings) is a result, not an error. Exits 1 when there
 * are errors; missing data: says so, exits 0. Reads ../shared/data (or $CROSSCHECK_DATA); copies nothing into
 * the repository.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzePaths } from '../src/analyze.js'
import { renderReport } from '../src/report/build.js'
import { checkQuotes, exitCodeOf, formatText } from '../src/check/index.js'
import { checkAnalysis } from '../tests/robustness/invariants.js'
import { basilFolder, convertBasil } from './basil.js'
import { dataFolder } from './data-folder.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(repoRoot, 'bin/crosscheck.js')
const commands = ['analyze', 'report', 'quotes'] as const
type Command = (typeof commands)[number]

interface Tally {
  ok: Record<Command, number>
  errors: Array<{ input: string; command: Command | 'offsets' | 'cli'; message: string }>
  /** Runs of `quotes` with error-level findings (exit 1). */
  quotesWithFindings: number
  cliRuns: number
}

/** Every command on one input (a file or a folder), in-process; the CLI too when `viaCli`. */
async function checkInput(name: string, input: string, viaCli: boolean, tally: Tally): Promise<void> {
  const fail = (command: Tally['errors'][number]['command'], message: string) => tally.errors.push({ input: name, command, message })
  let analysis
  try {
    const result = await analyzePaths([input], { cache: false, workers: 0 })
    if (result.problems.length > 0) throw new Error(result.problems.map((problem) => `${path.basename(problem.file)}: ${problem.reason}`).join('; '))
    analysis = result.analysis
    tally.ok.analyze++
  } catch (error) {
    fail('analyze', messageOf(error))
    return
  }
  try {
    checkAnalysis(analysis)
  } catch (error) {
    fail('offsets', messageOf(error))
  }
  try {
    renderReport(analysis, { name })
    tally.ok.report++
  } catch (error) {
    fail('report', messageOf(error))
  }
  try {
    const files = checkQuotes(analysis)
    formatText(files)
    if (exitCodeOf(files) === 1) tally.quotesWithFindings++
    tally.ok.quotes++
  } catch (error) {
    fail('quotes', messageOf(error))
  }
  if (viaCli) for (const command of commands) checkCli(name, command, input, tally)
}

function checkCli(name: string, command: Command, input: string, tally: Tally): void {
  const args = command === 'report' ? ['report', input, '-o', '-'] : [command, input]
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, CROSSCHECK_CACHE: '0' } })
  tally.cliRuns++
  const isExpectedExit = result.status === 0 || (command === 'quotes' && result.status === 1)
  if (!isExpectedExit || result.stderr !== '') tally.errors.push({ input: name, command: 'cli', message: `${command}: exit ${result.status}, stderr ${JSON.stringify(result.stderr.slice(0, 300))}` })
}

function newTally(): Tally {
  return { ok: { analyze: 0, report: 0, quotes: 0 }, errors: [], quotesWithFindings: 0, cliRuns: 0 }
}

function printTally(label: string, inputs: number, tally: Tally): void {
  console.log(`${label}: ${inputs} inputs`)
  for (const command of commands) {
    const errors = tally.errors.filter((error) => error.command === command).length
    const extra = command === 'quotes' ? ` (${tally.quotesWithFindings} with error-level findings, exit 1)` : ''
    console.log(`  ${command.padEnd(8)} ${tally.ok[command]} ok, ${errors} errors${extra}`)
  }
  console.log(`  offsets  ${tally.errors.filter((error) => error.command === 'offsets').length} inputs with a broken offset`)
  console.log(`  CLI      ${tally.cliRuns} runs (every tenth input, each command), ${tally.errors.filter((error) => error.command === 'cli').length} with exit 2 or stderr output`)
  for (const error of tally.errors) console.log(`  ! ${error.input} ${error.command}: ${error.message}`)
}

async function checkReadability(workFolder: string): Promise<number> {
  const pagesFolder = path.join(dataFolder, 'readability')
  if (!existsSync(pagesFolder)) {
    console.log(`Readability pages not found at ${pagesFolder} (set CROSSCHECK_DATA): skipped.`)
    return 0
  }
  const names = readdirSync(pagesFolder).filter((name) => existsSync(path.join(pagesFolder, name, 'source.html'))).sort()
  const tally = newTally()
  for (const [index, name] of names.entries()) {
    const folder = path.join(workFolder, 'readability', name)
    mkdirSync(folder, { recursive: true })
    const page = path.join(folder, `${name}.html`)
    copyFileSync(path.join(pagesFolder, name, 'source.html'), page)
    await checkInput(name, page, index % 10 === 0, tally)
  }
  printTally('Readability pages', names.length, tally)
  return tally.errors.length
}

async function checkBasil(workFolder: string): Promise<number> {
  if (!existsSync(basilFolder)) {
    console.log(`BASIL data not found at ${basilFolder} (set CROSSCHECK_DATA): skipped.`)
    return 0
  }
  const events = await convertBasil(path.join(workFolder, 'basil'))
  const tally = newTally()
  for (const [index, folder] of events.entries()) await checkInput(path.basename(folder), folder, index % 10 === 0, tally)
  printTally('BASIL events', events.length, tally)
  return tally.errors.length
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error)
}

const workFolder = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-corpora-'))
try {
  const started = performance.now()
  const errors = (await checkReadability(workFolder)) + (await checkBasil(workFolder))
  console.log(`\n${errors} errors in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  process.exitCode = errors > 0 ? 1 : 0
} finally {
  rmSync(workFolder, { recursive: true, force: true })
}
