import type { Quote, QuotedTitle, SourceDocument, Span } from '../types.js'
import type { ProcessedText } from '../pipeline/index.js'
import { findQuoteSpans, type QuoteSpan } from './marks.js'
import { words } from './words.js'
import { partitionPoint } from '../partition-point.js'
import { attributeQuotes, type Attribution } from './speakers.js'
import { findCitations, isOwnOutlet, type Citation } from './cites.js'
import { canonicalNames } from './canonical.js'
import { isFullTextPointer } from '../sources/boilerplate.js'

export type ArticleQuote = Omit<Quote, 'id' | 'nestedIn'> & { nestedIn: number | null }

/** Quotes of one article before ids are given and speakers made canonical. */
export interface ArticleQuotes {
  quotes: ArticleQuote[]
  titles: QuotedTitle[]
  /** Outside reports the article relays, normalized (`PEOPLE` → `People`). */
  cites: string[]
  /** The people the article names, at their fullest (`Lady Gaga`), for one name per person across articles. */
  people: string[]
  /**
   * Quotes that are one utterance broken by its attribution
   * (`"…," she said. "…"`), as lists of indices into `quotes`.
   */
  utterances: number[][]
}

/** Find the direct quotes, titles and cited reports of one article. */
export function extractQuotes(source: SourceDocument, processed: ProcessedText): ArticleQuotes {
  const body = source.body
  const paragraphs = paragraphSpans(processed, body.length)
  const spans = findQuoteSpans(body, paragraphs)
  const list = words(body, 0, body.length)
  const { attributions, people, isNarration } = attributeQuotes(body, list, paragraphs, spans)

  const citations = findCitations(body, list, isNarration)
  const quotes: ArticleQuote[] = []
  const titles: QuotedTitle[] = []
  const quoteIndex = new Map<number, number>()
  spans.forEach((span, index) => {
    const attribution = attributions[index]
    if (!attribution || attribution.isTitle) {
      if (attribution?.isTitle) titles.push({ source: source.id, text: body.slice(span.start, span.end), start: span.start, end: span.end })
      return
    }
    quoteIndex.set(index, quotes.length)
    quotes.push({
      source: source.id,
      text: body.slice(span.start, span.end),
      speaker: attribution.speaker,
      verb: attribution.verb,
      cites: null,
      nestedIn: enclosingQuote(spans, index, quoteIndex),
      start: span.start,
      end: span.end,
    })
  })
  assignCites(body, quotes, spans, attributions, quoteIndex, citations, paragraphs)
  // An outlet naming itself (`told Fox News` in Fox News) reports first-hand: it relays no one.
  for (const quote of quotes) if (quote.cites && isOwnOutlet(quote.cites, source)) quote.cites = null

  const utterances = attributions
    .map((attribution, index) => (attribution?.continues !== undefined && quoteIndex.has(index) && quoteIndex.has(attribution.continues) ? [quoteIndex.get(attribution.continues)!, quoteIndex.get(index)!] : undefined))
    .filter((pair): pair is number[] => pair !== undefined)
  // Photo agencies in credit lines are left out: they supplied pictures, not the report's words. A pointer to the whole
  // text taken off as page furniture still says whose it is (`Read the full rant via Gawker:`).
  const pointed = source.boilerplate
    .filter((item) => item.reason === 'share or subscribe' && isFullTextPointer(item.text))
    .flatMap((item) => findCitations(item.text, words(item.text, 0, item.text.length), () => true))
  const cites = unique([...citations, ...pointed].map((citation) => citation.outlet)).filter((outlet) => !isOwnOutlet(outlet, source))
  return { quotes, titles, cites, people: people.list().map((person) => person.name), utterances: chains(utterances) }
}

/**
 * The report a claim's own words relay (`…, according to NBC News`, `the
 * New York Times reported on Monday`), other than its source's outlet: a
 * claim whose words hold no quote that cites says where it comes from too.
 * None when they name two reports.
 */
export function citedInClaim(text: string, source: SourceDocument): string | null {
  const list = words(text, 0, text.length)
  // Not a credit inside quoted words (`"…, according to the Times"`): that is the speaker's.
  const quoted = [...text.matchAll(/["\u201C][^"\u201C\u201D]*["\u201D]/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }))
  const isNarration = (index: number) => !quoted.some((span) => list[index].start >= span.start && list[index].end <= span.end)
  const outlets = new Set(findCitations(text, list, isNarration).map((citation) => citation.outlet).filter((outlet) => !isOwnOutlet(outlet, source)))
  // (Two reports, `first reported by The New York Times and The Washington Post`: the claim rests on no one of them.)
  return outlets.size === 1 ? [...outlets][0] : null
}

/**
 * One name per person across all articles, the fullest form seen: each
 * speaker's name as written, to the name its quotes go under. The articles
 * are left as they are (the cache may store them after the comparison).
 */
export function canonicalSpeakers(articles: readonly ArticleQuotes[]): ReadonlyMap<string, string> {
  return canonicalNames(articles.flatMap((article) => [...article.people, ...article.quotes.map((quote) => quote.speaker ?? '')]))
}

/** The paragraphs as the pipeline parsed them (blank-line separated). */
function paragraphSpans(processed: ProcessedText, length: number): Span[] {
  const spans: Span[] = []
  for (const node of processed.tree.children) {
    if (node.type !== 'ParagraphNode' || !node.position) continue
    spans.push({ start: node.position.start.offset ?? 0, end: node.position.end.offset ?? length })
  }
  return spans.length > 0 ? spans : [{ start: 0, end: length }]
}

/** The nearest enclosing span that is a quote (titles enclose nothing). */
function enclosingQuote(spans: readonly QuoteSpan[], index: number, quoteIndex: ReadonlyMap<number, number>): number | null {
  for (let parent = spans[index].parent; parent !== null; parent = spans[parent].parent) {
    if (quoteIndex.has(parent)) return quoteIndex.get(parent)!
  }
  return null
}

// The end of a sentence: a full stop, question or exclamation mark or an ellipsis, a closing mark or bracket after it,
// then a space, a line break or the text's end.
const sentenceEnds = /[.!?\u2026]["'\u201D\u2019)]?(?=\s|$)/g

/** Where the sentence that goes on at `from` ends, within `paragraph` (at `from` itself when it has just ended one). */
function sentenceEnd(text: string, from: number, paragraph: Span): number {
  sentenceEnds.lastIndex = Math.max(paragraph.start, from - 2)
  const found = sentenceEnds.exec(text)
  return found ? Math.min(found.index + found[0].length, paragraph.end) : paragraph.end
}

/**
 * A quote relays the report cited in its own sentence (a report it names
 * before a broadcast it was said on), else what the quote it continues, or
 * the one before it in its paragraph, relays, else one cited in its paragraph.
 */
function assignCites(
  text: string,
  quotes: ArticleQuote[],
  spans: readonly QuoteSpan[],
  attributions: ReadonlyArray<Attribution | undefined>,
  quoteIndex: ReadonlyMap<number, number>,
  citations: readonly Citation[],
  paragraphs: readonly Span[],
): void {
  // Citations are in text order, their starts never decreasing: each quote searches them instead of scanning them all
  // (a scan per quote is quadratic in a long text). The first to overlap a sentence is the first whose end passes the
  // sentence's start, which the furthest end so far finds by binary search, when it starts before the sentence ends.
  const furthestEnds: number[] = []
  for (const citation of citations) furthestEnds.push(Math.max(citation.end, furthestEnds[furthestEnds.length - 1] ?? -Infinity))
  const byParagraph = new Map<number, Citation | undefined>()
  const lastInParagraph = new Map<number, number>()
  spans.forEach((span, index) => {
    const position = quoteIndex.get(index)
    const attribution = attributions[index]
    if (position === undefined || !attribution) return
    const sentence = attribution.sentence
    const first = partitionPoint(furthestEnds.length, (at) => furthestEnds[at] <= sentence.start)
    // (`said in an interview on NBC’s “Today” show, according to TIME.`: the report the sentence relays is TIME's, past
    // the title that ends the quote's own stretch of it.)
    let inSentence: Citation | undefined
    // A quote that ends on a full stop ends its sentence: the words after it are the next sentence's (`which "points to
    // the importance of one-shot vaccine." Statistics show …, according to a report in The New York Times`).
    const ownEnd = /\.['"\u2019\u201D]?\s*$/.test(text.slice(span.start, span.end)) ? Math.min(span.markEnd, sentence.end) : sentence.end
    const end = citations[first]?.isOnAir ? sentenceEnd(text, ownEnd, paragraphs[span.paragraph]) : ownEnd
    for (let at = first; at < citations.length && citations[at].start < end; at++) {
      if (citations[at].end <= sentence.start) continue
      inSentence ??= citations[at]
      if (!citations[at].isOnAir) {
        inSentence = citations[at]
        break
      }
    }
    if (!byParagraph.has(span.paragraph)) byParagraph.set(span.paragraph, firstInside(citations, paragraphs[span.paragraph]))
    // (Only a credit before the quote's sentence ends: one later in the paragraph is for other words, `Blumenthal's
    // campaign disputed a report … as an "outrageous distortion" … The A.G., according to the Times, said …`.)
    const inParagraph = byParagraph.get(span.paragraph)
    const creditedBefore = inParagraph !== undefined && inParagraph.start < ownEnd ? inParagraph : undefined
    const continued = attribution.continues !== undefined ? quoteIndex.get(attribution.continues) : undefined
    // (A quote that goes on from another, or after another of its paragraph, relays its report before the paragraph's
    // first: `… on NBC’s “Today” show, according to TIME. "How come …?"` is TIME's, not the show's.)
    const earlier = continued ?? lastInParagraph.get(span.paragraph)
    quotes[position].cites = inSentence?.outlet ?? (earlier !== undefined ? quotes[earlier].cites : null) ?? creditedBefore?.outlet ?? null
    lastInParagraph.set(span.paragraph, position)
  })
  // Inner quotes relay what their enclosing quote relays.
  for (const quote of quotes) if (quote.nestedIn !== null) quote.cites = quotes[quote.nestedIn].cites
}

/** The first of `citations` (in text order) that lies inside `span`: only those starting in it are read. */
function firstInside(citations: readonly Citation[], span: Span): Citation | undefined {
  // A citation covers at least one word: one that starts at the span's end or later ends after it.
  for (let index = partitionPoint(citations.length, (at) => citations[at].start < span.start); index < citations.length && citations[index].start < span.end; index++) {
    if (citations[index].end <= span.end) return citations[index]
  }
  return undefined
}

/** Pairs `[a, b]` (b continues a) joined into chains `[a, b, c]`. */
function chains(pairs: readonly number[][]): number[][] {
  const result: number[][] = []
  // Chains by their last quote, found without a scan of all chains per pair. A quote continues one other quote at most,
  // so no two chains end on the same quote.
  const byLast = new Map<number, number[]>()
  for (const [first, second] of pairs) {
    let chain = byLast.get(first)
    if (chain) {
      chain.push(second)
      byLast.delete(first)
    } else {
      chain = [first, second]
      result.push(chain)
    }
    byLast.set(second, chain)
  }
  return result
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
