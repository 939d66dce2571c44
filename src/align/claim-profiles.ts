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
  /** Sum of `weights`, added up in order as a pair's shared weight is. */
  weight: number
  /** Content keys in order, repeats kept. */
  sequence: Int32Array
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
 * of `nameUnits`, since a name opening a sentence is still a name.
 *
 * Plain loops and typed scratch arrays rather than callbacks and growing
 * arrays: this runs once per token of every unit (~150k at 1,000 articles),
 * mostly before the compiler has caught up.
 */
export function profileClaims(units: readonly (readonly Token[])[], nameUnits: readonly (readonly Token[])[]): ClaimProfiles {
  // Per unit and token: the key number, and whether the token is content.
  const numbers = new Map<string, number>()
  const keysOf: Int32Array[] = []
  const isContentOf: Uint8Array[] = []
  let longest = 0
  for (const tokens of units) {
    const keys = new Int32Array(tokens.length)
    const contents = new Uint8Array(tokens.length)
    for (let index = 0; index < tokens.length; index++) {
      const key = termKey(tokens[index])
      let number = numbers.get(key)
      if (number === undefined) numbers.set(key, (number = numbers.size))
      keys[index] = number
      contents[index] = isContent(tokens[index]) ? 1 : 0
    }
    keysOf.push(keys)
    isContentOf.push(contents)
    longest = Math.max(longest, tokens.length)
  }
  const keyCount = numbers.size

  // Document frequencies: each key once per unit, marked with the unit's number.
  const frequencies = new Int32Array(keyCount)
  const seenIn = new Int32Array(keyCount).fill(-1)
  for (let unit = 0; unit < keysOf.length; unit++) {
    const keys = keysOf[unit]
    for (let index = 0; index < keys.length; index++) {
      if (seenIn[keys[index]] === unit) continue
      seenIn[keys[index]] = unit
      frequencies[keys[index]]++
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

  seenIn.fill(-1)
  const keys = new Int32Array(longest)
  const firstToken = new Int32Array(longest)
  const sequence = new Int32Array(longest)
  const profiles: ClaimProfile[] = []
  for (let unit = 0; unit < units.length; unit++) {
    const unitKeys = keysOf[unit]
    const contents = isContentOf[unit]
    let keyLength = 0
    let sequenceLength = 0
    for (let index = 0; index < unitKeys.length; index++) {
      if (contents[index] === 0) continue
      const key = unitKeys[index]
      sequence[sequenceLength++] = key
      if (seenIn[key] === unit) continue
      seenIn[key] = unit
      keys[keyLength] = key
      firstToken[keyLength++] = index
    }
    const weights = new Float64Array(keyLength)
    const isName = new Uint8Array(keyLength)
    let weight = 0
    for (let index = 0; index < keyLength; index++) {
      weights[index] = idfs[keys[index]]
      isName[index] = isNameKey[keys[index]]
      weight += weights[index]
    }
    profiles.push({
      tokens: units[unit],
      keys: keys.slice(0, keyLength),
      firstToken: firstToken.slice(0, keyLength),
      weights,
      isName,
      weight,
      sequence: sequence.slice(0, sequenceLength),
    })
  }
  return { profiles, keyCount, isNameKey }
}

/** The word a key is shown as: lower case, numbers as written. */
export function displayWord(token: Token): string {
  return token.value === undefined ? token.normal : token.text.toLowerCase()
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
