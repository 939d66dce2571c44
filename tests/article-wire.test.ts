import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../src/article.js'
import { sourceFromText } from '../src/sources/read.js'
import { packArticle, unpackArticle } from '../src/article-wire.js'
import type { ArticleAnalysis } from '../src/analyze.js'

const seeds = path.resolve(import.meta.dirname, '../sources')

async function analyzeText(file: string, text: string): Promise<ArticleAnalysis> {
  const source = await sourceFromText(file, text)
  if ('reason' in source) throw new Error(source.reason)
  return analyzeArticle(source)
}

describe('packed articles', () => {
  it('unpack to what JSON gives, field order included, for every seed article', async () => {
    for (const name of readdirSync(seeds)) {
      const file = path.join(seeds, name)
      const article = await analyzeText(file, readFileSync(file, 'utf8'))
      const packed = packArticle(article)
      const unpacked = unpackArticle(packed)
      expect(JSON.stringify(unpacked)).toBe(JSON.stringify(article))
      // Fields undefined where they do not apply included: tokens from the cache have the pipeline's tokens' shape.
      const fieldsOf = (analysis: ArticleAnalysis) => analysis.sentences.flatMap((sentence) => sentence.tokens.map((token) => Object.keys(token).join()))
      expect(fieldsOf(unpacked)).toEqual(fieldsOf(article))
      expect(new Set(fieldsOf(article))).toEqual(new Set(['text,start,end,normal,stem,value,isCensored,isStopword']))
      // The point of packing: far less text to parse than the article's JSON.
      expect(packed.length).toBeLessThan(JSON.stringify(article).length / 2)
    }
  })

  it('keep numbers, censored words, stop words and stems that differ from the text', async () => {
    const article = await analyzeText('/tmp/wire.txt', 'Title\n\nThe Senator said f*cking twenty-five thousand people were Running there.\n')
    const unpacked = unpackArticle(packArticle(article))
    expect(unpacked).toEqual(JSON.parse(JSON.stringify(article)))
    const tokens = unpacked.sentences.flatMap((sentence) => sentence.tokens)
    expect(tokens.find((token) => token.isCensored)?.normal).toBe('fucking')
    expect(tokens.find((token) => token.value !== undefined)).toMatchObject({ text: 'twenty-five thousand', value: 25000 })
    expect(tokens.find((token) => token.text === 'Running')).toMatchObject({ normal: 'running', stem: 'run' })
    expect(tokens.find((token) => token.text === 'The')?.isStopword).toBe(true)
  })
})
