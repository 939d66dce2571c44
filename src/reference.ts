import type { Group, GroupMember } from './types.js'

/**
 * A group's reference wording as one member: the member `reference` names,
 * with the parts of its quote that go on after it (continuesPrevious), so a
 * split quote reads whole, from its first part's start to its last part's end.
 */
export function referenceMember(group: Group): GroupMember {
  const first = group.members[group.reference] ? group.reference : 0
  const member = group.members[first]
  let last = first
  while (group.members[last + 1]?.continuesPrevious && group.members[last + 1].source === member.source) last++
  if (last === first) return member
  const parts = group.members.slice(first, last + 1)
  return { ...member, text: parts.map((part) => part.text).join(' '), end: parts[parts.length - 1].end }
}
