import type { PhrasingContent, RootContent } from 'mdast'
import type { Group } from '../../types.js'
import { groupHeading, headingAnchor, label, pointer, referenceMember, type ReportContext } from '../context.js'
import type { NumberedUniqueClaim } from '../../single-source.js'
import { excerpt, heading, list, oneLine, paragraph, strong, table, text, type Cell } from '../nodes.js'
import { quotedByOneHeading } from './quotes.js'
import { sourcesInConflict } from '../../conflict-sides.js'

export const carriesMark = '✓'
export const disagreesMark = '≠'

/**
 * Groups (rows) by sources (columns). The last row counts, per column, the
 * claims only that source makes, linked to their lists (`onlyInOneSection`):
 * a matrix row each would bury the shared claims under single-source ones.
 */
export function coverageSection(context: ReportContext): RootContent[] {
  const { sources, groups } = context.analysis
  const header = ['group', 'claim', 'verdict', ...sources.map((source) => label(context, source.id))]
  const rows = groups.map((group): Cell[] => [
    [{ type: 'link', url: headingAnchor(groupHeading(group)), children: [text(group.id)] }],
    group.kind === 'quote' ? `“${excerpt(referenceMember(group).text, 80)}”` : excerpt(referenceMember(group).text, 80),
    group.verdict,
    ...sources.map((source) => mark(group, source.id)),
  ])
  rows.push([
    [strong(text('only here'))],
    'claims no other source makes',
    '',
    ...sources.map((source) => uniqueCount(context.uniqueBySource.get(source.id) ?? [], onlyInHeading(context, source.id))),
  ])

  const blocks: RootContent[] = [
    heading(2, 'Coverage'),
    table(header, rows),
    paragraph(
      text(`${carriesMark} the source carries the claim; ${disagreesMark} it carries it but disagrees: with the most common account, or with another source on a number, date or negation (when no other source backs the account shown, its source is marked too: a split, not one outlier). `),
      text('The last row counts the claims only that source makes, listed after the groups'),
      ...(context.aloneQuotes.length > 0
        ? [text('; a quote only one source prints is listed once, under '), { type: 'link' as const, url: headingAnchor(quotedByOneHeading), children: [text(quotedByOneHeading)] }, text('.')]
        : [text('.')]),
    ),
  ]
  return blocks
}

/**
 * The claims only one source makes, a list per source, after the groups: a
 * reader meets what the sources share first (single-source lists run to
 * dozens of lines an article).
 */
export function onlyInOneSection(context: ReportContext): RootContent[] {
  const blocks: RootContent[] = []
  context.analysis.sources.forEach((source) => {
    const claims = context.uniqueBySource.get(source.id)
    if (!claims) return
    blocks.push(heading(3, onlyInHeading(context, source.id)), list(claims.map((claim) => uniqueItem(context, claim))))
  })
  return blocks.length > 0 ? [heading(2, 'Only in one source'), ...blocks] : []
}

function mark(group: Group, sourceId: string): string {
  if (!group.members.some((member) => member.source === sourceId)) return ''
  return sourcesInConflict(group).has(sourceId) ? disagreesMark : carriesMark
}

function onlyInHeading(context: ReportContext, sourceId: string): string {
  return `Only in ${label(context, sourceId)}`
}

/** `3 (u1–u3)`, linked to the source's list. */
function uniqueCount(claims: readonly NumberedUniqueClaim[], listHeading: string): Cell {
  if (claims.length === 0) return '0'
  const range = claims.length === 1 ? claims[0].id : `${claims[0].id}–${claims[claims.length - 1].id}`
  return [{ type: 'link', url: headingAnchor(listHeading), children: [text(`${claims.length} (${range})`)] }]
}

function uniqueItem(context: ReportContext, claim: NumberedUniqueClaim): PhrasingContent[] {
  return [text(`${claim.id} `), pointer(context, claim.source, claim), text(` ${oneLine(claim.text)}`)]
}
