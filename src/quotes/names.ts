import { isCapitalized, lower, type Word } from './words.js'
import { genderOfFirstName } from './first-names.js'
import { isSameGivenName } from './nicknames.js'

export type Gender = 'male' | 'female'

/** A person's name as printed, with the titles in front taken off. */
export interface Name {
  /** As printed, without titles and possessive `'s`. */
  text: string
  /** Lower-case words, for comparing forms (`lady gaga`). */
  key: string[]
  start: number
  end: number
  gender?: Gender
  /** A title or honorific preceded the name: it is a person. */
  hasTitle: boolean
  /** Ends like an organization's name (`Breitbart News`, `White House`): not a person, unless `mayBePerson`. */
  isOrganization: boolean
  /**
   * Ends so, yet reads as a person's name: a given name before a surname
   * that places and bodies also end with (`Mary Park`, `Greg House`), and
   * no word before it that places it (`in Grant Park`). Whether it is one
   * takes more than the name (people.ts: the surname named as a speaker).
   */
  mayBePerson?: boolean
}

// Titles that go before a name and are not part of it; some tell the gender.
// Maps: looked up for every word, and `constructor` in a text is no title.
const titles = new Map<string, Gender | null>(Object.entries({
  'mr.': 'male', mr: 'male', 'mrs.': 'female', mrs: 'female', 'ms.': 'female', ms: 'female', miss: 'female',
  'dr.': null, 'sen.': null, senator: null, 'rep.': null, representative: null, 'gov.': null, governor: null,
  president: null, 'vice': null, secretary: null, speaker: null, judge: null, justice: null, 'gen.': null,
  general: null, 'adm.': null, admiral: null, 'lt.': null, 'col.': null, 'capt.': null, 'sgt.': null,
  'prof.': null, 'rev.': null, reverend: null, mayor: null, chairman: 'male',
  chairwoman: 'female', chief: null, attorney: null, former: null, 'sens.': null, 'reps.': null, pastor: null,
  ambassador: null, commissioner: null, congressman: 'male', congresswoman: 'female', councilman: 'male',
  councilwoman: 'female', dame: 'female', sir: 'male', lord: 'male', 'pres.': null, candidate: null,
  nominee: null, host: null, anchor: null, actor: 'male', actress: 'female', singer: null, rapper: null,
  star: null, coach: null, officer: null, deputy: null, detective: null, agent: null, sheriff: null,
  republican: null, republicans: null, democrat: null, democrats: null, democratic: null, gop: null,
  independent: null, libertarian: null, presidential: null, billionaire: null, businessman: 'male',
  businesswoman: 'female', mogul: null, 'first': null, 'the': null, 'a': null, 'an': null,
  leader: null, majority: null, minority: null, whip: null, press: null, spokesman: 'male', spokeswoman: 'female',
  spokesperson: null, senate: null, house: null, assistant: null, communications: null, director: null,
  professor: null, economist: null, analyst: null, strategist: null, pollster: null, adviser: null, advisor: null,
  aide: null, lawyer: null, columnist: null, commentator: null, comedian: null, activist: null, author: null,
  'sen': null, 'rep': null, 'gov': null, 'dr': null, 'gen': null, 'lt': null, 'col': null,
  minister: null, prime: null, chancellor: null, premier: null, prosecutor: null, pope: 'male', organizer: null,
  founder: null, cofounder: null, 'co-founder': null,
}))

// Words of a name that tell the gender and stay in it (`Lady Gaga`, `Prince Harry`).
const genderedNameWords = new Map<string, Gender>(Object.entries({
  lady: 'female', queen: 'female', princess: 'female', duchess: 'female', king: 'male', prince: 'male', duke: 'male',
}))

// Capitalized words that never start or make up a person's name.
const notNames = new Set([
  'i', 'a', 'an', 'the', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'god', 'oscars',
  'oscar', 'grammys', 'emmys', 'internet', 'tv', 'ok', 'okay',
  'mr', 'mrs', 'ms', 'but', 'and', 'or', 'so', 'if', 'when', 'while', 'after', 'before', 'as', 'in', 'on', 'at',
  'for', 'from', 'with', 'by', 'of', 'to', 'it', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'its',
  'our', 'my', 'your', 'this', 'that', 'these', 'those', 'there', 'here', 'then', 'now', 'even', 'also', 'still',
  'yet', 'according', 'last', 'next', 'during', 'since', 'until', 'although', 'though', 'because', 'however',
  'meanwhile', 'instead', 'just', 'only', 'not', 'no', 'yes', 'what', 'who', 'why', 'how', 'where', 'which',
  'some', 'many', 'most', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'asked', 'said', 'says',
  'like', 'one', 'two', 'three', 'thanks', 'than', 'over', 'about', 'into', 'via', 'per', 'dear', 'hey', 'oh',
  'senate', 'congress', 'capitol', 'federal', 'national', 'american', 'americans',
  // Sentence openers that a name may follow: `Despite Trump's warning`, `Plus Obama said`.
  'despite', 'plus', 'following', 'given', 'enter', 'needless', 'amid', 'among', 'unlike', 'including', 'without',
  'within', 'upon', 'whether', 'let', 'under', 'toward', 'towards', 'unless', 'besides', 'beyond',
])

const particles = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'das', 'dos', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al', 'di', 'du', 'ter', 'el', 'y', 'wa'])

// Last words of organizations' and places' names (`Breitbart News`, `White House`, `Harlan River`).
const organizationWords = new Set([
  'campaign', 'party', 'committee', 'house', 'senate', 'congress', 'court', 'department', 'agency', 'university',
  'college', 'school', 'news', 'times', 'post', 'journal', 'magazine', 'network', 'group', 'inc', 'inc.', 'corp',
  'corp.', 'co', 'co.', 'association', 'foundation', 'institute', 'council', 'administration', 'office', 'center',
  'centre', 'club', 'church', 'bank', 'company', 'press', 'media', 'union', 'league', 'board', 'commission',
  'bureau', 'service', 'fund', 'tower', 'hotel', 'airport', 'street', 'avenue', 'square', 'park', 'county', 'city',
  'state', 'states', 'republic', 'kingdom', 'nation', 'nations', 'caucus', 'convention', 'debate', 'primary', 'poll',
  'review', 'report', 'show',
  // Places and bodies that are rarely a surname (not `Lake`, `Hall`, `Beach`, `Ocean`: Ricki Lake, Frank Ocean).
  'river', 'bridge', 'mountain', 'mountains', 'valley', 'island', 'islands', 'road', 'boulevard', 'highway', 'station',
  'stadium', 'museum', 'hospital', 'prison', 'district', 'province', 'region', 'village', 'sea', 'creek', 'canyon',
  'harbor', 'harbour', 'mall', 'theater', 'theatre', 'police', 'ministry', 'army', 'navy', 'force', 'forces', 'authority',
  'legislature', 'assembly', 'parliament', 'government',
])

// Of those, the ones that are also common surnames.
const surnamesOfPlaces = new Set(['park', 'street', 'house', 'post', 'bank', 'church', 'court', 'press', 'tower'])

// Words that, right before such a name, make it a place or a body.
const placeMarkers = new Set([
  'in', 'at', 'on', 'near', 'into', 'onto', 'outside', 'inside', 'across', 'along', 'through',
  'around', 'toward', 'towards', 'off', 'past', 'behind', 'beyond', 'via', 'within', 'opposite', 'the', 'a', 'an',
])

// `II` to `XX`: a generational suffix (`Joe Manchin III`) or a monarch's or pope's number (`Pope Leo XIV`).
const romanSuffix = /^(?=[IVX]{2,5}$)X{0,2}(IX|IV|V?I{0,3})$/
// Titles whose holder's number is part of the name: `King Charles III`, `Pope Leo XIV`.
const numberedTitles = new Set(['king', 'queen', 'pope', 'prince', 'princess', 'emperor', 'empress', 'tsar', 'czar', 'sultan'])

const joinedParticle = /^(?:\p{Ll}{1,3}\p{Lu}\p{Ll}|(?:al|el|bin|ibn|abu|ben|de|di|da|du|le|la|van|von)-\p{Lu})/u

/** True for a word that can be part of a name run. */
export function isNameWord(word: Word): boolean {
  // `diGenova`, `al-Awlaki`: a surname's particle written small and joined (not `pro-Trump`; a word in lower case is
  // tested no further).
  if (word.isPunctuation || !(isCapitalized(word.text) || (word.text !== word.lower && joinedParticle.test(word.text)))) return false
  const possessive = possessiveLength(word.text)
  const bare = possessive === 0 ? word.text : word.text.slice(0, word.text.length - possessive)
  if (notNames.has(possessive === 0 ? word.lower : lower(bare))) return false
  // All capitals: acronyms and shouted words, not names (initials `E.` are fine, and so is `II` in `Vann R. Newkirk II`).
  return !(bare.length > 1 && isAllCapitals(bare) && !/^(\p{Lu}\.)+$/u.test(bare) && !romanSuffix.test(bare))
}

function isAllCapitals(word: string): boolean {
  // A small ASCII letter settles it without upper-casing the word.
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 97 && code <= 122) return false
  }
  return word === word.toUpperCase()
}

export function isParticle(word: Word): boolean {
  return !word.isPunctuation && isParticleForm(word.lower)
}

/** Whether a word in lower case is a surname's particle: `da`, `bin`, `van`. */
export function isParticleForm(word: string): boolean {
  return particles.has(word)
}

/** Whether a word in lower case may stand inside a name: a particle (`da`, `bin`) or a body's link (`Board of Elections`). */
export function isNameLink(word: string): boolean {
  return particles.has(word) || word === 'of' || word === 'the' || word === 'for'
}

/** Index range [first, last] of the name run that ends at `last`, or undefined. */
export function nameRunBefore(list: readonly Word[], last: number, floor = 0): [number, number] | undefined {
  if (last < floor || !isNameWord(list[last])) return undefined
  let first = last
  while (first - 1 >= floor && adjacent(list[first - 1], list[first])) {
    const previous = list[first - 1]
    // `After World War II Germany vowed`: a number ends the name it closes.
    if (romanSuffix.test(previous.text)) break
    if (isNameWord(previous) && !hasPossessive(previous.text)) first--
    else if (isParticle(previous) && first - 2 >= floor && isNameWord(list[first - 2])) first -= 2
    else if (isTitleWord(previous)) first--
    // (`Democratic National Committee`: words that are no name alone are part of a body's.)
    else if (bodyAdjectives.has(previous.lower) && isCapitalized(previous.text) && (organizationWords.has(list[last].lower) || bodiesBeforeOf.has(list[last].lower))) first--
    else break
  }
  return [first, last]
}

// Words that are no name alone but open a body's (`U.S. Capitol Police`, `Senate Intelligence Committee`).
const bodyAdjectives = new Set(['national', 'federal', 'american', 'capitol', 'senate'])
const bodyOpeners = new Set([...bodyAdjectives, 'republican', 'democratic', 'house'])

// The words of an office after a title and `of`: `Secretary of Health and Human Services`, `Chief of Staff`.
const officeWords = new Set([
  'defense', 'state', 'homeland', 'security', 'staff', 'labor', 'treasury', 'commerce', 'energy', 'education', 'health',
  'and', 'human', 'services', 'agriculture', 'transportation', 'interior', 'justice', 'housing', 'urban', 'development',
  'veterans', 'affairs', 'finance', 'foreign', 'home', 'war', 'navy', 'army', 'air', 'force', 'police', 'the',
])

/**
 * The index after the office words from `start` (`Defense`, `Homeland
 * Security`), when a name follows them before `end`; `start` when none do.
 */
export function officeEnd(list: readonly Word[], start: number, end: number): number {
  let index = start
  while (index < end && officeWords.has(list[index].lower) && (isNameWord(list[index]) || /^(and|the)$/.test(list[index].lower))) index++
  return index > start && index < end && isNameWord(list[index]) ? index : start
}

// Bodies named with `of` after them: `Board of Elections`, `Department of Health and Human Services`, `Bank of England`.
const bodiesBeforeOf = new Set([
  'department', 'board', 'bank', 'office', 'university', 'ministry', 'bureau', 'council', 'commission', 'committee',
  'institute', 'court', 'house', 'chamber', 'college', 'school', 'league', 'association', 'federation', 'union',
  'church', 'museum', 'center', 'centre', 'society', 'academy', 'corps', 'conference', 'division', 'organization',
  'organisation', 'secretariat',
])

/** Links through `of` followed back from a name: `the Office of the Director of National Intelligence` has two. */
const maxBodyLinks = 3

/**
 * Where the name of a body that runs through `of` to the name run `run` starts (`the New York City Board of
 * Elections`, `the Department of Health and Human Services`, `the Office of the Historian`): at the name run before
 * `of` whose last word names a body; undefined when none does.
 */
export function bodyStartBefore(list: readonly Word[], run: readonly [number, number], floor: number): number | undefined {
  let bodyStart: number | undefined
  let runStart = run[0]
  // (`the Office of the Director of National Intelligence`: through a title's office to the body.)
  for (let links = 0; links < maxBodyLinks; links++) {
    let of = runStart - 1
    // `Health and Human Services`: one name of the office joined by `and`.
    if (of - 1 >= floor && list[of].lower === 'and' && isNameWord(list[of - 1])) of = (nameRunBefore(list, of - 1, floor)?.[0] ?? of + 1) - 1
    if (of >= floor && list[of].lower === 'the') of--
    if (of - 1 < floor || list[of].lower !== 'of' || !isNameWord(list[of - 1])) break
    runStart = nameRunBefore(list, of - 1, floor)?.[0] ?? of - 1
    // (`Sen. Frank Church of Idaho`: a person before `of` is from a place, whatever the surname.)
    if (namesPerson(list, runStart, of - 1)) break
    if (bodiesBeforeOf.has(list[of - 1].lower)) bodyStart = runStart
  }
  // (`Chairman of the Board of Governors Tom Baker`, `University of Leeds Professor Amara Osei`: a person's name ends
  // the run; sought last, as most runs have no `of` before them.)
  if (bodyStart === undefined || namesPerson(list, run[0], run[1]) || (run[1] > run[0] && namesPerson(list, run[0] + 1, run[1], true))) return undefined
  while (isTitleWord(list[bodyStart]) && !bodiesBeforeOf.has(list[bodyStart].lower)) bodyStart++
  return bodyStart
}

/** Whether the words `first`..`last` hold a given name, or with `byTitle` a person's title (not `Senate`, `House`). */
function namesPerson(list: readonly Word[], first: number, last: number, byTitle = false): boolean {
  for (let index = first; index <= last; index++) {
    const word = list[index]
    if (genderOfFirstName(word.text) || (byTitle && isTitleWord(word) && !bodyOpeners.has(word.lower) && !bodiesBeforeOf.has(word.lower))) return true
  }
  return false
}

/** The name of a body from `first` to `last`, `of` and all (see bodyStartBefore): no title inside it is a person's. */
export function bodyName(text: string, list: readonly Word[], first: number, last: number): Name {
  const start = list[first].start
  const end = list[last].end - possessiveLength(list[last].text)
  const key: string[] = []
  for (let index = first; index < last; index++) key.push(list[index].lower)
  key.push(lower(text.slice(list[last].start, end)))
  return { text: text.slice(start, end), key, start, end, hasTitle: false, isOrganization: true }
}

/** Index range [first, last] of the name run that starts at `first`, or undefined. */
export function nameRunAfter(list: readonly Word[], first: number, ceiling = list.length): [number, number] | undefined {
  if (first >= ceiling || !(isNameWord(list[first]) || isTitleWord(list[first]))) return undefined
  let last = first
  while (last + 1 < ceiling && adjacent(list[last], list[last + 1]) && !hasPossessive(list[last].text) && !(last > first && romanSuffix.test(list[last].text))) {
    const next = list[last + 1]
    // `Secretary of Defense Lloyd Austin`: a title's office, when a name follows it.
    const office = next.lower === 'of' && isTitleWord(list[last]) ? officeEnd(list, last + 2, ceiling) : last + 2
    if (isNameWord(next)) last++
    else if (isParticle(next) && last + 2 < ceiling && isNameWord(list[last + 2])) last += 2
    else if (office > last + 2) last = office - 1
    else break
  }
  return [first, last]
}

/** A name from the words `first`..`last`, titles taken off, or undefined when none is left. */
export function readName(text: string, list: readonly Word[], first: number, last: number): Name | undefined {
  let gender: Gender | undefined
  let hasTitle = false
  // `Republican National Committee`, `Senate Judiciary Committee`: a body's name keeps the words that say whose it is.
  const isBody = organizationWords.has(list[last].lower)
  while (first <= last && (isTitleWord(list[first]) || !isNameWord(list[first])) && !(isBody && bodyOpeners.has(list[first].lower))) {
    const title = titles.get(list[first].lower)
    if (title) gender = title
    if (title !== undefined && !/^(the|a|an|first|former)$/.test(list[first].lower)) hasTitle = true
    // `Secretary of Defense Lloyd Austin`: the office the title names is no part of the name.
    const office = hasTitle && list[first + 1]?.lower === 'of' ? officeEnd(list, first + 2, last + 1) : first + 2
    first = office > first + 2 ? office : first + 1
  }
  if (first > last) return undefined
  // `Michigan Rep. Rashida Tlaib`, `Oversight Committee Chairman Trey Gowdy`: a place or body
  // before a title is not part of the name, which starts after the last title.
  // (`Ann Pope II`: the name is not the number after a title-like surname.)
  const endsInNumber = last > first && romanSuffix.test(list[last].text)
  for (let index = (endsInNumber ? last - 1 : last) - 1; index > first && !isBody; index--) {
    if (!isTitleWord(list[index]) || /^(the|a|an|first|former)$/i.test(list[index].text)) continue
    gender = titles.get(list[index].lower) ?? gender
    hasTitle = true
    first = index + 1
    break
  }
  // `Exact Moment Mark Ronson` in a title-case line: the name starts at the first name.
  // A first name that ends the run is a surname (`Rand Paul`).
  for (let index = first + 1; index < last; index++) {
    if (genderOfFirstName(list[index].text) && !genderOfFirstName(list[first].text) && !genderedNameWords.has(list[first].lower)) {
      first = index
      break
    }
  }
  // `George T. Conway III` is `Mr. Conway` later: the number is left out of the name (`Jr.` is not: `Donald Trump Jr.`),
  // but not a monarch's or a pope's (`King Charles III`, `Pope Leo XIV`).
  const isNumbered = [list[first - 1], list[first]].some((word) => word !== undefined && numberedTitles.has(word.lower))
  if (endsInNumber && !isNumbered) last--
  const start = list[first].start
  const possessive = possessiveLength(list[last].text)
  const end = list[last].end - possessive
  const printed = text.slice(start, end)
  // The words' own lower-case forms: one white space character parts the words of a name run.
  const key: string[] = []
  for (let index = first; index < last; index++) key.push(list[index].lower)
  key.push(possessive === 0 ? list[last].lower : lower(text.slice(list[last].start, end)))
  const isOrganization = organizationWords.has(key[key.length - 1])
  if (isOrganization) return { text: printed, key, start, end, hasTitle: false, isOrganization, mayBePerson: readsAsPerson(list, first, last, key) }
  gender ??= genderedNameWords.get(key[0]) ?? genderOfFirstName(key[0])
  return { text: printed, key, start, end, gender, hasTitle, isOrganization }
}

/** See Name.mayBePerson. */
function readsAsPerson(list: readonly Word[], first: number, last: number, key: readonly string[]): boolean {
  if (!surnamesOfPlaces.has(key[key.length - 1]) || last - first > 2 || !genderOfFirstName(list[first].text)) return false
  for (let index = first + 1; index < last; index++) {
    if (!genderOfFirstName(list[index].text) && !/^\p{Lu}\.$/u.test(list[index].text)) return false
  }
  const before = list[first - 1]
  return !(before && adjacent(before, list[first]) && placeMarkers.has(before.lower))
}

/**
 * Whether a speaker's name is an organization's (`White House`, `Breitbart
 * News`), by its last word, unless a given name opens it (`Mike Park`,
 * `Susan Rice`).
 */
export function isOrganizationName(name: string): boolean {
  const words = name.split(/\s+/)
  return organizationWords.has(words[words.length - 1].toLowerCase()) && !genderOfFirstName(words[0])
}

export function isTitleWord(word: Word): boolean {
  const form = word.lower
  return !word.isPunctuation && titles.has(form) && form !== 'the' && form !== 'a' && form !== 'an'
}

/**
 * True when `short` names the same person as `full`: its words appear in
 * `full`, in order; a short given name may stand for a formal one (`Dick
 * Durbin`, `Richard J. Durbin`) and, between forms of one length, an
 * initial for a name (`Donald J. Trump`, `Donald John Trump`). A
 * generational suffix must be in both (`Donald Trump` is not `Donald Trump Jr.`).
 */
export function isFormOf(shortWords: readonly string[], fullWords: readonly string[]): boolean {
  // Initials set apart are one word: `H. W.` as `H.W.`, of which `W.` is no form (`George W.` / `George H. W. Bush`).
  const [short, full] = [joinedInitials(shortWords), joinedInitials(fullWords)]
  if (short.length > full.length) return false
  if (suffixes.test(full[full.length - 1] ?? '') !== suffixes.test(short[short.length - 1] ?? '')) return false
  // Else `Trump` would be a form of `George T. Conway`, and `Mitchell` of `Mitch McConnell`.
  const allowsInitials = short.length === full.length
  let at = 0
  for (let index = 0; index < short.length; index++) {
    const isGivenName = index === 0 && short.length >= 2
    while (at < full.length && !isSameNameWord(short[index], full[at], allowsInitials, isGivenName && at === 0)) at++
    if (at === full.length) return false
    at++
  }
  return true
}

/** The words with each run of initials as one (`h.`, `w.` as `h.w.`); the words themselves when there is none. */
function joinedInitials(words: readonly string[]): readonly string[] {
  let hasRun = false
  for (let index = 1; index < words.length && !hasRun; index++) hasRun = isInitial(words[index]) && isInitial(words[index - 1])
  if (!hasRun) return words
  const joined: string[] = []
  for (const word of words) {
    if (isInitial(word) && joined.length > 0 && /^(?:\p{L}\.)+$/u.test(joined[joined.length - 1])) joined[joined.length - 1] += word
    else joined.push(word)
  }
  return joined
}

// Roman numbers no longer reach keys but for monarchs and popes, whose short form (`Charles`) is theirs.
const suffixes = /^(jr|sr)\.?$/

function isSameNameWord(a: string, b: string, allowsInitials: boolean, isGivenName: boolean): boolean {
  if (a === b) return true
  if (isGivenName && isSameGivenName(a, b)) return true
  if (!allowsInitials || a[0] !== b[0]) return false
  return isInitial(a) !== isInitial(b)
}

/** A single letter with its full stop: `E.` */
export function isInitial(word: string): boolean {
  return word.length === 2 && word[1] === '.'
}

function adjacent(a: Word, b: Word): boolean {
  return b.start - a.end <= 1
}

export function hasPossessive(word: string): boolean {
  return possessiveLength(word) > 0
}

/** `'s` (either apostrophe, either case) is 2, `s'` is 1, else 0. */
function possessiveLength(word: string): number {
  const last = word[word.length - 1]
  const beforeLast = word[word.length - 2]
  if ((last === 's' || last === 'S') && (beforeLast === "'" || beforeLast === '\u2019')) return 2
  return (last === "'" || last === '\u2019') && beforeLast === 's' ? 1 : 0
}

/** `R-Ky`, `D-Calif`, `I-Vt`: party and state after a lawmaker's name. */
export function isPartyLabel(word: string): boolean {
  return /^[DRI]-\p{Lu}/u.test(word)
}
