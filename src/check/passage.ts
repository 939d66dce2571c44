import type { Span, Token } from '../types.js'
import { diffTokens, sharedCount, type TokenChange } from '../compare/diff.js'
import { joinContractions } from '../compare/contractions.js'
import { compareWords, ellipsis, type WordComparison, type WordedText } from './compare-words.js'

/** The most words a quote is taken to leave out behind its ellipses. */
const maxElidedWords = 60

/**
 * A text quotes are looked up in (a primary source, a cited report), with an
 * inverted index from normal forms to token positions so that a lookup
 * touches only the places that share words with the quote.
 */
export interface IndexedText {
  body: string
  tokens: Token[]
  positions: Map<string, number[]>
  /** Who speaks at a body offset, when the text says so. */
  speakerAt: (offset: number) => string | null
}

/** How a quote stands in an indexed text. */
export interface PassageMatch {
  /**
   * `verbatim`: a contiguous run of the text, spelling aside; `trimmed`: words
   * left out behind an ellipsis; `reworded`: words added, changed or silently
   * dropped; `absent`: too few words in common to be the same passage.
   */
  kind: 'verbatim' | 'trimmed' | 'reworded' | 'absent'
  /** The best matching stretch of the text, when any shares words with the quote. */
  passage: (Span & { text: string }) | null
  comparison: WordComparison | null
}

export interface FindPassageOptions {
  /** Share of the quote's words the passage must have, in order, to be the same passage. Default 0.5. */
  minSharedShare?: number
  /** Candidate places tried per quote. Default 3. */
  candidates?: number
}

export function indexText(body: string, tokens: Token[], speakerAt: IndexedText['speakerAt'] = () => null): IndexedText {
  const positions = new Map<string, number[]>()
  tokens.forEach((token, index) => {
    const list = positions.get(token.normal)
    if (list) list.push(index)
    else positions.set(token.normal, [index])
  })
  return { body, tokens, positions, speakerAt }
}

/**
 * Find the stretch of `text` that best matches `quote`: each shared word votes
 * for an alignment (text position minus quote position); the densest
 * alignments become windows, which the word diff compares with the quote word by word.
 */
export function findPassage(text: IndexedText, quote: WordedText, options: Readonly<FindPassageOptions> = {}): PassageMatch {
  const none: PassageMatch = { kind: 'absent', passage: null, comparison: null }
  const length = quote.tokens.length
  if (length === 0) return none
  const slack = Math.max(3, Math.ceil(length / 2))
  // Words a quote leaves out behind an ellipsis lengthen its passage: the window reaches that much further.
  const trailingSlack = ellipsis.test(quote.text) ? slack + maxElidedWords : slack

  let best: { comparison: WordComparison; window: Token[]; shared: number } | undefined
  for (const alignment of densestAlignments(text, quote.tokens, slack, options.candidates ?? 3)) {
    const from = Math.max(0, alignment - slack)
    const window = text.tokens.slice(from, Math.min(text.tokens.length, alignment + length + trailingSlack))
    // The word diff (jsdiff's algorithm) breaks ties by matching early, so a quote's first word can match
    // the same word just before the passage; compared from the end too, the tighter passage wins.
    // (Contractions joined first: the passage of `We’ll build` starts at `We will`, not at `will`.)
    const fromEnd = diffTokens([...window].reverse(), [...quote.tokens].reverse()).reverse()
    for (const changes of [diffTokens(window, quote.tokens), fromEnd].map(joinContractions)) {
      const cropped = cropToQuote(window, changes)
      if (cropped.length === 0) continue
      const comparison = compareWords(wordsOf(text, cropped), quote)
      const shared = sharedCount(comparison.changes)
      if (!best || shared > best.shared || (shared === best.shared && cropped.length < best.window.length)) {
        best = { comparison, window: cropped, shared }
      }
    }
  }
  if (!best) return none

  const first = best.window[0]
  const last = best.window[best.window.length - 1]
  const passage = { start: first.start, end: last.end, text: text.body.slice(first.start, last.end) }
  const minShared = Math.max(Math.min(length, 2), Math.ceil(length * (options.minSharedShare ?? 0.5)))
  if (best.shared < minShared) {
    // A passage that shares a few small words is no help to the reader; one that shares a quarter of the quote may be the misquoted place.
    const sharedContent = best.comparison.changes
      .filter((change) => change.kind === 'same')
      .reduce((count, change) => count + change.tokens.filter((token) => !token.isStopword).length, 0)
    const isNear = sharedContent >= 2 && best.shared * 4 >= length
    return { kind: 'absent', passage: isNear ? passage : null, comparison: isNear ? best.comparison : null }
  }

  const { shape, hasElision } = best.comparison
  // After cropping, a cut can only be inside the quote: behind an ellipsis, or it would be reworded.
  const kind = shape === 'same' ? 'verbatim' : shape === 'cut' && hasElision ? 'trimmed' : 'reworded'
  return { kind, passage, comparison: best.comparison }
}

/**
 * Alignments (text index of the quote's first word) backed by the most shared
 * words. A vote weighs by how rare its word is in the text, so that common
 * words lining up by chance do not outvote the quote's own rare words.
 */
function densestAlignments(text: IndexedText, quoteTokens: readonly Token[], slack: number, count: number): number[] {
  const content = quoteTokens.filter((token) => !token.isStopword)
  // Content words place a quote; stop words only when a quote has almost no others.
  const isVoter = content.length >= 2 ? (token: Token) => !token.isStopword : () => true
  const votes: Array<{ alignment: number; weight: number }> = []
  quoteTokens.forEach((token, index) => {
    if (!isVoter(token)) return
    const positions = text.positions.get(token.normal) ?? []
    const weight = Math.log(1 + text.tokens.length / Math.max(1, positions.length))
    for (const position of positions) votes.push({ alignment: position - index, weight })
  })
  if (votes.length === 0) return []
  votes.sort((a, b) => a.alignment - b.alignment)

  // Slide a band of width `slack` over the sorted alignments; keep the heaviest bands, apart from each other.
  const bands: Array<{ alignment: number; weight: number }> = []
  let low = 0
  let weight = 0
  for (let high = 0; high < votes.length; high++) {
    weight += votes[high].weight
    while (votes[high].alignment - votes[low].alignment > slack) weight -= votes[low++].weight
    bands.push({ alignment: votes[low + Math.floor((high - low) / 2)].alignment, weight })
  }
  bands.sort((a, b) => b.weight - a.weight || a.alignment - b.alignment)
  const chosen: number[] = []
  for (const band of bands) {
    if (chosen.every((alignment) => Math.abs(alignment - band.alignment) > slack)) chosen.push(band.alignment)
    if (chosen.length === count) break
  }
  return chosen
}

/** The window's text from its first to its last token, with the tokens re-based onto it. */
function wordsOf(text: IndexedText, window: readonly Token[]): WordedText {
  const offset = window[0].start
  return {
    text: text.body.slice(offset, window[window.length - 1].end),
    tokens: window.map((token) => ({ ...token, start: token.start - offset, end: token.end - offset })),
  }
}

/**
 * Drop the window's words before the quote's first matched word and after its
 * last: the passage is what the quote covers, not the words around it. Where
 * the quote's own first or last words differ, as many window words as the
 * quote has there stay: they are the words it replaced.
 */
function cropToQuote(window: readonly Token[], changes: readonly TokenChange[]): Token[] {
  const firstSame = changes.findIndex((change) => change.kind === 'same')
  if (firstSame === -1) return []
  const lastSame = changes.findLastIndex((change) => change.kind === 'same')
  const extra = (from: number, to: number) => {
    let removed = 0
    let added = 0
    for (const change of changes.slice(from, to)) {
      if (change.kind === 'removed') removed += change.tokens.length
      else added += change.tokens.length
    }
    return removed - Math.min(removed, added)
  }
  return window.slice(extra(0, firstSame), window.length - extra(lastSame + 1, changes.length))
}
