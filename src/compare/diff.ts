import type { Token, WordChange } from '../types.js'
import { expletivePlaceholder, isProfanity } from '../pipeline/censorship.js'
import { signCharBefore } from '../pipeline/numbers.js'
import { joiningMark } from '../pipeline/data.js'
import { isSameWord, myersDiff, type CodedWords } from './myers.js'

export interface DiffOptions {
  /**
   * Give up on the exact diff beyond this many edits. A bound on work, not on
   * time, so that results never depend on the machine's speed. Default 1000.
   */
  maxEditLength?: number
}

/** A change between two token lists, keeping the tokens on each side. */
export interface TokenChange {
  kind: 'same' | 'removed' | 'added'
  /** Tokens of `before` for same and removed, of `after` for added. */
  tokens: Token[]
  /** For `same`: the matching tokens of `after`, which may be spelled differently. */
  matched?: Token[]
  /** For `same`: words contracted on one side (`we will` / `we'll`, see joinContractions); a contracted word stands for each of its words. */
  isContraction?: boolean
  /** For `same`: one word written as two or hyphenated on one side (`workforce` / `work force`, see joinContractions); padded alike. */
  isCompound?: boolean
}

// Normal forms by number, the placeholder first (see CodedWords), with whether each is a profanity
// (cached: isProfanity per word of every diff would cost more than the diff); and each token list
// coded once, since one list meets many others. The table only grows: lists coded earlier keep its
// numbers, so clearing it would make unrelated words equal. It holds one entry per distinct
// normal form the process has compared, which grows far slower than the text (a vocabulary).
const wordNumbers = new Map<string, number>([[expletivePlaceholder, 0]])
const isProfaneWord = [isProfanity(expletivePlaceholder)]
const codedLists = new WeakMap<readonly Token[], CodedList>()

/** A token list's coded words, with their numbers in ascending order once asked for (its words as a multiset). */
interface CodedList extends CodedWords {
  sorted: Int32Array | undefined
}

/** A token list's words coded for comparison by number (see CodedWords). */
export function codedWords(tokens: readonly Token[]): CodedList {
  let words = codedLists.get(tokens)
  if (!words) {
    const ids = new Int32Array(tokens.length)
    const wild = new Uint8Array(tokens.length)
    // A loop, not a callback per token: every token of every compared list passes here.
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      let id = wordNumbers.get(token.normal)
      if (id === undefined) {
        wordNumbers.set(token.normal, (id = wordNumbers.size))
        isProfaneWord.push(isProfanity(token.normal))
      }
      ids[index] = id
      wild[index] = token.isCensored || isProfaneWord[id] ? 1 : 0
    }
    // `sorted` from the start: added later, it gave coded lists a second shape, and the diff's compiled code (myersDiff, isSameWord) was thrown away when it came.
    words = { ids, wild, sorted: undefined }
    codedLists.set(tokens, words)
  }
  return words
}

/**
 * The one word-level diff of crosscheck: jsdiff's algorithm over tokens,
 * words compared by normal form (typography, case, censorship, number format
 * folded; see isSameWord in myers.ts). Past
 * `maxEditLength` edits a cheap diff that keeps the common prefix and suffix
 * stands in.
 */
export function diffTokens(before: readonly Token[], after: readonly Token[], options: Readonly<DiffOptions> = {}): TokenChange[] {
  const runs = myersDiff(codedWords(before), codedWords(after), options.maxEditLength ?? 1000)
  if (!runs) return prefixSuffixDiff(before, after)
  // Words only left out (or only added) in several places may also be one side standing whole inside the other,
  // as many edits: `We will not stop now` out of `We did everything we could. We will not stop now`, which Myers
  // may align at the first `We`. That is a cut, and shown as one.
  let sameRuns = 0
  for (let run = 0; run < runs.length; run++) if (runs[run].kind === 'same') sameRuns++
  if (sameRuns > 1 && before.length !== after.length) {
    const isOneKindOfEdit = runs.every((run) => run.kind !== (before.length > after.length ? 'added' : 'removed'))
    const cut = isOneKindOfEdit ? contiguousCut(before, after) : undefined
    if (cut) return cut
  }

  const result: TokenChange[] = []
  let beforeIndex = 0
  let afterIndex = 0
  for (let run = 0; run < runs.length; run++) {
    const { kind, count } = runs[run]
    if (kind === 'added') {
      result.push({ kind: 'added', tokens: after.slice(afterIndex, afterIndex + count) })
      afterIndex += count
    } else if (kind === 'removed') {
      result.push({ kind: 'removed', tokens: before.slice(beforeIndex, beforeIndex + count) })
      beforeIndex += count
    } else {
      result.push({
        kind: 'same',
        tokens: before.slice(beforeIndex, beforeIndex + count),
        matched: after.slice(afterIndex, afterIndex + count),
      })
      beforeIndex += count
      afterIndex += count
    }
  }
  return result
}

/** The shorter list as one run inside the longer (its first place), with what the longer has around it; or undefined. */
function contiguousCut(before: readonly Token[], after: readonly Token[]): TokenChange[] | undefined {
  const isBeforeLonger = before.length > after.length
  const [longer, shorter] = isBeforeLonger ? [before, after] : [after, before]
  const [longerWords, shorterWords] = [codedWords(longer), codedWords(shorter)]
  outer: for (let start = 0; start + shorter.length <= longer.length; start++) {
    for (let offset = 0; offset < shorter.length; offset++) {
      const isSame = isBeforeLonger ? isSameWord(longerWords, start + offset, shorterWords, offset) : isSameWord(shorterWords, offset, longerWords, start + offset)
      if (!isSame) continue outer
    }
    const edit = isBeforeLonger ? 'removed' : 'added'
    const inside = longer.slice(start, start + shorter.length)
    const result: TokenChange[] = []
    if (start > 0) result.push({ kind: edit, tokens: longer.slice(0, start) })
    result.push(isBeforeLonger ? { kind: 'same', tokens: inside, matched: [...shorter] } : { kind: 'same', tokens: [...shorter], matched: inside })
    if (start + shorter.length < longer.length) result.push({ kind: edit, tokens: longer.slice(start + shorter.length) })
    return result
  }
  return undefined
}

function prefixSuffixDiff(before: readonly Token[], after: readonly Token[]): TokenChange[] {
  const [beforeWords, afterWords] = [codedWords(before), codedWords(after)]
  let prefix = 0
  while (prefix < before.length && prefix < after.length && isSameWord(beforeWords, prefix, afterWords, prefix)) prefix++
  let suffix = 0
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    isSameWord(beforeWords, before.length - 1 - suffix, afterWords, after.length - 1 - suffix)
  ) {
    suffix++
  }
  const result: TokenChange[] = []
  if (prefix > 0) result.push({ kind: 'same', tokens: before.slice(0, prefix), matched: after.slice(0, prefix) })
  if (before.length - suffix > prefix) result.push({ kind: 'removed', tokens: before.slice(prefix, before.length - suffix) })
  if (after.length - suffix > prefix) result.push({ kind: 'added', tokens: after.slice(prefix, after.length - suffix) })
  if (suffix > 0) {
    result.push({ kind: 'same', tokens: before.slice(before.length - suffix), matched: after.slice(after.length - suffix) })
  }
  return result
}

/** A stretch of a source's body: `text` starts at body offset `start`. */
export interface Passage {
  text: string
  start: number
  /** The first word of each part after the first, when the passage is a split quote's parts joined: each opens a quote. */
  partOpenings?: ReadonlySet<Token>
}

/**
 * Word changes for display: runs of kept, removed and added words exactly as
 * printed, punctuation between the words included. Kept runs are shown as
 * `after` prints them; removed runs come from `before`, added ones from `after`.
 */
export function toWordChanges(changes: readonly TokenChange[], before: Passage, after: Passage): WordChange[] {
  const wordChanges: WordChange[] = []
  // The last change shown from each side and where its words end: punctuation between two runs of one side
  // (`1,000. If`) goes with the run before it, as printed, instead of falling out between them.
  let lastBefore: { change: WordChange; end: number } | undefined
  let lastAfter: { change: WordChange; end: number } | undefined
  for (const change of withCountsWhole(changes, before, after)) {
    if (change.tokens.length === 0) continue
    const tokens = change.kind === 'same' ? change.matched ?? change.tokens : change.tokens
    const passage = change.kind === 'removed' ? before : after
    const wordChange: WordChange = { kind: change.kind, text: slicePassage(passage, tokens) }
    // Marks between two runs of one side: those that close go with the run before (`said,`), an opening one after a
    // space with the run after, when it is that side's own (`‘Baby`).
    if (change.kind !== 'added') {
      // A kept run is shown as the member spells it: the reference's punctuation goes only to removed runs.
      if (lastBefore) {
        const { closing, opening } = punctuationBetween(before, lastBefore.end, change.tokens[0].start)
        if (lastBefore.change.kind === 'removed') lastBefore.change.text += closing
        if (change.kind === 'removed') wordChange.text = opening + wordChange.text
      }
      lastBefore = { change: wordChange, end: change.tokens[change.tokens.length - 1].end }
    }
    if (change.kind !== 'removed') {
      if (lastAfter) {
        const { closing, opening } = punctuationBetween(after, lastAfter.end, tokens[0].start)
        lastAfter.change.text += closing
        wordChange.text = opening + wordChange.text
      }
      lastAfter = { change: wordChange, end: tokens[tokens.length - 1].end }
    }
    wordChanges.push(wordChange)
  }
  return wordChanges
}

/** A kept word pair, an edit's word, or a kept run left as it is (a contraction or compound, never taken apart). */
interface ShownItem {
  kind: TokenChange['kind']
  before?: Token
  after?: Token
  whole?: TokenChange
}

/**
 * The changes to show, with the kept words a hyphen or en dash joins to a changed word moved into the changed runs,
 * each side as printed: `22-year-old` / `23-year-old`, `10-year` / `10-month`, `134-to-63` / `135-to-63`, `the
 * sharpest 12-month` / `rose last month`, `40 to 60-hour` / `40-60 hours`; not a dangling `22-` or `134-to-` beside kept
 * words (figure-compounds and figure-ranges part counts and scores, and the diff may match their parts alone). A kept
 * word joins when it is joined to a changed word or to a kept word that joins, on either side, or to a kept word
 * across an edit of the other side. The changes for the verdict stay as the diff made them.
 */
function withCountsWhole(changes: readonly TokenChange[], before: Passage, after: Passage): TokenChange[] {
  const items: ShownItem[] = []
  for (const change of changes) {
    if (change.kind === 'same' && (change.isContraction || change.isCompound)) items.push({ kind: 'same', whole: change })
    else if (change.kind === 'same') change.tokens.forEach((token, index) => items.push({ kind: 'same', before: token, after: (change.matched ?? change.tokens)[index] }))
    else for (const token of change.tokens) items.push(change.kind === 'removed' ? { kind: 'removed', before: token } : { kind: 'added', after: token })
  }
  const taken = new Uint8Array(items.length)
  const isOpen = (index: number) => items[index].kind !== 'same' || taken[index] === 1
  // The nearest item before or after `index` with a word on `side`, or -1 (a whole kept run stops the search).
  const neighbour = (index: number, side: 'before' | 'after', step: number) => {
    for (let at = index + step; at >= 0 && at < items.length; at += step) if (items[at][side] !== undefined || items[at].whole) return items[at].whole ? -1 : at
    return -1
  }
  // Until nothing more joins: chains (`134-to-63`) take one word a pass.
  for (let isGrowing = true; isGrowing; ) {
    isGrowing = false
    for (let index = 0; index < items.length; index++) {
      if (isOpen(index) || items[index].whole) continue
      for (const side of ['before', 'after'] as const) {
        for (const step of [-1, 1]) {
          const other = neighbour(index, side, step)
          if (other < 0) continue
          const [first, second] = step < 0 ? [items[other][side], items[index][side]] : [items[index][side], items[other][side]]
          // Next to it on this side, or across words only the other side has (`40 to 60` / `40-60`).
          if (!joins(side === 'before' ? before : after, first, second) || !(isOpen(other) || Math.abs(other - index) > 1)) continue
          taken[index] = 1
          taken[other] = 1
          isGrowing = true
        }
      }
    }
  }

  const shown: TokenChange[] = []
  let kept: { before: Token[]; after: Token[] } | undefined
  let edit: { before: Token[]; after: Token[]; last: ShownItem; size: number } | undefined
  const closeKept = () => {
    if (kept) shown.push({ kind: 'same', tokens: kept.before, matched: kept.after })
    kept = undefined
  }
  const closeEdit = () => {
    if (edit && edit.before.length > 0) shown.push({ kind: 'removed', tokens: edit.before })
    if (edit && edit.after.length > 0) shown.push({ kind: 'added', tokens: edit.after })
    edit = undefined
  }
  items.forEach((item, index) => {
    if (item.whole) {
      closeEdit()
      closeKept()
      shown.push(item.whole)
    } else if (!isOpen(index)) {
      closeEdit()
      kept ??= { before: [], after: [] }
      kept.before.push(item.before!)
      kept.after.push(item.after!)
    } else {
      closeKept()
      // A taken word that joined the words before it ends their edit unless it joins the next changed word too:
      // `22-year-old man` / `23-year-old woman` is two edits.
      const last = edit?.last
      const endsEdit = edit !== undefined && edit.size > 1 && last!.kind === 'same' && item.kind !== 'same' &&
        !joins(before, last!.before, item.before) && !joins(after, last!.after, item.after)
      if (endsEdit) closeEdit()
      edit ??= { before: [], after: [], last: item, size: 0 }
      if (item.before) edit.before.push(item.before)
      if (item.after) edit.after.push(item.after)
      edit.last = item
      edit.size++
    }
  })
  closeEdit()
  closeKept()
  return shown
}

/** Whether only a hyphen or an en dash stands between two words of a passage (`22`-`year-old`, `5`–`4`); false when either is missing. */
export function joins(passage: Passage, first: Token | undefined, second: Token | undefined): boolean {
  if (first === undefined || second === undefined) return false
  const [from, to] = [first.end - passage.start, second.start - passage.start]
  return from >= 0 && to <= passage.text.length && to - from === 1 && joiningMark.test(passage.text[from])
}

/** The marks between two words of a passage (`.`, `,"`), or nothing when there are none or more than marks. */
function punctuationBetween(passage: Passage, from: number, to: number): { closing: string; opening: string } {
  const gap = passage.text.slice(from - passage.start, to - passage.start)
  // (`says: ‘Momma`: a colon that closes, a space, a mark that opens.)
  // (Only quote marks and brackets open: a currency sign or minus is the figure's own, see slicePassage.)
  const marks = /^([^\p{L}\p{N}\s]{0,3})(?:\s+([‘“'"(\[{«]{1,2}))?\s*$/u.exec(gap)
  return { closing: marks?.[1] ?? '', opening: marks?.[2] ?? '' }
}

/** The tokens' stretch as printed in the passage (their words joined when they lie outside it). */
export function slicePassage(passage: Passage, tokens: readonly Token[]): string {
  let start = tokens[0].start - passage.start
  const end = tokens[tokens.length - 1].end - passage.start
  if (start < 0 || end > passage.text.length) return tokens.map((token) => token.text).join(' ')
  // The parser leaves a figure's currency sign or minus out of its word: `$42.5 million`, `-20`, not `42.5 million`, `20`.
  if (/^\d/.test(tokens[0].text) && signCharBefore(passage.text, start) !== '') start--
  return passage.text.slice(start, end)
}

/** How many words of one side a change holds: a joined contraction or compound repeats its last word (joinContractions). */
export function sideLength(change: TokenChange, side: 'before' | 'after'): number {
  if (change.kind !== 'same') return (change.kind === 'removed') === (side === 'before') ? change.tokens.length : 0
  const tokens = side === 'before' ? change.tokens : change.matched ?? change.tokens
  return change.isContraction || change.isCompound ? new Set(tokens).size : tokens.length
}

/** Number of tokens both sides share. */
export function sharedCount(changes: readonly TokenChange[]): number {
  let count = 0
  for (const change of changes) if (change.kind === 'same') count += sideLength(change, 'before')
  return count
}

/** The fewest shared words that make `shared / length >= share`, computed in floating point as that test is. */
export function smallestShareCount(share: number, length: number): number {
  let count = Math.max(0, Math.floor(share * length) - 1)
  while (count / length < share) count++
  return count
}

/**
 * At most how many words any alignment of `a` and `b` can share: the normal
 * forms both hold (as multisets), plus every `(expletive)`, which may stand
 * for any profanity on the other side.
 * Lets callers skip a diff that cannot reach a threshold: given `atLeast`, it
 * stops with some number below it as soon as the bound cannot reach it
 * (most pairs fail after a few words).
 */
export function sharedWordBound(a: readonly Token[], b: readonly Token[], atLeast = 0): number {
  return sortedWordBound(sortedWordsOf(a), sortedWordsOf(b), atLeast)
}

/** A token list's word numbers in ascending order, its words as a multiset: what sharedWordBound compares. */
export function sortedWordsOf(tokens: readonly Token[]): Int32Array {
  const words = codedWords(tokens)
  return (words.sorted ??= words.ids.slice().sort())
}

/** sharedWordBound of two lists given by sortedWordsOf, for callers that hold them. */
export function sortedWordBound(left: Int32Array, right: Int32Array, atLeast = 0): number {
  // The placeholder is word 0: each list's sorted words start with its placeholders.
  let bound = 0
  let leftIndex = 0
  let rightIndex = 0
  while (leftIndex < left.length && left[leftIndex] === 0) leftIndex++
  while (rightIndex < right.length && right[rightIndex] === 0) rightIndex++
  bound += leftIndex + rightIndex
  while (leftIndex < left.length && rightIndex < right.length) {
    if (left[leftIndex] < right[rightIndex]) leftIndex++
    else if (left[leftIndex] > right[rightIndex]) rightIndex++
    else {
      bound++
      leftIndex++
      rightIndex++
      continue
    }
    if (bound + Math.min(left.length - leftIndex, right.length - rightIndex) < atLeast) return bound
  }
  return bound
}
