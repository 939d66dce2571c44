import type { FootnoteDefinition, FootnoteReference } from 'mdast'
import type { Verdict } from '../types.js'
import { paragraph, text } from './nodes.js'

/** Most serious first: the order of every verdict list in the report. */
export const verdictOrder: readonly Verdict[] = ['conflict', 'variant', 'equivalent', 'identical']

const meaning: Record<Verdict, string> = {
  identical: 'Identical: the same words in every source.',
  equivalent: 'Equivalent: the words differ only in typography, case, a censored spelling, a contraction (we’ll / we will) or the way a number is written (100 / a hundred).',
  variant: 'Variant: the same claim or quote in different words.',
  conflict: 'Conflict: the sources disagree (a different speaker, number or date, or a negation).',
}

export function verdictRank(verdict: Verdict): number {
  return verdictOrder.indexOf(verdict)
}

export function verdictReference(verdict: Verdict): FootnoteReference {
  return { type: 'footnoteReference', identifier: verdict, label: verdict }
}

/** The footnotes that say what each verdict means, for readers without the tool. */
export function verdictFootnotes(): FootnoteDefinition[] {
  return verdictOrder.map((verdict) => ({ type: 'footnoteDefinition', identifier: verdict, label: verdict, children: [paragraph(text(meaning[verdict]))] }))
}
