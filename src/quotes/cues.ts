import type { Span } from '../types.js'
import type { QuoteSpan } from './marks.js'
import { endsSentence, lower, type Word } from './words.js'
import { isAccordingTo, isWeakVerb, reportingVerb } from './verbs.js'
import { isAdverb, phraseAfter, subjectBefore, type SpeakerPhrase } from './phrases.js'
import { isNameWord, isTitleWord, nameRunAfter, readName } from './names.js'

/** What attributes a quote: who (as written) and the reporting verb. */
export interface Cue {
  speaker: SpeakerPhrase
  /** The reporting verb as printed (`said`, `according to`), or null for `Trump: "…"`. */
  verb: string | null
  /** Base form of the verb (`say`), or null. */
  verbBase: string | null
  /**
   * `after`: `"…," she said`; `before`: `She said: "…"`; `inside`: the quote is
   * part of a sentence that reports it (`said she was "so proud"`); `label`:
   * `Trump: "…"`.
   */
  place: 'after' | 'before' | 'inside' | 'label'
}

/** The narration words around one quote, as word index ranges (end exclusive). */
export interface QuoteSurroundings {
  /** From the start of the sentence the quote opens in to its opening mark. */
  before: Span
  /** From the closing mark to the end of the sentence after it (or the next quote). */
  after: Span
  /** Where the narration after the quote stops: the next quote or the container's end. */
  limit: number
}

/** Words this close to the quote may be weak verbs (`he added`, `Trump fired back:`). */
const weakVerbReach = 4

/**
 * The narration around each of `quotes`, siblings inside `container` (a
 * paragraph, or the quote that encloses them), sorted by position.
 */
export function surroundings(text: string, list: readonly Word[], container: Span, quotes: readonly QuoteSpan[]): QuoteSurroundings[] {
  return quotes.map((quote, index) => {
    const previousEnd = index > 0 ? quotes[index - 1].markEnd : container.start
    const nextStart = index + 1 < quotes.length ? quotes[index + 1].markStart : container.end
    const beforeEnd = firstAtOrAfter(list, quote.markStart)
    let beforeStart = firstAtOrAfter(list, previousEnd)
    for (let word = beforeEnd - 1; word >= beforeStart; word--) {
      if (endsSentence(list, word, text) || /\n/.test(text.slice(list[word].end, list[word + 1]?.start ?? list[word].end))) {
        beforeStart = word + 1
        break
      }
    }
    const afterStart = firstAtOrAfter(list, quote.markEnd)
    const afterLimit = firstAtOrAfter(list, nextStart)
    let afterEnd = afterLimit
    for (let word = afterStart; word < afterLimit; word++) {
      if (endsSentence(list, word, text)) {
        afterEnd = word + 1
        break
      }
    }
    return { before: { start: beforeStart, end: beforeEnd }, after: { start: afterStart, end: afterEnd }, limit: afterLimit }
  })
}

/**
 * The cue after a quote: `"…," she said`, `"…," said Jennifer Palmieri`,
 * `"…," according to People`. After a quote that ends its sentence, only a
 * sentence that is nothing but the cue counts (`"…." She continued: "…"`).
 */
export function cueAfter(text: string, list: readonly Word[], after: Span, quoteText: string): Cue | undefined {
  let index = after.start
  while (index < after.end && /^[,\u2014\u2013-]$/.test(list[index].text)) index++
  if (index >= after.end) return undefined
  const endsItsSentence = /[.\u2026]\s*$/.test(quoteText) || (/[!?]\s*$/.test(quoteText) && /^\p{Lu}/u.test(list[index].text) && !isNameStart(list, index))
  const first = list[index]

  let cue: Cue | undefined
  let cueEnd = index
  if (isAccordingTo(first.text, list[index + 1]?.text)) {
    const speaker = phraseAfter(text, list, index + 2, after.end)
    if (speaker) cue = { speaker, verb: text.slice(first.start, list[index + 1].end), verbBase: 'according to', place: 'after' }
    cueEnd = index + 2
  } else if (reportingVerb(first.text)) {
    const speaker = phraseAfter(text, list, index + 1, after.end)
    if (speaker) cue = { speaker, verb: first.text, verbBase: reportingVerb(first.text)!, place: 'after' }
    cueEnd = index + 1
  } else {
    const verb = verbAfterSubject(list, index, after.end)
    if (verb !== undefined) {
      const speaker = subjectBefore(text, list, verb, index)
      if (speaker && speaker.start === list[index].start) {
        cue = { speaker, verb: list[verb].text, verbBase: reportingVerb(list[verb].text)!, place: 'after' }
        cueEnd = verb + 1
      }
    }
  }
  if (!cue) return undefined
  if (endsItsSentence) {
    // Only a cue sentence of its own: `She continued:` or `he said.`
    const rest = list.slice(cueEnd, after.end).filter((word) => !word.isPunctuation)
    const closing = list[after.end - 1]?.text
    const standsAlone = rest.length <= 3 && (closing === ':' || closing === '.' || after.end === list.length || cueEnd >= after.end - 1)
    if (!standsAlone) return undefined
  }
  return cue
}

/**
 * The cue before a quote: `Gaga asked the crowd, "…"`, `She continued: "…"`,
 * `Ronson said a hush came over the room and Gaga sang the first line: "…"`,
 * or `Trump: "…"`; when the quote sits inside a sentence without a comma or
 * colon before it, the verb that reports it (`said she was "so proud"`).
 */
export function cueBefore(text: string, list: readonly Word[], before: Span): Cue | undefined {
  if (before.end <= before.start) return undefined
  const last = list[before.end - 1]
  const introduces = /^[,:\u2014\u2013]$/.test(last.text)
  const place = introduces ? 'before' : 'inside'
  for (let index = before.end - 1; index >= before.start; index--) {
    const word = list[index]
    if (isAccordingTo(word.text, list[index + 1]?.text) && index + 2 < before.end) {
      const speaker = phraseAfter(text, list, index + 2, before.end)
      if (speaker) return { speaker, verb: text.slice(word.start, list[index + 1].end), verbBase: 'according to', place }
      continue
    }
    const base = reportingVerb(word.text)
    if (!base || isParticipleModifier(list, index)) continue
    if (isWeakVerb(base) && before.end - index > weakVerbReach) continue
    const speaker = subjectBefore(text, list, index, before.start) ?? verbFirstSpeaker(text, list, index, before.end)
    if (speaker) return { speaker, verb: word.text, verbBase: base, place }
  }
  if (introduces && last.text === ':') {
    const run = nameRunAfter(list, before.start, before.end - 1)
    const name = run && run[1] === before.end - 2 ? readName(text, list, run[0], run[1]) : undefined
    if (name) return { speaker: { kind: 'name', text: name.text, start: name.start, end: name.end, name }, verb: null, verbBase: null, place: 'label' }
  }
  return undefined
}

/**
 * The cue later in the quote's own sentence, for a quote inside a sentence:
 * `"so proud" of him, she said.`
 */
export function cueLaterInSentence(text: string, list: readonly Word[], after: Span): Cue | undefined {
  for (let index = after.start; index < after.end; index++) {
    const base = reportingVerb(list[index].text)
    if (!base || isWeakVerb(base)) continue
    const speaker = subjectBefore(text, list, index, after.start) ?? phraseAfter(text, list, index + 1, after.end)
    if (speaker) return { speaker, verb: list[index].text, verbBase: base, place: 'inside' }
  }
  return undefined
}

/** `said Trump:` — the speaker after the verb, when nothing comes before it. */
function verbFirstSpeaker(text: string, list: readonly Word[], verb: number, end: number): SpeakerPhrase | undefined {
  const speaker = phraseAfter(text, list, verb + 1, end)
  return speaker && speaker.kind !== 'nominal' ? speaker : undefined
}

/** The index of a reporting verb right after a subject starting at `index` (`Mr. Lew said`, `a spokesman for X said`). */
function verbAfterSubject(list: readonly Word[], index: number, end: number): number | undefined {
  for (let at = index + 1; at < end && at - index <= 8; at++) {
    const word = list[at]
    if (reportingVerb(word.text) && !isParticipleModifier(list, at)) return at
    if (word.isPunctuation && word.text !== ',') return undefined
    if (isAdverb(word)) continue
  }
  return undefined
}

/** `the quoted remarks`, `a written statement`: a participle before a noun is no verb. */
function isParticipleModifier(list: readonly Word[], index: number): boolean {
  const previous = list[index - 1]
  return previous !== undefined && /^(the|a|an|his|her|their|its)$/i.test(previous.text)
}

function isNameStart(list: readonly Word[], index: number): boolean {
  return isNameWord(list[index]) || isTitleWord(list[index]) || lower(list[index].text) === 'she' || lower(list[index].text) === 'he'
}

export function firstAtOrAfter(list: readonly Word[], offset: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle].start < offset) low = middle + 1
    else high = middle
  }
  return low
}
