import type { Span } from '../types.js'
import type { QuoteSpan } from './marks.js'
import { endsSentence, firstAtOrAfter, hasNewline, isCapitalized, type Word } from './words.js'
import { isAccordingTo, isPastAsBare, isWeakVerb, reportingVerb, takesParticle } from './verbs.js'
import { beForms, clauseSubject, isAdverb, isClauseBreak, isPastVerb, isReportNoun, namesSomeone, ownerNameAt, leadingConnectives, phraseAfter, possessivePronouns, roleNouns, startWithTitles, subjectBefore, subordinators, type SpeakerPhrase } from './phrases.js'
import { hasPossessive, isNameWord, isPartyLabel, isTitleWord, nameRunAfter, nameRunBefore, readName } from './names.js'

/** What attributes a quote: who (as written) and the reporting verb. */
export interface Cue {
  /**
   * Null only for a participle after the quote whose sentence has a subject too hard to read (`Republicans,
   * Democrats and independents all called the deal "fair," saying`).
   */
  speaker: SpeakerPhrase | null
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
  /** Read from a sentence a colon ends (`Kasich resisted:`): a name counts only when the article shows it is a person's. */
  needsPerson?: boolean
}

/** The narration words around one quote, as word index ranges (end exclusive). */
export interface QuoteSurroundings {
  /** From the start of the sentence the quote opens in to its opening mark. */
  before: Span
  /** From the closing mark to the end of the sentence after it (or the next quote). */
  after: Span
  /**
   * The narration of the quote's sentence before it, nearest first: `before`, then the stretches between the quotes
   * earlier in that sentence (`Obama called the deal "good for America, Israel …" and "historic," saying`: `and`, then
   * `Obama called the deal`), up to `maxNarrationStretches`. Never a quote's own words.
   */
  narration: readonly Span[]
  /** Where the narration after the quote stops: the next quote or the container's end. */
  limit: number
}

/** Words this close to the quote may be weak verbs (`he added`, `Trump fired back:`). */
const weakVerbReach = 5
/** `His response:`, `Her answer:` */
const responseNouns = /^(response|reply|answer|retort|reaction|explanation|verdict|message|words|comment|statement)$/i
/** A verb reports a quote inside its sentence only from this close (`said she was "so proud"`). */
const insideReach = 10
/** `adding that "…"`, `called it "…"`. */
const weakInsideReach = 3
/** Verbs that quote what they call something, from as far as a plain verb after `as`: `described the move as a "…"`. */
const characterizes = new Set([
  'describe', 'label', 'brand', 'dismiss', 'characterize', 'characterise', 'praise', 'hail', 'laud', 'tout', 'condemn',
  'denounce', 'decry', 'criticize', 'criticise', 'slam', 'blast', 'deride', 'dispute', 'defend',
])
// Verbs whose object the quote names: `called the plan "a disaster"`, `dubbed it "Obamacare"`.
const verbsNamingObject = new Set(['call', 'dub', 'term'])
// Verbs that name or judge what they quote: `called voter "purges"`, `labeled "disturbing"`, `dismissed as "a stunt"`.
const namingOrJudgingBases = new Set([...characterizes, ...verbsNamingObject])
/** The longest subject read before its verb, apposition included. */
const maxSubjectWords = 30
/** Stretches of narration a sentence's subject is sought in, past the quotes earlier in the sentence. */
const maxNarrationStretches = 4

/**
 * The narration around each of `quotes`, siblings inside `container` (a
 * paragraph, or the quote that encloses them), sorted by position.
 */
export function surroundings(text: string, list: readonly Word[], container: Span, quotes: readonly QuoteSpan[]): QuoteSurroundings[] {
  let previousNarration: readonly Span[] = []
  return quotes.map((quote, index) => {
    const previousEnd = index > 0 ? quotes[index - 1].markEnd : container.start
    const nextStart = index + 1 < quotes.length ? quotes[index + 1].markStart : container.end
    const beforeEnd = firstAtOrAfter(list, quote.markStart)
    const previousEndWord = firstAtOrAfter(list, previousEnd)
    const beforeStart = startOfSentence(text, list, beforeEnd, previousEndWord)
    const before = { start: beforeStart, end: beforeEnd }
    // (Not past a quote that closes its sentence: `"It was over." Smith called it "bad," saying`.)
    const continuesSentence = index > 0 && beforeStart === previousEndWord && !endsSentenceInside(text, list, quotes[index - 1], previousEndWord)
    const narration = continuesSentence ? [before, ...previousNarration.slice(0, maxNarrationStretches - 1)] : [before]
    previousNarration = narration
    const afterStart = firstAtOrAfter(list, quote.markEnd)
    const afterLimit = firstAtOrAfter(list, nextStart)
    let afterEnd = afterLimit
    for (let word = afterStart; word < afterLimit; word++) {
      if (endsSentence(list, word, text)) {
        afterEnd = word + 1
        break
      }
    }
    return { before, after: { start: afterStart, end: afterEnd }, limit: afterLimit, narration }
  })
}

/** Whether `quote` ends its sentence inside its marks: `"It was over." Smith said`, not `"over," Smith said`. */
function endsSentenceInside(text: string, list: readonly Word[], quote: QuoteSpan, next: number): boolean {
  return /[.!?\u2026]\s*$/.test(text.slice(quote.start, quote.end)) && (next >= list.length || isCapitalized(list[next].text))
}

/**
 * The subject of the clause a participle after the quote goes on from: in the nearest stretch of `narration` that is a
 * clause of its own (`and Jones said it was "worse," adding`), else in the sentence's opening stretch (`Trump called
 * Pelosi "crazy" and Schumer "a clown," saying`: Trump, not Schumer).
 */
function participleSubject(text: string, list: readonly Word[], narration: readonly Span[]): SpeakerPhrase | undefined {
  for (let at = 0; at < narration.length; at++) {
    const stretch = narration[at]
    if (stretch.end <= stretch.start) continue
    if (at < narration.length - 1 && !hasVerb(list, stretch)) continue
    const subject = characterizingAgent(text, list, stretch) ?? clauseSubject(text, list, stretch.start, stretch.end)
    if (subject) return subject
  }
  return undefined
}

function hasVerb(list: readonly Word[], stretch: Span): boolean {
  for (let index = stretch.start; index < stretch.end; index++) if (list[index].lower !== 'that' && isVerbLike(list[index])) return true
  return false
}

/**
 * `The proposal was dismissed by the president as "…"`: who a passive of describing or judging names, right before
 * the quote, does what a participle after it says (not in `Trump was interviewed by Hannity about the "…," saying`).
 */
function characterizingAgent(text: string, list: readonly Word[], stretch: Span): SpeakerPhrase | undefined {
  // (`as a "lone wolf"`)
  const as = /^(a|an|the)$/.test(list[stretch.end - 1]?.lower ?? '') ? stretch.end - 2 : stretch.end - 1
  if (list[as]?.lower !== 'as') return undefined
  for (let by = as - 1; by - 2 >= stretch.start && as - by <= maxSubjectWords; by--) {
    if (list[by].lower !== 'by') continue
    const verb = verbAt(list, by - 1)
    // (After a form of `be`, or a comma: `The plan, described by critics as "…"`.)
    const isCharacterizing = verb !== undefined && namingOrJudgingBases.has(verb.base) && (beForms.has(list[by - 2].lower) || list[by - 2].text === ',')
    return isCharacterizing ? phraseAfter(text, list, by + 1, as) : undefined
  }
  return undefined
}

/** How far before the quote a passive's verb may stand: `called voter "purges"`. */
const maxWordsFromPassive = 3

/**
 * `The cancellations, called voter "purges" by their critics`, `comments that were labeled "disturbing" by critics`:
 * a passive of naming or judging right before the quote whose agent follows it: the agent said the quoted words.
 */
export function passiveAgentCue(text: string, list: readonly Word[], around: QuoteSurroundings): Cue | undefined {
  const by = around.after.start
  if (list[by]?.lower !== 'by' || by + 1 >= around.after.end) return undefined
  for (let index = around.before.end - 1; index >= around.before.start && around.before.end - index <= maxWordsFromPassive; index--) {
    const verb = verbAt(list, index)
    if (!verb) continue
    // After `be` (`were widely described as "…" by`), or a naming verb set off by a comma (`The cancellations, called
    // voter "purges" by`; not `Sen. Tom Baker, an ally, criticized "the withdrawal" by the administration`).
    const isParticiple = /(ed|en)$/.test(list[index].lower)
    const isSetOff = list[index - 1]?.text === ',' && verbsNamingObject.has(verb.base)
    if (!namingOrJudgingBases.has(verb.base) || !isParticiple || !(followsBe(list, index, around.before.start) || isSetOff)) return undefined
    const speaker = phraseAfter(text, list, by + 1, around.after.end)
    // (`called "dead on arrival" by the time it reached the Senate`: a time or a measure after `by` is no agent.)
    return speaker && namesSomeone(list, speaker) ? { speaker, verb: verb.text, verbBase: verb.base, place: 'after' } : undefined
  }
  return undefined
}

// What someone said, named by the quote between its owner and the noun: `Mitt Romney's "47 percent" comment`.
const remarkNouns = /^(comments?|remarks?|promises?|pledges?|claims?|quips?|vows?|slogans?|descriptions?|assertions?|warnings?|characterizations?|phrases?|words|labels?|jabs?|insults?|boasts?|admissions?|refrains?|mantras?|catchphrases?|retorts?|taunts?)$/

/**
 * `Mitt Romney's "47 percent" comment`: the one whose remark the quote names, right before it, said it. Not one word,
 * which is mostly someone else's judgment of the remark (`Democrats condemned Trump's "racist" comments`).
 */
export function ownerOfRemarkCue(text: string, list: readonly Word[], around: QuoteSurroundings, quoteText: string): Cue | undefined {
  const noun = list[around.after.start]
  if (!noun || around.after.start >= around.after.end || !remarkNouns.test(noun.lower) || !/[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(quoteText)) return undefined
  const owner = ownerNameAt(text, list, around.before.end - 1, around.before.start)
  return owner && { speaker: owner, verb: null, verbBase: null, place: 'before' }
}

/** The first word after the last sentence end or line break before `end`, not before `floor`. */
function startOfSentence(text: string, list: readonly Word[], end: number, floor: number): number {
  for (let word = end - 1; word >= floor; word--) {
    if (endsSentence(list, word, text) || hasNewline(text, list[word].end, list[word + 1]?.start ?? list[word].end)) return word + 1
  }
  return floor
}

/**
 * The cue after a quote: `"…," she said`, `"…," said Jennifer Palmieri`,
 * `"…," according to People`. After a quote that ends its sentence, only a
 * sentence that is nothing but the cue counts (`"…." She continued: "…"`);
 * a `quoteText` of null asks that of a sentence between two quotes.
 * A participle after the quote (`called the bill "a disgrace," saying`) has
 * the subject of the sentence's `narration` before it.
 */
export function cueAfter(text: string, list: readonly Word[], after: Span, quoteText: string | null, narration: readonly Span[] = []): Cue | undefined {
  let index = after.start
  while (index < after.end && /^[,\u2014\u2013\u2015-]$/.test(list[index].text)) index++
  if (index >= after.end) return undefined
  // `"…" ― Sonya Herridge`: a dash and a name sign the quote.
  if (index > after.start && /^[\u2014\u2013\u2015-]$/.test(list[index - 1].text)) {
    const signature = signedName(text, list, index, after.end)
    if (signature) return signature
  }
  // (`"Rise to the occasion." added Lauten`: a verb in lower case right after the quote, and someone after it — a name,
  // a title, a role: `added the mayor`, `added spokeswoman Ana Lowe` — go on with its sentence; not `read "No entry."
  // says a lot`, nor a sentence between two quotes, asked whether it is a cue of its own: `quoteText` null.)
  const verbFirst = quoteText !== null && index === after.start && /^\p{Ll}/u.test(list[index].text) ? verbAt(list, index) : undefined
  const following = verbFirst === undefined ? [] : list.slice(verbFirst.next, Math.min(verbFirst.next + maxWordsToRole, after.end))
  const continuesSentence = following.length > 0 &&
    (/^\p{Lu}/u.test(following[0].text) || isTitleWord(following[0]) || following.some((word) => roleNouns.test(word.lower)))
  const endsItsSentence = quoteText === null || (/[.\u2026]\s*$/.test(quoteText) && !continuesSentence) || (/[!?]\s*$/.test(quoteText) && isCapitalized(list[index].text) && !isNameStart(list, index))
  const first = list[index]

  let cue: Cue | undefined
  let cueEnd = index
  let reactsToQuote = false
  if (isAccordingTo(first, list[index + 1])) {
    const speaker = phraseAfter(text, list, index + 2, after.end)
    if (speaker) cue = { speaker, verb: text.slice(first.start, list[index + 1].end), verbBase: 'according to', place: 'after' }
    cueEnd = index + 2
  } else if (verbAt(list, index)) {
    const verb = verbAt(list, index)!
    // `"…," saying it would hurt families`, `"…," adding that the findings …`: what follows a participle is what was
    // said; the one who said it is the subject of the narration before the quote. A quote that opens its sentence has
    // none: it carries on an earlier speaker, if any.
    const speaker = /ing$/.test(verb.text)
      ? narration.some((stretch) => stretch.end > stretch.start) ? participleSubject(text, list, narration) ?? null : undefined
      : phraseAfter(text, list, verb.next, after.end)
    if (speaker !== undefined && !(speaker?.kind === 'nominal' && amountObject.test(speaker.text))) cue = { speaker, verb: verb.text, verbBase: verb.base, place: 'after' }
    cueEnd = verb.next
  } else {
    const at = verbAfterSubject(list, index, after.end)
    // `"respects" Grassley and proclaimed`: a verb joined by `and` has its subject before the quote, and so has a
    // participle set off by a comma (`made his first "Crooked Hillary" Twitter post on Tuesday, accusing`).
    const isSetOffParticiple = at !== undefined && /ing$/.test(list[at].lower) && list[at - 1].text === ','
    if (at !== undefined && !/^(and|but|or)$/i.test(list[at - 1].text) && !isSetOffParticiple) {
      const speaker = subjectBefore(text, list, at, index)
      const verb = verbAt(list, at)!
      // The subject opens the narration after the quote or a clause in it (`"…" and against the law, Clinton said`);
      // in `"…" given his campaign promises` it does not.
      const speakerFirst = firstAtOrAfter(list, speaker?.start ?? 0)
      const opensSubject = !/^\p{Ll}/u.test(first.text) || isTitleWord(first) || /^(the|a|an|he|she|they|we|i|one|his|her|their|its)$/.test(first.text) ||
        list[speakerFirst - 1]?.text === ','
      // `"all the bishops," a point the USCCB media office denied`: a noun phrase right after another is the subject of
      // a clause that speaks of the first (not `the former governor of Alaska Sarah Palin said`, one phrase).
      const followsPhrase = speaker?.kind === 'nominal' && objectOpeners.has(list[speakerFirst].lower) && list[speakerFirst - 1]?.text !== ',' &&
        list.slice(index, speakerFirst).some((word) => objectOpeners.has(word.lower))
      // `he stands "squarely behind" his decision to withdraw …, while admitting`: a quote that runs on into its
      // sentence, with no mark after it, is part of a clause: a noun phrase after it is no subject of its cue.
      const runsOn = index === after.start && speaker?.kind === 'nominal' && quoteText !== null && /[\p{L}\p{N}]$/u.test(quoteText.trim()) && /^\p{Ll}/u.test(first.text)
      // `the "For the People Act" — but when pollsters talk to the people, many say …`: a main clause set against the
      // quote's reports something else.
      let isContrasted = false
      for (let word = index; word < speakerFirst && !isContrasted; word++) isContrasted = /^(but|yet)$/.test(list[word].lower)
      // (A sentence of its own holds nothing else between its subject and verb: not `Biden stumbled repeatedly when
      // taking his first questions from reporters.`)
      const isOwnSubject = !endsItsSentence || (speaker !== undefined && isRightBefore(list, speaker, at))
      // (A verb of other senses reports a quote before it only from a sentence that is little more than it: `She
      // continued.`, not `Updated CDC guidance will still call on Americans to …`.)
      const isNearEnough = !endsItsSentence || !isWeakVerb(verb.base) || (speaker !== undefined && onlyAsidesBetween(list, firstAtOrAfter(list, speaker.end), at))
      if (speaker && speaker.start >= list[index].start && opensSubject && !followsPhrase && !runsOn && !isContrasted && isOwnSubject && isNearEnough) {
        cue = { speaker, verb: verb.text, verbBase: verb.base, place: 'after' }
        cueEnd = verb.next
        // `"…." Republican officials dismissed that criticism.`, `Vale denied it.`: a sentence of its own that denies or
        // judges something answers the quote; it does not report it (`He said this week.`, `She repeated the claim.` do).
        reactsToQuote = reactionBases.has(verb.base) && opensObject(list, verb.next, after.end)
      }
    }
  }
  if (!cue) return undefined
  if (endsItsSentence) {
    if (reactsToQuote) return undefined
    // Only a cue sentence of its own: `She continued:`, `he said.`, `Trump said on Fox News Monday.`
    const rest = list.slice(cueEnd, after.end).filter((word) => !word.isPunctuation)
    // (`"…." They added that "…"`: what the verb goes on to report is the next quote.)
    if (rest.length === 1 && rest[0].lower === 'that') return undefined
    // `Trump said on "Fox & Friends."`: the full stop inside a title's closing mark ends the sentence too.
    const closing = /^['"\u2019\u201D]$/.test(list[after.end - 1]?.text ?? '') && list[after.end - 2]?.text === '.' ? '.' : list[after.end - 1]?.text
    const isShort = rest.length <= 3 || (rest.length <= maxPlacedCueWords && placePrepositions.has(rest[0].lower) && rest.every((word) => !isVerbLike(word)))
    const standsAlone = isShort && (closing === ':' || closing === '.' || after.end === list.length || cueEnd >= after.end - 1)
    if (!standsAlone) return undefined
  }
  return cue
}

// What a verb says rather than who: `the sign says "No entry" says a lot about the town`.
const amountObject = /^(?:a lot|lots|volumes|much|little|nothing|something|everything|plenty|more|less)\b/i

/** Words after a verb that follows a quote, up to the role that says it names someone: `added her spokesman`. */
const maxWordsToRole = 3

/** Words a cue sentence of its own may take after its verb when a preposition opens them: `said in a statement Tuesday`. */
const maxPlacedCueWords = 5
const placePrepositions = new Set(['on', 'in', 'at', 'during', 'to', 'via', 'from'])

/** A word that may be a clause's verb: `that`, a reporting verb, a past or present form (`was`, `announced`). */
export function isVerbLike(word: Word): boolean {
  return word.lower === 'that' || reportingVerb(word) !== undefined || /^\p{Ll}+(ed|ing)$/u.test(word.text) || /^(is|are|was|were|has|have|had|will|would)$/.test(word.lower)
}

// Words that open a verb's object: `dismissed that criticism`, `denied the report`.
const objectOpeners = new Set(['that', 'this', 'these', 'those', 'the', 'a', 'an', 'such', 'his', 'her', 'their', 'its'])
// Verbs that answer what was said rather than report it, given an object: `denied it`, `dismissed that criticism`.
const reactionBases = new Set(['deny', 'dismiss', 'condemn', 'criticize', 'criticise', 'denounce', 'decry', 'deplore', 'mock', 'ridicule', 'question', 'attack', 'slam', 'blast', 'defend', 'praise', 'hail', 'laud', 'deride', 'scoff', 'lament', 'bemoan'])
// Nouns of time after `this`, `that`, `the`: `said this week`, `the next day` place the cue, they are no object.
const timeNouns = /^(week|weekend|morning|afternoon|evening|night|day|month|year|time|next|following|previous|same|other|last)$/

/**
 * Whether an object opens at `index`: a phrase (`that criticism`), or `it`, `that`, `them` alone; not a time (`this
 * week`). `that` before a clause (`noted that "…"`) is none.
 */
function opensObject(list: readonly Word[], index: number, end: number): boolean {
  const word = list[index]
  if (word === undefined) return false
  const next = index + 1 < end ? list[index + 1] : undefined
  const isAlone = next === undefined || next.isPunctuation
  if (/^(it|them)$/.test(word.lower) || (word.lower === 'that' && isAlone)) return true
  return objectOpeners.has(word.lower) && !isAlone && !timeNouns.test(next.lower) && !(word.lower === 'that' && next.lower === 'on')
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
    if (isAccordingTo(word, list[index + 1]) && index + 2 < before.end) {
      const speaker = phraseAfter(text, list, index + 2, before.end)
      if (speaker) return { speaker, verb: text.slice(word.start, list[index + 1].end), verbBase: 'according to', place }
      continue
    }
    // `Said Dorothy Poynter, who grew up with Ali, "…"`
    const verb = verbAt(list, index, index === before.start)
    // (`according to the explanatory notes of the bill`: a report noun that `of` follows is no verb.)
    const isNoun = list[index + 1]?.lower === 'of' && isReportNoun(list, index, before.start)
    // (`Trump said, and I quote, "…"`: the writer's aside; the verb before it reports the quote.)
    const isWritersAside = verb?.base === 'quote' && list[index - 1]?.lower === 'i' && list[index + 1]?.text === ','
    if (!verb || isParticipleModifier(list, index) || isNoun || isWritersAside) continue
    // (`that if Ms. Brewer signs the measure, "the N.F.L. may be looking …"`: a condition whose verb of other senses
    // has its own object before the comma is no attribution; the quote goes on with the sentence. `If Trump told Comey
    // on Feb. 14, "…"` is one.)
    if (last.text === ',' && index < before.end - 2 && isWeakVerb(verb.base) && isInCondition(list, index, before.start)) continue
    const base = verb.base
    const distance = before.end - index
    // `The bill was called "dead on arrival"`: the one a passive of naming names is no speaker; who named it is, when
    // said before the quote (`The plan was described by Tom Baker as "a stunt"`). Set off by a comma, with its agent
    // or `as` right after, it is a passive too (`The plan, described by critics as "…"`); not a verb in a series (`He
    // spoke for an hour, called the plan "…"`), nor a passive whose quote is something else (`was criticized for his
    // "very fine people" remark`).
    const isSetOffPassive = list[index - 1]?.text === ',' && /^(by|as)$/.test(list[index + 1]?.lower ?? '')
    const namesQuote = distance <= 2 || endsOnAs(list, index, before.end)
    if (namingOrJudgingBases.has(base) && !/ing$/.test(word.lower) && namesQuote && (followsBe(list, index, before.start) || isSetOffPassive)) {
      const agent = characterizingAgent(text, list, before)
      if (agent) return { speaker: agent, verb: verb.text, verbBase: base, place }
      continue
    }
    // Not a participle: in `Mr. Williams said, describing it as a "…"` the clause's own verb tells the speaker. A verb
    // of naming reaches as far as a plain verb (`called such trophy hunting a "horror show"`).
    const isCharacterization = !/ing$/.test(word.lower) && !isPassive(list, index, before) &&
      ((characterizes.has(base) && endsOnAs(list, index, before.end)) || (verbsNamingObject.has(base) && namesItsObject(list, index, before.end)))
    const reach = isWeakVerb(base) && !isCharacterization ? weakInsideReach : insideReach
    if (introduces ? isWeakVerb(base) && distance > weakVerbReach : distance > reach) continue
    const speaker = insertedSpeaker(text, list, index, verb.next, before.end) ?? subjectBefore(text, list, index, before.start) ?? verbFirstSpeaker(text, list, index, before.end)
    if (speaker) return { speaker, verb: verb.text, verbBase: base, place }
  }
  if (introduces && last.text === ':') return labelCue(text, list, before) ?? colonSentenceCue(text, list, before)
  // `Trump issued a statement, "…"`: a sentence that ends on what someone issued introduces it, as a colon would (not
  // what someone holds: `Baker keeps her last note, "…"`).
  if (introduces && last.text === ',' && endsOnIssued(list, before)) return colonSentenceCue(text, list, before)
  return undefined
}

// Verbs whose clause (`said that …`) holds what was said, however long it runs.
const clauseReportingBases = new Set([
  'say', 'tell', 'write', 'tweet', 'note', 'explain', 'argue', 'claim', 'insist', 'declare', 'warn', 'caution', 'predict',
  'suggest', 'contend', 'assert', 'acknowledge', 'admit', 'concede', 'complain', 'allege', 'testify', 'emphasize',
  'emphasise', 'stress', 'pledge', 'vow', 'announce', 'confirm', 'recall', 'reply', 'respond', 'reiterate', 'agree',
  'conclude', 'observe', 'remark', 'report',
])

/**
 * `Mr. Trump said that Mr. Mattis, 68, will leave at the end of February,
 * and that Mr. Mattis "was a great help"`: a fragment quoted further into
 * the sentence than a verb reaches (insideReach) is still the words of the
 * one whose report opens the sentence, when that clause of saying runs on
 * to it: no one else reported on the way (`Smith said the agency, whose
 * director once called it "…"`, `…, responding to Ms. Lee's claim that`),
 * no clause of its own (`…, and a presentation obtained by NBC encourages
 * …`), no term the writer names (`the bill known as the "reconciliation
 * bill"`), and no report denied or received (`never said`, `was told by`).
 */
export function clauseReportCue(text: string, list: readonly Word[], before: Span): Cue | undefined {
  if (before.end <= before.start || /^[,:\u2014\u2013]$/.test(list[before.end - 1].text)) return undefined
  // The sentence's subject at its start, or past a clause or phrase that opens it (`While he did not address the
  // question in his statement, Mr. Rand said his group would …`).
  const opening = list[before.start].lower
  const afterOpening = subordinators.has(opening) ? clauseEnd(list, before.start, before.end) : openingPrepositions.has(opening) ? firstCommaAfter(list, before.start, before.end) : undefined
  for (const start of afterOpening === undefined ? [before.start] : [before.start, afterOpening + 1]) {
    const cue = clauseReportFrom(text, list, { start, end: before.end })
    if (cue) return cue
  }
  return undefined
}

/** clauseReportCue with the subject at `stretch.start`. */
function clauseReportFrom(text: string, list: readonly Word[], stretch: Span): Cue | undefined {
  const at = verbAfterSubject(list, stretch.start, stretch.end)
  const verb = at === undefined ? undefined : verbAt(list, at)
  if (at === undefined || !verb || !clauseReportingBases.has(verb.base) || /ing$/.test(list[at].lower) || isInfinitive(list, at)) return undefined
  // (Nor a report denied, `Mr. Rand never said that …`, nor one heard, `Ms. Lee was told by her doctors that …`.)
  if (isNegatedOrPassive(list, stretch.start, at) || namesTerm(list, stretch.end)) return undefined
  // A participle set off by a comma goes on with the same report (`The source told Fox News that …, adding that Stone’s
  // situation was "…"`), and reports the quote.
  let reporting = verb
  for (let later = verb.next; later < stretch.end; later++) {
    // (Nor past words that bring in another's words or name: `referred to it as`, `nicknamed`, `read`, the general's
    // `assertion that`, the court's `description of the statute as`.)
    if (othersWords.has(list[later].lower)) return undefined
    const other = verbAt(list, later)
    if (other && !isParticipleModifier(list, later)) {
      if (!(/ing$/.test(list[later].lower) && list[later - 1]?.text === ',' && goesOnBases.has(other.base))) return undefined
      reporting = other
    }
    if (opensOwnClause(list, later, stretch.end)) return undefined
  }
  const inserted = insertedSpeaker(text, list, at, verb.next, stretch.end)
  if (inserted) return { speaker: inserted, verb: reporting.text, verbBase: reporting.base, place: 'inside' }
  const speaker = subjectBefore(text, list, at, stretch.start)
  // (The subject opens the sentence, titles and all: `Mr. Trump said`.)
  if (!speaker || !opensSentence(list, speaker, stretch.start) || !isRightBefore(list, speaker, at)) return undefined
  return { speaker, verb: reporting.text, verbBase: reporting.base, place: 'inside' }
}

// Words on the way from a clause of saying to a quote that bring in someone else's words, or a name someone gives (not
// `statement`: `Perry said in a statement that …` is his).
const othersWords = new Set([
  'referred', 'nicknamed', 'dubbed', 'labeled', 'labelled', 'branded', 'termed', 'read', 'reads', 'assertion', 'description',
  'characterization',
])

// Participles that go on with the same report (`, adding that …`); not those that bring in another's words (`,
// responding to Ms. Lee’s claim that …`, `, echoing`, `, citing`, `, quoting`).
const goesOnBases = new Set(['add', 'note', 'say', 'explain', 'argue', 'insist', 'warn', 'stress', 'emphasize', 'emphasise', 'acknowledge', 'concede', 'conclude', 'contend', 'predict', 'suggest', 'assert', 'claim', 'vow', 'pledge', 'promise', 'declare', 'admit'])

/**
 * Nothing but adverbs and asides set off by commas from `start` to the verb at `verb`: `Schumer, a New York Democrat,
 * later added`, `The spokeswoman later stated`; not `Updated CDC guidance will still call`.
 */
function onlyAsidesBetween(list: readonly Word[], start: number, verb: number): boolean {
  for (let index = start; index < verb; index++) {
    if (list[index].text === ',') {
      let close = index + 1
      while (close < verb && list[close].text !== ',') close++
      index = close
      continue
    }
    if (!isAdverb(list[index])) return false
  }
  return true
}

/** A negation or a form of `be` between the subject at `start` and the verb at `verb`: a report denied or one received. */
function isNegatedOrPassive(list: readonly Word[], start: number, verb: number): boolean {
  for (let index = start; index < verb; index++) {
    const form = list[index].lower
    if (form === 'not' || form === 'never' || /n['\u2019]t$/.test(form)) return true
  }
  return beForms.has(list[verb - 1]?.lower ?? '') || (isAdverb(list[verb - 1]) && beForms.has(list[verb - 2]?.lower ?? ''))
}

/**
 * The comma that ends a clause opening at `start` with a subordinator: the first with a verb before it, past a name's
 * apposition (`After Mr. Rand, the committee chairman, said the bill was dead,`).
 */
function clauseEnd(list: readonly Word[], start: number, end: number): number | undefined {
  let hasVerb = false
  for (let index = start + 1; index < end && index - start <= maxOpeningClauseWords; index++) {
    if (list[index].text === ',' && hasVerb) return index
    hasVerb ||= isVerbLike(list[index]) || /^(did|does|do|is|are|was|were)$/.test(list[index].lower)
  }
  return undefined
}

/** The first comma from `start` before `end`, within an opening clause's length. */
function firstCommaAfter(list: readonly Word[], start: number, end: number): number | undefined {
  for (let index = start + 1; index < end && index - start <= maxOpeningClauseWords; index++) if (list[index].text === ',') return index
  return undefined
}

/** The longest clause or phrase read as opening a sentence before its subject. */
const maxOpeningClauseWords = 25

/**
 * `Her comments, said Josh Earnest, the White House press secretary, are
 * "…"`: an attribution set into the sentence between commas, whose name
 * after `said` (at `verb`, ending before `next`) speaks, not the subject
 * (not `Sen. Ann Lee, R-Tenn., told Fox News,`: whom she told).
 */
function insertedSpeaker(text: string, list: readonly Word[], verb: number, next: number, end: number): SpeakerPhrase | undefined {
  if (list[verb - 1]?.text !== ',' || reportingVerb(list[verb]) !== 'say') return undefined
  const name = phraseAfter(text, list, next, end)
  return name?.kind === 'name' && list[firstAtOrAfter(list, name.end)]?.text === ',' ? name : undefined
}

/** `to explain`, `to better explain`: an infinitive, whose subject may be another's (`kept up pressure on Steele to better explain`). */
function isInfinitive(list: readonly Word[], verb: number): boolean {
  return list[verb - 1]?.lower === 'to' || (list[verb - 2]?.lower === 'to' && !list[verb - 1].isPunctuation)
}

/** `known as the "reconciliation bill"`: whether the quote opening at the word `end` is a name the narration gives something. */
function namesTerm(list: readonly Word[], end: number): boolean {
  // (Past an article: `known as the "…"`.)
  const at = /^(the|a|an)$/.test(list[end - 1]?.lower ?? '') ? end - 2 : end - 1
  const isAs = list[at]?.lower === 'as'
  return isAs && (namingParticiples.has(list[at - 1]?.lower ?? '') || (list[at - 1]?.lower === 'to' && list[at - 2]?.lower === 'referred'))
}

// `known as`, `billed as`, `referred to as`.
const namingParticiples = new Set(['known', 'billed'])

/**
 * Whether a clause with a subject of its own opens at `index`: after a
 * semicolon, or a comma and `and`, `but`, `while` that no `that` follows
 * (`, and that Mr. Mattis` goes on with what was said; `, and a private
 * presentation` does not).
 */
function opensOwnClause(list: readonly Word[], index: number, end: number): boolean {
  const word = list[index]
  if (word.text === ';') return true
  if (word.text !== ',' || !/^(and|but|while|whereas|yet)$/.test(list[index + 1]?.lower ?? '')) return false
  const next = index + 2
  return next < end && list[next].lower !== 'that'
}

/** Whether a word of condition (`if`, `unless`, `whether`) stands before the verb at `index` in its clause. */
function isInCondition(list: readonly Word[], index: number, floor: number): boolean {
  for (let at = index - 1; at >= floor && !isClauseBreak(list[at]); at--) if (conditions.has(list[at].lower)) return true
  return false
}

const conditions = new Set(['if', 'unless', 'whether'])

// What is issued, and the verbs that issue it: `issued a statement`, `posted a brief message`.
const issuedNouns = /^(statement|tweet|message|letter|note|memo|release|post|email|e-mail)$/
const issuingVerbs = /^(issued|released|posted|sent|tweeted|published|shared|put|wrote|emailed|e-mailed)$/
/** Modifiers between the verb and the noun: `issued a brief written statement`. */
const maxIssuedModifiers = 3

/** Whether `before` ends on a noun of what someone issued, after an issuing verb and a few modifiers (`issued a statement,`). */
function endsOnIssued(list: readonly Word[], before: Span): boolean {
  const noun = before.end - 2
  if (noun < before.start || !issuedNouns.test(list[noun].lower)) return false
  for (let index = noun - 1; index >= before.start && noun - index <= maxIssuedModifiers + 1; index--) {
    if (issuingVerbs.test(list[index].lower) || (list[index].lower === 'out' && list[index - 1]?.lower === 'put')) return true
    if (list[index].isPunctuation) return false
  }
  return false
}

// Adverbs that open a sentence before a comma, capitalized like names: `Immediately after the attacks, Trump …` (a list,
// not any word in -ly: `Kelly`, `Connolly`).
const openingAdverbs = new Set(['immediately', 'recently', 'separately', 'additionally', 'finally', 'eventually', 'ultimately', 'previously',
  'initially', 'currently', 'apparently', 'notably', 'importantly', 'similarly', 'subsequently', 'shortly', 'earlier', 'later', 'afterward',
  'afterwards'])

/** A sentence this short that a colon ends may stand for its subject's words. */
const maxColonSentenceWords = 14
/** An opening phrase this short, up to a comma, may stand before a colon sentence's subject. */
const maxOpeningPhraseWords = 6
const thirdPersons = new Set(['he', 'she', 'they'])
const openingPrepositions = new Set(['in', 'on', 'at', 'during', 'for', 'from', 'with', 'over', 'by', 'amid', 'despite'])
// Words after a subject that show no verb follows: `Trump's plan:`, `Kasich of Ohio:`, `Trump and Clinton:`.
const notVerbs = new Set(['of', 'and', 'or', 'in', 'on', 'at', 'for', 'from', 'with', 'to', 'the', 'a', 'an', 'as'])
// Verbs whose subject hears, gets or passes on the words after the colon rather than speaking them.
const receivingVerbs = new Set([
  'face', 'faces', 'faced', 'facing', 'receive', 'receives', 'received', 'get', 'gets', 'got', 'gotten', 'hear', 'hears',
  'heard', 'meet', 'meets', 'met', 'greet', 'greets', 'greeted', 'obtain', 'obtains', 'obtained', 'run', 'runs', 'ran',
  'retweet', 'retweets', 'retweeted', 'share', 'shares', 'shared', 'quote', 'quotes', 'quoted', 'cite', 'cites', 'cited',
  'see', 'sees', 'saw', 'find', 'finds', 'found', 'read', 'reads', 'publish', 'publishes', 'published', 'print', 'prints', 'printed',
])
const haveForms = new Set(['has', 'have', 'had'])
const participle = /^\p{Ll}+(ed|en)$|^(met|told|shown|sent|hit|struck|seen|heard|caught|taken|said|made|put|got)$/u
// `She had a message for them:` is hers; `Trump has company:` is not.
const messageNouns = /^(message|messages|warning|word|words|answer|reply|response|retort|advice|rebuttal|prediction|verdict|explanation|take|thoughts)$/

/**
 * `Kasich resisted: "…"`, `Clinton has since apologized for what happened:
 * "…"`, `Mitch McConnell, R-Ky., delivered a blunt message to Trump: "…"`:
 * a short sentence whose subject is a person (a name or a pronoun, not a
 * noun phrase such as `The timing of Sanders' surge`) and which a colon ends
 * introduces that person's words. The subject is read at the sentence's
 * start or past its opening phrase (`Moments later, she added, a bit
 * regretfully:`). A verb that is no reporting verb is not given.
 */
function colonSentenceCue(text: string, list: readonly Word[], before: Span): Cue | undefined {
  let words = 0
  for (let index = before.start; index < before.end; index++) if (!list[index].isPunctuation) words++
  if (words > maxColonSentenceWords) return undefined
  const firstComma = list.slice(before.start, before.end).findIndex((word) => word.text === ',')
  const hasOpeningPhrase = firstComma > 0 && firstComma <= maxOpeningPhraseWords
  // Where the opening phrase ends, if there is one (else at the start: nothing opens the sentence).
  const firstCommaIndex = hasOpeningPhrase ? before.start + firstComma : before.start
  const starts = [before.start, ...(hasOpeningPhrase ? [firstCommaIndex + 1] : [])]
  for (const start of starts) {
    // `When Wallace died in 1998, President Clinton …`, `Immediately after the attacks, Trump …`: a clause or phrase
    // that opens the sentence has no subject of its own to give.
    const opensWithAdverb = start < firstCommaIndex && openingAdverbs.has(list[start].lower)
    if (subordinators.has(list[start].lower) || openingPrepositions.has(list[start].lower) || opensWithAdverb) continue
    const cue = subjectAndVerbFrom(text, list, start, before.end - 1)
    if (cue) return cue
  }
  return undefined
}

/** The cue of a subject that starts at `first` and a verb after it, before `end`. */
function subjectAndVerbFrom(text: string, list: readonly Word[], first: number, end: number): Cue | undefined {
  while (first < end && (leadingConnectives.has(list[first].lower) || isAdverb(list[first]))) first++
  const speaker = first < end ? phraseAfter(text, list, first, end) : undefined
  // A person: `it gets better:` is the writer's, and so, mostly, is `we` or `I`.
  if (!speaker || speaker.kind === 'nominal' || (speaker.kind === 'pronoun' && !thirdPersons.has(speaker.text.toLowerCase()))) return undefined
  let next = first
  while (next < end && list[next].start < speaker.end) next++
  // `Trump's plan:` is what the plan says, if anything.
  if (/['\u2019]s?$/.test(list[next - 1].text)) return undefined
  // `Mitch McConnell, R-Ky., delivered`, `Marco Rubio (R-Fla.) had`
  if (list[next]?.text === ',' && isPartyLabel(list[next + 1]?.text ?? '')) {
    next += 2
    while (next < end && list[next].text !== ',') next++
    next++
  } else if (list[next]?.text === '(') {
    while (next < end && list[next].text !== ')') next++
    next++
  }
  // `Clinton has since apologized`; `Moments later,` has no verb; `has company` and `had a warning` have one.
  while (next < end && isAdverb(list[next]) && !beForms.has(list[next].lower) && !(haveForms.has(list[next].lower) && !isAuxiliary(list, next, end))) next++
  const verb = list[next]
  if (next >= end || !/^\p{Ll}+$/u.test(verb.text) || notVerbs.has(verb.text) || isAddressed(list, next, end)) return undefined
  const reporting = verbAt(list, next)
  return { speaker, verb: reporting?.text ?? null, verbBase: reporting?.base ?? null, place: 'label', needsPerson: true }
}

/** Whether the `has` or `had` at `at` is an auxiliary: a past participle follows, adverbs aside (`has since apologized`). */
function isAuxiliary(list: readonly Word[], at: number, end: number): boolean {
  let next = at + 1
  while (next < end && ((isAdverb(list[next]) && !haveForms.has(list[next].lower)) || /^(since|already|long)$/.test(list[next].lower))) next++
  return next < end && participle.test(list[next].text)
}
/**
 * Whether the subject at the verb `at` is the one spoken to: a verb of
 * hearing or getting (`Trump faced a question from reporters:`), a passive
 * (`Obama was met with a chant:`), anyone `from` or `by` whom the words come,
 * or `has` without a message (`Trump has company:`).
 */
function isAddressed(list: readonly Word[], at: number, end: number): boolean {
  const verb = list[at]
  if (receivingVerbs.has(verb.text)) return true
  const next = list[at + 1]
  if (beForms.has(verb.text) && next && participle.test(next.text)) return true
  if (haveForms.has(verb.text)) {
    let object = at + 1
    while (object < end && /^(a|an|the|one|some|his|her|their|its|simple|blunt|clear|short|sharp|stark|different|final|firm|new)$/.test(list[object].lower)) object++
    if (object >= end || !messageNouns.test(list[object].lower)) return true
  }
  for (let index = at + 1; index < end; index++) if (list[index].lower === 'from' || list[index].lower === 'by') return true
  return false
}

/** A name alone after a dash, up to a comma, full stop or the next quote. */
function signedName(text: string, list: readonly Word[], index: number, end: number): Cue | undefined {
  const run = nameRunAfter(list, index, end)
  if (!run || (run[1] + 1 < end && !/^[,.]$/.test(list[run[1] + 1].text))) return undefined
  const name = readName(text, list, run[0], run[1])
  return name ? { speaker: { kind: 'name', text: name.text, start: name.start, end: name.end, name }, verb: null, verbBase: null, place: 'after' } : undefined
}

/** `Trump: "…"`, `- Philip Bump: "…"`, `Rep. Trey Gowdy (R-S.C.): "…"`, `More from Jones: "…"`. */
function labelCue(text: string, list: readonly Word[], before: Span): Cue | undefined {
  let last = before.end - 2
  // `His response: "…"`: the man the pronoun stands for.
  const owner = list[last - 1]
  if (owner && last - 1 === before.start && /^(his|her)$/i.test(owner.text) && responseNouns.test(list[last].text)) {
    return { speaker: { kind: 'pronoun', text: owner.text, start: owner.start, end: owner.end }, verb: null, verbBase: null, place: 'label' }
  }
  if (list[last]?.text === ')') {
    while (last > before.start && list[last].text !== '(') last--
    last--
  }
  const run = last >= before.start ? nameRunBefore(list, last, before.start) : undefined
  if (!run) return undefined
  const previous = list[run[0] - 1]
  const startsLabel = run[0] === before.start || /^([-\u2013\u2014]|from)$/i.test(previous?.text ?? '')
  const name = startsLabel ? readName(text, list, run[0], run[1]) : undefined
  return name ? { speaker: { kind: 'name', text: name.text, start: name.start, end: name.end, name }, verb: null, verbBase: null, place: 'label' } : undefined
}

/**
 * The cue later in the quote's own sentence, for a quote inside a sentence:
 * `"so proud" of him, she said.`
 */
export function cueLaterInSentence(text: string, list: readonly Word[], after: Span): Cue | undefined {
  for (let index = after.start; index < after.end; index++) {
    const verb = verbAt(list, index)
    if (!verb || isWeakVerb(verb.base) || isParticipleModifier(list, index)) continue
    // `asserting he could …`: after a participle comes what was said, not who said it. After a comma a name may
    // follow the verb: `"…" that Sanders can catch Clinton, said Steve Elmendorf` (not `that Sanders`); not the one
    // `told` addresses, nor `it` in `, said it was`.
    const follows = list[index - 1]?.text === ',' && !/ing$/.test(verb.text) && verb.base !== 'tell' ? phraseAfter(text, list, verb.next, after.end) : undefined
    const inverted = follows?.kind === 'name' ? follows : undefined
    // (Nor after an infinitive: in `the "nuclear option" to confirm Judge Neil Gorsuch` the name is what it acts on.)
    // (Nor after a relative pronoun: in `led the team that wrote the software` the software is what was written.)
    const isObjectAfter = list[index - 1]?.lower === 'to' || /^(that|which|who)$/.test(list[index - 1]?.lower ?? '')
    const speaker = inverted ?? subjectBefore(text, list, index, after.start) ??
      (/ing$/.test(verb.text) || isObjectAfter ? undefined : phraseAfter(text, list, verb.next, after.end))
    // `"…," aides said Mr. Ryan told his colleagues`: the one named as telling it speaks; those who say so report them.
    const told = !inverted && !/ing$/.test(verb.text) ? namedReporter(text, list, verb.next, after.end) : undefined
    if (told) return told
    if (speaker) return { speaker, verb: verb.text, verbBase: verb.base, place: 'inside' }
  }
  return undefined
}

/** A name right after a reporting verb, and a reporting verb of its own right after the name: `said Mr. Ryan told`. */
function namedReporter(text: string, list: readonly Word[], start: number, end: number): Cue | undefined {
  if (start >= end || !isNameStart(list, start)) return undefined
  const name = phraseAfter(text, list, start, end)
  if (name?.kind !== 'name') return undefined
  const next = firstAtOrAfter(list, name.end)
  const verb = next < end ? verbAt(list, next) : undefined
  if (!verb || /ing$/.test(verb.text) || isWeakVerb(verb.base)) return undefined
  return { speaker: name, verb: verb.text, verbBase: verb.base, place: 'inside' }
}

/** The reporting verb at `index` with its particle (`pointed out`), and the index after it. */
function verbAt(list: readonly Word[], index: number, atSentenceStart = false): { base: string; text: string; next: number } | undefined {
  const word = list[index]
  const next = list[index + 1]
  const base = reportingVerb(word, atSentenceStart, next)
  if (!base) return undefined
  // After an owner the word is a noun, whatever verb it spells, and its owner speaks only through what it holds:
  // `Biden's call for a "significant de-escalation"`, `Obama's pledge to change "business as usual"`; not `Trump's
  // offer was a "bad deal"`, nor Coons's `called Trump's offer "a first step"`.
  if (hasOwnerBefore(list, index, word.lower === base && nounsOfSpeech.has(base)) && !(next !== undefined && nounComplements.has(next.lower))) return undefined
  return takesParticle(base) ? { base, text: `${word.text} ${next!.text}`, next: index + 2 } : { base, text: word.text, next: index + 1 }
}

/**
 * Whether an owner stands right before the word at `index` (`Clinton's remarks`), or, for a noun of speech
 * (`offer`; not `told` nor `say`: `her colleagues told her`, `Ann Lee and her husband say`), past at most two words
 * that modify it (`the president's immigration offer`).
 */
function hasOwnerBefore(list: readonly Word[], index: number, isNoun: boolean): boolean {
  for (let at = index - 1; at >= 0 && index - at <= (isNoun ? maxNounModifiers + 1 : 1); at--) {
    if (isOwner(list[at])) return true
    // (A modifier is no word of grammar, nor a plural, which is the noun the verb after it has for subject: `Mr. Trump's
    // former advisers say`, `his plan to urge`.)
    if (list[at].isPunctuation || !/^\p{Ll}+$/u.test(list[at].text) || /s$/.test(list[at].text) || functionWords.has(list[at].lower)) return false
  }
  return false
}

// Reporting verbs whose bare form is as often a noun of what was said: `the president's immigration offer`.
const nounsOfSpeech = new Set(['offer', 'call', 'pledge', 'promise', 'claim', 'report', 'remark', 'comment', 'answer', 'reply', 'vow', 'demand', 'tweet', 'post', 'quote', 'plea', 'retort', 'boast', 'warning'])

/** Words between an owner and its noun: `the president's new immigration offer`. */
const maxNounModifiers = 2
const functionWords = new Set([
  ...beForms, 'to', 'of', 'for', 'and', 'or', 'but', 'the', 'a', 'an', 'that', 'with', 'in', 'on', 'at', 'by', 'from', 'not',
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'did', 'had', 'have', 'who', 'which',
])

/** `Trump's`, `the president's`, `his`, `their`: a word that owns the noun after it. */
function isOwner(word: Word): boolean {
  return !word.isPunctuation && (hasPossessive(word.text) || possessivePronouns.has(word.lower))
}

// Words that open what a noun of speech holds: `call for`, `pledge to`, `claim that`, `words:`.
const nounComplements = new Set(['for', 'to', 'that', 'of', ':', ','])

/**
 * `said Trump:` — the speaker after the verb, when nothing comes before it. After a participle a name is the reported
 * clause's subject (`Saying Hamas must pay a "very heavy price"`), though a pronoun most often is the speaker's own
 * (`…, saying he made "no threats"`).
 */
function verbFirstSpeaker(text: string, list: readonly Word[], verb: number, end: number): SpeakerPhrase | undefined {
  const speaker = phraseAfter(text, list, verb + 1, end)
  if (/ing$/.test(list[verb].lower) && speaker?.kind !== 'pronoun') return undefined
  // (Not an owner: `called Trump's offer "a first step"`, `said Trump's spokesman`; the name is not who speaks.)
  const last = speaker === undefined ? undefined : list[firstAtOrAfter(list, speaker.end) - 1]
  return speaker && speaker.kind !== 'nominal' && !(last !== undefined && hasPossessive(last.text)) ? speaker : undefined
}

/**
 * `Lenahan says he sees a bigger issue at work here. "There is …"`: a
 * sentence that opens on someone reporting speech, before a quote that
 * stands alone, hands that person the quote, as news writing goes on from a
 * paraphrase to the words. Not a verb that reports only beside a quote
 * (`added`), nor a participle, nor when someone else reports later in the
 * sentence.
 */
export function reportingSentenceCue(text: string, list: readonly Word[], sentence: Span): Cue | undefined {
  const at = verbAfterSubject(list, sentence.start, sentence.end)
  const verb = at === undefined ? undefined : verbAt(list, at)
  // (Nor a question: `Reporters asked the mayor whether …` is answered by the quote after it.)
  if (at === undefined || !verb || isWeakVerb(verb.base) || /ing$/.test(list[at].lower) || askingBases.has(verb.base)) return undefined
  const speaker = subjectBefore(text, list, at, sentence.start)
  if (!speaker || !opensSentence(list, speaker, sentence.start) || !isRightBefore(list, speaker, at)) return undefined
  // (`Paul … alleged that …, something that Fauci strongly disputed.`: two people named as reporting, either may go on;
  // not a pronoun, which most often stands for the first, `which he said had failed`.)
  for (let later = verb.next + 1; later < Math.min(sentence.end, verb.next + 1 + maxReportingSentenceWords); later++) {
    const other = verbAt(list, later) ? subjectBefore(text, list, later, verb.next) : undefined
    if (other?.kind === 'name' && other.text !== speaker.text) return undefined
  }
  return { speaker, verb: verb.text, verbBase: verb.base, place: 'before' }
}

/** Whether `speaker` opens the sentence at `start`, titles and all (`Mr. Trump`), or a name after `The` (`The Shelton Weekly`). */
function opensSentence(list: readonly Word[], speaker: SpeakerPhrase, start: number): boolean {
  const first = startWithTitles(list, speaker, start)
  return first === start || (first === start + 1 && speaker.kind === 'name' && list[start].lower === 'the')
}

const askingBases = new Set(['ask', 'question', 'press', 'query', 'quiz', 'inquire', 'wonder'])
/** Words after its verb in which a paraphrase is searched for a second reporter: a bound on very long sentences. */
const maxReportingSentenceWords = 60

/**
 * Whether no other verb comes right after the subject before the verb at
 * `verb` (an auxiliary or adverb may: `has also said`): not `Biden stumbled
 * repeatedly when taking his first questions`, whose subject is another verb's.
 */
function isRightBefore(list: readonly Word[], subject: Span, verb: number): boolean {
  const next = firstAtOrAfter(list, subject.end)
  return next >= verb || isAdverb(list[next]) || !isVerbLike(list[next])
}

/**
 * The index of a reporting verb after a subject starting at `index`: `Mr. Lew
 * said`, `Trent Lott, who was majority leader, told`, `Sen. Marco Rubio
 * (R-Fla.) said`. Stops at the end of a clause.
 */
function verbAfterSubject(list: readonly Word[], index: number, end: number): number | undefined {
  for (let at = index + 1; at < end && at - index <= maxSubjectWords; at++) {
    const word = list[at]
    if (word.text === '(') {
      while (at < end && list[at].text !== ')') at++
      continue
    }
    // An aside between dashes, as between parentheses: `Jerrold Nadler, the chairman of the committee — where any
    // inquiry must begin — said`.
    if (/^[\u2014\u2013]$/.test(word.text)) {
      let close = at + 1
      while (close < end && close - index <= maxSubjectWords && list[close].text !== word.text) close++
      if (close < end && list[close].text === word.text) {
        at = close
        continue
      }
    }
    if (verbAt(list, at) && !isParticipleModifier(list, at)) return at
    // `Mark Meadows, R-N.C., said`: the full stop of an abbreviation goes on.
    const isAbbreviationStop = word.text === '.' && list[at + 1]?.text === ','
    if (word.isPunctuation && !/^[,\u2019'-]$/.test(word.text) && !isAbbreviationStop) return undefined
  }
  return undefined
}

// Words after which a verb's bare form is still a verb: `they claim`, `who claim`, `to claim`, `did not claim`.
const beforeBareVerb = new Set([
  'i', 'you', 'we', 'they', 'who', 'which', 'that', 'to', 'and', 'or', 'not', 'never', 'will', 'would', 'can', 'could', 'may',
  'might', 'should', 'must', 'shall', 'do', 'does', 'did', 'let', 'only', 'but', 'yet', 'people', 'children', 'men', 'women',
  'police', 'media',
])

/**
 * `the quoted remarks`, `a written statement`, `any proposed changes`: a participle before a noun is
 * no verb; nor is a plural after an owner (`the congresswoman's comments`),
 * nor a bare form after a name (`her Facebook post`: a name takes `posts`)
 * or after a singular word (`his on-camera claim`, `a far cry`: a singular
 * subject takes `claims`), nor a passive in a relative clause, nor a plural
 * after a past verb (`hauled signs`).
 */
function isParticipleModifier(list: readonly Word[], index: number): boolean {
  const previous = list[index - 1]
  if (previous === undefined) return false
  const word = list[index].text
  // (`Obama and Clinton call them` has two subjects.)
  const isBareAfterName = isNameWord(previous) && !/s$/.test(previous.text) && reportingVerb(list[index]) === word && !/^(and|or)$/.test(list[index - 2]?.text ?? '')
  return (
    /^(the|a|an|his|her|their|its|our|your|my|any|every|such)$/i.test(previous.text) ||
    (/['\u2019]s$|s['\u2019]$/i.test(previous.text) && /s$/.test(word)) ||
    isBareAfterName ||
    isBareAfterSingular(list, index) ||
    isRelativePassive(list, index) ||
    isObjectOfPast(list, index)
  )
}

/** `the articles that are written about him`: a passive in a relative clause reports no one's words. */
function isRelativePassive(list: readonly Word[], index: number): boolean {
  return /^(are|is|was|were|been|being)$/.test(list[index - 1]?.lower ?? '') && /^(that|which|who)$/.test(list[index - 2]?.lower ?? '')
}

// Words that open a noun phrase: `his on-camera claim`, `a far cry`.
const phraseOpeners = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'your', 'this', 'one'])
// Words before such a phrase that make it the tail of a longer subject: `officials at the agency say`, `Ann Lee and her husband say`.
const subjectLinks = new Set(['at', 'in', 'of', 'for', 'from', 'across', 'with', 'on', 'by', 'to', 'and', 'or', 'around', 'throughout'])

/**
 * A form in -s right after a past form is a noun: the past verb's object before a colon (`House interns hauled signs:
 * "…"`), or the head of a phrase a determiner opens (`offering her first detailed remarks`); not in `A former employee
 * who resigned says`, `The group targeted says`.
 */
function isObjectOfPast(list: readonly Word[], index: number): boolean {
  if (!/\p{Ll}s$/u.test(list[index].text) || !isPastVerb(list[index - 1]) || neverObjects.has(list[index].lower)) return false
  const isObject = list[index + 1]?.text === ':' && !/^(who|that|which)$/.test(list[index - 2]?.lower ?? '')
  // (`the revised claims`, `her first detailed remarks`; `The group targeted says` has a noun between.)
  const opener = modifiersBeforePast.has(list[index - 2]?.lower ?? '') ? index - 3 : index - 2
  return isObject || phraseOpeners.has(list[opener]?.lower ?? '')
}

const modifiersBeforePast = new Set(['first', 'latest', 'new', 'own', 'most', 'recent', 'previous', 'earlier', 'last', 'more'])

/** Forms in -s that are verbs however placed: `The letter the mayor signed says: "…"`. */
const neverObjects = new Set(['says', 'writes', 'adds', 'argues', 'warns', 'insists', 'explains', 'reads'])

function isBareAfterSingular(list: readonly Word[], index: number): boolean {
  const previous = list[index - 1]
  const word = list[index].text
  if (previous.isPunctuation || isCapitalized(previous.text) || /s$/.test(previous.text) || /s$/.test(word)) return false
  if (!phraseOpeners.has(list[index - 2]?.lower ?? '') || subjectLinks.has(list[index - 3]?.lower ?? '')) return false
  // `he’d tell`, `they’ll say`: a modal in a contraction.
  const isModal = beforeBareVerb.has(previous.lower) || /['\u2019](d|ll)$/.test(previous.lower)
  // `the email read`: some verbs' past is their bare form.
  return reportingVerb(list[index]) === word && !isPastAsBare(word) && !isModal && !isAdverb(previous)
}

function isNameStart(list: readonly Word[], index: number): boolean {
  return isNameWord(list[index]) || isTitleWord(list[index]) || list[index].lower === 'she' || list[index].lower === 'he'
}

/** The index of the word before the verb at `verb`, adverbs aside (not `be`, which an adverb list holds). */
function beforeAdverbs(list: readonly Word[], verb: number, floor: number): number {
  let previous = verb - 1
  while (previous >= floor && isAdverb(list[previous]) && !beForms.has(list[previous].lower)) previous--
  return previous
}

/** Whether a form of `be` stands right before the verb at `verb`, adverbs aside: `was swiftly dismissed`. */
function followsBe(list: readonly Word[], verb: number, floor: number): boolean {
  const previous = beforeAdverbs(list, verb, floor)
  return previous >= floor && beForms.has(list[previous].lower)
}

/**
 * `The suspect was described by police as`, `Smith, described by friends as`,
 * `whom prosecutors described in a filing as`: the one described is no
 * speaker, and the one who describes is not read from there (but `Paul
 * Manafort, dismissed criticism … as` is his).
 */
function isPassive(list: readonly Word[], verb: number, before: Span): boolean {
  if (followsBe(list, verb, before.start) || list[beforeAdverbs(list, verb, before.start) - 1]?.lower === 'whom') return true
  for (let index = verb + 1; index < before.end; index++) if (list[index].lower === 'by') return true
  return false
}

/** Whether a form of `be` stands between `from` and `end`: `a program called Prism is simply an "…"` names no quote. */
function hasBeForm(list: readonly Word[], from: number, end: number): boolean {
  for (let index = from; index < end; index++) if (beForms.has(list[index].lower)) return true
  return false
}

/**
 * Whether a verb of naming at `verb` takes the quote that `end` opens for its object's name (`called such trophy
 * hunting a "horror show"`) or for what it calls for: no particle but `for` and `on` after the verb (`called off`),
 * no preposition right before the quote or its article (`called the police about a "suspicious" man`), no `be`
 * between.
 */
function namesItsObject(list: readonly Word[], verb: number, end: number): boolean {
  if (particlesAfterCall.has(list[verb + 1]?.lower ?? '')) return false
  const last = /^(a|an|the)$/.test(list[end - 1]?.lower ?? '') ? end - 2 : end - 1
  // (`called for an end to the "finger pointing"`, `called on Trump to … "stop lying"`: what is called for is the
  // caller's words too.)
  const asksFor = /^(for|on)$/.test(list[verb + 1]?.lower ?? '')
  return last > verb && (asksFor || !prepositionsBeforeName.has(list[last].lower)) && !hasBeForm(list, verb + 1, end)
}

const particlesAfterCall = new Set(['off', 'up', 'out', 'in', 'back'])
// (Not `of`: `called Clinton's assertion of a "claim of right" …` names what she asserted.)
const prepositionsBeforeName = new Set(['about', 'to', 'with', 'at', 'from', 'into'])

/** Whether the words from `verb` to `end` close on `as`, or `as` and an article: `the move as a`. */
function endsOnAs(list: readonly Word[], verb: number, end: number): boolean {
  const last = end - 1
  const as = /^(a|an|the)$/.test(list[last].lower) ? last - 1 : last
  return as > verb && list[as].lower === 'as'
}
