import type { Source } from '../types.js'

export interface EventTitleOptions {
  /** How many names the title lists (default 4). */
  maxNames?: number
}

interface Candidate {
  phrase: string
  words: string[]
  sources: number
  count: number
  first: number
}

/** Runs of capitalized words: `Lady Gaga`, `Oscars`, `A Star Is Born`. */
const capitalizedRun = /\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-’'][\p{L}\p{N}]+)*(?: \p{Lu}[\p{L}\p{M}\p{N}]*(?:[-’'][\p{L}\p{N}]+)*)*/gu
const lowercaseWord = /\b\p{Ll}[\p{L}\p{M}\p{N}]*/gu

/**
 * Name the event by the names the sources share most: capitalized phrases
 * found in the most sources, then the most often. A capitalized word that
 * also appears in lower case (`The`, `After`) is only a sentence start;
 * `I`, weekdays and months are never names.
 * A shorter name gives way to a longer one as widely shared (`Gaga` to
 * `Lady Gaga`). Returns null when the sources share no name.
 */
export function eventTitle(sources: readonly Source[], options: Readonly<EventTitleOptions> = {}): string | null {
  const maxNames = options.maxNames ?? 4
  const lowercase = new Set(sources.flatMap((source) => source.body.match(lowercaseWord) ?? []))
  const byPhrase = new Map<string, Candidate>()
  let position = 0

  sources.forEach((source) => {
    const seen = new Set<string>()
    for (const match of source.body.matchAll(capitalizedRun)) {
      const words = trimCommonWords(match[0].replace(/['’]s$/u, '').split(' '), lowercase)
      if (words.length === 0) continue
      const phrase = words.join(' ')
      const candidate = byPhrase.get(phrase) ?? { phrase, words, sources: 0, count: 0, first: position++ }
      candidate.count++
      if (!seen.has(phrase)) candidate.sources++
      seen.add(phrase)
      byPhrase.set(phrase, candidate)
    }
  })

  const minimumSources = Math.min(2, sources.length)
  const ranked = [...byPhrase.values()]
    .filter((candidate) => candidate.sources >= minimumSources)
    .sort((a, b) => b.sources - a.sources || b.count - a.count || a.first - b.first)

  const chosen: Candidate[] = []
  for (const candidate of ranked) {
    const overlapping = chosen.findIndex((other) => containsWords(other.words, candidate.words) || containsWords(candidate.words, other.words))
    if (overlapping === -1) {
      if (chosen.length < maxNames) chosen.push(candidate)
    } else if (candidate.words.length > chosen[overlapping].words.length && candidate.sources >= chosen[overlapping].sources) {
      chosen[overlapping] = candidate
    }
  }
  return chosen.length === 0 ? null : chosen.map((candidate) => candidate.phrase).join(', ')
}

const calendarWords = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i

/** `I`, `I’m`, one-letter words and calendar words are capitalized but name no part of the event. */
function isNameWord(word: string): boolean {
  return word.length > 1 && !/^I['’]/u.test(word) && !calendarWords.test(word)
}

/** Drop leading and trailing words that name nothing or that the sources also write in lower case (`A`, `The`). */
function trimCommonWords(words: string[], lowercase: ReadonlySet<string>): string[] {
  const isCommon = (word: string) => !isNameWord(word) || lowercase.has(word.toLowerCase())
  let start = 0
  let end = words.length
  while (start < end && isCommon(words[start])) start++
  while (end > start && isCommon(words[end - 1])) end--
  return words.slice(start, end)
}

function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, index) => outer[start + index] === word)) return true
  }
  return false
}
