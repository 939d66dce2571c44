import type { Analysis, InputProblem, SourceDocument } from './types.js'
import { analyzeFiles } from './workers/index.js'
import { writeJson } from './write-json.js'
import type { ArticleCache } from './cache.js'
import type { AnalyzedSentence } from './pipeline/index.js'
import type { ArticleQuotes } from './quotes/index.js'

export interface AnalyzeOptions {
  /** Called as work advances, for progress displays. */
  onProgress?: (event: ProgressEvent) => void
  /** The per-article results cache, false for none; default: the user's cache unless CROSSCHECK_CACHE=0. */
  cache?: ArticleCache | boolean
  /** Worker threads for the per-article stages, 0 for none; default: by the number of articles (CROSSCHECK_WORKERS overrides). */
  workers?: number
  /**
   * Receives the analysis as JSON text, as `analyze --json` prints it, piece
   * by piece, when at least one article was read: serialized once for this
   * and the cache, or the cache's own copy of the text on a second run.
   */
  print?: (chunk: string) => void
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

/** Read, analyse and compare the articles under `paths`. */
export async function analyzePaths(paths: readonly string[], options: Readonly<AnalyzeOptions> = {}): Promise<AnalyzeResult> {
  const { articles, problems, cache, comparisonKey } = await analyzeFiles(paths, options)
  const print = articles.length > 0 ? options.print : undefined
  // Unchanged articles are compared once: a second run, or the UI after a report, reads the comparison back
  // without loading the comparison's modules at all.
  const cached = cache && comparisonKey ? cache.readComparison(comparisonKey, articles) : undefined
  let result = cached?.result
  if (cached && print) {
    if (cached.printed !== undefined) print(cached.printed)
    else writeJson(cached.result.analysis, print)
  }
  if (!result) {
    const { compareArticles } = await import('./compare-articles.js')
    result = compareArticles(articles)
    if (cache && comparisonKey) cache.saveComparison(comparisonKey, result.analysis, print)
    else if (print) writeJson(result.analysis, print)
  }
  options.onProgress?.({ stage: 'compare', groups: result.analysis.groups.length })
  return { ...result, problems }
}
