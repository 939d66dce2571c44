import type { Token } from '../types.js'
import type { TokenChange } from './diff.js'

/**
 * Contractions and their full forms: a transcript gives `we'll`, an outlet
 * prints `we will`. The same words, spelled out or not, are no rewording of
 * a quote; a fact-checker still sees them, as a cosmetic difference.
 */

// `'s` is `is` or `has` only after these (elsewhere it marks a possessive: `Trump's`), `'d` is `would` or `had`.
const takesIsOrHas = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'here', 'where', 'how', 'when', 'why'])
const irregular = new Map<string, string[][]>([
  ["won't", [['will', 'not']]],
  ["can't", [['can', 'not'], ['cannot']]],
  ['cannot', [['can', 'not']]],
  ["shan't", [['shall', 'not']]],
  ["let's", [['let', 'us']]],
  ["y'all", [['you', 'all']]],
])
const endings: Array<[string, string[]]> = [
  ["n't", ['not']],
  ["'re", ['are']],
  ["'ve", ['have']],
  ["'ll", ['will']],
  ["'m", ['am']],
  ["'d", ['would', 'had']],
  ["'s", ['is', 'has']],
]

/**
 * The ways to write a word (a token's normal form, typography folded) in
 * full: `we'll` → `we will`; `can't` → `can not` or `cannot`. A word that
 * is no contraction is only itself.
 */
export function fullForms(word: string): string[][] {
  const known = irregular.get(word)
  if (known) return [[word], ...known]
  for (const [ending, expansions] of endings) {
    if (!word.endsWith(ending) || word.length === ending.length) continue
    const head = word.slice(0, -ending.length)
    if (ending === "'s" && !takesIsOrHas.has(head)) break
    return [[word], ...expansions.map((expansion) => [head, expansion])]
  }
  return [[word]]
}

/** Whether two runs of words say the same once contractions are written out (`we will` / `we'll`, `is not` / `isn't`). */
export function isSameSpelledOut(one: readonly Token[], other: readonly Token[]): boolean {
  return matchesFrom(one.map((token) => token.normal), 0, other.map((token) => token.normal), 0)
}

/** A run of the reference's words and the member's in its place that say the same with contractions written out. */
export interface SpelledOut {
  gone: Token[]
  come: Token[]
}

/** Words in a diff that are only contracted on one side: a removed run next to an added one (either order) that spell out alike. */
export function spelledOutPairs(changes: readonly TokenChange[]): SpelledOut[] {
  const pairs: SpelledOut[] = []
  for (let index = 0; index + 1 < changes.length; index++) {
    const [first, second] = [changes[index], changes[index + 1]]
    if (first.kind === 'same' || second.kind === 'same' || first.kind === second.kind) continue
    const [gone, come] = first.kind === 'removed' ? [first.tokens, second.tokens] : [second.tokens, first.tokens]
    if (gone.length + come.length <= maxSpelledOutWords && isSameSpelledOut(gone, come)) {
      pairs.push({ gone, come })
      index++
    }
  }
  return pairs
}

/** Words in both runs at most: one contraction is three (`we will` / `we'll`); longer runs are rewordings, and each word multiplies the full forms tried. */
const maxSpelledOutWords = 12

/** Whether the words from `i` in `a` and from `j` in `b` are the same when any word may be read in one of its full forms. */
function matchesFrom(a: readonly string[], i: number, b: readonly string[], j: number): boolean {
  if (i === a.length || j === b.length) return i === a.length && j === b.length
  for (const formA of fullForms(a[i])) {
    for (const formB of fullForms(b[j])) {
      const shorter = Math.min(formA.length, formB.length)
      if (formA.slice(0, shorter).join(' ') !== formB.slice(0, shorter).join(' ')) continue
      // The longer form runs on into the other side's next words.
      if (formA.length === formB.length && matchesFrom(a, i + 1, b, j + 1)) return true
      if (formA.length > formB.length && startsWith(formA.slice(shorter), b, j + 1) && matchesFrom(a, i + 1, b, j + 1 + formA.length - shorter)) return true
      if (formB.length > formA.length && startsWith(formB.slice(shorter), a, i + 1) && matchesFrom(a, i + 1 + formB.length - shorter, b, j + 1)) return true
    }
  }
  return false
}

function startsWith(words: readonly string[], tokens: readonly string[], from: number): boolean {
  return words.every((word, offset) => tokens[from + offset] === word)
}
