import type { Root } from 'mdast'
import { unified } from 'unified'
import remarkGfm from 'remark-gfm'
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify'
import type { Analysis, InputProblem } from '../types.js'
import { createContext } from './context.js'
import { titleSection } from './sections/title.js'
import { sourcesSection } from './sections/sources.js'
import { summarySection } from './sections/summary.js'
import { coverageSection, onlyInOneSection } from './sections/coverage.js'
import { quotesSection } from './sections/quotes.js'
import { quoteCheckSection } from './sections/check.js'
import { groupsSection } from './sections/groups.js'
import { provenanceSection } from './sections/provenance.js'
import { verdictFootnotes } from './verdicts.js'
import { reportMarker } from './marker.js'

export interface ReportOptions {
  /** Report name: the title when the sources share no name (`crosscheck report` passes the input folder's name). */
  name: string
  /** Input files left out or read only in part, and why: a reader of the report learns which outlets it lacks. */
  leftOut?: readonly InputProblem[]
}

/** The report as an mdast tree: title and sources, summary, coverage, quotes, the quote check, groups, provenance. */
export function buildReport(analysis: Analysis, options: Readonly<ReportOptions>): Root {
  const context = createContext(analysis, options.name, options.leftOut)
  return {
    type: 'root',
    children: [
      { type: 'html', value: reportMarker },
      ...titleSection(context),
      ...sourcesSection(context),
      ...summarySection(context),
      ...coverageSection(context),
      ...quotesSection(context),
      ...quoteCheckSection(context),
      ...groupsSection(context),
      ...onlyInOneSection(context),
      ...provenanceSection(context),
      ...verdictFootnotes(),
    ],
  }
}

const stringifyOptions: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
}

// Padding cells to align pipes makes every row as wide as the longest quote; GitHub renders both alike.
const processor = unified().use(remarkStringify, stringifyOptions).use(remarkGfm, { tablePipeAlign: false })

/** The report as Markdown text. */
export function renderReport(analysis: Analysis, options: Readonly<ReportOptions>): string {
  return processor.stringify(buildReport(analysis, options))
}
