import type { Group, Quote, Source, UniqueClaim } from '../types.js'
import type { AnalyzedSentence } from '../pipeline/index.js'
import { groupQuotes } from './quote-groups.js'
import { groupClaims } from './claim-groups.js'
import { groupBySource } from '../by-source.js'
import { claimUnits, type ClaimUnit } from './units.js'
import { isContent } from './similarity-terms.js'
import { citedInClaim } from '../quotes/index.js'
import { isOwnOutlet, isSameOutlet } from '../quotes/cites.js'

export interface AlignInput {
  sources: readonly Source[]
  quotes: readonly Quote[]
  sentences: ReadonlyMap<string, AnalyzedSentence[]>
  /** The name a report cited in a source goes by across the articles (see fullOutletNames); default: as cited. */
  outletName?: (name: string, sourceId: string) => string
}

export interface AlignResult {
  groups: Group[]
  unique: UniqueClaim[]
}

/** A claim needs this many content words to be listed as unique: shorter ones are asides. */
const minUniqueContent = 3
/** A quote needs fewer: `“You want to pet him?”` is what someone said, not an aside. */
const minUniqueQuoteContent = 2

/**
 * Line up quotes and claims across sources: quote groups first, then claim
 * groups over the prose the quote groups do not already cover, then the
 * claims that only one source makes.
 */
export function alignSources({ sources, quotes, sentences, outletName = (name) => name }: AlignInput): AlignResult {
  let count = 0
  const nextId = () => `g${++count}`
  const quoteGroups = groupQuotes(sources, quotes, sentences, nextId)
  const groupedQuoteSpans = quoteGroups.flatMap((group) => group.members)

  const units = sources.flatMap((source) => claimUnits(source.id, source.body, sentences.get(source.id) ?? []))
  const sourcesById = new Map(sources.map((source) => [source.id, source]))
  const { groups: claimGroups, ungrouped } = groupClaims(units, groupedQuoteSpans, quotes, nextId, (unit) => {
    const source = sourcesById.get(unit.source)!
    // (An article that relays no report has no claim that does: most articles, not read again.)
    if (source.cites.length === 0) return null
    const cited = citedInClaim(unit.text, source)
    const name = cited === null ? null : outletName(cited, unit.source)
    return name === null || isOwnOutlet(name, source) ? null : name
  })

  const quotedBySource = groupBySource(groupedQuoteSpans)
  const quotesBySource = groupBySource(quotes)
  // A unit runs from its first word to its last: it may be a quote without the quote's closing `?`.
  const holdsQuote = (unit: ClaimUnit) =>
    (quotesBySource.get(unit.source) ?? []).some(
      (quote) => (quote.start >= unit.start && quote.end <= unit.end) || (unit.start >= quote.start && unit.end <= quote.end),
    )
  const unique: UniqueClaim[] = ungrouped
    .filter((unit) => {
      const content = unit.tokens.filter(isContent).length
      return content >= minUniqueContent || (content >= minUniqueQuoteContent && holdsQuote(unit))
    })
    .filter((unit) => !(quotedBySource.get(unit.source) ?? []).some((span) => span.start < unit.end && span.end > unit.start))
    .map(({ source, text, start, end }) => ({ source, text, start, end }))
  const groups = [...quoteGroups, ...claimGroups]
  for (const group of groups) {
    group.provenance.singleOrigin ??= ownOrigin(group, sourcesById)
    group.differences = withoutOwnReportContext(group, sourcesById)
  }
  return { groups, unique }
}

/**
 * `according to CNN / no report cited` says two accounts rest on different
 * grounds; not when the one citing nothing is CNN's own article, which is
 * where the report comes from.
 */
function withoutOwnReportContext(group: Group, sourcesById: ReadonlyMap<string, Source>): Group['differences'] {
  const referenceSource = sourcesById.get(group.members[group.reference].source)!
  return group.differences.flatMap((difference) => {
    const cited = difference.type === 'context' ? /^(?:according to (.+) \/ no report cited|no report cited \/ according to (.+))$/.exec(difference.detail) : null
    if (!cited) return [difference]
    // (The reference cites the report when it comes first; else the members named do.)
    if (cited[2] !== undefined) return isSameOutlet(cited[2], referenceSource.outlet) ? [] : [difference]
    const sources = difference.sources.filter((source) => !isSameOutlet(cited[1], sourcesById.get(source)!.outlet))
    if (sources.length === difference.sources.length) return [difference]
    if (sources.length === 0) return []
    const kept = new Set(group.members.filter((member) => sources.includes(member.source)).map((member) => member.quote))
    return [{ ...difference, sources, ...(difference.quotes ? { quotes: difference.quotes.filter((quote) => kept.has(quote)) } : {}) }]
  })
}

/**
 * A report relayed by some members and printed by its own outlet in the
 * others (`told Politico` beside Politico's article) is one origin too:
 * the group's members cite only reports from outside their own outlet.
 */
function ownOrigin(group: Group, sourcesById: ReadonlyMap<string, Source>): string | null {
  const cited = new Set(group.members.flatMap((member) => (member.cites ? [member.cites] : [])))
  if (cited.size !== 1) return null
  const [report] = cited
  return group.members.every((member) => member.cites === report || isSameOutlet(report, sourcesById.get(member.source)!.outlet)) ? report : null
}
