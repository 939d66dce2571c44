import { groupBySource } from './by-source.js'
import { firstAtOrAfter } from './quotes/words.js'
import type { Analysis, Quote, UniqueClaim } from './types.js'

/** A claim only one source makes, with its id in the report and the UI (`u1`, `u2`, …). */
export interface NumberedUniqueClaim extends UniqueClaim {
  id: string
}

/** What only one source reports, as the report and the UI list it. */
export interface SingleSourceItems {
  /**
   * Numbered in source order, then by position, so ids stay put when nothing
   * changes; without the passages that are mostly a quote in no group, which
   * are listed once, as that quote.
   */
  claims: NumberedUniqueClaim[]
  /** Quotes in no group: printed by one source only. */
  quotes: Quote[]
}

/** A single-source passage this much inside a quote in no group, with no more words outside it, is that quote. */
const minQuotedShare = 0.5
const maxWordsOutsideQuote = 8

export function singleSourceItems(analysis: Analysis): SingleSourceItems {
  const order = new Map(analysis.sources.map((source, index) => [source.id, index]))
  const grouped = new Set(analysis.groups.flatMap((group) => group.members.map((member) => member.quote)))
  const quotes = analysis.quotes.filter((quote) => !grouped.has(quote.id))
  const isQuote = quotedPassageTest(quotes)
  const claims = analysis.unique
    .filter((claim) => !isQuote(claim))
    .sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0) || a.start - b.start)
    .map((claim, index) => ({ ...claim, id: `u${index + 1}` }))
  return { claims, quotes }
}

/**
 * Whether a passage is mostly one of `quotes` (of its own source), with only
 * an attribution around it (`Ronson said, "All of my hair stood up …`): the
 * quote list has it, and the rest says nothing more. Each source's quotes
 * are looked up by binary search: reports run over thousands of sources.
 */
export function quotedPassageTest(quotes: readonly Quote[]): (passage: UniqueClaim) => boolean {
  const bySource = groupBySource(quotes)
  // Per source: quotes by start, and the furthest end up to each, so a walk back stops where no quote reaches.
  const reaches = new Map<string, number[]>()
  for (const [source, own] of bySource) {
    own.sort((a, b) => a.start - b.start)
    let furthest = -1
    reaches.set(source, own.map((quote) => (furthest = Math.max(furthest, quote.end))))
  }
  return (passage) => {
    const own = bySource.get(passage.source)
    if (!own) return false
    const reach = reaches.get(passage.source)!
    const low = firstAtOrAfter(own, passage.end)
    let best: Quote | undefined
    let inside = 0
    for (let index = low - 1; index >= 0 && reach[index] > passage.start; index--) {
      const overlap = Math.min(own[index].end, passage.end) - Math.max(own[index].start, passage.start)
      if (overlap > inside) [best, inside] = [own[index], overlap]
    }
    if (!best || inside < minQuotedShare * (passage.end - passage.start)) return false
    const outside = passage.text.slice(0, Math.max(0, best.start - passage.start)) + ' ' + passage.text.slice(Math.max(0, best.end - passage.start))
    return outside.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length <= maxWordsOutsideQuote
  }
}
