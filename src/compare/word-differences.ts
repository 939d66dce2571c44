import type { Difference, Token } from '../types.js'
import { foldTypography } from '../pipeline/typography.js'
import { toWordChanges, type TokenChange } from './diff.js'

const negations = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', "n't"])
const dateWords =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|last|next)$/

/** A member compared with the group's reference wording. */
export interface MemberComparison {
  source: string
  changes: TokenChange[]
}

export function isNegation(token: Token): boolean {
  return negations.has(token.normal) || token.normal.endsWith("n't")
}

/**
 * The typed differences one member shows against the reference: cosmetic
 * ones on words that match (censored spelling, typography, case, number
 * format) and real ones on words that differ (numbers, negation, dates,
 * wording). `isCut` says the member is a contiguous cut of the reference or
 * the reverse, which is an omission rather than a rewording.
 */
export function wordDifferences(comparison: MemberComparison, isCut: boolean): Difference[] {
  const { source, changes } = comparison
  const differences: Difference[] = []
  const add = (type: Difference['type'], level: Difference['level'], detail: string, withChanges = false) => {
    differences.push({ type, level, detail, sources: [source], ...(withChanges ? { changes: toWordChanges(changes) } : {}) })
  }

  for (const change of changes) {
    if (change.kind !== 'same' || !change.matched) continue
    change.tokens.forEach((token, index) => {
      const other = change.matched![index]
      if (token.text === other.text) return
      const pair = `${token.text} / ${other.text}`
      if (token.isCensored || other.isCensored) add('censorship', 'cosmetic', pair)
      else if (token.value !== undefined && other.value !== undefined) add('number', 'cosmetic', pair)
      else if (foldTypography(token.text) === foldTypography(other.text)) add('typography', 'cosmetic', pair)
      else if (token.text.toLowerCase() === other.text.toLowerCase()) add('case', 'cosmetic', pair)
    })
  }

  const removed = changes.filter((change) => change.kind === 'removed').flatMap((change) => change.tokens)
  const added = changes.filter((change) => change.kind === 'added').flatMap((change) => change.tokens)
  if (removed.length === 0 && added.length === 0) return differences

  const removedNumbers = removed.filter((token) => token.value !== undefined)
  const addedNumbers = added.filter((token) => token.value !== undefined)
  if (removedNumbers.length > 0 && addedNumbers.length > 0) {
    add('number', 'conflict', `${texts(removedNumbers)} / ${texts(addedNumbers)}`, true)
  }
  if (removed.some(isNegation) !== added.some(isNegation)) {
    add('negation', 'conflict', `${texts(removed.filter(isNegation)) || 'affirmative'} / ${texts(added.filter(isNegation)) || 'affirmative'}`, true)
  }
  const removedDates = removed.filter((token) => dateWords.test(token.normal))
  const addedDates = added.filter((token) => dateWords.test(token.normal))
  if (removedDates.length > 0 && addedDates.length > 0) {
    add('date', 'conflict', `${texts(removedDates)} / ${texts(addedDates)}`, true)
  }
  if (isCut) {
    add('omission', 'wording', `${removed.length > 0 ? `leaves out "${texts(removed)}"` : `adds "${texts(added)}"`}`, true)
  } else {
    add('wording', 'wording', wordingDetail(removed, added), true)
  }
  return differences
}

function wordingDetail(removed: Token[], added: Token[]): string {
  if (removed.length > 0 && added.length > 0) return `"${texts(removed)}" / "${texts(added)}"`
  return removed.length > 0 ? `drops "${texts(removed)}"` : `adds "${texts(added)}"`
}

function texts(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join(' ')
}

/** True when one side's words stand as a contiguous run inside the other's. */
export function isContiguousCut(changes: readonly TokenChange[]): boolean {
  const kinds = changes.map((change) => change.kind)
  const sameRuns = kinds.filter((kind) => kind === 'same').length
  if (sameRuns !== 1) return false
  const edits = new Set(kinds.filter((kind) => kind !== 'same'))
  return edits.size === 1
}

/**
 * Merge differences of the same type and detail found for several members
 * into one, listing all their sources.
 */
export function mergeDifferences(differences: readonly Difference[]): Difference[] {
  const merged = new Map<string, Difference>()
  for (const difference of differences) {
    const key = `${difference.type}\u0000${difference.level}\u0000${difference.detail}`
    const existing = merged.get(key)
    if (existing) {
      for (const source of difference.sources) if (!existing.sources.includes(source)) existing.sources.push(source)
    } else merged.set(key, { ...difference, sources: [...difference.sources] })
  }
  return [...merged.values()]
}

/** The verdict follows the worst difference; context never changes it. */
export function verdictOf(differences: readonly Difference[]): 'identical' | 'equivalent' | 'variant' | 'conflict' {
  const levels = new Set(differences.map((difference) => difference.level))
  if (levels.has('conflict')) return 'conflict'
  if (levels.has('wording')) return 'variant'
  if (levels.has('cosmetic')) return 'equivalent'
  return 'identical'
}
