import { describe, expect, it } from 'vitest'
import { processText } from '../../src/pipeline/index.js'

const sentencesOf = (text: string) => processText(text).sentences.map((sentence) => sentence.text)
const numbersOf = (text: string) =>
  processText(text).sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.value !== undefined).map((token) => [token.text, token.value]))

describe('retextFigureStops', () => {
  it('ends a sentence at the full stop after a figure, which the parser read as part of the word', () => {
    expect(sentencesOf('The toll rose to 12. Officials said more would be found.')).toEqual(['The toll rose to 12.', 'Officials said more would be found.'])
    expect(numbersOf('The toll rose to 12. Officials said more would be found.')).toEqual([['12', 12]])
  })

  it('reads the figure as a number at the end of a paragraph, in a thousands figure and before a quote', () => {
    expect(numbersOf('The toll rose to 12.')).toEqual([['12', 12]])
    expect(numbersOf('It is less than 1,000. If you look at guns, it is more.')).toEqual([['1,000', 1000]])
    expect(sentencesOf('They were in Room 12. "We left," she said.')).toEqual(['They were in Room 12.', '"We left," she said.'])
  })

  it('reads a figure that opens a sentence the parser ended too soon', () => {
    expect(numbersOf('He was No. 12. He said so.')).toEqual([['12', 12]])
  })

  it('keeps a list number and a stop before a lower-case word inside the sentence', () => {
    expect(sentencesOf('1. The first item is here.')).toEqual(['1. The first item is here.'])
    expect(sentencesOf('See chapter 3. and the notes after it.')).toEqual(['See chapter 3. and the notes after it.'])
  })

  it('keeps every offset on the text', () => {
    const text = 'The vote was 134 to 63. Pelosi won.\n\nThe toll rose to 12. Then 7. Officials said.'
    const { sentences } = processText(text)
    expect(sentences.map((sentence) => sentence.text)).toEqual(['The vote was 134 to 63.', 'Pelosi won.', 'The toll rose to 12.', 'Then 7.', 'Officials said.'])
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
      for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    }
  })
})
