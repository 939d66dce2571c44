import type { BlockContent, PhrasingContent, RootContent } from 'mdast'
import type { Difference, Group, GroupMember, WordChange } from '../../types.js'
import { cosmeticPair, hasSideWords, renderChanges, type Wordings } from '../changes.js'
import { groupHeading, headingAnchor, isReferencePart, label, memberCites, memberSpeaker, pointer, referenceMember, wordingsBesideReference, type ReportContext } from '../context.js'
import { heading, joinWords, list, oneLine, paragraph, strong, text } from '../nodes.js'

/** Every group: why its members belong together, the members, and each difference word by word. */
export function groupsSection(context: ReportContext): RootContent[] {
  const blocks: RootContent[] = [heading(2, 'Groups')]
  if (context.analysis.groups.length === 0) {
    blocks.push(paragraph(text('No quote or claim appears in more than one source.')))
  }
  for (const group of context.analysis.groups) blocks.push(...groupBlocks(context, group))
  return blocks
}

function groupBlocks(context: ReportContext, group: Group): RootContent[] {
  const blocks: RootContent[] = [
    heading(3, groupHeading(group)),
    paragraph(strong(text('Grouped because:')), text(` ${whyWithScore(group)}`)),
  ]
  const origin = group.provenance.singleOrigin
  if (origin !== null) {
    // Members that do not cite the report are its own outlet's article among the sources.
    const own = [...new Set(group.members.filter((member) => member.cites !== origin).map((member) => label(context, member.source)))]
    const tellers = own.length === 0 ? 'every member relays' : `${joinWords(own)} ${own.length === 1 ? 'is' : 'are'} its own article and every other member relays`
    blocks.push(paragraph(strong(text('Single origin:')), text(` ${tellers} ${origin}, so this is one report repeated, not independent confirmation.`)))
  }
  // (The quote its passages print is a group of its own: one remark, not two findings.)
  const quoted = context.quotedInClaims.get(group.id)
  if (quoted) {
    const links = quoted.flatMap((quote, index): PhrasingContent[] => [text(index === 0 ? '' : ', '), { type: 'link', url: headingAnchor(groupHeading(quote)), children: [text(quote.id)] }])
    blocks.push(paragraph(strong(text('Quotes:')), text(` these passages print the quote of `), ...links, text(', compared there word by word.')))
  }
  blocks.push(list(group.members.map((member, index) => memberItem(context, group, member, index))))
  if (group.differences.length === 0) {
    blocks.push(paragraph(text('No differences.')))
  } else {
    blocks.push(paragraph(strong(text('Differences')), text(` from the ${referenceName(group)}:`)))
    const shownChanges = new Set<string>()
    blocks.push(list(group.differences.map((difference) => differenceItem(context, group, difference, shownChanges))))
  }
  return blocks
}

/**
 * `most common wording` when another member has the reference's words (a
 * split quote's whole words too), else
 * `reference wording`: with every wording different, the reference is the
 * one closest to the others, not a common one.
 */
function referenceName(group: Group): string {
  const words = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  const { reference, others } = wordingsBesideReference(group)
  const isShared = others.some((other) => words(other) === words(reference))
  return isShared ? 'most common wording' : 'reference wording'
}

/** The engine's reason, with the score unless the reason already gives a figure. */
function whyWithScore(group: Group): string {
  const why = oneLine(group.why).replace(/\.$/, '')
  return /\b(?:score|similarity)\b/i.test(why) ? `${why}.` : `${why}; score ${group.score.toFixed(2)}.`
}

function memberItem(context: ReportContext, group: Group, member: GroupMember, index: number): PhrasingContent[] {
  const speaker = memberSpeaker(context, member)
  const cites = memberCites(context, member)
  const notes = [
    member.quote,
    speaker,
    cites === null ? null : `via ${cites}`,
    isReferencePart(group, index) ? referenceName(group) : null,
  ].filter((note): note is string => note !== null && note !== undefined)
  const wording = group.kind === 'quote' ? `“${oneLine(member.text)}”` : oneLine(member.text)
  return [pointer(context, member.source, member), text(`${notes.length > 0 ? ` (${notes.join(', ')})` : ''}: ${wording}`)]
}

/** Longer details repeat what the word changes below show. */
const longDetail = 80

/** A difference, with its word changes unless an earlier difference of the group showed the same ones. */
function differenceItem(context: ReportContext, group: Group, difference: Difference, shownChanges: Set<string>): BlockContent[] {
  const where = difference.sources.length === 0 ? '' : ` in ${joinWords(difference.sources.map((source) => label(context, source)))}`
  // `wording (wording)` says nothing twice; the level is shown only when it adds something.
  const level = difference.level === difference.type ? '' : ` (${difference.level})`
  const changes = difference.changes?.some((change) => change.kind !== 'same') ? difference.changes : undefined
  const key = JSON.stringify(changes)
  const isShownHere = changes !== undefined && !shownChanges.has(key)
  const detail = oneLine(difference.detail)
  let described: PhrasingContent[]
  if (difference.level === 'cosmetic' && changes === undefined) described = cosmeticPair(detail) ?? [text(detail)]
  else if (changes === undefined || detail.length <= longDetail) described = [text(detail)]
  else described = isShownHere ? [] : [text('see the changes above')]
  const line = paragraph(strong(text(difference.type)), text(`${level}${where}${described.length > 0 ? ': ' : ''}`), ...described)
  if (!isShownHere) return [line]
  shownChanges.add(key)
  return [line, renderChanges(changes, wordings(group, difference, changes))]
}

/** The reference and, when only one wording has the changes, that member, as printed. */
function wordings(group: Group, difference: Difference, changes: readonly WordChange[]): Wordings {
  const others = new Set(
    group.members
      .filter((member) => difference.sources.includes(member.source) && hasSideWords(changes, 'added', member.text))
      .map((member) => oneLine(member.text)),
  )
  return { reference: referenceMember(group).text, other: others.size === 1 ? [...others][0] : undefined }
}
