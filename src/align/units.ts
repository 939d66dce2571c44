import type { Span, Token } from '../types.js'
import type { AnalyzedSentence } from '../pipeline/index.js'
import { signCharBefore } from '../pipeline/numbers.js'

/** A claim-sized stretch of one source: a sentence or one of its clauses. */
export interface ClaimUnit extends Span {
  source: string
  text: string
  tokens: Token[]
  /** Index of the sentence it is cut from, among its source's sentences. */
  sentence: number
}

/** Clauses shorter than this many words join their neighbour. */
const minClauseTokens = 4

// Parentheses, semicolons, colons and dashes set off a claim of their own;
// commas do not (they split lists and attributions far more often), nor the colon of a clock time (`3:29`).
const clauseBoundary = /[;()\u2014\u2013]|(?<!\d):(?!\d)|\s-{1,2}\s/g

/**
 * Index of the first sentence that ends after `offset` (sentences are in text
 * order): found by halving, since scanning from the top is quadratic over a
 * long article's quotes.
 */
export function sentenceIndexAfter(sentences: readonly AnalyzedSentence[], offset: number): number {
  let first = 0
  for (let last = sentences.length; first < last; ) {
    const middle = (first + last) >>> 1
    if (sentences[middle].end <= offset) first = middle + 1
    else last = middle
  }
  return first
}

/** Tokens of a source that lie inside `[start, end)`. */
export function tokensInSpan(sentences: readonly AnalyzedSentence[], start: number, end: number): Token[] {
  const tokens: Token[] = []
  for (let index = sentenceIndexAfter(sentences, start); index < sentences.length && sentences[index].start < end; index++) {
    for (const token of sentences[index].tokens) if (token.start >= start && token.end <= end) tokens.push(token)
  }
  return tokens
}

/** Split every sentence of a source into claim units at clause boundaries. */
export function claimUnits(source: string, body: string, sentences: readonly AnalyzedSentence[]): ClaimUnit[] {
  const units: ClaimUnit[] = []
  for (let index = 0; index < sentences.length; index++) {
    for (const piece of mergeShortPieces(clausePieces(sentences[index]))) {
      const { start, end } = withBalancedMarks(body, ...withFigureSigns(body, piece.start, piece.end))
      units.push({ source, start, end, text: body.slice(start, end), tokens: piece.tokens, sentence: index })
    }
  }
  return units
}

/**
 * The span, taking in the signs of a figure at either edge, which are no
 * words to the parser: `$3 billion will go …` opened at `3`, and `prices
 * rose 5%` ended at `5`.
 */
function withFigureSigns(body: string, start: number, end: number): [number, number] {
  if (/\d/.test(body[start] ?? '') && signCharBefore(body, start) !== '') start--
  if (/\d/.test(body[end - 1] ?? '') && body[end] === '%') end++
  return [start, end]
}

/**
 * The span, taking in the double quote mark just outside it when the one
 * inside has no partner: a unit runs from its first word to its last, so
 * `"Hello there," said John Smith` would lose its opening mark and show a
 * stray closing one. A closing mark is taken in with the stop before it,
 * and so is the bracket that closes a parenthesis the unit opens.
 */
function withBalancedMarks(body: string, start: number, end: number): Span {
  let marks = 0
  let open = 0
  for (let index = start; index < end; index++) {
    const code = body.charCodeAt(index)
    if (isDoubleMark(code)) marks++
    else if (code === 0x28) open++
    else if (code === 0x29 && open > 0) open--
  }
  // `Rep. Tim Ryan (Ohio`: a short parenthesis joined to the clause before it takes its closing bracket along.
  if (open > 0) {
    const closing = /^[.,!?]?\)/.exec(body.slice(end, end + 2))
    if (closing) end += closing[0].length
  }
  if (marks % 2 === 0) return { start, end }
  if (start > 0 && isDoubleMark(body.charCodeAt(start - 1))) return { start: start - 1, end }
  // The closing mark may follow the quote's own full stop or comma: `… by the river.”`
  const closing = /^[.,!?]?["\u201D]/.exec(body.slice(end, end + 2))
  return closing ? { start, end: end + closing[0].length } : { start, end }
}

/** `"`, `“`, `”`. */
function isDoubleMark(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d
}

interface Piece extends Span {
  tokens: Token[]
  /** Where the piece starts: after an aside opens (`(`, a first dash), after one closes (`)`, a second dash), or other. */
  after: 'opening' | 'closing' | 'other'
}

/** An aside in parentheses or dashes this long, or shorter, is read with the clause it sits in. */
const maxAsideTokens = 8

/**
 * The sentence cut at clause boundaries: the tokens that lie wholly between
 * two boundaries (or the sentence's edges) make a piece, pieces without
 * tokens are left out. One pass over the tokens, in text order, rather than
 * one per piece: this runs over every sentence of every article.
 */
function clausePieces(sentence: AnalyzedSentence): Piece[] {
  const { tokens } = sentence
  const pieces: Piece[] = []
  let pieceStart = sentence.start
  let after: Piece['after'] = 'other'
  let isDashOpen = false
  let next = 0
  clauseBoundary.lastIndex = 0
  for (;;) {
    let match = clauseBoundary.exec(sentence.text)
    // A dash between two digits is a range (`2010–2015`), no boundary.
    while (match && /^[\u2014\u2013]$/.test(match[0]) && isDigitAt(sentence.text, match.index - 1) && isDigitAt(sentence.text, match.index + 1)) {
      match = clauseBoundary.exec(sentence.text)
    }
    const boundary = match ? sentence.start + match.index : sentence.end
    // A token that starts before the boundary is in this piece or in none: it straddles the boundary.
    const inside: Token[] = []
    for (; next < tokens.length && tokens[next].start < boundary; next++) {
      if (tokens[next].start >= pieceStart && tokens[next].end <= boundary) inside.push(tokens[next])
    }
    if (inside.length > 0) pieces.push({ start: inside[0].start, end: inside[inside.length - 1].end, tokens: inside, after })
    if (!match) return pieces
    pieceStart = boundary
    const mark = match[0].trim()
    // Dashes pair up within a sentence, as parentheses do: `the plaintiffs — who worked in 3,400 stores — say`;
    // not a dateline's (`WASHINGTON — …`).
    const isDash = mark === '\u2014' || mark === '\u2013' || mark.startsWith('-')
    const isDateline = isDash && pieces.length === 1 && isDatelinePiece(pieces[0]) && inside.length > 0
    if (isDash && !isDateline) isDashOpen = !isDashOpen
    after = isDateline ? 'other' : mark === '(' || (isDash && isDashOpen) ? 'opening' : mark === ')' || isDash ? 'closing' : 'other'
  }
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 48 && code <= 57
}

/** `WASHINGTON`, `NEW YORK`, `AUGUSTA, Me.`: a place in capitals that opens a sentence before a dash. */
function isDatelinePiece(piece: Piece): boolean {
  return piece.tokens.length <= 4 && /^\p{Lu}{2,}$/u.test(piece.tokens[0].text)
}

/**
 * Pieces of one sentence, joined to the piece before them where either is
 * too short (its token list grows in place). The words after a short aside,
 * in parentheses or dashes, go on with the clause it sits in, aside and
 * all: `… in fiscal year (FY) 2021 to more than 1 million` and `Continuing
 * claims — which get reported a week late — fell to 3,655,000` are one claim
 * each, not a claim and a fragment (`2021 to more than 1 million`, `fell to
 * 3,655,000`).
 */
function mergeShortPieces(pieces: Piece[]): Piece[] {
  const merged: Piece[] = []
  // The unit an open aside sits in (its host), where the aside's own units start, and its words so far.
  let host: Piece | undefined
  let asideFrom = 0
  let asideTokens = 0
  for (const piece of pieces) {
    const previous = merged[merged.length - 1]
    if (piece.after === 'closing' && host && asideTokens <= maxAsideTokens) {
      // The aside, in as many units as it took, goes back into its host, and the words after it with it.
      for (const aside of merged.splice(asideFrom)) if (aside !== host) appendTo(host, aside)
      merged.push(host)
      appendTo(host, piece)
    } else if (previous && (piece.tokens.length < minClauseTokens || previous.tokens.length < minClauseTokens)) appendTo(previous, piece)
    else merged.push(piece)
    if (piece.after === 'opening') {
      host = previous
      asideFrom = previous ? merged.indexOf(previous) : merged.length
      asideTokens = piece.tokens.length
    } else if (piece.after === 'closing') host = undefined
    else if (host) asideTokens += piece.tokens.length
  }
  return merged
}

function appendTo(piece: Piece, next: Piece): void {
  piece.end = next.end
  for (const token of next.tokens) piece.tokens.push(token)
}

/** Each item's source as a number, 0, 1, … in order of first appearance, and how many sources there are. */
export function sourceNumbers(items: ReadonlyArray<{ source: string }>): { sourceOf: number[]; sourceCount: number } {
  const numbers = new Map<string, number>()
  const sourceOf = items.map(({ source }) => numbers.get(source) ?? numbers.set(source, numbers.size).get(source)!)
  return { sourceOf, sourceCount: numbers.size }
}
