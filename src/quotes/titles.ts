import { words, type Word } from './words.js'

/** Lower-case quotes of at most this many words can be scare quotes (`so-called "experts"`). */
export const maxScareWords = 3
/** Title-case quotes of at most this many words can be titles (`"The Art of the Deal"`). */
export const maxTitleWords = 12
/** A name's epithet in quotes before it: `"Unabomber" Ted Kaczynski`, `"Notorious RBG" Ruth Bader Ginsburg`. */
const maxEpithetWords = 3

// Nouns that announce a title: `the song "Shallow"`, `his book "The Art of the Deal"`.
const titleNouns = /^(song|single|track|hit|album|record|film|movie|show|series|sitcom|episode|book|novel|memoir|play|musical|poem|painting|article|column|essay|podcast|program|programme|video|ballad|anthem|duet|tune|hashtag|slogan|headline|segment|tour)$/i
// Nouns that announce a term the writer names, not words anyone said: `the phrase "anchor baby"`; up to `maxTermWords`
// (past that, the wording of a text: `change the phrase "attacks in Benghazi … evolved …"`). Not `term`, as often a term
// of office: `by the end of his first term "every American will have clean water"`.
const termNouns = /^(phrase|expression|moniker|nickname)$/i
const maxTermWords = 6
// Verbs that name a work when the name is in title case (`a film called "Shallow"`); before words in lower case they report speech
// (`he called "a war of Obama's choosing"`, `she called it "a disaster"`): PolNeAR annotates those as quotes.
const namingVerbs = /^(titled|entitled|called|named|dubbed|nicknamed)$/i
// Small words that stay lower case in title case.
const minorWords = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'is', 'as', 'vs', 'vs.', 'v.', 'de', 'la', 'el'])
// `on "Face the Nation"`, `told "Fox and Friends"`: a title-case quote after these names a work or show.
const titlePrepositions = /^(on|in|of|from|at|with|to|for|told|tells|via|by)$/i

/** Whether the word before a quote is `so-called`, which makes it a term the writer keeps apart from (see isTitle). */
export function isSoCalled(wordBefore: string | undefined): boolean {
  return wordBefore !== undefined && /^so-called$/i.test(wordBefore)
}

/** `the song "Shallow"`: a noun that announces a work's title. */
export function isTitleNoun(word: string): boolean {
  return titleNouns.test(word)
}

export interface TitleContext {
  /** The quote's text, without its marks. */
  text: string
  /** The words of `text` as `words` reads them, when the caller has them already; else read here. */
  words?: readonly Word[]
  /** The word just before the opening mark, if any. */
  wordBefore?: string
  /** The word before `wordBefore` when that is an article: `dubbed the "Fairness in Women's Sports Act"`. */
  wordBeforeArticle?: string
  /** The word before a comma just before the opening mark (`his latest book, "Forward"`). */
  wordBeforeComma?: string
  /** Titles the article gave before this quote, as printed: a quote that opens one of them is it (`"Forward"` after `"Forward: Notes on …"`). */
  earlierTitles?: readonly string[]
  /** The word just after the closing mark, if any (`"Shallow" duet`). */
  wordAfter?: string
  /**
   * `adjacent`: a cue introduces or closes the quote (`she said, "…"`);
   * `inside`: the sentence around the quote reports it (`said she was "so proud"`).
   */
  cue: 'adjacent' | 'inside' | 'none'
}

/**
 * Titles and scare quotes are not speech: a term after `so-called`, a short
 * quote next to a title noun (`the song "Shallow"`), in title case without a
 * cue right beside it (`"Shallow"`), or a fragment that nothing reports
 * (`the "experts" agree`). A fragment inside a reporting sentence is speech
 * (`said she was "so proud"`).
 */
export function isTitle({ text, words: given, wordBefore, wordBeforeArticle, wordBeforeComma, earlierTitles = [], wordAfter, cue }: Readonly<TitleContext>): boolean {
  // `the so-called "lab leak hypothesis"`: the writer's distance from a term, whatever verb is near.
  if (isSoCalled(wordBefore)) return true
  const list = given ?? words(text, 0, text.length)
  // `"What a Super Tuesday!"` is an exclamation, not a title.
  let isTitleCase = !/[!?]['"\u2019\u201D]?\s*$/.test(text)
  let count = 0
  for (const word of list) {
    if (word.isPunctuation) continue
    if (isTitleCase && !/^[\p{Lu}\p{N}]/u.test(word.text) && !(count > 0 && minorWords.has(word.lower))) isTitleCase = false
    count++
  }
  if (count === 0) return true
  if (count <= maxTitleWords) {
    if (wordBefore && (titleNouns.test(wordBefore) || (isTitleCase && namingVerbs.test(wordBefore)))) return true
    if (wordBefore && termNouns.test(wordBefore) && count <= maxTermWords) return true
    if (isTitleCase && wordBeforeArticle !== undefined && namingVerbs.test(wordBeforeArticle)) return true
    // In apposition after a title noun, a name in title case: `Yang's latest book, "Forward: Notes on the Future"`.
    if (isTitleCase && wordBeforeComma && titleNouns.test(wordBeforeComma)) return true
    if (isTitleCase && earlierTitles.some((title) => opensTitle(title, text))) return true
    if (isTitleCase && wordAfter && titleNouns.test(wordAfter)) return true
    // A name's epithet: `helped catch "Unabomber" Ted Kaczynski`, `"Crooked Hillary" Clinton`; a cue after a quote is
    // set off by the quote's own comma or full stop (`"Thank You," Trump said`).
    if (isTitleCase && count <= maxEpithetWords && wordAfter !== undefined && /^\p{Lu}/u.test(wordAfter) && /[\p{L}\p{N}]$/u.test(text.trim())) return true
    // Someone's or some outlet's work by its name: `ABC's "This Week"`, `Gaga's "Shallow"`.
    if (isTitleCase && wordBefore !== undefined && /^\p{Lu}.*['\u2019]s$/u.test(wordBefore)) return true
    if (isTitleCase && (cue !== 'adjacent' || (wordBefore !== undefined && titlePrepositions.test(wordBefore)))) return true
  }
  if (cue !== 'none' || count > maxScareWords) return false
  return !/[.!?\u2026]['"\u2019\u201D]?\s*$/.test(text)
}

/** `text`, without closing punctuation, is the title or its opening words up to a colon or the end (`Forward` of `Forward: Notes on …`). */
function opensTitle(title: string, text: string): boolean {
  // (A loop, not `/[\s,.;:!?]+$/`: that pattern is quadratic on a long run of those characters.)
  let end = text.length
  while (end > 0 && /[\s,.;:!?]/u.test(text[end - 1])) end--
  const bare = text.slice(0, end)
  if (bare === '' || !title.startsWith(bare)) return false
  return title.length === bare.length || /^[\s]*[:\u2014\u2013-]/u.test(title.slice(bare.length))
}
