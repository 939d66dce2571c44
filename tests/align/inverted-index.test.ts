import { describe, expect, it } from 'vitest'
import { InvertedIndex, UnionFind } from '../../src/align/inverted-index.js'

function pairsOf(index: InvertedIndex, options: Parameters<InvertedIndex['candidatePairs']>[0]): Array<[number, number, number]> {
  const pairs: Array<[number, number, number]> = []
  index.candidatePairs(options, (a, b, shared) => pairs.push([a, b, shared]))
  return pairs
}

/** An index of items given as word lists, words numbered in order of first use; `isMarked` picks words. */
function indexOf(items: readonly string[][], isMarked: (word: string) => boolean = () => false): InvertedIndex {
  const numbers = new Map<string, number>()
  const numbered = items.map((words) => words.map((word) => numbers.get(word) ?? numbers.set(word, numbers.size).get(word)!))
  const index = new InvertedIndex(numbers.size, Uint8Array.from(numbers.keys(), (word) => (isMarked(word) ? 1 : 0)))
  numbered.forEach((keys, item) => index.add(item, keys))
  return index
}

describe('InvertedIndex', () => {
  it('proposes pairs that share enough keys and skips keys that are too common', () => {
    const index = indexOf([
      ['gaga', 'cooper', 'stage', 'the'],
      ['gaga', 'cooper', 'seat', 'the'],
      ['ronson', 'jameson', 'the'],
      ['jameson', 'ronson', 'the'],
    ])
    expect(pairsOf(index, { maxPostings: 3, minShared: new Int32Array(4).fill(2), group: Int32Array.of(0, 1, 2, 3) })).toEqual([
      [0, 1, 2],
      [2, 3, 2],
    ])
  })

  it('finds exactly the pairs a count over all pairs finds', () => {
    let state = 11
    const next = (limit: number) => (state = (state * 1103515245 + 12345) % 2147483648) % limit
    const items = Array.from({ length: 60 }, () => Array.from({ length: next(6) }, () => `k${next(25)}`))
    const index = indexOf(items)
    const holders = (key: string) => items.filter((keys) => keys.includes(key)).length
    const needs = Int32Array.from(items, (_, item) => 1 + (item % 2))
    const groups = Int32Array.from(items, (_, item) => item % 7)
    const expected: Array<[number, number, number]> = []
    items.forEach((keysA, a) =>
      items.forEach((keysB, b) => {
        const shared = new Set(keysA.filter((key) => keysB.includes(key) && holders(key) <= 8)).size
        if (a < b && shared >= Math.min(needs[a], needs[b]) && a % 7 !== b % 7) expected.push([a, b, shared])
      }),
    )
    expect(expected.length).toBeGreaterThan(20)
    expect(pairsOf(index, { maxPostings: 8, minShared: needs, group: groups })).toEqual(expected)
  })

  it('proposes exactly the pairs sharing enough marked keys, common ones included', () => {
    let state = 5
    const next = (limit: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16) % limit
    const items = Array.from({ length: 80 }, () => Array.from({ length: next(9) }, () => `k${next(40)}`))
    // Even keys are marked; with at most 8 holders a key, several marked keys are too common to propose pairs.
    const isMarked = (key: string) => Number(key.slice(1)) % 2 === 0
    const index = indexOf(items, isMarked)
    const holders = (key: string) => items.filter((keys) => keys.includes(key)).length
    const groups = Int32Array.from(items, (_, item) => item % 5)
    const expected: Array<[number, number, number]> = []
    let withCommon = 0
    items.forEach((keysA, a) =>
      items.forEach((keysB, b) => {
        const shared = [...new Set(keysA.filter((key) => keysB.includes(key)))]
        const rare = shared.filter((key) => holders(key) <= 8).length
        const marked = shared.filter(isMarked)
        if (a < b && rare >= 1 && marked.length >= 2 && a % 5 !== b % 5) {
          expected.push([a, b, rare])
          if (marked.some((key) => holders(key) > 8)) withCommon++
        }
      }),
    )
    expect(withCommon).toBeGreaterThan(10)
    expect(pairsOf(index, { maxPostings: 8, minShared: new Int32Array(items.length).fill(1), group: groups, minMarked: 2 })).toEqual(expected)
  })

  it('takes items in increasing order only', () => {
    const index = new InvertedIndex(1)
    index.add(1, [0])
    expect(() => index.add(0, [0])).toThrow(/item 0 added after item 1/)
  })

  it('leaves out pairs of one group', () => {
    const index = indexOf([['a'], ['a']])
    expect(pairsOf(index, { maxPostings: 10, minShared: Int32Array.of(1, 1), group: Int32Array.of(5, 5) })).toEqual([])
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
