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
  let forms = formsOfWord.get(word)
  if (!forms) {
    forms = spelledOut(word)
    formsOfWord.set(word, forms)
  }
  return forms
}

// Per spelling, once per process: a vocabulary, which grows far slower than the text.
const formsOfWord = new Map<string, string[][]>()

function spelledOut(word: string): string[][] {
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

/** Whether two runs of words say the same once contractions are written out (`we will` / `we'll`, `we're not` / `we aren't`). */
export function isSameSpelledOut(one: readonly Token[], other: readonly Token[]): boolean {
  const spellings = spellingsOf(one.map((token) => token.normal))
  if (spellings.size === 0) return false
  for (const spelling of spellingsOf(other.map((token) => token.normal))) if (spellings.has(spelling)) return true
  return false
}

/** Every way to write the words out, as one string each; none past maxSpellings (a run of many contractions). */
function spellingsOf(words: readonly string[]): Set<string> {
  let spellings = ['']
  for (const word of words) {
    const forms = fullForms(word)
    if (spellings.length * forms.length > maxSpellings) return new Set()
    spellings = spellings.flatMap((spelling) => forms.map((form) => (spelling === '' ? form.join(' ') : `${spelling} ${form.join(' ')}`)))
  }
  return new Set(spellings)
}

const maxSpellings = 64

/** Whether a word is a contraction (`we'll`, `cannot`; not `Trump's`). */
function isContraction(token: Token): boolean {
  return (token.normal.includes("'") || token.normal === 'cannot') && fullForms(token.normal).length > 1
}

/**
 * A cheap test before isSameSpelledOut, which joinContractions would
 * otherwise run for every pair of edge stretches: each contraction adds one
 * word at most, and both stretches open with a word and close with a word
 * they may share.
 */
function mayBeSpelledAlike(one: readonly Token[], other: readonly Token[]): boolean {
  const contractions = one.filter(isContraction).length + other.filter(isContraction).length
  if (contractions === 0 || Math.abs(one.length - other.length) > contractions) return false
  const edgeWords = (token: Token, edge: 'first' | 'last') => fullForms(token.normal).map((form) => (edge === 'first' ? form[0] : form[form.length - 1]))
  const share = (a: Token, b: Token, edge: 'first' | 'last') => edgeWords(a, edge).some((word) => edgeWords(b, edge).includes(word))
  return share(one[0], other[0], 'first') && share(one[one.length - 1], other[other.length - 1], 'last')
}

/** Words a contraction and its full form take at most on one side: `would not have` / `wouldn't've`. */
const maxContractionWords = 4

/**
 * The diff with words only contracted on one side joined into kept runs
 * marked `isContraction`: a removed run next to an added one (either order)
 * that spell out alike, whole or at the edge they share with the words
 * before or after them (`Honestly, we have` / `We've`: `Honestly` left out,
 * `we have` / `We've` kept). Words written as one, as two or with a hyphen
 * (`workforce` / `work force`, `state-funded` / `state funded`, `e-mail` /
 * `email`) join the same way, marked `isCompound`. The shorter side repeats
 * its last word, so that both sides of a kept run have as many words. The
 * input when there is nothing to join.
 */
export function joinContractions(changes: TokenChange[]): TokenChange[] {
  let joined: TokenChange[] | undefined
  for (let index = 0; index < changes.length; index++) {
    const [first, second] = [changes[index], changes[index + 1]]
    if (second !== undefined && first.kind !== 'same' && second.kind !== 'same' && first.kind !== second.kind) {
      const [gone, come] = first.kind === 'removed' ? [first.tokens, second.tokens] : [second.tokens, first.tokens]
      const replacement = joinedRun(gone, come)
      if (replacement) {
        joined ??= changes.slice(0, index)
        joined.push(...replacement)
        index++
        continue
      }
    }
    joined?.push(first)
  }
  return joined ?? changes
}

/** A replaced run with what spells alike at its edges kept, again on what is left (`state-funded health-care` / `state funded health care`); undefined when nothing does. */
function joinedRun(gone: readonly Token[], come: readonly Token[]): TokenChange[] | undefined {
  if (gone.length === 0 || come.length === 0) return undefined
  const hasContraction = gone.some(isContraction) || come.some(isContraction)
  return (
    (hasContraction ? joinedAtEdge(gone, come, maxContractionWords, isContractedAlike, 'isContraction') : undefined) ??
    (mayHoldCompound(gone, come) ? joinedAtEdge(gone, come, maxCompoundWords, isSameCompound, 'isCompound') : undefined)
  )
}

/**
 * `gone` and `come` with the stretch at one edge that `isAlike` holds for
 * kept, the longest first, and the rest joined again; undefined when none is.
 */
function joinedAtEdge(
  gone: readonly Token[], come: readonly Token[], maxWords: number,
  isAlike: (one: readonly Token[], other: readonly Token[]) => boolean, flag: JoinFlag,
): TokenChange[] | undefined {
  const rest = (restGone: Token[], restCome: Token[]) => joinedRun(restGone, restCome) ?? edits(restGone, restCome)
  for (let goneLength = Math.min(maxWords, gone.length); goneLength >= 1; goneLength--) {
    for (let comeLength = Math.min(maxWords, come.length); comeLength >= 1; comeLength--) {
      const [goneEnd, comeEnd] = [gone.slice(gone.length - goneLength), come.slice(come.length - comeLength)]
      if (isAlike(goneEnd, comeEnd)) return [...rest(gone.slice(0, gone.length - goneLength), come.slice(0, come.length - comeLength)), kept(goneEnd, comeEnd, flag)]
      const [goneStart, comeStart] = [gone.slice(0, goneLength), come.slice(0, comeLength)]
      if (isAlike(goneStart, comeStart)) return [kept(goneStart, comeStart, flag), ...rest(gone.slice(goneLength), come.slice(comeLength))]
    }
  }
  return undefined
}

type JoinFlag = 'isContraction' | 'isCompound'

function isContractedAlike(one: readonly Token[], other: readonly Token[]): boolean {
  return mayBeSpelledAlike(one, other) && isSameSpelledOut(one, other)
}

/** Words a compound takes at most on one side: `long term care` / `long-term-care`. */
const maxCompoundWords = 3

/**
 * Whether a compound may join the runs at either edge: the same letters at
 * an edge need the first words to start alike, one with the other's letters
 * (`health` / `healthcare`), or the last words to end so. Most replaced runs
 * do neither, and are spared trying every window at both edges.
 */
function mayHoldCompound(gone: readonly Token[], come: readonly Token[]): boolean {
  const [goneFirst, comeFirst] = [lettersOf(gone[0]), lettersOf(come[0])]
  if (goneFirst.startsWith(comeFirst) || comeFirst.startsWith(goneFirst)) return true
  const [goneLast, comeLast] = [lettersOf(gone[gone.length - 1]), lettersOf(come[come.length - 1])]
  return goneLast.endsWith(comeLast) || comeLast.endsWith(goneLast)
}

function lettersOf(token: Token): string {
  return hyphen.test(token.normal) ? token.normal.replace(hyphens, '') : token.normal
}

// Written apart, these are other words than written as one (`every day` / `everyday`, `some time` / `sometime`).
const wordsNotParts = new Set([
  'nowhere', 'everyday', 'sometime', 'sometimes', 'someday', 'anymore', 'anyone', 'everyone', 'someone', 'anybody',
  'everybody', 'somebody', 'nobody', 'maybe', 'into', 'onto', 'awhile', 'already', 'altogether', 'anyway', 'anytime',
  'indeed', 'however', 'whatever', 'whenever', 'wherever', 'whoever', 'without', 'within', 'upon', 'therefore',
  'together', 'overall', 'therapist',
])
// With a hyphen after `re` or `co`, these are other words (`re-sign` is to sign again; `resign`, to quit).
const hyphenMakesAnother = /^(re-(sign|cover|form|creat|leas|serv|sent|press|collect|mark|treat|solv|sort|stor|present|pose|fund|count|act|lay|place|side|ward|tire|view|call|turn|port|vert|ject|spect)|co-op)/

/**
 * The same letters once joined, hyphens left out: one word hyphenated on one
 * side (`re-open` / `reopen`, `e-mail` / `email`), or written apart in words
 * of three letters or more (`work force` / `workforce`); not words that are
 * others written so (`re-sign` / `resign`, `every day` / `everyday`, `a long`
 * / `along`, `the rapist` / `therapist`).
 */
function isSameCompound(one: readonly Token[], other: readonly Token[]): boolean {
  if (one.length === 1 && other.length === 1 && !hyphen.test(one[0].normal + other[0].normal)) return false
  if ([one, other].some((tokens) => tokens.length > 1 && tokens.some((token) => token.normal.replace(hyphens, '').length < 3))) return false
  const letters = (tokens: readonly Token[]) => tokens.map(lettersOf).join('')
  const word = letters(one)
  if (word !== letters(other) || !/\p{L}/u.test(word) || wordsNotParts.has(word)) return false
  return ![...one, ...other].some((token) => hyphenMakesAnother.test(token.normal))
}

const hyphen = /[-\u2010\u2011]/
const hyphens = /[-\u2010\u2011]/g

function edits(gone: Token[], come: Token[]): TokenChange[] {
  const changes: TokenChange[] = []
  if (gone.length > 0) changes.push({ kind: 'removed', tokens: gone })
  if (come.length > 0) changes.push({ kind: 'added', tokens: come })
  return changes
}

function kept(gone: Token[], come: Token[], flag: JoinFlag): TokenChange {
  const length = Math.max(gone.length, come.length)
  const padded = (tokens: Token[]) => (tokens.length === length ? tokens : [...tokens, ...Array<Token>(length - tokens.length).fill(tokens[tokens.length - 1])])
  return { kind: 'same', tokens: padded(gone), matched: padded(come), [flag]: true }
}
