import { existsSync } from 'node:fs'

/**
 * `crosscheck quote .`: a first argument that names no file or folder but
 * reads as a command misspelt (`quote`, `Report`, `analyse`) is that
 * command, not a path. Read as a path it was a missing input among others:
 * the overview of the rest and exit 0, so a CI step with the typo never ran
 * the check and always passed. Returns the word and the command meant, if any.
 */
export function mistypedCommand(argv: readonly string[], commandNames: readonly string[]): { word: string; meant: string } | undefined {
  // The first word that is no option (`crosscheck --no-cache quote .`: the options before a command take no value).
  const first = argv.find((argument) => !argument.startsWith('-'))
  // (A path has a separator or an extension; a real command or file is what it says.)
  if (first === undefined || /[/\\.]/.test(first) || commandNames.includes(first) || existsSync(first)) return undefined
  const word = first.toLowerCase()
  let best: { name: string; distance: number } | undefined
  for (const name of commandNames) {
    const distance = editDistance(word, name)
    if (distance <= maxDistance(name) && (best === undefined || distance < best.distance)) best = { name, distance }
  }
  return best && { word: first, meant: best.name }
}

/** Edits a misspelling of `name` may be from it: one for names of up to five letters (`add`, `pairs`: `pages` is a folder), two for longer ones. */
function maxDistance(name: string): number {
  return name.length <= 5 ? 1 : 2
}

/** Levenshtein distance: insertions, deletions and substitutions of one character each. */
function editDistance(one: string, other: string): number {
  let previous = Array.from({ length: other.length + 1 }, (_, index) => index)
  for (let row = 1; row <= one.length; row++) {
    const current = [row]
    for (let column = 1; column <= other.length; column++) {
      const substitution = previous[column - 1] + (one[row - 1] === other[column - 1] ? 0 : 1)
      current.push(Math.min(previous[column] + 1, current[column - 1] + 1, substitution))
    }
    previous = current
  }
  return previous[other.length]
}
