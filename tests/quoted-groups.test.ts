import { describe, expect, it } from 'vitest'
import { quoteGroupsInClaims } from '../src/quoted-groups.js'
import type { Analysis, Group, GroupMember } from '../src/types.js'

function member(source: string, start: number, end: number): GroupMember {
  return { source, text: 'x'.repeat(end - start), start, end, cites: null }
}

function group(id: string, kind: Group['kind'], members: GroupMember[]): Group {
  return { id, kind, verdict: 'variant', reference: 0, differences: [], why: '', score: 1, provenance: { singleOrigin: null, sharedCopy: [] }, members }
}

function analysisOf(groups: Group[]): Analysis {
  return { sources: [], quotes: [], titles: [], groups, unique: [] } as unknown as Analysis
}

describe('quoteGroupsInClaims', () => {
  it('names the quote group whose members stand inside a claim group\'s passages in two sources', () => {
    const quote = group('g1', 'quote', [member('a', 20, 60), member('b', 5, 45)])
    const claim = group('g2', 'claim', [member('a', 0, 80), member('b', 0, 50)])
    expect([...quoteGroupsInClaims(analysisOf([quote, claim]))].map(([id, quotes]) => [id, quotes.map((found) => found.id)])).toEqual([['g2', ['g1']]])
  })

  it('names none held in one source only, or sticking out of the passage', () => {
    const quote = group('g1', 'quote', [member('a', 20, 60), member('b', 40, 90), member('c', 0, 10)])
    const claim = group('g2', 'claim', [member('a', 0, 80), member('b', 0, 50)])
    expect(quoteGroupsInClaims(analysisOf([quote, claim])).size).toBe(0)
  })
})
