import type { Span } from '../types.js'
import { firstAtOrAfter, isCalendarWord, isCapitalized, type Word } from './words.js'
import { bodyName, bodyStartBefore, hasPossessive, isNameWord, isOrganizationName, isPartyLabel, isTitleWord, nameRunAfter, nameRunBefore, officeEnd, readName, type Name } from './names.js'
import { reportingVerb } from './verbs.js'
import { genderOfFirstName } from './first-names.js'

/** The words that name who speaks: a name, a pronoun or a noun phrase (`a source`). */
export interface SpeakerPhrase extends Span {
  kind: 'name' | 'pronoun' | 'nominal'
  /** As printed. */
  text: string
  name?: Name
}

const subjectPronouns = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it'])
const determiners = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'one',
  'another', 'some', 'several', 'many', 'two', 'three', 'four', 'other', 'each', 'both', 'most', 'few',
])
const pluralDeterminers = new Set(['these', 'those', 'some', 'several', 'many', 'two', 'three', 'four', 'other', 'both', 'most', 'few'])
// Words between a subject and its verb: `Gaga reportedly said`, `he has said`, `she later told`.
const betweenSubjectAndVerb = new Set([
  'has', 'have', 'had', 'would', 'will', 'did', 'does', 'do', 'was', 'is', 'also', 'later', 'then', 'once',
  'again', 'just', 'even', 'further', 'first', 'previously', 'recently', 'often', 'still', 'never', 'always',
  'quickly', 'simply', 'finally', 'herself', 'himself', 'themselves', 'had', 'back', 'could', 'might', 'may',
  'can', 'should', 'must', 'not', 'reportedly', 'allegedly', 'apparently', 'earlier', 'soon', 'once',
  'nevertheless', 'nonetheless', 'however', 'meanwhile', 'instead', 'likewise', 'thus', 'therefore',
])
const auxiliaries = new Set(['are', 'is', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did'])
// The auxiliaries a plural subject takes.
const pluralAuxiliaries = new Set(['are', 'were', 'have', 'had', 'do', 'did'])
export const leadingConnectives = new Set(['and', 'but', 'then', 'so', 'also', 'later', 'finally', 'yet', 'or', 'still', 'now', 'when', 'while', 'as', 'where', 'because', 'though', 'although', 'after', 'before'])
// Prepositions and linking words that end a noun phrase read forward.
const phraseEnders = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'to', 'that', 'because', 'since', 'with',
  'who', 'which', 'whose', 'and', 'but', 'said', 'says', 'told', 'tells', 'last', 'this', 'earlier', 'from', 'by',
  'about', 'into', 'through', 'via', 'if', 'than', 'where',
])
// Role nouns between an organization and a name: `Clinton campaign chairman John Podesta`.
export const roleNouns = /^(spokes(wo)?man|spokesperson|chair(wo)?man|chair|manager|adviser|advisor|aide|director|secretary|strategist|pollster|analyst|official|lawyer|attorney|president|ceo|founder|head|leader|member|executive|editor|reporter|producer|surrogate|supporter|nominee|candidate|senator|governor|mayor|representative|congress(wo)?man|scientist|professor|economist|historian|expert|researcher|consultant|operative|activist|organizer|fellow|scholar|pastor|minister|host|anchor|commentator|columnist|writer|author|correspondent|staffer|chief|counsel|treasurer|whip|delegate|voter|resident|owner|partner|coach|star|actor|actress|singer|comedian|rapper|musician|friend|critic|opponent|fan|employee|worker|parent|relative|legislator|lawmaker|wife|husband|son|daughter|mother|father|brother|sister|student|teacher|officer|agent|judge|prosecutor|aides|officials|leaders)$/
// Who speaks for someone else, before `for` or `to` and that one's name: `a lawyer for Michael Cohen`, `an aide to Schumer`.
const agentNouns = /^(spokes(wo)?m[ae]n|spokes(person|people)|lawyers?|attorneys?|aides?|advis[eo]rs?|counsel|representatives?|agents?|publicists?|managers?|strategists?|staffers?|surrogates?|assistants?|secretary|staff)$/
// Prepositions no role takes (`comments like Santorum's`; `master of ceremonies` is a role).
const prepositions = new Set(['like', 'unlike', 'about', 'against', 'toward', 'towards', 'among', 'than', 'as', 'at', 'with'])
// `this morning`, `last week`: two words that say when.
const timeDeterminers = new Set(['this', 'last', 'next', 'that', 'each', 'every', 'early', 'late'])
const timeNouns = /^(day|morning|afternoon|evening|night|week|weekend|month|year|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
const timeOrPlacePrepositions = new Set(['over', 'during', 'on', 'in', 'at', 'after', 'before', 'since', 'throughout', 'from', 'across', 'around'])
const timeWords = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|later|earlier|afterward|afterwards|then|again|once|also|repeatedly|simply|flatly|bluntly|quietly|finally)$/i

export function isSubjectPronoun(word: Word): boolean {
  return !word.isPunctuation && subjectPronouns.has(word.lower)
}

export function isAdverb(word: Word): boolean {
  const form = word.lower
  return !word.isPunctuation && (betweenSubjectAndVerb.has(form) || (/ly$/.test(form) && !isCapitalized(word.text) && form.length > 4 && !lyNouns.has(form)))
}

// Nouns that end like adverbs: `a lawyer for the family said` is no `… for the` reportedly saying.
const lyNouns = new Set([
  'family', 'rally', 'ally', 'supply', 'assembly', 'anomaly', 'monopoly', 'bully', 'belly', 'folly', 'tally', 'homily',
  'butterfly', 'daily', 'weekly', 'monthly', 'quarterly', 'elderly', 'italy',
])

/**
 * The subject of the verb at `verb`, reading back no further than `floor`:
 * `Gaga asked`, `Gaga famously repeated`, `Jennifer Palmieri, her spokeswoman,
 * said`, `the Clinton campaign said`, and for `she turned to Cooper and
 * said` the subject of the clause.
 */
export function subjectBefore(text: string, list: readonly Word[], verb: number, floor: number): SpeakerPhrase | undefined {
  const subject = singleSubjectBefore(text, list, verb, floor)
  return subject && withNameBefore(text, list, subject, floor)
}

/**
 * Two people who speak together: the name joined by `and` before `phrase`
 * (`Nancy Mace and Lauren Boebert said`, `Rep. Nancy Mace (R-S.C.) and Rep.
 * Lauren Boebert (R-Colo.), both critics, said`), else `phrase` itself.
 */
function withNameBefore(text: string, list: readonly Word[], phrase: SpeakerPhrase, floor: number): SpeakerPhrase {
  if (!isPersonName(phrase) && !isOneWordName(phrase)) return phrase
  const first = startWithTitles(list, phrase, floor)
  if (first - 2 < floor || list[first - 1].lower !== 'and') return phrase
  const other = phraseEndingAt(text, list, first - 2, floor)
  // Two people, or two single names (`Procter and Gamble`, `Trump and Biden`), which read together whatever they are.
  const joins = isPersonName(phrase) ? isPersonName(other) : isOneWordName(other) && firstAtOrAfter(list, other!.end) === first - 1
  if (!joins || isObjectName(list, other!, floor)) return phrase
  // `Pelley, Marsh and Okafor said`: all of a list of names speak together, not the last two.
  return isListedName(list, other!, floor) ? listedPhrase(text, list, phrase, first, floor) : jointPhrase(other!, phrase)
}

/**
 * The names of the list that `phrase` closes, from its first name to `phrase` (`Sen. Ann Ruiz, Tom Baker and Ed
 * Lee`), as one speaker, when the list opens its clause; a place that opens it after a preposition leaves the last
 * two (`In Washington, Pelosi and Schumer`), and a longer one `phrase` alone.
 */
function listedPhrase(text: string, list: readonly Word[], phrase: SpeakerPhrase, first: number, floor: number): SpeakerPhrase {
  const runs = nameListRuns(list, first, floor)
  const names = runs.map((run) => readName(text, list, run[0], run[1]))
  if (names.some((name) => name === undefined)) return phrase
  const furthest = runs.at(-1)![0]
  if (!startsClauseAt(list, furthest, floor)) {
    const isPlaced = furthest - 1 >= floor && (isPreposition(list[furthest - 1]) || /^(following|unlike)$/.test(list[furthest - 1].lower))
    return isPlaced && runs.length === 2 ? jointPhrase(namePhrase(names[0]!), phrase) : phrase
  }
  const texts = [...names.map((name) => name!.text).reverse(), phrase.text]
  return { kind: 'nominal', text: `${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}`, start: list[furthest].start, end: phrase.end }
}

/** `Pelley, Marsh and Okafor said`: a name after a comma and another name is in a list of more than two. */
function isListedName(list: readonly Word[], phrase: SpeakerPhrase, floor: number): boolean {
  const start = startWithTitles(list, phrase, floor)
  return start - 2 >= floor && list[start - 1].text === ',' && isNameWord(list[start - 2])
}

/** A name of one word and no title: `Gamble`, `Biden`, `Google`. */
function isOneWordName(phrase: SpeakerPhrase | undefined): boolean {
  return phrase?.kind === 'name' && phrase.name !== undefined && phrase.name.key.length === 1 && !phrase.name.hasTitle
}

/** `Vale nodded at Rita Moss and Nina Patel said`: a name after a word in lower case (a verb, a preposition) is its object. */
function isObjectName(list: readonly Word[], phrase: SpeakerPhrase, floor: number): boolean {
  let start = firstAtOrAfter(list, phrase.start)
  while (start > floor && (isTitleWord(list[start - 1]) || isNameWord(list[start - 1]))) start--
  const before = start > floor ? list[start - 1] : undefined
  return before !== undefined && !before.isPunctuation && /^\p{Ll}/u.test(before.text) && !leadingConnectives.has(before.lower) && before.lower !== 'both'
}

/** `said Nancy Mace and Lauren Boebert`: the name joined by `and` after `phrase`, read up to `ceiling`. */
function withNameAfter(text: string, list: readonly Word[], phrase: SpeakerPhrase, ceiling: number): SpeakerPhrase {
  if (!isPersonName(phrase) && !isOneWordName(phrase)) return phrase
  const last = firstAtOrAfter(list, phrase.end) - 1
  if (list[last + 1]?.lower !== 'and' || last + 2 >= ceiling) return phrase
  const run = nameRunAfter(list, last + 2, ceiling)
  const name = run && readName(text, list, run[0], run[1])
  // `said Nina Patel and Tom Vale's lawyer`: an owner is no second speaker.
  const isOwner = name !== undefined && name.end < list[run![1]].end
  const other: SpeakerPhrase | undefined = name && !isOwner ? namePhrase(name) : undefined
  // Two people, or two single names (`said Trump and Biden`).
  const joins = isPersonName(phrase) ? isPersonName(other) : isOneWordName(other) && run![0] === last + 2
  return joins ? jointPhrase(phrase, other!) : phrase
}

const sideNouns = /^(skeptics?|detractors?|conservatives?|liberals?|progressives?|advocates?|observers?|pundits?|democrats|republicans)$/

/**
 * Whether `phrase` names someone who can speak: a name, a pronoun, or a description whose last word is a role, a
 * person, a side or a body (`their critics`, `the conservation department`); not a time or a measure (`the end of
 * the day`, `most accounts`).
 */
export function namesSomeone(list: readonly Word[], phrase: SpeakerPhrase): boolean {
  const last = list[firstAtOrAfter(list, phrase.end) - 1]
  const head = last.lower
  // (`by Thanksgiving`: a holiday is a time.)
  if (phrase.kind !== 'nominal' || isCapitalized(last.text)) return !holidays.has(head)
  const singular = head.endsWith('s') ? head.slice(0, -1) : head
  return roleNouns.test(head) || roleNouns.test(singular) || personNouns.test(head) || agentNouns.test(head) || sideNouns.test(head) ||
    peerNouns.test(head) || isOrganizationName(head)
}

const holidays = new Set(['thanksgiving', 'christmas', 'easter', 'halloween', 'hanukkah', 'ramadan', 'passover', 'diwali'])
// Those someone is among: `by his neighbors`, `by colleagues`.
const peerNouns = /^(colleagues?|neighbou?rs?|rivals?|allies|ally|peers?|classmates?|teammates?|relatives?|family|friends?)$/

/** A name that reads as a person's by itself, with a title or a given name (not `Health` in `Health and Human Services`). */
function isPersonName(phrase: SpeakerPhrase | undefined): phrase is SpeakerPhrase & { name: Name } {
  const name = phrase?.kind === 'name' ? phrase.name : undefined
  return name !== undefined && !name.isOrganization && (name.hasTitle || name.gender !== undefined)
}

/** Whether a speaker is two who spoke together (or a body named like them, `Procter and Gamble`): no `she` goes on for them. */
export function isPair(speaker: string): boolean {
  return / and /.test(speaker)
}

/**
 * `A spokesperson for Rep. Ilhan Omar`, `a lawyer for the family`, `an
 * aide to Sen. Chuck Schumer`: one who speaks for the one whose words start
 * at `first`, read through `end`; undefined when no agent noun and `for` or
 * `to` stand before them.
 */
function agentFor(text: string, list: readonly Word[], first: number, end: number, floor: number): SpeakerPhrase | undefined {
  const preposition = /^(the|a|an)$/.test(list[first - 1]?.lower ?? '') ? first - 2 : first - 1
  if (preposition - 1 < floor || !/^(for|to)$/i.test(list[preposition].text) || !agentNouns.test(list[preposition - 1].lower)) return undefined
  const agent = nominalEndingAt(text, list, preposition - 1, floor)
  return agent && spanPhrase(text, agent.start, end)
}

// Participles of sending before `to` and whom it went to: `the letter addressed to Chairman Darrell Issa reads`.
const sendingParticiples = new Set(['addressed', 'sent', 'written', 'delivered', 'directed', 'mailed', 'emailed'])

/** `the letter addressed to Chairman Darrell Issa`: what was sent speaks, not whom it was sent to (at `first`). */
function sentTo(text: string, list: readonly Word[], first: number, floor: number): SpeakerPhrase | undefined {
  const preposition = /^(the|a|an)$/.test(list[first - 1]?.lower ?? '') ? first - 2 : first - 1
  if (preposition - 2 < floor || list[preposition].lower !== 'to' || !sendingParticiples.has(list[preposition - 1].lower)) return undefined
  return nominalEndingAt(text, list, preposition - 2, floor)
}

/**
 * `Members of the family`, `A friend of the family`, `Organizers of the
 * rally` (the whole phrase); `A letter to the family` (the letter): who
 * stands before `of` or another preposition and the words that start at
 * `first`, read through `end`.
 */
function ownerOf(text: string, list: readonly Word[], first: number, end: number, floor: number): SpeakerPhrase | undefined {
  const preposition = list[first - 1]?.lower
  if (first - 2 < floor || !(preposition === 'of' || ownerPrepositions.has(preposition ?? ''))) return undefined
  const owner = ownerEndingAt(text, list, first - 2, floor)
  if (!owner) return undefined
  return preposition === 'of' ? spanPhrase(text, owner.start, end) : owner
}

/** The description ending at `last` that owns what follows its preposition: `Members`, `a friend`, `the head`. */
function ownerEndingAt(text: string, list: readonly Word[], last: number, floor: number): SpeakerPhrase | undefined {
  const owner = nominalEndingAt(text, list, last, floor)
  // A clause is no owner: `that it was improper for the network`.
  if (!owner || !ownerOpeners.test(owner.text) || /\b(is|was|are|were|has|have|had|will|would|be|\p{Ll}+ed)\b/u.test(owner.text)) return undefined
  return owner
}

/**
 * `critics of Apple and Google`, `the head of Google`, `the mayor of Mesa`:
 * the description before `of` and the names after it, which end at
 * `run[1]`; undefined when no description in lower case stands before `of`.
 */
function ownerOfName(text: string, list: readonly Word[], run: readonly [number, number], floor: number): SpeakerPhrase | undefined {
  let first = run[0]
  if (first - 2 >= floor && list[first - 1].lower === 'and' && isNameWord(list[first - 2])) first = nameRunBefore(list, first - 2, floor)?.[0] ?? first
  // (`the president of the Board of Elections`)
  if (list[first - 1]?.lower === 'the') first--
  if (first - 2 < floor || list[first - 1].lower !== 'of') return undefined
  // A role, who speaks (not `footage of Ann Ruiz asking`); capitalized only when it opens the sentence (`Critics of
  // Apple`; not `Sanders of Vermont`).
  const head = list[first - 2]
  const isRole = roleNouns.test(head.lower) || (isPlural(head) && roleNouns.test(head.lower.slice(0, -1)))
  if (!isRole || !(/^\p{Ll}/u.test(head.text) || startsClauseAt(list, first - 2, floor))) return undefined
  const owner = ownerEndingAt(text, list, first - 2, floor)
  return owner && spanPhrase(text, owner.start, list[run[1]].end)
}

const ownerPrepositions = new Set(['to', 'for', 'with', 'about', 'against'])
// What an owner phrase opens with: an article, a possessive pronoun, a number word, or a plural (`Members of …`), not
// another owner (`Clinton's 2016 bid for the presidency`).
const ownerOpeners = /^(a|an|the|his|her|their|its|our|my|your|one|two|three|some|several|many|\p{L}[\p{L}.-]*s)(\s|$)/iu

/** Both names as one speaker: a description of two, which no pronoun or fuller name stands for. */
function jointPhrase(first: SpeakerPhrase, second: SpeakerPhrase): SpeakerPhrase {
  return { kind: 'nominal', text: `${first.text} and ${second.text}`, start: first.start, end: second.end }
}

/** The one subject of the verb at `verb` (see subjectBefore). */
function singleSubjectBefore(text: string, list: readonly Word[], verb: number, floor: number): SpeakerPhrase | undefined {
  let index = verb - 1
  while (index >= floor && isAdverb(list[index])) index--
  if (index < floor) return undefined
  const word = list[index]
  if (isSubjectPronoun(word)) return pronoun(word)
  // (`elected in May said`: the month is no modal between subject and verb.)
  const described = contactRelativeSubject(text, list, index, floor) ?? (index < verb - 1 ? contactRelativeSubject(text, list, verb - 1, floor) : undefined) ?? describedSource(text, list, index, floor)
  if (described) return described
  // A participle after a place it was posted (`posted a message on Twitter reading`) says what the clause's subject said.
  const isParticiple = /ing$/.test(list[verb].lower)
  if (isParticiple && isPlaceObject(list, index, floor)) return personBeforePlace(text, list, index, floor) ?? clauseSubject(text, list, floor, verb)
  // `one senior Democrat said`: a description ending in a capitalized word.
  if (isNameWord(word)) return nameEndingAt(text, list, index, floor) ?? nominalEndingAt(text, list, index, floor)
  if (word.text === ')') return phraseEndingAt(text, list, index, floor)
  const form = word.lower
  if (form === 'who' || form === 'which') {
    const before = list[index - 1]?.text === ',' ? index - 2 : index - 1
    return before >= floor ? phraseEndingAt(text, list, before, floor) : undefined
  }
  if (word.text === ',') {
    const apposition = nearestApposition(list, index, floor)
    // A clause of its own between: a subject that a name opens speaks (`at Purchase, when Sanders protesters interrupted
    // her speech, shouting`), else the main clause's subject does (`Trump lashed out at Democrats, as the shutdown
    // entered its third week, saying`).
    if (isParticiple && apposition !== undefined && subordinators.has(list[apposition + 1].lower)) {
      const inner = clauseSubject(text, list, floor, verb)
      const isNamed = inner !== undefined && (inner.kind === 'name' || isNameWord(list[firstAtOrAfter(list, inner.start)]))
      const main = isNamed ? inner : clauseSubject(text, list, floor, apposition)
      if (main) return main
    }
    const phraseBefore = (opening: number | undefined) =>
      opening !== undefined ? phraseEndingAt(text, list, opening - 1, floor) ?? nominalEndingAt(text, list, index - 1, opening + 1) : undefined
    // `The chairman of the Joint Chiefs of Staff, Gen. Mark Milley, had called`: a person's name set off after a
    // description is the one it describes.
    const described = apposition !== undefined ? describedPerson(text, list, apposition, index, floor) : undefined
    if (described) return described
    // (`Critics of the plan, including Sen. Elizabeth Warren, have called`: the whole description, as without the aside.)
    const read = phraseBefore(apposition)
    const phrase = read?.kind === 'nominal' && apposition !== undefined ? describedSubjectEndingAt(text, list, apposition - 1, floor) ?? read : read
    // `Marian Wright Edelman, president of the Children's Defense Fund, an advocacy group here, said`: one apposition after another.
    const outerApposition = apposition === undefined ? undefined : nearestApposition(list, apposition, floor)
    if (phrase?.kind === 'name' && !isInRoleApposition(list, phrase, outerApposition)) return phrase
    const outer = phraseBefore(outerApposition)
    if (outer?.kind === 'name') return outer
    if (phrase?.kind === 'name') return phrase
    // `…, and Sen. John McCain (R-Ariz.), said`; not `The letter, sent to Rep. Jim Jordan (R-Ohio), said`.
    const named = list[index - 1]?.text === ')' ? phraseEndingAt(text, list, index - 1, floor) : undefined
    if (named?.kind === 'name' && opensClause(list, named, floor)) return named
    // `Jane Doe, who has run the shelter three times, most recently in March, said`: not `three times`.
    const beforeRelative = phraseBefore(relativeClauseStart(list, index, floor))
    if (beforeRelative?.kind === 'name') return beforeRelative
    // A participle says what the clause's subject said when no name stands before an apposition (`In a statement
    // released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying`), though the subject's own
    // apposition is no other speaker (`said the official, a veteran diplomat, adding` stays the official's).
    const subject = isParticiple ? clauseSubject(text, list, floor, verb) : undefined
    if (subject && !(phrase && isAppositionOf(list, subject, phrase))) return subject
    if (phrase) return phrase
  }
  // `prompting the state’s governor to ask`, `improper for the network to claim`: after `for` or a verb that has
  // someone do something, an infinitive's subject is the object before `to` (not in `used the occasion to say`, an
  // infinitive of purpose, nor `The secretary tried to explain`: the clause's subject speaks).
  if (form === 'to') {
    const object = nominalEndingAt(text, list, index - 1, floor)
    const before = object ? list[firstAtOrAfter(list, object.start) - 1] : undefined
    if (before && (before.lower === 'for' || objectControlVerbs.test(before.lower))) return object
    // `Mr. Trump was prompted to say`, `officials have been asked to explain`: the passive's subject.
    const passiveSubject = subjectOfPassive(text, list, index - 1, floor)
    if (passiveSubject) return passiveSubject
  }
  if (!word.isPunctuation && !leadingConnectives.has(form) && !isParticiple) {
    const nominal = describedSubjectEndingAt(text, list, index, floor)
    const first = nominal ? firstAtOrAfter(list, nominal.start) : index
    // `The president this morning says`: a time is no speaker.
    if (nominal && first - 1 >= floor && first + 1 === index && timeDeterminers.has(list[first].lower) && timeNouns.test(list[index].lower)) {
      const earlier = phraseEndingAt(text, list, first - 1, floor)
      if (earlier) return earlier
    }
    if (nominal) return nominal
  }
  const subject = clauseSubject(text, list, floor, index + 1)
  // `…, saying he stands "squarely behind" his decision …, while admitting`: what someone owns does not speak from
  // an earlier clause (but does right before it: `Vale spoke Monday, his aides saying`).
  const isFarOwned = isOwnedPhrase(subject) && firstAtOrAfter(list, subject!.end) <= index
  return isParticiple && isFarOwned ? undefined : subject
}

/**
 * `The letter the mayor signed says`, `The resolution the council passed on
 * Friday reads`, `A spokesman the company hired said`: a description, then
 * who did something to it (a pronoun, a name or a description) with that
 * verb in the past, and a time at most: the first description is the
 * subject, not the one who signed or passed (who had taken the quote, or
 * the verb with it).
 */
function contactRelativeSubject(text: string, list: readonly Word[], last: number, floor: number): SpeakerPhrase | undefined {
  let at = last
  // (`passed on Friday`, `released Friday`, `issued late Friday`, `published last week`, `elected in May`, `in 2019`)
  if (timeNouns.test(list[at].lower) || isCalendarWord(list[at].lower) || (/^\d{4}$/.test(list[at].text) && list[at - 1]?.lower === 'in')) {
    at--
    if (at > floor && /^(on|in|last|this|that|late|early)$/.test(list[at].lower)) at--
  }
  const done = list[at]
  if (at - 2 < floor || done.isPunctuation || !(/^\p{Ll}+ed$/u.test(done.text) || pastForms.has(done.text))) return undefined
  // (`the mayor had signed`)
  const agentLast = /^(had|has|have)$/.test(list[at - 1].lower) ? at - 2 : at - 1
  if (agentLast < floor + 1) return undefined
  const agent = isSubjectPronoun(list[agentLast]) ? pronoun(list[agentLast]) : phraseEndingAt(text, list, agentLast, floor)
  if (!agent || agent.kind === 'nominal' && !determiners.has(list[firstAtOrAfter(list, agent.start)].lower)) return undefined
  // (`the House`: a name's article is the agent's too.)
  const nameFirst = firstAtOrAfter(list, agent.start)
  const agentFirst = nameFirst - 1 >= floor && list[nameFirst - 1].lower === 'the' ? nameFirst - 1 : nameFirst
  const described = nominalEndingAt(text, list, agentFirst - 1, floor)
  if (!described) return undefined
  const describedFirst = firstAtOrAfter(list, described.start)
  // The description opens with a determiner and has a noun in lower case before the one who did it.
  const head = list[agentFirst - 1]
  return determiners.has(list[describedFirst].lower) && describedFirst < agentFirst - 1 && /^\p{Ll}+$/u.test(head.text) && !auxiliaries.has(head.lower) ? described : undefined
}

/** Irregular past forms of what is done to a document or a person: `The letter she wrote says`. */
const pastForms = new Set(['wrote', 'sent', 'made', 'gave', 'put', 'read', 'drew', 'took', 'brought', 'found', 'held', 'chose', 'hired', 'met', 'told', 'sought', 'got', 'saw', 'heard'])

/**
 * The person's name that alone fills the apposition between the commas at `opening` and `closing`, when a
 * description that a determiner opens stands before it (`The chairman of the board, Gen. Ann Ruiz,`, `Her
 * husband, John Smith,`); undefined otherwise.
 */
function describedPerson(text: string, list: readonly Word[], opening: number, closing: number, floor: number): SpeakerPhrase | undefined {
  const name = phraseEndingAt(text, list, closing - 1, opening + 1)
  if (!isPersonName(name) || startWithTitles(list, name, opening + 1) !== opening + 1) return undefined
  let head = opening
  while (head > floor && !isClauseBreak(list[head - 1])) head--
  while (head < opening && leadingConnectives.has(list[head].lower)) head++
  return head < opening - 1 && determiners.has(list[head].lower) ? name : undefined
}

/**
 * The description ending at `last` that a verb after it has for subject: with the one it speaks for or belongs to
 * (`A lawyer for the family`, `Critics of the plan`), and read back past a phrase of time or place (`The president
 * over the weekend had tweeted`, `Officials from the agency`).
 */
function describedSubjectEndingAt(text: string, list: readonly Word[], last: number, floor: number): SpeakerPhrase | undefined {
  const head = nominalEndingAt(text, list, last, floor)
  // `Democrats in Congress said`: a body that is no name of a speaker (`Congress`, `Senate`) after `in` or `at` says
  // which of those before it speak (not a day: `leaders on Sunday called`).
  if (!head && isCapitalized(list[last].text) && !isCalendarWord(list[last].lower) && last - 2 >= floor && /^(in|at)$/.test(list[last - 1].lower)) {
    const who = nominalEndingAt(text, list, last - 2, floor)
    if (who) return spanPhrase(text, who.start, list[last].end)
  }
  const headFirst = head ? firstAtOrAfter(list, head.start) : last
  // The one a lawyer speaks for, what a letter was sent to, whose members speak: the whole phrase or its head.
  // (`Members of Congress`, `Officials of NATO`: a body's name that is no person's also has its members speak.)
  const nominal = head ? agentFor(text, list, headFirst, head.end, floor) ?? ownerOf(text, list, headFirst, head.end, floor) ?? head
    : isCapitalized(list[last].text) ? ownerOf(text, list, last, list[last].end, floor) : undefined
  if (!nominal) return undefined
  const first = firstAtOrAfter(list, nominal.start)
  // (Not a bare plural, which a clause opens: `after Republican lawmakers and conservative activists pledged`.)
  // (Not after another preposition: `workers from around the world have banded together`.)
  // (`The woman in charge of the campaign said`: a preposition of several words that ends in `of` is one too.)
  const preposition = first - 2 >= floor && determiners.has(list[first].lower) ? placeBefore(list, first, floor) : undefined
  if (preposition !== undefined && opensSubordinateClause(list, preposition, floor)) return nominal
  if (preposition !== undefined && preposition - 1 >= floor && !isPreposition(list[preposition - 1])) {
    const before = phraseBeforePlaces(text, list, preposition, floor)
    // (`some in the crowd chanted`: a plural's determiner alone says how many of those after the preposition.)
    const isCount = before !== undefined && firstAtOrAfter(list, before.end) === preposition && preposition - 1 === firstAtOrAfter(list, before.start) &&
      pluralDeterminers.has(list[preposition - 1].lower)
    return isCount ? spanPhrase(text, before.start, nominal.end) : before ?? nominal
  }
  return nominal
}

// A length of time, or a verb that places one event after another, before `after`, `before` or `since` (`comes days
// after`, `came shortly before`): what follows is a clause with its own subject, not a time of the speaker's.
const beforeSubordinateClause = /^(seconds|minutes|hours|days|weeks|months|years|moments|comes|came|come|arrives|arrived|follows|followed)$/
// Adverbs between them: `came shortly after` (but `The mayor shortly after the shooting told` is the mayor's time).
const adverbsBeforeSubordinateClause = /^(shortly|soon|just|right|long|only|immediately)$/

/** Whether `after`, `before` or `since` at `preposition` opens a clause (see beforeSubordinateClause) rather than a time. */
function opensSubordinateClause(list: readonly Word[], preposition: number, floor: number): boolean {
  if (!/^(after|before|since)$/.test(list[preposition].lower) || preposition - 1 < floor) return false
  const before = adverbsBeforeSubordinateClause.test(list[preposition - 1].lower) ? preposition - 2 : preposition - 1
  return before >= floor && beforeSubordinateClause.test(list[before].lower)
}

/**
 * The phrase before the preposition at `preposition`, read back past a run of places and times before it (`The
 * mayor in a speech across the state said`) and past what a gerund acts on, which is no speaker either (`the
 * president in making a speech across the world said`).
 */
function phraseBeforePlaces(text: string, list: readonly Word[], preposition: number, floor: number): SpeakerPhrase | undefined {
  let phrase = phraseBeforePlace(text, list, preposition, floor)
  for (let steps = 0; phrase?.kind === 'nominal' && steps < maxPlacesBefore; steps++) {
    const gerundPreposition = objectOfGerund(list, phrase, floor)
    if (gerundPreposition) return phraseEndingAt(text, list, gerundPreposition - 1, floor)
    const first = firstAtOrAfter(list, phrase.start)
    if (!(first - 2 >= floor && determiners.has(list[first].lower))) break
    const earlierPreposition = placeBefore(list, first, floor)
    if (earlierPreposition === undefined || earlierPreposition - 1 < floor) break
    phrase = phraseBeforePlace(text, list, earlierPreposition, floor) ?? phrase
    if (firstAtOrAfter(list, phrase.start) === first) break
  }
  return phrase
}

/**
 * The phrase that ends right before the preposition at `preposition`, without a participle after its noun, which
 * says what the one named does (`The man standing in front of the crowd said`: `The man`).
 */
function phraseBeforePlace(text: string, list: readonly Word[], preposition: number, floor: number): SpeakerPhrase | undefined {
  const phrase = phraseEndingAt(text, list, preposition - 1, floor)
  const start = phrase ? firstAtOrAfter(list, phrase.start) : preposition
  return endsInParticiple(list, start, preposition - 1) ? phraseEndingAt(text, list, preposition - 2, floor) ?? phrase : phrase
}

/** Where the preposition of time or place before the phrase that starts at `first` starts (`in`, `in front of`), if one does. */
function placeBefore(list: readonly Word[], first: number, floor: number): number | undefined {
  return timeOrPlacePrepositions.has(list[first - 1].lower) ? first - 1 : placeEndingInOf(list, first - 1, floor)
}

/**
 * Whether the phrase from `first` ends at `last` in a participle after its noun: `the man standing`, `a senior
 * official speaking`; not a noun in -ing after a preposition or right after the determiner (`the director of public
 * housing`, `the head of marketing`, `the training`), nor a verb after an auxiliary.
 */
function endsInParticiple(list: readonly Word[], first: number, last: number): boolean {
  if (last - first < 2 || !isGerund(list[last]) || !determiners.has(list[first].lower)) return false
  for (let index = first + 1; index < last; index++) if (list[index].isPunctuation || isPreposition(list[index])) return false
  // (`the campaign wasn't talking`: after an auxiliary it is the clause's verb, and no phrase ends there.)
  return !auxiliaries.has(list[last - 1].lower.replace(/n['\u2019]t$/, ''))
}

const maxPlacesBefore = 4

// Prepositions of several words that end in `of`, by their words before it: `in front of`, `on behalf of`, `ahead of`.
const placesEndingInOf = new Set(['in front', 'in charge', 'on behalf', 'in support', 'in favor', 'in favour', 'on top', 'in place', 'in search', 'ahead', 'instead', 'outside', 'inside', 'out'])

/**
 * `The man standing in front of the crowd said`, `The woman in charge of the campaign said`: where the preposition
 * of several words that ends in the `of` at `of` starts, when it is one (the speaker stands before it; a role's
 * `of`, as in `The head of the union`, is none).
 */
function placeEndingInOf(list: readonly Word[], of: number, floor: number): number | undefined {
  if (list[of].lower !== 'of' || of - 1 < floor) return undefined
  if (placesEndingInOf.has(list[of - 1].lower)) return of - 1
  return of - 2 >= floor && placesEndingInOf.has(`${list[of - 2].lower} ${list[of - 1].lower}`) ? of - 2 : undefined
}

/**
 * `the president in making a speech across the world said`: the index of the preposition before the gerund whose
 * object `phrase` is, when there is one (the speaker stands before it).
 */
function objectOfGerund(list: readonly Word[], phrase: SpeakerPhrase, floor: number): number | undefined {
  const gerund = firstAtOrAfter(list, phrase.start) - 1
  return gerund - 2 >= floor && isGerund(list[gerund]) && isPreposition(list[gerund - 1]) ? gerund - 1 : undefined
}

export const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
const passiveAuxiliaries = new Set([...beForms, 'has', 'have', 'had'])

/** The subject of the passive whose participle is at `participle` (`Mr. Trump was prompted`), if it is one. */
function subjectOfPassive(text: string, list: readonly Word[], participle: number, floor: number): SpeakerPhrase | undefined {
  if (participle <= floor || !isPastVerb(list[participle])) return undefined
  let at = participle - 1
  let isPassive = false
  while (at >= floor && (passiveAuxiliaries.has(list[at].lower) || isAdverb(list[at]))) {
    isPassive ||= beForms.has(list[at].lower)
    at--
  }
  return isPassive && at >= floor && at < participle - 1 ? phraseEndingAt(text, list, at, floor) : undefined
}

// Words in -ing that are no verb's form.
const nounsInIng = new Set(['during', 'morning', 'evening', 'nothing', 'something', 'anything', 'everything', 'thing', 'king', 'ring', 'spring', 'string', 'sibling', 'ceiling', 'building', 'wedding', 'meeting', 'hearing', 'briefing', 'funding', 'ruling', 'setting', 'offering', 'being'])

/** `making`, `representing`: a gerund or participle, in lower case. */
function isGerund(word: Word): boolean {
  return /^\p{Ll}{2,}ing$/u.test(word.text) && !nounsInIng.has(word.text)
}

// Verbs after which a noun phrase and `to` say who is to act: `prompting the governor to ask`, `urged voters to say`.
const objectControlVerbs =
  /^(prompt|ask|allow|want|expect|push|press|order|lead|get|tell)(s|es|ed|ing)?$|^(urg|forc|invit|encourag|pressur|persuad|convinc|inspir|challeng|requir)(e|es|ed|ing)$|^(led|got|told|getting)$/

// Past forms that end a noun phrase read forward: `Several Democrats issued a statement`, `Some Democrats took to Twitter`.
const irregularPasts = new Set(['took', 'made', 'gave', 'went', 'wrote', 'spoke', 'came', 'held', 'sent', 'left', 'met', 'ran', 'got', 'led', 'brought', 'thought', 'found', 'stood', 'saw', 'won', 'lost', 'paid', 'kept', 'began', 'became', 'chose', 'drew', 'knew', 'sought', 'struck', 'threw', 'fought', 'felt'])

/** A verb's past in lower case after the noun: `issued`, `joined`, `took`; not `hundred`. */
export function isPastVerb(word: Word): boolean {
  return irregularPasts.has(word.text) || (/^\p{Ll}{2,}ed$/u.test(word.text) && !nounsInEd.has(word.text))
}

const nounsInEd = new Set(['hundred', 'need', 'seed', 'feed', 'speed', 'deed', 'breed', 'greed', 'creed', 'steed', 'shed', 'sled', 'shred'])

/** `his decision`, `their plan`: a description opened by a possessive pronoun. */
function isOwnedPhrase(phrase: SpeakerPhrase | undefined): boolean {
  const first = phrase?.kind === 'nominal' ? /^(\S+)\s/.exec(phrase.text)?.[1] : undefined
  return first !== undefined && possessivePronouns.has(first.toLowerCase())
}

export const possessivePronouns = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your'])

// Not `from`: in `a call from Trump saying` the words are Trump's.
// (`posted to Twitter asking`: whom something is sent to is where it went, too.)
const placePrepositions = new Set(['on', 'in', 'at', 'via', 'onto', 'to'])
/** Words that open a clause of its own: `When Wallace died in 1998, …`, `…, when Sanders protesters interrupted her speech, shouting`. */
export const subordinators = new Set(['when', 'while', 'as', 'where', 'because', 'though', 'although', 'after', 'before', 'if', 'since', 'once', 'until'])

// People a participle after their place may go with: `a call from a woman in Ohio saying`.
const personNouns = /^(wo)?man$|^(person|people|voter|voters|resident|residents|caller|viewer|protester|protesters|supporter|supporters|girl|boy|student|worker|mother|father)$/

/** `a woman in Ohio` for the name ending at `last`, when a person stands before its preposition. */
function personBeforePlace(text: string, list: readonly Word[], last: number, floor: number): SpeakerPhrase | undefined {
  const run = nameRunBefore(list, last, floor)!
  const noun = run[0] - 2
  return noun >= floor && personNouns.test(list[noun].lower) ? nominalEndingAt(text, list, noun, floor) : undefined
}

/** Whether `apposition` stands right after `phrase`, a comma between: `the official, a veteran diplomat`. */
function isAppositionOf(list: readonly Word[], apposition: SpeakerPhrase, phrase: SpeakerPhrase): boolean {
  const first = firstAtOrAfter(list, apposition.start)
  // (`At the rally, thousands gathered, chanting`: a clause with its own past verb is none.)
  const next = list[firstAtOrAfter(list, apposition.end)]
  return list[first - 1]?.text === ',' && list[first - 2]?.end === phrase.end && !(next !== undefined && isPastVerb(next))
}

/** The index of the first word of `phrase`, with the titles before it. */
export function startWithTitles(list: readonly Word[], phrase: SpeakerPhrase, floor: number): number {
  let first = firstAtOrAfter(list, phrase.start)
  while (first > floor && isTitleWord(list[first - 1])) first--
  return first
}

/** Whether `phrase` opens its clause: after a comma, `and` or `but` with its titles, or at `floor`. */
function opensClause(list: readonly Word[], phrase: SpeakerPhrase, floor: number): boolean {
  const first = startWithTitles(list, phrase, floor)
  return first === floor || /^(,|and|but)$/i.test(list[first - 1].text)
}

/** Whether the word at `last` ends a name that a preposition of place opens: `on Twitter`, `at Purchase`. */
function isPlaceObject(list: readonly Word[], last: number, floor: number): boolean {
  const run = isNameWord(list[last]) ? nameRunBefore(list, last, floor) : undefined
  return run !== undefined && run[0] - 1 >= floor && placePrepositions.has(list[run[0] - 1].lower)
}

// `people familiar with the matter said`, `a source close to the White House said`: unnamed sources and what they know.
const sourceAdjectives = new Set(['close', 'familiar', 'near', 'loyal'])
const maxSourceTail = 6

/** An unnamed source described by what it is close to, ending at `last`; undefined when the words before `last` are no such description. */
function describedSource(text: string, list: readonly Word[], last: number, floor: number): SpeakerPhrase | undefined {
  for (let at = last; at - 1 > floor && last - at < maxSourceTail; at--) {
    if (list[at].isPunctuation) return undefined
    if (!(list[at].lower === 'to' || list[at].lower === 'with') || !sourceAdjectives.has(list[at - 1].lower)) continue
    // `people familiar with …`: a plural without an s is a phrase of its own too.
    const head = nominalEndingAt(text, list, at - 2, floor) ?? (at - 2 >= floor && !list[at - 2].isPunctuation ? list[at - 2] : undefined)
    return head ? spanPhrase(text, head.start, list[last].end) : undefined
  }
  return undefined
}

/** The name whose possessive ends at `last` (`Mitt Romney's`), read no further back than `floor`. */
export function ownerNameAt(text: string, list: readonly Word[], last: number, floor: number): SpeakerPhrase | undefined {
  const word = list[last]
  if (last < floor || !isNameWord(word) || !/['\u2019]s$/.test(word.text)) return undefined
  const name = nameEndingAt(text, list, last, floor)
  return name?.kind === 'name' ? name : undefined
}

/** The speaker named right after a verb (`said Jennifer Palmieri`, `said a spokesman`), or undefined. */
export function phraseAfter(text: string, list: readonly Word[], index: number, ceiling: number): SpeakerPhrase | undefined {
  while (index < ceiling && timeWords.test(list[index].text)) index++
  if (index >= ceiling) return undefined
  // `said spokesman John Kirby`, `said political scientist Patrick Murray`, `said UC-AFT President Bob Samuels`
  let role = index
  while (role < ceiling && role - index < 3 && isRoleWord(list[role])) role++
  // (Not a name right after `of`: in `said critics of Apple` the critics speak.)
  if (role > index && role < ceiling && isNameWord(list[role]) && list[role - 1].lower !== 'of') index = role
  const word = list[index]
  if (isSubjectPronoun(word)) return pronoun(word)
  if (isNameWord(word) || isTitleWord(word)) {
    // `said U.S. officials`, `said senior State Department officials`: names that say which of a plural speak.
    const plural = pluralFrom(text, list, index, ceiling)
    if (plural && /^\p{Ll}/u.test(list[firstAtOrAfter(list, plural.end) - 1].text)) return plural
    const run = nameRunAfter(list, index, ceiling)
    if (!run) return undefined
    if (hasPossessive(list[run[1]].text)) return ownerAfterVerb(text, list, run, ceiling)
    // `Clinton campaign chairman John Podesta`: the name after the role.
    let next = run[1] + 1
    while (next < ceiling && next - run[1] <= 3 && /^\p{Ll}+$/u.test(list[next].text) && !phraseEnders.has(list[next].text) && !/^(of|for)$/.test(list[next].text)) next++
    if (next > run[1] + 1 && next < ceiling && isNameWord(list[next]) && roleNouns.test(list[next - 1].text)) {
      const later = nameRunAfter(list, next, ceiling)
      const laterName = later && readName(text, list, later[0], later[1])
      if (laterName) return namePhrase(laterName)
    }
    const name = readName(text, list, run[0], run[1])
    // `said Republicans.`: a plural that reads like a title is no name.
    const endsPhrase = run[1] + 1 >= ceiling || list[run[1] + 1].isPunctuation
    if (!name) return run[0] === run[1] && endsPhrase && isPlural(word) ? nominal(text, list, index, index) : undefined
    return withNameAfter(text, list, namePhrase(name), ceiling)
  }
  if (determiners.has(word.lower) || /s$/.test(word.text)) {
    const phrase = nominalFrom(text, list, index, ceiling)
    return phrase && (personInApposition(text, list, phrase, ceiling) ?? phrase)
  }
  return pluralFrom(text, list, index, ceiling)
}

/**
 * An owner named after a verb (`run`, its last word with the owner's mark) does not speak; what it owns does. That is
 * the person named at the end of the phrase after a role (`said Reed's lawyer, Sam Ortiz`, `said Biden's chief of
 * staff, Ron Klain`, `said Trump's Republican National Committee chair Ronna McDaniel`, `said Tesla's CEO Elon Musk`;
 * two joined by `and` together), or right after the owner when a first name shows a person (`said Florida's Rick
 * Wilson`); else the role as described when it is all in lower case (`said Reed's lawyer`); else a body named with its
 * owner (`said St. Mary's Hospital`, `opined Cleveland's Plain Dealer`, `said McDonald's.`). Nothing else: a wrong
 * speaker is worse than none.
 */
function ownerAfterVerb(text: string, list: readonly Word[], run: readonly [number, number], ceiling: number): SpeakerPhrase | undefined {
  const after = run[1] + 1
  const whole = (end: number) => spanPhrase(text, list[run[0]].start, end)
  if (after >= ceiling || list[after].isPunctuation) return whole(list[run[1]].end)
  let hasRole = false
  let isLowerCaseRole = true
  let previousName: SpeakerPhrase | undefined
  for (let at = after; at < ceiling && at - after <= maxOwnedPhraseWords; at++) {
    const word = list[at]
    // (A day, a place or circumstance, or a comma before no name ends the phrase: `said Reed's lawyer Monday`, `said
    // Biden's spokesman at the White House`, `said Russia's defense ministry, citing …`.)
    if ((word.isPunctuation && word.text !== ',') || isCalendarWord(word.lower) || phraseBreaks.has(word.lower)) break
    if (word.text === ',' && !isNameWord(list[at + 1] ?? word)) break
    if (!isNameWord(word) || isAcronym(word)) {
      if (word.text !== ',' && word.lower !== 'and') [hasRole, isLowerCaseRole] = [true, isLowerCaseRole && /^\p{Ll}/u.test(word.text)]
      continue
    }
    const named = nameRunAfter(list, at, ceiling)
    if (!named) break
    const name = readName(text, list, named[0], named[1])
    const next = list[named[1] + 1]
    // The name ends the phrase: at its end, before punctuation, or before words in lower case with no name after them
    // (`Sam Ortiz in a statement`; not `Moody's Analytics chief economist Mark Zandi`).
    // (`and` goes on only to another name: `Jim Jordan and Matt Gaetz`, not `Rudy Giuliani and his son Andrew`.)
    const isJoined = next?.lower === 'and' && named[1] + 2 < ceiling && isNameWord(list[named[1] + 2])
    const endsPhrase = next === undefined || named[1] + 1 >= ceiling || next.isPunctuation || (/^\p{Ll}/u.test(next.text) && !isJoined && !nameFollows(list, named[1] + 1, ceiling))
    const person = name && namePhrase(name)
    if (person && endsPhrase && (hasRole || previousName || isPersonName(person))) return previousName && list[at - 1].lower === 'and' ? jointPhrase(previousName, person) : person
    if (at === after && person && endsPhrase) return whole(person.end)
    previousName = person && isJoined ? person : undefined
    hasRole = true
    isLowerCaseRole = false
    at = named[1]
  }
  if (!isLowerCaseRole || !hasRole) return undefined
  let last = after
  while (last + 1 < ceiling && last + 1 - after < maxOwnedPhraseWords && !list[last + 1].isPunctuation && /^\p{Ll}/u.test(list[last + 1].text) && !isCalendarWord(list[last + 1].lower) && !phraseBreaks.has(list[last + 1].lower)) last++
  // (A description ends on no `of`: `said Trump's offer of "help"`.)
  while (last > after && trailingFunctionWords.test(list[last].lower)) last--
  return whole(list[last].end)
}

// Words no phrase read forward ends on (`the Office of the Historian of the`, `Trump's offer of`).
const trailingFunctionWords = /^(of|the|a|an|for|to|in|on|at|and)$/

/** Words read after an owner for the one it names: `Republican National Committee chair Ronna McDaniel`. */
const maxOwnedPhraseWords = 8
// Words that open a place, time or circumstance after a speaker, ending what names them (`of` and `for` may belong to a
// role: `chief of staff`).
const phraseBreaks = new Set([
  'at', 'in', 'on', 'outside', 'inside', 'near', 'during', 'after', 'before', 'from', 'with', 'without', 'while', 'when',
  'citing', 'adding', 'saying', 'noting', 'according', 'told', 'said', 'who', 'which', 'that', 'as', 'by', 'via', 'through',
  'his', 'her', 'their', 'its',
])

/**
 * Whether a name comes after the words in lower case from `at` that name a role, before punctuation or a word that
 * opens a place or circumstance: `chief economist Mark Zandi`, not `at the Munich Security Conference`.
 */
function nameFollows(list: readonly Word[], at: number, ceiling: number): boolean {
  // (`and` brings in another: `Steven Cheung and senior adviser Jason Miller` ends on Cheung.)
  for (let index = at; index < ceiling && index - at < maxOwnedPhraseWords && !list[index].isPunctuation && !phraseBreaks.has(list[index].lower) && list[index].lower !== 'and'; index++) {
    if (isNameWord(list[index]) && !isCalendarWord(list[index].lower)) return true
  }
  return false
}

function isAcronym(word: Word): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(word.text)
}

/**
 * `said the mayor of Mesa, Scott Smith.`, `said a White House spokesman,
 * Eric Schultz.`: a person's name set off after a description of one whose
 * head is a role, ending the clause; not `said the lawyer representing the
 * victim, Jane Doe` (the victim's name) nor `said relatives of the boy, …`.
 */
function personInApposition(text: string, list: readonly Word[], phrase: SpeakerPhrase, ceiling: number): SpeakerPhrase | undefined {
  const comma = firstAtOrAfter(list, phrase.end)
  if (list[comma]?.text !== ',' || comma + 1 >= ceiling) return undefined
  const first = firstAtOrAfter(list, phrase.start)
  const words = list.slice(first, comma)
  // One who speaks for another names the other after the comma: `lawyers for the officer, Derek Chauvin`.
  if (words.some((word) => /^(for|to|representing|with|about)$/.test(word.lower))) return undefined
  // `the mayor of Mesa`, `the Democratic leader of the Senate`: the role before `of`.
  const of = words.findIndex((word) => word.lower === 'of')
  const head = of === -1 ? comma - 1 : first + of - 1
  if (head < first || !roleNouns.test(list[head].lower)) return undefined
  const run = nameRunAfter(list, comma + 1, ceiling)
  if (!run || !(run[1] + 1 >= ceiling || list[run[1] + 1].isPunctuation)) return undefined
  const name = readName(text, list, run[0], run[1])
  const person = name && namePhrase(name)
  return isPersonName(person) ? person : undefined
}

/** `said senior administration officials`: a plural after the words that say which, ending the phrase. */
function pluralFrom(text: string, list: readonly Word[], first: number, ceiling: number): SpeakerPhrase | undefined {
  for (let last = first; last < ceiling && last - first <= maxPluralModifiers; last++) {
    const word = list[last]
    const isEnd = last + 1 >= ceiling || list[last + 1].isPunctuation
    if (isEnd && isPlural(word) && !isAdverb(word) && !reportingVerb(word)) return nominal(text, list, first, last)
    if (!isPluralModifier(word)) return undefined
  }
  return undefined
}

/** `Union leaders rejected`, `thousands took`: a plural after the words that say which, right before the clause's verb. */
function pluralBeforeVerb(text: string, list: readonly Word[], first: number, ceiling: number): SpeakerPhrase | undefined {
  for (let last = first; last < ceiling && last - first <= maxPluralModifiers; last++) {
    const word = list[last]
    // The verb may be the one asked about, at `ceiling`, past a day: `Union leaders on Sunday called`.
    const verb = last + 1 + afterDay(list, last + 1, ceiling)
    const next = list[verb]
    // (Not a passive's participle: `vaccines approved by the agency`.)
    // (Or an auxiliary of a plural's verb: `Conservative websites are already crying foul`.)
    const isVerbNext = next !== undefined && verb <= ceiling && (isPastVerb(next) || reportingVerb(next) !== undefined || pluralAuxiliaries.has(next.lower)) && list[verb + 1]?.lower !== 'by'
    // (A capitalized word alone is a name, read as one: the plural is in lower case.)
    if (isVerbNext && /^\p{Ll}/u.test(word.text) && isPlural(word) && isPluralModifier(word) && !reportingVerb(word)) return nominal(text, list, first, last)
    if (!isPluralModifier(word)) return undefined
  }
  return undefined
}

/** How many words a day takes at `at`, before `ceiling`: `on Sunday` 2, `Sunday` 1, else 0. */
function afterDay(list: readonly Word[], at: number, ceiling: number): number {
  if (at + 1 < ceiling && list[at].lower === 'on' && isCalendarWord(list[at + 1].lower)) return 2
  return at < ceiling && isCalendarWord(list[at].lower) ? 1 : 0
}

/** The noun phrase that starts a clause: `she`, `Gaga`, `the campaign`, skipping `and then`. */
export function clauseSubject(text: string, list: readonly Word[], floor: number, ceiling: number): SpeakerPhrase | undefined {
  // The nearest clause first; `After the debate, Trump tweeted, saying` goes back two commas.
  let end = ceiling
  // Whether the clause after the one tried goes on with its subject: `…, but argued that`.
  let isCoordinated = false
  for (let tries = 0; tries < 3 && end > floor; tries++) {
    let start = end
    while (start > floor && !isClauseBreak(list[start - 1])) start--
    // The break just before the verb (`…, saying`) opens no clause to try, nor does a comma in a list
    // of names (`joins Elizabeth Warren, Sherrod Brown and others in saying`).
    const isListed = start - 3 >= floor && list[start - 1].text === ',' && isNameWord(list[start - 3]) && isNameWord(list[start - 2]) && isNameWord(list[start] ?? list[start - 1]) &&
      list.slice(start, end).some((word) => /^(and|or)$/.test(word.text))
    if (start === end || isListed) {
      end = start - 1
      tries--
      continue
    }
    let index = start
    while (index < end && (leadingConnectives.has(list[index].lower) || isAdverb(list[index]))) index++
    // (`14-year-old Aubrey Pelletier hoisted`: an age before a name.)
    if (index + 1 < end && /^\d+-year-old$/.test(list[index].lower) && isNameWord(list[index + 1])) index++
    // (`Later that day the senator refused`: a time before the subject.)
    if (index + 2 < end && timeDeterminers.has(list[index].lower) && timeNouns.test(list[index + 1].lower)) index += 2
    const word = list[index]
    if (index < end) {
      // `John McCain, a Republican, began …`, `John McCain, Republican of Arizona, began …`: the name the description
      // sets off speaks.
      const described = determiners.has(word.lower) || partyWords.has(word.lower) ? nameBeforeApposition(text, list, start, floor) : undefined
      if (described) return described
      if (isSubjectPronoun(word)) return pronoun(word)
      // `the Likud party, which tried to rally support by saying`: the relative clause's subject is what it follows.
      // (Only the clause that holds the verb: an aside before the verb, `her group, which disagrees with …, would defend`, is not.)
      const holdsVerb = end === ceiling
      // (One with a subject of its own has it speak: `a man, who officers said was "armed"`.)
      if (holdsVerb && (word.lower === 'which' || word.lower === 'who') && index === start && list[start - 1]?.text === ',') {
        return hasOwnSubject(list, index) ? phraseAfter(text, list, index + 1, end) : phraseEndingAt(text, list, start - 2, floor)
      }
      // (`Several unions … have banded together`: a determiner opening the sentence is no name.)
      if ((isNameWord(word) || isTitleWord(word)) && !determiners.has(word.lower)) {
        // `Union leaders rejected`, `Russian officials said`: names that say which of a plural speak.
        const plural = pluralBeforeVerb(text, list, index, end)
        if (plural) return plural
        const run = nameRunAfter(list, index, end)
        // `visited the border in El Paso, Texas, after weeks of …, and called`: a place's state opens no clause.
        if (run && end < ceiling && run[1] === end - 1 && isStateOfPlace(list, index, floor)) {
          end = start - 1
          tries--
          continue
        }
        // `Rice's comments came as Netanyahu turned down …, saying`: an owner is no subject, a later clause's may be.
        if (run && /['\u2019]s?$/.test(list[run[1]].text)) return subordinateSubject(text, list, run[1] + 1, end) ?? ownedPhrase(text, list, index, run[1] + 1, end)
        return phraseAfter(text, list, index, end)
      }
      // A bare plural opens a clause too, unless the clause is only an aside that reports the sentence (`The
      // president, aides said, was angry, calling`).
      const plural = /^\p{Ll}/u.test(word.text) ? pluralBeforeVerb(text, list, index, end) : undefined
      const verb = plural ? firstAtOrAfter(list, plural.end) : end
      if (plural && !(verb === end - 1 && reportingVerb(list[verb]))) return plural
      if (determiners.has(word.lower)) {
        // `The line was an addition to a speech in which Bloomberg criticized Democrats, but argued that`: the verb
        // after `but` goes on from the nearest clause's own, whose subject is a name.
        const nearer = isCoordinated ? lastVerbSubject(text, list, index, end) : undefined
        return nearer ?? describedName(text, list, withoutVerb(text, list, nominalFrom(text, list, index, end), index), index)
      }
    }
    // (The verb may be the one asked about, at `ceiling`.)
    isCoordinated = /^(and|but)$/.test(list[start].lower) && (index >= end || reportingVerb(word) !== undefined || /^\p{Ll}+ed$/u.test(word.text))
    end = start - 1
  }
  return undefined
}

/** Whether the relative clause that `who` or `which` at `pronoun` opens has a subject of its own: `who officers said`. */
function hasOwnSubject(list: readonly Word[], pronoun: number): boolean {
  const next = list[pronoun + 1]
  const afterNext = list[pronoun + 2]
  if (next === undefined || isAdverb(next)) return false
  const isVerbAfterNext = afterNext !== undefined &&
    (isPastVerb(afterNext) || reportingVerb(afterNext) !== undefined || auxiliaries.has(afterNext.lower) || /^(will|would|could|can|may|might|must|should)$/.test(afterNext.lower))
  return isSubjectPronoun(next) || isNameWord(next) || determiners.has(next.lower) || isVerbAfterNext
}

/**
 * Whether the name at `first` follows a place after `in` or `near` and a comma: `in El Paso, Texas` (not a person's
 * name: `A nurse in Chicago, Maria Lopez,`).
 */
function isStateOfPlace(list: readonly Word[], first: number, floor: number): boolean {
  const place = first - 2 >= floor && list[first - 1].text === ',' ? nameRunBefore(list, first - 2, floor) : undefined
  return place !== undefined && place[0] - 1 >= floor && /^(in|near)$/.test(list[place[0] - 1].lower) && !genderOfFirstName(list[first].text)
}

/** The name or pronoun right before the last past or reporting verb between `from` and `end` (`in which Bloomberg criticized`). */
function lastVerbSubject(text: string, list: readonly Word[], from: number, end: number): SpeakerPhrase | undefined {
  for (let verb = end - 1; verb > from; verb--) {
    const word = list[verb]
    if (reportingVerb(word) === undefined && !/^\p{Ll}+ed$/u.test(word.text)) continue
    const before = list[verb - 1]
    if (isSubjectPronoun(before)) return pronoun(before)
    return isNameWord(before) ? nameEndingAt(text, list, verb - 1, from) : undefined
  }
  return undefined
}

/** The subject after `as`, `when`, `while` … in a clause: `as Netanyahu turned down`. */
function subordinateSubject(text: string, list: readonly Word[], from: number, end: number): SpeakerPhrase | undefined {
  for (let index = from; index + 1 < end; index++) {
    if (!/^(as|when|while|because|after|before|since|and|but)$/i.test(list[index].text)) continue
    const next = list[index + 1]
    if (isSubjectPronoun(next)) return pronoun(next)
    if (isNameWord(next) || isTitleWord(next)) return phraseAfter(text, list, index + 1, end)
  }
  return undefined
}

/**
 * `Ryan's campaign` from `Ryan's campaign shrugged off …`, or the name in
 * apposition to it: `Paul Manafort` from `Mr. Trump's campaign chairman, Paul Manafort,`.
 */
function ownedPhrase(text: string, list: readonly Word[], first: number, from: number, end: number): SpeakerPhrase | undefined {
  let last = from
  while (last < end && last - from < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(list[last].text) && !/ed$/.test(list[last].text) && !phraseEnders.has(list[last].text) && !reportingVerb(list[last]) && !articles.has(list[last].lower)) last++
  // `Florida's amendment takes an existing rule`: an article opens the object of the verb read with the phrase.
  if (last - from >= 2 && articles.has(list[last]?.lower ?? '')) last--
  if (last === from) return undefined
  if (list[last]?.text === ',' && last + 1 < end && isNameWord(list[last + 1])) {
    const run = nameRunAfter(list, last + 1, end)
    const name = run && list[run[1] + 1]?.text === ',' ? readName(text, list, run[0], run[1]) : undefined
    if (name) return namePhrase(name)
  }
  return nominal(text, list, first, last - 1)
}

const articles = new Set(['a', 'an', 'the'])

/** A lower-case word or an acronym before a name: `spokesman`, `political scientist`, `NRA CEO`, but not `like` or `the`. */
function isRoleWord(word: Word): boolean {
  const form = word.lower
  // `anti-abortion activist`, `pro-Trump protester`
  return (/^\p{Ll}+(?:-\p{L}+)*$/u.test(word.text) || isAcronym(word)) && !determiners.has(form) && !phraseEnders.has(form) && !prepositions.has(form)
}

const partyWords = new Set(['republican', 'democrat', 'independent', 'libertarian'])

/** The name that alone makes up the clause before the comma at `start - 1`, if one does (`Senator John McCain`). */
function nameBeforeApposition(text: string, list: readonly Word[], start: number, floor: number): SpeakerPhrase | undefined {
  if (start - 2 < floor || list[start - 1].text !== ',') return undefined
  let first = start - 1
  while (first > floor && !isClauseBreak(list[first - 1])) first--
  // (Past a conjunction, not a subordinator or preposition: in `After Trump, the governor began` the governor speaks.)
  while (first < start - 1 && /^(and|but|so|then|yet)$/.test(list[first].lower)) first++
  const run = nameRunAfter(list, first, start - 1)
  if (!run || run[1] !== start - 2) return undefined
  const name = phraseAfter(text, list, first, start - 1)
  return name?.kind === 'name' ? name : undefined
}

export function isClauseBreak(word: Word): boolean {
  return /^[,;:(\u2014\u2013]$/.test(word.text)
}

function pronoun(word: Word): SpeakerPhrase {
  return { kind: 'pronoun', text: word.text, start: word.start, end: word.end }
}

function nameEndingAt(text: string, list: readonly Word[], last: number, floor: number): SpeakerPhrase | undefined {
  const lastRun = nameRunBefore(list, last, floor)
  if (!lastRun) return undefined
  // `the Board of Elections`: a body's name runs through `of`.
  const bodyStart = bodyStartBefore(list, lastRun, floor)
  const run: [number, number] = [bodyStart ?? lastRun[0], lastRun[1]]
  // `Sen. Angus King of Maine`, `the mayor of Mesa`: the place is not the speaker, the person or role before it is
  // (but in `footage of Hillary Clinton asking` she is, and so is the man in `attorney for the District of Columbia
  // Joseph diGenova`, whose name follows the place).
  // `Chief of Staff Rahm Emanuel`: a title's office, then the name.
  const office = run[0] - 2 >= floor && list[run[0] - 1].lower === 'of' && isTitleWord(list[run[0] - 2]) ? officeEnd(list, run[0], run[1] + 1) : run[0]
  if (office > run[0]) {
    const name = readName(text, list, office, run[1])
    if (name) return namePhrase(name)
  }
  // `A spokesperson for Rep. Ilhan Omar said`, `an aide to Sen. Chuck Schumer told`: who speaks for a person is the
  // speaker, not the person.
  const isAntecedent = list[run[1] + 1]?.text === ',' && /^(who|which)$/.test(list[run[1] + 2]?.lower ?? '')
  const agent = isAntecedent ? undefined : agentFor(text, list, run[0], list[run[1]].end, floor) ?? sentTo(text, list, run[0], floor)
  if (agent) return agent
  // `critics of President Donald Trump`: a role in lower case before `of` speaks, whoever the name is.
  const ownerOfTheName = ownerOfName(text, list, run, floor)
  if (ownerOfTheName) return ownerOfTheName
  // `University of Warwick professor Sharifah Sekalala`: a first name or a title inside the run names a person after the place.
  const holdsPerson = list.slice(run[0] + 1, run[1]).some((word) => genderOfFirstName(word.text) !== undefined || isTitleWord(word))
  if (!holdsPerson && run[0] - 2 >= floor && /^(of|from)$/i.test(list[run[0] - 1].text) && (isNameWord(list[run[0] - 2]) || roleNouns.test(list[run[0] - 2].text))) {
    const owner = phraseEndingAt(text, list, run[0] - 2, floor)
    if (owner) return owner
  }
  // `a source speaking to Fox News said`: whom a speaker talks to is not who speaks.
  if (run[0] - 3 >= floor && /^(to|with)$/i.test(list[run[0] - 1].text) && /^(speaking|talking)$/i.test(list[run[0] - 2].text)) {
    return phraseEndingAt(text, list, run[0] - 3, floor)
  }
  // `Trump on Twitter said`, `Voters in Ohio, Michigan and Pennsylvania described`, `A report in The New York Times
  // said`: a place, or a list of them, is not who speaks; a person before it is, and a description before it is,
  // with the place that says which (`Officials at the Pentagon`, `Officials with the Democratic National Committee`).
  const listed = firstOfNameList(list, run[0], floor)
  const places = /^the$/i.test(list[listed - 1]?.text ?? '') ? listed - 1 : listed
  const beforePlaces = list[places - 2]
  // (Not an adverb that opens the sentence: `Later on Trump said`.)
  if (places - 2 >= floor && placeBeforeName(list, places - 1) && !beforePlaces.isPunctuation && !isAdverb(beforePlaces) && !sentenceAdverbs.has(beforePlaces.lower)) {
    // (A name read on its own, not through places before it again: a run-on chain of them is no deep recursion.)
    // (`Officials at the Pentagon`: a plural that opens the sentence is capitalized, and no name.)
    const nameRun = isNameWord(beforePlaces) && !isPlural(beforePlaces) ? nameRunBefore(list, places - 2, floor) : undefined
    const named = nameRun && readName(text, list, nameRun[0], nameRun[1])
    if (named) return namePhrase(named)
    const described = nominalEndingAt(text, list, places - 2, floor)
    if (described) return spanPhrase(text, described.start, list[run[1]].end)
  }
  const name = bodyStart !== undefined ? bodyName(text, list, run[0], run[1]) : readName(text, list, run[0], run[1])
  return name ? namePhrase(name) : undefined
}

/**
 * Whether the preposition at `at` sets a place or body apart from who speaks: `in`, `at`, `on`; `with` after a role
 * (`Officials with the Sierra Club`, not `ends with Perry`).
 */
function placeBeforeName(list: readonly Word[], at: number): boolean {
  const form = list[at].lower
  if (form !== 'with') return form === 'in' || form === 'at' || form === 'on'
  const role = list[at - 1].lower
  return roleNouns.test(role) || (isPlural(list[at - 1]) && roleNouns.test(role.slice(0, -1)))
}

/**
 * Where a list of names that ends with the run starting at `first` starts: `Ohio, Michigan and Pennsylvania`. The
 * last name follows `and` or `or` (in `removed from an event in Las Vegas, Mr. Trump said` a comma ends the place).
 */
function firstOfNameList(list: readonly Word[], first: number, floor: number): number {
  return nameListRuns(list, first, floor).at(-1)?.[0] ?? first
}

/** The name runs before the run starting at `first` in a list of names that it ends (`Ohio, Michigan and`), nearest first. */
function nameListRuns(list: readonly Word[], first: number, floor: number): [number, number][] {
  const runs: [number, number][] = []
  for (let names = 0; names < maxListedNames; names++) {
    const joiner = first - 1
    const joins = names === 0 ? /^(and|or)$/ : /^(,|and|or)$/
    if (joiner <= floor || !joins.test(list[joiner].lower)) break
    const last = list[joiner].lower !== ',' && list[joiner - 1].text === ',' ? joiner - 2 : joiner - 1
    const run = last >= floor && isNameWord(list[last]) ? nameRunBefore(list, last, floor) : undefined
    if (!run) break
    runs.push(run)
    first = run[0]
  }
  return runs
}

const maxListedNames = 6
// Capitalized at a sentence's start, they read like names: `Later on Trump said`, `Elsewhere in Iowa Sanders said`.
const sentenceAdverbs = new Set(['later', 'earlier', 'early', 'elsewhere', 'meanwhile', 'again', 'here', 'there', 'now', 'then', 'once', 'back'])

function phraseEndingAt(text: string, list: readonly Word[], last: number, floor: number): SpeakerPhrase | undefined {
  if (last < floor) return undefined
  // `Sen. Kay Bailey Hutchison, R-Texas, who …`: the name before the party label.
  const label = list[last].text === '.' ? last - 1 : last
  if (label - 2 >= floor && isPartyLabel(list[label].text) && list[label - 1].text === ',') return phraseEndingAt(text, list, label - 2, floor)
  const word = list[last]
  // `Sen. Marco Rubio (R-Fla.) said`, `Sen. Richard J. Durbin (D-Ill.), noting …, said`
  if (word.text === ')') {
    let open = last
    while (open > floor && list[open].text !== '(') open--
    return open > floor ? phraseEndingAt(text, list, open - 1, floor) : undefined
  }
  if (isSubjectPronoun(word)) return pronoun(word)
  // (`Republicans in the Senate`: a plural that reads as a title is no name, but a plural's phrase.)
  if (isNameWord(word)) return nameEndingAt(text, list, last, floor) ?? (isPlural(word) ? nominalEndingAt(text, list, last, floor) : undefined)
  const nominal = nominalEndingAt(text, list, last, floor)
  // `Scott Smith, the mayor of Mesa`: the name the description stands beside.
  let first = last
  while (nominal && first > floor && list[first].start > nominal.start) first--
  if (nominal && list[first - 1]?.text === ',' && first - 2 >= floor && isNameWord(list[first - 2])) return nameEndingAt(text, list, first - 2, floor) ?? nominal
  return nominal
}

/** `the Clinton campaign`, `a source close to the couple`, `officials`: read back to a determiner. */
function nominalEndingAt(text: string, list: readonly Word[], last: number, floor: number): SpeakerPhrase | undefined {
  if (last < floor || list[last].isPunctuation) return undefined
  // A verb's form after a determiner is a noun: `The report, commissioned after the flood, recommended`, `a new report
  // revealed`, `a June 2 Facebook post from …`.
  // (`the secretary of state said`: after `of` it is a noun.)
  if (reportingVerb(list[last]) && !opensWithDeterminer(list, last, floor) && list[last - 1]?.lower !== 'of') return undefined
  // `workers from around the world have banded together to warn`: a noun phrase ends in no preposition.
  if (phraseEnders.has(list[last].lower) || isPreposition(list[last])) return undefined
  for (let first = last; first >= floor && last - first < 7; first--) {
    const word = list[first]
    if (word.isPunctuation) break
    const form = word.lower
    const isPossessive = /['\u2019]s$/.test(word.text) && isCapitalized(word.text)
    if (determiners.has(form) || isPossessive) {
      // `articles that are written`: a phrase ending in an auxiliary has no noun to speak; `Some chanted`, `Another
      // tweeted`: a plural's determiner, or `another`, alone stands for those it counts.
      // (Not one that floats after its noun: `Ruiz and Baker both called`.)
      if (first === last) return (pluralDeterminers.has(form) || form === 'another') && startsClauseAt(list, first, floor) ? nominal(text, list, first, last) : undefined
      if (auxiliaries.has(list[last].lower)) return undefined
      // `saying that Catholic teaching calls`: after a verb of saying, `that` opens a clause, not the phrase.
      if (form === 'that' && first - 1 >= floor && reportingVerb(list[first - 1])) return nominal(text, list, first + 1, last)
      return nominal(text, list, first, last)
    }
    // (`the world have banded together`: nor holds it a verb's auxiliary.)
    if (first < last && (leadingConnectives.has(form) || phraseEnders.has(form) || auxiliaries.has(form))) break
  }
  // A bare plural at the start of a clause, after the words that say which: `officials said`, `senior officials said`,
  // `pro-Trump protesters chanted`, `Trump supporters chanted`.
  if (!isPlural(list[last])) return undefined
  const first = modifiersStart(list, last, floor)
  const previous = list[first - 1]
  // Not the second of two subjects: `they and White House officials have agreed`, `Republican lawmakers and conservative
  // activists pledged` (but `The plan failed and critics said`).
  const joined = first - 2 >= floor ? list[first - 2] : undefined
  const joinsSubjects = /^(and|or)$/.test(previous?.lower ?? '') && joined !== undefined && (isSubjectPronoun(joined) || isNameWord(joined) || /[a-z]s$/.test(joined.text))
  // `The mayor and city officials said`: a role and a plural speak together.
  if (/^(and|or)$/.test(previous?.lower ?? '') && joined !== undefined && roleNouns.test(joined.lower)) {
    const role = nominalEndingAt(text, list, first - 2, floor)
    if (role && startsClauseAt(list, firstAtOrAfter(list, role.start), floor)) return spanPhrase(text, role.start, list[last].end)
  }
  // Both together when the first opens the clause: `Democrats and Republicans said`.
  if (joinsSubjects) return isSubjectPronoun(joined) ? undefined : jointPluralFrom(text, list, first - 2, last, floor) ?? nominal(text, list, first, last)
  return startsClauseAt(list, first, floor) ? nominal(text, list, first, last) : undefined
}

/** Words that may stand between a determiner and the noun it opens: `a new report`, `a June 2 Facebook post`. */
const maxModifiers = 3
// Reporting verbs' forms that are mostly nouns after a determiner's words (not `A Beijing official hit back`).
const reportNouns = new Set(['report', 'reports', 'post', 'posts', 'tweet', 'tweets', 'note', 'notes', 'comment', 'comments', 'remark', 'remarks',
  'claim', 'claims', 'reply', 'replies', 'release', 'releases', 'statement', 'statements', 'warning', 'warnings', 'response', 'responses'])

/**
 * Whether a determiner opens the phrase that ends at `last`: right before it, or past a few words that are no verb
 * or preposition when the word is mostly a noun (`a new report`).
 */
function opensWithDeterminer(list: readonly Word[], last: number, floor: number): boolean {
  return (last - 1 >= floor && determiners.has(list[last - 1].lower)) || isReportNoun(list, last, floor)
}

/** Whether the word at `at` is a report noun (`report`, `post`) that a determiner opens past a few modifiers, from `floor` on. */
export function isReportNoun(list: readonly Word[], at: number, floor: number): boolean {
  if (!reportNouns.has(list[at]?.lower ?? '')) return false
  for (let index = at - 1; index >= floor && at - index <= maxModifiers + 1; index--) {
    const word = list[index]
    if (determiners.has(word.lower)) return true
    if (word.isPunctuation || reportingVerb(word) || isPreposition(word) || phraseEnders.has(word.lower) || auxiliaries.has(word.lower)) return false
  }
  return false
}

/** `Democrats and Republicans`: the first of two joined subjects read back from `joined`, when it opens its clause. */
function jointPluralFrom(text: string, list: readonly Word[], joined: number, last: number, floor: number): SpeakerPhrase | undefined {
  const first = modifiersStart(list, joined, floor)
  // `Democrats, Republicans and independents`: a list is more than two.
  const isListed = list[first - 1]?.text === ',' && first - 2 >= floor && !list[first - 2].isPunctuation
  return startsClauseAt(list, first, floor) && !isListed ? nominal(text, list, first, last) : undefined
}

/** The first of the words before `last` that say which of a plural speak (`senior`, `pro-Trump`), or `last`. */
function modifiersStart(list: readonly Word[], last: number, floor: number): number {
  let first = last
  while (first - 1 >= floor && last - first < maxPluralModifiers && isPluralModifier(list[first - 1])) first--
  return first
}

function isPreposition(word: Word): boolean {
  return prepositions.has(word.lower) || timeOrPlacePrepositions.has(word.lower) || word.lower === 'of' || word.lower === 'for'
}

/** Whether a clause starts at `first`: at `floor`, after punctuation or after a connective (`and`, `when`). */
function startsClauseAt(list: readonly Word[], first: number, floor: number): boolean {
  return first === floor || list[first - 1].isPunctuation || leadingConnectives.has(list[first - 1].lower)
}

const maxPluralModifiers = 3

// Plurals without an -s: `people shouted`, `police said`.
const pluralsWithoutS = new Set(['people', 'police', 'children', 'men', 'women'])

/** `officials`, `Democrats`, `people`; not `business`, `virus`, `crisis`. */
function isPlural(word: Word): boolean {
  return (/[a-z]s$/.test(word.text) && !/(ss|us|is)$/.test(word.text)) || pluralsWithoutS.has(word.lower)
}

/** A word that may say which of a plural speak: `senior`, `pro-Trump`, `Trump`, `state`; not a verb, a preposition or `that`. */
function isPluralModifier(word: Word): boolean {
  const form = word.lower
  return !word.isPunctuation && !(isTitleWord(word) && word.text.endsWith('.')) && !determiners.has(form) && !phraseEnders.has(form) && !leadingConnectives.has(form) &&
    !prepositions.has(form) && !auxiliaries.has(form) && !isSubjectPronoun(word) && !isAdverb(word) && (form === 'state' || !reportingVerb(word)) &&
    !/^(of|for|what|whom|whose)$/.test(form) && /^\p{L}[\p{L}.-]*$/u.test(word.text)
}

function nominalFrom(text: string, list: readonly Word[], first: number, ceiling: number): SpeakerPhrase | undefined {
  let last = first
  while (last + 1 < ceiling && last - first < 6) {
    const next = list[last + 1]
    // (`said officials Tuesday.`: the day that ends the phrase is when.)
    const endsWithTime = timeWords.test(next.text) && (last + 2 >= ceiling || list[last + 2].isPunctuation)
    // (`Several unions representing shipping workers`: a participle after a plural opens what they are, but `a sales
    // training manager` is one noun.)
    const opensParticiple = isGerund(next) && isPlural(list[last]) && (first === last || pluralDeterminers.has(list[first].lower))
    // (`Several Democrats issued a statement`: the verb ends the subject; and `said the man standing in front of the
    // crowd`: a participle after the noun, before a preposition or the phrase's end, says what the one named does.)
    const afterNext = list[last + 2]
    const endsWithVerb = last > first && (isPastVerb(next) || (endsInParticiple(list, first, last + 1) &&
      (last + 2 >= ceiling || afterNext.isPunctuation || phraseEnders.has(afterNext.lower) || isPreposition(afterNext))))
    // (`said a person familiar with the matter`: the adjective takes its `with`.)
    if (next.lower === 'with' && list[last].lower === 'familiar') {
      last++
      continue
    }
    // (`said a June 2 Facebook post from …`: a report noun a few words after a determiner is no verb, unless what
    // follows opens a clause, as in `that a new group claims that …`.)
    const isVerb = reportingVerb(next) !== undefined && !(isReportNoun(list, last + 1, first) && !/^(that|he|she|they|it|we|i)$/.test(afterNext?.lower ?? ''))
    if (next.isPunctuation || phraseEnders.has(next.lower) || isVerb || isAdverb(next) || endsWithTime || opensParticiple || endsWithVerb) break
    last++
  }
  // `said critics of Apple and Google`: two single names after `of` both belong to the phrase.
  const other = last + 2 < ceiling && isNameWord(list[last]) && list[last + 1].lower === 'and' ? nameRunAfter(list, last + 2, ceiling) : undefined
  if (other && other[0] === other[1] && (other[1] + 1 >= ceiling || list[other[1] + 1].isPunctuation)) last = other[1]
  // `said an adviser to the campaign`, `said a lawyer for Nina Patel`: whom the agent speaks for belongs to the phrase.
  if (agentNouns.test(list[last].lower) && /^(for|to)$/.test(list[last + 1]?.lower ?? '') && last + 2 < ceiling) {
    const whom = nominalFrom(text, list, last + 2, ceiling) ?? phraseAfter(text, list, last + 2, ceiling)
    if (whom && whom.kind !== 'pronoun') return spanPhrase(text, list[first].start, whom.end)
  }
  // (`The company’s first comments`: an owner alone, cut off before what it owns, is no phrase.)
  if (/['\u2019]s$/.test(list[last].text)) return undefined
  // (`the Office of the Historian of the`, cut at the longest phrase read: no phrase ends on `of` or `the`.)
  while (last > first && trailingFunctionWords.test(list[last].lower)) last--
  return last > first || !determiners.has(list[first].lower) ? nominal(text, list, first, last) : undefined
}

/**
 * The name a phrase that opens with a determiner and words in lower case ends on (`An incredulous Bob Schieffer`, `a
 * visibly angry Nancy Pelosi`): the person, as another outlet names them; else the phrase.
 */
function describedName(text: string, list: readonly Word[], phrase: SpeakerPhrase | undefined, first: number): SpeakerPhrase | undefined {
  if (phrase?.kind !== 'nominal') return phrase
  let last = first
  while (list[last + 1] && list[last + 1].end <= phrase.end) last++
  if (!isNameWord(list[last])) return phrase
  const name = nameEndingAt(text, list, last, first + 1)
  if (!name) return phrase
  const nameFirst = firstAtOrAfter(list, name.start)
  // (Words that describe, not a preposition, a verb's form or a relative: `the mayor of Washington`, `A protester
  // heckling Donald Trump`, `a man who met John Smith` are none of those named.)
  const describes = (word: Word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word.text) && !isPreposition(word) && !/(?:ing|ed)$/.test(word.lower) && !relatives.has(word.lower)
  const isDescribed = nameFirst > first + 1 && list.slice(first + 1, nameFirst).every(describes)
  return isDescribed ? name : phrase
}

const relatives = new Set(['who', 'whom', 'whose', 'that', 'which'])

/** `your son looks at you and says`: a clause's subject read up to a preposition ends before the clause's own verb. */
function withoutVerb(text: string, list: readonly Word[], phrase: SpeakerPhrase | undefined, first: number): SpeakerPhrase | undefined {
  if (!phrase) return undefined
  let last = first
  while (list[last + 1] && list[last + 1].end <= phrase.end) last++
  const isVerbLike = /\p{Ll}(s|ed)$/u.test(list[last].text) && phraseEnders.has(list[last + 1]?.lower ?? '')
  if (last - first >= 2 && isVerbLike) return nominal(text, list, first, last - 1)
  // `Many economists consider the tax`: a bare word between a plural and its object's determiner is the verb.
  for (let index = first + 1; index + 2 <= last; index++) {
    const verb = list[index + 1]
    const isBareVerb = /^\p{Ll}+$/u.test(verb.text) && !prepositions.has(verb.lower) && !determiners.has(verb.lower) && !phraseEnders.has(verb.lower) && !isAdverb(verb)
    if (isBareVerb && /\p{Ll}s$/u.test(list[index].text) && determiners.has(list[index + 2].lower)) return nominal(text, list, first, index)
  }
  return phrase
}

function nominal(text: string, list: readonly Word[], first: number, last: number): SpeakerPhrase {
  return spanPhrase(text, list[first].start, list[last].end)
}

/** The description printed from `start` to `end` (offsets). */
function spanPhrase(text: string, start: number, end: number): SpeakerPhrase {
  return { kind: 'nominal', text: text.slice(start, end), start, end }
}

function namePhrase(name: Name): SpeakerPhrase {
  return { kind: 'name', text: name.text, start: name.start, end: name.end, name }
}

/**
 * For `Jane Doe, who has run the shelter three times, most recently in March,
 * said` with `comma` at the last comma: the comma that opens the relative
 * clause, which has commas of its own.
 */
function relativeClauseStart(list: readonly Word[], comma: number, floor: number): number | undefined {
  for (let index = comma - 1; index > floor && comma - index <= maxRelativeClauseWords; index--) {
    if (list[index].text !== ',' || isThousandsComma(list, index)) continue
    const form = list[index + 1]?.lower
    if (form === 'who' || form === 'which') return withAge(list, index, floor)
  }
  return undefined
}

/**
 * Whether `phrase` stands inside the apposition that opens after the comma at
 * `outer`, and that apposition names a role (`, president of the Children's
 * Defense Fund`; not `, and uttering charges that Rush Limbaugh`).
 */
function isInRoleApposition(list: readonly Word[], phrase: SpeakerPhrase, outer: number | undefined): boolean {
  if (outer === undefined) return false
  const opening = list[outer + 1]
  return (roleNouns.test(opening.lower) || isTitleWord(opening)) && opening.start < phrase.start
}

/**
 * For `X, a spokesman for Y, said` with `comma` at the second comma: the
 * index of the first comma when the words between read as an apposition.
 */
function nearestApposition(list: readonly Word[], comma: number, floor: number): number | undefined {
  for (let index = comma - 1; index >= floor && comma - index <= maxRelativeClauseWords; index--) {
    // The comma of `14,000` parts no phrase.
    if (list[index].text !== ',' || isThousandsComma(list, index)) continue
    const first = list[index + 1]
    if (!first) return undefined
    const form = first.lower
    const isRelative = form === 'who' || form === 'which'
    // A relative clause runs long (`, who has more than 14,000 followers … and was a spokeswoman for …,`); others do not.
    if (!isRelative && comma - index > maxAppositionWords) return undefined
    // `, a spokesman for Y,`, `, who …,`, `, R-Ky.,`, `, White House assistant press secretary,`
    const looksLikeApposition = determiners.has(form) || isRelative || isTitleWord(first) ||
      !isCapitalized(first.text) || /['\u2019]s$/.test(first.text) || isPartyLabel(first.text) || roleNouns.test(list[comma - 1].lower)
    if (!looksLikeApposition || index <= floor || (!isRelative && holdsClause(list, index + 1, comma))) return undefined
    return withAge(list, index, floor)
  }
  return undefined
}

/**
 * Whether the words from `start` to `end` are a clause with a subject and a verb of its own, not an apposition: a
 * name that opens them, titles and all, and a past form right after it (`, Mr Biden appeared agitated,`; not `, a
 * Democrat from Ohio,`, `, a career diplomat Obama promoted,`, `, a Yale trained statistician,`).
 */
function holdsClause(list: readonly Word[], start: number, end: number): boolean {
  let index = start
  while (index < end && isTitleWord(list[index])) index++
  if (index === end || !isNameWord(list[index])) return false
  while (index < end && isNameWord(list[index])) index++
  return index < end && /^\p{Ll}+ed$/u.test(list[index].text)
}

/** `Elizabeth Lauten, 31, who …,`: an age before the apposition belongs to the name before it. */
function withAge(list: readonly Word[], comma: number, floor: number): number {
  return /^\d{1,3}$/.test(list[comma - 1].text) && list[comma - 2]?.text === ',' && comma - 2 > floor ? comma - 2 : comma
}

const maxAppositionWords = 25
const maxRelativeClauseWords = 40

function isThousandsComma(list: readonly Word[], index: number): boolean {
  return /^\d+$/.test(list[index - 1]?.text ?? '') && /^\d{3}\b/.test(list[index + 1]?.text ?? '') && list[index + 1].start === list[index].end
}
