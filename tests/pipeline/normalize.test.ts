import { describe, expect, it } from 'vitest'
import { normalizeWord } from '../../src/pipeline/normalize.js'
import { processText } from '../../src/pipeline/index.js'

const tokens = (text: string) => processText(text).sentences.flatMap((sentence) => sentence.tokens)

describe('normalizeWord', () => {
  it('folds case and typography and trims edge punctuation', () => {
    expect(normalizeWord('Proud.')).toBe('proud')
    expect(normalizeWord('I’M')).toBe("i'm")
  })
})

describe('retextNormalize', () => {
  it('matches by stem, never changing the printed text', () => {
    const [singing, sang] = [tokens('The choir was Singing loudly.')[3], tokens('They sing loudly.')[1]]
    expect(singing).toMatchObject({ text: 'Singing', normal: 'singing', stem: 'sing' })
    expect(sang.stem).toBe('sing')
  })

  it('marks stop words so they weigh little', () => {
    const words = tokens('The band is on the stage.')
    expect(words.filter((token) => token.isStopword).map((token) => token.text)).toEqual(['The', 'is', 'on', 'the'])
  })

  it('matches numbers by value', () => {
    const [number] = tokens('Ninety-nine people came.')
    expect(number).toMatchObject({ normal: '99', stem: '99' })
  })
})
