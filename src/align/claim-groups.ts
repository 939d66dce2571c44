import type { Group, Quote, Span, Token } from '../types.js'
import { buildGroup, type MemberInput } from '../compare/group.js'
import { InvertedIndex, UnionFind } from './inverted-index.js'
import { profileSentence, TermStatistics } from './similarity.js'
import { matchClaims, type ClaimMatch } from './claim-rule.js'
import { isContent, termKey } from './similarity-terms.js'
import { groupBySource, type ClaimUnit } from './units.js'

/** Terms held by more units than this are too common to propose candidates. */
const maxClaimPostings = 120

/** Units whose words lie this much inside quotes already grouped are left to the quote groups. */
const maxQuotedShare = 0.7

export interface ClaimGrouping {
  groups: Group[]
  /** Units that joined no group. */
  ungrouped: ClaimUnit[]
}

/**
 * Group the claim units of different sources that state the same thing.
 * Candidates share rare terms through an inverted index (never all pairs);
 * the claim rule (claim-rule.ts) confirms, and each unit keeps its best match per source.
 */
export function groupClaims(
  units: readonly ClaimUnit[],
  groupedQuotes: readonly (Span & { source: string })[],
  quotes: readonly Quote[],
  nextId: () => string,
): ClaimGrouping {
  const quotedSpans = groupBySource(groupedQuotes)
  const quotesBySource = groupBySource(quotes)
  const candidates = units.filter((unit) => quotedShare(unit, quotedSpans.get(unit.source) ?? []) < maxQuotedShare)
  const statistics = TermStatistics.fromSentences(candidates.map((unit) => unit.tokens))
  const profiles = candidates.map((unit) => profileSentence(unit.tokens, statistics))
  const names = nameKeys(units)
  const index = new InvertedIndex()
  candidates.forEach((unit, item) => index.add(item, unit.tokens.filter(isContent).map(termKey)))
  const contentCounts = candidates.map(contentCount)

  const pairs = index.candidatePairs({
    maxPostings: maxClaimPostings,
    minShared: (a, b) => (Math.min(contentCounts[a], contentCounts[b]) <= 3 ? 1 : 2),
    accept: (a, b) => candidates[a].source !== candidates[b].source,
  })
  const accepted: Array<{ a: number; b: number; result: ClaimMatch }> = []
  for (const [a, b] of pairs) {
    const result = matchClaims(profiles[a], profiles[b], { names })
    if (result.isSame) accepted.push({ a, b, result })
  }

  // Each unit keeps only its best match in each other source, and a pair
  // stands only when the choice is mutual: one claim, one counterpart per
  // outlet, and no chains of loosely related sentences.
  const best = new Map<string, { item: number; score: number }>()
  const offer = (from: number, to: number, score: number) => {
    const key = `${from}\u0000${candidates[to].source}`
    const current = best.get(key)
    if (!current || score > current.score) best.set(key, { item: to, score })
  }
  for (const { a, b, result } of accepted) {
    offer(a, b, result.score)
    offer(b, a, result.score)
  }
  const isBest = (from: number, to: number) => best.get(`${from}\u0000${candidates[to].source}`)?.item === to
  const union = new UnionFind(candidates.length)
  const kept: Array<{ item: number; result: ClaimMatch }> = []
  for (const { a, b, result } of accepted) {
    if (!isBest(a, b) || !isBest(b, a)) continue
    union.union(a, b)
    kept.push({ item: a, result })
  }

  const resultsByRoot = new Map<number, ClaimMatch[]>()
  for (const { item, result } of kept) {
    const root = union.find(item)
    resultsByRoot.set(root, [...(resultsByRoot.get(root) ?? []), result])
  }

  const groups: Group[] = []
  const grouped = new Set<number>()
  for (const set of union.sets()) {
    const results = resultsByRoot.get(union.find(set[0])) ?? []
    const best = results.reduce((top, result) => (result.score > top.score ? result : top), results[0])
    const members = set.map((item) => memberOf(candidates[item], quotesBySource.get(candidates[item].source) ?? []))
    const shared = [...new Set(results.flatMap((result) => result.shared))].slice(0, 8)
    groups.push(buildGroup(nextId(), 'claim', members, `shared words: ${shared.join(', ')} (similarity ${best.score.toFixed(2)})`, best.score))
    for (const item of set) grouped.add(item)
  }
  const groupedUnits = new Set([...grouped].map((item) => candidates[item]))
  return { groups, ungrouped: units.filter((unit) => !groupedUnits.has(unit)) }
}


/** Keys of words written with a capital inside a unit somewhere in the articles: the event's names. */
function nameKeys(units: readonly ClaimUnit[]): Set<string> {
  const names = new Set<string>()
  for (const unit of units) {
    unit.tokens.forEach((token, index) => {
      if (index > 0 && token.value === undefined && token.normal !== 'i' && /^\p{Lu}/u.test(token.text)) names.add(termKey(token))
    })
  }
  return names
}

function contentCount(unit: ClaimUnit): number {
  return unit.tokens.filter(isContent).length
}

/** Share of the unit's words inside the given spans of its own source. */
function quotedShare(unit: ClaimUnit, spans: readonly Span[]): number {
  if (unit.tokens.length === 0) return 1
  const overlapping = spans.filter((span) => span.start < unit.end && span.end > unit.start)
  if (overlapping.length === 0) return 0
  let inside = 0
  for (const token of unit.tokens) {
    if (overlapping.some((span) => token.start >= span.start && token.end <= span.end)) inside++
  }
  return inside / unit.tokens.length
}

/** A claim relays a report when a quote inside it does (`quotes` are the unit's source's). */
function memberOf(unit: ClaimUnit, quotes: readonly Quote[]): MemberInput {
  const relayed = quotes.find((quote) => quote.cites && quote.start < unit.end && quote.end > unit.start)
  return { source: unit.source, text: unit.text, start: unit.start, end: unit.end, cites: relayed?.cites ?? null, tokens: unit.tokens as Token[] }
}
