/**
 * Candidate pairs through an inverted index: items that share at least
 * `minShared` keys, where keys held by more than `maxPostings` items are too
 * common to say anything and are skipped. Never compares all pairs.
 */
export class InvertedIndex {
  private readonly postings = new Map<string, number[]>()

  /** Index `item` under each of its keys (duplicates ignored). */
  add(item: number, keys: Iterable<string>): void {
    for (const key of new Set(keys)) {
      const list = this.postings.get(key)
      if (list) list.push(item)
      else this.postings.set(key, [item])
    }
  }

  /** How many items hold `key`. */
  frequency(key: string): number {
    return this.postings.get(key)?.length ?? 0
  }

  /**
   * Pairs `[a, b]` with `a < b` sharing at least `minShared` keys, with the
   * number of keys they share; `accept` filters pairs (e.g. same source).
   */
  candidatePairs(options: {
    maxPostings: number
    minShared: (a: number, b: number) => number
    accept: (a: number, b: number) => boolean
  }): Array<[number, number, number]> {
    const shared = new Map<number, Map<number, number>>()
    for (const list of this.postings.values()) {
      if (list.length < 2 || list.length > options.maxPostings) continue
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = Math.min(list[i], list[j])
          const b = Math.max(list[i], list[j])
          if (!options.accept(a, b)) continue
          let row = shared.get(a)
          if (!row) shared.set(a, (row = new Map()))
          row.set(b, (row.get(b) ?? 0) + 1)
        }
      }
    }
    const pairs: Array<[number, number, number]> = []
    for (const [a, row] of shared) {
      for (const [b, count] of row) if (count >= options.minShared(a, b)) pairs.push([a, b, count])
    }
    return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1])
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
