import { UnionFind } from './inverted-index.js'

/** Two items the claim rule matched, with the rule's score. */
export interface Link {
  a: number
  b: number
  score: number
  /** Telling figures the two share, and how much their shared words point at them (see ClaimMatch). */
  figures: number
  pinpoint: number
}

/** Share of the pairs across two clusters (of different sources) that must be matched for them to join. */
const minLinkedShare = 0.5

/**
 * Join items into clusters along `links`, strongest first, without chaining:
 * two clusters join only when at least half of the pairs across them (pairs
 * of different sources: one source's passages are never compared) are in
 * `matched`. Each link alone is a mutual best match, but across hundreds of
 * near-copies such links chain unrelated claims into one group (sentence A
 * matches B, B matches C, …); a group whose members mostly match one another
 * says one thing. Clusters of two or three members join exactly as plain
 * union-find would: one link is half of the pairs.
 */
export function clusterLinks(sourceOf: readonly number[], links: readonly Link[], matched: readonly Link[]): UnionFind {
  const neighbours: number[][] = sourceOf.map(() => [])
  for (const { a, b } of matched) {
    neighbours[a].push(b)
    neighbours[b].push(a)
  }
  const union = new UnionFind(sourceOf.length)
  // Per cluster root: its members and how many come from each source (singletons made on demand).
  const members = new Map<number, number[]>()
  const sourceCounts = new Map<number, Map<number, number>>()
  const membersOf = (root: number) => members.get(root) ?? members.set(root, [root]).get(root)!
  const countsOf = (root: number) => sourceCounts.get(root) ?? sourceCounts.set(root, new Map([[sourceOf[root], 1]])).get(root)!

  const strongestFirst = links.map((link, order) => ({ link, order })).sort((x, y) => y.link.score - x.link.score || x.order - y.order)
  for (const { link } of strongestFirst) {
    const rootA = union.find(link.a)
    const rootB = union.find(link.b)
    if (rootA === rootB) continue
    const [small, large] = membersOf(rootA).length <= membersOf(rootB).length ? [rootA, rootB] : [rootB, rootA]
    const smallMembers = membersOf(small)
    const largeMembers = membersOf(large)
    const largeCounts = countsOf(large)
    let pairs = smallMembers.length * largeMembers.length
    let linked = 0
    // Indexed loops: an iterator's steps are objects until the compiler has caught up, and clusters grow to hundreds.
    for (let member = 0; member < smallMembers.length; member++) {
      const item = smallMembers[member]
      pairs -= largeCounts.get(sourceOf[item]) ?? 0
      const itemNeighbours = neighbours[item]
      for (let index = 0; index < itemNeighbours.length; index++) if (union.find(itemNeighbours[index]) === large) linked++
    }
    if (linked < minLinkedShare * pairs) continue

    // The smaller cluster's lists join the larger's, under whichever root union-find keeps.
    union.union(rootA, rootB)
    for (const item of smallMembers) largeMembers.push(item)
    for (const [source, count] of countsOf(small)) largeCounts.set(source, (largeCounts.get(source) ?? 0) + count)
    members.delete(small)
    sourceCounts.delete(small)
    members.delete(large)
    sourceCounts.delete(large)
    const root = union.find(rootA)
    members.set(root, largeMembers)
    sourceCounts.set(root, largeCounts)
  }
  return union
}
