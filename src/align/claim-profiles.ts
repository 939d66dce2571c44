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
}

/**
 * Profile the claim units given as token lists, in one pass per unit and
 * one term key per token. IDF counts each unit as a document; a word counts
 * as a name when a capital starts it inside a unit (not at its start) in any
 * of `nameUnits`, since a name opening a sentence is still a name.
 */
export function profileClaims(units: readonly (readonly Token[])[], nameUnits: readonly (readonly Token[])[]): ClaimProfiles {
  const numbers = new Map<string, number>()
  const keysOf = units.map((tokens) => {
    const keys = new Int32Array(tokens.length)
    tokens.forEach((token, index) => {
      const key = termKey(token)
      let number = numbers.get(key)
      if (number === undefined) numbers.set(key, (number = numbers.size))
      keys[index] = number
    })
    return keys
  })
  const keyCount = numbers.size

  // Document frequencies: each key once per unit, marked with the unit's number.
  const frequencies = new Int32Array(keyCount)
  const seenIn = new Int32Array(keyCount).fill(-1)
  keysOf.forEach((keys, unit) => {
    for (const key of keys) {
      if (seenIn[key] === unit) continue
      seenIn[key] = unit
      frequencies[key]++
    }
  })
  const isNameKey = new Uint8Array(keyCount)
  for (const tokens of nameUnits) {
    tokens.forEach((token, index) => {
      const key = index > 0 && isWrittenAsName(token) ? numbers.get(termKey(token)) : undefined
      if (key !== undefined) isNameKey[key] = 1
    })
  }

  seenIn.fill(-1)
  const profiles = units.map((tokens, unit) => {
    const keys: number[] = []
    const firstToken: number[] = []
    const sequence: number[] = []
    tokens.forEach((token, index) => {
      if (!isContent(token)) return
      const key = keysOf[unit][index]
      sequence.push(key)
      if (seenIn[key] === unit) return
      seenIn[key] = unit
      keys.push(key)
      firstToken.push(index)
    })
    const weights = new Float64Array(keys.length)
    const isName = new Uint8Array(keys.length)
    let weight = 0
    keys.forEach((key, index) => {
      weights[index] = scaledIdf(frequencies[key], units.length)
      isName[index] = isNameKey[key]
      weight += weights[index]
    })
    return {
      tokens,
      keys: Int32Array.from(keys),
      firstToken: Int32Array.from(firstToken),
      weights,
      isName,
      weight,
      sequence: Int32Array.from(sequence),
    }
  })
  return { profiles, keyCount }
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
