import type { PhrasingContent, RootContent } from 'mdast'
import type { Group } from '../../types.js'
import { groupHeading, headingAnchor, referenceMember, type ReportContext } from '../context.js'
import { excerpt, heading, list, paragraph, strong, text } from '../nodes.js'
import { plural } from '../../plural.js'
import { verdictOrder, verdictRank, verdictReference } from '../verdicts.js'
import { quotedByOneHeading } from './quotes.js'
import { quoteCheckCounts, quoteCheckHeading } from './check.js'

/** Counts by verdict, then one line per group, conflicts first. */
export function summarySection(context: ReportContext): RootContent[] {
  const { groups, quotes } = context.analysis
  const counts: PhrasingContent[] = [text(`${plural(groups.length, 'group')} of matching quotes and claims: `)]
  verdictOrder.forEach((verdict, index) => {
    counts.push(text(`${groups.filter((group) => group.verdict === verdict).length} ${verdict}`), verdictReference(verdict))
    counts.push(text(index === verdictOrder.length - 1 ? '. ' : ', '))
  })
  // A quote is one source's quoting; a quote group is one quote several sources give.
  const quoteGroups = groups.filter((group) => group.kind === 'quote')
  const inQuoteGroups = new Set(quoteGroups.flatMap((group) => group.members.map((member) => member.quote)))
  const sharedQuotes = quotes.filter((quote) => inQuoteGroups.has(quote.id)).length
  const quoteCounts =
    quotes.length === 0
      ? 'no quotes.'
      : quoteGroups.length === 0
        ? `${plural(quotes.length, 'quote')} in all, none given by more than one source.`
        : `${plural(quotes.length, 'quote')} in all; ${plural(quoteGroups.length, 'quote group')} ${quoteGroups.length === 1 ? 'holds' : 'hold'} ${sharedQuotes} of them, each group from more than one source.`
  // `analyze --json` lists every single-source passage as unique; the report shows those that are mostly a quote
  // only that source prints with the quotes: say so, or the two counts look like a contradiction.
  const asQuotes = context.analysis.unique.length - context.unique.length
  const foldedIntoQuotes = asQuotes > 0 ? ` (and ${plural(asQuotes, 'passage')} that ${asQuotes === 1 ? 'is' : 'are'} mostly a quote only that source prints, under “${quotedByOneHeading}”)` : ''
  counts.push(text(`${plural(context.unique.length, 'claim')} only one source makes${foldedIntoQuotes}; ${quoteCounts}`))
  // (A reworded quote is a `variant` here but an error of the check: say what the check finds, or `0 conflict` reads as none.)
  if (quotes.length > 0) counts.push(text(` The quote check finds ${quoteCheckCounts(context)} (`), { type: 'link', url: headingAnchor(quoteCheckHeading), children: [text(quoteCheckHeading)] }, text(').'))

  const ordered = [...groups].sort((a, b) => verdictRank(a.verdict) - verdictRank(b.verdict))
  const blocks: RootContent[] = [heading(2, 'Summary'), paragraph(...counts)]
  if (ordered.length > 0) blocks.push(list(ordered.map((group) => summaryLine(group))))
  return blocks
}

function summaryLine(group: Group): PhrasingContent[] {
  const reference = referenceMember(group)
  const wording = group.kind === 'quote' ? `“${excerpt(reference.text, 70)}”` : excerpt(reference.text, 70)
  const verdict = group.verdict === 'conflict' ? strong(text(group.verdict)) : text(group.verdict)
  const line: PhrasingContent[] = [
    { type: 'link', url: headingAnchor(groupHeading(group)), children: [text(group.id)] },
    text(' '),
    verdict,
    text(` ${group.kind}: ${wording}`),
  ]
  const conflicts = group.differences.filter((difference) => difference.level === 'conflict')
  const shown = conflicts.length > 0 ? conflicts.map((difference) => `${difference.type}: ${difference.detail}`) : [...new Set(group.differences.map((difference) => difference.type))]
  if (shown.length > 0) line.push(text(` (${shown.join('; ')})`))
  return line
}
