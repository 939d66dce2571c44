import { describe, expect, it } from 'vitest'
import { changedWording, code } from '../../src/check/finding.js'

describe('code', () => {
  it('keeps short text whole, with whitespace collapsed and backticks made quotes', () => {
    expect(code('We  did it\n`together`')).toBe("`We did it 'together'`")
  })

  it('cuts long text in the middle between whole words', () => {
    const quote = 'Let me be clear, leaving August the 31st, is not due to an arbitrary deadline. It was designed to save American lives'
    const shown = code(quote)
    expect(shown).toBe('`Let me be clear, leaving August the … It was designed to save American lives`')
    // Every word shown is a word of the quote, none cut short.
    const words = new Set(quote.split(' '))
    for (const word of shown.slice(1, -1).split(' ')) if (word !== '…') expect(words.has(word)).toBe(true)
  })

  it('cuts a word longer than half the room where it must, rather than leave it out', () => {
    const address = `see https://example.com/${'a'.repeat(120)} now`
    expect(code(address)).toMatch(/^`see https:\/\/example\.com\/a+ … a+ now`$/)
    expect(code(address).length).toBeLessThanOrEqual(82)
  })
})

describe('changedWording', () => {
  it('shows each changed stretch in order, three at most and a count of the rest, and keeps them all in actual and expected', () => {
    const regions = ['one', 'two', 'three', 'four', 'five'].map((word) => ({ before: `${word} before`, after: `${word} after` }))
    expect(changedWording(regions)).toEqual({
      actual: 'one after … two after … three after … four after … five after',
      expected: 'one before … two before … three before … four before … five before',
      reasonActual: '`one after`, `two after`, `three after` and 2 more',
      reasonExpected: '`one before`, `two before`, `three before`',
    })
    expect(changedWording(regions.slice(0, 1)).reasonActual).toBe('`one after`')
  })
})
