import type { Quote, Source } from './types.js'
import type { ArticleAnalysis, Comparison } from './analyze.js'
import { canonicalSpeakers } from './quotes/index.js'
import { alignSources } from './align/index.js'

/** The cross-article stages: canonical speakers, alignment, comparison. */
export function compareArticles(articles: readonly ArticleAnalysis[]): Comparison {
  const speakerNames = canonicalSpeakers(articles.map((article) => article.quotes))

  // The reader's notice went to the user (analyzeFiles); it is not part of the analysis.
  const sources: Source[] = articles.map(({ source: { readProblem, ...source }, sentences, quotes }) => ({
    ...source,
    cites: quotes.cites,
    sentences: sentences.map(({ text, start, end }) => ({ text, start, end })),
  }))

  // Quote ids run across all sources in reading order: q1, q2, …
  const quotes: Quote[] = []
  for (const article of articles) {
    const firstId = quotes.length + 1
    for (const quote of article.quotes.quotes) {
      quotes.push({
        ...quote,
        id: `q${quotes.length + 1}`,
        speaker: quote.speaker && (speakerNames.get(quote.speaker) ?? quote.speaker),
        nestedIn: quote.nestedIn === null ? null : `q${firstId + quote.nestedIn}`,
      })
    }
  }
  const titles = articles.flatMap((article) => article.quotes.titles)
  const sentences = new Map(articles.map((article) => [article.source.id, article.sentences]))
  const { groups, unique } = alignSources({ sources, quotes, sentences })
  return { analysis: { sources, quotes, titles, groups, unique }, sentences }
}
