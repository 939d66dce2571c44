/**
 * Candidate pairs through an inverted index: items of different groups that
 * share enough keys (each item says how many it needs), where keys held by
 * more than `maxPostings` items are too common to say anything and are
 * skipped. Never compares all pairs. Keys are numbers below a count given
 * up front, so that the index is typed arrays, not maps and lists.
 */
export class InvertedIndex {
  /** The keys of every item, item after item: item i's from itemStarts[i] to itemStarts[i + 1]. */
  private keys = new Int32Array(1024)
  private readonly itemStarts: number[] = [0]
  /** By key: the last item that added it, to leave duplicates out. */
  private readonly lastItem: Int32Array

  /**
   * An index of keys below `keyCount`; `isMarked` (by key, 1 or 0) picks the
   * keys that count toward `minMarked` (see candidatePairs).
   */
  constructor(
    private readonly keyCount: number,
    private readonly isMarked: Uint8Array = new Uint8Array(keyCount),
  ) {
    this.lastItem = new Int32Array(keyCount).fill(-1)
  }

  /**
   * Index `item` (an index: a small non-negative integer) under each of its
   * keys (duplicates ignored). Items come in increasing order, once each, so
   * that every posting list is in item order.
   */
  add(item: number, keys: ArrayLike<number>): void {
    const itemCount = this.itemStarts.length - 1
    if (item < itemCount) throw new Error(`InvertedIndex: item ${item} added after item ${itemCount - 1}`)
    let length = this.itemStarts[itemCount]
    // Items skipped hold no keys.
    for (let skipped = itemCount; skipped < item; skipped++) this.itemStarts.push(length)
    if (this.keys.length < length + keys.length) {
      const grown = new Int32Array(2 * (length + keys.length))
      grown.set(this.keys.subarray(0, length))
      this.keys = grown
    }
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]
      if (this.lastItem[key] === item) continue
      this.lastItem[key] = item
      this.keys[length++] = key
    }
    this.itemStarts.push(length)
  }

  /**
   * Visit the pairs `a < b` sharing at least as many keys as the smaller of
   * `minShared[a]` and `minShared[b]`, and at least `minMarked` marked keys
   * (common ones included), in order of `a` then `b`, with the number of keys
   * they share; pairs of one `group` (e.g. one source) are skipped. Per-item
   * numbers, not callbacks: at 1,000 articles a million partners were each
   * tested with two calls. Counts one item's partners at a time, so memory
   * stays proportional to the items, not to the pairs that share a single
   * key, and hands each pair over at once rather than in a list.
   */
  candidatePairs(
    options: {
      maxPostings: number
      minShared: Int32Array
      group: Int32Array
      minMarked?: number
    },
    visit: (a: number, b: number, shared: number) => void,
  ): void {
    const { maxPostings, minShared, group } = options
    const minMarked = options.minMarked ?? 0
    const itemCount = this.itemStarts.length - 1
    const { itemStarts, keys, isMarked } = this
    // The items holding each key, in item order, key after key: key k's from postingStarts[k] to postingStarts[k + 1].
    const postingStarts = new Int32Array(this.keyCount + 1)
    for (let at = 0; at < itemStarts[itemCount]; at++) postingStarts[keys[at] + 1]++
    for (let key = 0; key < this.keyCount; key++) postingStarts[key + 1] += postingStarts[key]
    const postings = new Int32Array(itemStarts[itemCount])
    // Postings are in item order and items are visited in order, so each key's
    // partners of `a` are the items after the key's cursor.
    const cursors = postingStarts.slice(0, this.keyCount)
    for (let item = 0; item < itemCount; item++) for (let at = itemStarts[item]; at < itemStarts[item + 1]; at++) postings[cursors[keys[at]]++] = item
    cursors.set(postingStarts.subarray(0, this.keyCount))
    const counts = new Int32Array(itemCount)
    const markedCounts = new Int32Array(itemCount)
    const partners = new Int32Array(itemCount)
    // Common marked keys are not walked: a pair short of marked rare keys counts its common ones,
    // item `a`'s stamped with a + 1, item `b`'s listed (an item holds few).
    const common =
      minMarked > 0 ? this.commonMarkedKeys(maxPostings, postingStarts) : { starts: new Int32Array(itemCount + 1), keys: new Int32Array(0) }
    const stampedBy = new Int32Array(this.keyCount)
    for (let a = 0; a < itemCount; a++) {
      let found = 0
      for (let keyAt = itemStarts[a]; keyAt < itemStarts[a + 1]; keyAt++) {
        const key = keys[keyAt]
        const next = ++cursors[key]
        const end = postingStarts[key + 1]
        if (end - postingStarts[key] > maxPostings) continue
        if (isMarked[key] === 1) {
          for (let index = next; index < end; index++) {
            const b = postings[index]
            markedCounts[b]++
            if (counts[b]++ === 0) partners[found++] = b
          }
        } else {
          for (let index = next; index < end; index++) if (counts[postings[index]]++ === 0) partners[found++] = postings[index]
        }
      }
      const needA = minShared[a]
      const groupA = group[a]
      const commonCountA = common.starts[a + 1] - common.starts[a]
      for (let at = common.starts[a]; at < common.starts[a + 1]; at++) stampedBy[common.keys[at]] = a + 1
      let kept = 0
      for (let index = 0; index < found; index++) {
        const b = partners[index]
        let isKept = counts[b] >= Math.min(needA, minShared[b]) && group[b] !== groupA
        if (isKept && markedCounts[b] < minMarked) {
          let marked = markedCounts[b]
          const from = common.starts[b]
          const to = common.starts[b + 1]
          // Neither shares more common keys than it holds.
          if (marked + Math.min(commonCountA, to - from) >= minMarked) {
            for (let at = from; at < to; at++) if (stampedBy[common.keys[at]] === a + 1) marked++
          }
          isKept = marked >= minMarked
        }
        if (isKept) partners[kept++] = b
        else counts[b] = 0
        markedCounts[b] = 0
      }
      const pairs = partners.subarray(0, kept).sort()
      for (let index = 0; index < kept; index++) {
        const b = pairs[index]
        visit(a, b, counts[b])
        counts[b] = 0
      }
    }
  }

  /** The marked keys held by more than `maxPostings` items, item after item: item i's run from starts[i] to starts[i + 1]. */
  private commonMarkedKeys(maxPostings: number, postingStarts: Int32Array): { starts: Int32Array; keys: Int32Array } {
    const itemCount = this.itemStarts.length - 1
    const starts = new Int32Array(itemCount + 1)
    const common: number[] = []
    for (let item = 0; item < itemCount; item++) {
      for (let at = this.itemStarts[item]; at < this.itemStarts[item + 1]; at++) {
        const key = this.keys[at]
        if (this.isMarked[key] === 1 && postingStarts[key + 1] - postingStarts[key] > maxPostings) common.push(key)
      }
      starts[item + 1] = common.length
    }
    return { starts, keys: Int32Array.from(common) }
  }
}

/** Disjoint sets over item indexes, for turning matched pairs into groups. */
export class UnionFind {
  private readonly parent: number[]

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index)
  }

  find(item: number): number {
    let root = item
    while (this.parent[root] !== root) root = this.parent[root]
    while (this.parent[item] !== root) {
      const next = this.parent[item]
      this.parent[item] = root
      item = next
    }
    return root
  }

  union(a: number, b: number): void {
    const rootA = this.find(a)
    const rootB = this.find(b)
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB)
  }

  /** The sets with more than one item, each sorted, in order of their first item. */
  sets(): number[][] {
    const byRoot = new Map<number, number[]>()
    for (let item = 0; item < this.parent.length; item++) {
      const root = this.find(item)
      const set = byRoot.get(root)
      if (set) set.push(item)
      else byRoot.set(root, [item])
    }
    return [...byRoot.values()].filter((set) => set.length > 1)
  }
}
