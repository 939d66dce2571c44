import { describe, expect, it } from 'vitest'
import { fullForms, isSameSpelledOut, joinContractions } from '../../src/compare/contractions.js'
import { diffTokens } from '../../src/compare/diff.js'
import { tokensOf } from '../helpers/tokens.js'

describe('fullForms', () => {
  it('writes out contractions, with every reading of an ambiguous one', () => {
    expect(fullForms("we'll")).toEqual([["we'll"], ['we', 'will']])
    expect(fullForms("isn't")).toEqual([["isn't"], ['is', 'not']])
    expect(fullForms("won't")).toEqual([["won't"], ['will', 'not']])
    expect(fullForms("can't")).toEqual([["can't"], ['can', 'not'], ['cannot']])
    expect(fullForms("i'd")).toEqual([["i'd"], ['i', 'would'], ['i', 'had']])
    expect(fullForms("it's")).toEqual([["it's"], ['it', 'is'], ['it', 'has']])
  })

  it('takes a possessive for no contraction', () => {
    expect(fullForms("trump's")).toEqual([["trump's"]])
    expect(fullForms('going')).toEqual([['going']])
  })
})

describe('isSameSpelledOut', () => {
  const same = (one: string, other: string) => isSameSpelledOut(tokensOf(one), tokensOf(other))

  it('matches words contracted on one side, curly apostrophes too', () => {
    expect(same("we'll", 'we will')).toBe(true)
    expect(same('We will not', 'We won’t')).toBe(true)
    expect(same("we're not", 'we are not')).toBe(true)
    expect(same("can't", 'cannot')).toBe(true)
    expect(same("it's", 'it has')).toBe(true)
    expect(same("we're not", "we aren't")).toBe(true)
  })

  it('keeps other words apart', () => {
    expect(same("we'll", 'we would')).toBe(false)
    expect(same("Trump's", 'Trump is')).toBe(false)
    expect(same("we'll", 'we will not')).toBe(false)
  })
})

describe('joinContractions', () => {
  const kinds = (before: string, after: string) =>
    joinContractions(diffTokens(tokensOf(before), tokensOf(after))).map((change) => {
      const words = (tokens: readonly { text: string }[] | undefined) => [...new Set(tokens)].map((token) => token.text).join(' ')
      return change.isContraction ? `${words(change.tokens)} ~ ${words(change.matched)}` : `${change.kind}: ${words(change.tokens)}`
    })

  it('keeps words contracted on one side, each contraction a kept run of its own', () => {
    expect(kinds('We have done it before and we will do it again', "We've done it before and we'll do it again")).toEqual([
      "We have ~ We've",
      'same: done it before and',
      "we will ~ we'll",
      'same: do it again',
    ])
  })

  it('takes a contraction out of the edge of a longer edit, leaving the rest an edit', () => {
    expect(kinds('Honestly, we have rebuilt this town before', "We've rebuilt this town before")).toEqual([
      'removed: Honestly',
      "we have ~ We've",
      'same: rebuilt this town before',
    ])
  })

  it('leaves a rewording alone, and gives back the same changes when there is nothing to join', () => {
    const changes = diffTokens(tokensOf('We will win this race'), tokensOf("We'd lose this race"))
    expect(joinContractions(changes)).toBe(changes)
  })
})
