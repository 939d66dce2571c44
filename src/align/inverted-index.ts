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
      }
      const list = this.postings[id]
      if (list[list.length - 1] === item) continue
      list.push(item)
      own.push(id)
    }
  }

  /**
   * Visit the pairs `a < b` sharing at least as many keys as the smaller of
   * `minShared[a]` and `minShared[b]`, in order of `a` then `b`, with the
   * number of keys they share; pairs of one `group` (e.g. one source) are
   * skipped. Per-item numbers, not callbacks: at 1,000 articles a million
   * partners were each tested with two calls. Counts one item's partners at
   * a time, so memory stays proportional to the items, not to the pairs that
   * share a single key, and hands each pair over at once rather than in a list.
   */
  candidatePairs(
    options: {
      maxPostings: number
      minShared: Int32Array
      group: Int32Array
    },
    visit: (a: number, b: number, shared: number) => void,
  ): void {
    const { maxPostings, minShared, group } = options
    const itemCount = this.keysOf.length
    const counts = new Int32Array(itemCount)
    // Postings are in item order and items are visited in order, so each key's
    // partners of `a` are the items after the key's cursor.
    const cursors = new Int32Array(this.postings.length)
    const partners = new Int32Array(itemCount)
    for (let a = 0; a < itemCount; a++) {
      const keys = this.keysOf[a]
      if (keys === undefined) continue
      let found = 0
      for (let keyIndex = 0; keyIndex < keys.length; keyIndex++) {
        const key = keys[keyIndex]
        const list = this.postings[key]
        const next = ++cursors[key]
        if (list.length > maxPostings) continue
        for (let index = next; index < list.length; index++) if (counts[list[index]]++ === 0) partners[found++] = list[index]
      }
      const needA = minShared[a]
      const groupA = group[a]
      let kept = 0
      for (let index = 0; index < found; index++) {
        const b = partners[index]
        if (counts[b] >= Math.min(needA, minShared[b]) && group[b] !== groupA) partners[kept++] = b
        else counts[b] = 0
      }
      const pairs = partners.subarray(0, kept).sort()
      for (let index = 0; index < kept; index++) {
        const b = pairs[index]
        visit(a, b, counts[b])
        counts[b] = 0
      }
    }
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
