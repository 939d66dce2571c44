/**
 * Items by their source id, in the order given: the alignment's and the
 * report's lookups per source (a module of its own, so that the report
 * loads nothing of the engine for it).
 */
export function groupBySource<T extends { source: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const list = map.get(item.source)
    if (list) list.push(item)
    else map.set(item.source, [item])
  }
  return map
}
