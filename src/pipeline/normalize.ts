import type { Root } from 'nlcst'
import { stemmer } from 'stemmer'
import { eng as englishStopwords } from 'stopword'
import { forEachSentence, wordText } from './data.js'
import { foldTypography } from './typography.js'

// The package's list lacks some pronouns and particles that say nothing about a claim.
const stopwords = new Set([
  ...englishStopwords,
  ...["i'm", "it's", "that's", "don't", 'does', 'done', 'doing', 'she', 'hers', 'herself', 'its', 'itself', 'us', 'ours'],
  ...['yours', 'yourself', 'theirs', 'themselves', 'when', 'why', 'so', 'just', 'yet', 'will', 'shall', 'off', 'also'],
])

// From the first letter or digit to the last. `[^…]+$` would retry at every
// mark of a long run (`****…*x`) and take quadratic time; this backtracks once.
const lettersToLetters = /^[^\p{L}\p{N}]*([\s\S]*[\p{L}\p{N}])?/u

/** What a spelling matches as. */
interface MatchingForms {
  normal: string
  stem: string
  isStopword: boolean
}

// Spellings recur across sentences and articles: work out each one's forms once (bounded, for long-lived processes).
const formsBySpelling = new Map<string, MatchingForms>()
const maxSpellings = 200_000

function formsOfSpelling(spelling: string): MatchingForms {
  let forms = formsBySpelling.get(spelling)
  if (forms === undefined) {
    if (formsBySpelling.size >= maxSpellings) formsBySpelling.clear()
    // (Dotted letters only: `US` in capitals may be the country or a shouted `us`, as `IT` and `WHO` may be words.)
    forms = formsOfNormal(normalizeWord(spelling), dottedLetters.test(spelling.replace(/\.$/, '')))
    formsBySpelling.set(spelling, forms)
  }
  return forms
}

function formsOfNormal(normal: string, isAcronym = false): MatchingForms {
  // (`U.S.` and `US` match as `us`, the pronoun's form too, which the comparison tells apart by its lower case; dotted
  // letters are no stop word.)
  return { normal, stem: stemmer(normal), isStopword: !isAcronym && stopwords.has(normal) }
}

/** Letters with a full stop after each: `U.S.`, `I.R.S.` (what the parser leaves of them: `u.s`, `i.r.s`). */
const dottedLetters = /^(?:\p{L}\.)+\p{L}$/u

/**
 * House styles abbreviate titles and months: a capitalized word with its stop (`Sen.`, `Feb.`) is the word it stands
 * for. (Without the stop it may be a word or name of its own, `Gen Z`, `Jan Brewer`; not `St.`, Saint or Street.)
 */
const abbreviations = new Map(Object.entries({
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', lt: 'lieutenant', col: 'colonel', sgt: 'sergeant',
  capt: 'captain', adm: 'admiral', cmdr: 'commander', atty: 'attorney', supt: 'superintendent', prof: 'professor',
  jan: 'january', feb: 'february', apr: 'april', aug: 'august', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
}))

/**
 * The matching form of a word: typography folded, lower case, without the
 * punctuation the parser can leave on its edges (`it.` before a closing quote),
 * dotted letters without their stops (`U.S.` as `us`) and a title's or month's
 * abbreviation as its word (`Sen.` as `senator`).
 */
export function normalizeWord(text: string): string {
  const normal = plainForm(text)
  if (dottedLetters.test(normal)) return normal.replaceAll('.', '')
  return /^\p{Lu}[^.]*\.$/u.test(text) ? abbreviations.get(normal) ?? normal : normal
}

function plainForm(text: string): string {
  return lettersToLetters.exec(foldTypography(text).toLowerCase())![1] ?? ''
}

/** Whether two spellings of one matching form differ by an abbreviation: `U.S.` / `US`, `Sen.` / `Senator`. */
export function isAbbreviation(one: string, other: string): boolean {
  return plainForm(one) !== plainForm(other)
}

/**
 * Case folding, stems and stop words for matching (never for display):
 * sets `data.normal`, `data.stem` and `data.isStopword` on every word.
 * Censored words keep the normal form the censorship step restored, and
 * numbers match by value.
 */
export default function retextNormalize() {
  return function (tree: Root): undefined {
    forEachSentence(tree, (sentence) => {
      for (const child of sentence.children) {
        if (child.type !== 'WordNode') continue
        // Set in place: spreading data objects of several shapes for every word costs more than all the rest.
        const data = (child.data ??= {})
        let forms: MatchingForms
        if (data.value !== undefined) {
          const normal = String(data.value)
          forms = { normal, stem: normal, isStopword: stopwords.has(normal) }
        } else if (data.normal !== undefined) forms = formsOfNormal(data.normal)
        else forms = formsOfSpelling(data.typographic ?? wordText(child))
        data.normal = forms.normal
        data.stem = forms.stem
        data.isStopword = forms.isStopword
      }
    })
  }
}
