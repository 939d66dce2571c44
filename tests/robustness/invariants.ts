/**
 * The whole engine over files held in memory (readers, per-article stages,
 * comparison, report, quote check) and the invariants every run must keep.
 * Each check throws an Error naming what broke; the property tests and
 * `npm run fuzz` share them.
 */
import { analyzeArticle } from '../../src/article.js'
import { compareArticles } from '../../src/compare-articles.js'
import { sourceFromText } from '../../src/sources/read.js'
import { renderReport } from '../../src/report/build.js'
import { checkQuotes, formatJson, formatText, primaryFromDocument, rules } from '../../src/check/index.js'
import { foldTypography } from '../../src/pipeline/typography.js'
import { normalizeWord } from '../../src/pipeline/normalize.js'
import type { Analysis, InputProblem, SourceDocument, Span } from '../../src/types.js'
import type { InputFile } from './arbitraries.js'

export interface PipelineOutput {
  problems: InputProblem[]
  analysis: Analysis
  report: string
  checkText: string
  checkJson: string
}

export interface PipelineOptions {
  /** Check the quotes against the first readable file as the primary source. */
  usePrimary?: boolean
}

/** Read, analyse, compare, report and check `files` the way the CLI does, but in memory. */
export async function runPipeline(files: readonly InputFile[], options: Readonly<PipelineOptions> = {}): Promise<PipelineOutput> {
  const documents: SourceDocument[] = []
  const problems: InputProblem[] = []
  for (const file of files) {
    const read = await sourceFromText(file.name, file.content)
    if ('reason' in read) problems.push(read)
    else documents.push(read)
  }
  const primaryDocument = options.usePrimary && documents.length > 1 ? documents.shift() : undefined
  const { analysis } = compareArticles(documents.map(analyzeArticle))
  const originals = new Map(files.map((file) => [file.name.replace(/\.[^.]+$/, ''), file.content]))
  const checked = checkQuotes(analysis, { originals, primary: primaryDocument ? primaryFromDocument(primaryDocument) : null })
  return {
    problems,
    analysis,
    report: renderReport(analysis, { name: 'fuzz' }),
    checkText: formatText(checked),
    checkJson: formatJson(checked),
  }
}

/** Every problem is one line naming its file; every source's body is prose. */
export function checkProblems(files: readonly InputFile[], output: PipelineOutput): void {
  const names = new Set(files.map((file) => file.name))
  for (const problem of output.problems) {
    expectThat(names.has(problem.file), `problem names an unknown file: ${problem.file}`)
    expectThat(!/[\r\n]/.test(problem.reason) && problem.reason.length > 0, `problem is not one line: ${JSON.stringify(problem.reason)}`)
  }
  expectThat(output.problems.length + output.analysis.sources.length <= files.length, 'more sources and problems than files')
}

/**
 * Offsets: `body.slice(start, end) === text` for sentences, quotes, titles,
 * group members and unique claims; every quote inside its source; ids that
 * point somewhere; groups of at least two sources.
 */
export function checkAnalysis(analysis: Analysis): void {
  const bodies = new Map(analysis.sources.map((source) => [source.id, source.body]))
  expectThat(bodies.size === analysis.sources.length, 'source ids are not unique')
  const spanOf = (what: string, source: string, span: Span & { text: string }) => {
    const body = bodies.get(source)
    expectThat(body !== undefined, `${what} names an unknown source ${source}`)
    expectThat(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= body!.length, `${what} ${span.start}-${span.end} is outside its body (${body!.length})`)
    expectThat(body!.slice(span.start, span.end) === span.text, `${what} text ${JSON.stringify(span.text)} is not body.slice(${span.start}, ${span.end}) = ${JSON.stringify(body!.slice(span.start, span.end))}`)
  }

  for (const source of analysis.sources) {
    let previousEnd = 0
    for (const sentence of source.sentences) {
      spanOf('sentence', source.id, sentence)
      expectThat(sentence.start >= previousEnd, `sentences overlap at ${sentence.start} in ${source.id}`)
      previousEnd = sentence.end
    }
  }

  const quotes = new Map(analysis.quotes.map((quote) => [quote.id, quote]))
  expectThat(quotes.size === analysis.quotes.length, 'quote ids are not unique')
  for (const quote of analysis.quotes) {
    spanOf(`quote ${quote.id}`, quote.source, quote)
    if (quote.nestedIn !== null) {
      const outer = quotes.get(quote.nestedIn)
      expectThat(outer !== undefined && outer.source === quote.source, `quote ${quote.id} is nested in a missing quote ${quote.nestedIn}`)
      expectThat(outer!.start <= quote.start && quote.end <= outer!.end, `quote ${quote.id} lies outside the quote ${quote.nestedIn} it is nested in`)
    }
  }
  for (const title of analysis.titles) spanOf('title', title.source, title)

  const groupIds = new Set<string>()
  for (const group of analysis.groups) {
    expectThat(!groupIds.has(group.id), `group id ${group.id} is not unique`)
    groupIds.add(group.id)
    expectThat(['identical', 'equivalent', 'variant', 'conflict'].includes(group.verdict), `group ${group.id} has verdict ${group.verdict}`)
    expectThat(new Set(group.members.map((member) => member.source)).size >= 2, `group ${group.id} has members from fewer than two sources`)
    expectThat(group.reference >= 0 && group.reference < group.members.length, `group ${group.id} references member ${group.reference}`)
    for (const member of group.members) {
      spanOf(`member of ${group.id}`, member.source, member)
      if (member.quote !== undefined) expectThat(quotes.get(member.quote)?.source === member.source, `member of ${group.id} names quote ${member.quote} of another source`)
    }
  }
  for (const claim of analysis.unique) spanOf('unique claim', claim.source, claim)
}

/** Quote-check output is valid JSON whose places lie in the files and whose rules exist. */
export function checkQuoteCheck(files: readonly InputFile[], output: PipelineOutput): void {
  const lineCounts = new Map(files.map((file) => [file.name, file.content.split(/\r\n|\r|\n/).length]))
  const ruleIds = new Set<string>(rules.map((rule) => rule.id))
  const parsed = JSON.parse(output.checkJson) as Array<{ file: string; messages: Array<{ line: number | null; column: number | null; ruleId: string | null }> }>
  expectThat(parsed.length === output.analysis.sources.length, 'the check has not one file per source')
  for (const file of parsed) {
    for (const message of file.messages) {
      expectThat(message.ruleId !== null && ruleIds.has(message.ruleId), `unknown rule ${message.ruleId}`)
      const lines = lineCounts.get(file.file) ?? 0
      expectThat(message.line !== null && message.line >= 1 && message.line <= lines && (message.column ?? 0) >= 1, `message at ${message.line}:${message.column} is outside ${file.file} (${lines} lines)`)
    }
  }
}

/** Folding typography and normalizing a word are idempotent. */
export function checkNormalization(value: string): void {
  const folded = foldTypography(value)
  expectThat(foldTypography(folded) === folded, `foldTypography is not idempotent on ${JSON.stringify(value)}`)
  const normal = normalizeWord(value)
  expectThat(normalizeWord(normal) === normal, `normalizeWord is not idempotent on ${JSON.stringify(value)}: ${JSON.stringify(normal)} then ${JSON.stringify(normalizeWord(normal))}`)
}

/** The same input gives the same output, byte for byte. */
export function checkDeterministic(first: PipelineOutput, second: PipelineOutput): void {
  expectThat(JSON.stringify(first.analysis) === JSON.stringify(second.analysis), 'analysis differs between two runs')
  expectThat(first.report === second.report, 'report differs between two runs')
  expectThat(first.checkJson === second.checkJson && first.checkText === second.checkText, 'quote check differs between two runs')
}

/** Every invariant over one set of files: the property the tests and the fuzzer run. */
export async function checkAll(files: readonly InputFile[], options: Readonly<PipelineOptions & { twice?: boolean }> = {}): Promise<void> {
  const output = await runPipeline(files, options)
  checkProblems(files, output)
  checkAnalysis(output.analysis)
  checkQuoteCheck(files, output)
  if (options.twice) checkDeterministic(output, await runPipeline(files, options))
}

function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(message)
}
