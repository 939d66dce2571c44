import type { Word } from './words.js'
import { lower } from './words.js'
import { isFormOf, isNameWord, isTitleWord, nameRunAfter, readName, type Gender } from './names.js'

/** Where a word stands: inside a quote, in an aside (parentheses), at a sentence start, in a headline. */
export interface WordRole {
  inQuote: boolean
  isAside: boolean
  isSentenceStart: boolean
  /** In a title-case line, where capitals tell nothing about names. */
  inHeadline: boolean
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
}

const malePronouns = new Set(['he', 'him', 'his', 'himself'])
const femalePronouns = new Set(['she', 'her', 'hers', 'herself'])

/** The gender a third-person singular pronoun refers to, or undefined. */
export function pronounGender(word: string): Gender | undefined {
  const form = lower(word)
  return malePronouns.has(form) ? 'male' : femalePronouns.has(form) ? 'female' : undefined
}

/**
 * The people an article names: every form of a name maps to its fullest
 * form (`Gaga` → `Lady Gaga`), and `he` and `she` in the narration resolve
 * to the last person named before them whose gender fits. The text's own
 * pronouns teach the genders that titles and first names leave open.
 */
export class People {
  private readonly people: Person[] = []
  private readonly mentions: Mention[] = []
  private readonly referents = new Map<number, Person>()

  constructor(text: string, list: readonly Word[], roles: readonly WordRole[], speakerKeys: ReadonlySet<string>) {
    const capitalizedInside = new Set<string>()
    list.forEach((word, index) => {
      if (!roles[index].isSentenceStart && isNameWord(word)) capitalizedInside.add(lower(word.text))
    })

    const found: Array<{ key: string[]; name: string; start: number; gender?: Gender; isNarration: boolean; isAside: boolean; isPerson: boolean }> = []
    const roleEnds = sameRoleEnds(roles)
    for (let index = 0; index < list.length; index++) {
      const word = list[index]
      if ((!isNameWord(word) && !isTitleWord(word)) || roles[index].inHeadline) continue
      // A capitalized word that starts a sentence is a name only when the text shows it is.
      const isKnownName = isTitleWord(word) || capitalizedInside.has(lower(word.text)) || speakerKeys.has(lower(word.text)) ||
        (list[index + 1] !== undefined && isNameWord(list[index + 1]) && list[index + 1].start - word.end <= 1)
      if (roles[index].isSentenceStart && !isKnownName) continue
      const run = nameRunAfter(list, index, roleEnds[index])
      if (!run) continue
      const name = readName(text, list, run[0], run[1])
      index = run[1]
      if (!name || name.isOrganization) continue
      const isPerson = name.hasTitle || name.gender !== undefined || speakerKeys.has(name.key.join(' '))
      found.push({ key: name.key, name: name.text, start: name.start, gender: name.gender, isNarration: !roles[run[0]].inQuote, isAside: roles[run[0]].isAside, isPerson })
    }

    // The fullest forms first, so that shorter forms join them.
    const byLength = [...found].sort((a, b) => b.key.length - a.key.length)
    for (const item of byLength) {
      let person = this.people.find((known) => isFormOf(item.key, known.key))
      if (!person) {
        person = { name: item.name, key: item.key, mentions: 0, isPerson: false, mayBePerson: item.key.length === 2 || item.key.length === 3 }
        this.people.push(person)
      }
      person.mentions++
      person.isPerson ||= item.isPerson
      person.gender ??= item.gender
    }
    for (const item of found) {
      if (item.isAside) continue
      this.mentions.push({ person: this.fullest(item.key)!, start: item.start, isNarration: item.isNarration })
    }
    this.mentions.sort((a, b) => a.start - b.start)
    this.resolveNarrationPronouns(list, roles)
  }

  /** The fullest form of a name the article uses (`Gaga` → `Lady Gaga`), or the name itself. */
  fullName(name: string): string {
    return this.fullest(name.split(/\s+/).map(lower))?.name ?? name
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
    const candidates = this.mentions
      .filter((mention) => mention.start < offset && (mention.isNarration || options.includeQuotes) && mention.person.name !== options.exclude)
      .map((mention) => mention.person)
    return lastFitting(candidates, gender)
  }

  genderOf(name: string): Gender | undefined {
    return this.fullest(name.split(/\s+/).map(lower))?.gender
  }

  /** The people named, at their fullest, for names across articles. */
  list(): Person[] {
    return this.people.filter((person) => person.isPerson)
  }

  private fullest(key: readonly string[]): Person | undefined {
    let best: Person | undefined
    for (const person of this.people) {
      if (!isFormOf(key, person.key)) continue
      if (!best || person.key.length > best.key.length || (person.key.length === best.key.length && person.mentions > best.mentions)) best = person
    }
    return best
  }

  private resolveNarrationPronouns(list: readonly Word[], roles: readonly WordRole[]): void {
    const narration = this.mentions.filter((mention) => mention.isNarration)
    let next = 0
    const recent: Person[] = []
    list.forEach((word, index) => {
      while (next < narration.length && narration[next].start < word.start) recent.push(narration[next++].person)
      const gender = pronounGender(word.text)
      if (!gender || roles[index].inQuote || roles[index].isAside) return
      const person = lastFitting(recent, gender)
      if (!person) return
      // The text's own pronoun teaches the gender, and that this is a person.
      person.gender ??= gender
      person.isPerson = true
      this.referents.set(word.start, person)
      this.mentions.splice(this.insertionIndex(word.start), 0, { person, start: word.start, isNarration: true })
      recent.push(person)
    })
  }

  private insertionIndex(offset: number): number {
    let index = this.mentions.length
    while (index > 0 && this.mentions[index - 1].start > offset) index--
    return index
  }
}

/**
 * The last of `candidates` whose gender fits: a known person first, and
 * only when there is none, a capitalized name that may be a person.
 */
function lastFitting(candidates: readonly Person[], gender: Gender | undefined): Person | undefined {
  const fits = (person: Person) => gender === undefined || person.gender === undefined || person.gender === gender
  for (let index = candidates.length - 1; index >= 0; index--) {
    if (candidates[index].isPerson && fits(candidates[index])) return candidates[index]
  }
  for (let index = candidates.length - 1; index >= 0; index--) {
    if (candidates[index].mayBePerson && fits(candidates[index])) return candidates[index]
  }
  return undefined
}

/**
 * For each word, the end (exclusive) of the words from it that share its
 * place: all quoted or all narration. One pass from the end, so that a long
 * narration full of names stays linear.
 */
function sameRoleEnds(roles: readonly WordRole[]): number[] {
  const ends = new Array<number>(roles.length)
  for (let index = roles.length - 1; index >= 0; index--) {
    const next = roles[index + 1]
    const isSameRole = next !== undefined && next.inQuote === roles[index].inQuote && next.isAside === roles[index].isAside
    ends[index] = isSameRole ? ends[index + 1] : index + 1
  }
  return ends
}
