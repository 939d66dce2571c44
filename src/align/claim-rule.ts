import type { SentenceProfile } from './similarity-features.js'

/** Options of the claim rule, with their defaults. */
export interface ClaimRuleOptions {
  /** Score a pair needs: the mean of IDF-weighted Dice and the shorter unit's coverage. Default 0.25. */
  minScore?: number
  /** Shared content words that are not names a pair needs. Default 2. */
  minSharedFacts?: number
  /** Shared content words a pair needs in the same order. Default 2. */
  minInOrder?: number
  /** Term keys that are names anywhere in the articles (a name opening a sentence is still a name). */
  names?: ReadonlySet<string>
}

export interface ClaimMatch {
  /** Mean of IDF-weighted Dice and of the better covered unit's share of shared words, 0..1. */
  score: number
  isSame: boolean
  /** Shared content words, rarest first, as the first unit writes them. */
  shared: string[]
}

/**
 * Do two claim units (clauses of different articles) state the same thing?
 * Articles about one event all name its people, so shared names alone say
 * nothing: a pair must share at least two other content words (`turned`,
 * `hand`, `100`), two shared words in the same order (`sometimes … people`
 * is not `people … sometimes`), and enough of its rare words overall. A short
 * claim inside a long sentence counts by how much of it the other covers.
 *
 * Why not the MSRP-trained sentence rule (similarity.ts): MSRP pairs are whole
 * sentences already picked for overlap, so that model learnt to separate high
 * overlap from higher overlap, and scores clause pairs from different articles
 * almost at random (measured in the README's "How claims are matched").
 */
export function matchClaims(a: SentenceProfile, b: SentenceProfile, options: Readonly<ClaimRuleOptions> = {}): ClaimMatch {
  const minScore = options.minScore ?? 0.25
  const minSharedFacts = options.minSharedFacts ?? 2
  const minInOrder = options.minInOrder ?? 2
  let sharedWeight = 0
  let weightA = 0
  let sharedFacts = 0
  const sharedKeys: string[] = []
  for (const [key, weight] of a.content) {
    weightA += weight
    if (!b.content.has(key)) continue
    sharedWeight += weight
    sharedKeys.push(key)
    if (!options.names?.has(key) && !isName(key, a) && !isName(key, b)) sharedFacts++
  }
  let weightB = 0
  for (const weight of b.content.values()) weightB += weight
  const dice = weightA + weightB > 0 ? (2 * sharedWeight) / (weightA + weightB) : 0
  const coverage = Math.min(weightA, weightB) > 0 ? sharedWeight / Math.min(weightA, weightB) : 0
  const score = (dice + coverage) / 2
  const isSame =
    score >= minScore && sharedFacts >= minSharedFacts && sharedInOrder(a.contentSequence, b.contentSequence, new Set(sharedKeys)) >= minInOrder
  sharedKeys.sort((left, right) => (a.content.get(right) ?? 0) - (a.content.get(left) ?? 0))
  return {
    score,
    isSame,
    shared: sharedKeys.map((key) => a.words.get(key) ?? key),
  }
}

function isName(key: string, profile: SentenceProfile): boolean {
  const word = profile.words.get(key)
  return word !== undefined && profile.names.has(word.toLowerCase())
}

/** Longest common subsequence of the shared keys, in the order each unit writes them. */
function sharedInOrder(a: readonly string[], b: readonly string[], shared: ReadonlySet<string>): number {
  const left = a.filter((key) => shared.has(key))
  const right = b.filter((key) => shared.has(key))
  let previous = new Array<number>(right.length + 1).fill(0)
  let current = new Array<number>(right.length + 1).fill(0)
  for (const key of left) {
    for (let column = 1; column <= right.length; column++) {
      current[column] = key === right[column - 1] ? previous[column - 1] + 1 : Math.max(previous[column], current[column - 1])
    }
    ;[previous, current] = [current, previous]
  }
  return previous[right.length]
}
