import { processText } from '../../src/pipeline/index.js'
import { extractQuotes, type ArticleQuotes } from '../../src/quotes/index.js'
import type { Boilerplate } from '../../src/types.js'

/** Run quote extraction on a body written in the test. */
export function extract(body: string, boilerplate: Boilerplate[] = [], outlet: string | null = null): ArticleQuotes {
  const source = { id: 'test', file: 'test.txt', body, boilerplate, title: null, outlet, date: null, url: null, author: null }
  return extractQuotes(source, processText(body, source.file))
}

/** Text, speaker and verb of each quote, in reading order. */
export function quotesOf(body: string): Array<[string, string | null, string | null]> {
  return extract(body).quotes.map((quote) => [quote.text, quote.speaker, quote.verb])
}
