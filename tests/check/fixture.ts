import type { Analysis, Difference, Group, Quote, Source } from '../../src/types.js'

/**
 * Hand-built analyses for testing the check without the engine: sources with
 * a body, quotes found in it by text, and groups with the differences the
 * comparison would give.
 */
export function makeSource(id: string, body: string, fields: Partial<Source> = {}): Source {
  return {
    id,
    file: `${id}.txt`,
    title: null,
    outlet: null,
    date: null,
    url: null,
    author: null,
    body,
    boilerplate: [],
    cites: [],
    sentences: [],
    ...fields,
  }
}

let quoteCount = 0

/** A quote of `text` at its first occurrence in the source's body (after `after`, when given). */
export function makeQuote(source: Source, text: string, speaker: string | null, fields: Partial<Quote> & { after?: string } = {}): Quote {
  const { after, ...rest } = fields
  const from = after === undefined ? 0 : source.body.indexOf(after) + after.length
  const start = source.body.indexOf(text, from)
  if (start === -1) throw new Error(`fixture: ${JSON.stringify(text)} is not in ${source.id}`)
  quoteCount++
  return { id: `q${quoteCount}`, source: source.id, text, speaker, verb: 'said', cites: null, nestedIn: null, start, end: start + text.length, ...rest }
}

export function makeGroup(quotes: readonly Quote[], differences: Difference[], reference = 0): Group {
  return {
    id: `g-${quotes.map((quote) => quote.id).join('-')}`,
    kind: 'quote',
    verdict: differences.some((difference) => difference.level === 'conflict') ? 'conflict' : differences.some((difference) => difference.level === 'wording') ? 'variant' : differences.length > 0 ? 'equivalent' : 'identical',
    reference,
    differences,
    why: 'fixture',
    score: 1,
    provenance: { singleOrigin: null, sharedCopy: [] },
    members: quotes.map((quote) => ({ source: quote.source, quote: quote.id, text: quote.text, start: quote.start, end: quote.end, speaker: quote.speaker, cites: quote.cites })),
  }
}

export function makeAnalysis(sources: Source[], quotes: Quote[], groups: Group[] = []): Analysis {
  return { sources, quotes, titles: [], groups, unique: [] }
}
