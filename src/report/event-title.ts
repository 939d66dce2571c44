import { eng as englishStopwords } from 'stopword'
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

const nameWord = String.raw`\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-’'][\p{L}\p{N}]+)*`
/** Runs of capitalized words: `Lady Gaga`, `Oscars`, `A Star Is Born`, `St. Louis`, `Donald J. Trump`. */
const capitalizedRun = new RegExp(String.raw`(?:St\. )?${nameWord}(?: (?:\p{Lu}\. |St\. )?${nameWord})*`, 'gu')
const lowercaseWord = /\b\p{Ll}[\p{L}\p{M}\p{N}]*/gu
// The text before a word that starts a sentence (or a quote), where a capital says nothing; not the full stop of a
// title or an initial (`Rep. Nancy Pelosi`, `J. Smith`).
const beforeSentenceStart = /(?:^|(?<!\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Pres|St|Jr|Sr|\p{Lu}))[.!?:]["'”’)]*\s+|\n\s*|["“]\s*)$/u

/**
 * Name the event by the names the sources share most: capitalized phrases
 * found in the most sources, then the most often. Function words (`The`,
 * `After`), titles (`Mr`, `Gov`) and calendar words are no part of a name;
 * a word that starts a sentence is one only when the sources also capitalize
 * it elsewhere and never write it in lower case (not `However`, `While`), and
 * a word inside a name is kept (`New Jersey`, `Supreme Court`).
 * A shorter name gives way to a longer one as widely shared (`Gaga` to
 * `Lady Gaga`). Returns null when the sources share no name.
 */
export function eventTitle(sources: readonly Source[], options: Readonly<EventTitleOptions> = {}): string | null {
  const maxNames = options.maxNames ?? 4
  const lowercase = new Set(sources.flatMap((source) => source.body.match(lowercaseWord) ?? []))
  const runs = sources.map((source) =>
    [...source.body.matchAll(capitalizedRun)].map((match) => ({
      words: match[0].replace(/['’]s$/u, '').split(' '),
      // (A name that is all of a quote is a title: `the song "Shallow"`.)
      startsSentence:
        beforeSentenceStart.test(source.body.slice(Math.max(0, match.index - 12), match.index)) &&
        !(/["“]\s*$/u.test(source.body.slice(Math.max(0, match.index - 2), match.index)) && /^[,.!?]?["”]/u.test(source.body.slice(match.index + match[0].length))),
    })),
  )
  // Words the sources capitalize where a capital means a name.
  const capitalizedInside = new Set(runs.flat().flatMap((run) => (run.startsSentence ? run.words.slice(1) : run.words)))
  const isCommon = (word: string, startsSentence: boolean) => {
    const lower = word.toLowerCase()
    return !isNameWord(word) || functionWords.has(lower) || (startsSentence && (lowercase.has(lower) || !capitalizedInside.has(word)))
  }

  const byPhrase = new Map<string, Candidate>()
  let position = 0
  for (const sourceRuns of runs) {
    const seen = new Set<string>()
    for (const run of sourceRuns) {
      const words = trimCommonWords(run.words, run.startsSentence, isCommon)
      if (words.length === 0) continue
      const phrase = words.join(' ')
      const candidate = byPhrase.get(phrase) ?? { phrase, words, sources: 0, count: 0, first: position++ }
      candidate.count++
      if (!seen.has(phrase)) candidate.sources++
      seen.add(phrase)
      byPhrase.set(phrase, candidate)
    }
  }

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

const calendarWords = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i
// Titles name a rank, not the person: `Mr. Obama` is `Obama`, `RNC Chairman Michael Steele` is `Michael Steele`.
const titleWords = /^(?:mr|mrs|ms|dr|gov|sen|rep|gen|lt|col|sgt|capt|prof|rev|pres|jr|sr|president|vice|judge|sheriff|chairman|chairwoman|congressman|congresswoman|senator|representative|governor|mayor|leader|speaker|secretary|minister|director|spokesman|spokeswoman|commissioner|ambassador|candidate|nominee)$/i
const functionWords = new Set(englishStopwords)

/** `I`, `I’m`, one-letter words, calendar words and titles are capitalized but name no part of the event. */
function isNameWord(word: string): boolean {
  return word.length > 1 && !/^I['’]/u.test(word) && !calendarWords.test(word) && !titleWords.test(word)
}

/** The name after the last title (`RNC Chairman Michael Steele`), less the words at either end that name nothing (`The`, a sentence's `However`). */
function trimCommonWords(words: readonly string[], startsSentence: boolean, isCommon: (word: string, startsSentence: boolean) => boolean): string[] {
  let start = 0
  let end = words.length
  for (let index = end - 2; index >= 0; index--) {
    if (!titleWords.test(words[index])) continue
    start = index + 1
    startsSentence = false
    break
  }
  while (start < end && isCommon(words[start], startsSentence && start === 0)) start++
  while (end > start && isCommon(words[end - 1], false)) end--
  return words.slice(start, end)
}

function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, index) => outer[start + index] === word)) return true
  }
  return false
}
