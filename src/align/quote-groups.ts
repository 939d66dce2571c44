import type { Group, Quote, Source, Token } from '../types.js'
import type { AnalyzedSentence } from '../pipeline/index.js'
import { buildGroup, type MemberInput } from '../compare/group.js'
import { UnionFind } from './inverted-index.js'
import type { QuoteMatch } from './quote-match.js'
import { matchedQuotePairs, shortRemarkPairs } from './quote-pairs.js'
import { groupBySource } from '../by-source.js'
import { sentenceIndexAfter, tokensInSpan } from './units.js'
import { firstAtOrAfter } from '../quotes/words.js'

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
  const matched = matchedQuotePairs(quotes, tokens)
  const isPaired = new Uint8Array(quotes.length)
  for (const { a, b } of matched) isPaired[a] = isPaired[b] = 1
  const accepted = [...matched, ...shortRemarkPairs(quotes, tokens, (item) => isPaired[item] === 1)]
  for (const { a, b } of accepted) union.union(a, b)
  const bodies = new Map(sources.map((source) => [source.id, source.body]))
  joinSetsAcrossBreaks(union, quotes, tokens, bodies)
  const matchesByRoot = new Map<number, QuoteMatch[]>()
  for (const { a, match } of accepted) {
    const root = union.find(a)
    const found = matchesByRoot.get(root)
    if (found) found.push(match)
    else matchesByRoot.set(root, [match])
  }

  const outlets = new Map(sources.map((source) => [source.id, source.outlet]))
  // Each source's quotes in reading order: a member's circumstances leave its sentence's other quotes out.
  const quotesBySource = groupBySource(quotes)
  for (const own of quotesBySource.values()) own.sort((a, b) => a.start - b.start)
  const matchedSets = union.sets()
  const sets = withContinuations(matchedSets, quotes, tokens, bodies)
  const groups: Group[] = []
  for (const [index, set] of sets) {
    // (A part joined before a member may come first: the matches are the matched set's.)
    const found = matchesByRoot.get(union.find(matchedSets[index][0])) ?? []
    // A part that goes on with the member before it is compared as one wording with it when another source prints
    // the parts' words as one quote (`continuesAfter`).
    let run: Token[] = []
    const mayJoin = set.length <= maxSplitQuoteSet
    const members: MemberInput[] = set.map((item, index) => {
      const member = memberOf(quotes[item], tokens[item], sentences, bodies, quotesBySource, outlets)
      const previous = set[index - 1]
      const joined = mayJoin && previous !== undefined && continues(quotes[previous], quotes[item], bodies) ? [...run, ...tokens[item]] : undefined
      const isWhole = joined !== undefined && set.some((other) => quotes[other].source !== quotes[item].source && bridgesBreak(tokens[other], run, tokens[item]))
      run = isWhole ? joined : tokens[item]
      return isWhole ? { ...member, continuesAfter: gapBetween(quotes[previous], quotes[item], bodies) } : member
    })
    withSplitQuoteContexts(members, set.map((item) => quotes[item]), sentences, bodies, quotesBySource)
    const best = found.reduce((top, match) => (match.score > top.score ? match : top), found[0])
    groups.push(buildGroup(nextId(), 'quote', members, explainQuoteMatch(found, best), best.score))
  }
  return groups
}

/**
 * Longest attribution between the parts of a split quote: `,” Justice Antonin Scalia said, “`, `,” said Ms.
 * Lerner, who leads the I.R.S.’s division on tax-exempt organizations. “` (81 characters).
 */
const maxSplitGap = 120
/**
 * Sets larger than this are not searched for split quotes: each part is held
 * against every member of its set, and a line thousands of sources repeat
 * would make that quadratic (a paragraph of megabytes of `"…," Ana Ruiz
 * said.` took minutes). One event's outlets come nowhere near it.
 */
const maxSplitQuoteSet = 64

/**
 * Sources split one remark at different places (`"I have not done anything
 * wrong," she said. "I have not broken any laws. …"` against `"I have not done
 * anything wrong. I have not broken any laws," said Ms. Lerner. "…"`): each
 * part matches the other source's part it overlaps most, in two sets, and each
 * would look cut. Two sets become one when a source's part in one goes on
 * with its part in the other and another source of the two sets prints the
 * words across that break as one quote; the comparison then joins each
 * source's parts (continuesAfter).
 */
function joinSetsAcrossBreaks(union: UnionFind, quotes: readonly Quote[], tokens: readonly Token[][], bodies: ReadonlyMap<string, string>): void {
  const sets = union.sets().filter((set) => set.length <= maxSplitQuoteSet)
  const setOf = new Map<number, number[]>()
  for (const set of sets) for (const item of set) setOf.set(item, set)
  for (const set of sets) {
    for (const item of set) {
      const next = setOf.get(item + 1)
      if (next === undefined || next === set || union.find(item) === union.find(item + 1) || !continues(quotes[item], quotes[item + 1], bodies)) continue
      const source = quotes[item].source
      if ([...set, ...next].some((other) => quotes[other].source !== source && bridgesBreak(tokens[other], tokens[item], tokens[item + 1]))) union.union(item, item + 1)
    }
  }
}

/**
 * Each set with the quotes that go on with one of its members past an
 * attribution (`“If somebody tells you how,” he said, “you don’t have
 * discretion.”`), when another source's member holds their words: a part too
 * short to match on its own (four words) would leave the first part looking
 * cut. A part in another set stays there.
 */
function withContinuations(
  sets: number[][],
  quotes: readonly Quote[],
  tokens: readonly Token[][],
  bodies: ReadonlyMap<string, string>,
): Array<[number, number[]]> {
  const setOf = new Map<number, number>()
  sets.forEach((set, index) => set.forEach((item) => setOf.set(item, index)))
  const grown = sets.map((set) => [...set])
  sets.forEach((set, index) => {
    if (set.length > maxSplitQuoteSet) return
    // The parts before a member and after it, part after part (a member's own growth is looked at too).
    const members = grown[index]
    for (let at = 0; at < members.length; at++) {
      const item = members[at]
      for (const part of [item - 1, item + 1]) {
        // (A part in a set already stays there: taking it from another could leave that set with one source.)
        if (part < 0 || part >= quotes.length || setOf.has(part)) continue
        const [first, second] = part < item ? [part, item] : [item, part]
        if (!continues(quotes[first], quotes[second], bodies)) continue
        // Another source's member holds the two together, in order (`No way,` holds no `No way, no.`).
        const together = [...tokens[first], ...tokens[second]]
        if (!set.some((other) => quotes[other].source !== quotes[item].source && holdsWords(tokens[other], together))) continue
        members.push(part)
        setOf.set(part, index)
      }
    }
  })
  // Each set with the index of the matched set it grew from.
  return grown.flatMap((set, index): Array<[number, number[]]> => (set.length > 1 ? [[index, set.sort((a, b) => a - b)]] : []))
}

/**
 * The parts of a split quote share its circumstances: the words of its
 * sentence outside all the parts (one part's words are no circumstance of
 * the other's, nor is the attribution between them).
 */
function withSplitQuoteContexts(
  members: MemberInput[],
  quotes: readonly Quote[],
  sentences: ReadonlyMap<string, AnalyzedSentence[]>,
  bodies: ReadonlyMap<string, string>,
  quotesBySource: ReadonlyMap<string, Quote[]>,
): void {
  for (let first = 0; first < members.length; first++) {
    let last = first
    while (members[last + 1]?.continuesAfter !== undefined) last++
    if (last === first) continue
    const whole = { ...quotes[first], end: quotes[last].end }
    const context = attributionContext(whole, sentences.get(whole.source) ?? [], bodies.get(whole.source) ?? '', quotesBySource.get(whole.source) ?? [])
    for (let part = first; part <= last; part++) members[part] = { ...members[part], context }
    first = last
  }
}

/** Whether `next` goes on with `quote`: the same source and speaker, and only an attribution between. */
function continues(quote: Quote, next: Quote, bodies: ReadonlyMap<string, string>): boolean {
  if (next.source !== quote.source || next.nestedIn !== null || quote.speaker === null || next.speaker !== quote.speaker) return false
  const distance = next.start - quote.end
  if (distance <= 0 || distance > maxSplitGap) return false
  // Quote marks around one clause that says who spoke, in one paragraph: `,” he said, “`, `,” Mr. Scalia said. “`;
  // not `," she said.\n\nShe went on. "`.
  const gap = gapBetween(quote, next, bodies).replace(abbreviations, '$1').replace(dottedLetters, (letters) => letters.replaceAll('.', ''))
  return /^[,.!?]?["'”’][ \t]*[^"“”.!?\n]*\b\p{Ll}+\b[^"“”.!?\n]*[,:.][ \t]*["'“‘]$/u.test(gap)
}

// Titles, and letters with a stop after each (`I.R.S.’s`, `U.S.`), whose full stops end no sentence.
const abbreviations = /\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Prof|Jr|Sr|St)\./g
const dottedLetters = /\b(?:\p{Lu}\.){2,}/gu

function gapBetween(quote: Quote, next: Quote, bodies: ReadonlyMap<string, string>): string {
  return (bodies.get(quote.source) ?? '').slice(quote.end, next.start)
}

/**
 * Whether `holder` prints the words on either side of the break between `before` and `after` together, as one
 * quote: two words of each (`breakWords`), so that a rewording elsewhere in the parts (`I have a problem` / `I got
 * a problem`) does not keep them apart.
 */
function bridgesBreak(holder: readonly Token[], before: readonly Token[], after: readonly Token[]): boolean {
  return holdsWords(holder, [...before.slice(-breakWords), ...after.slice(0, breakWords)])
}

const breakWords = 2

/** Whether `words` stand, in order and together, in `holder`: a part of the holder's quote. */
function holdsWords(holder: readonly Token[], words: readonly Token[]): boolean {
  if (words.length === 0 || words.length > holder.length) return false
  outer: for (let start = 0; start + words.length <= holder.length; start++) {
    for (let index = 0; index < words.length; index++) if (holder[start + index].normal !== words[index].normal) continue outer
    return true
  }
  return false
}

function explainQuoteMatch(found: readonly QuoteMatch[], best: QuoteMatch): string {
  const kinds = new Set(found.map((match) => match.kind))
  const parts: string[] = []
  if (kinds.has('exact')) parts.push('same quoted words after normalization')
  if (kinds.has('fragment')) parts.push('one quote is a cut of the other')
  if (kinds.has('reworded')) parts.push('most quoted words in the same order')
  if (kinds.has('one word apart')) parts.push('a short remark of one speaker, one word apart')
  return `${parts.join('; ')} (${best.shared} shared words, score ${best.score.toFixed(2)})`
}

function memberOf(
  quote: Quote,
  tokens: Token[],
  sentences: ReadonlyMap<string, AnalyzedSentence[]>,
  bodies: ReadonlyMap<string, string>,
  quotesBySource: ReadonlyMap<string, Quote[]>,
  outlets: ReadonlyMap<string, string | null>,
): MemberInput {
  return {
    source: quote.source,
    outlet: outlets.get(quote.source) ?? null,
    quote: quote.id,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    speaker: quote.speaker,
    cites: quote.cites,
    verb: quote.verb,
    tokens,
    context: attributionContext(quote, sentences.get(quote.source) ?? [], bodies.get(quote.source) ?? '', quotesBySource.get(quote.source) ?? []),
  }
}

/**
 * The words of the quote's sentence outside the quote, less its speaker and
 * verb: what the article says about the circumstances. A quote that ends its
 * sentence takes the next one too when that carries the verb
 * (`"Did I nail it?" Gaga asked as soon as …`).
 */
function attributionContext(quote: Quote, sentences: readonly AnalyzedSentence[], body: string, sourceQuotes: readonly Quote[]): MemberInput['context'] {
  const index = sentenceIndexAfter(sentences, quote.start)
  if (index === sentences.length || sentences[index].start > quote.start) return undefined
  const span = [sentences[index]]
  const next = sentences[index + 1]
  const endsSentence = sentences[index].end - quote.end <= 2
  if (endsSentence && next && next.paragraph === sentences[index].paragraph && quote.verb && next.tokens.some((token) => token.normal === quote.verb)) {
    span.push(next)
  }
  const start = span[0].start
  const end = span[span.length - 1].end
  // The sentence's other quotes are words someone said, no circumstance either (`"No way," Smith said, "we never
  // will."`: the second part is not what the first was said in).
  const quoted = [quote, ...quotesWithin(sourceQuotes, start, end).filter((other) => other.end <= quote.start || other.start >= quote.end)].sort(
    (a, b) => a.start - b.start,
  )
  const isQuoted = (token: Token) => quoted.some((span) => token.start < span.end && token.end > span.start)
  const speakerWords = new Set((quote.speaker ?? '').toLowerCase().split(/\s+/))
  // Indexed loops into the set, no intermediate arrays: this runs for every member of every quote group.
  const stems = new Set<string>()
  for (let sentence = 0; sentence < span.length; sentence++) {
    const { tokens } = span[sentence]
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (!isQuoted(token) && !token.isStopword && !speakerWords.has(token.normal) && !speakerTitles.has(token.normal) && token.normal !== quote.verb) stems.add(token.stem)
    }
  }
  let text = ''
  let at = start
  for (const cut of quoted) {
    if (cut.start > at) text += body.slice(at, cut.start)
    text += '…'
    at = Math.max(at, cut.end)
  }
  text = (text + body.slice(at, end))
    .replace(/["“”'‘’]?…["“”'‘’]?/g, '…')
    .replace(/\s+/g, ' ')
    .trim()
  return { text: shorten(text, 100), stems }
}

/** The quotes (of one source, in reading order) that overlap `start`–`end`. */
function quotesWithin(sourceQuotes: readonly Quote[], start: number, end: number): Quote[] {
  const low = firstAtOrAfter(sourceQuotes, start)
  // (A quote that opens before the span and reaches into it: the one just before, or the one holding it.)
  const within: Quote[] = []
  for (let index = Math.max(0, low - 2); index < sourceQuotes.length && sourceQuotes[index].start < end; index++) {
    if (sourceQuotes[index].end > start) within.push(sourceQuotes[index])
  }
  return within
}

// How an outlet styles the speaker (`Ms. Pelosi said` / `she said Wednesday`) tells nothing of the circumstances.
const speakerTitles = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'rev', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'president'])

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`
}
