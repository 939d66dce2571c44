import { describe, expect, it } from 'vitest'
import { hedgeAround, mayBothHold, withHedge } from '../../src/compare/hedges.js'

const figure = (value: number, before: string, after = ' homes') => ({ value, hedge: hedgeAround(before, String(value), after) })

describe('hedgeAround', () => {
  it('reads the hedge just before a figure, past a currency sign, as printed', () => {
    expect(hedgeAround('The fire destroyed more than ', '1,000', ' homes')).toEqual({ kind: 'above', words: 'more than', isAfter: false, isPercent: false })
    expect(hedgeAround('asked for About $', '1,000', ' million')).toEqual({ kind: 'about', words: 'About', isAfter: false, isPercent: false })
    expect(hedgeAround('(at least ', '1,000', ')').kind).toBe('at-least')
    expect(hedgeAround('left as many as ', '1,000', ' dead').kind).toBe('at-most')
    expect(hedgeAround('an estimated ', '1,000', ' people').kind).toBe('about')
  })

  it('reads a hedge after the figure, past a percent sign', () => {
    expect(hedgeAround('arrested ', '1,000', ' or more people')).toEqual({ kind: 'at-least', words: 'or more', isAfter: true, isPercent: false })
    expect(hedgeAround('fell ', '5', '% or so')).toMatchObject({ kind: 'about', isPercent: true })
  })

  it('takes no hedge inside a word or away from the figure', () => {
    expect(hedgeAround('a handsome ', '1,000', ' dollars').kind).toBe('exact')
    expect(hedgeAround('in all a little over ', '1,000', ' homes').words).toBe('a little over')
    expect(hedgeAround('in all xa little over ', '1,000', ' homes').words).toBe('over')
    expect(hedgeAround('more than the ', '1,000', ' homes').kind).toBe('exact')
    expect(hedgeAround('', '1,000', ' homes').kind).toBe('exact')
    expect(hedgeAround('sold ', '1,000', ' or morel').kind).toBe('exact')
  })
})

describe('mayBothHold', () => {
  it('lets a bound hold with a figure inside it, and an estimate with one close to it', () => {
    expect(mayBothHold(figure(1000, 'more than '), figure(1240, ''))).toBe(true)
    expect(mayBothHold(figure(1000, 'at least '), figure(1000, ''))).toBe(true)
    // The very figure with a bound on one side is the same count, rounded.
    expect(mayBothHold(figure(1000, 'more than '), figure(1000, ''))).toBe(true)
    expect(mayBothHold(figure(1000, 'more than '), figure(999, ''))).toBe(false)
    expect(mayBothHold(figure(40e6, 'about $'), figure(42.5e6, '$'))).toBe(true)
    expect(mayBothHold(figure(40e6, 'about $'), figure(45e6, '$'))).toBe(false)
    expect(mayBothHold(figure(10, 'fewer than '), figure(9, ''))).toBe(true)
    expect(mayBothHold(figure(10, 'fewer than '), figure(11, ''))).toBe(false)
  })

  it('lets an estimate of a percentage stray by half as much, and half a point at least', () => {
    expect(mayBothHold(figure(60, 'about ', '% of voters'), figure(62, '', '% of voters'))).toBe(true)
    expect(mayBothHold(figure(60, 'about ', '% of voters'), figure(65, '', '% of voters'))).toBe(false)
    expect(mayBothHold(figure(60, 'about ', ' percent of voters'), figure(65, '', ' percent of voters'))).toBe(false)
    expect(mayBothHold(figure(60, 'about ', ' voters'), figure(65, '', ' voters'))).toBe(true)
    // A small percentage, to half a point.
    expect(mayBothHold(figure(1, 'about ', '%'), figure(1.1, '', '%'))).toBe(true)
    expect(mayBothHold(figure(3, 'nearly ', '%'), figure(2.8, '', '%'))).toBe(true)
  })

  it('keeps bounds that exclude each other apart', () => {
    expect(mayBothHold(figure(1000, 'nearly '), figure(1000, 'more than '))).toBe(false)
    expect(mayBothHold(figure(1000, 'nearly '), figure(950, ''))).toBe(true)
    expect(mayBothHold(figure(1000, 'nearly '), figure(1240, ''))).toBe(false)
    expect(mayBothHold(figure(5, 'up to '), figure(6, 'at least '))).toBe(false)
    expect(mayBothHold(figure(1000, 'about '), figure(1000, 'more than '))).toBe(true)
  })
})

describe('withHedge', () => {
  it('prints the hedge where it stands', () => {
    expect(withHedge('1,000', hedgeAround('nearly ', '1,000', ''))).toBe('nearly 1,000')
    expect(withHedge('1,000', hedgeAround('', '1,000', ' or more'))).toBe('1,000 or more')
    expect(withHedge('1,000', hedgeAround('', '1,000', ''))).toBe('1,000')
  })
})
