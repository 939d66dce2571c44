import { describe, expect, it } from 'vitest'
import { processText } from '../../src/pipeline/index.js'

const sentencesOf = (text: string) => processText(text).sentences.map((sentence) => sentence.text)

describe('retextAbbreviationStops', () => {
  it('goes on past No. and a month before a figure, and a title after a hyphen before a name', () => {
    expect(sentencesOf('They are ranked No. 12 in the nation. The Bears finished ranked No. 4. The Lions were next.')).toEqual([
      'They are ranked No. 12 in the nation.',
      'The Bears finished ranked No. 4.',
      'The Lions were next.',
    ])
    expect(sentencesOf('It was then-Rep. Gabrielle Giffords who spoke for the post-Sept. 11 law.')).toEqual([
      'It was then-Rep. Gabrielle Giffords who spoke for the post-Sept. 11 law.',
    ])
  })

  it('reads the figure after No. as a number, and keeps offsets on the text', () => {
    const text = 'The Wildcats are ranked No. 12 in the nation this week.'
    const { sentences } = processText(text)
    expect(sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.value !== undefined).map((token) => token.value))).toEqual([12])
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
      for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    }
  })

  it('keeps a sentence that ends in the word no', () => {
    expect(sentencesOf('The answer was no. 12 people left the room.')).toEqual(['The answer was no.', '12 people left the room.'])
  })
})
