import type { Group } from './types.js'

/**
 * The sources of a group whose account conflicts with another's: those a
 * conflict names, and the reference's own source when no other source backs
 * it. In a two-way split (`since 2002` / `since 2003`), or when every other
 * source disagrees with the reference, the reference is one side of the
 * conflict, not the account the others got wrong.
 */
export function sourcesInConflict(group: Group): ReadonlySet<string> {
  // (Asked once per cell of a coverage matrix: sources × groups.)
  let sides = sidesByGroup.get(group)
  if (sides === undefined) sidesByGroup.set(group, (sides = conflictSides(group)))
  return sides
}

const sidesByGroup = new WeakMap<Group, Set<string>>()

function conflictSides(group: Group): Set<string> {
  const named = new Set(group.differences.flatMap((difference) => (difference.level === 'conflict' ? difference.sources : [])))
  if (named.size === 0) return named
  const referenceSource = group.members[group.reference].source
  const isBacked = group.members.some((member) => member.source !== referenceSource && !named.has(member.source))
  if (!isBacked) named.add(referenceSource)
  return named
}
