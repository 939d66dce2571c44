/**
 * Candidate pairs through an inverted index: items that share at least
 * `minShared` keys, where keys held by more than `maxPostings` items are too
 * common to say anything and are skipped. Never compares all pairs.
 */
export class InvertedIndex {
  private readonly postings = new Map<string, number[]>()
  private readonly keysOf = new Map<number, string[]>()

  /** Index `item` (an index: a small non-negative integer) under each of its keys (duplicates ignored). */
  add(item: number, keys: Iterable<string>): void {
    const unique = [...new Set(keys)]
    for (const key of unique) {
      const list = this.postings.get(key)
      if (list) list.push(item)
      else this.postings.set(key, [item])
    }
    this.keysOf.set(item, [...(this.keysOf.get(item) ?? []), ...unique])
  }

  /** How many items hold `key`. */
  frequency(key: string): number {
    return this.postings.get(key)?.length ?? 0
  }

  /**
   * Pairs `[a, b]` with `a < b` sharing at least `minShared` keys, with the
   * number of keys they share; `accept` filters pairs (e.g. same source).
   * Counts one item's partners at a time, so memory stays proportional to
   * the items, not to the pairs that share a single key.
   */
  candidatePairs(options: {
    maxPostings: number
    minShared: (a: number, b: number) => number
    accept: (a: number, b: number) => boolean
  }): Array<[number, number, number]> {
    const items = [...this.keysOf.keys()].sort((x, y) => x - y)
    const counts = new Int32Array(items.length > 0 ? items[items.length - 1] + 1 : 0)
    const partners: number[] = []
    const pairs: Array<[number, number, number]> = []
    for (const a of items) {
      for (const key of this.keysOf.get(a)!) {
        const list = this.postings.get(key)!
        if (list.length < 2 || list.length > options.maxPostings) continue
        for (const b of list) {
          if (b <= a || !options.accept(a, b)) continue
          if (counts[b]++ === 0) partners.push(b)
        }
      }
      partners.sort((x, y) => x - y)
      for (const b of partners) {
        if (counts[b] >= options.minShared(a, b)) pairs.push([a, b, counts[b]])
        counts[b] = 0
      }
      partners.length = 0
    }
    return pairs
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
