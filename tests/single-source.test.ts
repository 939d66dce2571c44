import { describe, expect, it } from 'vitest'
import { quotedPassageTest } from '../src/single-source.js'
import type { Quote } from '../src/types.js'

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
