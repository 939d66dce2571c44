import { describe, expect, it } from 'vitest'
import { normalizeWord } from '../../src/pipeline/normalize.js'
import { processText } from '../../src/pipeline/index.js'

const tokens = (text: string) => processText(text).sentences.flatMap((sentence) => sentence.tokens)

describe('normalizeWord', () => {
  it('folds case and typography and trims edge punctuation', () => {
    expect(normalizeWord('Proud.')).toBe('proud')
    expect(normalizeWord('I’M')).toBe("i'm")
  })

  it('matches dotted letters without their stops, and a capitalized title or month abbreviation as its word', () => {
    expect(['U.S.', 'US', 'I.R.S.', 'Sen.', 'Feb.', 'sen.', 'St.'].map(normalizeWord)).toEqual(['us', 'us', 'irs', 'senator', 'february', 'sen', 'st'])
    // Without its stop, a word or name of its own: `Gen Z`, `Jan Brewer`.
    expect(['Gen', 'Jan', 'Sen'].map(normalizeWord)).toEqual(['gen', 'jan', 'sen'])
    // Dotted letters are a name, no stop word; the comparison tells them from the pronoun (tests/compare/group.test.ts).
    expect(tokens('The U.S. helped us.').map((token) => [token.text, token.isStopword === true])).toEqual([['The', true], ['U.S.', false], ['helped', false], ['us', true]])
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

  it('never puts a space in a normal form, which lets group wordings compare word by word', () => {
    // No-break and other spaces fold to ' ' (foldTypography) but split words first; figures, spelled-out
    // numbers and censored words that span several nodes are the ones that join nodes.
    const text =
      'He paid 17,000\u00A0dollars, two hundred\u202Fthousand, f\u00A0**k and f**k\u2009it. . . on U.S.\u00A0soil at 5\u00A0p.m. in New\u00A0York.'
    const normals = tokens(text).map((token) => token.normal)
    expect(normals).toContain('17000')
    expect(normals).toContain('200000')
    expect(normals).toContain('fuck')
    expect(normals.filter((normal) => normal.includes(' '))).toEqual([])
  })
})
