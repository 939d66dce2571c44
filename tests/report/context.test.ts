import { describe, expect, it } from 'vitest'
import { createContext, headingAnchor, sourceLabels } from '../../src/report/context.js'
import { fixture } from './fixture.js'

describe('sourceLabels', () => {
  it('cuts long hashed ids to a head that tells them apart', () => {
    expect([...sourceLabels(['000_757aa98372dae68e', '001_6024fb6beea2f398']).values()]).toEqual(['000_757a…', '001_6024…'])
  })

  it('adds the shortest tail when the heads are alike', () => {
    const uuid = '5c3e1a2b-7a4d-4c1e-9f00-0d2b7c9e4a11'
    expect([...sourceLabels([`${uuid}_1`, `${uuid}_2`, `${uuid}_3`]).values()]).toEqual(['5c3e1a2b…1', '5c3e1a2b…2', '5c3e1a2b…3'])
  })

  it('cuts ids of words after the word that tells them apart, when their heads are alike', () => {
    expect([...sourceLabels(['new-york-post-news', 'new-york-times-news', 'fox']).values()]).toEqual(['new-york-post…', 'new-york-times…', 'fox'])
    expect([...sourceLabels(['breitbart-news-ohio', 'breitbart-news-iowa']).values()]).toEqual(['breitbart-news-ohio', 'breitbart-news-iowa'])
  })

  it('keeps short ids whole', () => {
    expect([...sourceLabels(['fox', 'nyt', 'huffpost']).values()]).toEqual(['fox', 'nyt', 'huffpost'])
  })
})

describe('createContext', () => {
  it('numbers single-source claims by source order, then position', () => {
    const context = createContext(fixture, 'fixture')
    expect(context.unique.map((claim) => [claim.id, claim.source.slice(0, 3), claim.start])).toEqual([
      ['u1', '000', 97],
      ['u2', '001', 332],
      ['u3', '002', 80],
      ['u4', '002', 141],
    ])
  })
})

describe('headingAnchor', () => {
  it('slugs a heading the way GitHub does', () => {
    expect(headingAnchor('g12: conflict quote')).toBe('#g12-conflict-quote')
  })
})
