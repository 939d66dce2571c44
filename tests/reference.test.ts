import { describe, expect, it } from 'vitest'
import { referenceMember } from '../src/reference.js'
import type { Group, GroupMember } from '../src/types.js'

function group(members: GroupMember[], reference: number): Group {
  return { id: 'g1', kind: 'quote', verdict: 'variant', reference, differences: [], why: '', score: 1, provenance: { singleOrigin: null, sharedCopy: [] }, members }
}

describe('referenceMember', () => {
  const first: GroupMember = { source: 'fox', quote: 'q1', text: 'I have not done anything wrong,', start: 10, end: 41 }
  const second: GroupMember = { source: 'fox', quote: 'q2', text: 'I have not broken any laws.', start: 55, end: 82, continuesPrevious: true }
  const other: GroupMember = { source: 'nyt', quote: 'q3', text: 'I have not done anything wrong. I have not broken any laws,', start: 0, end: 59 }

  it('reads a split quote whole: its parts joined, from the first part\'s start to the last one\'s end', () => {
    expect(referenceMember(group([first, second, other], 0))).toEqual({ ...first, text: 'I have not done anything wrong, I have not broken any laws.', end: 82 })
  })

  it('is the member itself otherwise, never joined to another source\'s member', () => {
    expect(referenceMember(group([first, second, other], 2))).toBe(other)
    expect(referenceMember(group([other, { ...second, source: 'nyt2' }], 0))).toBe(other)
  })
})
