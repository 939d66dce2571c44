import { describe, expect, it } from 'vitest'
import { fullForms, isSameSpelledOut, spelledOutPairs } from '../../src/compare/contractions.js'
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
  })

  it('keeps other words apart', () => {
    expect(same("we'll", 'we would')).toBe(false)
    expect(same("Trump's", 'Trump is')).toBe(false)
    expect(same("we'll", 'we will not')).toBe(false)
  })
})

describe('spelledOutPairs', () => {
  it('finds each contracted run in a diff, and nothing in a rewording', () => {
    const pairs = spelledOutPairs(diffTokens(tokensOf('We have done it before and we will do it again'), tokensOf("We've done it before and we'll do it again")))
    expect(pairs.map(({ gone, come }) => [gone.map((token) => token.text).join(' '), come.map((token) => token.text).join(' ')])).toEqual([
      ['We have', "We've"],
      ['we will', "we'll"],
    ])
    expect(spelledOutPairs(diffTokens(tokensOf('We will win this race'), tokensOf("We'd lose this race")))).toEqual([])
  })
})
