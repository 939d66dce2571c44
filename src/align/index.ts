import type { Group, Quote, Source, UniqueClaim } from '../types.js'
import type { AnalyzedSentence } from '../pipeline/index.js'
import { groupQuotes } from './quote-groups.js'
import { groupClaims } from './claim-groups.js'
import { groupBySource } from '../by-source.js'
import { claimUnits, type ClaimUnit } from './units.js'
import { isContent } from './similarity-terms.js'
import { citedInClaim } from '../quotes/index.js'
import { isOwnOutlet } from '../quotes/cites.js'

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
  }, (source) => sourcesById.get(source)!.outlet)

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
  return { groups: [...quoteGroups, ...claimGroups], unique }
}
