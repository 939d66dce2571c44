import { describe, expect, it } from 'vitest'
import { expletivePlaceholder, isProfanity, uncensor } from '../../src/pipeline/censorship.js'
import { processText } from '../../src/pipeline/index.js'

const tokens = (text: string) => processText(text).sentences.flatMap((sentence) => sentence.tokens)

describe('uncensor', () => {
  it.each([
    ['f*cking', 'fucking'],
    ['f**king', 'fucking'],
    ['f—ing', 'fucking'],
    ['f---ing', 'fucking'],
    ['sh*t', 'shit'],
    ['b*tch', 'bitch'],
  ])('restores %s to %s', (spelling, word) => {
    expect(uncensor(spelling)).toBe(word)
  })

  it('leaves words that hide no profanity', () => {
    expect(uncensor('well-known')).toBeUndefined()
    expect(uncensor('***')).toBeUndefined()
  })

  it('knows which words are profanities', () => {
    expect(isProfanity('damn')).toBe(true)
    expect(isProfanity('darn')).toBe(false)
  })
})

describe('retextCensorship', () => {
  it('merges a censored word the parser splits and flags it', () => {
    const words = tokens('The coach said it was f*cking cold at the game.')
    const censored = words.find((token) => token.isCensored)
    expect(censored).toMatchObject({ text: 'f*cking', normal: 'fucking' })
    expect(words.map((token) => token.text)).not.toContain('cking')
  })

  it('gives censored and plain spellings the same matching form', () => {
    const plain = tokens('We worked really fucking hard.').map((token) => token.normal)
    const starred = tokens('We worked really f**king hard.').map((token) => token.normal)
    expect(starred).toEqual(plain)
  })

  it('marks bracketed expletives with one placeholder', () => {
    const words = tokens('He called it (expletive) nonsense and [expletive] unfair.')
    expect(words.filter((token) => token.isCensored).map((token) => token.normal)).toEqual([expletivePlaceholder, expletivePlaceholder])
  })
})
