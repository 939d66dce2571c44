import { describe, expect, it } from 'vitest'
import { findQuoteSpans } from '../../src/quotes/marks.js'
import type { Span } from '../../src/types.js'

function paragraphsOf(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const match of text.matchAll(/\n\n/g)) {
    spans.push({ start, end: match.index })
    start = match.index + 2
  }
  spans.push({ start, end: text.length })
  return spans
}

/** Each span as [text, parent text or null]. */
function spansOf(text: string): Array<[string, string | null]> {
  const spans = findQuoteSpans(text, paragraphsOf(text))
  return spans.map((span) => [text.slice(span.start, span.end), span.parent === null ? null : text.slice(spans[span.parent].start, spans[span.parent].end)])
}

describe('findQuoteSpans', () => {
  it('finds straight and curly double quotes', () => {
    expect(spansOf('He said "yes" and she said “no.”')).toEqual([['yes', null], ['no.', null]])
  })

  it('finds British single quotes at top level', () => {
    expect(spansOf("The minister said: ‘We will not move.’ Then he left.")).toEqual([['We will not move.', null]])
    expect(spansOf("The minister said: 'We will not move.' Then he left.")).toEqual([['We will not move.', null]])
  })

  it('nests single quotes in double quotes and the reverse', () => {
    expect(spansOf(`"My coach told me, 'Keep going.' So I did."`)).toEqual([
      ["My coach told me, 'Keep going.' So I did.", null],
      ['Keep going.', "My coach told me, 'Keep going.' So I did."],
    ])
    expect(spansOf('‘She shouted “Run!” and we ran,’ he recalled.')).toEqual([
      ['She shouted “Run!” and we ran,', null],
      ['Run!', 'She shouted “Run!” and we ran,'],
    ])
  })

  it('tells apostrophes from quote marks', () => {
    expect(spansOf(`"Let's go," she said.`)).toEqual([["Let's go,", null]])
    expect(spansOf("We don't play rock 'n' roll from the '90s at Jones' bar.")).toEqual([])
    expect(spansOf(`"I love rock 'n' roll," he said. "It's the '90s again."`)).toEqual([
      ["I love rock 'n' roll,", null],
      ["It's the '90s again.", null],
    ])
    expect(spansOf(`"They took the Smiths' car," he said.`)).toEqual([["They took the Smiths' car,", null]])
  })

  it('reads two apostrophes as a double mark', () => {
    expect(spansOf("''We are ready,'' the mayor said.")).toEqual([['We are ready,', null]])
  })

  it('keeps a closing mark used the wrong way round', () => {
    expect(spansOf('“It was late,“ the driver said.')).toEqual([['It was late,', null]])
  })

  it('runs a quote on into the next paragraph when that one reopens it', () => {
    const text = '“The first part ends here.\n\n“The second part ends the quote,” she said.'
    expect(spansOf(text)).toEqual([['The first part ends here.\n\n“The second part ends the quote,', null]])
  })

  it('never lets an unclosed quote leak into the next paragraph', () => {
    const text = '“This one never closes.\n\nA new paragraph with “its own quote.”'
    expect(spansOf(text)).toEqual([['This one never closes.', null], ['its own quote.', null]])
  })

  it('runs a quote on into the next paragraph when that one closes it before opening any', () => {
    const text = 'He added: “Those are the people these tactics are for.\n\nNot a Roger Stone.”\n\nStone left.'
    expect(spansOf(text)).toEqual([['Those are the people these tactics are for.\n\nNot a Roger Stone.', null]])
    // (Not to a height or a time, nor past a colon that brings in words of its own: helper-93.)
    expect(spansOf('The ad called him “a career politician.\n\nHe is 5’11” and weighs 180 pounds, it said.')).toEqual([['a career politician.', null]])
    expect(spansOf('“Nobody can stop us now.\n\nJones was unmoved: We are not worried,” he said.')).toEqual([['Nobody can stop us now.', null]])
    // (A time or a colon inside the words still runs on: helper-94.)
    expect(spansOf('“We met the union leaders\n\nat 9:30 a.m. and nothing changed,” she said.')).toEqual([['We met the union leaders\n\nat 9:30 a.m. and nothing changed,', null]])
    expect(spansOf('“There are two things we need\n\nmoney and time: that is all we ask,” she said.')[0][0]).toContain('that is all we ask')
    expect(spansOf('“We will not stop.\n\nThe final tally: 52 votes for and 48 against,” the clerk said.')).toEqual([['We will not stop.', null]])
    // (Not when the next paragraph opens a quote first.)
    expect(spansOf('“This one never closes.\n\nShe said “yes” and “no.”')).toEqual([['This one never closes.', null], ['yes', null], ['no.', null]])
  })

  it('reports offsets into the text', () => {
    const text = 'Intro. "Quoted words," he said.'
    const [span] = findQuoteSpans(text, paragraphsOf(text))
    expect(span).toMatchObject({ markStart: 7, start: 8, end: 21, markEnd: 22, kind: 'double', isUnclosed: false })
  })
})
