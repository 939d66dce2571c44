import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../src/article.js'
import { compareArticles } from '../src/compare-articles.js'
import { sourceFromText } from '../src/sources/read.js'
import type { SourceDocument } from '../src/types.js'

async function article(file: string, text: string) {
  const source = await sourceFromText(file, text)
  if ('reason' in source) throw new Error(source.reason)
  return analyzeArticle(source as SourceDocument)
}

describe('compareArticles', () => {
  it('gives speakers one name across sources and leaves the articles as analysed (the cache may pack them afterwards)', async () => {
    const articles = [
      await article('a.md', '"We will rebuild the bridge by June," Quinn said on Tuesday.\n'),
      await article('b.md', 'Nora Quinn spoke at the pier. "We will rebuild the bridge by June," she said.\n'),
    ]
    const before = structuredClone(articles)
    const { analysis } = compareArticles(articles)
    expect(analysis.quotes.map((quote) => quote.speaker)).toEqual(['Nora Quinn', 'Nora Quinn'])
    expect(articles).toEqual(before)
    expect(articles[0].quotes.quotes[0].speaker).toBe('Quinn')
  })

  it('lists a short quote only one source prints as unique, but not a short aside', async () => {
    const articles = [
      await article('a.md', 'The council met on Monday to vote on the bridge. “You want to pet him?” Mr. Obama asked. It rained all day.\n'),
      await article('b.md', 'The council met on Monday to vote on the bridge budget.\n'),
    ]
    const { analysis } = compareArticles(articles)
    const unique = analysis.unique.map((claim) => claim.text)
    expect(unique).toContain('You want to pet him')
    expect(unique).not.toContain('It rained all day')
  })
})
