import type { Analysis, Difference, Group, GroupMember, Quote, QuotedTitle } from '../types.js'
import { compareWords, wordedText } from './compare-words.js'
import { cosmeticFindings } from './cosmetic.js'
import { isSameSpeaker } from './names.js'
import { code, listNames, type Finding } from './finding.js'

const wordingTypes = new Set<Difference['type']>(['omission', 'wording', 'number', 'negation', 'date'])

/**
 * Findings for the quotes that several sources share: each difference the
 * comparison found becomes a finding on the member that differs from the
 * group's reference wording, naming the sources with the reference form.
 */
export function checkGroups(analysis: Analysis): Finding[] {
  const quotes = new Map(analysis.quotes.map((quote) => [quote.id, quote]))
  const findings: Finding[] = []
  for (const group of analysis.groups) {
    if (group.kind !== 'quote') continue
    if (group.members.some((member) => isTitle(member, analysis.titles))) continue
    findings.push(...checkGroup(group, quotes))
  }
  return findings
}

/** Titles (`"Shallow"`) are never speech, whatever grouped them. */
function isTitle(member: GroupMember, titles: readonly QuotedTitle[]): boolean {
  return titles.some((title) => title.source === member.source && title.start <= member.start && member.end <= title.end)
}

function checkGroup(group: Group, quotes: ReadonlyMap<string, Quote>): Finding[] {
  const reference = group.members[group.reference]
  if (!reference) return []
  const speakerOf = (member: GroupMember) => member.speaker ?? (member.quote ? quotes.get(member.quote)?.speaker : null) ?? null
  const findings: Finding[] = []

  group.members.forEach((member, index) => {
    const differences = group.differences.filter((difference) => difference.sources.includes(member.source))
    if (differences.length === 0) return
    if (index !== group.reference && member.source !== reference.source) {
      findings.push(...wordingFindings(group, member, differences))
    }
    for (const difference of differences) {
      if (difference.type === 'speaker') findings.push(...speakerFindings(group, member, difference, speakerOf))
      else if (difference.type === 'context' || difference.level === 'context') findings.push(contextFinding(group, member, difference))
    }
  })
  return findings
}

/** Sources whose member has the reference wording, other than `except`. */
function referenceSources(group: Group, except: string): string[] {
  const key = wordKey(group.members[group.reference].text)
  const sources = group.members.filter((member) => member.source !== except && wordKey(member.text) === key).map((member) => member.source)
  return [...new Set(sources)]
}

function wordKey(text: string): string {
  return wordedText(text)
    .tokens.map((token) => token.normal)
    .join(' ')
}

function baseOf(member: GroupMember, sources: string[]): Pick<Finding, 'source' | 'quote' | 'start' | 'end' | 'sources'> {
  return { source: member.source, ...(member.quote ? { quote: member.quote } : {}), start: member.start, end: member.end, sources }
}

function wordingFindings(group: Group, member: GroupMember, differences: readonly Difference[]): Finding[] {
  const reference = group.members[group.reference]
  const others = referenceSources(group, member.source)
  const asIn = `as in ${listNames(others)}`
  const comparison = compareWords(wordedText(reference.text), wordedText(member.text))
  const findings: Finding[] = []

  if (differences.some((difference) => difference.level === 'cosmetic')) {
    findings.push(...cosmeticFindings(comparison.cosmetic, baseOf(member, others), listNames(others)))
  }
  const wording = differences.filter((difference) => wordingTypes.has(difference.type) && (difference.level === 'wording' || difference.level === 'conflict'))
  if (wording.length === 0) return findings

  const { shape, hasElision, region } = comparison
  const elided = hasElision ? ', which leaves out words behind an ellipsis' : ''
  if (shape === 'cut') {
    findings.push({
      ...baseOf(member, others),
      ruleId: 'quote-trimmed',
      reason: `Unexpected shorter quote ${code(member.text)}${elided}, expected ${code(reference.text)} ${asIn}`,
      actual: member.text,
      expected: [reference.text],
    })
  } else if (shape === 'extended') {
    // The reference is the cut one: the finding belongs to the sources that trimmed.
    for (const cut of group.members.filter((candidate) => wordKey(candidate.text) === wordKey(reference.text))) {
      findings.push({
        ...baseOf(cut, [member.source]),
        ruleId: 'quote-trimmed',
        reason: `Unexpected shorter quote ${code(cut.text)}${elided}, expected ${code(member.text)} as in ${member.source}`,
        actual: cut.text,
        expected: [member.text],
      })
    }
  } else {
    const what = shape === 'reworded' ? `${code(region.after)} in` : `wording (${wording.map((difference) => difference.detail).join('; ')}) of`
    const instead = shape === 'reworded' ? `${code(region.before)} ${asIn} (${code(reference.text)})` : `${code(reference.text)} ${asIn}`
    findings.push({
      ...baseOf(member, others),
      ruleId: 'quote-wording-conflict',
      reason: `Unexpected ${what} quote ${code(member.text)}, expected ${instead}`,
      actual: member.text,
      expected: [reference.text],
    })
  }
  return findings
}

function speakerFindings(
  group: Group,
  member: GroupMember,
  difference: Difference,
  speakerOf: (member: GroupMember) => string | null,
): Finding[] {
  const speaker = speakerOf(member)
  if (!speaker) return []
  // The expected speaker is the most common among the members the difference does not name.
  const counts = new Map<string, number>()
  for (const other of group.members) {
    const otherSpeaker = speakerOf(other)
    if (otherSpeaker && !difference.sources.includes(other.source)) counts.set(otherSpeaker, (counts.get(otherSpeaker) ?? 0) + 1)
  }
  const expected = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  if (!expected || isSameSpeaker(speaker, expected)) return []
  const others = [...new Set(group.members.filter((other) => speakerOf(other) === expected).map((other) => other.source))]
  return [
    {
      ...baseOf(member, others),
      ruleId: 'quote-speaker-conflict',
      reason: `Unexpected speaker ${code(speaker)} for ${code(member.text)}, expected ${code(expected)} as in ${listNames(others)}`,
      actual: speaker,
      expected: [expected],
    },
  ]
}

function contextFinding(group: Group, member: GroupMember, difference: Difference): Finding {
  const others = [...new Set(group.members.filter((other) => other.source !== member.source).map((other) => other.source))]
  return {
    ...baseOf(member, others),
    ruleId: 'quote-context-differs',
    reason: `Unexpected context for ${code(member.text)}, expected the circumstances in ${listNames(others)} (${difference.detail})`,
    actual: difference.detail,
    expected: [],
  }
}
