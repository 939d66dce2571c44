import { describe, expect, it } from 'vitest'
import { groupClaims } from '../../src/align/claim-groups.js'
import type { ClaimUnit } from '../../src/align/units.js'
import { tokensOf } from '../helpers/tokens.js'

function unit(source: string, text: string): ClaimUnit {
  const tokens = tokensOf(text)
  return { source, text, start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens }
}

function group(units: ClaimUnit[]) {
  let count = 0
  return groupClaims(units, [], [], () => `g${++count}`)
}

const senator = 'The senator resigned on Monday after the vote on the budget'
const governor = 'The governor signed the budget bill into law on Tuesday night'
// Says a little of both: the one counterpart in its outlet of every copy of each.
const bridge = 'The senator resigned after the vote, and the governor signed the bill'
const filler = [
  'Rain is expected across the region for most of the weekend',
  'The museum will reopen its east wing to visitors next spring',
  'Ticket prices for the concert series rose by ten dollars',
]

describe('groupClaims', () => {
  it('groups copies of one claim across outlets', () => {
    const units = ['a', 'b', 'c'].map((source) => unit(source, senator))
    const { groups, ungrouped } = group([...units, ...filler.map((text, index) => unit(`f${index}`, text))])
    expect(groups.map((found) => found.members.map((member) => member.source))).toEqual([['a', 'b', 'c']])
    expect(ungrouped).toHaveLength(filler.length)
  })

  it('does not chain two claims into one group through a passage that matches both', () => {
    const units = [
      ...['a', 'b', 'c', 'd'].map((source) => unit(source, senator)),
      ...['e', 'f', 'g', 'h'].map((source) => unit(source, governor)),
      unit('i', bridge),
      ...filler.map((text, index) => unit(`f${index}`, text)),
    ]
    const { groups } = group(units)
    const sizes = groups.map((found) => found.members.length).sort()
    expect(sizes).toEqual([4, 5])
    for (const found of groups) {
      const texts = new Set(found.members.map((member) => member.text))
      expect(texts.has(senator) && texts.has(governor)).toBe(false)
    }
  })
})
