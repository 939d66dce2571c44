import { VFile } from 'vfile'
import type { Analysis } from '../types.js'
import { checkGroups } from './groups.js'
import { checkCitedReports } from './cited.js'
import { checkAgainstPrimary, type PrimarySource } from './primary.js'
import { locateSpans } from './locate.js'
import { ruleUrl, rules, severityOf } from './rules.js'
import type { Finding } from './finding.js'

declare module 'vfile-message' {
  interface VFileMessage {
    /** What the quote was compared with: other source ids, or the primary's file. */
    sources?: string[]
  }
}

export interface CheckOptions {
  /** Check every quote against this primary source too. Default: none. */
  primary?: PrimarySource | null
  /**
   * The files as written, by source id, to place messages at their line and
   * column. Default: the bodies (positions then count in the body).
   */
  originals?: ReadonlyMap<string, string>
}

// At one place, errors come first, as vfile-reporter shows them.
const severityRank = { error: 0, warning: 1, info: 2 } as const
const ruleOrder = new Map<string, number>(rules.map((rule, index) => [rule.id, index]))

/**
 * Check the quotes of an analysis: one vfile per source, in source order,
 * with one message per finding at the quote's place in the source's file.
 * Errors are fatal messages, warnings plain messages, the rest info.
 */
export function checkQuotes(analysis: Analysis, options: Readonly<CheckOptions> = {}): VFile[] {
  const findings = quoteFindings(analysis, options.primary)
  return analysis.sources.map((source) => {
    const file = new VFile({ path: source.file })
    const own = findings.filter((finding) => finding.source === source.id)
    const places = locateSpans(options.originals?.get(source.id) ?? source.body, source.body, own)
    const messages = own.map((finding, index) => ({ finding, place: places[index] }))
    messages.sort(
      (a, b) =>
        a.place.start.line - b.place.start.line ||
        a.place.start.column - b.place.start.column ||
        severityRank[severityOf(a.finding.ruleId)] - severityRank[severityOf(b.finding.ruleId)] ||
        ruleOrder.get(a.finding.ruleId)! - ruleOrder.get(b.finding.ruleId)!,
    )
    for (const { finding, place } of messages) {
      const severity = severityOf(finding.ruleId)
      const messageOptions = { place, ruleId: finding.ruleId, source: 'crosscheck' }
      const message = severity === 'info' ? file.info(finding.reason, messageOptions) : file.message(finding.reason, messageOptions)
      if (severity === 'error') message.fatal = true
      message.actual = finding.actual
      message.expected = finding.expected
      message.url = ruleUrl(finding.ruleId)
      message.sources = finding.sources
    }
    return file
  })
}

/** Every finding of the check, unplaced (offsets in the sources' bodies): what checkQuotes reports and a report lists. */
export function quoteFindings(analysis: Analysis, primarySource: PrimarySource | null = null): Finding[] {
  const cited = checkCitedReports(analysis)
  const primary = primarySource ? checkAgainstPrimary(analysis, primarySource) : { findings: [], found: new Set<string>() }
  return unique([
    ...withoutRelayedConflicts(checkGroups(analysis), cited).filter((finding) => !isSettledByPrimary(finding, primary.found)),
    ...cited,
    ...primary.findings,
  ])
}

/**
 * A quote credited to a report among the inputs that differs from it is one
 * problem, the wrong credit: the plain speaker or wording conflict between
 * the relaying source and the report, on either side, is left out.
 */
function withoutRelayedConflicts(findings: readonly Finding[], cited: readonly Finding[]): Finding[] {
  return findings.filter((finding) => {
    if (finding.ruleId !== 'quote-speaker-conflict' && finding.ruleId !== 'quote-wording-conflict') return true
    return !cited.some(
      (credit) =>
        (credit.quote === finding.quote && credit.sources.some((report) => finding.sources.includes(report))) ||
        (credit.sources.includes(finding.source) && finding.sources.includes(credit.source)),
    )
  })
}

const comparisonsThePrimarySettles = new Set<string>(['quote-speaker-conflict', 'quote-wording-conflict', 'quote-trimmed', 'quote-censored', 'quote-typography'])

/**
 * A quote found in the primary source is judged against it alone for words
 * and speaker: comparing it with other articles could blame the one that
 * quotes correctly when most misquote alike. Context still comes from the
 * articles.
 */
function isSettledByPrimary(finding: Finding, foundInPrimary: ReadonlySet<string>): boolean {
  return finding.quote !== undefined && foundInPrimary.has(finding.quote) && comparisonsThePrimarySettles.has(finding.ruleId)
}

function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = `${finding.source}\u0000${finding.start}\u0000${finding.ruleId}\u0000${finding.reason}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
