import { isFormOf } from './names.js'

/**
 * One name per person across articles: each name maps to the fullest form
 * any article uses that contains its words in order (`Gaga` → `Lady Gaga`,
 * `Cooper` → `Bradley Cooper`). When two full forms fit equally well, the
 * one named more often wins. Descriptions (`the campaign`) stay as they are.
 */
export function canonicalNames(names: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>()
  for (const name of names) if (isProperName(name)) counts.set(name, (counts.get(name) ?? 0) + 1)
  const forms = [...counts.keys()].map((name) => ({ name, key: keyOf(name), count: counts.get(name)! }))

  const result = new Map<string, string>()
  for (const form of forms) {
    let best = form
    for (const other of forms) {
      if (!isFormOf(form.key, other.key)) continue
      if (other.key.length > best.key.length || (other.key.length === best.key.length && other.count > best.count)) best = other
    }
    result.set(form.name, best.name)
  }
  return result
}

function isProperName(name: string): boolean {
  return /^\p{Lu}/u.test(name)
}

function keyOf(name: string): string[] {
  return name.toLowerCase().replace(/\u2019/g, "'").split(/\s+/)
}
