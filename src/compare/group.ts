import type { Difference, Group, GroupMember, Provenance, Token } from '../types.js'
import { joinContractions } from './contractions.js'
import { codedWords, diffTokens, sharedCount, sharedWordBound, smallestShareCount, sortedWordBound, sortedWordsOf } from './diff.js'
import { editsMayConflict, figureRelation, figuresByCount, holdsDetail, isContiguousCut, mergeDifferences, verdictOf, wordDifferences } from './word-differences.js'
import { parseNumber } from '../pipeline/numbers.js'
import { nameKey } from '../quotes/canonical.js'
import { isSameOutlet } from '../quotes/cites.js'
import { isFormOf, isInitial, isOrganizationName, isParticleForm } from '../quotes/names.js'
import { isSameGivenName } from '../quotes/nicknames.js'
import { reportingSense } from '../quotes/verbs.js'

/** A group member with what comparison needs beyond the JSON. */
export interface MemberInput extends GroupMember {
  tokens: Token[]
  /** The outlet of the member's source, which tells a report's own article from one relaying it; not in the output. */
  outlet?: string | null
  /** Quote members: the reporting verb, and the words around the quote that tell its circumstances. */
  verb?: string | null
  context?: { text: string; stems: Set<string> }
  /**
   * Quote members: the text between the member before this one, of the same
   * source, and this one, when this one goes on with that quote past its
   * attribution (`"A," he said, "B."`). The two are compared as one wording.
   */
  continuesAfter?: string
  /** A joined split quote's later parts' first words (Passage.partOpenings); not in the output. */
  partOpenings?: ReadonlySet<Token>
}

/** Share of words two members must have in common, over the longer, to count as near-verbatim copy. */
const sharedCopyShare = 0.9
const sharedCopyMinTokens = 12

/**
 * Compare the members of one group against its most common wording and
 * classify every difference. Quote groups also compare speakers and context.
 */
export function buildGroup(
  id: string,
  kind: Group['kind'],
  members: readonly MemberInput[],
  why: string,
  score: number,
): Group {
  // A quote split by its attribution is one wording: its parts are compared as one, led by the first.
  const { wordings, firstMembers } = splitQuotesJoined(members)
  // The reference is one member's wording as printed, or a split quote's joined wording that two sources or more give
  // alike (its first part is the reference; reports join its parts, see reference.ts).
  const referenceWording = referenceIndex(wordings, (index) => wordings[index] === members[firstMembers[index]])
  const reference = firstMembers[referenceWording]
  const referenceMember = wordings[referenceWording]
  const differences: Difference[] = []
  const others: ConflictCandidate[] = []

  for (let index = 0; index < wordings.length; index++) {
    if (index === referenceWording) continue
    const member = wordings[index]
    const changes = joinContractions(diffTokens(referenceMember.tokens, member.tokens))
    const found = wordDifferences({ source: member.source, kind, changes, reference: referenceMember, member }, isContiguousCut(changes))
    differences.push(...found)
    const conflicts = new Set(found.filter((difference) => difference.level === 'conflict').map(conflictKey))
    others.push({ index, conflicts, addsDetail: editsMayConflict(changes) })
  }
  differences.push(...conflictsBetweenMembers(kind, wordings, others))
  if (kind === 'quote') {
    differences.push(...speakerDifferences(members), ...contextDifferences(members, reference))
  }

  const merged = mergeDifferences(differences)
  const isFirstOfWording = new Set(firstMembers)
  return {
    id,
    kind,
    verdict: verdictOf(merged),
    reference,
    differences: merged,
    why,
    score: Math.round(score * 1000) / 1000,
    provenance: provenanceOf(members, kind),
    members: members.map(({ source, quote, text, start, end, speaker, cites }, index) => ({
      source,
      ...(quote === undefined ? {} : { quote }),
      text,
      start,
      end,
      ...(speaker === undefined ? {} : { speaker }),
      cites: cites ?? null,
      ...(isFirstOfWording.has(index) ? {} : { continuesPrevious: true as const }),
    })),
  }
}

/**
 * The members as wordings to compare: a member that continues the one before
 * it (`continuesAfter`) joins it, text, span and words; with, per wording,
 * its first member's index.
 */
function splitQuotesJoined(members: readonly MemberInput[]): { wordings: MemberInput[]; firstMembers: number[] } {
  const wordings: MemberInput[] = []
  const firstMembers: number[] = []
  members.forEach((member, index) => {
    const previous = wordings[wordings.length - 1]
    if (member.continuesAfter === undefined || previous?.source !== member.source) {
      wordings.push(member)
      firstMembers.push(index)
      return
    }
    wordings[wordings.length - 1] = {
      ...previous,
      text: previous.text + member.continuesAfter + member.text,
      end: member.end,
      tokens: [...previous.tokens, ...member.tokens],
      partOpenings: new Set([...(previous.partOpenings ?? []), ...member.tokens.slice(0, 1)]),
    }
  })
  return { wordings, firstMembers }
}

/**
 * The member whose wording most members share; ties go to the fullest, then the first.
 * Wordings are the members' normal forms, compared as word numbers (codedWords, which the
 * diffs need anyway) rather than joined into strings: the same thing, since a normal form
 * never holds a space (the parser splits words at white space, see normalize.test.ts).
 * Members meet through a hash of their word numbers, so that a group of thousands of
 * members (a line every outlet repeats) stays linear.
 */
function referenceIndex(members: readonly MemberInput[], isEligible: (index: number) => boolean = () => true): number {
  const words = members.map((member) => codedWords(member.tokens).ids)
  // Per member, the first member with the same wording; per such first member, how many share it.
  const firstOfWording = new Int32Array(members.length)
  const counts = new Int32Array(members.length)
  const firstsByHash = new Map<number, number[]>()
  for (let index = 0; index < members.length; index++) {
    const hash = hashOfWords(words[index])
    const firsts = firstsByHash.get(hash)
    let first = index
    if (firsts === undefined) firstsByHash.set(hash, [index])
    else {
      for (let at = 0; at < firsts.length && first === index; at++) if (isSameWording(words[firsts[at]], words[index])) first = firsts[at]
      if (first === index) firsts.push(index)
    }
    firstOfWording[index] = first
    counts[first]++
  }
  // Counts are over all members; the choice is among the eligible ones, when there are any, and the joined wordings
  // that no eligible member prints and more than one source gives, each from a source with no other wording here (two
  // outlets that split a remark alike outvote a third that words it otherwise; the check holds no member against
  // another of the reference's own source, so in a group of several remarks one source's split remark is none).
  const printed = new Set<number>()
  const sourcesOfWording = new Map<number, Set<string>>()
  const wordingsOfSource = new Map<string, number>()
  for (let index = 0; index < members.length; index++) {
    const wording = firstOfWording[index]
    const { source } = members[index]
    if (isEligible(index)) printed.add(wording)
    let sources = sourcesOfWording.get(wording)
    if (sources === undefined) sourcesOfWording.set(wording, (sources = new Set()))
    sources.add(source)
    wordingsOfSource.set(source, (wordingsOfSource.get(source) ?? 0) + 1)
  }
  const isSharedJoined = (index: number) =>
    !printed.has(firstOfWording[index]) && sourcesOfWording.get(firstOfWording[index])!.size > 1 && wordingsOfSource.get(members[index].source) === 1
  const candidates = members.map((_, index) => index).filter((index) => isEligible(index) || isSharedJoined(index))
  // A quote split at its attribution and joined (not eligible) with no wording of another member's backs the fullest
  // wording its words hold in one run (its part that another source prints alike had been a wording of its own); one
  // vote, as a source has, so a fragment it also holds gains none.
  for (let joined = 0; joined < members.length; joined++) {
    if (isEligible(joined) || firstOfWording[joined] !== joined || counts[joined] > 1) continue
    let backed: number | undefined
    for (const index of candidates) {
      if (firstOfWording[index] !== index || !holdsRun(words[joined], words[index])) continue
      if (backed === undefined || words[index].length > words[backed].length) backed = index
    }
    if (backed !== undefined) counts[backed]++
  }
  const asPrinted = candidates.length > 0 ? candidates : members.map((_, index) => index)
  // A wording whose figure the members of more sources give otherwise (`six months` / `five months` twice) is no
  // common account, however each words it.
  const outvoted = outvotedOnFigures(members)
  const agreeing = asPrinted.filter((index) => !outvoted.has(index))
  const eligible = agreeing.length > 0 ? agreeing : asPrinted
  let best = eligible[0]
  for (const index of eligible) {
    const count = counts[firstOfWording[index]]
    const bestCount = counts[firstOfWording[best]]
    if (count > bestCount || (count === bestCount && members[index].tokens.length > members[best].tokens.length)) best = index
  }
  return closestOfTied(members, firstOfWording, counts, best, eligible) ?? best
}

/** Whether `run` stands, in order and together, in `words`. */
function holdsRun(words: ArrayLike<number>, run: ArrayLike<number>): boolean {
  outer: for (let start = 0; start + run.length <= words.length; start++) {
    for (let at = 0; at < run.length; at++) if (words[start + at] !== run[at]) continue outer
    return run.length > 0
  }
  return false
}

/**
 * The members that give a figure for something (`after five months`) which
 * members of more sources give otherwise (figureRelation: not a rounding, nor
 * a bound both may meet), each one figure of that count. None when fewer
 * than three sources are in the group (two sources are a split, not a
 * majority), or it is too large to weigh pair by pair.
 */
function outvotedOnFigures(members: readonly MemberInput[]): Set<number> {
  const outvoted = new Set<number>()
  if (members.length > maxWeighedMembers || new Set(members.map((member) => member.source)).size < 3) return outvoted
  const figures = members.map((member) => {
    const single = new Map<string, Token[]>()
    if (!member.tokens.some((token) => token.value !== undefined)) return single
    for (const [count, found] of figuresByCount(member.tokens, member)) if (found.length === 1) single.set(count, found[0])
    return single
  })
  const counts = new Set(figures.flatMap((own) => [...own.keys()]))
  let weighings = 0
  for (const count of counts) {
    const holders = figures.flatMap((own, index) => (own.has(count) ? [index] : []))
    const numbers = holders.map((index) => figures[index].get(count)!.map((token) => token.value).join(' '))
    // (Most counts are given alike by all: nothing to weigh.)
    if (holders.length < 3 || numbers.every((number) => number === numbers[0])) continue
    weighings += holders.length * holders.length
    if (weighings > maxFigureWeighings) return new Set()
    // Per pair of members giving a figure of this count, how they stand; per member, the sources of the same account.
    const relations = holders.map((one, at) =>
      holders.map((other, otherAt) =>
        numbers[at] === numbers[otherAt] ? 'same' : figureRelation(figures[one].get(count)!, members[one], figures[other].get(count)!, members[other], count),
      ),
    )
    const backers = holders.map((_, at) => new Set(holders.filter((_, otherAt) => relations[at][otherAt] === 'same').map((other) => members[other].source)).size)
    holders.forEach((index, at) => {
      if (relations[at].some((relation, otherAt) => relation === 'other' && backers[otherAt] > backers[at])) outvoted.add(index)
    })
  }
  return outvoted
}

/** Pairs of figures weighed at most per group for its reference (outvotedOnFigures): a long group of many figures is left as it is. */
const maxFigureWeighings = 20_000

/** Tied wordings are weighed against each other only up to these sizes (words shared with every member, per wording). */
const maxTiedWordings = 12
const maxWeighedMembers = 200

/**
 * Of wordings as common as the best, the one that shares the most words with
 * all members: with three accounts that each differ (`killed 12`, `killed
 * 15`, `did not kill anyone`), the odd one out is no common wording, however
 * full. Undefined when no other wording ties, or the group is too large to
 * weigh.
 */
function closestOfTied(members: readonly MemberInput[], firstOfWording: Int32Array, counts: Int32Array, best: number, eligible: readonly number[]): number | undefined {
  const bestCount = counts[firstOfWording[best]]
  // A wording stands for its eligible member of that wording (the first, or `best` for its own).
  const eligibleOf = new Map<number, number>()
  for (const index of eligible) if (!eligibleOf.has(firstOfWording[index])) eligibleOf.set(firstOfWording[index], index)
  eligibleOf.set(firstOfWording[best], best)
  const tied = [...eligibleOf.keys()].filter((wording) => counts[wording] === bestCount)
  if (tied.length < 2 || tied.length > maxTiedWordings || members.length > maxWeighedMembers) return undefined
  const words = members.map((member) => sortedWordsOf(member.tokens))
  const sharedWith = (wording: number) => {
    let shared = 0
    for (let other = 0; other < members.length; other++) if (firstOfWording[other] !== wording) shared += sortedWordBound(words[wording], words[other])
    return shared
  }
  // Ties keep the fullest wording chosen above.
  let closest = best
  let closestShared = sharedWith(firstOfWording[best])
  for (const wording of tied) {
    if (wording === firstOfWording[best]) continue
    const shared = sharedWith(wording)
    if (shared > closestShared) [closest, closestShared] = [eligibleOf.get(wording)!, shared]
  }
  return closest
}

/** A member other than the reference, and the conflicts it has with the reference. */
interface ConflictCandidate {
  index: number
  /** Its conflicts with the reference, by conflictKey. */
  conflicts: Set<string>
  /** Its words hold a number, date, negation or hedge the reference does not. */
  addsDetail: boolean
}

/** At most this many wordings are compared with each other besides the reference (pairs grow with the square). */
const maxCrossCheckedWordings = 8

/** One wording the candidates share: the first member that has it, every source that has it, and their conflicts with the reference. */
interface CandidateWording {
  member: MemberInput
  sources: string[]
  conflicts: Set<string>
  addsDetail: boolean
}

/**
 * Conflicts the reference cannot show: members that give different numbers,
 * dates or a negation where the reference gives none of them (`killed 12
 * people` / `killed 15 people`, against `did not kill anyone`), or where
 * the reference is worded too differently to show it (`got through in a
 * 69-30 vote` against `The final vote was 76 to 30` and `… 69 to 30`). The
 * wordings that add such a detail are compared pairwise, and with those
 * that hold one the reference shares, when they mostly share their words; a
 * conflict either side already has with the reference is not repeated.
 * Every source with either wording is named: neither is the common account.
 */
function conflictsBetweenMembers(kind: Group['kind'], members: readonly MemberInput[], candidates: readonly ConflictCandidate[]): Difference[] {
  if (!candidates.some((candidate) => candidate.addsDetail)) return []
  const wordings: CandidateWording[] = []
  // Those that add a detail first: they are what the wordings compared are for, and their figure comes first in a detail
  // (one way round only, so that the same conflict found through two wordings is one difference).
  const [adding, holding] = [candidates.filter((candidate) => candidate.addsDetail), candidates.filter((candidate) => !candidate.addsDetail && holdsDetail(members[candidate.index].tokens))]
  for (const { index, conflicts, addsDetail } of [...adding, ...holding]) {
    const member = members[index]
    const words = codedWords(member.tokens).ids
    const same = wordings.find((wording) => isSameWording(codedWords(wording.member.tokens).ids, words))
    if (same) {
      if (!same.sources.includes(member.source)) same.sources.push(member.source)
      for (const conflict of conflicts) same.conflicts.add(conflict)
    } else if (wordings.length < maxCrossCheckedWordings) wordings.push({ member, sources: [member.source], conflicts: new Set(conflicts), addsDetail })
  }
  const found: Difference[] = []
  for (let first = 0; first < wordings.length; first++) {
    for (let second = first + 1; second < wordings.length; second++) {
      const [one, other] = [wordings[first], wordings[second]]
      const sources = [...new Set([...one.sources, ...other.sources])]
      // One source at odds with itself is not two accounts; two that only share the reference's details agree on them.
      if (sources.length < 2 || (!one.addsDetail && !other.addsDetail)) continue
      const changes = joinContractions(diffTokens(one.member.tokens, other.member.tokens))
      // One statement told two ways, more words kept than changed: members that only share a topic
      // (last week's figures and this week's) would pair every number of one with some number of the other.
      const kept = sharedCount(changes)
      if (kept < one.member.tokens.length + other.member.tokens.length - 2 * kept) continue
      const comparison = { source: other.member.source, kind, changes, reference: one.member, member: other.member }
      for (const { type, level, detail } of wordDifferences(comparison, isContiguousCut(changes))) {
        if (level !== 'conflict' || isShownByReference(one.conflicts, other.conflicts, { type, detail })) continue
        found.push({ type, level, detail, sources })
      }
    }
  }
  return found
}

/**
 * A conflict by its type and the two sides of its detail, either way round,
 * each side by the numbers in it when it has any, so that wordings of one
 * figure meet (`number:5|6` for `More than five million / more than 6
 * million` and `more than 5 million / more than 6 million`).
 */
function conflictKey({ type, detail }: Pick<Difference, 'type' | 'detail'>): string {
  const sideKey = (side: string) => {
    // (A tally's sides are two figures: `69-30`, `76 to 30`.)
    const numbers = side
      .replace(/(\d)(?:[-\u2010\u2011\u2013]|-to-| to )(?=\d)/g, '$1 ')
      .split(/[\s%$€£¥]+/)
      .flatMap((word) => parseNumber([word.replace(/,/g, '')]) ?? [])
    return numbers.length > 0 ? numbers.join(' ') : side.toLowerCase()
  }
  return `${type}:${detail.split(' / ').map(sideKey).sort().join('|')}`
}

/**
 * Whether the reference comparisons already tell a conflict found between
 * two wordings: both wordings have one of its type with the reference (`12 /
 * 15` and `12 / 20` tell `15 / 20`), or one has this very conflict with it,
 * or one whose figures hold all of its own (`69-30 / 76 to 30`, `76 / 69`).
 * A wording the reference has no such conflict with learns of it here
 * (`more than 1,000` the reference, `nearly 1,000` in conflict with it, and
 * `1,240` with `nearly 1,000`).
 */
function isShownByReference(one: ReadonlySet<string>, other: ReadonlySet<string>, conflict: Pick<Difference, 'type' | 'detail'>): boolean {
  const hasType = (conflicts: ReadonlySet<string>) => [...conflicts].some((key) => key.startsWith(`${conflict.type}:`))
  const key = conflictKey(conflict)
  if ((hasType(one) && hasType(other)) || one.has(key) || other.has(key)) return true
  // Or a conflict with the reference holds this one's figures: `69-30 / 76 to 30` tells `69 / 76`.
  const figuresOf = (found: string) => found.slice(found.indexOf(':') + 1).split(/[| ]/)
  const own = figuresOf(key)
  return [...one, ...other].some((told) => {
    if (!told.startsWith(`${conflict.type}:`)) return false
    const toldFigures = figuresOf(told)
    return own.every((figure) => toldFigures.includes(figure))
  })
}

/** FNV-1a over the word numbers. */
function hashOfWords(words: Int32Array): number {
  let hash = 0x811c9dc5 ^ words.length
  for (let index = 0; index < words.length; index++) hash = Math.imul(hash ^ words[index], 0x01000193)
  return hash
}

function isSameWording(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}

/**
 * Quotes shorter than this (`"very close"`, `"deep state"`, `"act of hate"`) are catchwords many people use: their
 * speakers conflict with nobody's, even where a longer member holds them (Clinton's `act of hate` in Obama's `act of
 * terror and an act of hate`).
 */
const minSpeakerConflictTokens = 4

/**
 * Different named people for the same words. Only full names can conflict: a
 * description (`the House speaker`), a lone word (`Obama`, or `Twitter` taken
 * for a speaker) or another form of one name (`Dick Durbin` / `Richard J.
 * Durbin`) may well be the same person.
 */
function speakerDifferences(members: readonly MemberInput[]): Difference[] {
  // A spokesman and the White House he speaks for are no two accounts of who said it; two people or two organizations are.
  const named: Array<{ speaker: string; sources: string[]; isOrganization: boolean }> = []
  for (const member of members) {
    if (!member.speaker || !isFullName(member.speaker) || member.tokens.length < minSpeakerConflictTokens) continue
    let entry = named.find((candidate) => candidate.speaker === member.speaker)
    if (!entry) named.push((entry = { speaker: member.speaker, sources: [], isOrganization: isOrganizationName(member.speaker) }))
    if (!entry.sources.includes(member.source)) entry.sources.push(member.source)
  }
  // One person or body per set of names that may all be one (`George Bush` with `George W. Bush`, but `George H.W.
  // Bush` apart from the latter), the names taken most sources first, then by name: the same answer whatever order
  // the sources come in, and no chain through an ambiguous name joins two that are clearly apart.
  const byCount = [...named].sort((a, b) => b.sources.length - a.sources.length || (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0))
  const isSame = (a: (typeof named)[number], b: (typeof named)[number]) =>
    a.isOrganization === b.isOrganization && (a.isOrganization ? isSameOrganization(a.speaker, b.speaker) : isSamePerson(a.speaker, b.speaker))
  const clusters: Array<Array<(typeof named)[number]>> = []
  for (const name of byCount) {
    const cluster = clusters.find((candidates) => candidates.every((candidate) => isSame(candidate, name)))
    if (cluster) cluster.push(name)
    else clusters.push([name])
  }
  // Each set under its most common name, in the order the members first give one of its names.
  const firstGiven = (cluster: Array<(typeof named)[number]>) => Math.min(...cluster.map((name) => named.indexOf(name)))
  const entries = clusters
    .sort((a, b) => firstGiven(a) - firstGiven(b))
    .map((cluster) => ({ ...cluster[0], sources: [...new Set(cluster.flatMap((name) => name.sources))] }))
  const differences: Difference[] = []
  for (const isOrganization of [false, true]) {
    const ranked = entries.filter((entry) => entry.isOrganization === isOrganization).sort((a, b) => b.sources.length - a.sources.length)
    if (ranked.length < 2) continue
    differences.push({
      type: 'speaker',
      level: 'conflict',
      detail: ranked.map((entry) => entry.speaker).join(' / '),
      sources: ranked.slice(1).flatMap((entry) => entry.sources),
    })
  }
  return differences
}

/**
 * Whether two full names may be one person: forms of one name (`Dick Durbin` / `Richard J. Durbin`, `George Bush` /
 * `George W. Bush`, `J.D.` / `J. D. Vance`, `Bernie` / `Bernard`, `Mohammed` / `Muhammad`, `Sergei` / `Sergey`,
 * `Andrés` / `Andres`), one who goes by a middle name (`Mitch` / `A. Mitchell McConnell`), or the same words but for hyphens (`Taylor-Greene` /
 * `Taylor Greene`; not `Jackson-Lee` / `Lee`). One surname is not enough: `Hunter Biden` / `Joe Biden`, `Daniel Lee` /
 * `Danielle Lee`, `Ivana` / `Ivanka Trump`, `George H. W. Bush` / `George W. Bush` are two people. A short form or
 * spelling no table holds (`Nikki` for `Nimrata`) is told as two: a speaker conflict to read is better than a
 * misattribution never shown.
 */
function isSamePerson(one: string, other: string): boolean {
  if (nameWords(one).join(' ') === nameWords(other).join(' ')) return true
  const [a, b] = [foldedNameKey(one), foldedNameKey(other)]
  if (a[a.length - 1] !== b[b.length - 1]) return false
  if (a.length <= b.length ? isFormOf(a, b) : isFormOf(b, a)) return true
  // (Middle names by their letters: `H.W.` is `Herbert Walker`, not `W.`)
  const [middleA, middleB] = [a.slice(1, -1), b.slice(1, -1)]
  if (middleA.length > 0 && middleB.length > 0 && initials(middleA) !== initials(middleB)) return false
  // (One who goes by a middle name after an initial: `Mitch McConnell` / `A. Mitchell McConnell`; not `Chris Cuomo` /
  // `Andrew Christopher Cuomo`, nor a middle initial, `Jill Biden` / `Joseph J. Biden`.)
  const goesByMiddle = (short: readonly string[], full: readonly string[]) =>
    short.length === 2 && full.length === 3 && isInitial(full[0]) && isSameGivenName(short[0], full[1])
  return isSameGivenName(a[0], b[0]) || transliterated(a[0]) === transliterated(b[0]) || goesByMiddle(a, b) || goesByMiddle(b, a)
}

/**
 * A given name as outlets transliterate it alike: `y` as `i`, letters doubled as one (`Sergei` / `Sergey`, `Dmitry` /
 * `Dmitri`, `Yulia` / `Yuliya`, `Andriy` / `Andrii`, `Phillip` / `Philip`); not `Ivana` / `Ivanka`, `Christina` /
 * `Christine`, whose letters differ.
 */
function transliterated(name: string): string {
  return name.replace(/y/g, 'i').replace(/(\p{L})\1+/gu, '$1')
}

/** The first letters of names and the letters of initials: `h.w.` and `herbert walker` are `hw`. */
function initials(words: readonly string[]): string {
  return words.map((word) => (/^(?:\p{L}\.)+$/u.test(word) ? word.replaceAll('.', '') : word[0])).join('')
}

/** A name's words as compared (nameKey), accents folded: `López` as `lopez`. */
function foldedNameKey(name: string): string[] {
  return nameKey(name.normalize('NFD').replace(/\p{M}/gu, ''))
}


/** One name's words all in the other's, but for `the` (`The White House` / `White House`, `Biden Campaign` / `Biden-Harris Campaign`). */
function isSameOrganization(one: string, other: string): boolean {
  const [a, b] = [nameWords(one).filter((word) => word !== 'the'), nameWords(other).filter((word) => word !== 'the')]
  const [shorter, longer] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)]
  return shorter.every((word) => longer.has(word))
}

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[\s-]+/).filter((word) => word !== '')
}

function isFullName(speaker: string): boolean {
  const words = speaker.split(/\s+/)
  return words.length >= 2 && isProperName(speaker)
}

function isProperName(speaker: string): boolean {
  return speaker.split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word) || isParticleForm(word))
}

/**
 * Same words, different circumstances: another reporting verb, another cited
 * report, or attribution words that share little (`asked as soon as they got
 * off the stage` / `asked the crowd`) where both have a reporting verb.
 */
function contextDifferences(members: readonly MemberInput[], reference: number): Difference[] {
  const differences: Difference[] = []
  const base = members[reference]
  for (const member of members) {
    if (member === base || member.source === base.source) continue
    const about = member.quote === undefined ? {} : { quotes: [member.quote] }
    // `said` / `says` / `added` say the same; `said` / `told` / `tweeted` do not.
    if (base.verb && member.verb && reportingSense(base.verb) !== reportingSense(member.verb)) {
      differences.push({ type: 'context', level: 'context', detail: `${base.verb} / ${member.verb}`, sources: [member.source], ...about })
    }
    // (Nor the report against its own outlet's article, which cites nothing: `according to CNN` beside CNN's.)
    const isOwnReport = (cited: MemberInput, other: MemberInput) => !other.cites && !!cited.cites && isSameOutlet(cited.cites, other.outlet ?? null)
    if ((base.cites ?? null) !== (member.cites ?? null) && !isOwnReport(base, member) && !isOwnReport(member, base)) {
      // Each side whole, as the check quotes it: `no report cited / according to People`.
      const cited = (cites: string | null | undefined) => (cites ? `according to ${cites}` : 'no report cited')
      differences.push({ type: 'context', level: 'context', detail: `${cited(base.cites)} / ${cited(member.cites)}`, sources: [member.source], ...about })
    }
    // Only between quotes someone is said to speak: a phrase quoted in passing (`a war of Obama's choosing`) stands in
    // each article's own sentence, which says nothing of how it was said.
    if (base.verb && member.verb && base.context && member.context && base.context.stems.size > 0 && member.context.stems.size > 0) {
      if (overlap(base.context.stems, member.context.stems) < 0.34) {
        differences.push({
          type: 'context',
          level: 'context',
          detail: `"${base.context.text}" / "${member.context.text}"`,
          sources: [member.source],
          ...about,
        })
      }
    }
  }
  return differences
}

/** Shared items over the smaller set: one account may tell more without telling otherwise. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0
  for (const item of a) if (b.has(item)) both++
  return both / Math.min(a.size, b.size)
}

/**
 * One relayed report is one origin, and so is a report relayed by some
 * members and printed by its own outlet in the others (`told Politico`
 * beside Politico's article); near-verbatim passages across sources are copy.
 */
function provenanceOf(members: readonly MemberInput[], kind: Group['kind']): Provenance {
  const cited = new Set(members.flatMap((member) => (member.cites ? [member.cites] : [])))
  const [report] = cited
  const isOneReport = cited.size === 1 && members.every((member) => member.cites === report || isSameOutlet(report, member.outlet ?? null))
  const singleOrigin = isOneReport ? report : null

  const sharedCopy: Provenance['sharedCopy'] = []
  // Two outlets quoting the same words is no copy; only shared prose is.
  for (let i = 0; kind === 'claim' && i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]
      const b = members[j]
      const shorter = Math.min(a.tokens.length, b.tokens.length)
      const longest = Math.max(a.tokens.length, b.tokens.length)
      // Copy needs nine words in ten shared: most pairs fail that on their lengths (a cheap test first, give or
      // take a word, then the exact one) or words alone, and the diff may stop once it cannot.
      if (shorter < sharedCopyMinTokens || sharedCopyShare * longest > shorter + 1 || a.source === b.source) continue
      const needed = smallestShareCount(sharedCopyShare, longest)
      if (shorter < needed || sharedWordBound(a.tokens, b.tokens, needed) < needed) continue
      const similarity = sharedCount(diffTokens(a.tokens, b.tokens, { maxEditLength: a.tokens.length + b.tokens.length - 2 * needed })) / longest
      if (similarity >= sharedCopyShare) sharedCopy.push({ sources: [a.source, b.source], similarity: Math.round(similarity * 100) / 100 })
    }
  }
  return { singleOrigin, sharedCopy }
}
