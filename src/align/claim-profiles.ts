import type { Token } from '../types.js'
import { isContent, scaledIdf, termKey } from './similarity-terms.js'

/**
 * A claim unit's terms as the claim rule (claim-rule.ts) reads them, term
 * keys (see `termKey`) numbered across all units, so that comparing two units
 * touches arrays of numbers, not maps of words.
 */
export interface ClaimProfile {
  tokens: readonly Token[]
  /** Distinct content keys in order of first use. */
  keys: Int32Array
  /** Per key: the token that first writes it, its IDF, and whether it is a name anywhere in the articles. */
  firstToken: Int32Array
  weights: Float64Array
  isName: Uint8Array
  /** Per key: whether it is a telling figure (see `isTellingFigure`). */
  isFigure: Uint8Array
  /** Per key: how many units of the unit's own source hold it (1 when no sources are given). */
  inSourceUnits: Int32Array
  /** Sum of `weights`, added up in order as a pair's shared weight is. */
  weight: number
  /** Content keys in order, repeats kept. */
  sequence: Int32Array
  /** Per token: its key number, content or not (number-frames.ts reads the words around numbers). */
  tokenKeys: Int32Array
}

export interface ClaimProfiles {
  profiles: ClaimProfile[]
  /** How many keys are numbered: every key number is below it. */
  keyCount: number
  /** By key number: 1 for a name (as a profile's `isName` says). */
  isNameKey: Uint8Array
}

/**
 * Profile the claim units given as token lists, in one pass per unit and
 * one term key per token. IDF counts each unit as a document; a word counts
 * as a name when a capital starts it inside a unit (not at its start) in any
 * of `nameUnits`, since a name opening a sentence is still a name. With
 * `sourceOf` (a number per unit), each key also counts the units of its own
 * source that hold it.
 *
 * Plain loops and typed scratch arrays rather than callbacks and growing
 * arrays: this runs once per token of every unit (~150k at 1,000 articles),
 * mostly before the compiler has caught up.
 */
export function profileClaims(
  units: readonly (readonly Token[])[],
  nameUnits: readonly (readonly Token[])[],
  sourceOf?: readonly number[],
): ClaimProfiles {
  // Per token of every unit, unit after unit (unit u's from starts[u] to starts[u + 1]):
  // the key number, and whether the token is content.
  const starts = new Int32Array(units.length + 1)
  for (let unit = 0; unit < units.length; unit++) starts[unit + 1] = starts[unit] + units[unit].length
  const tokenCount = starts[units.length]
  const tokenKeys = new Int32Array(tokenCount)
  const isContentToken = new Uint8Array(tokenCount)
  const numbers = new Map<string, number>()
  for (let unit = 0; unit < units.length; unit++) {
    const tokens = units[unit]
    for (let index = 0; index < tokens.length; index++) {
      const key = termKey(tokens[index])
      let number = numbers.get(key)
      if (number === undefined) numbers.set(key, (number = numbers.size))
      tokenKeys[starts[unit] + index] = number
      isContentToken[starts[unit] + index] = isContent(tokens[index]) ? 1 : 0
    }
  }
  const keyCount = numbers.size

  // Document frequencies: each key once per unit, marked with the unit's number.
  const frequencies = new Int32Array(keyCount)
  const seenIn = new Int32Array(keyCount).fill(-1)
  for (let unit = 0; unit < units.length; unit++) {
    for (let at = starts[unit]; at < starts[unit + 1]; at++) {
      if (seenIn[tokenKeys[at]] === unit) continue
      seenIn[tokenKeys[at]] = unit
      frequencies[tokenKeys[at]]++
    }
  }
  const idfs = new Float64Array(keyCount)
  for (let key = 0; key < keyCount; key++) idfs[key] = scaledIdf(frequencies[key], units.length)
  const isNameKey = new Uint8Array(keyCount)
  for (const tokens of nameUnits) {
    for (let index = 1; index < tokens.length; index++) {
      const key = isWrittenAsName(tokens[index]) ? numbers.get(termKey(tokens[index])) : undefined
      if (key !== undefined) isNameKey[key] = 1
    }
  }

  // Every profile's arrays are views of a few shared ones: no arrays of their own to allocate, fill and collect.
  // A unit has no more keys, nor content tokens, than tokens: its runs start where its tokens do.
  seenIn.fill(-1)
  const keys = new Int32Array(tokenCount)
  const firstToken = new Int32Array(tokenCount)
  const weights = new Float64Array(tokenCount)
  const isName = new Uint8Array(tokenCount)
  const isFigure = new Uint8Array(tokenCount)
  const inSourceUnits = new Int32Array(tokenCount).fill(1)
  const sequence = new Int32Array(tokenCount)
  const profiles: ClaimProfile[] = []
  for (let unit = 0; unit < units.length; unit++) {
    const start = starts[unit]
    let keyEnd = start
    let sequenceEnd = start
    let weight = 0
    for (let at = start; at < starts[unit + 1]; at++) {
      if (isContentToken[at] === 0) continue
      const key = tokenKeys[at]
      sequence[sequenceEnd++] = key
      if (seenIn[key] === unit) continue
      seenIn[key] = unit
      keys[keyEnd] = key
      firstToken[keyEnd] = at - start
      weights[keyEnd] = idfs[key]
      isName[keyEnd] = isNameKey[key]
      isFigure[keyEnd] = isTellingFigure(units[unit][at - start]) ? 1 : 0
      weight += weights[keyEnd++]
    }
    profiles.push({
      tokens: units[unit],
      keys: keys.subarray(start, keyEnd),
      firstToken: firstToken.subarray(start, keyEnd),
      weights: weights.subarray(start, keyEnd),
      isName: isName.subarray(start, keyEnd),
      isFigure: isFigure.subarray(start, keyEnd),
      inSourceUnits: inSourceUnits.subarray(start, keyEnd),
      weight,
      sequence: sequence.subarray(start, sequenceEnd),
      tokenKeys: tokenKeys.subarray(start, starts[unit + 1]),
    })
  }
  if (sourceOf) countInSources(profiles, sourceOf, keyCount)
  return { profiles, keyCount, isNameKey }
}

/** Fill each profile's `inSourceUnits`: source by source, a count per key in one shared array. */
function countInSources(profiles: readonly ClaimProfile[], sourceOf: readonly number[], keyCount: number): void {
  const unitsOf: number[][] = []
  for (let unit = 0; unit < profiles.length; unit++) (unitsOf[sourceOf[unit]] ??= []).push(unit)
  const counts = new Int32Array(keyCount)
  for (const units of unitsOf) {
    if (!units) continue
    for (const unit of units) for (const key of profiles[unit].keys) counts[key]++
    for (const unit of units) {
      const { keys, inSourceUnits } = profiles[unit]
      for (let index = 0; index < keys.length; index++) inSourceUnits[index] = counts[keys[index]]
    }
    for (const unit of units) for (const key of profiles[unit].keys) counts[key] = 0
  }
}

/** The word a key is shown as: lower case, numbers as written. */
export function displayWord(token: Token): string {
  return token.value === undefined ? token.normal : token.text.toLowerCase()
}

/**
 * A figure that two articles share by chance only rarely: 559,000, $550
 * billion, 2.34, 234 (in `passed 234-193`); not a small count (`two`, `12`)
 * nor a year (`2019`), which many sentences of one story share.
 */
export function isTellingFigure(token: Token): boolean {
  const { value } = token
  if (value === undefined) return false
  if (!Number.isInteger(value)) return true
  return Math.abs(value) >= 100 && !/^(1[89]|20)\d\d$/.test(token.text)
}

/** A capitalised word (`Cooper`, `NASA`), not a number nor the pronoun `I`. */
function isWrittenAsName(token: Token): boolean {
  if (token.value !== undefined || token.normal === 'i') return false
  // Most words start with a plain letter: no need for the Unicode expression.
  const code = token.text.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false
  return /^\p{Lu}/u.test(token.text)
}
