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
   * The caller prints the analysis with `printJson`: the comparison's cache
   * entry is then written from the same pieces as they are printed, so that
   * the analysis is serialized once (and a second run prints the stored text).
   */
  printsJson?: boolean
  /**
   * Leave the cache writes (the new articles, the comparison) to the caller,
   * through `writeCache`: the UI draws its first frame before them.
   */
  deferCacheWrites?: boolean
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

/** The cross-article result, as compareArticles gives it and the cache keeps it. */
export interface Comparison {
  analysis: Analysis
  /** Sentences with matching tokens, by source id (not part of the JSON). */
  sentences: Map<string, AnalyzedSentence[]>
}

export interface AnalyzeResult extends Comparison {
  /** Files that could not be used. */
  problems: InputProblem[]
  /** Files used, past something their reader could not use (`front matter is not valid YAML …; read without it`). */
  notices: InputProblem[]
  /** Write the analysis as JSON text, as `analyze --json` prints it, piece by piece; once (see `printsJson`). */
  printJson: (write: (chunk: string) => void) => void
  /** With `deferCacheWrites`: store what the cache lacks; once, later calls do nothing. Without, it does nothing. */
  writeCache: () => void
}

/** Read, analyse and compare the articles under `paths`. */
export async function analyzePaths(paths: readonly string[], options: Readonly<AnalyzeOptions> = {}): Promise<AnalyzeResult> {
  const { articles, problems, notices, cache, comparisonKey, writeCache: writeArticles } = await analyzeFiles(paths, options)
  // Unchanged articles are compared once: a second run, or the UI after a report, reads the comparison back
  // without loading the comparison's modules at all.
  const cached = cache && comparisonKey ? cache.readComparison(comparisonKey, articles) : undefined
  let comparison: Comparison
  try {
    comparison = cached?.comparison ?? (await import('./compare-articles.js')).compareArticles(articles)
  } catch (error) {
    // The articles analysed are kept even when the comparison fails.
    writeArticles()
    throw error
  }
  const { analysis } = comparison
  let printJson: AnalyzeResult['printJson'] = (write) => writeJson(analysis, write)
  let writeCache = writeArticles
  const printed = cached?.printed
  if (printed !== undefined) printJson = (write) => write(printed)
  else if (!cached && cache && comparisonKey) {
    // A new comparison goes into the cache now, as it is printed, or when the caller says.
    if (options.printsJson) printJson = (write) => cache.saveComparison(comparisonKey, analysis, write)
    else if (options.deferCacheWrites) writeCache = once(() => (writeArticles(), cache.saveComparison(comparisonKey, analysis)))
    else cache.saveComparison(comparisonKey, analysis)
  }
  options.onProgress?.({ stage: 'compare', groups: analysis.groups.length })
  return { ...comparison, problems, notices, printJson, writeCache }
}

function once(action: () => void): () => void {
  let isDone = false
  return () => {
    if (isDone) return
    isDone = true
    action()
  }
}
