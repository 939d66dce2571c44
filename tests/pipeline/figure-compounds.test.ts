import { describe, expect, it } from 'vitest'
import { processText } from '../../src/pipeline/index.js'

const tokensOf = (text: string) =>
  processText(text).sentences.flatMap((sentence) => sentence.tokens.map((token) => (token.value === undefined ? token.normal : `#${token.value}`)))

describe('retextFigureCompounds', () => {
  it('reads a count joined to what it counts as a number', () => {
    expect(tokensOf('a 22-year-old man')).toEqual(['a', '#22', 'year-old', 'man'])
    expect(tokensOf('a 10-year prison term')).toEqual(['a', '#10', 'year', 'prison', 'term'])
    expect(tokensOf('after a three-day search')).toEqual(['after', 'a', '#3', 'day', 'search'])
    expect(tokensOf('a twenty-three-year-old student')).toEqual(['a', '#23', 'year-old', 'student'])
    expect(tokensOf('the 2.5-mile route and a 1,500-page report')).toEqual(['the', '#2.5', 'mile', 'route', 'and', 'a', '#1500', 'page', 'report'])
  })

  it('leaves names, fractions, ratios, numbers in words and one- compounds whole', () => {
    expect(tokensOf('COVID-19 and the F-16')).toEqual(['covid-19', 'and', 'the', 'f-16'])
    expect(tokensOf('a two-thirds majority')).toEqual(['a', 'two-thirds', 'majority'])
    expect(tokensOf('a 3-to-one split and a 2-for-1 deal')).toEqual(['a', '3-to-one', 'split', 'and', 'a', '2-for-1', 'deal'])
    expect(tokensOf('twenty-three people')).toEqual(['#23', 'people'])
    expect(tokensOf('a one-sided one-time deal')).toEqual(['a', 'one-sided', 'one-time', 'deal'])
  })

  it('leaves ordinals, estimates, letters and scale words whole, and starts a number at a parted count (a second review, helper-60)', () => {
    expect(tokensOf('the twenty-first century and the twenty-second amendment')).toEqual(['the', 'twenty-first', 'century', 'and', 'the', 'twenty-second', 'amendment'])
    expect(tokensOf('rising 60-some miles, a 20-something man, 40-odd years')).toEqual(['rising', '60-some', 'miles', 'a', '20-something', 'man', '40-odd', 'years'])
    expect(tokensOf('shown in 3-D in a 10-K')).toEqual(['shown', 'in', '3-d', 'in', 'a', '10-k'])
    expect(tokensOf('a million-dollar settlement')).toEqual(['a', 'million-dollar', 'settlement'])
    // `hundred` and `thousand` count (a third review, helper-61).
    expect(tokensOf('a hundred-year flood and a thousand-year-old tree')).toEqual(['#100', 'year', 'flood', 'and', '#1000', 'year-old', 'tree'])
    expect(tokensOf('twenty three-year-olds and a hundred two-bedroom units')).toEqual(['#20', '#3', 'year-olds', 'and', '#100', '#2', 'bedroom', 'units'])
    // `one-` before a unit is a count; an owner's `'s` stays with the word.
    expect(tokensOf('a one-year term, a one-sided deal')).toEqual(['a', '#1', 'year', 'term', 'a', 'one-sided', 'deal'])
    expect(tokensOf("The 3-year-old's mother")).toEqual(['the', '#3', "year-old's", 'mother'])
  })

  it('keeps a full stop the parser left on the word, and every offset on the text', () => {
    const text = 'He was sentenced to a term of 12-year. Then he appealed the 30-day ruling.'
    const { sentences } = processText(text)
    expect(sentences.map((sentence) => sentence.text)).toEqual(['He was sentenced to a term of 12-year.', 'Then he appealed the 30-day ruling.'])
    for (const token of sentences.flatMap((sentence) => sentence.tokens)) expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(sentences[0].tokens.map((token) => token.text).slice(-2)).toEqual(['12', 'year'])
  })
})
