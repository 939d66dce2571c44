import type { Token } from '../types.js'
import { isContent } from './similarity-terms.js'
import type { ClaimProfile } from './claim-profiles.js'

/** Words next to a number that two units must share to meet there: the index's key (written out in numberFramePairs). */
const frameWords = 3
/** A frame more units hold than this says nothing about which claim it is (`more than the`). */
const maxFramePostings = 40
/** What the words shared around the two numbers must hold: words in all, content words, content words that are not names. */
const minContextWords = 4
const minContextContent = 3
const minContextFacts = 1

/** Two units (by index) that say the same around a number and differ in the number. */
export interface NumberFramePair {
  a: number
  b: number
}

/** A number in a unit: its run of number tokens, `start` to `end` (exclusive). */
interface Figure {
  unit: number
  start: number
  end: number
}

/**
 * Pairs of units of different sources (`sourceOf`) that word a claim alike
 * and give it different numbers: `Pelosi has led House Democrats since 2002`
 * against `… since 2003, and that is what Ryan had argued is the problem`.
 * The claim rule misses such a pair when the number is the one content word
 * it does not share and the others are names; the differing number is what
 * a reader must see. Units meet through the three words right before or
 * right after a number (an index keyed by them, never all pairs; a frame
 * held by many units proposes nothing), and a pair stands when the words
 * they share next to the numbers, counted outwards on both sides up to a
 * mark, are at least four, three of them content words other than numbers
 * and one of those not a name (`isNameKey`, as the claim rule reads names).
 */
export function numberFramePairs(profiles: readonly ClaimProfile[], sourceOf: readonly number[], isNameKey: Uint8Array): NumberFramePair[] {
  const byFrame = new Map<string, Figure[]>()
  const file = (frame: string, figure: Figure) => {
    const figures = byFrame.get(frame)
    if (figures === undefined) byFrame.set(frame, [figure])
    else if (figures.length <= maxFramePostings) figures.push(figure)
  }
  profiles.forEach((profile, unit) => {
    const { tokens, tokenKeys } = profile
    let start = 0
    while (start < tokens.length) {
      if (tokens[start].value === undefined) {
        start++
        continue
      }
      let end = start + 1
      while (end < tokens.length && tokens[end].value !== undefined) end++
      const figure = { unit, start, end }
      if (start >= frameWords) file(`<${tokenKeys[start - 3]},${tokenKeys[start - 2]},${tokenKeys[start - 1]}`, figure)
      if (end + frameWords <= tokens.length) file(`>${tokenKeys[end]},${tokenKeys[end + 1]},${tokenKeys[end + 2]}`, figure)
      start = end
    }
  })

  const pairs: NumberFramePair[] = []
  const seen = new Set<number>()
  for (const figures of byFrame.values()) {
    if (figures.length < 2 || figures.length > maxFramePostings) continue
    for (let left = 0; left < figures.length; left++) {
      for (let right = left + 1; right < figures.length; right++) {
        const [a, b] = figures[left].unit < figures[right].unit ? [figures[left], figures[right]] : [figures[right], figures[left]]
        if (sourceOf[a.unit] === sourceOf[b.unit] || seen.has(a.unit * profiles.length + b.unit)) continue
        if (!isSameFrame(profiles[a.unit], a, profiles[b.unit], b, isNameKey)) continue
        seen.add(a.unit * profiles.length + b.unit)
        pairs.push({ a: a.unit, b: b.unit })
      }
    }
  }
  return pairs
}

/** The numbers differ, and the words next to them, the same in both, hold enough (see numberFramePairs). */
function isSameFrame(first: ClaimProfile, a: Figure, second: ClaimProfile, b: Figure, isNameKey: Uint8Array): boolean {
  const [left, right] = [first.tokenKeys, second.tokenKeys]
  if (isSameRun(left, a, right, b)) return false
  // The shared words run outwards from the numbers, `from` to the first number and after the last to `to`, within
  // the clause: never past a mark on either side (`in 2018, according to the Census Bureau` shares only `in`).
  const [mine, theirs] = [first.tokens, second.tokens]
  let from = a.start
  while (from > 0 && b.start - (a.start - from) > 0) {
    const other = b.start - (a.start - from)
    if (left[from - 1] !== right[other - 1] || !isPlainGap(mine, from - 1) || !isPlainGap(theirs, other - 1)) break
    from--
  }
  let to = a.end
  while (to < left.length && b.end + (to - a.end) < right.length) {
    const other = b.end + (to - a.end)
    if (left[to] !== right[other] || !isPlainGap(mine, to - 1) || !isPlainGap(theirs, other - 1)) break
    to++
  }
  let content = 0
  let facts = 0
  // Numbers around the one that differs are no frame (`all 50 Democrats`): words are.
  const count = (index: number) => {
    if (mine[index].value !== undefined || !isContent(mine[index])) return
    content++
    if (isNameKey[left[index]] === 0) facts++
  }
  for (let index = from; index < a.start; index++) count(index)
  for (let index = a.end; index < to; index++) count(index)
  return a.start - from + (to - a.end) >= minContextWords && content >= minContextContent && facts >= minContextFacts
}

/** The same number, key for key. */
function isSameRun(left: Int32Array, a: Figure, right: Int32Array, b: Figure): boolean {
  if (a.end - a.start !== b.end - b.start) return false
  for (let offset = 0; offset < a.end - a.start; offset++) if (left[a.start + offset] !== right[b.start + offset]) return false
  return true
}

/** Only a space between a token and the next: no comma, dash or full stop (offsets into one body). */
function isPlainGap(tokens: readonly Token[], index: number): boolean {
  return tokens[index + 1].start - tokens[index].end === 1
}
