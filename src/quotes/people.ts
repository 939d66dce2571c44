import { firstAtOrAfter, isCapitalized, lower, type Word } from './words.js'
import { reportingVerb } from './verbs.js'
import { isFormOf, isNameWord, isPartyLabel, isTitleWord, nameRunAfter, nameRunBefore, readName, type Gender } from './names.js'
import { subordinators } from './phrases.js'

/**
 * Where each word stands, by word index (1 for yes): inside a quote, in an
 * aside (parentheses), at a sentence start, in a headline. Arrays, not an
 * object per word: every word of every article has a role.
 */
export interface WordRoles {
  inQuote: Uint8Array
  isAside: Uint8Array
  isSentenceStart: Uint8Array
  /** In a title-case line, where capitals tell nothing about names. */
  inHeadline: Uint8Array
  /** Index of the sentence: after `.`, `!` or `?`, or a line break, and not where a quote opens mid-sentence. */
  sentence: Int32Array
}

/** A person as the article names them at their fullest. */
export interface Person {
  name: string
  key: string[]
  gender?: Gender
  /** How often any form of the name occurs. */
  mentions: number
  /** Titled, a known first name, a speaker, or a form of one: a person, not a place. */
  isPerson: boolean
  /** Two or three capitalized words (`Nora Quinn`): maybe a person, maybe a place. */
  mayBePerson: boolean
}

interface Mention {
  person: Person
  start: number
  isNarration: boolean
  /** Index of the sentence the mention is in. */
  sentence: number
  /**
   * The subject of its sentence, roughly: `he` or `she`, or the first name in
   * the sentence that follows no preposition and owns nothing (`Clinton`
   * in `Clinton met Pelosi`, not `Pelosi's` or `with Pelosi`).
   */
  isSubject: boolean
}

/** Sentences back within which a pronoun prefers a subject to a nearer name (`along with Mike Pence`). */
const subjectReach = 4

// Words after which a name is no subject: `along with Vice President Mike Pence`, `attacks on Obama`.
const prepositions = new Set([
  'with', 'by', 'to', 'for', 'of', 'on', 'at', 'from', 'about', 'against', 'over', 'between', 'among', 'like', 'than',
  'toward', 'towards', 'into', 'behind', 'after', 'before', 'including', 'under', 'beside', 'besides', 'via', 'despite',
  'in', 'during', 'across', 'around', 'near', 'through', 'throughout', 'within', 'without', 'upon', 'onto',
])

// One lookup per word of the narration.
const pronounGenders = new Map<string, Gender>([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
])

/** The gender a third-person singular pronoun refers to, or undefined. */
export function pronounGender(word: string): Gender | undefined {
  return genderOfPronounForm(lower(word))
}

/** A third-person singular pronoun of the narration (`he`, `her`…): its word index and the gender it names. */
interface NarrationPronoun {
  index: number
  gender: Gender
}

function genderOfPronounForm(form: string): Gender | undefined {
  return pronounGenders.get(form)
}

/**
 * The people an article names: every form of a name maps to its fullest
 * form (`Gaga` → `Lady Gaga`), and `he` and `she` in the narration resolve
 * to the last person named before them whose gender fits. The text's own
 * pronouns teach the genders that titles and first names leave open.
 */
export class People {
  private readonly people: Person[] = []
  /** People by the last word of their name and every other word, to find the forms of a name without a scan of all. */
  private readonly byWord = new Map<string, Person[]>()
  /** The forms of each name asked about, once every person is known. */
  private readonly formsCache = new Map<string, Person[]>()
  private isComplete = false
  private readonly mentions: Mention[] = []
  private readonly referents = new Map<number, Person>()

  constructor(text: string, list: readonly Word[], roles: WordRoles, speakerKeys: ReadonlySet<string>) {
    // Plain loops over the words here: they run once per word of every article, and callbacks are calls.
    const capitalizedInside = new Set<string>()
    // Whether each word may be part of a name, asked once per word here and read again below.
    const nameWords = new Uint8Array(list.length)
    // Where the narration's first `he` or `she` of each sentence is, for the sentences' subjects below.
    const firstPronoun = new Map<number, number>()
    // The narration's pronouns outside asides, for resolveNarrationPronouns to visit without a pass over all words.
    const pronouns: NarrationPronoun[] = []
    for (let index = 0; index < list.length; index++) {
      const word = list[index]
      if ((word.lower === 'he' || word.lower === 'she') && roles.inQuote[index] === 0 && !firstPronoun.has(roles.sentence[index])) firstPronoun.set(roles.sentence[index], word.start)
      const gender = roles.inQuote[index] === 0 && roles.isAside[index] === 0 ? genderOfPronounForm(word.lower) : undefined
      if (gender) pronouns.push({ index, gender })
      if (!isNameWord(word)) continue
      nameWords[index] = 1
      if (roles.isSentenceStart[index] === 0) capitalizedInside.add(word.lower)
    }

    const found: Array<{ key: string[]; name: string; start: number; gender?: Gender; isNarration: boolean; isAside: boolean; isPerson: boolean; sentence: number; isRelativeSubject: boolean; isOwner: boolean }> = []
    const roleEnds = sameRoleEnds(roles, list.length)
    for (let index = 0; index < list.length; index++) {
      const word = list[index]
      if (roles.inHeadline[index] === 1 || (nameWords[index] === 0 && !isTitleWord(word))) continue
      // A capitalized word that starts a sentence is a name only when the text shows it is (asked there only).
      if (roles.isSentenceStart[index] === 1 && !(isTitleWord(word) || capitalizedInside.has(word.lower) || speakerKeys.has(word.lower) ||
        (nameWords[index + 1] === 1 && list[index + 1].start - word.end <= 1))) continue
      const run = nameRunAfter(list, index, roleEnds[index])
      if (!run) continue
      const name = readName(text, list, run[0], run[1])
      index = run[1]
      // `Mary Park` is a person when `Park` speaks somewhere in the article (`Park said`).
      // (`Kay Bailey Hutchison, R-Texas, who …`: the party label is hers, no one else.)
      if (!name || (name.isOrganization && !(name.mayBePerson && speakerKeys.has(name.key[name.key.length - 1]))) || isWholeQuote(text, name) || isPartyLabel(name.text)) continue
      // `Tlaib, who became …`: a relative clause with `who` tells a person.
      const isPerson = name.hasTitle || name.gender !== undefined || speakerKeys.has(name.key.join(' ')) || isFollowedByWho(list, run[1]) ||
        isAppositiveToTitle(list, run[0]) || isFollowedByRole(list, run[1])
      // `the ire of Justice Scalia who said he`: the subject of a relative clause is a subject too.
      const isRelativeSubject = /^who$/i.test(list[run[1] + 1]?.text ?? '') || isFollowedByWho(list, run[1])
      found.push({
        key: name.key, name: name.text, start: name.start, gender: name.gender, isNarration: roles.inQuote[run[0]] === 0,
        isAside: roles.isAside[run[0]] === 1, isPerson, sentence: roles.sentence[run[0]], isRelativeSubject,
        // `Pelosi's`: an owner is no subject.
        isOwner: name.end < list[run[1]].end,
      })
    }

    // The fullest forms first, so that shorter forms join them.
    const byLength = [...found].sort((a, b) => b.key.length - a.key.length)
    for (const item of byLength) {
      // A short form joins a known person before a mere capitalized name (`Sanders`: `Bernie Sanders`, not `New Hampshire Sanders`).
      const fitting = this.formsOf(item.key).filter((known) => isSameGender(item.gender, known.gender))
      let person = fitting.find((known) => known.isPerson) ?? fitting[0]
      if (!person) {
        person = { name: item.name, key: item.key, mentions: 0, isPerson: false, mayBePerson: item.key.length === 2 || item.key.length === 3 }
        this.people.push(person)
        for (const word of new Set(item.key)) {
          const bucket = this.byWord.get(word)
          if (bucket) bucket.push(person)
          else this.byWord.set(word, [person])
        }
      }
      person.isPerson ||= item.isPerson
      person.gender ??= item.gender
    }
    // Every form counts for each person it may name: `Sanders` for `Bernie Sanders` and for `New Hampshire Sanders`.
    this.isComplete = true
    for (const item of found) {
      for (const person of this.formsOf(item.key)) if (isSameGender(item.gender, person.gender)) person.mentions++
    }
    // A sentence has one subject: the first name in it, unless `he` or `she` comes first.
    let subjectSentence = -1
    for (const item of found) {
      if ((firstPronoun.get(item.sentence) ?? Infinity) < item.start) subjectSentence = item.sentence
      if (item.isAside) continue
      // The words before a name are read only for a name that may be the sentence's subject.
      const isSubject = item.isNarration && (item.isRelativeSubject ||
        (item.sentence !== subjectSentence && !item.isOwner && !isObject(list, firstAtOrAfter(list, item.start)) &&
          !isInOpeningClause(list, roles, firstAtOrAfter(list, item.start))))
      if (isSubject) subjectSentence = item.sentence
      this.mentions.push({ person: (this.fullest(item.key, item.gender) ?? this.fullest(item.key))!, start: item.start, isNarration: item.isNarration, sentence: item.sentence, isSubject })
    }
    this.mentions.sort((a, b) => a.start - b.start)
    this.resolveNarrationPronouns(list, roles, pronouns)
  }

  /** The fullest form of a name the article uses (`Gaga` → `Lady Gaga`), or the name itself. */
  fullName(name: string, gender?: Gender): string {
    return this.fullest(name.split(/\s+/).map(lower), gender)?.name ?? name
  }

  /** The person a narration pronoun at `offset` refers to. */
  referentAt(offset: number): Person | undefined {
    return this.referents.get(offset)
  }

  /**
   * The last person named before `offset` whose gender fits, looking inside
   * quotes too when `includeQuotes` (for pronouns inside a quote).
   */
  resolve(gender: Gender | undefined, offset: number, options: { includeQuotes?: boolean; exclude?: string } = {}): Person | undefined {
    const candidates = this.mentions.filter(
      (mention) => mention.start < offset && (mention.isNarration || options.includeQuotes) && mention.person.name !== options.exclude,
    )
    // Inside a quote, subjects of the narration tell nothing: the nearest name.
    const sentence = options.includeQuotes ? undefined : candidates[candidates.length - 1]?.sentence
    return lastFitting(candidates, gender, sentence)
  }

  /** Whether the article shows `name` is a person's: titled, a known first name, a pronoun's referent (not `Twitter`, `Consider`). */
  isPerson(name: string): boolean {
    return this.fullest(name.split(/\s+/).map(lower))?.isPerson === true
  }

  genderOf(name: string): Gender | undefined {
    return this.fullest(name.split(/\s+/).map(lower))?.gender
  }

  /** The people named, at their fullest, for names across articles. */
  list(): Person[] {
    return this.people.filter((person) => person.isPerson)
  }

  /**
   * The fullest person a name may be: of nested forms the longest (`Donald
   * John Trump` over `Donald Trump`), of different people a known person
   * named most (`Bernie Sanders` over `a New Hampshire Sanders veteran`),
   * and never one of another gender than a title tells.
   */
  private fullest(key: readonly string[], gender?: Gender): Person | undefined {
    // `Mr. Cruz` is not `Heidi Cruz`.
    // A longer form counts every mention of the shorter forms it contains, so it ranks above them.
    let best: Person | undefined
    for (const person of this.formsOf(key)) {
      if (isSameGender(gender, person.gender) && (!best || ranksAbove(person, best))) best = person
    }
    return best
  }

  /** The people `key` may be a form of: those whose name has its last word. */
  private formsOf(key: readonly string[]): Person[] {
    const cacheKey = this.isComplete ? key.join(' ') : undefined
    const cached = cacheKey !== undefined ? this.formsCache.get(cacheKey) : undefined
    if (cached) return cached
    const forms = (this.byWord.get(key[key.length - 1]) ?? []).filter((person) => isFormOf(key, person.key))
    if (cacheKey !== undefined) this.formsCache.set(cacheKey, forms)
    return forms
  }

  /** `pronouns`: the narration's pronouns outside asides, in text order. */
  private resolveNarrationPronouns(list: readonly Word[], roles: WordRoles, pronouns: readonly NarrationPronoun[]): void {
    const narration = this.mentions.filter((mention) => mention.isNarration)
    let next = 0
    const recent: Mention[] = []
    const resolved: Mention[] = []
    for (const { index, gender } of pronouns) {
      const word = list[index]
      while (next < narration.length && narration[next].start < word.start) recent.push(narration[next++])
      const person = lastFitting(recent, gender, roles.sentence[index], relativeAntecedent(list, index, recent))
      if (!person) continue
      // The text's own pronoun teaches the gender, and that this is a person.
      person.gender ??= gender
      person.isPerson = true
      this.referents.set(word.start, person)
      const mention = { person, start: word.start, isNarration: true, sentence: roles.sentence[index], isSubject: word.lower === 'he' || word.lower === 'she' }
      resolved.push(mention)
      recent.push(mention)
    }
    this.mergeMentions(resolved)
  }

  /**
   * Adds `added` (sorted by start) to the mentions, each after those that start at or before it, so that mentions stay
   * sorted by start: merged from the back in one pass, where a splice per mention is quadratic in a long text.
   */
  private mergeMentions(added: readonly Mention[]): void {
    const mentions = this.mentions
    let existing = mentions.length - 1
    // Pushed first to make room (the array stays packed); the merge writes over them.
    for (const mention of added) mentions.push(mention)
    let to = mentions.length - 1
    for (let next = added.length - 1; next >= 0; to--) {
      if (existing >= 0 && mentions[existing].start > added[next].start) mentions[to] = mentions[existing--]
      else mentions[to] = added[next--]
    }
  }
}

/**
 * `jabs at Trump, whom he called …`: the name a relative clause opens on,
 * which the clause's pronoun at `index` is not. Only right after the name
 * and its comma (not `his daughters, who he said`, `learned who he was`).
 */
function relativeAntecedent(list: readonly Word[], index: number, recent: readonly Mention[]): Person | undefined {
  if (!/^(whom|who)$/.test(list[index - 1]?.lower ?? '') || list[index - 2]?.text !== ',') return undefined
  const run = nameRunBefore(list, index - 3)
  const last = recent.at(-1)
  return run && last && last.start === list[run[0]].start ? last.person : undefined
}

/**
 * The last of `candidates` whose gender fits: a known person first, and
 * only when there is none, a capitalized name that may be a person. A
 * subject wins over a nearer name that is none: in the pronoun's own
 * sentence (`Saying President Obama, he said` is not Obama), or a few
 * sentences back (`The president spoke along with Mike Pence. … as he
 * described`). Without a sentence (pronouns inside quotes), the nearest.
 * Never `excluded`.
 */
function lastFitting(candidates: readonly Mention[], gender: Gender | undefined, sentence: number | undefined, excluded?: Person): Person | undefined {
  // Two passes, known people and then maybe-people; plain ones, as this runs for every pronoun.
  for (let pass = 0; pass < 2; pass++) {
    let nearest: Person | undefined
    for (let index = candidates.length - 1; index >= 0; index--) {
      const { person, isSubject, sentence: at } = candidates[index]
      const isCandidate = pass === 0 ? person.isPerson : person.mayBePerson
      if (!isCandidate || person === excluded || !isSameGender(gender, person.gender)) continue
      nearest ??= person
      if (sentence === undefined || sentence - at > subjectReach) break
      if (isSubject) return person
    }
    if (nearest) return nearest
  }
  return undefined
}

/**
 * For each word, the end (exclusive) of the words from it that share its
 * place: all quoted or all narration. One pass from the end, so that a long
 * narration full of names stays linear.
 */
function sameRoleEnds(roles: WordRoles, length: number): Int32Array {
  const ends = new Int32Array(length)
  for (let index = length - 1; index >= 0; index--) {
    const isSameRole = index + 1 < length && roles.inQuote[index + 1] === roles.inQuote[index] && roles.isAside[index + 1] === roles.isAside[index]
    ends[index] = isSameRole ? ends[index + 1] : index + 1
  }
  return ends
}

/** `nicknamed "Mad Dog Mattis"`: a name that is all of a quote is a nickname or a title, not how the article names a person. */
function isWholeQuote(text: string, name: { start: number; end: number }): boolean {
  return /['"\u2018\u201C]$/.test(text.slice(Math.max(0, name.start - 1), name.start)) && /^[,.]?['"\u2019\u201D]/.test(text.slice(name.end, name.end + 2))
}

// Openers that set someone against the sentence's subject.
const contrastOpeners = new Set(['unlike', 'like'])

/**
 * Whether the word at `first` is in what opens its sentence before the main clause, whose subject after a comma is a
 * name: `Perhaps out of a belief that it would help him — as it did President Bill Clinton in the 1990s —, Mr. Trump
 * dived` (Clinton is no subject); not when it is no name (`As Mr. Trump approached the podium, rain began to fall`: he
 * is who the next `he` is; `As Tom Smith conceded the race, he vowed`: the `he` is Smith), nor for a name that opens
 * the sentence (`Sen. Bill Clinton, a Democrat, said`); always after `Unlike` or `Like`, which set the name apart.
 */
function isInOpeningClause(list: readonly Word[], roles: WordRoles, first: number): boolean {
  let start = first - 1
  let hasPlainWord = false
  while (start >= 0 && roles.isSentenceStart[start + 1] === 0) {
    // (Past a comma only after a short opening phrase, when a clause of time or condition opens there: `On Friday, the
    // day that Mr. Stone stood on the steps, Mr. Trump bashed`.)
    if (list[start].text === ',') {
      if (!opensClauseOfTime(list, start + 1, first) || !isShortOpening(list, roles, start)) return false
      break
    }
    // (`When` opening the sentence is a plain word too.)
    hasPlainWord ||= (/^\p{Ll}/u.test(list[start].text) || !isNameWord(list[start])) && !isTitleWord(list[start]) && !list[start].isPunctuation
    start--
  }
  if (!hasPlainWord) return false
  // (`Unlike President Bill Clinton in the 1990s, he welcomed the fight`: whom the subject is set against is never it.)
  if (contrastOpeners.has(list[start + 1].lower)) return true
  let comma = first + 1
  while (comma < list.length && list[comma].text !== ',' && roles.isSentenceStart[comma] === 0) comma++
  const main = list[comma + 1]
  return list[comma]?.text === ',' && main !== undefined && (isNameWord(main) || isTitleWord(main))
}

/** Whether the comma at `comma` closes a phrase of a few words that opens the sentence: `On Friday,`. */
function isShortOpening(list: readonly Word[], roles: WordRoles, comma: number): boolean {
  for (let index = comma - 1; index >= Math.max(0, comma - maxOpeningWords); index--) {
    if (list[index].isPunctuation) return false
    if (roles.isSentenceStart[index] !== 0) return true
  }
  return false
}

const maxOpeningWords = 4

/** Whether the words from `start` up to `first` open a clause of their own: `when`, `the day that`, `hours after`. */
function opensClauseOfTime(list: readonly Word[], start: number, first: number): boolean {
  if (subordinators.has(list[start].lower)) return true
  for (let index = start + 1; index < first && index <= start + 3; index++) if (/^(that|when|after|before)$/.test(list[index].lower)) return true
  return false
}

/**
 * After an article (`the Obama administration`), or a preposition or verb
 * before the name and its titles and role (`by radio host Rush Limbaugh`,
 * `prompted Vieira`, `Saying President Obama`).
 */
function isObject(list: readonly Word[], first: number): boolean {
  if (/^(the|a|an)$/i.test(list[first - 1]?.text ?? '')) return true
  let roleWords = 0
  for (let index = first - 1; index >= 0 && roleWords <= 3; index--) {
    const word = list[index].text
    // `Speaker of the House Newt Gingrich`: an `of` inside a title is no preposition before the name.
    if (word === 'of' && list[index - 1] && isTitleWord(list[index - 1])) continue
    const form = list[index].lower
    // A verb counts capitalized too (`Saying President Obama`).
    if (prepositions.has(form) || /^\p{Ll}+ed$/u.test(word) || reportingVerb(list[index], true) !== undefined) return true
    if (isTitleWord(list[index])) continue
    if (!/^\p{Ll}+$/u.test(word)) return false
    roleWords++
  }
  return false
}

function isSameGender(a: Gender | undefined, b: Gender | undefined): boolean {
  return !a || !b || a === b
}

/** `a` over `b`: a known person, then named more often, then the longer name. */
function ranksAbove(a: Person, b: Person): boolean {
  if (a.isPerson !== b.isPerson) return a.isPerson
  if (a.mentions !== b.mentions) return a.mentions > b.mentions
  return a.key.length > b.key.length
}

/**
 * `The center's president, Cathi Herrod,`: a name set off by a comma right
 * after an owner's or the article's role noun names its holder (not `In
 * general, Google`, `in the senate, Amazon`).
 */
function isAppositiveToTitle(list: readonly Word[], first: number): boolean {
  const [comma, title, before] = [list[first - 1], list[first - 2], list[first - 3]]
  if (comma?.text !== ',' || title === undefined || before === undefined || isCapitalized(title.text)) return false
  const hasOwner = /^(the|its|his|her|their|our)$/.test(before.lower) || /['\u2019]s$/.test(before.text)
  return hasOwner && isTitleWord(title) && !notRoles.has(title.lower)
}

/** Words a role set off after a name may take before its title word (`Mick Mulvaney, the acting White House chief of staff`), and after it. */
const maxWordsBeforeRole = 5
const maxWordsAfterRole = 6
// Roles a company, a place or a show holds as well as a person, when they stand bare after the article: `Goldman
// Sachs, the host of the conference,` (but `the Senate majority leader`, `the CNN anchor` are people).
const rolesNotOnlyPeople = new Set(['host', 'leader', 'star', 'founder', 'cofounder', 'co-founder', 'organizer', 'agent', 'anchor', 'sponsor'])

/**
 * `Mick Mulvaney, the acting chief of staff,`: a name with its role after it, set off by commas, is a person's. The
 * role opens on an article or an owner and holds a title word in lower case that names a person's role (not `the
 * senate`, not a bare `the host`), or a relative clause with `who` follows the description. No verb follows the title
 * word (in `through his PAC, Save America, the former president called …` the role is the next clause's subject), and
 * no other relative clause comes before it (`Blue Origin, the company whose founder is …`). Adjectives before it may
 * end in -ed (`the newly appointed chief of staff`).
 */
function isFollowedByRole(list: readonly Word[], last: number): boolean {
  const [comma, opening] = [list[last + 1], list[last + 2]]
  if (comma?.text !== ',' || opening === undefined || !(/^(the|a|an|its|his|her|their|our)$/.test(opening.lower) || /['\u2019]s$/.test(opening.text))) return false
  let hasRole = false
  let sawPreposition = false
  for (let index = last + 3, words = 0; index < list.length; index++, words++) {
    const word = list[index]
    if (word.isPunctuation) return hasRole && word.text === ','
    // `the official who oversaw the budget`: `who` right after the description tells a person (not after a place:
    // `Daniel Lipinski of Illinois, a moderate Democrat from Chicago who …` says nothing of Illinois); `whose`,
    // `which` … tell nothing.
    if (/^(who|whom)$/.test(word.lower)) return !sawPreposition
    if (prepositions.has(word.lower)) sawPreposition = true
    if (/^(whose|which|that|where)$/.test(word.lower)) return false
    if (hasRole && (/\p{Ll}ed$/u.test(word.text) || reportingVerb(word) !== undefined)) return false
    const isBare = index === last + 3
    if (!hasRole && !isCapitalized(word.text) && isTitleWord(word) && !notRoles.has(word.lower) && !(isBare && rolesNotOnlyPeople.has(word.lower))) {
      hasRole = true
      words = 0
    }
    if (words >= (hasRole ? maxWordsAfterRole : maxWordsBeforeRole)) return false
  }
  return false
}

// Title words that name no role someone holds, or a body: `the senate, Amazon`.
const notRoles = new Set([
  'general', 'first', 'former', 'house', 'senate', 'press', 'independent', 'majority', 'minority', 'democratic',
  'republican', 'republicans', 'democrat', 'democrats', 'gop', 'presidential', 'libertarian', 'vice', 'communications',
])

function isFollowedByWho(list: readonly Word[], last: number): boolean {
  return list[last + 1]?.text === ',' && /^who(se|m)?$/i.test(list[last + 2]?.text ?? '')
}
