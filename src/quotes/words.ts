import type { Span } from '../types.js'

/** A word or a punctuation mark of the narration around quotes. */
export interface Word extends Span {
  text: string
  isPunctuation: boolean
}

// Abbreviations whose full stop ends no sentence.
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'prof',
  'rev', 'st', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'vs', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sept', 'sep', 'oct', 'nov', 'dec', 'pres', 'gop', 'sens', 'reps', 'messrs', 'mt', 'ft', 'ave', 'blvd', 'atty',
  'supt', 'u.s', 'u.k', 'u.n', 'd.c', 'a.m', 'p.m', 'e.g', 'i.e', 'etc',
])

const wordPattern = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-'\u2019.&](?=[\p{L}\p{N}]))*|\S/gu

/**
 * The words of `text` between `start` and `end`, with offsets. Abbreviations
 * and initials keep their full stop (`Mr.`, `E.`, `U.S.`), possessive `'s`
 * stays on its word.
 */
export function words(text: string, start: number, end: number): Word[] {
  const result: Word[] = []
  wordPattern.lastIndex = start
  const slice = text.slice(0, end)
  for (let match = wordPattern.exec(slice); match; match = wordPattern.exec(slice)) {
    const value = match[0]
    const isPunctuation = !/^[\p{L}\p{N}]/u.test(value)
    const previous = result[result.length - 1]
    if (value === '.' && previous && !previous.isPunctuation && previous.end === match.index && isAbbreviation(previous.text)) {
      previous.text += '.'
      previous.end += 1
      continue
    }
    result.push({ text: value, start: match.index, end: match.index + value.length, isPunctuation })
  }
  return result
}

/** `Mr`, `U.S`, or a single capital initial. */
export function isAbbreviation(word: string): boolean {
  return abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)
}

/** True when the word at `index` ends a sentence: `.`, `!` or `?` followed by a new start. */
export function endsSentence(list: readonly Word[], index: number, text: string): boolean {
  const word = list[index]
  if (!word.isPunctuation) return false
  // `(Even she was moved.)` ends at the parenthesis.
  const isClosingAside = word.text === ')' && /^[.!?]$/.test(list[index - 1]?.text ?? '')
  if (!isClosingAside && !/^[.!?\u2026]$/.test(word.text)) return false
  if (!isClosingAside && list[index + 1]?.text === ')' && list[index + 1].start === word.end) return false
  const following = text.slice(word.end, word.end + 3)
  return following.length === 0 || /^\s*(?:[\p{Lu}\p{N}"'\u2018\u201C([]|$)/u.test(following)
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

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

export function lower(word: string): string {
  return word.toLowerCase().replace(/\u2019/g, "'")
}
