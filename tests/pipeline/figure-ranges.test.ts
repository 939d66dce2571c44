import { describe, expect, it } from 'vitest'
import { processText } from '../../src/pipeline/index.js'

const tokensOf = (text: string) =>
  processText(text).sentences.flatMap((sentence) => sentence.tokens.map((token) => (token.value === undefined ? token.normal : `#${token.value}`)))

describe('retextFigureRanges', () => {
  it('reads a vote, a score or a range as the numbers it holds', () => {
    expect(tokensOf('She won by a 134-to-63 vote.')).toEqual(['she', 'won', 'by', 'a', '#134', 'to', '#63', 'vote'])
    expect(tokensOf('The court ruled 5–4 in the case')).toEqual(['the', 'court', 'ruled', '#5', '#4', 'in', 'the', 'case'])
    expect(tokensOf('the 2019-2020 season')).toEqual(['the', '#2019', '#2020', 'season'])
  })

  it('keeps the sentence end after a score, and words with other parts whole (a count before a word is figure-compounds\' to part)', () => {
    expect(processText('The court ruled 5-4. Justice Kagan dissented.').sentences.map((sentence) => sentence.text)).toEqual([
      'The court ruled 5-4.',
      'Justice Kagan dissented.',
    ])
    expect(tokensOf('COVID-19 cases rose in a 9-year-old boy and a 3-to-one split')).toEqual([
      'covid-19',
      'cases',
      'rose',
      'in',
      'a',
      '#9',
      'year-old',
      'boy',
      'and',
      'a',
      '3-to-one',
      'split',
    ])
  })

  it('keeps every offset on the text', () => {
    const text = 'She won by a 134-to-63 vote, then lost 5-4.'
    for (const token of processText(text).sentences.flatMap((sentence) => sentence.tokens)) expect(text.slice(token.start, token.end)).toBe(token.text)
  })
})
