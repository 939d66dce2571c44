import type { Group, Quote, Source, Token } from '../types.js'
import type { AnalyzedSentence } from '../pipeline/index.js'
import { buildGroup, type MemberInput } from '../compare/group.js'
import { UnionFind } from './inverted-index.js'
import type { QuoteMatch } from './quote-match.js'
import { matchedQuotePairs } from './quote-pairs.js'
import { sentenceIndexAfter, tokensInSpan } from './units.js'

/**
 * Group the quotes of different sources that are the same quote: exact,
 * normalized, a fragment of a longer quote, or reworded. Candidates come from
 * an inverted index over the quotes' words; each is confirmed by matchQuotes
 * (see quote-pairs.ts).
 */
export function groupQuotes(
  sources: readonly Source[],
  quotes: readonly Quote[],
  sentences: ReadonlyMap<string, AnalyzedSentence[]>,
  nextId: () => string,
): Group[] {
  const tokens = quotes.map((quote) => tokensInSpan(sentences.get(quote.source) ?? [], quote.start, quote.end))
  const union = new UnionFind(quotes.length)
  const accepted = matchedQuotePairs(quotes, tokens)
  for (const { a, b } of accepted) union.union(a, b)
  const matchesByRoot = new Map<number, QuoteMatch[]>()
  for (const { a, match } of accepted) {
    const root = union.find(a)
    const found = matchesByRoot.get(root)
    if (found) found.push(match)
    else matchesByRoot.set(root, [match])
  }

  const bodies = new Map(sources.map((source) => [source.id, source.body]))
  const groups: Group[] = []
  for (const set of union.sets()) {
    const found = matchesByRoot.get(union.find(set[0])) ?? []
    const members = set.map((item) => memberOf(quotes[item], tokens[item], sentences, bodies))
    const best = found.reduce((top, match) => (match.score > top.score ? match : top), found[0])
    groups.push(buildGroup(nextId(), 'quote', members, explainQuoteMatch(found, best), best.score))
  }
  return groups
}

function explainQuoteMatch(found: readonly QuoteMatch[], best: QuoteMatch): string {
  const kinds = new Set(found.map((match) => match.kind))
  const parts: string[] = []
  if (kinds.has('exact')) parts.push('same quoted words after normalization')
  if (kinds.has('fragment')) parts.push('one quote is a cut of the other')
  if (kinds.has('reworded')) parts.push('most quoted words in the same order')
  return `${parts.join('; ')} (${best.shared} shared words, score ${best.score.toFixed(2)})`
}

function memberOf(
  quote: Quote,
  tokens: Token[],
  sentences: ReadonlyMap<string, AnalyzedSentence[]>,
  bodies: ReadonlyMap<string, string>,
): MemberInput {
  return {
    source: quote.source,
    quote: quote.id,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    speaker: quote.speaker,
    cites: quote.cites,
    verb: quote.verb,
    tokens,
    context: attributionContext(quote, sentences.get(quote.source) ?? [], bodies.get(quote.source) ?? ''),
  }
}

/**
 * The words of the quote's sentence outside the quote, less its speaker and
 * verb: what the article says about the circumstances. A quote that ends its
 * sentence takes the next one too when that carries the verb
 * (`"Did I nail it?" Gaga asked as soon as …`).
 */
function attributionContext(quote: Quote, sentences: readonly AnalyzedSentence[], body: string): MemberInput['context'] {
  const index = sentenceIndexAfter(sentences, quote.start)
  if (index === sentences.length || sentences[index].start > quote.start) return undefined
  const span = [sentences[index]]
  const next = sentences[index + 1]
  const endsSentence = sentences[index].end - quote.end <= 2
  if (endsSentence && next && next.paragraph === sentences[index].paragraph && quote.verb && next.tokens.some((token) => token.normal === quote.verb)) {
    span.push(next)
  }
  const speakerWords = new Set((quote.speaker ?? '').toLowerCase().split(/\s+/))
  // Indexed loops into the set, no intermediate arrays: this runs for every member of every quote group.
  const stems = new Set<string>()
  for (let sentence = 0; sentence < span.length; sentence++) {
    const { tokens } = span[sentence]
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      const isOutside = token.end <= quote.start || token.start >= quote.end
      if (isOutside && !token.isStopword && !speakerWords.has(token.normal) && !speakerTitles.has(token.normal) && token.normal !== quote.verb) stems.add(token.stem)
    }
  }
  const start = span[0].start
  const end = span[span.length - 1].end
  const text = (body.slice(start, quote.start) + '…' + body.slice(quote.end, end))
    .replace(/["“”'‘’]?…["“”'‘’]?/, '…')
    .replace(/\s+/g, ' ')
    .trim()
  return { text: shorten(text, 100), stems }
}

// How an outlet styles the speaker (`Ms. Pelosi said` / `she said Wednesday`) tells nothing of the circumstances.
const speakerTitles = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'rev', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'president'])

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`
}
