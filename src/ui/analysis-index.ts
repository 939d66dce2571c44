import { singleSourceItems, type NumberedUniqueClaim } from '../single-source.js'
import { quoteGroupsInClaims } from '../quoted-groups.js'
import type { Analysis, Group, GroupMember, Quote, Source, Verdict } from '../types.js'
import { cutToWidth } from './lines.js'

export type Filter = 'all' | 'conflicts' | 'quotes' | 'claims' | 'unique'
export const filters: readonly Filter[] = ['all', 'conflicts', 'quotes', 'claims', 'unique']

/**
 * Something only one source reports, as the report lists it: a claim (`u3`), or a quote in no group (`q5`) in place of
 * the passages that are mostly that quote.
 */
export interface SingleSourceItem {
  id: string
  source: string
  start: number
  end: number
  text: string
  quote?: Quote
}

/** A row of the groups list: a group, or what only one source reports. */
export type ListItem = { kind: 'group'; group: Group } | { kind: 'unique'; single: SingleSourceItem }

/** A marked stretch of a source's text: a group member, a quote or a unique claim. */
export interface Passage {
  start: number
  end: number
  kind: 'group' | 'quote' | 'unique'
  group?: Group
  quote?: Quote
  text: string
}

/**
 * Everything the views look up, computed once from the analysis: the UI
 * never re-reads or re-analyses on a key press.
 */
export interface AnalysisIndex {
  analysis: Analysis
  /** Groups sorted: conflicts, variants, then agreements. */
  groups: readonly Group[]
  groupsById: ReadonlyMap<string, Group>
  sourcesById: ReadonlyMap<string, Source>
  quotesById: ReadonlyMap<string, Quote>
  /** Source names for headings (may be long). */
  labels: ReadonlyMap<string, string>
  /** Short, distinct source keys for narrow columns. */
  keys: ReadonlyMap<string, string>
  /** What only one source reports: its claims, then its quotes in no group. */
  singleSource: readonly SingleSourceItem[]
  /** How many of `singleSource` are claims (the rest are quotes). */
  uniqueClaimCount: number
  /** Claim groups whose passages print a shared quote, with that quote's groups. */
  quotedInClaims: ReadonlyMap<string, readonly Group[]>
  listItems: (filter: Filter, query: string) => readonly ListItem[]
  passages: (sourceId: string) => readonly Passage[]
}

const verdictRank: Record<Verdict, number> = { conflict: 0, variant: 1, equivalent: 2, identical: 3 }

export function indexAnalysis(analysis: Analysis): AnalysisIndex {
  const groups = analysis.groups
    .map((group, order) => ({ group, order }))
    .sort(
      (a, b) =>
        verdictRank[a.group.verdict] - verdictRank[b.group.verdict] ||
        sourceCount(b.group) - sourceCount(a.group) ||
        Number(a.group.kind === 'claim') - Number(b.group.kind === 'claim') ||
        a.order - b.order,
    )
    .map(({ group }) => group)
  const quotesById = new Map(analysis.quotes.map((quote) => [quote.id, quote]))
  const haystacks = new Map(groups.map((group) => [group, searchText(group, quotesById)]))
  const { claims, quotes } = singleSourceItems(analysis)
  const singleSource: SingleSourceItem[] = [
    ...claims,
    ...quotes.map((quote) => ({ id: quote.id, source: quote.source, start: quote.start, end: quote.end, text: quote.text, quote })),
  ]
  const listCache = new Map<string, readonly ListItem[]>()
  const passageCache = new Map<string, readonly Passage[]>()

  return {
    analysis,
    groups,
    groupsById: new Map(groups.map((group) => [group.id, group])),
    sourcesById: new Map(analysis.sources.map((source) => [source.id, source])),
    quotesById,
    labels: sourceLabels(analysis.sources),
    keys: sourceKeys(analysis.sources),
    singleSource,
    uniqueClaimCount: claims.length,
    quotedInClaims: quoteGroupsInClaims(analysis),
    listItems(filter, query) {
      const key = `${filter}\u0000${query}`
      let items = listCache.get(key)
      if (!items) {
        items = filterItems(groups, singleSource, filter, searchTerms(query), haystacks)
        listCache.set(key, items)
      }
      return items
    },
    passages(sourceId) {
      let passages = passageCache.get(sourceId)
      if (!passages) {
        passages = sourcePassages(sourceId, groups, analysis, claims)
        passageCache.set(sourceId, passages)
      }
      return passages
    },
  }
}

export function sourceCount(group: Group): number {
  return new Set(group.members.map((member) => member.source)).size
}

// The member whose wording the others are compared with, a split quote whole.
export { isOtherSpeaker, isReferencePart, referenceMember } from '../reference.js'

/** Speaker a member is attributed to, from the member or its quote. */
export function memberSpeaker(member: GroupMember, quotes: ReadonlyMap<string, Quote>): string | null {
  if (member.speaker !== undefined) return member.speaker
  return member.quote === undefined ? null : (quotes.get(member.quote)?.speaker ?? null)
}

export function memberCites(member: GroupMember, quotes: ReadonlyMap<string, Quote>): string | null {
  if (member.cites !== undefined) return member.cites
  return member.quote === undefined ? null : (quotes.get(member.quote)?.cites ?? null)
}

function filterItems(
  groups: readonly Group[],
  singleSource: readonly SingleSourceItem[],
  filter: Filter,
  terms: readonly string[],
  haystacks: ReadonlyMap<Group, string>,
): ListItem[] {
  const matches = (text: string) => terms.every((term) => text.includes(term))
  const groupItems: ListItem[] =
    filter === 'unique'
      ? []
      : groups
          .filter((group) => filter === 'all' || (filter === 'conflicts' ? group.verdict === 'conflict' : group.kind === filter.slice(0, -1)))
          .filter((group) => matches(haystacks.get(group)!))
          .map((group) => ({ kind: 'group', group }))
  const uniqueItems: ListItem[] =
    filter === 'all' || filter === 'unique'
      ? singleSource.filter((single) => matches(fold(`${single.text}\n${single.quote?.speaker ?? ''}`))).map((single) => ({ kind: 'unique', single }))
      : []
  return [...groupItems, ...uniqueItems]
}

/** Lower case with curly quotes straightened, so a typed `'` finds `’`. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
}

/**
 * The words of a query, without quotation marks: `"We know` finds the quote
 * `We know how to win elections`, whose text holds no marks (a member's text
 * is the quote's inside). Apostrophes inside a word stay (`I'm`).
 */
function searchTerms(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .map((term) => term.replace(/"/g, '').replace(/^'+|'+$/g, ''))
    .filter(Boolean)
}

function searchText(group: Group, quotes: ReadonlyMap<string, Quote>): string {
  const parts = group.members.flatMap((member) => [member.text, memberSpeaker(member, quotes) ?? ''])
  return fold(parts.join('\n'))
}

/** Names for sources in headings: the outlet, else the title, else the file id. */
export function sourceLabels(sources: readonly Source[]): Map<string, string> {
  return new Map(sources.map((source) => [source.id, source.outlet?.trim() || source.title?.trim() || source.id]))
}

/**
 * Keys of at most four cells for list and matrix columns: an outlet's
 * capitals (`The New York Times` → `NYT`), else the leading word of the id
 * (`000_757aa98372dae68e` → `000`); when those collide, the number each
 * file's name opens with (`00248_…` → `248`), else the order.
 */
export function sourceKeys(sources: readonly Source[]): Map<string, string> {
  const keys = sources.map((source) => {
    const outlet = source.outlet?.trim().replace(/^the\s+/i, '')
    const capitals = outlet?.match(/[A-Z0-9]/g)?.join('') ?? ''
    if (outlet) return cutToWidth(capitals.length >= 2 ? capitals : outlet, 4).text
    return cutToWidth(source.id.match(/^[\p{L}\p{N}]+/u)?.[0] ?? source.id, 4).text
  })
  const isDistinct = new Set(keys).size === keys.length && keys.every(Boolean)
  if (isDistinct) return new Map(sources.map((source, index) => [source.id, keys[index]]))
  // Files numbered in their names (`00248_…`) keep their numbers, so that a key names its file; else the order.
  const numbers = sources.map((source) => /^\d+/.exec(source.id)?.[0].replace(/^0+(?=\d)/, '') ?? '')
  const isNumbered = numbers.every((number) => number !== '' && number.length <= 4) && new Set(numbers).size === numbers.length
  return new Map(sources.map((source, index) => [source.id, isNumbered ? numbers[index] : String(index + 1)]))
}

function sourcePassages(sourceId: string, groups: readonly Group[], analysis: Analysis, claims: readonly NumberedUniqueClaim[]): Passage[] {
  const passages: Passage[] = []
  const grouped = new Set<string>()
  for (const group of groups) {
    for (const member of group.members) {
      if (member.source !== sourceId) continue
      passages.push({ start: member.start, end: member.end, kind: 'group', group, text: member.text })
      grouped.add(`${member.start}:${member.end}`)
      if (member.quote) grouped.add(member.quote)
    }
  }
  for (const quote of analysis.quotes) {
    if (quote.source !== sourceId || grouped.has(quote.id) || grouped.has(`${quote.start}:${quote.end}`)) continue
    passages.push({ start: quote.start, end: quote.end, kind: 'quote', quote, text: quote.text })
  }
  for (const claim of claims) {
    if (claim.source === sourceId) passages.push({ start: claim.start, end: claim.end, kind: 'unique', text: claim.text })
  }
  return passages.sort((a, b) => a.start - b.start || b.end - a.end)
}
