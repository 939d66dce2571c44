import type { Analysis, Difference, Group, GroupMember, Quote, QuotedTitle } from '../types.js'
import { sharedCount } from '../compare/diff.js'
import { compareWords, innerRegions, wordedText, type WordComparison, type WordedText } from './compare-words.js'
import { cosmeticFindings } from './cosmetic.js'
import { isSameSpeaker } from './names.js'
import { changedWording, code, listNames, type Finding } from './finding.js'
import { continuesPart } from '../reference.js'

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
  const differencesOf = (member: GroupMember) => group.differences.filter((difference) => difference.sources.includes(member.source))

  // Wordings: a quote split at its attribution is one, as the comparison held it.
  const worded = withSplitQuotesJoined(group)
  worded.members.forEach((member, index) => {
    const differences = differencesOf(member)
    if (differences.length === 0 || index === worded.reference || member.source === reference.source) return
    const model = modelFor(worded, member)
    // A source's differences may be another of its members' (a quote it splits in two): then only this member's own words count.
    const isAloneInSource = worded.members.filter((other) => other.source === member.source).length === 1
    findings.push(...wordingFindings(worded, member, model, differences, model === reference && isAloneInSource))
  })
  // Speakers and circumstances: each quote as printed, a split quote once, over all its parts (they share them).
  const joinedByQuote = new Map(worded.members.flatMap((member) => (member.quote === undefined ? [] : [[member.quote, member] as const])))
  group.members.forEach((part, index) => {
    const previous = part.continuesPrevious ? group.members[index - 1] : undefined
    const member = (part.quote !== undefined && joinedByQuote.get(part.quote)) || part
    for (const difference of differencesOf(part)) {
      // A source that gives the words twice has a context difference for each time: each goes to its own quote.
      if (difference.quotes && !(part.quote !== undefined && difference.quotes.includes(part.quote))) continue
      // (Told at the part before.)
      if (previous && (!difference.quotes || (previous.quote !== undefined && difference.quotes.includes(previous.quote)))) continue
      if (difference.type === 'speaker') findings.push(...speakerFindings(group, member, difference, speakerOf))
      else if (difference.type === 'context' || difference.level === 'context') findings.push(contextFinding(group, member, difference))
    }
  })
  return findings
}

/**
 * The group with each quote that goes on with the member before it (continuesPrevious) joined to it: one member whose
 * words are the parts' words and whose span runs from the first part's start to the last part's end.
 */
function withSplitQuotesJoined(group: Group): Group {
  if (!group.members.some((member) => member.continuesPrevious)) return group
  const members: GroupMember[] = []
  let reference = group.reference
  group.members.forEach((member, index) => {
    const previous = members.at(-1)
    if (continuesPart(group, index) && previous) {
      // (A part that goes on with a sentence cut at a comma opens with a capital only because a quote opens there:
      // `"…possible," she said. "And if we …"` reads `possible, and if we`; a name keeps its capital.)
      const text = /,\s*$/.test(previous.text) ? member.text.replace(sentenceGoesOn, (word) => word.toLowerCase()) : member.text
      members[members.length - 1] = { ...previous, text: `${previous.text} ${text}`, end: member.end }
    } else members.push(member)
    if (index === group.reference) reference = members.length - 1
  })
  return { ...group, members, reference }
}

/** Whether `whole` quotes all of `part`'s words, together, and maybe more. */
function holds(whole: GroupMember, part: WordedText): boolean {
  return isSameOrExtended(compareWords(part, wordedText(whole.text)))
}

function isSameOrExtended(comparison: WordComparison): boolean {
  return comparison.shape === 'same' || comparison.shape === 'extended'
}

// Words that go on with a sentence when a part of a split quote opens with them.
const sentenceGoesOn = /^(?:And|But|Or|So|Because|If|Then|That|This|There|It|We|They|You|He|She|The|A|An|In|On|To|For|As|When|Which|Who|With|Not)\b/

/**
 * The member to hold `member` against: the reference, unless the two share
 * fewer than half the shorter one's words, or the member holds all of the
 * reference and more, and another source's member shares more. One source
 * may print as one quote what others split in two (`"A," he said. "B."`):
 * the whole then joins both halves in one group, and each half is to be held
 * against the half it repeats, not against the other.
 */
function modelFor(group: Group, member: GroupMember): GroupMember {
  const reference = group.members[group.reference]
  const words = wordedText(member.text)
  const shared = (other: GroupMember) => sharedCount(compareWords(wordedText(other.text), words).changes)
  const referenceWords = wordedText(reference.text)
  const toReference = compareWords(referenceWords, words)
  const referenceShared = sharedCount(toReference.changes)
  // (A member that holds all of a shorter reference and more is checked against a fuller wording that holds it too:
  // the reference says nothing of its other words, `who had expressed` against the others' `who have expressed`.)
  const holdsReference = isSameOrExtended(toReference)
  // (A fragment with words the reference lacks, which another source's fuller quote holds, is a part of that quote,
  // not a rewording of the reference: `act of hate` beside the reference `act of terror`, in `act of terror and an act
  // of hate`. The shortest such quote; not one that holds quote marks of its own, a passage of several quotes or
  // paragraphs whose parts its source may print apart.)
  if (!holdsReference && toReference.changes.some((change) => change.kind === 'added')) {
    let whole: GroupMember | undefined
    let wholeLength = Infinity
    for (const other of group.members) {
      if (other.source === member.source || /["\u201C\u201D]/.test(other.text)) continue
      const otherWords = wordedText(other.text)
      if (otherWords.tokens.length < wholeLength && compareWords(words, otherWords).shape === 'extended') [whole, wholeLength] = [other, otherWords.tokens.length]
    }
    if (whole) return whole
  }
  if (!holdsReference && referenceShared * 2 >= Math.min(words.tokens.length, referenceWords.tokens.length)) return reference
  // The most shared words; of equals, the closest wording (the half itself rather than the whole).
  let model = reference
  let modelShared = referenceShared
  let modelLength = referenceWords.tokens.length
  for (const other of group.members) {
    if (other.source === member.source || other === reference || (holdsReference && !holds(other, referenceWords))) continue
    const count = shared(other)
    const length = wordedText(other.text).tokens.length
    if (count > modelShared || (count === modelShared && length < modelLength)) [model, modelShared, modelLength] = [other, count, length]
  }
  return model
}

/** Sources whose member has the model's wording, other than `except`. */
function sourcesWithWording(group: Group, model: GroupMember, except: string): string[] {
  const key = wordKey(model.text)
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

/** Findings on `member`'s words held against `model`'s (see modelFor); `trustsDifferences`: the group's differences for the member's source are its own. */
function wordingFindings(
  group: Group,
  member: GroupMember,
  model: GroupMember,
  differences: readonly Difference[],
  trustsDifferences: boolean,
): Finding[] {
  const others = sourcesWithWording(group, model, member.source)
  const asIn = `as in ${listNames(others)}`
  const comparison = compareWords(wordedText(model.text), wordedText(member.text))
  const findings: Finding[] = []

  if (differences.some((difference) => difference.level === 'cosmetic')) {
    findings.push(...cosmeticFindings(comparison, baseOf(member, others), listNames(others)))
  }
  const wording = differences.filter((difference) => wordingTypes.has(difference.type) && (difference.level === 'wording' || difference.level === 'conflict'))
  if (wording.length === 0) return findings
  const memberWording = wordKey(member.text)
  const isOwnDifference = (difference: Difference) =>
    group.members.every((other) => !difference.sources.includes(other.source) || other.source === member.source || wordKey(other.text) === memberWording)

  const { shape, hasElision } = comparison
  const elided = hasElision ? ', which leaves out words behind an ellipsis' : ''
  // A source that gives the whole quote too did not trim it: its cut leads into the whole or recalls it. Nor did one
  // that splits it at its attribution (`"A," he said, "B."`): its parts together are the whole.
  const givesWhole = (source: string, whole: GroupMember) => {
    const own = group.members.filter((other) => other.source === source)
    const key = wordKey(whole.text)
    const wholeWords = wordedText(whole.text)
    // (Or more: a quote that holds the whole, such as a split quote's parts joined.)
    const holdsWhole = (other: GroupMember) => wordKey(other.text) === key || compareWords(wholeWords, wordedText(other.text)).shape === 'extended'
    return own.some(holdsWhole) || (own.length > 1 && wordKey(own.map((other) => other.text).join(' ')) === key)
  }
  // A fragment that its own source prints inside a longer quote recalls that quote (`part of the process.` after its own
  // `… It’s part of the process.`): held against another source's, the longer one is.
  const isOwnFragment = () => {
    const memberWords = wordedText(member.text)
    return group.members.some((other) => other !== member && other.source === member.source && other.text.length > member.text.length && holds(other, memberWords))
  }
  if (shape === 'cut') {
    if (givesWhole(member.source, model) || isOwnFragment()) return findings
    findings.push({
      ...baseOf(member, others),
      ruleId: 'quote-trimmed',
      reason: `Unexpected shorter quote ${code(member.text)}${elided}, expected ${code(model.text)} ${asIn}`,
      actual: member.text,
      expected: [model.text],
    })
  } else if (shape === 'extended') {
    // The model is the cut one: the finding belongs to the sources that trimmed.
    for (const cut of group.members.filter((candidate) => wordKey(candidate.text) === wordKey(model.text) && !givesWhole(candidate.source, member))) {
      findings.push({
        ...baseOf(cut, [member.source]),
        ruleId: 'quote-trimmed',
        reason: `Unexpected shorter quote ${code(cut.text)}${elided}, expected ${code(member.text)} as in ${member.source}`,
        actual: cut.text,
        expected: [member.text],
      })
    }
  } else if (shape === 'reworded') {
    // A source that prints the model's words too, apart or inside a longer quote, while another source prints the
    // member's words as well, quotes two things, not one misquoted: `act of terror` and `act of hate` (a group chained
    // through `act of terror and an act of hate`). Printed by that source alone, the member is still told (`We will
    // raise taxes` after its own `We will not raise taxes`).
    const [modelWords, memberWords] = [wordedText(model.text), wordedText(member.text)]
    const printsModel = group.members.some((other) => other !== member && other.source === member.source && holds(other, modelWords))
    if (printsModel && group.members.some((other) => other.source !== member.source && holds(other, memberWords))) return findings
    // (The words it changed, not those one of the two quotes alone has at its start or end.)
    const changed = innerRegions(comparison)
    findings.push(rewordedFinding(member, model, others, changed.length > 0 ? changed : comparison.regions))
    // With no wording held by more sources than every other, there is no telling which source is right: the model's
    // holders are told too, once for each other wording (by its first member), whichever source sorts first.
    // Only for the words both quote: the holders' own start and end, which the member did not quote, are no rival
    // wording (`this class includes at least 544 store managers who are` before the member's `are both`).
    const memberKey = wordKey(member.text)
    const mirrored = innerRegions(compareWords(memberWords, modelWords))
    if (mirrored.length > 0 && group.members.find((other) => wordKey(other.text) === memberKey) === member && isTiedWording(group, model, member)) {
      for (const holder of group.members.filter((candidate) => wordKey(candidate.text) === wordKey(model.text))) {
        findings.push(rewordedFinding(holder, member, sourcesWithWording(group, member, holder.source), mirrored))
      }
    }
  } else if (shape === 'overlap') {
    // Two stretches of one longer remark, each quoted as printed: neither source misquotes.
    return findings
  } else if (trustsDifferences && wording.some(isOwnDifference)) {
    // The comparison saw other words than this diff does (another tokenization, `us` / `U.S.`): say what it saw. Only
    // what it saw of this source's wording: a difference it shares with a source of another wording is between those
    // two (`March / February` in a source that wrote `February` for the reference's `Feb.`, against a third's `March`).
    const details = wording
      .filter(isOwnDifference)
      .map((difference) => difference.detail)
      .join('; ')
    findings.push({
      ...baseOf(member, others),
      ruleId: 'quote-wording-conflict',
      reason: `Unexpected wording (${details}) of quote ${code(member.text)}, expected ${code(model.text)} ${asIn}`,
      actual: member.text,
      expected: [model.text],
    })
  }
  return findings
}

function rewordedFinding(member: GroupMember, model: GroupMember, modelSources: string[], regions: WordComparison['regions']): Finding {
  const changed = changedWording(regions)
  return {
    ...baseOf(member, modelSources),
    ruleId: 'quote-wording-conflict',
    reason: `Unexpected ${changed.reasonActual} in quote ${code(member.text)}, expected ${changed.reasonExpected} as in ${listNames(modelSources)} (${code(model.text)})`,
    actual: changed.actual,
    expected: [changed.expected],
  }
}

/** Members a quote group may have for its ties to count cuts with the wording they cut (a diff for each). */
const maxMembersForCuts = 16

/**
 * Whether no wording of the group is held by more sources than every other, between `model`'s and `member`'s. A source
 * counts once for its wording (a quote printed twice is one); a cut of the model's words, or of the member's, holds that
 * wording (`joy did a lot to me` is no third one), and so does a quote that holds one of them whole (a split quote's
 * parts joined, `It's not about you … Oh, not a theology` for `It's about … Oh, not a theology`); what does either for
 * both holds neither (told by a diff per member in groups of a few members, as quote groups mostly are; in larger
 * ones by their words). A source with several wordings quotes parts of one remark, not rival wordings of one quote:
 * no tie is read then.
 */
function isTiedWording(group: Group, model: GroupMember, member: GroupMember): boolean {
  const [modelKey, memberKey] = [wordKey(model.text), wordKey(member.text)]
  const [modelWords, memberWords] = [wordedText(model.text), wordedText(member.text)]
  const wordingOf = (other: GroupMember) => {
    const key = wordKey(other.text)
    if (key === modelKey || key === memberKey || group.members.length > maxMembersForCuts) return key
    // A cut of a wording, or a quote that holds it whole (a source's split parts joined), backs it.
    const backs = (words: WordedText) => ['cut', 'extended'].includes(compareWords(words, wordedText(other.text)).shape)
    const [backsModel, backsMember] = [backs(modelWords), backs(memberWords)]
    return backsModel === backsMember ? key : backsModel ? modelKey : memberKey
  }
  const wordingsBySource = new Map<string, Set<string>>()
  for (const other of group.members) {
    const wordings = wordingsBySource.get(other.source) ?? new Set<string>()
    wordings.add(wordingOf(other))
    wordingsBySource.set(other.source, wordings)
  }
  const sourceWordings = [...wordingsBySource.values()]
  return sourceWordings.every((wordings) => wordings.size === 1) && isTiedAtTop(sourceWordings.map((wordings) => [...wordings][0]))
}

/** Whether no value is held more often than every other: `a a b b`, `a b c`. */
function isTiedAtTop(values: ReadonlyArray<string | null>): boolean {
  const counts = new Map<string | null, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  const most = Math.max(...counts.values())
  return [...counts.values()].filter((count) => count === most).length >= 2
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
  const withSpeaker = (name: string) => group.members.filter((other) => speakerOf(other) === name)
  const finding = (target: GroupMember, given: string, instead: string): Finding => {
    const others = [...new Set(withSpeaker(instead).map((other) => other.source))]
    return {
      ...baseOf(target, others),
      ruleId: 'quote-speaker-conflict',
      reason: `Unexpected speaker ${code(given)} for ${code(target.text)}, expected ${code(instead)} as in ${listNames(others)}`,
      actual: given,
      expected: [instead],
    }
  }
  const findings = [finding(member, speaker, expected)]
  // With no speaker named more often than every other, there is no telling which source is right: the expected
  // speaker's members are told too, once for each other speaker (by its first member).
  if (withSpeaker(speaker)[0] === member && isTiedAtTop(group.members.map(speakerOf).filter((name) => name !== null))) {
    for (const other of withSpeaker(expected)) findings.push(finding(other, expected, speaker))
  }
  return findings
}

function contextFinding(group: Group, member: GroupMember, difference: Difference): Finding {
  const reference = group.members[group.reference]
  const others = reference.source === member.source ? [] : [reference.source]
  const sides = referenceAndMemberSides(difference.detail)
  const reason = sides
    ? `Unexpected context ${code(sides.member)} for ${code(member.text)}, expected ${code(sides.reference)} as in ${listNames(others)}`
    : `Unexpected context for ${code(member.text)} (${difference.detail}), expected the circumstances in ${listNames(others)}`
  return {
    ...baseOf(member, others),
    ruleId: 'quote-context-differs',
    reason,
    actual: sides?.member ?? difference.detail,
    expected: sides ? [sides.reference] : [],
  }
}

/**
 * A context difference's detail reads `reference / member`: two verbs, two
 * credits, or two quoted sentences with the quote left out (`"…"`).
 */
function referenceAndMemberSides(detail: string): { reference: string; member: string } | undefined {
  const quoted = /^"(.*)" \/ "(.*)"$/s.exec(detail)
  if (quoted) return { reference: quoted[1], member: quoted[2] }
  const parts = detail.split(' / ')
  return parts.length === 2 ? { reference: parts[0], member: parts[1] } : undefined
}
