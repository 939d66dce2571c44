import { displayWord, type ClaimProfile } from './claim-profiles.js'

/** Score a pair needs: the mean of IDF-weighted Dice and the shorter unit's coverage. */
const minScore = 0.25
/**
 * Score a pair needs when it shares a telling figure (`559,000 jobs` in two
 * long sentences that each carry more): the figure is the evidence the
 * mean of Dice and coverage leaves out. Labelled pairs (README, "How claims
 * are matched") found every pair it adds to be the same claim.
 */
const minScoreWithFigure = 0.15
/** Shared content words that are not names a pair needs (candidate pairs short of them are not proposed). */
export const minSharedFacts = 2
/** Shared content words a pair needs in the same order. */
const minInOrder = 2

export interface ClaimMatch {
  /** Mean of IDF-weighted Dice and of the better covered unit's share of shared words, 0..1. */
  score: number
  isSame: boolean
  /** Telling figures the pair shares (559,000; $550 billion): the strongest sign of one claim. */
  figures: number
  /**
   * How much the shared words that are not names point at these two units
   * in their articles: each adds 1 / (units of the one source that hold it
   * × units of the other's). A word each article writes once says more than
   * the story's topic words, which both write in many sentences.
   */
  pinpoint: number
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
 *
 * Units are compared as profiles (claim-profiles.ts): `match` marks one
 * side's key numbers in arrays instead of looking words up in maps.
 */
export class ClaimRule {
  /** Per key number: the first unit that last marked it (with its place there), the pair that last marked it shared, and the last marking for shared words. */
  private readonly inFirst: Int32Array
  private readonly positionInFirst: Int32Array
  private readonly sharedIn: Int32Array
  private readonly markedIn: Int32Array
  private first: ClaimProfile | undefined
  private firstCount = 0
  private pairCount = 0
  /** Places in the first unit of the keys a pair shares. */
  private sharedPositions = new Int32Array(64)
  /** Scratch arrays for the common subsequence: the two shared sequences and the two rows of its table. */
  private readonly sequences = [new Int32Array(64), new Int32Array(64)]
  private rows = [new Int32Array(65), new Int32Array(65)]

  /** A rule for profiles whose key numbers are below `keyCount`. */
  constructor(keyCount: number) {
    this.inFirst = new Int32Array(keyCount)
    this.positionInFirst = new Int32Array(keyCount)
    this.sharedIn = new Int32Array(keyCount)
    this.markedIn = new Int32Array(keyCount)
  }

  match(a: ClaimProfile, b: ClaimProfile): ClaimMatch {
    // Candidate pairs come first unit by first unit: its keys are marked once for all its pairs.
    if (a !== this.first) {
      this.first = a
      this.firstCount++
      for (let index = 0; index < a.keys.length; index++) {
        this.inFirst[a.keys[index]] = this.firstCount
        this.positionInFirst[a.keys[index]] = index
      }
    }
    const stamp = ++this.pairCount
    if (this.sharedPositions.length < b.keys.length) this.sharedPositions = new Int32Array(2 * b.keys.length)
    const positions = this.sharedPositions
    let sharedCount = 0
    let sharedFacts = 0
    let sharedFigures = 0
    let pinpoint = 0
    for (let index = 0; index < b.keys.length; index++) {
      const key = b.keys[index]
      if (this.inFirst[key] !== this.firstCount) continue
      const position = this.positionInFirst[key]
      // Kept in order of place in the first unit (a pair shares a few keys: insertion is cheap).
      let at = sharedCount++
      for (; at > 0 && positions[at - 1] > position; at--) positions[at] = positions[at - 1]
      positions[at] = position
      this.sharedIn[key] = stamp
      if (!a.isName[position] && !b.isName[index]) {
        sharedFacts++
        pinpoint += 1 / (a.inSourceUnits[position] * b.inSourceUnits[index])
      }
      // (Either side's writing makes it a figure: `2,000` is one where `2000` may be a year.)
      sharedFigures += a.isFigure[position] | b.isFigure[index]
    }
    // The shared weight adds up in the first unit's order, as it always has: the same sum to the last bit.
    let sharedWeight = 0
    for (let index = 0; index < sharedCount; index++) sharedWeight += a.weights[positions[index]]
    const weightA = a.weight
    const weightB = b.weight
    const dice = weightA + weightB > 0 ? (2 * sharedWeight) / (weightA + weightB) : 0
    const coverage = Math.min(weightA, weightB) > 0 ? sharedWeight / Math.min(weightA, weightB) : 0
    const score = (dice + coverage) / 2
    const isSame =
      score >= (sharedFigures > 0 ? minScoreWithFigure : minScore) &&
      sharedFacts >= minSharedFacts &&
      sharedCount >= minInOrder &&
      this.sharedInOrder(a, b, stamp) >= minInOrder
    return { score, isSame, figures: sharedFigures, pinpoint }
  }

  /** The content words `a` and `b` share, rarest first, as `a` writes them: asked for the few pairs shown. */
  sharedWords(a: ClaimProfile, b: ClaimProfile): string[] {
    const stamp = ++this.pairCount
    for (const key of b.keys) this.markedIn[key] = stamp
    const shared: Array<{ token: number; weight: number }> = []
    for (let index = 0; index < a.keys.length; index++) {
      if (this.markedIn[a.keys[index]] === stamp) shared.push({ token: a.firstToken[index], weight: a.weights[index] })
    }
    shared.sort((left, right) => right.weight - left.weight)
    return shared.map(({ token }) => displayWord(a.tokens[token]))
  }

  /** Longest common subsequence of the shared keys (marked with `stamp`), in the order each unit writes them. */
  private sharedInOrder(a: ClaimProfile, b: ClaimProfile, stamp: number): number {
    const leftLength = this.sharedSequence(a.sequence, stamp, 0)
    const rightLength = this.sharedSequence(b.sequence, stamp, 1)
    const [left, right] = this.sequences
    if (this.rows[0].length <= rightLength) this.rows = [new Int32Array(2 * rightLength + 1), new Int32Array(2 * rightLength + 1)]
    let [previous, current] = this.rows
    previous.fill(0, 0, rightLength + 1)
    current.fill(0, 0, rightLength + 1)
    for (let row = 0; row < leftLength; row++) {
      const key = left[row]
      for (let column = 1; column <= rightLength; column++) {
        current[column] = key === right[column - 1] ? previous[column - 1] + 1 : Math.max(previous[column], current[column - 1])
      }
      ;[previous, current] = [current, previous]
    }
    return previous[rightLength]
  }

  /** Put the keys of `sequence` marked shared in the rule's scratch sequence `slot` (0 or 1); their number. */
  private sharedSequence(sequence: Int32Array, stamp: number, slot: number): number {
    if (this.sequences[slot].length < sequence.length) this.sequences[slot] = new Int32Array(2 * sequence.length)
    const shared = this.sequences[slot]
    let length = 0
    for (const key of sequence) if (this.sharedIn[key] === stamp) shared[length++] = key
    return length
  }
}
