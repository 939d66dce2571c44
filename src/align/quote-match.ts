import type { Token } from '../types.js'
import { codedWords, diffTokens, sharedCount, sharedWordBound, smallestShareCount } from '../compare/diff.js'

/** How two quotes were found to be the same. */
export interface QuoteMatch {
  /** `one word apart`: a short remark of one speaker with one word changed (quote-pairs.ts shortRemarkPairs). */
  kind: 'exact' | 'fragment' | 'reworded' | 'one word apart'
  /** Words both quotes share, in order. */
  shared: number
  /** Shared words over the longer quote's length, 0..1. */
  score: number
}

/** Options of the quote matcher, with their defaults. */
export interface QuoteMatchOptions {
  /** A fragment must be at least this many words. Default 3. */
  minFragmentTokens?: number
  /** Shared content words a fragment or rewording needs. Default 2. */
  minSharedContent?: number
  /** Share of the shorter quote a rewording must keep. Default 0.7. */
  minRewordedShare?: number
}

const defaultMinRewordedShare = 0.7

/**
 * Decide whether two quotes are the same quote: word for word after
 * normalization, one a contiguous cut of the other, or reworded with most
 * words kept. Short quotes (`Did I nail it?`) match only whole; common short
 * phrases never glue two quotes because a cut or rewording needs content words.
 */
export function matchQuotes(a: readonly Token[], b: readonly Token[], options: Readonly<QuoteMatchOptions> = {}): QuoteMatch | undefined {
  const minFragmentTokens = options.minFragmentTokens ?? 3
  const minSharedContent = options.minSharedContent ?? 2
  const minRewordedShare = options.minRewordedShare ?? defaultMinRewordedShare
  if (a.length === 0 || b.length === 0) return undefined
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  // A copy or a cut shares all of the shorter quote's words; a rewording keeps at least `minShared`
  // (no alignment shares more words than both quotes hold): most pairs can be none of them.
  const minShared = minRewordedWords(shorter.length, minRewordedShare)
  // Below both counts the pair is neither: the bound may stop early, and the pair needs nothing more.
  const needed = neededSharedWords(shorter.length, options)
  const bound = sharedWordBound(a, b, needed)
  if (bound < needed) return undefined
  if (bound >= shorter.length) {
    // Words compared by number: the same number is the same normal form.
    const [shorterWords, longerWords] = [codedWords(shorter).ids, codedWords(longer).ids]
    if (a.length === b.length && shorterWords.every((word, index) => word === longerWords[index])) {
      // One word quoted alike says nothing: "OK." in two articles is not one quote.
      return a.length >= 2 && countContent(a) >= 1 ? { kind: 'exact', shared: a.length, score: 1 } : undefined
    }
    if (indexOfRun(longerWords, shorterWords) !== -1) {
      const isSubstantial = shorter.length >= minFragmentTokens && (countContent(shorter) >= minSharedContent || shorter.length >= 5)
      return isSubstantial ? { kind: 'fragment', shared: shorter.length, score: shorter.length / longer.length } : undefined
    }
  }

  if (bound < minShared) return undefined
  // Past this many edits fewer than minShared words are shared: the diff may stop there.
  const changes = diffTokens(a, b, { maxEditLength: a.length + b.length - 2 * minShared })
  const shared = sharedCount(changes)
  const sharedContent = changes
    .filter((change) => change.kind === 'same')
    .reduce((count, change) => count + countContent(change.tokens), 0)
  if (shared < 4 || sharedContent < minSharedContent || shared / shorter.length < minRewordedShare) return undefined
  // A rewording keeps its words together: words of a short quote strewn over a long one (`gross abuse of the power of
  // the presidency` against a long statement with `abuse of his constitutional oath` and `the power of the purse`) meet
  // by chance. One stretch left out counts for nothing: a cut behind an ellipsis, or a word the diff took from an
  // earlier sentence (`I think … the governor made the right call`).
  if (longer.length > 2 * shorter.length && strewnWords(changes, a.length > b.length) > shorter.length / 2) return undefined
  return { kind: 'reworded', shared, score: shared / longer.length }
}

/**
 * The longer quote's own words between the first word the two share and the
 * last, but for its longest such stretch (`changes` diff a against b).
 */
function strewnWords(changes: ReturnType<typeof diffTokens>, isFirstLonger: boolean): number {
  let isStarted = false
  let gap = 0
  let total = 0
  let longestGap = 0
  for (const change of changes) {
    if (change.kind === 'same') {
      if (isStarted) {
        total += gap
        longestGap = Math.max(longestGap, gap)
      }
      isStarted = true
      gap = 0
    } else if ((change.kind === 'removed') === isFirstLonger) gap += change.tokens.length
  }
  return total - longestGap
}

/**
 * The fewest words (as sharedWordBound counts them) that two quotes must
 * share for matchQuotes to find any match, the shorter having
 * `shorterLength` words: all of them for a copy or a cut, fewer for a
 * rewording. Never smaller for a longer quote.
 */
export function neededSharedWords(shorterLength: number, options: Readonly<QuoteMatchOptions> = {}): number {
  return Math.min(shorterLength, minRewordedWords(shorterLength, options.minRewordedShare ?? defaultMinRewordedShare))
}

/** Shared words a rewording needs: `minRewordedShare` of the shorter quote, and never fewer than four. */
function minRewordedWords(shorterLength: number, minRewordedShare: number): number {
  return Math.max(4, smallestShareCount(minRewordedShare, shorterLength))
}

function countContent(tokens: readonly Token[]): number {
  let count = 0
  for (const token of tokens) if (!token.isStopword) count++
  return count
}

/** Where `needle` stands word for word inside `haystack`, or -1. */
function indexOfRun(haystack: Int32Array, needle: Int32Array): number {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (haystack[start + offset] !== needle[offset]) continue outer
    }
    return start
  }
  return -1
}
