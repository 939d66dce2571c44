import { describe, expect, it } from 'vitest'
import { isTitle } from '../../src/quotes/titles.js'
import { extract, quotesOf } from './extract.js'

describe('isTitle', () => {
  it.each([
    [{ text: 'Shallow', cue: 'none' as const }, true],
    [{ text: 'Shallow,', wordBefore: 'of', cue: 'inside' as const }, true],
    [{ text: 'Hey Jude', wordBefore: 'song', cue: 'adjacent' as const }, true],
    [{ text: 'The Art of the Deal', cue: 'none' as const }, true],
    [{ text: 'Face the Nation,', wordBefore: 'on', cue: 'adjacent' as const }, true],
    [{ text: 'experts', cue: 'none' as const }, true],
    // A work by its owner's name: a show, a song.
    [{ text: 'This Week,', wordBefore: "ABC's", cue: 'adjacent' as const }, true],
    [{ text: 'Shallow', wordBefore: 'Gaga’s', cue: 'adjacent' as const }, true],
    [{ text: 'We Will Win', wordBefore: 'said', cue: 'adjacent' as const }, false],
    [{ text: 'OK.', cue: 'adjacent' as const }, false],
    [{ text: 'so proud', cue: 'inside' as const }, false],
    [{ text: 'What a Night!', cue: 'inside' as const }, false],
    [{ text: 'We will be back next year.', cue: 'none' as const }, false],
  ])('%j is a title: %s', (context, expected) => {
    expect(isTitle(context)).toBe(expected)
  })
})

describe('titles in articles', () => {
  it('keeps song, film and show names as titles, never as speech', () => {
    const body =
      'The band closed with "Harbor Lights" from the film Night Train. Later the singer told reporters, "We wrote it in one night." ' +
      'Fans also asked for "Blue Hour," which the band skipped.'
    const result = extract(body)
    expect(result.titles.map((title) => title.text)).toEqual(['Harbor Lights', 'Blue Hour,'])
    expect(result.quotes.map((quote) => quote.text)).toEqual(['We wrote it in one night.'])
  })

  it('takes a show named after its network\'s possessive for a title, not the words of the one who spoke on it', () => {
    const result = extract('Speaking on ABC\'s "This Week," Sen. John McCain said the war was going well.')
    expect(result.quotes).toEqual([])
    expect(result.titles.map((title) => title.text)).toEqual(['This Week,'])
  })

  it('treats a scare quote as a title', () => {
    const result = extract('The council rejected the "compromise" and moved on.')
    expect(result.quotes).toEqual([])
    expect(result.titles.map((title) => title.text)).toEqual(['compromise'])
  })

  it('takes a short term after the phrase or the nickname for a title, and a longer wording so named for speech', () => {
    expect(quotesOf('Mr. Dorn said this year that he would meet the "king of talk" — a play on words with the phrase "king of the road," which truckers use.')).toEqual([
      ['king of talk', 'Dorn', 'said'],
    ])
    expect(quotesOf('The board, rejecting the expression "strike," said the vote was over.')).toEqual([])
    // `term` is as often a term of office: what comes after it is speech.
    expect(quotesOf('Mr. Dorn said that by the end of his first term "every child will have a school."')[0].slice(1)).toEqual(['Dorn', 'said'])
    expect(quotesOf('Aides decided to change the phrase "riots in the city ... grew into a direct assault on the hall" to "protests."')[0][0]).toBe('riots in the city ... grew into a direct assault on the hall')
  })

  it('takes a name\'s epithet in quotes before it for a title, not for words the name said', () => {
    expect(quotesOf('Ann Lowe, a retired profiler who in 1996 helped catch "Mad Bomber" Tom Reese, told reporters on Wednesday that the case was closed.')).toEqual([])
    // A cue after a quote is set off by the quote's own comma.
    expect(quotesOf('"Thank You," Tom Reese told reporters.')).toEqual([['Thank You,', 'Tom Reese', 'told']])
  })

  it('lists a so-called term as a title whatever verb is near, and a name in title case after a naming verb and an article', () => {
    const result = extract('Questions remain about the so-called "lab leak theory," the head of the agency said.')
    expect(result.quotes).toEqual([])
    expect(result.titles.map((title) => title.text)).toEqual(['lab leak theory,'])
    const named = extract('Speaking at the event dubbed the "Rally for Clean Water," Ann Ruiz thanked the crowd.')
    expect(named.quotes).toEqual([])
    expect(named.titles.map((title) => title.text)).toEqual(['Rally for Clean Water,'])
  })

  it('reads what a subject calls its object as its words, however far the object runs', () => {
    const result = extract('The council called the plan to widen the road a "costly mistake" and moved on.')
    expect(result.quotes.map((quote) => [quote.text, quote.speaker, quote.verb])).toEqual([['costly mistake', 'The council', 'called']])
    // Not a name that a participle gives: `a program called Prism is simply an "…"`.
    expect(extract('The report said a program called Prism is simply an "internal system" for sorting data.').quotes.map((quote) => quote.speaker)).toEqual(['The report'])
  })

  it('takes words in lower case after called for speech, and a name in title case for a title', () => {
    const result = extract('Michael Steele said the war was a military fight he called “a war of Obama’s choosing.”\n\nHe starred in a film called "Night Train" in 2010.')
    expect(result.quotes.map((quote) => [quote.text, quote.speaker, quote.verb])).toEqual([['a war of Obama’s choosing.', 'Michael Steele', 'called']])
    expect(result.titles.map((title) => title.text)).toEqual(['Night Train'])
  })

  it('takes a name in title case set off after a title noun for a title, and later quotes of its opening words too', () => {
    const body =
      'The launch comes with her latest book, “Ahead: Notes on the Future of Our Towns” on May 5, two people close to her told the Herald.\n\n' +
      '“Ahead” is expected to be a sharp critique of “politics as usual,” said Tom Baker.'
    const result = extract(body)
    expect(result.titles.map((title) => title.text)).toEqual(['Ahead: Notes on the Future of Our Towns', 'Ahead'])
    expect(result.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([['politics as usual,', 'Tom Baker']])
  })

  it('keeps a title inside a quote out of the speech', () => {
    const result = extract('"We played \'Harbor Lights\' twice tonight," Nora Quinn said.')
    expect(result.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["We played 'Harbor Lights' twice tonight,", 'Nora Quinn']])
    expect(result.titles.map((title) => title.text)).toEqual(['Harbor Lights'])
  })
})
