import { describe, expect, it } from 'vitest'
import { quotedPassageTest, singleSourceItems } from '../src/single-source.js'
import type { Analysis, Group, Quote, Source } from '../src/types.js'

const body =
  'The mayor spoke first. Ana Ruiz said, "We will rebuild the bridge by June and we will not raise taxes to do it." ' +
  'But the report by the county auditor, released on Monday after a long delay, concluded that "the plan is sound."'

function quote(id: string, text: string): Quote {
  const start = body.indexOf(text)
  return { id, source: 'a', text, start, end: start + text.length, speaker: null, verb: null, cites: null, nestedIn: null }
}

function passage(text: string, source = 'a') {
  const start = body.indexOf(text)
  return { source, text, start, end: start + text.length }
}

describe('quotedPassageTest', () => {
  const isQuote = quotedPassageTest([
    quote('q1', 'We will rebuild the bridge by June and we will not raise taxes to do it.'),
    quote('q2', 'the plan is sound.'),
  ])

  it('takes a passage that is a quote and who said it for the quote', () => {
    expect(isQuote(passage('Ana Ruiz said, "We will rebuild the bridge by June and we will not raise taxes to do it'))).toBe(true)
  })

  it('keeps a passage that says more than who spoke, a passage outside every quote, and another source', () => {
    expect(isQuote(passage('But the report by the county auditor, released on Monday after a long delay, concluded that "the plan is sound'))).toBe(false)
    expect(isQuote(passage('The mayor spoke first'))).toBe(false)
    expect(isQuote(passage('Ana Ruiz said, "We will rebuild the bridge by June and we will not raise taxes to do it', 'b'))).toBe(false)
  })
})

describe('singleSourceItems', () => {
  const source = (id: string) => ({ id }) as Source
  const grouped = { members: [{ source: 'a', quote: 'q2' }] } as unknown as Group
  const analysis = {
    sources: [source('b'), source('a')],
    quotes: [quote('q1', 'We will rebuild the bridge by June and we will not raise taxes to do it.'), quote('q2', 'the plan is sound.')],
    groups: [grouped],
    titles: [],
    unique: [passage('The mayor spoke first'), passage('Ana Ruiz said, "We will rebuild the bridge by June and we will not raise taxes to do it'), passage('The mayor spoke first', 'b')],
  } as unknown as Analysis

  it('numbers the claims by source order, then position, leaving out passages that are mostly a quote in no group', () => {
    const { claims, quotes } = singleSourceItems(analysis)
    expect(claims.map((claim) => [claim.id, claim.source, claim.text])).toEqual([
      ['u1', 'b', 'The mayor spoke first'],
      ['u2', 'a', 'The mayor spoke first'],
    ])
    expect(quotes.map((alone) => alone.id)).toEqual(['q1'])
  })
})
