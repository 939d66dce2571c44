import { describe, expect, it } from 'vitest'
import { groupClaims, matchedClaimPairs } from '../../src/align/claim-groups.js'
import { profileClaims } from '../../src/align/claim-profiles.js'
import { ClaimRule } from '../../src/align/claim-rule.js'
import type { ClaimUnit } from '../../src/align/units.js'
import { tokensOf } from '../helpers/tokens.js'

function unit(source: string, text: string): ClaimUnit {
  const tokens = tokensOf(text)
  return { source, text, start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens, sentence: 0 }
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

describe('a shared telling figure', () => {
  it('picks the counterpart that prints the same figure over one sharing more topic words', () => {
    const total = unit('a', 'From 2009 through 2016 the pair paid $21,317,402 in federal taxes at an effective rate of 31 percent')
    const sameFigure = unit('b', 'The pair paid $21,317,402 in federal taxes and $6,200,115 in state and local taxes, and gave to charity')
    const sameTopic = unit('b', 'Smith paid an effective federal tax rate of about 30 percent in those years')
    // Topic words recur in an article: `effective`, `rate` and `percent` here too.
    const topic = unit('b', 'Their effective rate was a few percent above what most households pay')
    const { groups } = group([total, sameFigure, sameTopic, topic, ...filler.map((text, index) => unit(`f${index}`, text))])
    // (Topic words alone score higher: 0.50 against 0.35.)
    expect(groups.map((found) => found.members.map((member) => member.text))).toEqual([[total.text, sameFigure.text]])
  })
})

describe('shared topic words', () => {
  const a = ['They want to end the shutdown', 'The shutdown must end soon', 'An end to the shutdown is near']
  const b = ['Both sides hope to end the shutdown', 'Nobody knows when the shutdown will end', 'Voters expect the shutdown to end']

  it('make no counterparts when each article writes them in many sentences', () => {
    const units = [...a.map((text) => unit('a', text)), ...b.map((text) => unit('b', text)), ...filler.map((text, index) => unit(`f${index}`, text))]
    expect(group(units).groups).toEqual([])
  })

  it('do when each article writes them once', () => {
    const units = [unit('a', a[0]), unit('b', b[0]), ...filler.map((text, index) => unit(`f${index}`, text))]
    expect(group(units).groups.map((found) => found.members.map((member) => member.source))).toEqual([['a', 'b']])
  })
})

describe('claims worded alike around a number that differs', () => {
  const led = (source: string, year: string, rest = '') => unit(source, `Pelosi has led House Democrats since ${year}${rest}`)

  it('are grouped though they share one content word besides names: the number is what differs', () => {
    const { groups } = group([led('a', '2002'), led('b', '2003', ", and that's what Ryan had argued is the problem"), ...filler.map((text, index) => unit(`f${index}`, text))])
    expect(groups.map((found) => found.members.map((member) => member.source))).toEqual([['a', 'b']])
  })

  it('are not grouped on a stock phrase around the number, or within one source', () => {
    const stock = [unit('a', 'Sales have doubled in the past 20 years'), unit('b', 'He has coached in the past 72 years of the league')]
    expect(group(stock).groups).toEqual([])
    expect(group([led('a', '2002'), led('a', '2003', ', and that is the problem')]).groups).toEqual([])
  })

  it('are not grouped on words shared past a mark: an attribution tail is no frame', () => {
    const census = [
      unit('a', 'Texas added about 300,000 residents in 2018, according to the Census Bureau'),
      unit('b', 'The median household income in Florida was $55,000 in 2017, according to the Census Bureau'),
    ]
    expect(group(census).groups).toEqual([])
  })
})

describe('matchedClaimPairs', () => {
  it('accepts exactly the candidate pairs the claim rule accepts when it reads every one', () => {
    let state = 7
    const next = (limit: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16) % limit
    // Names, which the rule does not count as shared facts, and other words, some in more units than `maxPostings`;
    // units retell a few claims with words dropped and swapped, so that many pairs match.
    const names = ['Gaga', 'Cooper', 'Oscar', 'Ronson', 'Elliot']
    const others = 'turned proud stage song crowd cheered award night sang film shallow duet piano tears speech won best original score'
    const words = [...names, ...others.split(' ')]
    const claims = Array.from({ length: 12 }, () => Array.from({ length: 4 + next(7) }, () => words[next(words.length)]))
    const texts = Array.from({ length: 120 }, () => {
      const told = claims[next(claims.length)].filter(() => next(5) > 0).map((word) => (next(6) === 0 ? words[next(words.length)] : word))
      return ['Then', ...told].join(' ')
    })
    const tokens = texts.map((text) => tokensOf(text))
    const { profiles, keyCount, isNameKey } = profileClaims(tokens, tokens)
    const sourceOf = texts.map((_, unit) => unit % 6)
    const maxPostings = 20
    const actual = matchedClaimPairs(profiles, isNameKey, sourceOf, new ClaimRule(keyCount), maxPostings)

    // The reference: every pair of different sources sharing enough keys held by at most `maxPostings` units, read by the rule.
    const holders = new Map<number, number>()
    for (const profile of profiles) for (const key of profile.keys) holders.set(key, (holders.get(key) ?? 0) + 1)
    const rule = new ClaimRule(keyCount)
    const expected: Array<{ a: number; b: number; score: number; figures: number; pinpoint: number }> = []
    let sharingCommonFacts = 0
    for (let a = 0; a < profiles.length; a++) {
      for (let b = a + 1; b < profiles.length; b++) {
        const shared = [...profiles[a].keys].filter((key) => profiles[b].keys.includes(key))
        const need = Math.min(...[a, b].map((unit) => (profiles[unit].sequence.length <= 3 ? 1 : 2)))
        if (sourceOf[a] === sourceOf[b] || shared.filter((key) => holders.get(key)! <= maxPostings).length < need) continue
        const { isSame, score, figures, pinpoint } = rule.match(profiles[a], profiles[b])
        if (!isSame) continue
        expected.push({ a, b, score, figures, pinpoint })
        if (shared.some((key) => isNameKey[key] === 0 && holders.get(key)! > maxPostings)) sharingCommonFacts++
      }
    }
    expect(sharingCommonFacts).toBeGreaterThan(20)
    expect(actual).toEqual(expected)
  })
})
