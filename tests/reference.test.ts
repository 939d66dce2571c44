import { describe, expect, it } from 'vitest'
import { isReferencePart, referenceMember, wordingsBesideReference } from '../src/reference.js'
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

describe('isReferencePart', () => {
  const first: GroupMember = { source: 'fox', quote: 'q1', text: 'I have not done anything wrong,', start: 10, end: 41 }
  const second: GroupMember = { source: 'fox', quote: 'q2', text: 'I have not broken any laws.', start: 55, end: 82, continuesPrevious: true }
  const other: GroupMember = { source: 'nyt', quote: 'q3', text: 'I have not done anything wrong. I have not broken any laws,', start: 0, end: 59 }

  it('holds for every part of a split reference, and for no other member', () => {
    expect([0, 1, 2].map((index) => isReferencePart(group([first, second, other], 0), index))).toEqual([true, true, false])
    expect([0, 1, 2].map((index) => isReferencePart(group([first, second, other], 2), index))).toEqual([false, false, true])
  })
})

describe('wordingsBesideReference', () => {
  it('gives the other members\' parts alone and their split remarks whole', () => {
    const whole: GroupMember = { source: 'fox', quote: 'q1', text: 'This carnage stops right here,', start: 0, end: 30 }
    const opening: GroupMember = { source: 'nyt', quote: 'q2', text: 'This carnage', start: 0, end: 12 }
    const rest: GroupMember = { source: 'nyt', quote: 'q3', text: 'stops right here.', start: 30, end: 47, continuesPrevious: true }
    expect(wordingsBesideReference(group([whole, opening, rest], 0))).toEqual({
      reference: 'This carnage stops right here,',
      others: ['This carnage', 'stops right here.', 'This carnage stops right here.'],
    })
    // A part that goes on with the reference is the reference's.
    expect(wordingsBesideReference(group([opening, rest, whole], 0))).toEqual({ reference: 'This carnage stops right here.', others: ['This carnage stops right here,'] })
  })
})
