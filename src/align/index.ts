import type { Group, Quote, Source, UniqueClaim } from '../types.js'
import type { AnalyzedSentence } from '../pipeline/index.js'
import { groupQuotes } from './quote-groups.js'
import { groupClaims, quotedShare } from './claim-groups.js'
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
/** A unit this much inside its source's quotes is listed alone (single-source.ts lists it as that quote). */
const minQuotedShare = 0.5

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
  const isGroupedQuote = (unit: ClaimUnit) => (quotedBySource.get(unit.source) ?? []).some((span) => span.start < unit.end && span.end > unit.start)
  const isUngrouped = new Set(ungrouped)
  // (A clause mostly inside a quote stays a passage of its own: the report lists it once, as that quote.)
  const isMostlyQuote = (unit: ClaimUnit) => quotedShare(unit, quotesBySource.get(unit.source) ?? []) >= minQuotedShare
  const unique: UniqueClaim[] = sentenceRemainders(units, (unit) => isUngrouped.has(unit) && !isGroupedQuote(unit), isMostlyQuote, sourcesById)
    .filter((passage) => {
      const content = passage.tokens.filter(isContent).length
      return content >= minUniqueContent || (content >= minUniqueQuoteContent && holdsQuote(passage))
    })
    .map(({ source, text, start, end }) => ({ source, text, start, end }))
  return { groups: [...quoteGroups, ...claimGroups], unique }
}

/**
 * The units that no group holds (`isSingle`), those next to each other in
 * one sentence joined: a claim only one source makes reads as what it says,
 * `The campaign of Larry Elder — a conservative radio show host … — in
 * particular may have done more to help Newsom`, not as three fragments cut
 * at its dashes. A unit some group holds keeps the pieces either side of it
 * apart, and one that `standsAlone` joins none. (`units` in text order,
 * source by source.)
 */
function sentenceRemainders(
  units: readonly ClaimUnit[],
  isSingle: (unit: ClaimUnit) => boolean,
  standsAlone: (unit: ClaimUnit) => boolean,
  sources: ReadonlyMap<string, Source>,
): ClaimUnit[] {
  // Runs of units, each joined once at the end (joining as they come would copy a long sentence's words over and over).
  const runs: ClaimUnit[][] = []
  let joinsPrevious = false
  for (const unit of units) {
    if (!isSingle(unit)) {
      joinsPrevious = false
      continue
    }
    const run = runs[runs.length - 1]
    const isAlone = standsAlone(unit)
    if (joinsPrevious && !isAlone && run[0].source === unit.source && run[0].sentence === unit.sentence) run.push(unit)
    else runs.push([unit])
    joinsPrevious = !isAlone
  }
  return runs.map((run) => {
    if (run.length === 1) return run[0]
    const [first, last] = [run[0], run[run.length - 1]]
    return { ...first, end: last.end, text: sources.get(first.source)!.body.slice(first.start, last.end), tokens: run.flatMap((unit) => unit.tokens) }
  })
}
