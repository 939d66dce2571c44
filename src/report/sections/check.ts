import type { PhrasingContent, RootContent } from 'mdast'
import { quoteFindings } from '../../check/check.js'
import type { Finding } from '../../check/finding.js'
import { severityOf } from '../../check/rules.js'
import { plural } from '../../plural.js'
import { heading, inlineCode, list, paragraph, strong, text } from '../nodes.js'
import { groupHeading, headingAnchor, pointer, type ReportContext } from '../context.js'

export const quoteCheckHeading = 'Quote check'

/**
 * The errors and warnings `crosscheck quotes` gives for these sources, quote by quote: a misquote the check fails on
 * is in the report too, where the verdicts alone (a reworded quote is a `variant`) would not say so.
 */
export function quoteCheckSection(context: ReportContext): RootContent[] {
  if (context.analysis.quotes.length === 0) return []
  const findings = reportedFindings(context)
  const blocks: RootContent[] = [heading(2, quoteCheckHeading)]
  const command = inlineCode('crosscheck quotes')
  if (findings.length === 0) {
    blocks.push(paragraph(command, text(' finds no error or warning in these quotes.')))
    return blocks
  }
  blocks.push(
    paragraph(
      text('What '), command,
      text(` reports for these sources: ${countsText(findings)}. Errors make it exit 1. Differences of spelling only (typography, contractions, censored words) are left to it.`),
    ),
    list(findings.map((finding) => findingItem(context, finding))),
  )
  return blocks
}

/** `2 errors and 1 warning` of the check, for the summary. */
export function quoteCheckCounts(context: ReportContext): string {
  const findings = reportedFindings(context)
  return findings.length === 0 ? 'no error or warning' : countsText(findings)
}

/** The check's errors, then its warnings, in source and text order: worked out once, for the summary and the section. */
function reportedFindings(context: ReportContext): Finding[] {
  if (context.quoteFindings) return context.quoteFindings
  const order = new Map(context.analysis.sources.map((source, index) => [source.id, index]))
  return (context.quoteFindings = quoteFindings(context.analysis)
    .filter((finding) => severityOf(finding.ruleId) !== 'info')
    .sort((a, b) => severityRank(a) - severityRank(b) || order.get(a.source)! - order.get(b.source)! || a.start - b.start))
}

function severityRank(finding: Finding): number {
  return severityOf(finding.ruleId) === 'error' ? 0 : 1
}

function countsText(findings: readonly Finding[]): string {
  const errors = findings.filter((finding) => severityOf(finding.ruleId) === 'error').length
  const warnings = findings.length - errors
  return [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter((part) => part !== '').join(' and ')
}

function findingItem(context: ReportContext, finding: Finding): PhrasingContent[] {
  const severity = severityOf(finding.ruleId)
  return [
    severity === 'error' ? strong(text(severity)) : text(severity),
    text(' '),
    ...(finding.quote === undefined ? [] : quoteReference(context, finding.quote)),
    pointer(context, finding.source, finding),
    text(' '),
    inlineCode(finding.ruleId),
    text(': '),
    ...reasonPhrasing(finding.reason),
  ]
}

/** `q6 ` or, for a quote in a group, `q6 in g2 ` with a link to the group. */
function quoteReference(context: ReportContext, quote: string): PhrasingContent[] {
  context.quoteGroups ??= new Map(context.analysis.groups.flatMap((group) => group.members.flatMap((member) => (member.quote === undefined ? [] : [[member.quote, group] as const]))))
  const group = context.quoteGroups.get(quote)
  return group === undefined ? [text(`${quote} `)] : [text(`${quote} in `), { type: 'link', url: headingAnchor(groupHeading(group)), children: [text(group.id)] }, text(' ')]
}

/** A reason's code spans (the quoted words, between backticks) as inline code, the rest as text. */
function reasonPhrasing(reason: string): PhrasingContent[] {
  return reason.split(/`([^`]*)`/).map((part, index) => (index % 2 === 1 ? inlineCode(part) : text(part))).filter((node) => node.value !== '')
}
