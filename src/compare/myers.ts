/**
 * Words coded for the diff: each normal form as a number, and whether the
 * word may stand for the `(expletive)` placeholder, which is number 0.
 */
export interface CodedWords {
  ids: Int32Array
  wild: Uint8Array
}

/** A run of the edit script: `count` words kept, removed from the old list or added from the new. */
export interface EditRun {
  kind: 'same' | 'removed' | 'added'
  count: number
}

const same = 0
const removed = 1
const added = 2
const kindNames = ['same', 'removed', 'added'] as const

/**
 * The edit script of jsdiff's `diffArrays` (diff 8.0.4, Myers's algorithm
 * with its edge-of-graph pruning), run over numbers instead of a comparator
 * on objects, and with the path history in flat arrays instead of one object
 * per step. It follows jsdiff step for step, so that it picks the same script
 * among equally short ones: crosscheck's output must not change with the
 * implementation. Undefined past `maxEditLength` edits, as jsdiff.
 */
export function myersDiff(before: CodedWords, after: CodedWords, maxEditLength: number): EditRun[] | undefined {
  const oldLength = before.ids.length
  const newLength = after.ids.length
  const { ids: oldIds } = before
  const { ids: newIds } = after
  history.clear()
  const limit = Math.min(oldLength + newLength, maxEditLength)
  // Paths by diagonal, from -limit - 1 to limit + 1: how far along the old list, last step, and whether jsdiff keeps it.
  const offset = Math.max(limit, 0) + 1
  paths.reserve(2 * offset + 1)
  const { old: pathOld, step: pathStep, alive: pathAlive } = paths

  const seedCommon = commonRun(before, after, -1, -1)
  pathOld[offset] = seedCommon - 1
  pathStep[offset] = seedCommon > 0 ? history.push(same, seedCommon, -1) : -1
  pathAlive[offset] = 1
  if (seedCommon >= oldLength && seedCommon >= newLength) return history.runs(pathStep[offset])

  let minDiagonal = -Infinity
  let maxDiagonal = Infinity
  for (let editLength = 1; editLength <= limit; editLength++) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const below = diagonal - 1 + offset
      const above = diagonal + 1 + offset
      const removeAlive = pathAlive[below] === 1
      const addAlive = pathAlive[above] === 1
      // No one else reads the path below: jsdiff drops it.
      pathAlive[below] = 0
      const canAdd = addAlive && pathOld[above] - diagonal >= 0 && pathOld[above] - diagonal < newLength
      const canRemove = removeAlive && pathOld[below] + 1 < oldLength
      if (!canAdd && !canRemove) {
        pathAlive[diagonal + offset] = 0
        continue
      }
      // Branch from the path that is farther along the old list.
      let oldPosition: number
      let step: number
      if (!canRemove || (canAdd && pathOld[below] < pathOld[above])) {
        oldPosition = pathOld[above]
        step = history.extend(added, pathStep[above])
      } else {
        oldPosition = pathOld[below] + 1
        step = history.extend(removed, pathStep[below])
      }
      // Most diagonals share not even the next word: that is looked at here, since a call per diagonal
      // (a million at 1,000 articles, with inlining off) cost more than the rest of the step.
      const next = oldPosition + 1
      const nextNew = next - diagonal
      const sharesNext =
        next < oldLength &&
        nextNew < newLength &&
        (oldIds[next] === newIds[nextNew] || ((oldIds[next] === 0 || newIds[nextNew] === 0) && isSameWord(before, next, after, nextNew)))
      const common = sharesNext ? 1 + commonRun(before, after, next, nextNew) : 0
      oldPosition += common
      const newPosition = oldPosition - diagonal
      if (common > 0) step = history.push(same, common, step)
      if (oldPosition + 1 >= oldLength && newPosition + 1 >= newLength) return history.runs(step)
      pathOld[diagonal + offset] = oldPosition
      pathStep[diagonal + offset] = step
      pathAlive[diagonal + offset] = 1
      if (oldPosition + 1 >= oldLength) maxDiagonal = Math.min(maxDiagonal, diagonal - 1)
      if (newPosition + 1 >= newLength) minDiagonal = Math.max(minDiagonal, diagonal + 1)
    }
  }
  return undefined
}

/** How many words agree after old position `oldPosition` and new position `newPosition` (the last ones consumed). */
function commonRun(before: CodedWords, after: CodedWords, oldPosition: number, newPosition: number): number {
  const room = Math.min(before.ids.length - oldPosition - 1, after.ids.length - newPosition - 1)
  let count = 0
  while (count < room) {
    if (!isSameWord(before, oldPosition + 1 + count, after, newPosition + 1 + count)) break
    count++
  }
  return count
}

/** The same word: the same normal form, or the `(expletive)` placeholder against a word it may stand for. */
export function isSameWord(before: CodedWords, oldIndex: number, after: CodedWords, newIndex: number): boolean {
  const left = before.ids[oldIndex]
  const right = after.ids[newIndex]
  return left === right || (left === 0 && after.wild[newIndex] === 1) || (right === 0 && before.wild[oldIndex] === 1)
}

// Arrays kept between diffs up to this many entries; one long diff must not hold its peak memory for the process's life.
const maxKeptEntries = 1 << 16

/** The paths' arrays, kept from one diff to the next and grown as needed. */
class PathArrays {
  old = new Int32Array(64)
  step = new Int32Array(64)
  alive = new Uint8Array(64)

  /** Room for `size` diagonals, none alive. */
  reserve(size: number): void {
    const isOversized = this.alive.length > maxKeptEntries && size <= maxKeptEntries
    if (size > this.alive.length || isOversized) {
      const length = Math.max(64, 2 * size)
      this.old = new Int32Array(length)
      this.step = new Int32Array(length)
      this.alive = new Uint8Array(length)
    } else this.alive.fill(0, 0, size)
  }
}

/** The steps of all paths: kind, count and previous step (-1 for none), in flat arrays kept from one diff to the next. */
class StepHistory {
  private kinds = new Uint8Array(64)
  private counts = new Int32Array(64)
  private previous = new Int32Array(64)
  private size = 0

  clear(): void {
    this.size = 0
    if (this.kinds.length > maxKeptEntries) {
      this.kinds = new Uint8Array(64)
      this.counts = new Int32Array(64)
      this.previous = new Int32Array(64)
    }
  }

  push(kind: number, count: number, previous: number): number {
    if (this.size === this.kinds.length) this.grow()
    this.kinds[this.size] = kind
    this.counts[this.size] = count
    this.previous[this.size] = previous
    return this.size++
  }

  /** One more edit of `kind` after `step`: jsdiff lengthens a run of the same kind into a new step, never in place. */
  extend(kind: number, step: number): number {
    // push's lines over again: one call per step of the diff, not two.
    if (this.size === this.kinds.length) this.grow()
    const lengthens = step !== -1 && this.kinds[step] === kind
    this.kinds[this.size] = kind
    this.counts[this.size] = lengthens ? this.counts[step] + 1 : 1
    this.previous[this.size] = lengthens ? this.previous[step] : step
    return this.size++
  }

  /** The runs that end with `step`, first to last. */
  runs(step: number): EditRun[] {
    const runs: EditRun[] = []
    for (let current = step; current !== -1; current = this.previous[current]) {
      runs.push({ kind: kindNames[this.kinds[current]], count: this.counts[current] })
    }
    return runs.reverse()
  }

  private grow(): void {
    const size = this.kinds.length * 2
    const kinds = new Uint8Array(size)
    const counts = new Int32Array(size)
    const previous = new Int32Array(size)
    kinds.set(this.kinds)
    counts.set(this.counts)
    previous.set(this.previous)
    this.kinds = kinds
    this.counts = counts
    this.previous = previous
  }
}

const history = new StepHistory()
const paths = new PathArrays()
