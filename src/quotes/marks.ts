import type { Span } from '../types.js'

/** A stretch of text between a pair of quote marks. */
export interface QuoteSpan extends Span {
  /** Offset of the opening mark; `start` is just after it. */
  markStart: number
  /** Offset just after the closing mark (`end` when the quote is left open). */
  markEnd: number
  kind: 'double' | 'single'
  /** Index of the enclosing span in the returned list, or null at top level. */
  parent: number | null
  /** Index of the paragraph the opening mark is in. */
  paragraph: number
  /** True when no closing mark was found: the quote runs to its paragraph's end. */
  isUnclosed: boolean
}

export interface MarkOptions {
  /**
   * Keep a quote whose paragraph ends before its closing mark (and whose
   * next paragraph does not reopen it), as running to the paragraph's end.
   * Default: true.
   */
  keepUnclosed?: boolean
}

type Kind = QuoteSpan['kind']

interface Mark {
  offset: number
  length: number
  kind: Kind
  canOpen: boolean
  canClose: boolean
}

interface Open {
  mark: Mark
  paragraph: number
  children: number[]
}

const doubleOpeners = new Set(['\u201C', '\u201E', '\u00AB'])
const doubleClosers = new Set(['\u201D', '\u00BB', '\u201F'])
const singles = /['\u2018\u2019\u201A\u2039\u203A`]/
const allMarks = /["'\u2018\u2019\u201A\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A`]/
const markPattern = new RegExp(allMarks.source, 'g')

// Elisions that start with an apostrophe: '90s, 'em, 'til, rock 'n' roll.
const elision = /^(\d\d?0?s\b|\d\d\b|em\b|til\b|cause\b|bout\b|tis\b|twas\b|n\b|round\b|nuff\b|ol\b|ya\b|sup\b)/i

/**
 * Find the quotes in `text`, paragraph by paragraph: curly and straight,
 * double and single marks, nested either way, with apostrophes told apart
 * from closing single marks. A quote left open at a paragraph's end goes on
 * into the next paragraph when that paragraph starts with an opening mark of
 * the same kind (the run-on convention), or when that paragraph closes it
 * before opening any (a paragraph break set inside a quote by mistake);
 * otherwise it cannot leak into the next paragraph.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Span[], options: Readonly<MarkOptions> = {}): QuoteSpan[] {
  const keepUnclosed = options.keepUnclosed ?? true
  const spans: QuoteSpan[] = []
  let carried: Open[] = []

  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]
    const marks = readMarks(text, paragraph)
    const stack: Open[] = carried
    carried = []
    // A run-on quote's reopening mark continues it; it opens nothing.
    if (stack.length > 0 && marks[0]?.offset === firstVisible(text, paragraph)) marks.shift()

    for (const mark of marks) {
      const closes = mark.canClose ? closableIndex(stack, mark.kind) : -1
      if (closes !== -1) {
        // Single marks opened above the closed one were apostrophes after all.
        stack.length = closes + 1
        const open = stack.pop()!
        record(spans, stack, open, mark.offset, mark.offset + mark.length, false)
      } else if (mark.canOpen) {
        stack.push({ mark, paragraph: index, children: [] })
      }
    }

    const doubleIndex = stack.findIndex((open) => open.mark.kind === 'double')
    const outer = stack[0]
    const next = paragraphs[index + 1]
    const reopens = next !== undefined && outer !== undefined && opensParagraph(text, next, outer.mark.kind)
    // A quote split by a stray paragraph break: the next paragraph closes it before opening any (`… are reserved.` /
    // `Not a Roger Stone.”`).
    if (next !== undefined && !reopens && doubleIndex !== -1 && doubleIndex === stack.length - 1 && closesFirst(text, next)) {
      carried = stack.slice(0, doubleIndex + 1)
      continue
    }
    if (reopens) {
      // Inner single marks still open at a paragraph's end were apostrophes.
      carried = stack.slice(0, Math.max(1, doubleIndex + 1))
      continue
    }
    // An unclosed single mark was an apostrophe; an unclosed double mark a missing closing one.
    if (keepUnclosed && doubleIndex !== -1) {
      const end = trimEnd(text, paragraph.start, paragraph.end)
      const open = stack[doubleIndex]
      if (end > open.mark.offset + open.mark.length) record(spans, stack.slice(0, doubleIndex), open, end, end, true)
    }
  }
  return inTextOrder(spans)
}

/** The quote marks of a paragraph, with what each can do there. */
function readMarks(text: string, paragraph: Span): Mark[] {
  const marks: Mark[] = []
  // The regular expression skips the text between marks in one native call: most characters are none.
  // It runs on the paragraph alone, so that a paragraph without marks does not search the rest of the text.
  const paragraphText = text.slice(paragraph.start, paragraph.end)
  markPattern.lastIndex = 0
  for (let found = markPattern.exec(paragraphText); found !== null; found = markPattern.exec(paragraphText)) {
    const offset = paragraph.start + found.index
    const char = found[0]
    let length = 1
    let kind: Kind = singles.test(char) ? 'single' : 'double'
    // Two single marks in a row (`''`, `‘‘`, two backticks) stand for a double mark.
    if (kind === 'single' && offset + 1 < paragraph.end && singles.test(text[offset + 1]) && text[offset + 2] !== "'" ) {
      length = 2
      kind = 'double'
    }
    const before = offset > paragraph.start ? text[offset - 1] : ' '
    const after = offset + length < paragraph.end ? text[offset + length] : ' '
    const mark = classify(text, offset, length, kind, before, after)
    if (mark) marks.push(mark)
    markPattern.lastIndex = offset + length - paragraph.start
  }
  return marks
}

function classify(text: string, offset: number, length: number, kind: Kind, before: string, after: string): Mark | undefined {
  const char = text[offset]
  const leftFlanking = !isSpace(after) && (isSpace(before) || isOpeningContext(before))
  const rightFlanking = !isSpace(before) && (isSpace(after) || isClosingContext(after))
  const mark = (canOpen: boolean, canClose: boolean): Mark => ({ offset, length, kind, canOpen, canClose })

  if (kind === 'double') {
    const pair = text.slice(offset, offset + length)
    if (doubleOpeners.has(char) || pair === '\u2018\u2018' || pair === '``') {
      // An opening mark misused as a closing one (`here,“ said`).
      return mark(!(rightFlanking && !leftFlanking), rightFlanking && !leftFlanking)
    }
    if (doubleClosers.has(char) || pair === '\u2019\u2019') {
      return mark(leftFlanking && !rightFlanking, !(leftFlanking && !rightFlanking))
    }
    // Straight marks (and `''`): by what surrounds them; between two spaces, either.
    if (isSpace(before) && isSpace(after)) return mark(true, true)
    return mark(leftFlanking, rightFlanking)
  }

  if (isWordChar(before) && isWordChar(after)) return undefined // don't, O'Malley, 6'2"
  // The second mark of rock 'n' roll.
  if (/^['\u2018\u2019]n$/i.test(text.slice(offset - 2, offset)) && isSpace(text[offset - 3] ?? ' ')) return undefined
  // '90s, 'em, 'til and the first mark of 'n' are apostrophes, whichever way they curl.
  if (leftFlanking && elision.test(text.slice(offset + 1, offset + 6))) return undefined
  if (!leftFlanking && !rightFlanking) return undefined
  return mark(leftFlanking, rightFlanking)
}

/** The stack index a closing mark of `kind` closes, or -1. */
function closableIndex(stack: readonly Open[], kind: Kind): number {
  for (let index = stack.length - 1; index >= 0; index--) {
    if (stack[index].mark.kind === kind) return index
    // A closing single mark never closes past an open double: it is an apostrophe.
    if (kind === 'single') return -1
  }
  return -1
}

function record(spans: QuoteSpan[], stack: readonly Open[], open: Open, end: number, markEnd: number, isUnclosed: boolean): void {
  const index = spans.length
  const start = open.mark.offset + open.mark.length
  spans.push({ start, end, markStart: open.mark.offset, markEnd, kind: open.mark.kind, parent: null, paragraph: open.paragraph, isUnclosed })
  for (const child of open.children) spans[child].parent = index
  const parent = stack[stack.length - 1]
  if (parent) parent.children.push(index)
}

/** Spans are recorded as they close; list them as they open, parent indices following. */
function inTextOrder(spans: readonly QuoteSpan[]): QuoteSpan[] {
  const sorted = [...spans].sort((a, b) => a.markStart - b.markStart)
  const newIndex = new Map(sorted.map((span, index) => [span, index]))
  return sorted.map((span) => ({ ...span, parent: span.parent === null ? null : newIndex.get(spans[span.parent])! }))
}

function opensParagraph(text: string, paragraph: Span, kind: Kind): boolean {
  const first = firstVisible(text, paragraph)
  const marks = readMarks(text, { start: first, end: Math.min(paragraph.end, first + 3) })
  return marks[0]?.offset === first && marks[0].kind === kind && marks[0].canOpen
}

/**
 * Whether the first double mark of a paragraph can only close a quote: not a height or a time after a figure (`5’11”`,
 * `6'2"`), nor one after a colon that brings in words of their own (`Jones was unmoved: We are not worried,” he
 * said`; not a time, `at 9:30 a.m.`, nor a colon inside the words, `money and time: that is all`).
 */
function closesFirst(text: string, paragraph: Span): boolean {
  const first = readMarks(text, paragraph).find((mark) => mark.kind === 'double')
  if (first === undefined || !first.canClose || first.canOpen || /\d/.test(text[first.offset - 1] ?? '')) return false
  return !/:\s+[\p{Lu}\d]/u.test(text.slice(paragraph.start, first.offset))
}

function firstVisible(text: string, paragraph: Span): number {
  let offset = paragraph.start
  while (offset < paragraph.end && isSpace(text[offset])) offset++
  return offset
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text[end - 1])) end--
  return end
}

function isSpace(char: string): boolean {
  return /\s/u.test(char)
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char)
}

function isOpeningContext(char: string): boolean {
  return /[([{\u2014\u2013\-/:;,]/.test(char) || allMarks.test(char)
}

function isClosingContext(char: string): boolean {
  return /[.,;:!?)\]}\u2014\u2013\-/\u2026*]/.test(char) || allMarks.test(char)
}
