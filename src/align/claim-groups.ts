import type { Group, Quote, Span, Token } from '../types.js'
import { buildGroup, type MemberInput } from '../compare/group.js'
import { InvertedIndex } from './inverted-index.js'
import { clusterLinks, type Link } from './claim-clusters.js'
import { profileClaims, type ClaimProfile } from './claim-profiles.js'
import { ClaimRule, minSharedFacts } from './claim-rule.js'
import { numberFramePairs } from './number-frames.js'
import { groupBySource } from '../by-source.js'
import { sourceNumbers, type ClaimUnit } from './units.js'

/** Terms held by more units than this are too common to propose candidates. */
const maxClaimPostings = 120

/** Shared words a group's explanation lists. */
const maxSharedShown = 8

/** What each telling figure a pair shares adds to its score when a unit picks its best match in another source. */
const figurePreference = 0.25
/** What the pair's pinpoint (see ClaimMatch) adds, per unit, when a unit picks its best match. */
const pinpointPreference = 0.1
/** Pinpoint a pair without a telling figure needs to be anyone's counterpart. */
const minPinpoint = 0.25

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
  citedIn: (unit: ClaimUnit) => string | null = () => null,
  outletOf: (source: string) => string | null = () => null,
): ClaimGrouping {
  const quotedSpans = groupBySource(groupedQuotes)
  const quotesBySource = groupBySource(quotes)
  const candidates = units.filter((unit) => quotedShare(unit, quotedSpans.get(unit.source) ?? []) < maxQuotedShare)
  const { sourceOf, sourceCount } = sourceNumbers(candidates)
  const { profiles, keyCount, isNameKey } = profileClaims(
    candidates.map((unit) => unit.tokens),
    units.map((unit) => unit.tokens),
    sourceOf,
  )
  const rule = new ClaimRule(keyCount)
  const accepted = matchedClaimPairs(profiles, isNameKey, sourceOf, rule, maxClaimPostings)
  // Claims worded alike around a number that differs, which the rule can miss: the number is what differs.
  const pairKey = (a: number, b: number) => (a < b ? a * profiles.length + b : b * profiles.length + a)
  const isAccepted = new Set(accepted.map(({ a, b }) => pairKey(a, b)))
  const isFramed = new Set<number>()
  for (const { a, b } of numberFramePairs(profiles, sourceOf, isNameKey)) {
    if (!isAccepted.has(pairKey(a, b))) {
      const { score, figures, pinpoint } = rule.match(profiles[a], profiles[b])
      accepted.push({ a, b, score, figures, pinpoint })
      isFramed.add(pairKey(a, b))
    }
  }

  // Each unit keeps only its best match in each other source, and a pair
  // stands only when the choice is mutual: one claim, one counterpart per
  // outlet. Groups grow along these pairs as long as their members mostly
  // match one another (claim-clusters.ts): no chains of loosely related sentences.
  const best = new Map<number, { item: number; score: number }>()
  const bestKey = (from: number, to: number) => from * sourceCount + sourceOf[to]
  const offer = (from: number, to: number, score: number) => {
    const key = bestKey(from, to)
    const current = best.get(key)
    if (!current || score > current.score) best.set(key, { item: to, score })
  }
  // A shared telling figure outranks shared topic words: `the couple paid $43,885,310 in federal taxes` is the
  // other outlet's `The couple paid $43,885,310 …`, not its `Bush paid an effective tax rate of …`; so do words
  // each article writes in few sentences. A pair that shares only words both articles write in many sentences
  // (`leadership team`, `end the shutdown`) and no figure is no counterpart: a neighbour on the story's topic.
  for (const { a, b, score, figures, pinpoint } of accepted) {
    if (figures === 0 && pinpoint < minPinpoint && !isFramed.has(pairKey(a, b))) continue
    const preference = score + figurePreference * Math.min(figures, 2) + pinpointPreference * pinpoint
    offer(a, b, preference)
    offer(b, a, preference)
  }
  const isBest = (from: number, to: number) => best.get(bestKey(from, to))?.item === to
  const kept = accepted.filter((link) => isBest(link.a, link.b) && isBest(link.b, link.a))
  const union = clusterLinks(sourceOf, kept, accepted)

  // A group's links: the kept ones inside it (a link its clusters refused to follow joins none).
  const linksByRoot = new Map<number, Link[]>()
  for (const link of kept) {
    const root = union.find(link.a)
    if (root !== union.find(link.b)) continue
    const links = linksByRoot.get(root)
    if (links) links.push(link)
    else linksByRoot.set(root, [link])
  }

  const groups: Group[] = []
  const grouped = new Set<number>()
  for (const set of union.sets()) {
    const links = linksByRoot.get(union.find(set[0])) ?? []
    const best = links.reduce((top, link) => (link.score > top.score ? link : top), links[0])
    const members = set.map((item) => memberOf(candidates[item], quotesBySource.get(candidates[item].source) ?? [], citedIn, outletOf))
    const shared = firstSharedWords(links, (link) => rule.sharedWords(profiles[link.a], profiles[link.b]), maxSharedShown)
    groups.push(buildGroup(nextId(), 'claim', members, `shared words: ${shared.join(', ')} (similarity ${best.score.toFixed(2)})`, best.score))
    for (const item of set) grouped.add(item)
  }
  const groupedUnits = new Set([...grouped].map((item) => candidates[item]))
  return { groups, ungrouped: units.filter((unit) => !groupedUnits.has(unit)) }
}

/**
 * The pairs of units of different sources (`sourceOf`) that share enough keys
 * held by at most `maxPostings` units and that the rule accepts, in (a, b)
 * order with their scores. The rule refuses a pair sharing fewer than
 * `minSharedFacts` keys that are not names (`isNameKey`, by key number), so the index leaves
 * such pairs out before the rule reads them: most candidates share names and
 * little else (85 k of 106 k at 1,000 articles).
 */
export function matchedClaimPairs(
  profiles: readonly ClaimProfile[],
  isNameKey: Uint8Array,
  sourceOf: readonly number[],
  rule: ClaimRule,
  maxPostings: number,
): Link[] {
  const index = new InvertedIndex(
    isNameKey.length,
    Uint8Array.from(isNameKey, (isName) => 1 - isName),
  )
  profiles.forEach((profile, item) => index.add(item, profile.keys))
  const accepted: Link[] = []
  const options = {
    maxPostings,
    // Two shared keys, one when either unit has three content words or fewer.
    minShared: Int32Array.from(profiles, (profile) => (profile.sequence.length <= 3 ? 1 : 2)),
    group: Int32Array.from(sourceOf),
    minMarked: minSharedFacts,
  }
  index.candidatePairs(options, (a, b) => {
    const { isSame, score, figures, pinpoint } = rule.match(profiles[a], profiles[b])
    if (isSame) accepted.push({ a, b, score, figures, pinpoint })
  })
  return accepted
}

/** The first `count` distinct words the links share, link after link: only as many links as it takes are looked at. */
function firstSharedWords(links: readonly Link[], sharedWords: (link: Link) => string[], count: number): string[] {
  const words = new Set<string>()
  for (const link of links) {
    for (const word of sharedWords(link)) {
      if (words.size === count) return [...words]
      words.add(word)
    }
  }
  return [...words]
}

/** Share of the unit's words inside the given spans of its own source. */
export function quotedShare(unit: ClaimUnit, spans: readonly Span[]): number {
  const { tokens } = unit
  if (tokens.length === 0) return 1
  // Loops, no callbacks: every unit passes here, and most overlap no span.
  let overlaps = false
  for (let index = 0; index < spans.length && !overlaps; index++) overlaps = spans[index].start < unit.end && spans[index].end > unit.start
  if (!overlaps) return 0
  let inside = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    for (let at = 0; at < spans.length; at++) {
      const span = spans[at]
      if (span.start < unit.end && span.end > unit.start && token.start >= span.start && token.end <= span.end) {
        inside++
        break
      }
    }
  }
  return inside / tokens.length
}

/** A claim relays a report when a quote inside it does (`quotes` are the unit's source's), or when its own words say so. */
function memberOf(unit: ClaimUnit, quotes: readonly Quote[], citedIn: (unit: ClaimUnit) => string | null, outletOf: (source: string) => string | null): MemberInput {
  const relayed = quotes.find((quote) => quote.cites && quote.start < unit.end && quote.end > unit.start)
  const cites = relayed?.cites ?? citedIn(unit)
  return { source: unit.source, outlet: outletOf(unit.source), text: unit.text, start: unit.start, end: unit.end, cites, tokens: unit.tokens as Token[] }
}
