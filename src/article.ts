import type { SourceDocument } from './types.js'
import type { ArticleAnalysis } from './analyze.js'
import { processText } from './pipeline/index.js'
import { extractQuotes } from './quotes/index.js'

/** Everything that can be done for one article without looking at the others. */
export function analyzeArticle(source: SourceDocument): ArticleAnalysis {
  const processed = processText(source.body, source.file)
  return { source, sentences: processed.sentences, quotes: extractQuotes(source, processed) }
}
