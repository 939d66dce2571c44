import type { Token } from '../types.js'
import { joinContractions } from '../compare/contractions.js'
import { diffTokens, joins, sideLength, slicePassage, type TokenChange } from '../compare/diff.js'
import { processText } from '../pipeline/index.js'
import { expletivePlaceholder } from '../pipeline/censorship.js'
import { isNegation, withoutSpelledOutPercents } from '../compare/word-differences.js'

/** A text with its matching tokens (offsets into `text`). */
export interface WordedText {
  text: string
  tokens: Token[]
}

/**
 * How `after` stands to `before`:
 * `same` words; `cut`: only words of `before` left out, at the edges or
 * behind an ellipsis `after` shows; `extended`: the reverse, `after` is the
 * fuller one; `overlap`: each runs on past the other at an opposite end, the
 * words between the same (two stretches of one longer remark: `We have
 * learned … support.` / `And you exemplify it. … support. We will …`);
 * `reworded`: anything else, including a silent cut in the middle.
 */
export type WordShape = 'same' | 'cut' | 'extended' | 'overlap' | 'reworded'

/** Two spellings of one word: `f*cking` / `fucking`, `I’m` / `I'm`. */
export interface CosmeticPair {
  kind: 'censorship' | 'typography'
  before: Token
  after: Token
}

export interface WordComparison {
  changes: TokenChange[]
  shape: WordShape
  /** True when the cut (or extension) leaves out words behind an ellipsis. */
  hasElision: boolean
  /** Each changed stretch on both sides, as printed, in order, with a word of context where one side is empty. */
  regions: Array<{ before: string; after: string }>
  cosmetic: CosmeticPair[]
  /** Words contracted on one side only, as printed: `we will` / `we'll`. */
  contractions: Array<{ before: string; after: string }>
  /** One word written apart, together or hyphenated, or a percent sign spelled out, as printed: `work force` /
   * `workforce`, `5 percent` / `5%`; `at` is where it starts in `after`. */
  compounds: Array<{ before: string; after: string; at: number }>
}

export const ellipsis = /\.\s?\.\s?\.|…|\[\s*\.\.\.\s*]/

const tokenCache = new Map<string, Token[]>()
const maxCachedTexts = 5000

/** The pipeline's tokens for a quote or passage, cached: the same quote is compared many times. */
export function wordedText(text: string): WordedText {
  let tokens = tokenCache.get(text)
  if (!tokens) {
    tokens = processText(text).sentences.flatMap((sentence) => sentence.tokens)
    if (tokenCache.size >= maxCachedTexts) tokenCache.clear()
    tokenCache.set(text, tokens)
  }
  return { text, tokens }
}

/** Compare two wordings with the one word diff (compare/diff.ts) and say how they relate. */
export function compareWords(before: WordedText, after: WordedText): WordComparison {
  // Words only contracted on one side (`we'll` / `we will`) or written apart (`work force` / `workforce`) are kept words, told apart.
  // (And a percent sign spelled out on one side only: `5 percent` / `5%`.)
  const { changes, spellings } = withoutSpelledOutPercents(joinContractions(diffTokens(before.tokens, after.tokens)), { text: before.text, start: 0 }, { text: after.text, start: 0 })
  return {
    changes,
    ...shapeOf(changes, before, after),
    regions: changedRegions(changes, before, after),
    cosmetic: cosmeticPairs(changes),
    contractions: joinedPassages(changes, 'isContraction', before, after),
    compounds: [...joinedPassages(changes, 'isCompound', before, after), ...spellings].sort((one, other) => one.at - other.at),
  }
}

/** The runs joinContractions kept with `flag`, as printed on each side, and where each starts in `after`. */
function joinedPassages(changes: readonly TokenChange[], flag: 'isContraction' | 'isCompound', before: WordedText, after: WordedText): Array<{ before: string; after: string; at: number }> {
  return changes
    .filter((change) => change[flag])
    .map((change) => ({
      before: slicePassage({ text: before.text, start: 0 }, change.tokens),
      after: slicePassage({ text: after.text, start: 0 }, change.matched!),
      at: change.matched![0].start,
    }))
}

function shapeOf(changes: readonly TokenChange[], before: WordedText, after: WordedText): { shape: WordShape; hasElision: boolean } {
  const hasRemoved = changes.some((change) => change.kind === 'removed')
  const hasAdded = changes.some((change) => change.kind === 'added')
  if (!hasRemoved && !hasAdded) return { shape: 'same', hasElision: false }
  if (hasRemoved && hasAdded) {
    if (isOverlap(changes, before, after)) return { shape: 'overlap', hasElision: false }
    return isElidedOverlap(changes, before, after) ? { shape: 'overlap', hasElision: true } : { shape: 'reworded', hasElision: false }
  }

  // Only one kind of edit: a cut when every gap is at an edge or marked by an ellipsis on the shorter side.
  const shorter = hasRemoved ? after : before
  let hasElision = false
  let shorterIndex = 0
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]
    if (change.kind === 'same') {
      shorterIndex += sideLength(change, hasRemoved ? 'after' : 'before')
      continue
    }
    if (index === 0 || index === changes.length - 1) continue
    if (!hasEllipsisNear(shorter, shorterIndex)) return { shape: 'reworded', hasElision: false }
    hasElision = true
  }
  return { shape: hasRemoved ? 'cut' : 'extended', hasElision }
}

/** Stretches a shared middle needs to make two quotes one remark's overlapping parts: more than a phrase. */
const minOverlapWords = 4

/** Words next to the shared middle in which a negation bears on it: `We are not | going to raise`. */
const negationReach = 3

/**
 * Words only at the two ends, left out at one and added at the other, and a shared middle of some length between; a
 * negation left out or added next to the middle, in its sentence, turns the words around (`We are not going to raise
 * taxes` / `going to raise taxes … this year`): that is no overlap. One in a sentence of its own past the middle
 * (`… business. I don't like that language`) is another remark's.
 */
function isOverlap(changes: readonly TokenChange[], before: WordedText, after: WordedText): boolean {
  if (changes.length !== 3) return false
  const [first, middle, last] = changes
  if (first.kind === 'same' || last.kind === 'same' || first.kind === last.kind || middle.kind !== 'same' || sideLength(middle, 'after') < minOverlapWords) return false
  const sideOf = (change: TokenChange) => (change.kind === 'removed' ? before : after)
  // The middle's tokens on each end run's side: `tokens` are the before side's, `matched` the after side's.
  const middleOn = (change: TokenChange) => (change.kind === 'removed' ? middle.tokens : middle.matched ?? middle.tokens)
  const leading = [...first.tokens].reverse()
  const trailing = last.tokens
  return !negatesNear(sideOf(first).text, [middleOn(first)[0], ...leading]) && !negatesNear(sideOf(last).text, [middleOn(last).at(-1)!, ...trailing])
}

/**
 * Two stretches of one text, each running past the other at an end, where
 * one also leaves out words behind an ellipsis: `However, we would be
 * remiss … if we did not challenge` / `We would be remiss in our duty to you
 * and our students if we did not challenge`. Every change inside is words
 * one side lacks where it prints an ellipsis (no word for another, and no
 * negation among them), and no negation stands next to the shared words at
 * a run only one side has.
 */
function isElidedOverlap(changes: readonly TokenChange[], before: WordedText, after: WordedText): boolean {
  let beforeIndex = 0
  let afterIndex = 0
  let shared = 0
  let hasElision = false
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]
    const isEdge = index === 0 || index === changes.length - 1
    if (change.kind === 'same') {
      shared += sideLength(change, 'after')
      beforeIndex += sideLength(change, 'before')
      afterIndex += sideLength(change, 'after')
      continue
    }
    if (!isEdge) {
      // (A change right after another is a word for a word: no gap an ellipsis marks.)
      if (changes[index - 1].kind !== 'same' || changes[index + 1].kind !== 'same') return false
      if (!hasEllipsisNear(change.kind === 'removed' ? after : before, change.kind === 'removed' ? afterIndex : beforeIndex)) return false
      // (Nor a negation cut: `we will … raise taxes` / `we will never raise taxes` turns the words around.)
      if (change.tokens.some(isNegation)) return false
      hasElision = true
    } else {
      const next = index === 0 ? changes[1] : changes[index - 1]
      const middleEdge = change.kind === 'removed' ? next.tokens : next.matched ?? next.tokens
      const edgeWord = index === 0 ? middleEdge[0] : middleEdge.at(-1)!
      const run = index === 0 ? [...change.tokens].reverse() : change.tokens
      if (next.kind !== 'same' || negatesNear((change.kind === 'removed' ? before : after).text, [edgeWord, ...run])) return false
    }
    if (change.kind === 'removed') beforeIndex += change.tokens.length
    else afterIndex += change.tokens.length
  }
  return hasElision && shared >= minOverlapWords
}

/** Whether a negation is among the first `negationReach` tokens after `tokens[0]` (the middle's edge), before a sentence ends. */
function negatesNear(text: string, tokens: readonly Token[]): boolean {
  for (let index = 1; index <= negationReach && index < tokens.length; index++) {
    const [near, far] = [tokens[index - 1], tokens[index]].sort((one, other) => one.start - other.start)
    if (/[.!?;]/.test(text.slice(near.end, far.start))) return false
    if (isNegation(tokens[index])) return true
  }
  return false
}

/**
 * Whether the text shows an ellipsis around the gap before token `index`.
 * The diff may place a gap a word off when a word repeats (`proud . . . of`
 * against `proud of you and of`), so the word on each side is included.
 */
function hasEllipsisNear(worded: WordedText, index: number): boolean {
  const from = worded.tokens[index - 2]?.end ?? 0
  const to = worded.tokens[index + 1]?.start ?? worded.text.length
  return ellipsis.test(worded.text.slice(from, to))
}

/**
 * The regions of `comparison` inside the stretch both wordings quote: without
 * the words only one of them has before the first word they share or after
 * the last (a fuller quote's own start and end, which a shorter one did not
 * get wrong, nor the fuller one).
 */
export function innerRegions(comparison: WordComparison): WordComparison['regions'] {
  const { changes, regions } = comparison
  // Each region is one run of changes between kept words, in order.
  const runs: Array<{ first: number; last: number }> = []
  for (let index = 0; index < changes.length; index++) {
    if (changes[index].kind === 'same') continue
    const first = index
    while (index + 1 < changes.length && changes[index + 1].kind !== 'same') index++
    runs.push({ first, last: index })
  }
  const isOneSided = ({ first, last }: { first: number; last: number }) => new Set(changes.slice(first, last + 1).map((change) => change.kind)).size === 1
  return regions.filter((_, at) => {
    const run = runs[at]
    const isEdge = run.first === 0 || run.last === changes.length - 1
    return !(isEdge && isOneSided(run))
  })
}

function changedRegions(changes: readonly TokenChange[], before: WordedText, after: WordedText): WordComparison['regions'] {
  const regions: WordComparison['regions'] = []
  // A joined word whole (`work force`) is one word of context.
  const word = (change: TokenChange | undefined, side: 'before' | 'after') => (change?.isCompound || change?.isContraction ? sideLength(change, side) : 1)
  let beforeIndex = 0
  let afterIndex = 0
  for (let index = 0; index < changes.length; ) {
    if (changes[index].kind === 'same') {
      beforeIndex += sideLength(changes[index], 'before')
      afterIndex += sideLength(changes[index], 'after')
      index++
      continue
    }
    // A run of edits between kept words is one change: `coming in January` / `that will come into Washington in January`.
    const first = index
    const range = { beforeStart: beforeIndex, beforeEnd: beforeIndex, afterStart: afterIndex, afterEnd: afterIndex }
    for (; index < changes.length && changes[index].kind !== 'same'; index++) {
      range.beforeEnd += sideLength(changes[index], 'before')
      range.afterEnd += sideLength(changes[index], 'after')
    }
    beforeIndex = range.beforeEnd
    afterIndex = range.afterEnd
    if (range.beforeStart === range.beforeEnd || range.afterStart === range.afterEnd) {
      // A pure insertion or deletion reads better with the word around it.
      const [previous, next] = [changes[first - 1], changes[index]]
      range.beforeStart = Math.max(0, range.beforeStart - word(previous, 'before'))
      range.beforeEnd = Math.min(before.tokens.length, range.beforeEnd + word(next, 'before'))
      range.afterStart = Math.max(0, range.afterStart - word(previous, 'after'))
      range.afterEnd = Math.min(after.tokens.length, range.afterEnd + word(next, 'after'))
    }
    regions.push({ before: sliceTokens(before, range.beforeStart, range.beforeEnd), after: sliceTokens(after, range.afterStart, range.afterEnd) })
  }
  return regions
}

/** The tokens from `start` to `end` as printed, with the words a hyphen or en dash joins them to: `22-year-old`, not `22`; `5-4`, not `4`. */
function sliceTokens(worded: WordedText, start: number, end: number): string {
  if (start >= end) return ''
  const { text, tokens } = worded
  const passage = { text, start: 0 }
  while (start > 0 && joins(passage, tokens[start - 1], tokens[start])) start--
  while (end < tokens.length && joins(passage, tokens[end - 1], tokens[end])) end++
  return text.slice(tokens[start].start, tokens[end - 1].end)
}

function cosmeticPairs(changes: readonly TokenChange[]): CosmeticPair[] {
  const pairs: CosmeticPair[] = []
  for (const change of changes) {
    // Contractions and compounds are told on their own (`contractions`, `compounds`).
    if (change.kind !== 'same' || !change.matched || change.isContraction || change.isCompound) continue
    change.tokens.forEach((token, index) => {
      const other = change.matched![index]
      if (token.text === other.text) return
      const isCensorship = [token, other].some((word) => word.isCensored || word.normal === expletivePlaceholder)
      const kind = isCensorship ? 'censorship' : 'typography'
      pairs.push({ kind, before: token, after: other })
    })
  }
  return pairs
}
