import type { PhrasingContent, RootContent } from 'mdast'
import type { Group, GroupMember } from '../../types.js'
import { groupHeading, headingAnchor, label, pointer, type ReportContext } from '../context.js'
import { excerpt, heading, joinWords, list, paragraph, table, text, type Cell } from '../nodes.js'
import { plural } from '../../plural.js'
import { isSameOutlet } from '../../quotes/cites.js'

/** Which outside reports the sources relay, and which passages they share near-verbatim. */
export function provenanceSection(context: ReportContext): RootContent[] {
  return [heading(2, 'Provenance'), ...relayedReports(context), ...sharedPassages(context)]
}

function relayedReports(context: ReportContext): RootContent[] {
  const { sources, groups } = context.analysis
  const reports = [...new Set(sources.flatMap((source) => source.cites))].sort()
  const blocks: RootContent[] = [heading(3, 'Outside reports relayed')]
  if (reports.length === 0) {
    blocks.push(paragraph(text('No source says it relays an outside report.')))
    return blocks
  }
  const rows = reports.map((report): Cell[] => {
    const relaying = sources.filter((source) => source.cites.includes(report)).map((source) => label(context, source.id))
    // The outlet's own article may be among the sources: the others then relay it rather than confirm it.
    const own = sources.filter((source) => isSameOutlet(report, source.outlet)).map((source) => label(context, source.id))
    const origins = groups.filter((group) => group.provenance.singleOrigin === report)
    return [report, relaying.join(', '), own.length === 0 ? '—' : own.join(', '), origins.length === 0 ? '—' : groupLinks(origins)]
  })
  blocks.push(
    table(['report', 'relayed by', 'its own article here', 'groups that only this report backs'], rows),
    paragraph(text('Sources that relay the same report confirm each other only as far as they copy it correctly: agreement within such a group is one account, not several.')),
  )
  return blocks
}

function sharedPassages(context: ReportContext): RootContent[] {
  const blocks: RootContent[] = [heading(3, 'Passages shared near-verbatim')]
  const rows: Cell[][] = []
  const byPair = new Map<string, { sources: [string, string]; groups: string[]; best: number }>()
  for (const group of context.analysis.groups) {
    for (const copy of group.provenance.sharedCopy) {
      const [first, second] = copy.sources
      const members = [memberOf(group, first), memberOf(group, second)]
      if (members[0] === undefined || members[1] === undefined) continue
      const passage: PhrasingContent[] = [pointer(context, first, members[0]), text(' ↔ '), pointer(context, second, members[1]), text(` ${excerpt(members[0].text, 80)}`)]
      rows.push([groupLinks([group]), `${label(context, first)} ↔ ${label(context, second)}`, `${Math.round(copy.similarity * 100)}%`, passage])
      const key = `${first}\u0000${second}`
      const pair = byPair.get(key) ?? { sources: copy.sources, groups: [], best: 0 }
      pair.groups.push(group.id)
      pair.best = Math.max(pair.best, copy.similarity)
      byPair.set(key, pair)
    }
  }
  if (rows.length === 0) {
    blocks.push(paragraph(text('No passage is shared near-verbatim between sources.')))
    return blocks
  }
  blocks.push(
    list(
      [...byPair.values()].map((pair) => [
        text(
          `${joinWords(pair.sources.map((source) => label(context, source)))} share ${plural(pair.groups.length, 'passage')} ` +
            `(${pair.groups.join(', ')}), up to ${Math.round(pair.best * 100)}% alike: copied from each other or from a common source.`,
        ),
      ]),
    ),
    table(['group', 'sources', 'similarity', 'passage'], rows),
  )
  return blocks
}

function memberOf(group: Group, sourceId: string): GroupMember | undefined {
  return group.members.find((member) => member.source === sourceId)
}

function groupLinks(groups: readonly Group[]): PhrasingContent[] {
  return groups.flatMap((group, index): PhrasingContent[] => [
    ...(index === 0 ? [] : [text(', ')]),
    { type: 'link', url: headingAnchor(groupHeading(group)), children: [text(group.id)] },
  ])
}
