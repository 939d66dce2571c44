/**
 * Words that make a figure a bound or an estimate: `more than 1,000`,
 * `nearly 50`, `about $40 million`, `up to 5`, `1,000 or more`. Two accounts
 * of one claim that print a figure differently may both hold (`more than
 * 1,000 homes` / `1,240 homes`) or may not (`nearly 1,000` / `more than
 * 1,000`, `nearly 1,000` / `1,240`).
 */
export type HedgeKind = 'exact' | 'above' | 'at-least' | 'below' | 'at-most' | 'nearly' | 'about'

export interface Hedge {
  kind: HedgeKind
  /** The hedging words as printed (`more than`, `or more`), empty for an exact figure. */
  words: string
  /** Whether the words stand after the figure (`1,000 or more`). */
  isAfter: boolean
  /** Whether the figure is a percentage (`%`, `percent`), whose estimates stray less (see estimateSpread). */
  isPercent?: boolean
}

const hedgesBefore: Array<[Exclude<HedgeKind, 'exact'>, string[]]> = [
  ['above', ['more than', 'over', 'above', 'upwards of', 'upward of', 'in excess of', 'north of', 'just over', 'well over', 'a little over', 'a little more than', 'well above']],
  ['at-least', ['at least', 'no fewer than', 'no less than', 'not fewer than', 'not less than', 'a minimum of']],
  ['below', ['fewer than', 'less than', 'under', 'below', 'just under', 'well under', 'well below']],
  ['at-most', ['up to', 'as many as', 'as much as', 'at most', 'no more than', 'not more than', 'a maximum of']],
  ['nearly', ['nearly', 'almost', 'close to', 'just shy of', 'approaching']],
  ['about', ['about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated', 'approx.', 'circa']],
]
const hedgesAfter: Array<[Exclude<HedgeKind, 'exact'>, string[]]> = [
  ['at-least', ['or more', 'or above', 'or higher']],
  ['at-most', ['or fewer', 'or less', 'or below', 'or lower']],
  ['about', ['or so']],
]

const kindsOf = (table: typeof hedgesBefore) => new Map(table.flatMap(([kind, phrases]) => phrases.map((phrase) => [phrase, kind] as const)))
const kindBefore = kindsOf(hedgesBefore)
const kindAfter = kindsOf(hedgesAfter)
// As the parser splits them: `approx.` is `approx` and a full stop.
const phrasesBefore = new Set(hedgesBefore.flatMap(([, phrases]) => phrases.map((phrase) => phrase.replace(/\.$/, ''))))
const mostWordsIn = (table: typeof hedgesBefore) => Math.max(...table.flatMap(([, phrases]) => phrases.map((phrase) => phrase.split(' ').length)))
const hedgeWords = new Set([...phrasesBefore].flatMap((phrase) => phrase.split(' ')))

/** Whether a word is part of a hedge before a figure (`least` in `at least`, `nearly`). */
export function isHedgeWord(word: string): boolean {
  return hedgeWords.has(word)
}

/** The most words a hedge takes before a figure (`a little more than`) and after one (`or more`). */
export const maxHedgeWords = mostWordsIn(hedgesBefore)
export const maxHedgeWordsAfter = mostWordsIn(hedgesAfter)
/** How far before and after a figure a hedge is looked for: past the longest, `a little more than $`. */
const windowLength = 32

/**
 * The hedge around a figure (`figure`, its word as printed), from the text
 * just before it (past a currency sign or a minus) and just after it (past a
 * percent sign, and one word: `1,000 people or more`), word by word: a lookup
 * per phrase length rather than a pattern of every phrase, which takes
 * milliseconds to compile on each start. Years and times of day are never
 * hedged (`about 1990` / `2010` are two years, `at about 10 a.m.` / `11 a.m.`
 * two times), nor a span of time after `over` or `under`, which may mean
 * during (`over 3 days` / `for 5 days`).
 */
export function hedgeAround(textBefore: string, figure: string, textAfter: string): Hedge {
  const exact: Hedge = { kind: 'exact', words: '', isAfter: false }
  if (isYear(figure) || figure.includes(':') || timeOfDayAfter.test(textAfter)) return exact
  const windowStart = Math.max(0, textBefore.length - windowLength)
  const before = textBefore.slice(windowStart).replace(signsBefore, '').split(/\s+/)
  // Split at white space, the last element is what follows the last space: nothing, when a space ends the text.
  // The first may be the end of a longer word.
  if (before.pop() === '') {
    if (windowStart > 0) before.shift()
    for (let count = Math.min(maxHedgeWords, before.length); count >= 1; count--) {
      // An opening bracket or quote mark is no part of the hedge: `(at least`.
      const words = before.slice(before.length - count).join(' ').replace(/^[^A-Za-z]+/, '')
      const kind = kindBefore.get(words.toLowerCase())
      if (kind && spanAfterPreposition.has(words.toLowerCase()) && timeSpanAfter.test(textAfter)) return exact
      if (kind) return { kind, words, isAfter: false, isPercent: percentNext.test(textAfter) }
    }
  }
  const after = /^%?\s+(?:[A-Za-z]+\s+)?(or\s+\S+?)[^A-Za-z]*(?:\s|$)/.exec(textAfter.slice(0, windowLength))
  const afterWords = after?.[1].replace(/\s+/, ' ') ?? ''
  const afterKind = kindAfter.get(afterWords.toLowerCase())
  if (afterKind) return { kind: afterKind, words: afterWords, isAfter: true, isPercent: percentNext.test(textAfter) }
  return exact
}

/** A currency sign (`$`, `US$`, `C$`) or a minus just before a figure. */
const signsBefore = /(?:[A-Z]{1,2})?[$€£¥]$|[-\u2212\u2013]$/
const timeOfDayAfter = /^\s*(?:[ap]\.?\s?m\b|o['’]clock)/i
const timeSpanAfter = /^\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|centuries|century)\b/i
/** Hedges that are also prepositions of time: `over 3 days` may be during them. */
const spanAfterPreposition = new Set(['over', 'under'])

/** A year as printed: four figures from 1500 to 2099, no separator. */
function isYear(figure: string): boolean {
  return /^(?:1[5-9]|20)\d\d$/.test(figure)
}

/** Whether words (normal forms, as the parser splits them) are a hedge that goes before a figure: `no more than`. */
export function isHedgePhrase(words: readonly string[]): boolean {
  return phrasesBefore.has(words.join(' '))
}

/**
 * How many words of a run (normal forms) hedge a number in it: all the words
 * before its first number when they are a hedge (`as many as` 5, not
 * `afternoon, nearly` 8), and `or more` right after its last word but one.
 * Such words are no change of the figure itself.
 */
export function hedgeWordCount(words: readonly string[], isNumber: (index: number) => boolean): number {
  const first = words.findIndex((_, index) => isNumber(index))
  if (first < 0) return 0
  let count = phrasesBefore.has(words.slice(0, first).join(' ')) ? first : 0
  const last = words.length - 1
  if (last >= 2 && isNumber(last - 2) && kindAfter.has(words.slice(last - 1).join(' '))) count += 2
  return count
}

/** The figure with its hedge as printed: `more than 1,000`, `1,000 or more`, `1,240`. */
export function withHedge(figure: string, hedge: Hedge): string {
  if (hedge.kind === 'exact') return figure
  return hedge.isAfter ? `${figure} ${hedge.words}` : `${hedge.words} ${figure}`
}

/**
 * How far an estimate may stray: `about 40 million` holds for 36 to 44
 * million, `nearly 1,000` for 900 up to 1,000. A percentage is read in
 * points, where a tenth is a lot: `about 60%` holds for 57 to 63 %, so that
 * `about 60%` / `65%` is a conflict.
 */
const estimateSpread = 0.1
const percentSpread = 0.05
const minPercentSpread = 0.5
const percentNext = /^\s*(?:%|percent\b|per cent\b|percentage points?\b)/i

interface Range {
  low: number
  high: number
  isLowOpen: boolean
  isHighOpen: boolean
}

function rangeOf(value: number, { kind, isPercent }: Hedge): Range {
  // A small percentage is read to half a point at least: `about 1%` holds for 1.1 %.
  const spread = isPercent ? Math.max(Math.abs(value) * percentSpread, minPercentSpread) : Math.abs(value) * estimateSpread
  switch (kind) {
    case 'exact':
      return { low: value, high: value, isLowOpen: false, isHighOpen: false }
    case 'above':
      return { low: value, high: Infinity, isLowOpen: true, isHighOpen: false }
    case 'at-least':
      return { low: value, high: Infinity, isLowOpen: false, isHighOpen: false }
    case 'below':
      return { low: -Infinity, high: value, isLowOpen: false, isHighOpen: true }
    case 'at-most':
      return { low: -Infinity, high: value, isLowOpen: false, isHighOpen: false }
    case 'nearly':
      // Short of the figure, toward zero: `nearly -10` is -9.5.
      return value >= 0 ? { low: value - spread, high: value, isLowOpen: false, isHighOpen: false } : { low: value, high: value + spread, isLowOpen: false, isHighOpen: false }
    case 'about':
      return { low: value - spread, high: value + spread, isLowOpen: false, isHighOpen: false }
  }
}

/**
 * Whether one value could make both figures true: `more than 1,000` and
 * `1,240` can, `nearly 1,000` and `more than 1,000` cannot. A bound on the
 * very figure another account gives as is holds with it: reporters round
 * (`more than 800,000` / `800,000` federal workers, `two years ago` /
 * `more than two years ago`).
 */
export function mayBothHold(one: { value: number; hedge: Hedge }, other: { value: number; hedge: Hedge }): boolean {
  if (one.value === other.value && (one.hedge.kind === 'exact' || other.hedge.kind === 'exact')) return true
  const [a, b] = [rangeOf(one.value, one.hedge), rangeOf(other.value, other.hedge)]
  const [low, isLowOpen] = a.low > b.low ? [a.low, a.isLowOpen] : a.low < b.low ? [b.low, b.isLowOpen] : [a.low, a.isLowOpen || b.isLowOpen]
  const [high, isHighOpen] = a.high < b.high ? [a.high, a.isHighOpen] : a.high > b.high ? [b.high, b.isHighOpen] : [a.high, a.isHighOpen || b.isHighOpen]
  return low < high || (low === high && !isLowOpen && !isHighOpen)
}

/** Whether words (lower case, as the parser splits them) end with a hedge that goes before a figure: `…, more`, `than`. */
export function endsWithHedge(words: readonly string[]): boolean {
  for (let count = 1; count <= Math.min(maxHedgeWords, words.length); count++) {
    if (phrasesBefore.has(words.slice(words.length - count).join(' '))) return true
  }
  return false
}
