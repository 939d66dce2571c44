import { describe, expect, it } from 'vitest'
import { parseNumber } from '../../src/pipeline/numbers.js'
import { processText } from '../../src/pipeline/index.js'

const values = (text: string) =>
  processText(text).sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.value !== undefined).map((token) => token.value))

describe('parseNumber', () => {
  it.each([
    [['100'], 100],
    [['a', 'hundred'], 100],
    [['one', 'hundred'], 100],
    [['99'], 99],
    [['ninety-nine'], 99],
    [['17,000'], 17000],
    [['17K'], 17000],
    [['1.5'], 1.5],
    [['325', 'million'], 325e6],
    [['two', 'thousand', 'and', 'five'], 2005],
  ])('reads %j as %d', (words, value) => {
    expect(parseNumber(words)).toBe(value)
  })

  it('rejects words that are no number', () => {
    expect(parseNumber(['several'])).toBeUndefined()
    expect(parseNumber(['five', 'six'])).toBeUndefined()
    expect(parseNumber(['constructor'])).toBeUndefined()
    expect(parseNumber(['a', 'toString'])).toBeUndefined()
  })
})

describe('retextNumbers', () => {
  it('gives figures and words for the same number the same value', () => {
    expect(values('About a hundred fans waited outside.')).toEqual(values('About 100 fans waited outside.'))
    expect(values('Ninety-nine of them left.')).toEqual([99])
  })

  it('merges figures the parser splits and keeps their printed text', () => {
    const [sentence] = processText('The ticket cost $17,000 in the end.').sentences
    const price = sentence.tokens.find((token) => token.value !== undefined)
    expect(price).toMatchObject({ text: '17,000', value: 17000 })
  })

  it('reads suffixed amounts', () => {
    expect(values('The clip drew 17K views.')).toEqual([17000])
  })
})
