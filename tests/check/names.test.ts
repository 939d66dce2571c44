import { describe, expect, it } from 'vitest'
import { findCitedSource, isSameSpeaker } from '../../src/check/names.js'
import { makeSource } from './fixture.js'

describe('isSameSpeaker', () => {
  it.each([
    ['Lady Gaga', 'GAGA', true],
    ['Bradley Cooper', 'Cooper', true],
    ['Dr. Anthony Fauci', 'Anthony Fauci', true],
    ['Lady Gaga', 'Bradley Cooper', false],
    ['Mark Ronson', 'Mark Wahlberg', false],
    ['Q', 'Lady Gaga', false],
    ['Marjorie Taylor Greene', 'Marjorie Taylor-Greene', true],
    ['Ocasio-Cortez', 'Alexandria Ocasio-Cortez', true],
  ])('%s and %s: %s', (a, b, same) => {
    expect(isSameSpeaker(a, b)).toBe(same)
  })
})

describe('findCitedSource', () => {
  const sources = [
    makeSource('000_relay', 'text', { outlet: 'Daily A' }),
    makeSource('people-article', 'text', { outlet: 'People', url: 'https://people.com/x' }),
    makeSource('variety', 'text'),
    makeSource('ap-story', 'text', { url: 'https://www.apnews.com/article/1' }),
    makeSource('bbc-story', 'text', { outlet: 'BBC' }),
  ]

  it.each([
    ['PEOPLE', 'people-article'],
    ['People magazine', 'people-article'],
    ['Variety', 'variety'],
    ['apnews', 'ap-story'],
    ['Reuters', undefined],
    // A network cited by its news division's name (`said on BBC` reads as BBC News).
    ['BBC News', 'bbc-story'],
  ])('%s → %s', (cited, id) => {
    expect(findCitedSource(cited, sources, '000_relay')?.id).toBe(id)
  })

  it('never takes the citing source for the report it cites', () => {
    expect(findCitedSource('People', sources, 'people-article')).toBe(undefined)
  })
})
