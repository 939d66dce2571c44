import { describe, expect, it } from 'vitest'
import { canonicalNames } from '../../src/quotes/canonical.js'
import { canonicalizeSpeakers } from '../../src/quotes/index.js'
import { extract } from './extract.js'

describe('canonicalNames', () => {
  it('maps every form to the fullest one seen', () => {
    const names = canonicalNames(['Quinn', 'Nora Quinn', 'Nora', 'Baker', 'Tom Baker', 'Tom J. Baker'])
    expect(Object.fromEntries(names)).toEqual({
      Quinn: 'Nora Quinn', 'Nora Quinn': 'Nora Quinn', Nora: 'Nora Quinn',
      Baker: 'Tom J. Baker', 'Tom Baker': 'Tom J. Baker', 'Tom J. Baker': 'Tom J. Baker',
    })
  })

  it('leaves descriptions alone', () => {
    expect(canonicalNames(['a spokesman', 'the campaign']).size).toBe(0)
  })
})

describe('canonicalizeSpeakers', () => {
  it('gives one name per person across articles', () => {
    const first = extract('"We made it," Quinn said.')
    const second = extract('Nora Quinn waved to the crowd. "Thank you all," she said.')
    expect(first.quotes[0].speaker).toBe('Quinn')
    canonicalizeSpeakers([first, second])
    expect([first.quotes[0].speaker, second.quotes[0].speaker]).toEqual(['Nora Quinn', 'Nora Quinn'])
  })
})
