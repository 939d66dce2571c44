import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { analyzePaths, type AnalyzeResult } from '../../src/analyze.js'

const seeds = fileURLToPath(new URL('../../sources', import.meta.url))
const photoCredit = 'Handout/Getty Images Entertainment/Getty Images'

let result: AnalyzeResult

beforeAll(async () => {
  result = await analyzePaths([seeds])
})

describe('the seed articles as read', () => {
  it('are read without problems', () => {
    expect(result.problems).toEqual([])
    expect(result.analysis.sources).toHaveLength(3)
  })

  it('give every sentence offsets into its own body', () => {
    for (const source of result.analysis.sources) {
      expect(source.sentences.length).toBeGreaterThan(10)
      for (const sentence of source.sentences) expect(source.body.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
  })

  it('list the photo credits as boilerplate and keep them out of the body', () => {
    const withCredits = result.analysis.sources.find((source) => source.boilerplate.some((line) => line.text === photoCredit))
    expect(withCredits?.boilerplate.filter((line) => line.text === photoCredit)).toHaveLength(7)
    expect(withCredits?.boilerplate.every((line) => line.reason === 'photo credit')).toBe(true)
    for (const source of result.analysis.sources) expect(source.body).not.toContain(photoCredit)
  })
})
