/**
 * Candidate pairs through an inverted index: items of different groups that
 * share enough keys (each item says how many it needs), where keys held by
 * more than `maxPostings` items are too common to say anything and are
 * skipped. Never compares all pairs.
 */
export class InvertedIndex<Key = string> {
  /** Each key's number, and the items holding it by key number: numbers keep the counting loop off strings and maps. */
  private readonly keyIds = new Map<Key, number>()
  private readonly postings: number[][] = []
  private readonly keysOf: number[][] = []
  /** By key number: 1 when the key counts toward `minMarked` (see candidatePairs). */
  private readonly isMarked: number[] = []

  /** `isMarked` picks the keys that count toward `minMarked`, asked once per distinct key. */
  constructor(private readonly isMarkedKey: (key: Key) => boolean = () => false) {}

  /**
   * Index `item` (an index: a small non-negative integer) under each of its
   * keys (duplicates ignored). Items come in increasing order, once each, so
   * that every posting list is in item order.
   */
  add(item: number, keys: ArrayLike<Key>): void {
    if (item < this.keysOf.length) throw new Error(`InvertedIndex: item ${item} added after item ${this.keysOf.length - 1}`)
    const own: number[] = (this.keysOf[item] = [])
    // Indexed, not for…of: each step of an iterator is an object until the compiler has caught up.
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]
      let id = this.keyIds.get(key)
      if (id === undefined) {
        id = this.postings.length
        this.keyIds.set(key, id)
        this.postings.push([])
        this.isMarked.push(this.isMarkedKey(key) ? 1 : 0)
      }
      const list = this.postings[id]
      if (list[list.length - 1] === item) continue
      list.push(item)
      own.push(id)
    }
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
    const itemCount = this.keysOf.length
    const counts = new Int32Array(itemCount)
    const markedCounts = new Int32Array(itemCount)
    // Postings are in item order and items are visited in order, so each key's
    // partners of `a` are the items after the key's cursor.
    const cursors = new Int32Array(this.postings.length)
    const partners = new Int32Array(itemCount)
    // Common marked keys are not walked: a pair short of marked rare keys counts its common ones,
    // item `a`'s stamped with a + 1, item `b`'s listed (an item holds few).
    const common = minMarked > 0 ? this.commonMarkedKeys(maxPostings) : { starts: new Int32Array(itemCount + 1), keys: new Int32Array(0) }
    const stampedBy = new Int32Array(this.postings.length)
    for (let a = 0; a < itemCount; a++) {
      const keys = this.keysOf[a]
      if (keys === undefined) continue
      let found = 0
      for (let keyIndex = 0; keyIndex < keys.length; keyIndex++) {
        const key = keys[keyIndex]
        const list = this.postings[key]
        const next = ++cursors[key]
        if (list.length > maxPostings) continue
        if (this.isMarked[key] === 1) {
          for (let index = next; index < list.length; index++) {
            const b = list[index]
            markedCounts[b]++
            if (counts[b]++ === 0) partners[found++] = b
          }
        } else {
          for (let index = next; index < list.length; index++) if (counts[list[index]]++ === 0) partners[found++] = list[index]
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
  private commonMarkedKeys(maxPostings: number): { starts: Int32Array; keys: Int32Array } {
    const starts = new Int32Array(this.keysOf.length + 1)
    const keys: number[] = []
    for (let item = 0; item < this.keysOf.length; item++) {
      const own = this.keysOf[item] ?? []
      for (let index = 0; index < own.length; index++) {
        if (this.isMarked[own[index]] === 1 && this.postings[own[index]].length > maxPostings) keys.push(own[index])
      }
      starts[item + 1] = keys.length
    }
    return { starts, keys: Int32Array.from(keys) }
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
