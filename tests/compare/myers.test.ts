import { describe, expect, it } from 'vitest'
import { diffArrays } from 'diff'
import { myersDiff, type CodedWords } from '../../src/compare/myers.js'

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

/** Words from a small vocabulary, so that equally short scripts abound; 0 is the placeholder, 9 may stand for it. */
function randomWords(next: () => number, length: number): CodedWords {
  const ids = Int32Array.from({ length }, () => Math.floor(next() * 10))
  return { ids, wild: Uint8Array.from(ids, (id) => (id === 9 ? 1 : 0)) }
}

function jsdiffRuns(before: CodedWords, after: CodedWords, maxEditLength: number) {
  const indexes = (words: CodedWords) => Array.from(words.ids, (_, index) => index)
  const changes = diffArrays(indexes(before), indexes(after), {
    maxEditLength,
    comparator: (left: number, right: number) =>
      before.ids[left] === after.ids[right] || (before.ids[left] === 0 && after.wild[right] === 1) || (after.ids[right] === 0 && before.wild[left] === 1),
  })
  return changes?.map((change) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', count: change.count }))
}

describe('myersDiff', () => {
  it('gives the edit script jsdiff gives, tie for tie, and gives up where it does', () => {
    const next = generator(7)
    for (let trial = 0; trial < 3000; trial++) {
      const before = randomWords(next, Math.floor(next() * 14))
      const after = randomWords(next, Math.floor(next() * 14))
      const maxEditLength = trial % 3 === 0 ? Math.floor(next() * 12) - 1 : 1000
      expect(myersDiff(before, after, maxEditLength)).toEqual(jsdiffRuns(before, after, maxEditLength))
    }
  })

  it('keeps identical lists as one run', () => {
    const words: CodedWords = { ids: Int32Array.of(3, 4, 5), wild: new Uint8Array(3) }
    expect(myersDiff(words, words, 0)).toEqual([{ kind: 'same', count: 3 }])
  })
})
