import type { Analysis, InputProblem, Quote, Source, SourceDocument } from './types.js'
import { analyzeFiles } from './workers/index.js'
import type { ArticleCache } from './cache.js'
import { processText, type AnalyzedSentence } from './pipeline/index.js'
import { canonicalizeSpeakers, extractQuotes, type ArticleQuotes } from './quotes/index.js'
import { alignSources } from './align/index.js'

export interface AnalyzeOptions {
  /** Called as work advances, for progress displays. */
  onProgress?: (event: ProgressEvent) => void
  /** The per-article results cache, false for none; default: the user's cache unless CROSSCHECK_CACHE=0. */
  cache?: ArticleCache | boolean
  /** Worker threads for the per-article stages, 0 for none; default: by the number of articles (CROSSCHECK_WORKERS overrides). */
  workers?: number
}

export type ProgressEvent =
  | { stage: 'read'; sources: number }
  | { stage: 'analyse'; total: number; cached: number; threads: number }
  | { stage: 'article'; done: number; total: number }
  | { stage: 'compare'; groups: number }

/** One article after the per-article stages: independent of the others, serializable. */
export interface ArticleAnalysis {
  source: SourceDocument
  sentences: AnalyzedSentence[]
  quotes: ArticleQuotes
}

export interface AnalyzeResult {
  analysis: Analysis
  /** Sentences with matching tokens, by source id (not part of the JSON). */
  sentences: Map<string, AnalyzedSentence[]>
  problems: InputProblem[]
}

/** Everything that can be done for one article without looking at the others. */
export function analyzeArticle(source: SourceDocument): ArticleAnalysis {
  const processed = processText(source.body, source.file)
  return { source, sentences: processed.sentences, quotes: extractQuotes(source, processed) }
}

/** Read, analyse and compare the articles under `paths`. */
export async function analyzePaths(paths: readonly string[], options: Readonly<AnalyzeOptions> = {}): Promise<AnalyzeResult> {
  const { articles, problems, cache, comparisonKey } = await analyzeFiles(paths, options)
  // Unchanged articles are compared once: a second run, or the UI after a report, reads the comparison back.
  const result = cache && comparisonKey ? cache.comparison(comparisonKey, articles, compareArticles) : compareArticles(articles)
  options.onProgress?.({ stage: 'compare', groups: result.analysis.groups.length })
  return { ...result, problems }
}

/** The cross-article stages: canonical speakers, alignment, comparison. */
export function compareArticles(articles: readonly ArticleAnalysis[]): Omit<AnalyzeResult, 'problems'> {
  canonicalizeSpeakers(articles.map((article) => article.quotes))

  const sources: Source[] = articles.map(({ source, sentences, quotes }) => ({
    ...source,
    cites: quotes.cites,
    sentences: sentences.map(({ text, start, end }) => ({ text, start, end })),
  }))

  // Quote ids run across all sources in reading order: q1, q2, …
  const quotes: Quote[] = []
  for (const article of articles) {
    const firstId = quotes.length + 1
    for (const quote of article.quotes.quotes) {
      quotes.push({ ...quote, id: `q${quotes.length + 1}`, nestedIn: quote.nestedIn === null ? null : `q${firstId + quote.nestedIn}` })
    }
  }
  const titles = articles.flatMap((article) => article.quotes.titles)
  const sentences = new Map(articles.map((article) => [article.source.id, article.sentences]))
  const { groups, unique } = alignSources({ sources, quotes, sentences })
  return { analysis: { sources, quotes, titles, groups, unique }, sentences }
}
