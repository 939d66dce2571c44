import type { Span } from '../types.js'
import type { QuoteSpan } from './marks.js'
import { endsSentence, firstAtOrAfter, hasNewline, isCalendarWord, isCapitalized, lower, words, type Word } from './words.js'
import { partitionPoint } from '../partition-point.js'
import { clauseReportCue, cueAfter, cueBefore, cueLaterInSentence, isVerbLike, ownerOfRemarkCue, passiveAgentCue, reportingSentenceCue, surroundings, type Cue, type QuoteSurroundings } from './cues.js'
import { People, pronounGender, type WordRoles } from './people.js'
import { isContinuationVerb, isWeakVerb } from './verbs.js'
import { isSoCalled, isTitle, isTitleNoun } from './titles.js'
import { isPair, leadingConnectives } from './phrases.js'
import { isOrganizationName } from './names.js'

/** What the article says about one quote span. */
export interface Attribution {
  isTitle: boolean
  /** The speaker's fullest name in the article, a description (`a source`), or null. */
  speaker: string | null
  verb: string | null
  /** Index of the span this one carries on from: one utterance broken by its cue. */
  continues?: number
  /** Offsets of the sentence around the quote, cue included. */
  sentence: Span
}

export interface AttributionResult {
  /** By span index; undefined for spans inside titles. */
  attributions: Array<Attribution | undefined>
  people: People
  /** True for a word outside every quote. */
  isNarration: (index: number) => boolean
}

interface Found {
  cue?: Cue
  around: QuoteSurroundings
  /** Index of the sibling before, in the same container. */
  previous?: number
  /** The quote opens its container with no narration before it. */
  opensContainer: boolean
  /** With no cue: the sentence before reports someone's speech, who said the quote unless an earlier quote goes on. */
  paraphrase?: Cue
}

/**
 * Attribute every quote span: find its cue (`X said`, `said X`, `X asked
 * the crowd,`, `she continued.`), tell titles from speech, carry the last
 * speaker on to quotes without a cue, and resolve pronouns (`He said, '…'`
 * inside someone's quote is the last man named before it).
 */
export function attributeQuotes(text: string, list: readonly Word[], paragraphs: readonly Span[], spans: readonly QuoteSpan[]): AttributionResult {
  const topLevel = spans.map((_, index) => index).filter((index) => spans[index].parent === null)
  const roles = wordRoles(text, list, paragraphs, topLevel.map((index) => spans[index]))
  const containers = joinRunOnParagraphs(paragraphs, topLevel.map((index) => spans[index]))

  const found = new Map<number, Found>()
  const lastOfContainer: number[] = []
  let previousTail: Stretch | undefined
  // Containers and top-level quotes are both in text order: one walk hands each container its quotes (a filter of
  // all quotes per container is quadratic in a long text).
  let nextQuote = 0
  for (const container of containers) {
    while (nextQuote < topLevel.length && spans[topLevel[nextQuote]].markStart < container.start) nextQuote++
    const members: number[] = []
    while (nextQuote < topLevel.length && spans[topLevel[nextQuote]].markStart < container.end) members.push(topLevel[nextQuote++])
    findCues(text, list, container, members, spans, found, previousTail)
    if (members.length > 0) lastOfContainer.push(members[members.length - 1])
    previousTail = lastSentence(text, list, members.length > 0 ? spans[members[members.length - 1]] : undefined, container.start, container.end)
  }

  const speakerKeys = new Set<string>()
  for (const { cue } of found.values()) {
    if (cue?.speaker?.kind === 'name' && !cue.needsPerson) {
      speakerKeys.add(cue.speaker.name!.key.join(' '))
      for (const word of cue.speaker.name!.key) speakerKeys.add(word)
    }
  }
  const people = new People(text, list, roles, speakerKeys)

  const attributions: Array<Attribution | undefined> = spans.map(() => undefined)
  // Children by parent, listed once: scanning every span per quote is quadratic in long texts.
  const children: number[][] = spans.map(() => [])
  spans.forEach((span, index) => {
    if (span.parent !== null) children[span.parent].push(index)
  })
  let lastSpeaker: string | null = null
  // Where the sentence of the last quote with a speaker ends.
  let lastSpeakerEnd: number | undefined
  // Whether the last speaker was named after their quote (`"…," said Robert Gibbs`), the subject of that sentence.
  let isLastSpeakerQuoted = false
  // Quotes that a verb in their own sentence reports (`said she was "so proud"`), by the cue that does.
  const reportedInSentence = new Map<number, Cue>()
  // Titles so far, as printed: the same title quoted again, or its opening words, is a title too.
  const titles: string[] = []
  for (const index of topLevel) {
    const { cue: foundCue, around, previous, opensContainer, paraphrase } = found.get(index)!
    const ownCue = foundCue?.needsPerson && foundCue.speaker?.kind === 'name' && !people.isPerson(foundCue.speaker.name!.text) ? undefined : foundCue
    const span = spans[index]
    // Fragments quoted one after another in one reporting sentence are all reported by its verb: `Trump said he found
    // her comments "disgraceful" and thought she "dishonored herself" as well as "her family."`
    const reporting = !ownCue && previous !== undefined ? reportedInSentence.get(previous) : undefined
    const goesOn = reporting ? reportGoesOn(text, list, spans[previous!], span) : 'no'
    const cue = ownCue ?? (goesOn === 'yes' ? reporting : undefined)
    const sentence = sentenceSpan(list, around, span)
    // (A so-called term, a title, hands the sentence's verb on: `Trump said the so-called "whistleblower" should be
    // "exposed."`; not a work's name, whose sentence may report nothing: `She sang "Shallow" that Sunday "with joy."`.)
    const isTitleQuote = isTitleSpan(text, list, span, cue, around, titles)
    if (cue?.place === 'inside' && (isSoCalled(list[around.before.end - 1]?.text) || !isTitleQuote)) reportedInSentence.set(index, cue)
    if (isTitleQuote) {
      attributions[index] = { isTitle: true, speaker: null, verb: null, sentence }
      titles.push(text.slice(span.start, span.end))
      continue
    }
    let attribution: Attribution
    if (cue) {
      const speaker = resolveSpeaker(text, cue, people, { lastSpeaker, lastSpeakerEnd, quoteStart: isLastSpeakerQuoted ? span.markStart : undefined })
      attribution = { isTitle: false, speaker, verb: cue.verb, sentence }
      const before = previous !== undefined ? found.get(previous)?.cue : undefined
      if (ownCue && previous !== undefined && before?.speaker && before.speaker.start === cue.speaker?.start && !attributions[previous]?.isTitle) attribution.continues = previous
    } else {
      // A fragment some verb reported inside a sentence hands its speaker on to no quote in another main clause of
      // that sentence (`…, and McConnell dismissed the criticism as "nonsense."`).
      const carried = goesOn === 'other clause' ? undefined : carriedFrom(text, list, index, previous, opensContainer, spans, found, attributions, lastOfContainer)
      const titleCue = carried === undefined && previous !== undefined && attributions[previous]?.isTitle ? cueOfTitleSentence(text, list, spans[previous], span, found.get(previous)!.cue) : undefined
      // (`Lenahan says he sees a bigger issue. "There is …"`: the paraphrase's speaker, when no earlier quote goes on.)
      const reporter = carried === undefined && !titleCue ? paraphrase : undefined
      const fromCue = titleCue?.cue ?? reporter
      const carriedSpeaker = carried !== undefined ? attributions[carried]!.speaker : fromCue ? resolveSpeaker(text, fromCue, people, { lastSpeaker, lastSpeakerEnd }) : null
      // (A paraphrase whose subject is no one named, `It also suggests …`, hands on neither.)
      const verb = titleCue?.isReported ? titleCue.cue.verb : reporter && carriedSpeaker ? reporter.verb : null
      attribution = { isTitle: false, speaker: carriedSpeaker, verb, sentence }
      // One utterance only when nothing but the first quote's cue stands between them.
      if (carried !== undefined && onlyCueBetween(found.get(carried)!)) attribution.continues = carried
    }
    attributions[index] = attribution
    if (attribution.speaker) {
      lastSpeaker = attribution.speaker
      lastSpeakerEnd = sentenceEndAfter(text, span)
      isLastSpeakerQuoted = cue?.place === 'after'
    }
    attributeInner(text, list, spans, children, index, attribution.speaker, people, attributions)
  }
  const isNarration = (index: number) => roles.inQuote[index] === 0
  return { attributions, people, isNarration }
}

/** The cue of each top-level quote in one container. */
function findCues(
  text: string, list: readonly Word[], container: Span, members: readonly number[], spans: readonly QuoteSpan[],
  found: Map<number, Found>, previousTail: Stretch | undefined,
): void {
  const around = surroundings(text, list, container, members.map((index) => spans[index]))
  members.forEach((index, position) => {
    const span = spans[index]
    const quoteText = text.slice(span.start, span.end)
    const firstWord = firstAtOrAfter(list, container.start)
    const opensContainer = position === 0 && (list[firstWord]?.start ?? Infinity) >= span.markStart
    let cue = chooseCue(text, list, around[position], quoteText)
    // `Cruz continued:` or `Dianne Bystrom agreed.` just before, closing the paragraph before or the sentence before.
    const sentenceBefore = opensContainer
      ? previousTail
      : around[position].before.start === around[position].before.end
        ? lastSentence(text, list, position > 0 ? spans[members[position - 1]] : undefined, container.start, span.markStart)
        : undefined
    if (!cue && sentenceBefore) {
      const introduction = list[sentenceBefore.end - 1]?.text === ':' ? cueBefore(text, list, sentenceBefore) : undefined
      const standalone = cueAfter(text, list, sentenceBefore, null)
      const found = introduction ?? (standalone?.verbBase && !isWeakVerb(standalone.verbBase) ? standalone : undefined)
      if (found && found.place !== 'inside') cue = { ...found, place: 'before' }
    }
    // (Only for a quote that is its sentence: not `"…" was how one voter in Ohio put it`.)
    const isOwnSentence = around[position].before.start === around[position].before.end && around[position].after.start === around[position].after.end
    // (Only from a sentence's start: after a quote inside it, `… helped catch "Unabomber" Ted Kaczynski -- … -- told Fox
    // News that …` is James Fitzgerald's report, not Kaczynski's.)
    const paraphrase = !cue && sentenceBefore?.opensSentence && isOwnSentence ? reportingSentenceCue(text, list, sentenceBefore) : undefined
    found.set(index, { cue, around: around[position], previous: position > 0 ? members[position - 1] : undefined, opensContainer, paraphrase })
  })
}

/**
 * Whether a report goes on from the quote `first` to the quote `second`:
 * `yes` in one sentence, `other clause` in one sentence but past a new main
 * clause (`, and McConnell dismissed …`, `while the mayor …`), `no` past
 * the sentence's end.
 */
function reportGoesOn(text: string, list: readonly Word[], first: QuoteSpan, second: QuoteSpan): 'yes' | 'other clause' | 'no' {
  if (!inOneSentence(text, list, first, second)) return 'no'
  return newClause.test(textBetween(text, first, second)) ? 'other clause' : 'yes'
}

/** The narration between two quotes, with a comma that closes the first inside its marks (`"a disaster," and …`). */
function textBetween(text: string, first: QuoteSpan, second: QuoteSpan): string {
  const closingComma = /,['"\u2019\u201D\s]*$/.test(text.slice(first.start, first.end)) ? ',' : ''
  return closingComma + text.slice(first.markEnd, second.markStart)
}

/** No full stop closing the quote `first`, and none and no new line from it to the quote `second`. */
function inOneSentence(text: string, list: readonly Word[], first: QuoteSpan, second: QuoteSpan): boolean {
  if (/[.!?\u2026]['"\u2019\u201D\s]*$/.test(text.slice(first.start, first.end)) || hasNewline(text, first.markEnd, second.markStart)) return false
  const end = firstAtOrAfter(list, second.markStart)
  for (let index = firstAtOrAfter(list, first.markEnd); index < end; index++) if (endsSentence(list, index, text)) return false
  return true
}

// A main clause with a subject of its own: a name after `, and` (`, and McConnell dismissed`), a name or a noun
// phrase after `while` (`while the mayor`); not `, but acknowledged`, `while also suggesting`, `, but it commended`
// (most often the same speaker), nor `, and the "worst deal ever"` (the same object, another fragment).
const newClause = /[,;]\s*(?:and|but|or|yet|so)\s+[A-Z][\w'\u2019-]*\b|\b(?:while|whereas|although|though)\s+(?:the|a|an|[A-Z][\w'\u2019-]*)\b/

/** A stretch of words (index range) and whether it opens its sentence. */
interface Stretch extends Span {
  opensSentence: boolean
}

/**
 * The words of the last sentence after the quote `after` (else from `start`) up to `end` (text offsets). They open
 * their sentence unless they follow a quote set inside narration that goes on past it (`… helped catch "Unabomber"
 * Ted Kaczynski -- … -- told`); after a quote that opens the sentence they are its report (`"…," diGenova told`), and
 * after a comma that closes the quote, the sentence's main clause (`In an interview with "Meet the Press," Senator Dan
 * Jones said`).
 */
function lastSentence(text: string, list: readonly Word[], after: QuoteSpan | undefined, start: number, end: number): Stretch | undefined {
  const first = firstAtOrAfter(list, after ? after.markEnd : start)
  const last = firstAtOrAfter(list, end)
  if (last <= first) return undefined
  for (let index = last - 2; index >= first; index--) {
    if (endsSentence(list, index, text)) return { start: index + 1, end: last, opensSentence: true }
  }
  if (after === undefined || /[.!?\u2026]['"\u2019\u201D\s]*$/.test(text.slice(after.start, after.end))) return { start: first, end: last, opensSentence: true }
  const before = firstAtOrAfter(list, after.markStart) - 1
  const quoteOpensSentence = before < 0 || endsSentence(list, before, text) || hasNewline(text, list[before].end, after.markStart)
  // (A comma closing the quote closes what opened the sentence, too: `In an interview with "Meet the Press," Senator Dan
  // Jones said …`.)
  const closesOpening = /,['"\u2019\u201D\s]*$/.test(text.slice(after.start, after.end)) || list[first]?.text === ','
  return { start: list[first]?.text === ',' ? first + 1 : first, end: last, opensSentence: quoteOpensSentence || closesOpening }
}

/**
 * First a cue that the words on both sides of the quote make together: the
 * agent of a passive that names the quote (`called voter "purges" by their
 * critics`) or the owner of a remark it names (`Romney's "47 percent"
 * comment`). Then after-cue or before-cue: `"…," she said` wins over an earlier intro when
 * the quote ends on a comma, question or exclamation mark, unless it is a
 * participle (`called it "…," saying`: the sentence's own verb reports the
 * quote); otherwise the intro (`Trump said: "…." He added: "…"`). Failing
 * both, and unless `isLaterCueRead` is false, a verb later in the quote's
 * own sentence; last, the report the sentence opens with (clauseReportCue).
 */
function chooseCue(text: string, list: readonly Word[], around: QuoteSurroundings, quoteText: string, isLaterCueRead = true): Cue | undefined {
  const framing = passiveAgentCue(text, list, around) ?? ownerOfRemarkCue(text, list, around, quoteText)
  if (framing) return framing
  const after = cueAfter(text, list, around.after, quoteText, around.narration)
  const before = cueBefore(text, list, around.before)
  // The lookbehind starts the match at the run's first mark: without it a long run of spaces inside the quote is quadratic.
  const bare = quoteText.replace(/(?<!['"\u2018\u2019\u201C\u201D\s])['"\u2018\u2019\u201C\u201D\s]+$/, '')
  const handsOn = /[,?!\u2014\u2013-]$/.test(bare) || !/[.\u2026]$/.test(bare)
  // `"…?" Ronson said, "…"`: a cue ending on a comma or colon before the next quote introduces that one, and so does
  // one after a quote that closes a sentence of narration (`Ortiz said the vote was "a good day." Lind told reporters:
  // "…"`, `The plan was criticized by Democrats as "cruel." Pelosi said: "…"`); a quote that is a sentence of its own
  // shares it (`"It was a long night." She continued: "…"`).
  const introducesNext = around.after.end === around.limit && /^[,:]$/.test(list[around.after.end - 1]?.text ?? '') && !/,$/.test(bare)
  const closesNarration = !handsOn && around.before.end > around.before.start
  const isNextOnly = introducesNext && (before ? before.place !== 'inside' || !handsOn : closesNarration)
  // (`Smith said the bill was "a disgrace," adding that …`: the sentence's own verb reports the quote, not the participle.)
  const isParticiple = /ing$/.test(after?.verb ?? '')
  if (after && !isNextOnly && (!before || ((before.place === 'inside' || handsOn) && !isParticiple))) return after
  if (before) return before
  // `"so proud" of him, she said.`: the quote sits inside its sentence.
  const next = list[around.after.start]
  const later = isLaterCueRead && next && !/^[.!?]$/.test(next.text) && !isCapitalized(next.text) ? cueLaterInSentence(text, list, around.after) : undefined
  // (Who the sentence ends on as reporting it outranks whose report it opens with: `McConnell told the president that
  // he needed a "public reassurance" …, one person close to the talks said.`)
  return later ?? clauseReportCue(text, list, around.before)
}

function resolveSpeaker(
  text: string, cue: Cue, people: People,
  context: { lastSpeaker: string | null; lastSpeakerEnd?: number; enclosingSpeaker?: string | null; quoteStart?: number },
): string | null {
  const phrase = cue.speaker
  if (!phrase) return null
  if (phrase.kind === 'name') {
    // `The Hill reported`, `The Atlantic reported`: a one-word name after `The` is a paper's or a body's, not a form of
    // a person's name the article gives (`Rep. Katie Hill`).
    if (!phrase.name!.text.includes(' ') && /(?:^|[^\p{L}])The\s+$/u.test(text.slice(Math.max(0, phrase.start - 5), phrase.start))) return `The ${phrase.name!.text}`
    return people.fullName(phrase.name!.text, phrase.name!.gender)
  }
  if (phrase.kind === 'nominal') return phrase.text
  const form = lower(phrase.text)
  const inside = context.enclosingSpeaker !== undefined
  if (form === 'i') return inside ? context.enclosingSpeaker ?? null : null
  // `Nancy Pelosi and Chuck Schumer said …. They vowed`: `they` goes on with two who spoke together.
  if (form === 'they' && !inside) {
    const last = context.lastSpeaker
    // (Not past a sentence of its own, which may name others: `Critics were less kind. They called it …`; nor a body
    // whose name has `and`.)
    const between = context.lastSpeakerEnd === undefined ? '' : text.slice(context.lastSpeakerEnd, phrase.start)
    const isNext = !/(?:^|[.!?]['"\u2019\u201D]?)\s+\p{Lu}[^.!?]*[.!?]/u.test(between)
    return last && isPair(last) && !isOrganizationName(last) && isNext ? last : null
  }
  const gender = pronounGender(form)
  if (!gender) return null
  if (inside) return people.resolve(gender, phrase.start, { includeQuotes: true, exclude: context.enclosingSpeaker ?? undefined })?.name ?? null
  // `she continued` goes on with the last speaker when the pronoun fits.
  const last = context.lastSpeaker
  // `she added` goes on for one person, not for two who spoke together (`Nina Patel and Tom Vale`).
  if (last && cue.verbBase && isContinuationVerb(cue.verbBase) && !isPair(last) && (people.genderOf(last) ?? gender) === gender) return last
  // `"…," said Robert Gibbs, the president's former press secretary who is now working on Obama's reelection effort.
  // "…," he said.`: a quote right after the sentence of the last one quoted (`quoteStart`: given when they were named
  // after their quote), `he` or `she` after it, goes on with that person when the pronoun fits their name, not with the
  // last name in between.
  const isNextQuote = context.quoteStart !== undefined && context.lastSpeakerEnd !== undefined && cue.place === 'after' &&
    context.lastSpeakerEnd <= context.quoteStart && text.slice(context.lastSpeakerEnd, context.quoteStart).trim() === ''
  if (last && isNextQuote && !isPair(last)) {
    // (A name whose gender is not known fits too, when the article shows it is a person's: `O'Neill said.` before
    // `"…," she said.`; not `critics`, nor `The Hill`.)
    const lastGender = people.genderOf(last)
    if (lastGender === gender || (lastGender === undefined && people.isPerson(last))) return last
  }
  return (people.referentAt(phrase.start) ?? people.resolve(gender, phrase.start))?.name ?? null
}

/** The quote a cue-less quote carries on from: the one before it in its paragraph, or one that ended the paragraph before. */
function carriedFrom(
  text: string, list: readonly Word[], index: number, previous: number | undefined, opensContainer: boolean, spans: readonly QuoteSpan[],
  found: ReadonlyMap<number, Found>, attributions: ReadonlyArray<Attribution | undefined>, lastOfContainer: readonly number[],
): number | undefined {
  if (previous !== undefined) {
    if (!attributions[previous]?.isTitle) return previous
    // `"…," Graham said on MSNBC's "Morning Joe," adding, "…"`: past a title that only a participle follows, within one
    // sentence (not `… with a reference to the "Star Wars" sequel hitting the theaters, remarking, "…"`).
    const earlier = found.get(previous)!.previous
    const isBareParticiple = wordsBetween(list, spans[previous].markEnd, spans[index].markStart).every((word) => word.isPunctuation || /ing$/.test(word.lower))
    return earlier !== undefined && !attributions[earlier]?.isTitle && isBareParticiple && isOneSentence(text, list, spans[earlier].markEnd, spans[index].markStart) ? earlier : undefined
  }
  if (!opensContainer) return undefined
  const before = lastOpenedBefore(lastOfContainer, spans, spans[index].markStart)
  if (before === undefined || attributions[before]?.isTitle || !attributions[before]?.speaker) return undefined
  // Only when that paragraph ended with the quote or its cue.
  const { around, cue } = found.get(before)!
  const endsWithQuote = around.after.start === around.limit || (cue?.place === 'after' && around.after.end === around.limit)
  // A paragraph that ends on a fragment quoted inside the narration (`after a "long day."`) hands on no speaker.
  return endsWithQuote && cue?.place !== 'inside' ? before : undefined
}

/**
 * `Trump said on "Fox & Friends." "…"`: the cue of a sentence that a title
 * ends, for the quote that opens the next sentence right after it; or of
 * the sentence that goes on past the title to report the quote
 * (`isReported`, with its verb).
 */
function cueOfTitleSentence(text: string, list: readonly Word[], title: QuoteSpan, quote: QuoteSpan, cue: Cue | undefined): { cue: Cue; isReported: boolean } | undefined {
  // `Vale asked Nina Patel on "Meet the Press." "…"`: the answer is not the asker's.
  if (!cue?.speaker || cue.place !== 'inside' || asksBases.has(cue.verbBase ?? '')) return undefined
  // Up to a few words of time or place may close the sentence after the title (`on "Fox & Friends" Monday.`).
  const between = wordsBetween(list, title.markEnd, quote.markStart)
  const words = between.filter((word) => !word.isPunctuation)
  const closes = /[.!?]['"\u2019\u201D]?\s*$/.test(text.slice(title.start, title.markEnd)) || /^[.!?]$/.test(between.at(-1)?.text ?? '')
  if (closes) return words.length <= maxWordsAfterTitle && !words.some((word) => isVerbLike(word) || leadingConnectives.has(word.lower)) ? { cue, isReported: false } : undefined
  // `Podesta told NBC's "Meet the Press" that Clinton "…"`: the sentence goes on past the title, where its verb was
  // told or said, to report the quote (not `sang "Shallow" that Sunday "…"`, `mentioned the show "Succession" that HBO
  // "canceled too soon"`).
  if (words[0]?.lower !== 'that' || !thatClauseBases.has(cue.verbBase ?? '')) return undefined
  const subject = words.slice(1)
  const isShortSubject = subject.length > 0 && subject.length <= maxWordsAfterTitle && (isCapitalized(subject[0].text) || subjectOpeners.test(subject[0].lower)) &&
    !isCalendarWord(subject[0].text) && !subject.some((word) => isVerbLike(word))
  if (!isShortSubject) return undefined
  const before = list[firstAtOrAfter(list, title.markStart) - 1]
  // The speaker is the verb's subject, before it (not `told Credico ("Person 2") that he should "…"`).
  const verbWord = cue.verb?.split(' ')[0]
  const isSubject = wordsBetween(list, cue.speaker.end, title.markStart).some((word) => word.text === verbWord)
  const reports = isSubject && !(before && isTitleNoun(before.text)) && isOneSentence(text, list, title.markEnd, quote.markStart)
  return reports ? { cue, isReported: true } : undefined
}

const maxWordsAfterTitle = 3
const subjectOpeners = /^(the|a|an|he|she|they|it|we|i|his|her|their|its|this)$/
// Verbs that report what follows `that`.
const thatClauseBases = new Set(['say', 'tell', 'inform', 'write', 'add', 'explain', 'argue', 'insist', 'claim', 'note', 'warn', 'predict', 'promise', 'vow', 'acknowledge', 'admit', 'confirm', 'suggest', 'assert', 'contend', 'maintain', 'stress', 'emphasize'])
const asksBases = new Set(['ask', 'inquire', 'query', 'question'])

/** The words from `start` to `end` (offsets). */
function wordsBetween(list: readonly Word[], start: number, end: number): Word[] {
  return list.slice(firstAtOrAfter(list, start), firstAtOrAfter(list, end))
}

/** Whether no sentence ends in the words from `start` to `end` (offsets). */
function isOneSentence(text: string, list: readonly Word[], start: number, end: number): boolean {
  const last = firstAtOrAfter(list, end)
  for (let word = firstAtOrAfter(list, start); word < last; word++) if (endsSentence(list, word, text)) return false
  return true
}

/** The last of `quotes` (span indices in text order) whose mark opens before `offset`. */
function lastOpenedBefore(quotes: readonly number[], spans: readonly QuoteSpan[], offset: number): number | undefined {
  const count = partitionPoint(quotes.length, (at) => spans[quotes[at]].markStart < offset)
  return count > 0 ? quotes[count - 1] : undefined
}

/** The narration after a quote, up to the next one, is its cue sentence or nothing. */
function onlyCueBetween({ around, cue }: Found): boolean {
  return around.after.start === around.limit || (cue?.place === 'after' && around.after.end === around.limit)
}

/** Quotes inside a quote: their own cue inside it, `I` for its speaker, `he` for the last man named. */
function attributeInner(
  text: string, list: readonly Word[], spans: readonly QuoteSpan[], children: readonly number[][], parent: number,
  enclosingSpeaker: string | null, people: People, attributions: Array<Attribution | undefined>,
): void {
  const inner = children[parent]
  if (inner.length === 0) return
  const container = { start: spans[parent].start, end: spans[parent].end }
  const around = surroundings(text, list, container, inner.map((index) => spans[index]))
  inner.forEach((index, position) => {
    const span = spans[index]
    // Not a verb later in the sentence: in someone's own words that is mostly another clause's (`just 'locker room talk,'
    // but scandalizing themselves … when my sis says a curse word`).
    const cue = chooseCue(text, list, around[position], text.slice(span.start, span.end), false)
    const sentence = sentenceSpan(list, around[position], span)
    if (isTitleSpan(text, list, span, cue, around[position])) {
      attributions[index] = { isTitle: true, speaker: null, verb: null, sentence }
      return
    }
    const speaker = cue ? resolveSpeaker(text, cue, people, { lastSpeaker: null, enclosingSpeaker }) : null
    attributions[index] = { isTitle: false, speaker, verb: cue?.verb ?? null, sentence }
    attributeInner(text, list, spans, children, index, speaker, people, attributions)
  })
}

function isTitleSpan(
  text: string, list: readonly Word[], span: QuoteSpan, cue: Cue | undefined, around: QuoteSurroundings, earlierTitles: readonly string[] = [],
): boolean {
  const wordBefore = list[around.before.end - 1]
  const beforeComma = wordBefore?.text === ',' && around.before.end - 2 >= around.before.start ? list[around.before.end - 2] : undefined
  const beforeArticle = /^(the|a|an)$/.test(wordBefore?.lower ?? '') && around.before.end - 2 >= around.before.start ? list[around.before.end - 2] : undefined
  const wordAfter = list[around.after.start]
  return isTitle({
    text: text.slice(span.start, span.end),
    words: wordsInside(text, list, span),
    wordBefore: wordBefore && wordBefore.end <= span.markStart && !wordBefore.isPunctuation ? wordBefore.text : undefined,
    wordBeforeComma: beforeComma && !beforeComma.isPunctuation ? beforeComma.text : undefined,
    wordBeforeArticle: beforeArticle && !beforeArticle.isPunctuation ? beforeArticle.text : undefined,
    earlierTitles,
    wordAfter: wordAfter && !wordAfter.isPunctuation ? wordAfter.text : undefined,
    cue: !cue ? 'none' : cue.place === 'inside' ? 'inside' : 'adjacent',
  })
}

/** The article's words inside `span`, as `words` reads its text alone: read again only when a word runs over an edge. */
function wordsInside(text: string, list: readonly Word[], span: Span): readonly Word[] {
  const first = firstAtOrAfter(list, span.start)
  const end = firstAtOrAfter(list, span.end)
  const crossesEdge = (first > 0 && list[first - 1].end > span.start) || (end > 0 && list[end - 1].end > span.end)
  return crossesEdge ? words(text, span.start, span.end) : list.slice(first, end)
}

/** Where the sentence of the quote `span` ends: at its closing mark when it ends on a full stop, else at the next one. */
function sentenceEndAfter(text: string, span: QuoteSpan): number {
  if (/[.!?]\s*$/.test(text.slice(span.start, span.end))) return span.markEnd
  const stop = text.slice(span.markEnd).search(/[.!?]/)
  return stop === -1 ? text.length : span.markEnd + stop + 1
}

function sentenceSpan(list: readonly Word[], around: QuoteSurroundings, span: QuoteSpan): Span {
  const start = around.before.end > around.before.start ? list[around.before.start].start : span.markStart
  const end = around.after.end > around.after.start ? list[around.after.end - 1].end : span.markEnd
  return { start: Math.min(start, span.markStart), end: Math.max(end, span.markEnd) }
}

// Marks after which a word starts a sentence: `She said: Yes`, `"Yes`.
const sentenceOpeners = new Set([':', '"', "'", '\u201C', '\u2018'])

/** Inside a quote, in parentheses, at a sentence's start: per word. */
function wordRoles(text: string, list: readonly Word[], paragraphs: readonly Span[], quotes: readonly QuoteSpan[]): WordRoles {
  const length = list.length
  const roles = {
    inQuote: new Uint8Array(length), isAside: new Uint8Array(length), isSentenceStart: new Uint8Array(length),
    inHeadline: new Uint8Array(length), sentence: new Int32Array(length),
  }
  let quote = 0
  let paragraph = 0
  let asideDepth = 0
  let sentence = 0
  // The words from one paragraph's end to the next one's (the last paragraph: to the text's end) take its headline flag, set per
  // paragraph. Filled with 0 too: a fill that runs in every article is compiled once, not again at the first headline.
  let from = 0
  for (let index = 0; index < paragraphs.length; index++) {
    const end = firstAtOrAfter(list, paragraphs[index].end)
    const to = index === paragraphs.length - 1 ? length : end
    roles.inHeadline.fill(isHeadline(list, firstAtOrAfter(list, paragraphs[index].start), end, index === 0) ? 1 : 0, from, to)
    from = to
  }
  // A headline quoted in the text is one too: `under the headline “Newsweek Puts Picture of Michele Bachmann on Cover”`
  // names no `Newsweek Puts Picture`.
  for (const span of quotes) {
    const first = firstAtOrAfter(list, span.start)
    const end = firstAtOrAfter(list, span.end)
    if (isHeadline(list, first, end, false)) roles.inHeadline.fill(1, first, end)
  }
  // A plain loop: this runs once per word of every article, and callbacks are calls.
  for (let index = 0; index < list.length; index++) {
    const word = list[index]
    while (quote < quotes.length && quotes[quote].markEnd <= word.start) quote++
    const inQuote = quote < quotes.length && quotes[quote].markStart <= word.start
    let startsParagraph = false
    while (paragraph < paragraphs.length && paragraphs[paragraph].end <= word.start) {
      paragraph++
      startsParagraph = true
      asideDepth = 0
    }
    if (!inQuote && word.text === '(') asideDepth++
    const isAside = asideDepth > 0
    if (!inQuote && word.text === ')' && asideDepth > 0) asideDepth--
    const previous = list[index - 1]
    // Only a mark ends a sentence or opens one, and only white space between two words holds a line break.
    const followsEnd = previous !== undefined && previous.isPunctuation && endsSentence(list, index - 1, text)
    const isSentenceStart = index === 0 || startsParagraph || followsEnd || (previous.isPunctuation && sentenceOpeners.has(previous.text))
    // Counted in this pass over the words, so that People needs no pass of its own.
    if (previous && (followsEnd || (previous.end < word.start && hasNewline(text, previous.end, word.start)))) sentence++
    if (inQuote) roles.inQuote[index] = 1
    if (isAside) roles.isAside[index] = 1
    if (isSentenceStart) roles.isSentenceStart[index] = 1
    roles.sentence[index] = sentence
  }
  return roles
}

/**
 * A title-case line (the words from `start` to `end`): most of its longer
 * words capitalized; all of them when it ends on a full stop inside the text
 * (`But Justice Antonin Scalia was unconvinced.` is narration), where a title
 * at the top may have one.
 */
function isHeadline(list: readonly Word[], start: number, end: number, isFirst: boolean): boolean {
  const share = end > start && list[end - 1].text === '.' && !isFirst ? 1 : 0.75
  let long = 0
  let capitalized = 0
  for (let index = start; index < end; index++) {
    const word = list[index]
    if (word.isPunctuation || word.text.length <= 3) continue
    long++
    if (isCapitalized(word.text)) capitalized++
  }
  return long >= 3 && capitalized >= long * share
}

/** Paragraphs joined where a quote runs on from one into the next. */
function joinRunOnParagraphs(paragraphs: readonly Span[], quotes: readonly QuoteSpan[]): Span[] {
  const joined: Span[] = []
  // A quote runs on past a paragraph's end when one opened before that end closes after it. Ends only grow, paragraph by
  // paragraph, so the quotes opened before one are read once, keeping the furthest close (no scan of all quotes per paragraph).
  let opened = 0
  let furthestClose = -Infinity
  for (const paragraph of paragraphs) {
    const last = joined[joined.length - 1]
    if (last) {
      while (opened < quotes.length && quotes[opened].markStart < last.end) furthestClose = Math.max(furthestClose, quotes[opened++].markEnd)
    }
    if (last && furthestClose > last.end) last.end = paragraph.end
    else joined.push({ ...paragraph })
  }
  return joined
}
