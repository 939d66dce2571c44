import type { PhrasingContent, RootContent } from 'mdast'
import type { Group, Quote } from '../../types.js'
import { changedShare, changesToPhrasing, memberChanges } from '../changes.js'
import { groupHeading, headingAnchor, label, memberCites, memberSpeaker, pointer, referenceMember, type ReportContext } from '../context.js'
import { excerpt, heading, list, oneLine, paragraph, strong, table, text, type Cell } from '../nodes.js'

/** Quotes are cut to this length in the table; the group section has them whole. */
const quoteCellLength = 160

/**
 * One row per quote group: the most common wording, then what each source
 * prints and whom it credits. Reworded quotes show their changed words
 * struck through and in bold; a speaker that differs is in bold too.
 */
export function quotesSection(context: ReportContext): RootContent[] {
  const { sources, groups } = context.analysis
  const quoteGroups = groups.filter((group) => group.kind === 'quote')
  const blocks: RootContent[] = [heading(2, 'Quotes')]
  if (quoteGroups.length === 0) {
    blocks.push(paragraph(text('No quote appears in more than one source.')))
  } else {
    const header = ['group', 'quote', ...sources.map((source) => label(context, source.id)), 'verdict']
    const rows = quoteGroups.map((group): Cell[] => [
      [{ type: 'link', url: headingAnchor(groupHeading(group)), children: [text(group.id)] }],
      `“${excerpt(referenceMember(group).text, quoteCellLength)}”`,
      ...sources.map((source) => sourceCell(context, group, source.id)),
      verdictCell(group),
    ])
    blocks.push(
      table(header, rows),
      paragraph(text('“same words” means as in the quote column, the wording most sources use; struck-through words are missing from that source and bold ones are its own.')),
    )
  }

  const grouped = new Set(groups.flatMap((group) => group.members.map((member) => member.quote)))
  const alone = context.analysis.quotes.filter((quote) => !grouped.has(quote.id))
  if (alone.length > 0) {
    blocks.push(heading(3, 'Quoted by one source only'), list(alone.map((quote) => aloneItem(context, quote))))
  }
  return blocks
}

function sourceCell(context: ReportContext, group: Group, sourceId: string): PhrasingContent[] {
  const reference = referenceMember(group)
  const referenceSpeaker = memberSpeaker(context, reference)
  const cell: PhrasingContent[] = []
  group.members.forEach((member, index) => {
    if (member.source !== sourceId) return
    if (cell.length > 0) cell.push(text('; '))
    const changes = memberChanges(group, index)
    if (oneLine(member.text) === oneLine(reference.text)) cell.push(text('same words'))
    else if (changes !== undefined && changedShare(changes) <= 0.5) cell.push(...changesToPhrasing(changes))
    else cell.push(text(`“${excerpt(member.text, quoteCellLength)}”`))

    const speaker = memberSpeaker(context, member)
    const isOtherSpeaker =
      (speaker !== null && referenceSpeaker !== null && speaker !== referenceSpeaker) ||
      group.differences.some((difference) => difference.type === 'speaker' && difference.sources.includes(sourceId))
    cell.push(text(' — '), isOtherSpeaker ? strong(text(speaker ?? 'no speaker')) : text(speaker ?? 'no speaker'))
    const cites = memberCites(context, member)
    if (cites !== null) cell.push(text(`, via ${cites}`))
    if (member.quote !== undefined) cell.push(text(` (${member.quote})`))
  })
  return cell
}

function verdictCell(group: Group): PhrasingContent[] {
  const types = [...new Set(group.differences.map((difference) => difference.type))]
  const value = types.length === 0 ? group.verdict : `${group.verdict}: ${types.join(', ')}`
  return [group.verdict === 'conflict' || group.verdict === 'variant' ? strong(text(value)) : text(value)]
}

function aloneItem(context: ReportContext, quote: Quote): PhrasingContent[] {
  const credit = [quote.speaker ?? 'no speaker', quote.verb].filter((part) => part !== null).join(' ')
  const notes = [quote.cites === null ? null : `via ${quote.cites}`, quote.nestedIn === null ? null : `inside ${quote.nestedIn}`].filter((note) => note !== null)
  return [
    text(`${quote.id} `),
    pointer(context, quote.source, quote),
    text(` ${credit}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}: “${oneLine(quote.text)}”`),
  ]
}
