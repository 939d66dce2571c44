import type { Quote, Source } from './types.js'
import type { ArticleAnalysis, Comparison } from './analyze.js'
import { canonicalSpeakers } from './quotes/index.js'
import { alignSources } from './align/index.js'
import { fullOutletNames, isOwnOutlet, papersNamedIn, shortOutletForm } from './quotes/cites.js'

/** The cross-article stages: canonical speakers, alignment, comparison. */
export function compareArticles(articles: readonly ArticleAnalysis[]): Comparison {
  const speakerNames = canonicalSpeakers(articles.map((article) => article.quotes))

  // One paper under one name: `the Times` is the full name its own article cites (`The New York Times reported … the
  // Times`), else the one the articles use across (one source's outlet, another's cite).
  const fullNames = fullOutletNames(articles.flatMap(({ source, quotes }) => [...(source.outlet === null ? [] : [source.outlet]), ...quotes.cites]))
  // (A short name left over is one form however printed: `the Post reported`, `according to the Post`.)
  const ownFullNames = new Map(articles.map(({ source, quotes }) => [source.id, fullOutletNames(quotes.cites)]))
  // Else the one paper the article names elsewhere, in no citation: `the New York Post publicized images … According to the Post`.
  const namedPapers = new Map(articles.map(({ source, quotes }) => [source.id, papersNamedIn(quotes.cites, source.body, source.outlet)]))
  const outletName = (name: string, sourceId: string) =>
    ownFullNames.get(sourceId)?.get(name) ?? namedPapers.get(sourceId)?.get(name) ?? fullNames.get(name) ?? shortOutletForm(name) ?? name
  // The reader's notice went to the user (analyzeFiles); it is not part of the analysis.
  const sources: Source[] = articles.map(({ source: { readProblem, ...source }, sentences, quotes }) => ({
    ...source,
    cites: [...new Set(quotes.cites.map((cite) => outletName(cite, source.id)))].filter((outlet) => !isOwnOutlet(outlet, source)),
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
        cites: quote.cites === null ? null : ownOrNull(outletName(quote.cites, article.source.id), article.source),
        nestedIn: quote.nestedIn === null ? null : `q${firstId + quote.nestedIn}`,
      })
    }
  }
  const titles = articles.flatMap((article) => article.quotes.titles)
  const sentences = new Map(articles.map((article) => [article.source.id, article.sentences]))
  const { groups, unique } = alignSources({ sources, quotes, sentences, outletName })
  return { analysis: { sources, quotes, titles, groups, unique }, sentences }
}

/** A report named in full may turn out to be the article's own outlet (`the Times` in The New York Times): it relays none then. */
function ownOrNull(outlet: string, source: { outlet: string | null }): string | null {
  return isOwnOutlet(outlet, source) ? null : outlet
}
