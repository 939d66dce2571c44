import type { InlineCode } from 'mdast'
import type { Analysis, Group, GroupMember, InputProblem, Quote, Source, Span } from '../types.js'
import type { Finding } from '../check/finding.js'
import { inlineCode } from './nodes.js'
import { groupBySource } from '../by-source.js'
import { singleSourceItems, type NumberedUniqueClaim } from '../single-source.js'
import { quoteGroupsInClaims } from '../quoted-groups.js'

/** What every section needs besides the analysis: labels, ids and lookups, computed once. */
export interface ReportContext {
  analysis: Analysis
  /** Report name (the input folder's name unless given). */
  name: string
  /** Short label per source id, unique among the sources: table columns and pointers. */
  labels: Map<string, string>
  sources: Map<string, Source>
  quotes: Map<string, Quote>
  /** Claims only one source makes (see `singleSourceItems`). */
  unique: NumberedUniqueClaim[]
  /** `unique` by source id. */
  uniqueBySource: Map<string, NumberedUniqueClaim[]>
  /** Quotes in no group: printed by one source only. */
  aloneQuotes: Quote[]
  /** Input files left out or read in part, and why (ReportOptions.leftOut). */
  leftOut: readonly InputProblem[]
  /** The quote check's errors and warnings, in order, worked out when a section first asks. */
  quoteFindings?: Finding[]
  /** The group each grouped quote is in, by quote id, made when first asked. */
  quoteGroups?: Map<string, Group>
  /** Claim groups whose passages print a shared quote, with that quote's groups (quoteGroupsInClaims). */
  quotedInClaims: Map<string, Group[]>
}

export function createContext(analysis: Analysis, name: string, leftOut: readonly InputProblem[] = []): ReportContext {
  const { claims, quotes } = singleSourceItems(analysis)
  return {
    analysis,
    name,
    labels: sourceLabels(analysis.sources.map((source) => source.id)),
    sources: new Map(analysis.sources.map((source) => [source.id, source])),
    quotes: new Map(analysis.quotes.map((quote) => [quote.id, quote])),
    unique: claims,
    uniqueBySource: groupBySource(claims),
    aloneQuotes: quotes,
    leftOut,
    quotedInClaims: quoteGroupsInClaims(analysis),
  }
}

const labelHead = 8

/** A label that tells ids apart by their first words is kept up to this length (`new-york-times…`). */
const maxWordLabel = 24

/**
 * Source ids are file names, often long hashes (`000_757aa98372dae68e`).
 * Long ids are cut to their first characters (`000_757a…`); when those are
 * the same for several ids, to their first words up to the one that tells
 * them apart (`new-york-times…`, `new-york-post…`), and when that is too
 * long, to their first characters plus the shortest tail that does
 * (`5c3e1a2b…1` for `<uuid>_1`). Short ids stay whole.
 */
export function sourceLabels(ids: readonly string[]): Map<string, string> {
  const distinct = new Set(ids).size
  const isDistinct = (labels: readonly string[]) => new Set(labels).size === distinct
  const byLabels = (labels: readonly string[]) => new Map(ids.map((id, index) => [id, labels[index]]))
  const headed = (tail: number) => ids.map((id) => (id.length <= labelHead + 1 + tail ? id : `${id.slice(0, labelHead)}…${id.slice(id.length - tail)}`))
  const heads = headed(0)
  if (isDistinct(heads)) return byLabels(heads)
  const worded = wordPrefixes(ids)
  if (worded.every((label) => label.length <= maxWordLabel + 1) && isDistinct(worded)) return byLabels(worded)
  const longest = Math.max(0, ...ids.map((id) => id.length))
  for (let tail = 1; labelHead + 1 + tail < longest; tail++) if (isDistinct(headed(tail))) return byLabels(headed(tail))
  return byLabels(ids)
}

/**
 * Each id's first words up to the first that no other id shares at that
 * place, with `…` when cut; prefixes counted once for all ids (a pairwise
 * search took seconds for thousands of similar ids).
 */
function wordPrefixes(ids: readonly string[]): string[] {
  const boundaries = /[-_. ]/g
  const counts = new Map<string, number>()
  const whole = new Set(ids)
  for (const id of whole) {
    for (const boundary of id.matchAll(boundaries)) {
      const prefix = id.slice(0, boundary.index + 1)
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1)
    }
  }
  return ids.map((id) => {
    for (const boundary of id.matchAll(boundaries)) {
      const prefix = id.slice(0, boundary.index)
      if (counts.get(id.slice(0, boundary.index + 1)) === 1 && !whole.has(prefix)) return `${prefix}…`
    }
    return id
  })
}

export function label(context: ReportContext, sourceId: string): string {
  return context.labels.get(sourceId) ?? sourceId
}

/** `000_757a…:1459-1475`: where a passage is, by source label and body offsets. */
export function pointer(context: ReportContext, sourceId: string, span: Span): InlineCode {
  return inlineCode(`${label(context, sourceId)}:${span.start}-${span.end}`)
}

/** The speaker a member's source gives, from the member or else its quote. */
export function memberSpeaker(context: ReportContext, member: GroupMember): string | null {
  if (member.speaker !== undefined) return member.speaker
  return member.quote === undefined ? null : (context.quotes.get(member.quote)?.speaker ?? null)
}

/** The outside report a member relays, from the member or else its quote. */
export function memberCites(context: ReportContext, member: GroupMember): string | null {
  if (member.cites !== undefined) return member.cites
  return member.quote === undefined ? null : (context.quotes.get(member.quote)?.cites ?? null)
}

export { isOtherSpeaker, isReferencePart, referenceMember, wordingsBesideReference } from '../reference.js'

/** `g3: conflict claim`: the group's heading, also the target of links to it. */
export function groupHeading(group: Group): string {
  return `${group.id}: ${group.verdict} ${group.kind}`
}

/** The fragment GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(value: string): string {
  return '#' + value.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-')
}
