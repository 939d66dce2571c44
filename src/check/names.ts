import { isSameOutlet } from '../quotes/cites.js'
import type { Source } from '../types.js'

const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'prof', 'rev'])

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    // `Taylor-Greene` is `Taylor Greene`.
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((word) => word.length > 0 && !honorifics.has(word.replace(/\.$/, '')))
}

/**
 * Whether a speaker is given by name (`Elizabeth Lauten`, `Lauten`), not by
 * a description (`The communications pro`, `a little-known congressman`),
 * which may be anyone's and is never held against a name.
 */
export function isNamedSpeaker(speaker: string): boolean {
  return /^\p{Lu}/u.test(speaker) && !/^(the|a|an|this|that|his|her|their|its|one|some)\s/i.test(speaker)
}

/**
 * Whether two speaker names can be the same person: one name's words are all
 * in the other (`GAGA` and `Lady Gaga`, `Cooper` and `Bradley Cooper`).
 */
export function isSameSpeaker(a: string, b: string): boolean {
  const wordsA = nameWords(a)
  const wordsB = nameWords(b)
  if (wordsA.length === 0 || wordsB.length === 0) return false
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, new Set(wordsB)] : [wordsB, new Set(wordsA)]
  return shorter.every((word) => longer.has(word))
}

/** `PEOPLE`, `People magazine` and `the People` all name one report. */
function reportKey(name: string): string {
  return nameWords(name)
    .filter((word) => word !== 'the' && word !== 'magazine')
    .join(' ')
}

/** `people.com` → `people`. */
function siteName(url: string): string | null {
  try {
    const labels = new URL(url).hostname.replace(/^www\./, '').split('.')
    return labels.length >= 2 ? labels[labels.length - 2] : null
  } catch {
    return null
  }
}

/** The input source that is the report `cited` names: by outlet, title, file name or site. */
export function findCitedSource(cited: string, sources: readonly Source[], except: string): Source | undefined {
  const key = reportKey(cited)
  if (key.length === 0) return undefined
  return sources.find((source) => {
    if (source.id === except) return false
    const names = [source.outlet, source.title, source.id, source.url === null ? null : siteName(source.url)]
    // (Or the same outlet by a name that only adds its medium: `BBC News` cited, `BBC` the input's outlet.)
    return names.some((name) => name !== null && reportKey(name) === key) || isSameOutlet(cited, source.outlet)
  })
}
