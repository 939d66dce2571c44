import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { writeJson } from '../src/write-json.js'

function written(value: unknown, options: Parameters<typeof writeJson>[2] = {}): { text: string; chunks: number } {
  const chunks: string[] = []
  writeJson(value, (chunk) => chunks.push(chunk), options)
  return { text: chunks.join(''), chunks: chunks.length }
}

describe('writeJson', () => {
  it('writes what JSON.stringify writes, indented and compact', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: 1, max: 64 }), (value, chunkSize) => {
        if (value === undefined) return
        expect(written(value, { chunkSize }).text).toBe(JSON.stringify(value, null, 2))
        expect(written(value, { space: 0, chunkSize }).text).toBe(JSON.stringify(value))
      }),
      { numRuns: 300 },
    )
  })

  it('writes what JSON.stringify writes at any indentation and streaming depth', () => {
    // Beyond ten spaces and fractions too: JSON.stringify takes at most ten, whole.
    const spaces = fc.oneof(fc.integer({ min: 0, max: 14 }), fc.double({ min: 1, max: 14, noNaN: true }))
    fc.assert(
      fc.property(fc.anything(), spaces, fc.integer({ min: 0, max: 5 }), (value, space, streamDepth) => {
        if (value === undefined) return
        expect(written(value, { space, streamDepth }).text).toBe(JSON.stringify(value, null, space))
      }),
      { numRuns: 500 },
    )
  })

  it('leaves out what JSON leaves out and honours toJSON', () => {
    const value = {
      kept: 1,
      gone: undefined,
      fn: () => 1,
      list: [undefined, () => 1, { inner: undefined, date: new Date(0) }],
      empty: { nothing: undefined },
      boxed: [new String('s'), new Number(1)],
      nested: { deeper: { deepest: [1, { a: 'line\nbreak' }] } },
    }
    expect(written(value).text).toBe(JSON.stringify(value, null, 2))
    expect(written(value, { streamDepth: 0 }).text).toBe(JSON.stringify(value, null, 2))
  })

  it('hands the text over in pieces', () => {
    const value = { groups: Array.from({ length: 200 }, (_, index) => ({ id: `g${index}`, text: 'x'.repeat(50) })) }
    const { text, chunks } = written(value, { chunkSize: 1024 })
    expect(text).toBe(JSON.stringify(value, null, 2))
    expect(chunks).toBeGreaterThan(5)
  })
})
