import { describe, expect, it } from 'vitest'
import { InvertedIndex, UnionFind } from '../../src/align/inverted-index.js'

describe('InvertedIndex', () => {
  it('proposes pairs that share enough keys and skips keys that are too common', () => {
    const index = new InvertedIndex()
    index.add(0, ['gaga', 'cooper', 'stage', 'the'])
    index.add(1, ['gaga', 'cooper', 'seat', 'the'])
    index.add(2, ['ronson', 'jameson', 'the'])
    index.add(3, ['jameson', 'ronson', 'the'])
    const pairs = index.candidatePairs({ maxPostings: 3, minShared: () => 2, accept: () => true })
    expect(pairs).toEqual([
      [0, 1, 2],
      [2, 3, 2],
    ])
    expect(index.frequency('the')).toBe(4)
  })

  it('lets the caller refuse pairs', () => {
    const index = new InvertedIndex()
    index.add(0, ['a'])
    index.add(1, ['a'])
    expect(index.candidatePairs({ maxPostings: 10, minShared: () => 1, accept: () => false })).toEqual([])
  })
})

describe('UnionFind', () => {
  it('joins pairs into sets and leaves singletons out', () => {
    const union = new UnionFind(5)
    union.union(0, 3)
    union.union(3, 4)
    expect(union.sets()).toEqual([[0, 3, 4]])
  })
})
