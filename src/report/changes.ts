import type { Code, Paragraph, PhrasingContent } from 'mdast'
import type { Difference, Group, WordChange } from '../types.js'
import { oneLine, paragraph, strong, text } from './nodes.js'

type Kind = WordChange['kind']

interface Segment {
  kind: Kind
  text: string
}

/** Above this share of changed words an inline diff is mostly markup: show the two lines instead. */
const inlineLimit = 0.5

/**
 * The changes as running text: removed words struck through, added words
 * in bold. Accepts both word tokens (`so`, `fucking`) and jsdiff-style runs
 * that carry their own spaces (`I’m so `, `fucking`).
 */
export function changesToPhrasing(changes: readonly WordChange[]): PhrasingContent[] {
  const segments = mergeSegments(spaced(changes))
  trimEnds(segments)
  return segments.map((segment): PhrasingContent => {
    if (segment.kind === 'same') return text(segment.text)
    return segment.kind === 'removed' ? { type: 'delete', children: [text(segment.text)] } : strong(text(segment.text))
  })
}

/** An inline diff when few words change, else a `diff` code block: reference `-`, other wording `+`. */
export function renderChanges(changes: readonly WordChange[]): Paragraph | Code {
  if (changedShare(changes) <= inlineLimit) return paragraph(...changesToPhrasing(changes))
  return { type: 'code', lang: 'diff', value: `- ${sideText(changes, 'removed')}\n+ ${sideText(changes, 'added')}` }
}

/** Share of words that are not kept, counting both sides. */
export function changedShare(changes: readonly WordChange[]): number {
  let changed = 0
  let all = 0
  for (const change of changes) {
    const words = change.text.split(/\s+/).filter(Boolean).length
    all += words
    if (change.kind !== 'same') changed += words
  }
  return all === 0 ? 0 : changed / all
}

/** One side of the diff as plain text: `removed` gives the reference, `added` the other wording. */
export function sideText(changes: readonly WordChange[], side: 'removed' | 'added'): string {
  return oneLine(
    spaced(changes)
      .filter((segment) => segment.kind === 'same' || segment.kind === side)
      .map((segment) => segment.text)
      .join(''),
  )
}

/**
 * The word changes to show for one member: those of the difference naming
 * its source that changes the most words (a cosmetic difference may carry
 * a diff too, but the wording or conflict one says more).
 */
export function memberChanges(group: Group, memberIndex: number): WordChange[] | undefined {
  if (memberIndex === group.reference) return undefined
  const source = group.members[memberIndex].source
  const candidates = group.differences.filter(
    (difference): difference is Difference & { changes: WordChange[] } =>
      difference.changes !== undefined && difference.changes.some((change) => change.kind !== 'same') && difference.sources.includes(source),
  )
  candidates.sort((a, b) => changedShare(b.changes) - changedShare(a.changes))
  return candidates[0]?.changes
}

/** No space before the first word or after the last; an emptied run is dropped. */
function trimEnds(segments: Segment[]): void {
  const first = segments[0]
  if (first?.kind === 'same') first.text = first.text.trimStart()
  const last = segments[segments.length - 1]
  if (last?.kind === 'same') last.text = last.text.trimEnd()
  for (let index = segments.length - 1; index >= 0; index--) if (segments[index].text === '') segments.splice(index, 1)
}

const noSpaceBefore = /^[.,!?;:…)\]}”’»]/u
const noSpaceAfter = /[([{“‘«]$/u

/** Segments with the spaces between words made explicit. */
function spaced(changes: readonly WordChange[]): Segment[] {
  const carriesSpaces = changes.some((change) => /^\s|\s$/.test(change.text))
  if (carriesSpaces) return changes.map(({ kind, text }) => ({ kind, text }))
  const segments: Segment[] = []
  let previous: string | undefined
  for (const change of changes) {
    if (previous !== undefined && !noSpaceBefore.test(change.text) && !noSpaceAfter.test(previous)) {
      segments.push({ kind: 'same', text: ' ' })
    }
    segments.push({ kind: change.kind, text: change.text })
    previous = change.text
  }
  return segments
}

/**
 * Adjacent runs of a kind merged; spaces at the edges of a removed or added
 * run moved outside it (`~~word ~~` would not parse as strikethrough); a
 * space put between a removal and the addition that replaces it.
 */
function mergeSegments(segments: readonly Segment[]): Segment[] {
  const result: Segment[] = []
  const push = (segment: Segment) => {
    if (segment.text === '') return
    const last = result[result.length - 1]
    if (last !== undefined && last.kind === segment.kind) last.text += segment.text
    else result.push({ ...segment })
  }
  for (const segment of segments) {
    const value = segment.text.replace(/\s+/g, ' ')
    if (segment.kind === 'same') {
      push({ kind: 'same', text: value })
      continue
    }
    if (value.trim() === '') {
      if (segment.kind === 'added') push({ kind: 'same', text: value })
      continue
    }
    const leading = /^\s+/.exec(value)?.[0] ?? ''
    const trailing = /\s+$/.exec(value)?.[0] ?? ''
    const last = result[result.length - 1]
    if (leading === '' && last !== undefined && last.kind !== 'same' && last.kind !== segment.kind) push({ kind: 'same', text: ' ' })
    push({ kind: 'same', text: leading })
    push({ kind: segment.kind, text: value.trim() })
    push({ kind: 'same', text: trailing })
  }
  return result
}
