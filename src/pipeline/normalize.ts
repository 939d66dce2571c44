import type { Root } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { stemmer } from 'stemmer'
import { eng as englishStopwords } from 'stopword'
import { forEachSentence } from './data.js'
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

// Words recur across sentences and articles: stem each spelling once (bounded, for long-lived processes).
const stems = new Map<string, string>()
const maxStems = 200_000

function stemOf(normal: string): string {
  let stem = stems.get(normal)
  if (stem === undefined) {
    if (stems.size >= maxStems) stems.clear()
    stem = stemmer(normal)
    stems.set(normal, stem)
  }
  return stem
}

/**
 * The matching form of a word: typography folded, lower case, without the
 * punctuation the parser can leave on its edges (`it.` before a closing quote).
 */
export function normalizeWord(text: string): string {
  return lettersToLetters.exec(foldTypography(text).toLowerCase())![1] ?? ''
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
        const data = child.data ?? {}
        const normal =
          data.value !== undefined ? String(data.value) : data.normal ?? normalizeWord(data.typographic ?? toString(child))
        child.data = {
          ...data,
          normal,
          stem: data.value !== undefined ? normal : stemOf(normal),
          isStopword: stopwords.has(normal),
        }
      }
    })
  }
}
