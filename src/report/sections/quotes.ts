import type { PhrasingContent, RootContent } from 'mdast'
import type { Difference, Group, Quote } from '../../types.js'
import { changesToPhrasing, isRewrite, memberChanges } from '../changes.js'
import { groupHeading, headingAnchor, isOtherSpeaker, label, memberCites, memberSpeaker, pointer, referenceMember, type ReportContext } from '../context.js'
import { excerpt, heading, list, oneLine, paragraph, strong, table, text, type Cell } from '../nodes.js'
import { isAccordingToVerb, isBareVerb } from '../../quotes/verbs.js'

export const quotedByOneHeading = 'Quoted by one source only'

/** Quotes and changed runs are cut to these lengths in the table; the group section has them whole. */
const quoteCellLength = 160
const changedRunLength = 60

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

  const alone = context.aloneQuotes
  if (alone.length > 0) {
    blocks.push(heading(3, quotedByOneHeading), list(alone.map((quote) => aloneItem(context, quote))))
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
    else if (changes !== undefined && !isRewrite(changes)) cell.push(...changesToPhrasing(changes, { maxRunLength: changedRunLength }))
    else cell.push(...markRespelled(`“${excerpt(member.text, quoteCellLength)}”`, respelledWords(group, sourceId)))

    const speaker = memberSpeaker(context, member)
    // Per member, not per source: one source may quote the line twice, crediting two people.
    const isOther = speaker !== null && referenceSpeaker !== null && isOtherSpeaker(speaker, referenceSpeaker)
    cell.push(text(' — '), isOther ? strong(text(speaker ?? 'no speaker')) : text(speaker ?? 'no speaker'))
    const cites = memberCites(context, member)
    if (cites !== null) cell.push(text(`, via ${cites}`))
    if (member.quote !== undefined) cell.push(text(` (${member.quote})`))
  })
  return cell
}

/** Words this source spells its own way where that is worth seeing: censored words, contractions and numbers. */
function respelledWords(group: Group, sourceId: string): string[] {
  return group.differences
    .filter((difference) => difference.level === 'cosmetic' && respelledTypes.has(difference.type))
    .filter((difference) => difference.sources.includes(sourceId))
    .map((difference) => difference.detail.split(' / '))
    .filter((sides) => sides.length === 2 && sides[1].trim() !== '')
    .map((sides) => sides[1])
}

const respelledTypes = new Set<Difference['type']>(['censorship', 'contraction', 'number'])

/** The wording with the respelled words in bold. */
function markRespelled(wording: string, words: readonly string[]): PhrasingContent[] {
  if (words.length === 0) return [text(wording)]
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu')
  const nodes: PhrasingContent[] = []
  let last = 0
  for (const match of wording.matchAll(pattern)) {
    if (match.index > last) nodes.push(text(wording.slice(last, match.index)))
    nodes.push(strong(text(match[0])))
    last = match.index + match[0].length
  }
  if (last < wording.length) nodes.push(text(wording.slice(last)))
  return nodes
}

function verdictCell(group: Group): PhrasingContent[] {
  const types = [...new Set(group.differences.map((difference) => difference.type))]
  const value = types.length === 0 ? group.verdict : `${group.verdict}: ${types.join(', ')}`
  return [group.verdict === 'conflict' || group.verdict === 'variant' ? strong(text(value)) : text(value)]
}

function aloneItem(context: ReportContext, quote: Quote): PhrasingContent[] {
  const { speaker } = quote
  // `according to the Congressional Research Service:`, not `the Congressional Research Service According to:`.
  // (A bare verb after one speaker does not read, `Mick Mulvaney declare:`: the speaker alone; `Officials say:` does;
  // nor a verb without a speaker, `no speaker said:`.)
  const isOneSpeaker = speaker !== null && !/\band\b|\p{Ll}s$/u.test(speaker)
  const credit =
    speaker === null ? 'no speaker'
    : quote.verb === null || (isBareVerb(quote.verb) && isOneSpeaker) ? speaker
    : isAccordingToVerb(quote.verb) ? `according to ${speaker}`
    : `${speaker} ${quote.verb.toLowerCase()}`
  const notes = [quote.cites === null ? null : `via ${quote.cites}`, quote.nestedIn === null ? null : `inside ${quote.nestedIn}`].filter((note) => note !== null)
  return [
    text(`${quote.id} `),
    pointer(context, quote.source, quote),
    text(` ${credit}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}: “${oneLine(quote.text)}”`),
  ]
}
