import type { Quote, QuotedTitle, SourceDocument } from '../types.js'
import type { ProcessedText } from '../pipeline/index.js'

/** Quotes of one article before ids are given and speakers made canonical. */
export interface ArticleQuotes {
  quotes: Array<Omit<Quote, 'id' | 'nestedIn'> & { nestedIn: number | null }>
  titles: QuotedTitle[]
  /** Outside reports the article relays, normalized (`PEOPLE` → `People`). */
  cites: string[]
}

/** Find the direct quotes, titles and cited reports of one article. */
export function extractQuotes(source: SourceDocument, processed: ProcessedText): ArticleQuotes {
  void source
  void processed
  return { quotes: [], titles: [], cites: [] }
}

/** One name per person across all articles: the fullest form seen. */
export function canonicalizeSpeakers(articles: ArticleQuotes[]): void {
  void articles
}
