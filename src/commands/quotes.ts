import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Option } from 'commander'
import { analyzeOrFail, InputError, reportProblems, type CliIo } from '../cli.js'
import type { AnalyzeResult } from '../analyze.js'
import type { Source } from '../types.js'
import type { PrimarySource } from '../check/index.js'
import { rules } from '../check/rules.js'
import { defaultPaths, type RegisterCommand } from './context.js'
import { loadEngine } from '../engine-loader.js'

interface QuotesCommandOptions {
  primary?: string
  format: 'text' | 'json'
  quiet?: boolean
  strict?: boolean
}

const defaultWidth = 120

const rulesHelp = ['', 'Rules:', ...rules.map((rule) => `  ${rule.id.padEnd(36)}${rule.severity.padEnd(9)}${rule.description}`)].join('\n')

export const registerQuotes: RegisterCommand = (program, { io, setExitCode }) => {
  program
    .command('quotes')
    .description('check that the quotes sources share are worded and attributed alike, and match a primary source')
    .argument('[paths...]', 'article files or folders', defaultPaths)
    .option('--primary <file>', 'transcript, statement or post to check every quote against (not one of the compared articles)', onePrimary)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'show only errors and warnings')
    .option('--strict', 'treat warnings as errors, and exit 2 when an input file could not be read')
    .addHelpText('after', `${rulesHelp}\n\nExit status: 0 no errors, 1 errors found, 2 bad usage or input.`)
    .action(async (paths: string[], options: QuotesCommandOptions) => {
      // The checks and the vfile reporter load only for this command.
      const { checkQuotes, dropInfo, exitCodeOf, formatJson, formatText, makeWarningsErrors } = await (await loadEngine(io.isCacheEnabled)).loadCheck()
      const primary = options.primary === undefined ? null : await readPrimaryOrFail(options.primary, io)
      const { analysis, problems } = await analyzeWithoutPrimary(paths, options.primary, io)
      const files = checkQuotes(analysis, { primary, originals: await readOriginals(analysis.sources) })
      if (options.strict) makeWarningsErrors(files)
      if (options.quiet) dropInfo(files)
      // Quotes a group holds with another source's, or that a primary was given for; the summary says when none were.
      const grouped = new Set(analysis.groups.flatMap((group) => (group.kind === 'quote' ? group.members.map((member) => member.quote) : [])))
      const quotes = analysis.quotes.filter((quote) => quote.nestedIn === null)
      const format = {
        compared: { quotes: quotes.length, checked: primary === null ? quotes.filter((quote) => grouped.has(quote.id)).length : quotes.length },
        quiet: options.quiet ?? false,
        color: Boolean(io.stdout.isTTY) && process.env.NO_COLOR === undefined,
        // A terminal's width, else $COLUMNS, else lines a log or a pager shows whole.
        width: io.stdout.columns ?? (Number(process.env.COLUMNS) || defaultWidth),
      }
      // A file that was skipped is a file not checked: in CI (--strict) that fails the run, as bad input does.
      // (Set before the output: a reader that stops early, `| head -1`, still gets the findings' exit code.)
      setExitCode(options.strict && problems.length > 0 ? 2 : exitCodeOf(files))
      io.stdout.write(options.format === 'json' ? formatJson(files, format) : formatText(files, format))
    })
}

/** `--primary` given once, with a name: a second would be taken silently in place of the first. */
function onePrimary(file: string, previous: string | undefined): string {
  if (file === '') throw new InputError('--primary needs a file name')
  if (previous !== undefined) throw new InputError(`--primary given twice (${previous}, ${file}): quotes are checked against one primary source`)
  return file
}

async function readPrimaryOrFail(file: string, io: CliIo): Promise<PrimarySource> {
  const { readPrimary } = await (await loadEngine(io.isCacheEnabled)).loadCheck()
  const primary = await readPrimary(file)
  if ('reason' in primary) throw new InputError(`${primary.file}: ${primary.reason} (--primary)`)
  if (primary.readProblem !== undefined) reportProblems([{ file, reason: `${primary.readProblem} (--primary)` }], io)
  return primary
}

/** The primary source may sit in the articles' folder; it is what quotes are checked against, never one of them. */
async function analyzeWithoutPrimary(paths: readonly string[], primaryFile: string | undefined, io: CliIo): Promise<AnalyzeResult> {
  const result = await analyzeOrFail(paths, io)
  if (primaryFile === undefined) return result
  const primaryPath = path.resolve(primaryFile)
  const articles = result.analysis.sources.filter((source) => path.resolve(source.file) !== primaryPath)
  if (articles.length === result.analysis.sources.length) return result
  if (articles.length === 0) throw new InputError(`${paths.join(', ')}: no articles besides the primary source ${primaryFile}`)
  return analyzeOrFail(
    articles.map((source) => source.file),
    io,
  )
}

/** The files as written, to give line and column where the user will look. */
async function readOriginals(sources: readonly Source[]): Promise<Map<string, string>> {
  const originals = new Map<string, string>()
  for (const source of sources) {
    try {
      originals.set(source.id, await readFile(source.file, 'utf8'))
    } catch {
      // Read a moment ago; if it is gone now, positions count in the body instead.
    }
  }
  return originals
}
