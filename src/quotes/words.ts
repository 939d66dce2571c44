import type { Span } from '../types.js'

/** A word or a punctuation mark of the narration around quotes. */
export interface Word extends Span {
  text: string
  /**
   * `lower(text)`, kept because the word is compared in lower case again and
   * again; it differs from `text.toLowerCase()` only in apostrophes, so word
   * lists without apostrophes (verbs, particles, abbreviations) read it as is.
   */
  lower: string
  isPunctuation: boolean
}

// Abbreviations whose full stop ends no sentence.
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'prof',
  'rev', 'st', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'vs', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sept', 'sep', 'oct', 'nov', 'dec', 'pres', 'gop', 'sens', 'reps', 'messrs', 'mt', 'ft', 'ave', 'blvd', 'atty',
  'supt', 'u.s', 'u.k', 'u.n', 'd.c', 'a.m', 'p.m', 'e.g', 'i.e', 'etc',
])

/**
 * The words of `text` between `start` and `end`, with offsets. Abbreviations
 * and initials keep their full stop (`Mr.`, `E.`, `U.S.`), possessive `'s`
 * stays on its word.
 *
 * A word is what `/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-'\u2019.&](?=[\p{L}\p{N}]))*|\S/gu`
 * matches, read by hand: the regular expression took more time than the rest
 * of the quote extraction's passes over the words.
 */
export function words(text: string, start: number, end: number): Word[] {
  const result: Word[] = []
  let at = start
  while (at < end) {
    const first = codePointAt(text, at, end)
    const kind = kindOf(first)
    if (kind & space) {
      at++
      continue
    }
    const wordStart = at
    at += first > 0xffff ? 2 : 1
    const isPunctuation = (kind & letterOrDigit) === 0
    // Most words are lower-case ASCII: seen while scanning, they need no `lower`.
    let mayFold = first >= 128 || (first >= 65 && first <= 90)
    if (!isPunctuation) {
      while (at < end) {
        const next = codePointAt(text, at, end)
        if (kindOf(next) & (letterOrDigit | mark)) at += next > 0xffff ? 2 : 1
        else if (isJoiner(next) && at + 1 < end && kindOf(codePointAt(text, at + 1, end)) & letterOrDigit) at++
        else break
        if (next >= 128 || (next >= 65 && next <= 90)) mayFold = true
      }
    }
    const value = text.slice(wordStart, at)
    const previous = result[result.length - 1]
    if (value === '.' && previous && !previous.isPunctuation && previous.end === wordStart && isAbbreviation(previous)) {
      previous.text += '.'
      previous.lower += '.'
      previous.end += 1
      continue
    }
    result.push({ text: value, lower: mayFold ? lower(value) : value, start: wordStart, end: at, isPunctuation })
  }
  return result
}

const letterOrDigit = 1
const mark = 2
const space = 4
// Kinds of the characters outside ASCII met so far, by code point.
const kinds = new Map<number, number>()

/** Letter or digit (`\p{L}`, `\p{N}`), mark (`\p{M}`), white space (`\s`), or none of them (0). */
function kindOf(code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return letterOrDigit
    return code === 32 || (code >= 9 && code <= 13) ? space : 0
  }
  let kind = kinds.get(code)
  if (kind === undefined) {
    const char = String.fromCodePoint(code)
    kind = /[\p{L}\p{N}]/u.test(char) ? letterOrDigit : /\p{M}/u.test(char) ? mark : /\s/u.test(char) ? space : 0
    kinds.set(code, kind)
  }
  return kind
}

/** `-`, `'`, `’`, `.` and `&` join letters into one word (`well-known`, `don’t`, `U.S`, `AT&T`). */
function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 46 || code === 38
}

/** The code point at `index`, a surrogate pair read whole unless `end` cuts it. */
function codePointAt(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
    const low = text.charCodeAt(index + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  }
  return code
}

/**
 * `Mr`, `U.S`, or a single capital initial. The patterns are asked only of
 * words short enough or with a full stop, as this runs before every
 * sentence's full stop.
 */
function isAbbreviation(word: Word): boolean {
  if (abbreviations.has(word.lower)) return true
  const text = word.text
  return (text.length <= 2 && /^\p{Lu}$/u.test(text)) || (text.includes('.') && /^(\p{L}\.)+\p{L}$/u.test(text))
}

/** True when the word at `index` ends a sentence: `.`, `!` or `?` followed by a new start. */
export function endsSentence(list: readonly Word[], index: number, text: string): boolean {
  const word = list[index]
  if (!word.isPunctuation) return false
  // `(Even she was moved.)` ends at the parenthesis.
  const isClosingAside = word.text === ')' && isFullStop(list[index - 1]?.text)
  if (!isClosingAside && !isFullStop(word.text) && word.text !== '\u2026') return false
  if (!isClosingAside && list[index + 1]?.text === ')' && list[index + 1].start === word.end) return false
  const following = text.slice(word.end, word.end + 3)
  return following.length === 0 || /^\s*(?:[\p{Lu}\p{N}"'\u2018\u201C([]|$)/u.test(following)
}

/** `.`, `!` or `?`. */
function isFullStop(text: string | undefined): boolean {
  return text === '.' || text === '!' || text === '?'
}

/** Split words into sentences (index ranges, end exclusive). */
export function sentenceRanges(list: readonly Word[], text: string): Span[] {
  const ranges: Span[] = []
  let start = 0
  for (let index = 0; index < list.length; index++) {
    if (endsSentence(list, index, text)) {
      ranges.push({ start, end: index + 1 })
      start = index + 1
    }
  }
  if (start < list.length) ranges.push({ start, end: list.length })
  return ranges
}

/** True when `text` has a line break between `start` and `end`, read without slicing. */
export function hasNewline(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 10) return true
  return false
}

export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0)
  // ASCII is decided without the Unicode property regex.
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(word)
}

export function lower(word: string): string {
  const folded = word.toLowerCase()
  return folded.includes('\u2019') ? folded.replace(/\u2019/g, "'") : folded
}

/**
 * The first word (or span) of `list` that starts at or after `offset` (the list's length when none does):
 * partitionPoint's search written out, without a call per step, as the quote stage asks it for every quote, name and
 * paragraph.
 */
export function firstAtOrAfter(list: ReadonlyArray<{ readonly start: number }>, offset: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle].start < offset) low = middle + 1
    else high = middle
  }
  return low
}

const calendarWords = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i

/** A weekday or a month written out: capitalized, and no name (`that Sunday`, `In March`). */
export function isCalendarWord(word: string): boolean {
  return calendarWords.test(word)
}
