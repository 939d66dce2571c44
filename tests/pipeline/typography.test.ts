import { describe, expect, it } from 'vitest'
import { foldTypography } from '../../src/pipeline/typography.js'
import { processText } from '../../src/pipeline/index.js'

const normals = (text: string) => processText(text).sentences.flatMap((sentence) => sentence.tokens.map((token) => token.normal))

describe('foldTypography', () => {
  it('folds curly double and single quotes and apostrophes to straight ones', () => {
    expect(foldTypography('“We’re back,” she wrote, ‘for good.’')).toBe(`"We're back," she wrote, 'for good.'`)
  })

  it('folds dashes and both ellipses', () => {
    expect(foldTypography('Wait—no… not yet . . . maybe – later')).toBe('Wait-no... not yet ... maybe - later')
  })

  it('leaves plain text alone', () => {
    expect(foldTypography(`It's "fine" - really...`)).toBe(`It's "fine" - really...`)
  })
})

describe('retextTypography', () => {
  it('gives curly and straight apostrophes the same matching form', () => {
    expect(normals('We’re sure the band’s tour isn’t over.')).toEqual(normals("We're sure the band's tour isn't over."))
  })

  it('keeps the printed text of every token', () => {
    const [sentence] = processText('The mayor’s plan—again.').sentences
    expect(sentence.tokens.map((token) => token.text)).toEqual(['The', 'mayor’s', 'plan', 'again'])
  })
})
