import { expect, it } from 'vitest'
import { sourcesInConflict } from '../src/conflict-sides.js'
import type { Group } from '../src/types.js'

function group(sources: string[], conflicting: string[], reference = 0): Group {
  return {
    id: 'g1',
    kind: 'claim',
    verdict: conflicting.length > 0 ? 'conflict' : 'identical',
    reference,
    differences: conflicting.length > 0 ? [{ type: 'number', level: 'conflict', detail: '2002 / 2003', sources: conflicting }] : [],
    why: 'test',
    score: 1,
    provenance: { singleOrigin: null, sharedCopy: [] },
    members: sources.map((source) => ({ source, text: 'Pelosi has led House Democrats since 2003', start: 0, end: 41, cites: null })),
  }
}

it('names the sources a conflict names, and the reference\'s when no other source backs it', () => {
  // One outlier against two that agree.
  expect([...sourcesInConflict(group(['a', 'b', 'c'], ['b']))]).toEqual(['b'])
  // A two-way split, and a reference that every other source contradicts: both sides.
  expect([...sourcesInConflict(group(['a', 'b'], ['b']))].sort()).toEqual(['a', 'b'])
  expect([...sourcesInConflict(group(['a', 'b', 'c'], ['b', 'c']))].sort()).toEqual(['a', 'b', 'c'])
  // The reference's own source printing it twice backs nothing.
  expect([...sourcesInConflict(group(['a', 'a', 'b'], ['b']))].sort()).toEqual(['a', 'b'])
  expect(sourcesInConflict(group(['a', 'b'], [])).size).toBe(0)
})
