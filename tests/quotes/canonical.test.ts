import { describe, expect, it } from 'vitest'
import { canonicalNames } from '../../src/quotes/canonical.js'
import { canonicalSpeakers } from '../../src/quotes/index.js'
import { extract } from './extract.js'

describe('canonicalNames', () => {
  it('maps every form to the fullest one seen', () => {
    const names = canonicalNames(['Quinn', 'Nora Quinn', 'Nora', 'Baker', 'Tom Baker', 'Tom J. Baker'])
    expect(Object.fromEntries(names)).toEqual({
      Quinn: 'Nora Quinn', 'Nora Quinn': 'Nora Quinn', Nora: 'Nora Quinn',
      Baker: 'Tom J. Baker', 'Tom Baker': 'Tom J. Baker', 'Tom J. Baker': 'Tom J. Baker',
    })
  })

  it('merges a short given name with the formal one, and a middle initial with the middle name', () => {
    const names = canonicalNames(['Dick Lorne', 'Richard J. Lorne', 'Mike Tabor', 'Michael Tabor', 'Michael Tabor', 'Ann J. Vale', 'Ann Jo Vale', 'Ann Jo Vale'])
    expect(names.get('Dick Lorne')).toBe('Richard J. Lorne')
    expect(names.get('Mike Tabor')).toBe('Michael Tabor')
    expect(names.get('Ann J. Vale')).toBe('Ann Jo Vale')
  })

  it('matches a last word given as an initial, and an initial by the name it stands for', () => {
    const names = canonicalNames(['George W.', 'George Walker', 'George Walker', 'Ann Q. Lorne', 'Ann Quill Lorne', 'Ann Quill Lorne'])
    expect(names.get('George W.')).toBe('George Walker')
    expect(names.get('Ann Q. Lorne')).toBe('Ann Quill Lorne')
  })

  it('keeps a father and son, a surname like a short name, and an initial like a surname apart', () => {
    const names = canonicalNames(['Tom Vale', 'Tom Vale Jr.', 'Vale', 'Mitchell', 'Mitch Lorne', 'Tabor', 'Ann T. Quill'])
    expect(names.get('Tom Vale')).toBe('Tom Vale')
    expect(names.get('Vale')).toBe('Tom Vale')
    expect(names.get('Mitchell')).toBe('Mitchell')
    expect(names.get('Tabor')).toBe('Tabor')
    // Initials set apart are one: `W.` is no form of `H. W.` (helper-94).
    const bushes = canonicalNames(['George H. W. Bush', 'George W. Bush', 'Bush'])
    expect([bushes.get('George W. Bush'), bushes.get('George H. W. Bush'), bushes.get('Bush')]).toEqual(['George W. Bush', 'George H. W. Bush', 'Bush'])
  })

  it('leaves a name that fits two people as written', () => {
    const names = canonicalNames(['Obama', 'Barack Obama', 'Malia Obama', 'Malia Obama', 'Malia', 'Sasha Obama', 'Tom Baker', 'Baker', 'Tom J. Baker'])
    expect(names.get('Obama')).toBe('Obama')
    expect(names.get('Malia')).toBe('Malia Obama')
    expect(names.get('Baker')).toBe('Tom J. Baker')
  })

  it('leaves descriptions alone', () => {
    expect(canonicalNames(['a spokesman', 'the campaign']).size).toBe(0)
    // Capitalized only because they open a sentence: `Sources` is no form of `Senate sources`.
    expect(canonicalNames(['Sources', 'Senate sources', 'A spokesperson for Google', 'Google']).get('Google')).toBe('Google')
    expect(canonicalNames(['Sources', 'Senate sources']).get('Sources')).toBe('Sources')
    // A short word in lower case or an owner's makes a description too; a body's `of` does not.
    expect(canonicalNames(['Obama', 'The Obama administration’s']).get('Obama')).toBe('Obama')
    expect(canonicalNames(['Officials', 'Officials with the Sierra Club']).get('Officials')).toBe('Officials')
    expect(canonicalNames(['Board of Canvassers', 'Ohio Board of Canvassers']).get('Board of Canvassers')).toBe('Ohio Board of Canvassers')
    expect(canonicalNames(['Santos', 'Sergio dos Santos']).get('Santos')).toBe('Sergio dos Santos')
  })
})

describe('canonicalSpeakers', () => {
  it('gives one name per person across articles, and leaves the articles as they are', () => {
    const first = extract('"We made it," Quinn said.')
    const second = extract('Nora Quinn waved to the crowd. "Thank you all," she said.')
    expect(first.quotes[0].speaker).toBe('Quinn')
    const names = canonicalSpeakers([first, second])
    expect([first.quotes[0].speaker, second.quotes[0].speaker].map((speaker) => names.get(speaker!) ?? speaker)).toEqual(['Nora Quinn', 'Nora Quinn'])
    expect(first.quotes[0].speaker).toBe('Quinn')
  })
})
