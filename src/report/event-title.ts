import { eng as englishStopwords } from 'stopword'
import type { Source } from '../types.js'
import { genderOfFirstName } from '../quotes/first-names.js'
import { isCalendarWord } from '../quotes/words.js'

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
// Nouns that name a body by what it is of or for: `Bureau of Labor Statistics`, `Centers for Disease Control`.
const bodyNouns = 'Bureau|Department|Centers?|Institutes?|University|Port|Chamber|Committee|Council|Association|Society|School|College|Bank|Board|Office|Agency|Commission|Federation|League|Museum|Group|Academy|Ministry|Administration|Division|Corps'
/**
 * Runs of capitalized words: `Lady Gaga`, `Oscars`, `A Star Is Born`, `St. Louis`, `Donald J. Trump`, and a body's
 * name across `of` or `for` (`Bureau of Labor Statistics`; not `Rick Perry of Texas`).
 */
const capitalizedRun = new RegExp(
  String.raw`(?:St\. )?${nameWord}(?:(?: |(?<=\b(?:${bodyNouns})) (?:of|for) (?:the )?)(?:\p{Lu}\. |St\. )?${nameWord})*`,
  'gu',
)
const lowercaseWord = /\b\p{Ll}[\p{L}\p{M}\p{N}]*/gu
// A sentence's end before white space; not the full stop of a title or an initial (`Rep. Nancy Pelosi`, `J. Smith`).
const sentenceEnd = /(?<!\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Pres|St|Jr|Sr|\p{Lu}))[.!?:]["'”’)]*$/u

/**
 * Whether `text` is what stands before a word that starts a sentence (or a
 * quote), where a capital says nothing: nothing, a sentence's end and white
 * space, a line break, or an opening quote mark. (White space is cut off
 * first: one pattern ending in `\s*$` was quadratic on a long run of it.)
 */
function isBeforeSentenceStart(text: string): boolean {
  const trimmed = text.trimEnd()
  if (trimmed === '' && (text === '' || text.includes('\n'))) return true
  if (text.slice(trimmed.length).includes('\n') || /["“]$/u.test(trimmed)) return true
  return trimmed.length < text.length && sentenceEnd.test(trimmed)
}

/**
 * Name the event by the names the sources share most: capitalized phrases
 * found in the most sources, then the most often. Function words (`The`,
 * `After`), titles before a name (`Mr`, `RNC Chairman`) and calendar words
 * are no part of it; a word the sources also write in lower case gives way
 * at its start only to a name they print on its own (`General Mark Milley`
 * is `Mark Milley`, `New Jersey` stays whole), and a word that opens
 * sentences is a name only when the sources capitalize it elsewhere too, or
 * never set it off with a comma (not `However,`, `While`).
 * A shorter name gives way to a longer one as widely shared (`Gaga` to
 * `Lady Gaga`). Returns null when the sources share no name.
 */
export function eventTitle(sources: readonly Source[], options: Readonly<EventTitleOptions> = {}): string | null {
  const maxNames = options.maxNames ?? 4
  const lowercase = new Set(sources.flatMap((source) => source.body.match(lowercaseWord) ?? []))
  const matches = joinedNames(sources, sources.map((source) => [...source.body.matchAll(capitalizedRun)]))
  const runs: Run[][] = sources.map((source, sourceIndex) =>
    matches[sourceIndex].map((match) => {
      const end = match.index + match.text.length
      const all = match.text.replace(/['’]s$/u, '').split(' ')
      const words = afterTitles(all)
      return {
        words,
        // (A name that is all of a quote is a title: `the song "Shallow"`; a name after a title opens no sentence.)
        startsSentence:
          words.length === all.length &&
          isBeforeSentenceStart(source.body.slice(Math.max(0, match.index - 12), match.index)) &&
          !(/["“]\s*$/u.test(source.body.slice(Math.max(0, match.index - 2), match.index)) && /^[,.!?]?["”]/u.test(source.body.slice(end))),
        isBeforeComma: source.body[end] === ',',
      }
    }),
  )
  const words: NameWords = {
    lowercase,
    // Words the sources capitalize where a capital means a name, and names they print on their own.
    capitalizedInside: new Set(runs.flat().flatMap((run) => (run.startsSentence ? run.words.slice(1) : run.words))),
    standalone: new Set(runs.flat().map((run) => run.words.join(' '))),
  }

  const byPhrase = new Map<string, Candidate>()
  let position = 0
  for (const sourceRuns of runs) {
    const seen = new Set<string>()
    for (const run of sourceRuns) {
      const name = nameOf(run, words)
      if (name.length === 0) continue
      const phrase = name.join(' ')
      const candidate = byPhrase.get(phrase) ?? { phrase, words: name, sources: 0, count: 0, first: position++ }
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

/** A run of capitalized words as printed, and where. */
interface PrintedRun {
  text: string
  index: number
}

/** Whether `next` comes right after `match` and ` and `: `Centers for Disease Control and Prevention`. */
const followsWithAnd = (body: string, match: RegExpExecArray, next: RegExpExecArray | undefined) =>
  next !== undefined && next.index === match.index + match[0].length + 5 && body.startsWith(' and ', match.index + match[0].length)

// Last words of a body's name that `and` may run through: `Food and Drug Administration`, `Ways and Means Committee`.
const institutionEnd = new RegExp(String.raw`\b(?:${bodyNouns}|Protection|Enforcement|Services|Act|Prevention|Security|Development|Affairs|Control)$`, 'u')

const bodyEnd = new RegExp(String.raw`\b(?:${bodyNouns})$`, 'u')

/**
 * Names printed with `and` inside them: `Centers for Disease Control and
 * Prevention`, `Food and Drug Administration`. A body's name across `of` or
 * `for` takes the run after its `and` when that run is printed nowhere on its
 * own (`Department of Labor and Biden` keeps `Biden`) and is no body's name
 * itself (`Federal Bureau of Investigation and Justice Department`); two other
 * runs join when neither is printed alone and the second ends as a body's
 * name does (not `Instagram and WhatsApp`). A run with a title or a first name
 * in it is a person (`Department of Justice and Attorney General Merrick
 * Garland`), and in a chain of `and` the body before it joins nothing.
 * Runs are known by their name less a leading `The`.
 */
function joinedNames(sources: readonly Source[], matches: readonly RegExpExecArray[][]): PrintedRun[][] {
  const keyOf = (match: RegExpExecArray) => match[0].replace(/^(?:The|A|An) /u, '')
  const after = new Set<string>()
  const alone = new Set<string>()
  const andBefore = matches.map((sourceMatches, sourceIndex) =>
    sourceMatches.map((match, index) => followsWithAnd(sources[sourceIndex].body, match, sourceMatches[index + 1])),
  )
  matches.forEach((sourceMatches, sourceIndex) => {
    sourceMatches.forEach((match, index) => {
      const isAfter = index > 0 && andBefore[sourceIndex][index - 1]
      if (isAfter) after.add(keyOf(match))
      if (!andBefore[sourceIndex][index] && !isAfter) alone.add(keyOf(match))
    })
  })
  const isPerson = (text: string) => {
    const words = text.split(' ')
    return afterTitles(words).length < words.length || words.some((word) => genderOfFirstName(word) !== undefined)
  }
  const joins = (first: string, second: string, isChained: boolean) => {
    if (alone.has(second) || isPerson(second)) return false
    if (/ (?:of|for) /u.test(first)) return !isChained && !bodyEnd.test(second)
    return institutionEnd.test(second) && !alone.has(first) && !after.has(first)
  }
  return matches.map((sourceMatches, sourceIndex) => {
    const joined: PrintedRun[] = []
    for (let index = 0; index < sourceMatches.length; index++) {
      const match = sourceMatches[index]
      const next = sourceMatches[index + 1]
      if (andBefore[sourceIndex][index] && joins(keyOf(match), keyOf(next!), andBefore[sourceIndex][index + 1])) {
        joined.push({ text: `${match[0]} and ${next![0]}`, index: match.index })
        index++
      } else {
        joined.push({ text: match[0], index: match.index })
      }
    }
    return joined
  })
}

interface Run {
  words: string[]
  startsSentence: boolean
  isBeforeComma: boolean
}

interface NameWords {
  lowercase: ReadonlySet<string>
  capitalizedInside: ReadonlySet<string>
  standalone: ReadonlySet<string>
}

// (`Jan Brewer` is no month: the short forms only stand alone, `Feb. 5`.)
const shortMonths = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i
// Titles name a rank, not the person: `Mr. Obama` is `Obama`, `RNC Chairman Michael Steele` is `Michael Steele`.
const titleWords = /^(?:mr|mrs|ms|dr|gov|sen|rep|gen|lt|col|sgt|capt|prof|rev|pres|jr|sr|president|vice|judge|sheriff|chairman|chairwoman|congressman|congresswoman|senator|representative|governor|mayor|leader|speaker|secretary|minister|director|spokesman|spokeswoman|commissioner|ambassador|candidate|nominee)$/i
// The stop-word list, and the sentence adverbs, conjunctions and prepositions it lacks.
const functionWords = new Set([
  ...englishStopwords, 'however', 'meanwhile', 'still', 'so', 'yet', 'also', 'instead', 'indeed', 'moreover', 'thus', 'therefore', 'now', 'yes',
  'well', 'during', 'despite', 'amid', 'among', 'within', 'without', 'across', 'toward', 'towards', 'upon', 'until', 'although', 'though',
  'whether', 'following', 'according',
])

/** The words after the last title that a name follows: `RNC Chairman Michael Steele` gives `Michael Steele`; `Prime Minister` stays. */
function afterTitles(words: string[]): string[] {
  for (let index = words.length - 2; index >= 0; index--) {
    // (`Attorney General Letitia James`; `General Motors` is a name.)
    const isTitle = titleWords.test(words[index]) || (/^general$/i.test(words[index]) && /^(attorney|surgeon|inspector)$/i.test(words[index - 1] ?? ''))
    if (isTitle) return words.slice(index + 1)
  }
  return words
}

/** `I`, `I’m`, one-letter words and calendar words are capitalized but name no part of the event. */
function namesNothing(word: string, isAlone: boolean): boolean {
  return word.length < 2 || /^I['’]/u.test(word) || isCalendarWord(word) || (isAlone && shortMonths.test(word))
}

/** The run's name: less the words at either end that name nothing (`The`, a sentence's `However`), or none. */
function nameOf(run: Run, { lowercase, capitalizedInside, standalone }: NameWords): string[] {
  const { words } = run
  let start = 0
  let end = words.length
  const isLeadingCommon = (word: string, at: number) => {
    const lower = word.toLowerCase()
    if (namesNothing(word, end - at === 1) || functionWords.has(lower) || titleWords.test(word)) return true
    // A sentence's opening word that the sources capitalize nowhere else: `However,`, `Attacking Hillary Clinton`
    // (not `Pfizer said`, nor a first name).
    const isOpener = !capitalizedInside.has(word) && (end === 1 ? run.isBeforeComma : genderOfFirstName(word) === undefined)
    if (at === 0 && run.startsSentence && (lowercase.has(lower) || isOpener)) return true
    const rest = words.slice(at + 1, end)
    return lowercase.has(lower) && standalone.has(rest.join(' ')) && !(rest.length === 1 && lowercase.has(rest[0].toLowerCase()))
  }
  while (start < end && isLeadingCommon(words[start], start)) start++
  while (end > start && (namesNothing(words[end - 1], end - start === 1) || functionWords.has(words[end - 1].toLowerCase()))) end--
  // A lone word the sources also write in lower case is a word (`Department`), not a name.
  if (end - start === 1 && lowercase.has(words[start].toLowerCase())) return []
  return words.slice(start, end)
}

function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, index) => outer[start + index] === word)) return true
  }
  return false
}
