import type { Code, Paragraph, PhrasingContent } from 'mdast'
import type { Difference, Group, WordChange } from '../types.js'
import { excerpt, excerptFromEnd, oneLine, paragraph, strong, text } from './nodes.js'

type Kind = WordChange['kind']

interface Segment {
  kind: Kind
  text: string
}

/** Above this share of changed words an inline diff is mostly markup: show the two lines instead. */
const inlineLimit = 0.5

export interface PhrasingOptions {
  /** Cut removed and added runs to this many characters (default: never), for table cells. */
  maxRunLength?: number
}

/**
 * The changes as running text: removed words struck through, added words
 * in bold. Accepts both word tokens (`so`, `fucking`) and diff runs
 * that carry their own spaces (`I’m so `, `fucking`).
 */
export function changesToPhrasing(changes: readonly WordChange[], options: Readonly<PhrasingOptions> = {}): PhrasingContent[] {
  const segments = mergeSegments(spaced(changes))
  trimEnds(segments)
  // A cut end (one side's words alone before the first kept word or after the last) is shown short: the words left out
  // are the reference's, printed above.
  const isCutEnd = (at: number) => (at === 0 && segments[1]?.kind === 'same') || (at === segments.length - 1 && segments[at - 1]?.kind === 'same')
  const shorten = (value: string, at: number) => {
    if (!isCutEnd(at)) return options.maxRunLength === undefined ? value : excerpt(value, options.maxRunLength)
    const max = Math.min(options.maxRunLength ?? maxCutEndLength, maxCutEndLength)
    // A leading cut keeps its words next to the kept text: `…a steward of the Earth, but`.
    return at === 0 ? excerptFromEnd(value, max) : excerpt(value, max)
  }
  return segments.map((segment, at): PhrasingContent => {
    if (segment.kind === 'same') return text(segment.text)
    return segment.kind === 'removed' ? { type: 'delete', children: [text(shorten(segment.text, at))] } : strong(text(shorten(segment.text, at)))
  })
}

/** Characters of a cut end shown (`…to differentiate`, `to take that message clearly…`). */
const maxCutEndLength = 60

/**
 * True when the words are rewritten rather than edited: some removed, some
 * added, and most of them changed. Struck and bold words would then
 * alternate so often that two whole lines read better.
 */
export function isRewrite(changes: readonly WordChange[]): boolean {
  const kinds = new Set(changes.map((change) => change.kind))
  // (Words only one side has before the first kept word or after the last are a cut, not a rewording: `differentiate
  // between us and the administration coming in January` from a long remark is a cut and one edit.)
  return kinds.has('removed') && kinds.has('added') && changedShare(withoutCutEnds(changes)) > inlineLimit
}

/**
 * The changes without the words one side alone has before the first kept word or after the last, when that is a cut:
 * all of one side, and the same side at both ends (a reworded end stays, and so do ends of the two sides, which are
 * two stretches of text that meet in a few words).
 */
function withoutCutEnds(changes: readonly WordChange[]): readonly WordChange[] {
  const first = changes.findIndex((change) => change.kind === 'same')
  if (first === -1) return changes
  const last = changes.findLastIndex((change) => change.kind === 'same')
  const sideOf = (run: readonly WordChange[]) => {
    const kinds = new Set(run.map((change) => change.kind))
    return kinds.size === 0 ? 'none' : kinds.size === 1 ? [...kinds][0] : 'both'
  }
  const [leading, trailing] = [sideOf(changes.slice(0, first)), sideOf(changes.slice(last + 1))]
  if (leading === 'both' || trailing === 'both' || (leading !== 'none' && trailing !== 'none' && leading !== trailing)) return changes
  return changes.slice(first, last + 1)
}

/** The wordings as printed, for a diff block that keeps their spelling and punctuation. */
export interface Wordings {
  /** The group's reference: the side every change is made against. */
  reference: string
  /** The one member the changes are about, when only one has them. */
  other?: string
}

/**
 * An inline diff for an edit or a cut, a `diff` code block for a rewrite:
 * reference `-`, other wording `+`. The block prints the wordings as the
 * sources do when given (the other only when it has the words of the
 * changes), else the words of the changes: those spell shared words as the
 * other member does (`a hundred` for the reference's `100`), and a `-` line
 * is a quotation of the reference.
 */
export function renderChanges(changes: readonly WordChange[], wordings?: Readonly<Wordings>): Paragraph | Code {
  if (!isRewrite(changes)) return paragraph(...changesToPhrasing(changes))
  const reference = wordings ? oneLine(wordings.reference) : sideText(changes, 'removed')
  const other = wordings?.other !== undefined && hasSideWords(changes, 'added', wordings.other) ? oneLine(wordings.other) : sideText(changes, 'added')
  return { type: 'code', lang: 'diff', value: `- ${reference}\n+ ${other}` }
}

/** True when one side of the changes has the words of `value`, punctuation and case aside. */
export function hasSideWords(changes: readonly WordChange[], side: 'removed' | 'added', value: string): boolean {
  let words = sideWords.get(changes)
  if (!words) sideWords.set(changes, (words = {}))
  words[side] ??= wordsOf(sideText(changes, side))
  return words[side] === wordsOf(value)
}

// memberChanges asks about every difference for every member: each side's words are worked out once,
// or a group of many long quotes from one source takes time in the square of its size.
const sideWords = new WeakMap<readonly WordChange[], { removed?: string; added?: string }>()

/**
 * A cosmetic difference's detail (`fucking / f*cking`: the reference's
 * spelling, then the other) as a change: struck through, then in bold.
 * Null when the detail is not one such pair.
 */
export function cosmeticPair(detail: string): PhrasingContent[] | null {
  const sides = detail.split(' / ')
  if (sides.length !== 2 || sides.some((side) => side.trim() === '')) return null
  return [{ type: 'delete', children: [text(oneLine(sides[0]))] }, text(' '), strong(text(oneLine(sides[1])))]
}

/** Share of words that are not kept, counting both sides. */
export function changedShare(changes: readonly WordChange[]): number {
  let changed = 0
  let all = 0
  for (const change of changes) {
    const words = change.text.split(/\s+/).filter(Boolean).length
    all += words
    if (change.kind !== 'same') changed += words
  }
  return all === 0 ? 0 : changed / all
}

/** One side of the diff as plain text: `removed` gives the reference, `added` the other wording. */
export function sideText(changes: readonly WordChange[], side: 'removed' | 'added'): string {
  return oneLine(
    spaced(changes)
      .filter((segment) => segment.kind === 'same' || segment.kind === side)
      .map((segment) => segment.text)
      .join(''),
  )
}

/**
 * The word changes to show for one member: those of a difference naming its
 * source whose other side has the member's words (a source may quote two
 * parts of one line, each with its own changes), the one changing most
 * words when several fit. Cosmetic differences carry no changes.
 */
export function memberChanges(group: Group, memberIndex: number): WordChange[] | undefined {
  if (memberIndex === group.reference) return undefined
  const member = group.members[memberIndex]
  const candidates = group.differences.filter(
    (difference): difference is Difference & { changes: WordChange[] } =>
      difference.changes !== undefined && difference.changes.some((change) => change.kind !== 'same') && difference.sources.includes(member.source),
  )
  const fitting = candidates.filter((difference) => hasSideWords(difference.changes, 'added', member.text))
  const isOnlyMemberOfSource = group.members.filter((other) => other.source === member.source).length === 1
  const chosen = fitting.length > 0 ? fitting : isOnlyMemberOfSource ? candidates : []
  chosen.sort((a, b) => changedShare(b.changes) - changedShare(a.changes))
  return chosen[0]?.changes
}

/** Words only, lower case: changes may leave out the punctuation of the text. */
function wordsOf(value: string): string {
  let words = wordsOfText.get(value)
  if (words === undefined) {
    if (wordsOfText.size >= 10_000) wordsOfText.clear()
    words = value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    wordsOfText.set(value, words)
  }
  return words
}

// A member's text is compared with every difference of its group: its words are worked out once (bounded).
const wordsOfText = new Map<string, string>()

/** No space before the first word or after the last; an emptied run is dropped. */
function trimEnds(segments: Segment[]): void {
  const first = segments[0]
  if (first?.kind === 'same') first.text = first.text.trimStart()
  const last = segments[segments.length - 1]
  if (last?.kind === 'same') last.text = last.text.trimEnd()
  for (let index = segments.length - 1; index >= 0; index--) if (segments[index].text === '') segments.splice(index, 1)
}

const noSpaceBefore = /^(?:[.,!?;:…)\]}»]|[”’](?![\p{L}\p{N}]))/u
const noSpaceAfter = /[([{“‘«]$/u
// Runs of word tokens joined by spaces (`proud of you !`) read like prose again.
// `(?<!\s)` tries each run of spaces once, from its start: a long run is not quadratic.
// (A `’` or `”` before a letter opens a quote, as some outlets print it: `says: ’Momma`.)
const spaceBeforeClosing = /(?<!\s)\s+([.,!?;:…)\]}»]|[”’](?![\p{L}\p{N}]))/gu
const spaceAfterOpening = /([([{“‘«])\s+/gu

/** Segments with the spaces between words made explicit. */
function spaced(changes: readonly WordChange[]): Segment[] {
  const carriesSpaces = changes.some((change) => /^\s|\s$/.test(change.text))
  if (carriesSpaces) return changes.map(({ kind, text }) => ({ kind, text }))
  const segments: Segment[] = []
  let previous: Segment | undefined
  for (const change of changes) {
    const tidy = change.text.replace(spaceBeforeClosing, '$1').replace(spaceAfterOpening, '$1')
    const space = previous !== undefined && !noSpaceBefore.test(tidy) && !noSpaceAfter.test(previous.text) ? ' ' : ''
    if (previous !== undefined && previous.kind === change.kind) {
      // Words of one kind make one run, so a removed phrase is one mark, not one per word.
      previous.text += space + tidy
      continue
    }
    if (space !== '') segments.push({ kind: 'same', text: space })
    previous = { kind: change.kind, text: tidy }
    segments.push(previous)
  }
  return segments
}

/**
 * Adjacent runs of a kind merged; spaces at the edges of a removed or added
 * run moved outside it (`~~word ~~` would not parse as strikethrough); a
 * space put between a removal and the addition that replaces it.
 */
function mergeSegments(segments: readonly Segment[]): Segment[] {
  const result: Segment[] = []
  const push = (segment: Segment) => {
    if (segment.text === '') return
    const last = result[result.length - 1]
    if (last !== undefined && last.kind === segment.kind) last.text += segment.text
    else result.push({ ...segment })
  }
  for (const segment of segments) {
    const value = segment.text.replace(/\s+/g, ' ')
    if (segment.kind === 'same') {
      push({ kind: 'same', text: value })
      continue
    }
    if (value.trim() === '') {
      if (segment.kind === 'added') push({ kind: 'same', text: value })
      continue
    }
    const leading = /^\s+/.exec(value)?.[0] ?? ''
    const trailing = value.slice(value.trimEnd().length)
    const last = result[result.length - 1]
    if (leading === '' && last !== undefined && last.kind !== 'same' && last.kind !== segment.kind) push({ kind: 'same', text: ' ' })
    push({ kind: 'same', text: leading })
    push({ kind: segment.kind, text: value.trim() })
    push({ kind: 'same', text: trailing })
  }
  return result
}
