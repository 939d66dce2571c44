import type { Analysis, InputProblem, Source, SourceDocument } from './types.js'
import { readSources } from './sources/read.js'
import { processText, type AnalyzedSentence } from './pipeline/index.js'

export interface AnalyzeOptions {
  /** Called as work advances, for progress displays. */
  onProgress?: (event: ProgressEvent) => void
}

export type ProgressEvent =
  | { stage: 'read'; sources: number }
  | { stage: 'article'; done: number; total: number }
  | { stage: 'compare'; groups: number }

/** One article after the per-article stages: independent of the others. */
export interface ArticleAnalysis {
  source: SourceDocument
  sentences: AnalyzedSentence[]
}

export interface AnalyzeResult {
  analysis: Analysis
  /** Sentences with matching tokens, by source id (not part of the JSON). */
  sentences: Map<string, AnalyzedSentence[]>
  problems: InputProblem[]
}

/** Everything that can be done for one article without looking at the others. */
export function analyzeArticle(source: SourceDocument): ArticleAnalysis {
  const { sentences } = processText(source.body, source.file)
  return { source, sentences }
}

/** Read, analyse and compare the articles under `paths`. */
export async function analyzePaths(paths: readonly string[], options: Readonly<AnalyzeOptions> = {}): Promise<AnalyzeResult> {
  const { sources, problems } = await readSources(paths)
  options.onProgress?.({ stage: 'read', sources: sources.length })
  const articles: ArticleAnalysis[] = []
  for (const source of sources) {
    articles.push(analyzeArticle(source))
    options.onProgress?.({ stage: 'article', done: articles.length, total: sources.length })
  }
  return { ...compareArticles(articles), problems }
}

/** The cross-article stages: speakers, alignment, comparison. */
export function compareArticles(articles: readonly ArticleAnalysis[]): Omit<AnalyzeResult, 'problems'> {
  const sources: Source[] = articles.map(({ source, sentences }) => ({
    ...source,
    cites: [],
    sentences: sentences.map(({ text, start, end }) => ({ text, start, end })),
  }))
  return {
    analysis: { sources, quotes: [], titles: [], groups: [], unique: [] },
    sentences: new Map(articles.map((article) => [article.source.id, article.sentences])),
  }
}
