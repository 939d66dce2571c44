import type { Group, GroupMember } from './types.js'

/**
 * A group's reference wording as one member: the member `reference` names,
 * with the parts of its quote that go on after it (continuesPrevious), so a
 * split quote reads whole, from its first part's start to its last part's end.
 */
export function referenceMember(group: Group): GroupMember {
  const [first, last] = referenceParts(group)
  const member = group.members[first]
  if (last === first) return member
  const parts = group.members.slice(first, last + 1)
  return { ...member, text: parts.map((part) => part.text).join(' '), end: parts[parts.length - 1].end }
}

/** Whether the member at `index` is the reference or a later part of its split quote. */
export function isReferencePart(group: Group, index: number): boolean {
  const [first, last] = referenceParts(group)
  return index >= first && index <= last
}

/**
 * The reference's wording, whole, and every other member's: each part of a
 * split quote alone and, when it has several, the whole remark too.
 */
export function wordingsBesideReference(group: Group): { reference: string; others: string[] } {
  const [first, last] = referenceParts(group)
  const others: string[] = []
  let remark = ''
  group.members.forEach((member, index) => {
    if (index >= first && index <= last) return
    const goesOn = continuesPart(group, index)
    remark = goesOn ? `${remark} ${member.text}` : member.text
    others.push(member.text)
    if (goesOn) others.push(remark)
  })
  return { reference: referenceMember(group).text, others }
}

/** The indexes of the reference's first and last part among the members. */
function referenceParts(group: Group): [number, number] {
  const first = group.members[group.reference] ? group.reference : 0
  let last = first
  while (continuesPart(group, last + 1)) last++
  return [first, last]
}

/** Whether the member at `index` goes on with the one before it: a later part of that source's split quote. */
export function continuesPart(group: Group, index: number): boolean {
  const member = group.members[index]
  return member?.continuesPrevious === true && index > 0 && group.members[index - 1].source === member.source
}

/** Whether a member's speaker differs from the reference's as a reader sees it: `the letter` and `The letter` do not. */
export function isOtherSpeaker(speaker: string | null, referenceSpeaker: string | null): boolean {
  return (speaker ?? '').toLowerCase() !== (referenceSpeaker ?? '').toLowerCase()
}
