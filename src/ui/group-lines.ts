import type { Group, GroupMember } from '../types.js'
import { isOtherSpeaker, isReferencePart, memberCites, memberSpeaker, referenceMember, sourceCount, type AnalysisIndex, type ListItem, type SingleSourceItem } from './analysis-index.js'
import { fit, lineWidth, textWidth, truncate, truncateLine, wrapSpans, type Line, type Span } from './lines.js'
import { levelMarker, levelTone, verdictMarker, verdictTone, type Tone } from './theme.js'
import { diffAgainstReference } from './word-diff.js'
import { isAccordingToVerb } from '../quotes/verbs.js'

const verdictWidth = 13

/** One row of the groups list: verdict, short text, which sources carry it. */
export function listRow(item: ListItem, index: AnalysisIndex, width: number, isSelected: boolean): Line {
  const carriers = item.kind === 'group' ? new Set(item.group.members.map((member) => member.source)) : new Set([item.single.source])
  const sourcesColumn = carriersText(carriers, index)
  const textColumnWidth = Math.max(8, width - 2 - verdictWidth - textWidth(sourcesColumn) - 2)
  const spans: Span[] = [{ text: isSelected ? '› ' : '  ', tone: 'accent' }]
  if (item.kind === 'group') {
    const { group } = item
    spans.push({ text: fit(`${verdictMarker[group.verdict]} ${group.verdict}`, verdictWidth), tone: verdictTone[group.verdict] })
    spans.push(...shortText(group, index, textColumnWidth))
  } else {
    spans.push({ text: fit(item.single.quote ? '· lone quote' : '· unique', verdictWidth), tone: 'unique' })
    spans.push(...singleSourceText(item.single, textColumnWidth))
  }
  spans.push({ text: '  ' + sourcesColumn, tone: 'muted' })
  const row = truncateLine(spans, width)
  return isSelected ? row.map((span) => ({ ...span, tone: span.tone === 'accent' ? 'accent' : 'selected' })) : row
}

/** Which sources carry a row: their keys in a fixed column each, or a count when there are too many. */
function carriersText(carriers: ReadonlySet<string>, index: AnalysisIndex): string {
  const keys = [...index.keys]
  const all = keys.map(([, key]) => key).join(' ')
  if (textWidth(all) <= 20) return keys.map(([id, key]) => (carriers.has(id) ? key : ' '.repeat(textWidth(key)))).join(' ')
  return fit(`${carriers.size}/${keys.length} src`, 9)
}

/** The reference wording in one line, quoted for quotes, with the speaker. */
function shortText(group: Group, index: AnalysisIndex, width: number): Span[] {
  const member = referenceMember(group)
  const speaker = group.kind === 'quote' ? memberSpeaker(member, index.quotesById) : null
  const text = group.kind === 'quote' ? `“${oneLine(member.text)}”` : oneLine(member.text)
  return wordingWithSpeaker(text, speaker, width)
}

/** A claim only one source makes as it reads; a quote in no group quoted, with its speaker. */
export function singleSourceText(single: SingleSourceItem, width: number): Span[] {
  if (!single.quote) return [{ text: fit(oneLine(single.text), width) }]
  return wordingWithSpeaker(`“${oneLine(single.text)}”`, single.quote.speaker, width)
}

function wordingWithSpeaker(text: string, speaker: string | null, width: number): Span[] {
  const speakerText = speaker ? ` ${speaker}` : ''
  const wordingWidth = textWidth(text)
  if (wordingWidth + textWidth(speakerText) <= width) return [{ text }, { text: fit(speakerText, width - wordingWidth), tone: 'muted' }]
  return [{ text: fit(text, width) }]
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export interface DetailLayout {
  lines: Line[]
  /** First and last line of each member's block, to keep the selected one in view. */
  blocks: Array<{ start: number; end: number }>
}

/**
 * The group detail: why it was formed and how its members differ, then each
 * source's wording with the words that differ from the reference marked:
 * `[x]` in place of the reference's words, `[+x]` added, `[-x]` left out
 * (shown only when the member keeps most of the reference's words).
 * Members stand side by side when each gets at least 50 columns.
 */
export function detailLines(group: Group, index: AnalysisIndex, width: number, selectedMember: number): DetailLayout {
  const lines: Line[] = [...summaryLines(group, index, width), []]
  const columns = group.members.length
  const isSideBySide = columns > 1 && columns <= 4 && Math.floor((width - 3 * (columns - 1)) / columns) >= 50
  if (isSideBySide) {
    const columnWidth = Math.floor((width - 3 * (columns - 1)) / columns)
    const blocks = group.members.map((member, position) => memberLines(group, member, position, index, columnWidth, position === selectedMember))
    const height = Math.max(...blocks.map((block) => block.length))
    const start = lines.length
    for (let row = 0; row < height; row++) {
      const line: Span[] = []
      blocks.forEach((block, position) => {
        const cell = block[row] ?? []
        line.push(...cell, { text: ' '.repeat(Math.max(0, columnWidth - lineWidth(cell))) })
        if (position < columns - 1) line.push({ text: ' │ ', tone: 'muted' })
      })
      lines.push(line)
    }
    return { lines, blocks: group.members.map(() => ({ start, end: start + height - 1 })) }
  }
  const blocks: DetailLayout['blocks'] = []
  group.members.forEach((member, position) => {
    const start = lines.length
    lines.push(...memberLines(group, member, position, index, width, position === selectedMember))
    blocks.push({ start, end: lines.length - 1 })
  })
  return { lines, blocks }
}

const differenceIndent = '    '
const maxDifferenceLines = 2

function summaryLines(group: Group, index: AnalysisIndex, width: number): Line[] {
  const lines: Line[] = []
  const sources = sourceCount(group)
  lines.push([
    { text: `${verdictMarker[group.verdict]} ${group.verdict}`, tone: verdictTone[group.verdict] },
    { text: ` · ${group.kind} · ${sources} sources · ${group.id}`, tone: 'muted' },
  ])
  lines.push(...wrapSpans([{ text: 'why: ', tone: 'heading' }, { text: group.why }], width, '     '))
  // (The quote these passages print is a group of its own: one remark, not two findings.)
  const quoted = index.quotedInClaims.get(group.id)
  if (quoted) lines.push(...wrapSpans([{ text: 'quotes: ', tone: 'heading' }, { text: `the quote of ${quoted.map((quote) => quote.id).join(', ')}, compared there word by word` }], width, '        '))
  for (const difference of group.differences) {
    const who = difference.sources.map((id) => index.keys.get(id) ?? id).join(' ')
    const label = `${levelMarker[difference.level]} ${difference.type}`
    const whoText = who ? ` (${who})` : ''
    // Two lines at most: a quote split in two leaves out a long passage per half, and the passages below show every
    // changed word anyway; longer details pushed them off the screen. (Lines break at spaces, so the detail is cut
    // shorter until the whole fits.)
    const wrapped = (room: number) =>
      wrapSpans(
        [
          { text: label, tone: levelTone[difference.level] },
          { text: ` ${truncate(difference.detail, room)}` },
          { text: whoText, tone: 'muted' },
        ],
        width,
        differenceIndent,
      )
    let room = maxDifferenceLines * width - differenceIndent.length - label.length - whoText.length
    let differenceLines = wrapped(room)
    while (differenceLines.length > maxDifferenceLines && room > 1) differenceLines = wrapped((room = Math.max(1, room - 8)))
    lines.push(...differenceLines)
  }
  const { provenance } = group
  const origin = provenance.singleOrigin
  if (origin) {
    // Members that do not cite the report are its own outlet's article among the sources.
    const own = [...new Set(group.members.filter((member) => member.cites !== origin).map((member) => index.keys.get(member.source) ?? member.source))]
    const tellers = own.length === 0 ? 'all relay' : `${own.join(', ')} ${own.length === 1 ? 'is' : 'are'} its own article, the others relay`
    lines.push(...wrapSpans([{ text: 'origin: ', tone: 'heading' }, { text: `${tellers} ${origin}: one report, not independent confirmation` }], width, '     '))
  }
  for (const copy of provenance.sharedCopy) {
    const [a, b] = copy.sources.map((id) => index.keys.get(id) ?? id)
    lines.push([{ text: 'shared copy: ', tone: 'heading' }, { text: `${a} ≈ ${b} (${Math.round(copy.similarity * 100)}% alike)` }])
  }
  lines.push([{ text: truncate('[x] differs from the reference wording  [+x] added  [-x] left out', width), tone: 'muted' }])
  return lines
}

/** A member's heading (source, speaker, cited report) and its wording against the reference. */
function memberLines(group: Group, member: GroupMember, position: number, index: AnalysisIndex, width: number, isSelected: boolean): Line[] {
  const reference = referenceMember(group)
  const isReference = isReferencePart(group, position)
  const source = index.sourcesById.get(member.source)
  const key = index.keys.get(member.source) ?? member.source
  const label = index.labels.get(member.source)
  const speaker = memberSpeaker(member, index.quotesById)
  const referenceSpeaker = memberSpeaker(reference, index.quotesById)
  const verb = member.quote ? index.quotesById.get(member.quote)?.verb : null
  const cites = memberCites(member, index.quotesById)

  const heading: Span[] = [
    { text: isSelected ? '› ' : '  ', tone: 'accent' },
    { text: key, tone: isSelected ? 'selected' : 'heading' },
  ]
  if (label && label !== key && label !== member.source) heading.push({ text: ` ${truncate(label, 40)}`, tone: 'muted' })
  if (source?.date) heading.push({ text: ` ${source.date}`, tone: 'muted' })
  if (group.kind === 'quote') {
    const isOther = !isReference && isOtherSpeaker(speaker, referenceSpeaker)
    heading.push({ text: ' · ' }, { text: isOther ? `[${speaker ?? 'no speaker'}]` : (speaker ?? 'no speaker'), tone: isOther ? 'changed' : undefined })
    // (`According to` as printed at a sentence's start reads in lower case after the speaker.)
    if (verb) heading.push({ text: `, ${isAccordingToVerb(verb) ? 'according to' : verb}` })
  }
  if (cites) heading.push({ text: ` · cites ${cites}`, tone: 'muted' })
  if (isReference) heading.push({ text: ' · reference', tone: 'muted' })

  const wording: Span[] = []
  const open = group.kind === 'quote' ? '“' : ''
  const close = group.kind === 'quote' ? '”' : ''
  if (open) wording.push({ text: open, tone: 'muted' })
  if (isReference) {
    wording.push({ text: member.text })
  } else {
    const cosmetic = cosmeticSpellings(group, member.source)
    const segments = diffAgainstReference(reference.text, member.text)
    // In a rewording or a short cut most reference words are missing; listing them inline buries the member's own
    // words: each left-out stretch shows as `[-…]`.
    const kept = wordCount(segments.filter((segment) => segment.change === 'same'))
    const isClose = kept >= 0.6 * wordCount([{ text: reference.text }])
    const shown = isClose ? segments : segments.map((segment) => (segment.change === 'removed' ? { ...segment, text: '…' } : segment))
    shown.forEach((segment, at) => {
      if (at > 0) wording.push({ text: ' ' })
      const span = segmentSpan(segment.text, segment.change)
      const isCosmetic = segment.change === 'changed' && segment.text.split(' ').every((word) => cosmetic.some((spelling) => word.includes(spelling)))
      wording.push(isCosmetic ? { ...span, tone: 'equivalent' } : span)
    })
  }
  if (close) wording.push({ text: close, tone: 'muted' })
  return [...wrapSpans(heading, width, '    '), ...wrapSpans(wording, width, '    ', '    ')]
}

function wordCount(segments: ReadonlyArray<{ text: string }>): number {
  return segments.reduce((sum, segment) => sum + segment.text.split(/\s+/).filter(Boolean).length, 0)
}

/** This member's side of its cosmetic differences (`fucking / f*cking` gives `f*cking`), to tell them apart by colour. */
function cosmeticSpellings(group: Group, sourceId: string): string[] {
  return group.differences
    .filter((difference) => difference.level === 'cosmetic' && difference.sources.includes(sourceId))
    .map((difference) => difference.detail.split(' / ')[1] ?? '')
    .filter(Boolean)
}

function segmentSpan(text: string, change: 'same' | 'changed' | 'added' | 'removed'): Span {
  const forms: Record<typeof change, { text: string; tone?: Tone }> = {
    same: { text },
    changed: { text: `[${text}]`, tone: 'changed' },
    added: { text: `[+${text}]`, tone: 'changed' },
    removed: { text: `[-${text}]`, tone: 'removed' },
  }
  return forms[change]
}
