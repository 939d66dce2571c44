import { groupBySource } from './by-source.js'
import { partitionPoint } from './partition-point.js'
import type { Analysis, Group } from './types.js'

/**
 * For each claim group whose passages print a shared quote, that quote's group: `"I look forward to being fully and
 * completely vindicated," he said` in two sources is quote group g1 and, as sentences, claim group g10. The report and
 * the UI say so, or the one remark reads as two findings. A quote group counts when its members stand inside the
 * claim group's passages in two sources or more.
 */
export function quoteGroupsInClaims(analysis: Analysis): Map<string, Group[]> {
  const quoteGroups = analysis.groups.filter((group) => group.kind === 'quote')
  const found = new Map<string, Group[]>()
  if (quoteGroups.length === 0) return found
  // Each source's quoted passages in text order, with the group each belongs to.
  const quoted = groupBySource(quoteGroups.flatMap((group) => group.members.map((member) => ({ source: member.source, start: member.start, end: member.end, group }))))
  for (const list of quoted.values()) list.sort((a, b) => a.start - b.start)
  for (const claim of analysis.groups) {
    if (claim.kind !== 'claim') continue
    const sourcesByGroup = new Map<Group, Set<string>>()
    for (const member of claim.members) {
      const list = quoted.get(member.source) ?? []
      for (let index = partitionPoint(list.length, (at) => list[at].start < member.start); index < list.length && list[index].start < member.end; index++) {
        if (list[index].end > member.end) continue
        const sources = sourcesByGroup.get(list[index].group) ?? new Set<string>()
        sourcesByGroup.set(list[index].group, sources.add(member.source))
      }
    }
    const shared = [...sourcesByGroup].filter(([, sources]) => sources.size >= 2).map(([group]) => group)
    if (shared.length > 0) found.set(claim.id, shared)
  }
  return found
}
