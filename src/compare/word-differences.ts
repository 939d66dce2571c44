import type { Difference, Token, WordChange } from '../types.js'
import { signCharBefore } from '../pipeline/numbers.js'
import { foldTypography } from '../pipeline/typography.js'
import { isAbbreviation } from '../pipeline/normalize.js'
import { slicePassage, toWordChanges, type Passage, type TokenChange } from './diff.js'
import { endsWithHedge, hedgeAround, hedgeWordCount, isHedgePhrase, isHedgeWord, maxHedgeWords, maxHedgeWordsAfter, mayBothHold, withHedge, type Hedge } from './hedges.js'

const negations = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', "n't"])
// Days and months, by kind: a date conflict needs the same kind on both sides
// (`Monday` / `Tuesday`, not `April` / `Thursday`). `May` the month cannot be
// told from the verb, so it is left out.
const dateKinds: Array<[string, RegExp]> = [
  ['day', /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow)$/],
  ['month', /^(january|february|march|april|june|july|august|september|october|november|december)$/],
]

// Days each period names, for the span a statistic is measured over: `1-month`, `12-month`, `annual`,
// `year-over-year` (a year as twelve months of 30 days; spans within 3 % of each other are one, so that `12-month`,
// `52-week` and `annual` agree).
const periodDays = new Map<string, number>(Object.entries({ day: 1, week: 7, month: 30, quarter: 90, year: 360 }))
// Words that measure a change over a period wherever they stand.
const periodAdverbs = new Map<string, number>(Object.entries({
  annually: 360, 'day-over-day': 1, 'week-over-week': 7, 'month-over-month': 30, 'month-on-month': 30, 'quarter-over-quarter': 90,
  'year-over-year': 360, 'year-on-year': 360,
}))
// Words that do only after a figure (`rose 0.9% monthly`) or before what changes (`the annual inflation rate`); else
// they name how often something happens (`the annual meeting`).
const periodAdjectives = new Map<string, number>(Object.entries({ daily: 1, weekly: 7, monthly: 30, quarterly: 90, annual: 360, yearly: 360 }))
// What a period measures: `a 1-month spike`, `the 12-month period`, `annual inflation`.
const changeWords = /^(rise|rises|increase|increases|gain|gains|jump|spike|surge|climb|drop|drops|decline|declines|fall|dip|inflation|growth|rate|rates|change|high|low|average|peak|period|basis|pace)$/

/** The span in days the token at `index` measures a statistic over (`12-month spike`, `rose 2% annually`), if any. */
function periodAt(tokens: readonly Token[], index: number): number | undefined {
  const word = tokens[index].normal
  const adverb = periodAdverbs.get(word)
  if (adverb !== undefined) return adverb
  const rightBeforeChange = changeWords.test(tokens[index + 1]?.normal ?? '')
  const beforeChange = rightBeforeChange || changeWords.test(tokens[index + 2]?.normal ?? '')
  // A count and its period, which figure-compounds parts (`12-month`, `one-year`: `12` `month`): a measure only before
  // what changes. A plural only right before it (`12-months spike`; not `10 years of growth`, a span of time).
  const count = tokens[index - 1]?.value
  const unitDays = periodDays.get(word) ?? (rightBeforeChange ? periodDays.get(word.replace(/s$/, '')) : undefined)
  if (count !== undefined && unitDays !== undefined) return beforeChange ? count * unitDays : undefined
  // An adjective after a figure (`rose 0.9% monthly`) or before what changes (`the annual inflation rate`).
  const adjective = periodAdjectives.get(word)
  return adjective !== undefined && (beforeChange || count !== undefined) ? adjective : undefined
}

const isSamePeriod = (one: number, other: number) => Math.abs(one - other) <= 0.03 * Math.max(one, other)

/**
 * Whether the two accounts measure over different periods (`the largest 1-month spike since June 2008` / `the
 * sharpest 12-month inflation spike since August 2008`): then their figures and dates are two statistics, not
 * two counts of one. (Not a period of something else: `the two-day summit ends on June 5`, `the annual meeting`.)
 */
function measureOtherPeriods(referenceTokens: readonly Token[], memberTokens: readonly Token[]): boolean {
  const periods = (tokens: readonly Token[]) => {
    const found: number[] = []
    for (let index = 0; index < tokens.length; index++) {
      const days = periodAt(tokens, index)
      if (days !== undefined) found.push(days)
    }
    return found
  }
  const [one, other] = [periods(referenceTokens), periods(memberTokens)]
  return one.length > 0 && other.length > 0 && !one.some((days) => other.some((otherDays) => isSamePeriod(days, otherDays)))
}

/** A member compared with the group's reference wording. */
export interface MemberComparison {
  source: string
  /** A claim's figure may be hedged in one account and exact in another (`more than 1,000` / `1,240`); a quote's words are the speaker's own. */
  kind: 'quote' | 'claim'
  changes: TokenChange[]
  /** The reference's words and the member's, for showing changes as printed. */
  reference: Passage
  member: Passage
}

export function isNegation(token: Token): boolean {
  return negations.has(token.normal) || token.normal.endsWith("n't")
}

/**
 * The negations among the tokens of `owner`, but for `not` opening `not only
 * … but` or `not just … but also`, which add rather than deny, and a
 * negation inside a question put as a clause (`to know which Americans
 * haven't been vaccinated` asks what `… which Americans have been` asks).
 */
function negationsIn(tokens: readonly Token[], owner: MemberText): Token[] {
  return tokens.filter((token) => {
    if (!isNegation(token)) return false
    const at = token.start - owner.start
    if (token.normal === 'not' && correlative.test(owner.text.slice(at + token.text.length))) return false
    return !askedAbout.test(owner.text.slice(Math.max(0, at - 80), at))
  })
}

// `only` or `just` after `not`, then `but` later in the sentence.
const correlative = /^\s+(?:only|just|merely|simply)\b[^.;:!?]*\bbut\b/i
// A verb of knowing or asking, `which`, `who` or `whether`, and a few words of that clause, up to the negation.
const askedAbout = /\b(?:know|knows|knowing|knew|ask|asks|asked|asking|learn|learned|find out|found out|determine|determined|track|check|reveal|disclose|wonder|wondered|decide)\s+(?:which|who|whether)\b[^.,;:!?]{0,50}$/i

/**
 * Whether the words a member has in place of the reference's hold a number, a day or month, or a negation,
 * or change the hedge before a number (`nearly` 1,000): what a conflict turns on.
 */
export function editsMayConflict(changes: readonly TokenChange[]): boolean {
  for (let index = 0; index < changes.length; index++) {
    const { kind, tokens } = changes[index]
    if (kind === 'added' && (holdsDetail(tokens) || isHedgeChanged(tokens, changes[index + 1]))) return true
  }
  return false
}

/** Whether the words hold a number, a day or month, or a negation: a detail two accounts may disagree on. */
export function holdsDetail(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.value !== undefined || isNegation(token) || dateKinds.some(([, pattern]) => pattern.test(token.normal)))
}

/** Whether added words change the hedge of the number the next run holds (`nearly` 1,000, `more` than 1,000). */
function isHedgeChanged(added: readonly Token[], next: TokenChange | undefined): boolean {
  if (next === undefined) return false
  const numberAt = next.tokens.findIndex((token) => token.value !== undefined)
  if (numberAt < 0 || numberAt > 2) return false
  return endsWithHedge([...added, ...next.tokens.slice(0, numberAt)].map((token) => token.normal))
}

/**
 * The typed differences one member shows against the reference: cosmetic
 * ones on words that match (censored spelling, typography, case, number
 * format) and real ones on words that differ (numbers, negation, dates,
 * wording). `isCut` says the member is a contiguous cut of the reference or
 * the reverse, which is an omission rather than a rewording.
 */
export function wordDifferences(comparison: MemberComparison, isCut: boolean): Difference[] {
  const { source, kind, reference, member } = comparison
  const differences: Difference[] = []
  const { changes, spellings: percentSpellings } = withoutSpelledOutPercents(comparison.changes, reference, member)
  // Each side's words in order, for figures a side gives elsewhere: made once, when first needed.
  let tokensBySide: ReturnType<typeof tokensOfSides> | undefined
  // Whether a claim's two accounts measure over different periods (a quote's words are its speaker's): worked out
  // once, when first needed.
  let otherMeasure: boolean | undefined
  const isOtherMeasure = () => {
    const { referenceTokens, memberTokens } = (tokensBySide ??= tokensOfSides(changes))
    return (otherMeasure ??= kind === 'claim' && measureOtherPeriods(referenceTokens, memberTokens))
  }
  // A figure changed (not rounded alike): nothing in a claim when the other's bound or estimate holds for it, a rewording
  // in a claim when one side rounds to a digit before `million`, else a conflict.
  const addChangedFigure = (gone: readonly Token[], come: readonly Token[], rounding: Rounding | undefined) => {
    if (kind === 'claim' && isHedgedAlike(gone, come, reference, member)) return
    const goneRate = kind === 'claim' ? rateOf(gone[gone.length - 1], reference) : undefined
    const comeRate = goneRate ? rateOf(come[come.length - 1], member) : undefined
    // `up to $3,000 per child` / `up to $300 per month`: two quantities, not two counts of one.
    if (goneRate && comeRate && goneRate.unit !== comeRate.unit) {
      add('number', 'wording', `${printedFigures(gone, reference)}${goneRate.printed} / ${printedFigures(come, member)}${comeRate.printed}`, true)
      return
    }
    const isPlacedElsewhere = () => {
      const { referenceTokens, memberTokens } = (tokensBySide ??= tokensOfSides(changes))
      return isStatedAlike(gone, referenceTokens, memberTokens) || isStatedAlike(come, memberTokens, referenceTokens)
    }
    const level = kind === 'claim' && (rounding === 'coarse' || isPlacedElsewhere() || isOtherMeasure()) ? 'wording' : 'conflict'
    add('number', level, `${printedFigures(gone, reference)} / ${printedFigures(come, member)}`, true)
  }
  // Every line that shows word changes shows the same ones: made once, when first needed.
  let wordChanges: WordChange[] | undefined
  const shownChanges = () => (wordChanges ??= toWordChanges(changes, reference, member))
  const add = (type: Difference['type'], level: Difference['level'], detail: string, withChanges = false) => {
    const difference: Difference = { type, level, detail, sources: [source] }
    if (withChanges) difference.changes = shownChanges()
    differences.push(difference)
  }

  for (const spelling of percentSpellings) add('typography', 'cosmetic', `${spelling.before} / ${spelling.after}`)
  // A capital that only opens a member (`We have` quoted from `… and we have`) is where the quote or sentence starts, not a spelling.
  const referenceFirst = changes.find((change) => change.kind !== 'added')?.tokens[0]
  const firstKept = changes.find((change) => change.kind !== 'removed')
  const memberFirst = firstKept?.kind === 'same' ? firstKept.matched?.[0] : firstKept?.tokens[0]
  // Indexed loops, no callbacks: this runs over every kept word of every member, mostly before the compiler has caught up.
  let edited = 0
  let kept = 0
  for (let changeIndex = 0; changeIndex < changes.length; changeIndex++) {
    const { kind, tokens, matched } = changes[changeIndex]
    if (kind !== 'same') edited += tokens.length
    else kept += keptWords(changes[changeIndex])
    if (kind !== 'same' || !matched) continue
    // `we will` / `we'll`: the same words, one side contracted; `workforce` / `work force`: one word written apart
    // (joinContractions).
    const { isContraction, isCompound } = changes[changeIndex]
    if (isContraction || isCompound) {
      add(isContraction ? 'contraction' : 'typography', 'cosmetic', `${slicePassage(reference, tokens)} / ${slicePassage(member, matched)}`)
      continue
    }
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      const other = matched[index]
      if (token.value !== undefined && other.value !== undefined) {
        // The same figure with another sign, currency or unit around it is another number: `-2.1%` / `2.1%`, `5%` / `$5`.
        const [one, two] = [signsOf(token, reference), signsOf(other, member)]
        if (one && two && areOtherSigns(one, two)) {
          add('number', 'conflict', `${one.before}${token.text}${one.after || one.unit} / ${two.before}${other.text}${two.after || two.unit}`, true)
          continue
        }
        // The same figure as two bounds that exclude each other: `nearly 1,000` / `more than 1,000`. Shared words
        // around it, as many as a hedge takes, are the same hedge on both sides.
        const mayHedgeDiffer = index < maxHedgeWords || index + maxHedgeWordsAfter >= tokens.length
        const [oneHedge, otherHedge] = mayHedgeDiffer ? [hedgeOf(token, reference), hedgeOf(other, member)] : []
        if (oneHedge && otherHedge && oneHedge.kind !== otherHedge.kind && !mayBothHold({ value: signedValue(token, reference), hedge: oneHedge }, { value: signedValue(other, member), hedge: otherHedge })) {
          add('number', 'conflict', `${printedFigures([token], reference)} / ${printedFigures([other], member)}`, true)
          continue
        }
      }
      if (token.text === other.text) continue
      const pair = `${token.text} / ${other.text}`
      if (token.isCensored || other.isCensored) add('censorship', 'cosmetic', pair)
      // (`one` / `One` is the same word in another case: a capital that opens a sentence, or a case difference.)
      else if (token.value !== undefined && other.value !== undefined && token.text.toLowerCase() !== other.text.toLowerCase()) add('number', 'cosmetic', pair)
      else if (foldTypography(token.text) === foldTypography(other.text)) add('typography', 'cosmetic', pair)
      else if (token.text.toLowerCase() === other.text.toLowerCase() && !isOpeningCapital(token, other, referenceFirst, memberFirst) && !opensPart(token, other, reference, member)) add('case', 'cosmetic', pair)
      // (Matched as one word: `U.S.` / `US`, `Sen.` / `Senator` are house style; `us` / `U.S.` are two words, the
      // pronoun's form that dotted letters come down to.)
      else if (isAbbreviation(token.text, other.text)) {
        if (/^\p{Ll}+$/u.test(token.text) || /^\p{Ll}+$/u.test(other.text)) add('wording', 'wording', pair, true)
        else add('typography', 'cosmetic', pair)
      }
    }
  }
  if (edited === 0) return differences

  // A conflict is a substitution: words of one account replaced by others at
  // the same place, not numbers or negations that merely stand elsewhere.
  const replaced = substitutions(changes)
  // Figures already set against one another, which the pass over figures counting alike leaves be.
  const compared = new Set<Token>()
  for (const { gone, come } of replaced) {
    if (unhedgedLength(gone) > maxSubstitutionTokens || unhedgedLength(come) > maxSubstitutionTokens) continue
    const goneNumbers = gone.filter((token) => token.value !== undefined)
    const comeNumbers = come.filter((token) => token.value !== undefined)
    if (goneNumbers.length > 0 && comeNumbers.length > 0) {
      for (const token of [...goneNumbers, ...comeNumbers]) compared.add(token)
      const rounding = roundingOf(goneNumbers, comeNumbers, reference, member)
      if (rounding === 'cosmetic') add('number', 'cosmetic', `${texts(goneNumbers)} / ${texts(comeNumbers)}`)
      else addChangedFigure(goneNumbers, comeNumbers, rounding)
    }
    for (const [, pattern] of dateKinds) {
      const goneDates = gone.filter((token) => pattern.test(token.normal))
      const comeDates = come.filter((token) => pattern.test(token.normal))
      if (goneDates.length > 0 && comeDates.length > 0) add('date', isOtherMeasure() ? 'wording' : 'conflict', `${texts(goneDates)} / ${texts(comeDates)}`, true)
    }
    const [goneTimes, comeTimes] = [clockTimes(gone, reference), clockTimes(come, member)]
    if (goneTimes.length > 0 && comeTimes.length > 0 && goneTimes.some((time, index) => time.minutes !== comeTimes[index]?.minutes)) {
      add('date', 'conflict', `${goneTimes.map((time) => time.text).join(' ')} / ${comeTimes.map((time) => time.text).join(' ')}`, true)
    }
  }
  for (const { gone, come } of numbersInPlace(changes, reference, member)) {
    for (const token of [...gone, ...come]) compared.add(token)
    const rounding = roundingOf(gone, come, reference, member)
    if (rounding !== 'cosmetic') addChangedFigure(gone, come, rounding)
  }
  for (const { gone, come, isFramedAlike } of figuresCountedAlike(changes, () => (tokensBySide ??= tokensOfSides(changes)), reference, member, compared)) {
    const rounding = roundingOf(gone, come, reference, member)
    if (rounding === 'cosmetic') continue
    // Framed by other words, two figures of one count may be two quantities (`40 people were rescued` / `50 people
    // still missing`): a difference to read, not a conflict.
    if (isFramedAlike) addChangedFigure(gone, come, rounding)
    else add('number', 'wording', `${printedFigures(gone, reference)} / ${printedFigures(come, member)}`, true)
  }
  // Cutting a quote short is not denying it: only a negation put in or taken
  // out between shared words turns the statement around.
  if (!isCut) {
    for (const index of insertions(changes)) {
      const inserted = changes[index]
      // `no more than` put before a figure bounds it: that is the hedges' to judge.
      const isHedge = isHedgePhrase(inserted.tokens.map((token) => token.normal)) && changes[index + 1]?.tokens[0]?.value !== undefined
      const negations = negationsIn(inserted.tokens, inserted.kind === 'added' ? member : reference)
      if (inserted.tokens.length <= maxSubstitutionTokens && !isHedge && negations.length > 0 && !isRepetition(changes, index, reference, member)) {
        const negation = texts(negations)
        add('negation', 'conflict', inserted.kind === 'added' ? `affirmative / ${negation}` : `${negation} / affirmative`, true)
      }
    }
    // Only in one statement told two ways: between shared words, with more words kept than changed
    // (not where a quote runs on into other sentences and meets a word of the first by chance).
    const isOneStatement = kept >= edited
    for (const { gone, come, isEnclosed } of replaced) {
      const negation = isOneStatement && isEnclosed ? negationBetween(gone, come, reference, member) : undefined
      if (negation) add('negation', 'conflict', negation, true)
    }
  }
  if (isCut) {
    // Each left-out (or added) stretch as printed, in quote marks: a fact-checker reads those as a quotation.
    const isLeftOut = changes.some((change) => change.kind === 'removed')
    const stretches = changes
      .filter((change) => change.kind === (isLeftOut ? 'removed' : 'added'))
      .map((change) => slicePassage(isLeftOut ? reference : member, change.tokens))
    add('omission', 'wording', `${isLeftOut ? 'leaves out' : 'adds'} "${stretches.join(' … ')}"`, true)
  } else {
    add('wording', 'wording', wordingDetail(shownChanges()), true)
  }
  return differences
}

/** One figure's percent as each side prints it (`5 percent`, `5%`); `at` is where it starts in the member's text. */
export interface PercentSpelling {
  before: string
  after: string
  at: number
}

/**
 * The diff without the words that only spell out a percent sign the other side prints after the same figure (`5
 * percent` / `5%`, `5 per cent` / `5%`): house style, not a rewording. Those are given as printed on each side.
 */
export function withoutSpelledOutPercents(
  changes: TokenChange[], reference: MemberText, member: MemberText,
): { changes: TokenChange[]; spellings: PercentSpelling[] } {
  let kept: TokenChange[] | undefined
  const spellings: PercentSpelling[] = []
  for (let index = 0; index < changes.length; index++) {
    const [before, change, after] = [changes[index - 1], changes[index], changes[index + 1]]
    const figure = before?.kind === 'same' ? before.tokens[before.tokens.length - 1] : undefined
    const other = before?.matched?.[before.matched.length - 1]
    const isSpelledOut = figure?.value !== undefined && other?.value !== undefined && change.kind !== 'same' && (after === undefined || after.kind === 'same') &&
      percentWords.has(change.tokens.map((token) => token.normal).join(' ')) &&
      (change.kind === 'removed' ? percentAfter(other, member) : percentAfter(figure, reference)) === '%'
    if (!isSpelledOut) {
      kept?.push(change)
      continue
    }
    kept ??= changes.slice(0, index)
    // The figure with its words, as printed on the side that spells the sign out (`5 per cent`).
    const [owner, first] = change.kind === 'removed' ? [reference, figure] : [member, other]
    const spelled = owner.text.slice(first.start - owner.start, change.tokens[change.tokens.length - 1].end - owner.start)
    const at = other.start - member.start
    spellings.push(change.kind === 'removed' ? { before: spelled, after: `${other.text}%`, at } : { before: `${figure.text}%`, after: spelled, at })
  }
  return { changes: kept ?? changes, spellings }
}

const percentWords = new Set(['percent', 'per cent', 'pct'])

/**
 * Whether the other side (`other`, its words in order) gives each of
 * `figures` (of `own`) too, after the same word: `Individuals 18 and older
 * …` / `individuals 65 and older, and individuals 18 to 64 …` is one figure
 * placed elsewhere, not disputed. The word is the nearest of the two before
 * the figure that says what is counted: no stop word or hedge (`in 2018` /
 * `in 2021`, `at least 12`), no figure, and no capitalized word but the
 * first (`Jan. 12`, `Mark Smith, 34`); without one, the figure is disputed
 * (`Article 1, Section 1` / `Article 2, Section 1`).
 */
function isStatedAlike(figures: readonly Token[], own: readonly Token[], other: readonly Token[]): boolean {
  return figures.every((figure) => {
    const at = own.indexOf(figure)
    const frame = own.slice(Math.max(0, at - framedWithin), Math.max(0, at)).reverse().find((word) => isCountedWord(word, own[0]))
    if (frame === undefined) return false
    return other.some((token, index) => token.value === figure.value && other.slice(Math.max(0, index - framedWithin), index).some((word) => word.normal === frame.normal))
  })
}

/** The reference's words and the member's, each in order, from the changes between them. */
function tokensOfSides(changes: readonly TokenChange[]): { referenceTokens: Token[]; memberTokens: Token[] } {
  const referenceTokens: Token[] = []
  const memberTokens: Token[] = []
  for (const change of changes) {
    if (change.kind !== 'added') referenceTokens.push(...change.tokens)
    if (change.kind !== 'removed') memberTokens.push(...(change.kind === 'same' ? change.matched ?? change.tokens : change.tokens))
  }
  return { referenceTokens, memberTokens }
}

/** How many words before a figure may say what it counts. */
const framedWithin = 2

/** A word that may say what a figure counts: not a stop word, hedge, figure or name (a capital only opening the text). */
function isCountedWord(word: Token, first: Token): boolean {
  return !word.isStopword && !isHedgeWord(word.normal) && word.value === undefined && /\p{L}/u.test(word.text) && (word === first || !/^\p{Lu}/u.test(word.text))
}

/** A member's first word that differs from the other's in its first letter's case alone (`We` / `we`; `NASA` / `Nasa` differ more). */
function isOpeningCapital(token: Token, other: Token, referenceFirst: Token | undefined, memberFirst: Token | undefined): boolean {
  return (token === referenceFirst || other === memberFirst) && token.text.slice(1) === other.text.slice(1)
}

/** A capital that opens a later part of a split quote (`…bridge," she said. "And we will …`): where a quote opens again. */
function opensPart(token: Token, other: Token, reference: Passage, member: Passage): boolean {
  return (reference.partOpenings?.has(token) === true || member.partOpenings?.has(other) === true) && token.text.slice(1) === other.text.slice(1)
}

/** A replaced stretch longer than this is a different statement, not a changed detail. */
const maxSubstitutionTokens = 3

/**
 * Numbers at the same place in longer runs that replace each other, which
 * are no changed detail as a whole: right after shared words, both runs
 * open with a number, and each number ends its run or its clause (a mark
 * follows) or is followed by the same word as the other (`since 2002` /
 * `since 2003, and that is what Ryan had argued`; not `expecting 870,000
 * jobs gained this month` / `expecting 8.5% growth in the quarter`, two
 * quantities). Runs of at most maxSubstitutionTokens are the
 * substitutions' to judge. Numbers closing two runs before shared words are
 * not compared: those runs hold what is counted (`Apple shares fell 3
 * percent` / `Microsoft stock jumped 5 percent`).
 */
function numbersInPlace(changes: readonly TokenChange[], reference: MemberText, member: MemberText): Array<{ gone: Token[]; come: Token[] }> {
  const found: Array<{ gone: Token[]; come: Token[] }> = []
  for (let index = 1; index + 1 < changes.length; index++) {
    const [first, second] = [changes[index], changes[index + 1]]
    if (first.kind === 'same' || second.kind === 'same' || first.kind === second.kind || !isFrame(changes[index - 1])) continue
    const [gone, come] = first.kind === 'removed' ? [first.tokens, second.tokens] : [second.tokens, first.tokens]
    if (gone.length <= maxSubstitutionTokens && come.length <= maxSubstitutionTokens) continue
    const [goneNumbers, comeNumbers] = [numberRun(gone), numberRun(come)]
    if (goneNumbers.length === 0 || comeNumbers.length === 0) continue
    const [goneNext, comeNext] = [nextInClause(gone, goneNumbers.length, reference), nextInClause(come, comeNumbers.length, member)]
    if (goneNext === undefined || comeNext === undefined || goneNext.normal === comeNext.normal) found.push({ gone: goneNumbers, come: comeNumbers })
  }
  return found
}

/**
 * Figures the word diff could not line up, the sentences running in another
 * order, that count the same thing: `took the 35-word oath administered by
 * …` / `administered the 38-word oath`, `waited six hours` / `waited in line
 * for seven hours`. What a figure counts is the word joined to it by a
 * hyphen, else the next word of its clause when that is no stop word; each
 * side must give one figure of that count and no more, so that the pair is
 * no guess, and neither may be one the substitutions compared already.
 */
function figuresCountedAlike(
  changes: readonly TokenChange[], sides: () => ReturnType<typeof tokensOfSides>, reference: MemberText, member: MemberText, compared: ReadonlySet<Token>,
): Array<{ gone: Token[]; come: Token[]; isFramedAlike: boolean }> {
  // Only a figure taken out and one put in can pair: most comparisons have none, and stop here.
  const isEdited = new Set<Token>()
  let removedFigures = false
  let addedFigures = false
  for (const change of changes) {
    if (change.kind === 'same') continue
    for (const token of change.tokens) {
      isEdited.add(token)
      if (token.value === undefined) continue
      if (change.kind === 'removed') removedFigures = true
      else addedFigures = true
    }
  }
  if (!removedFigures || !addedFigures) return []
  const { referenceTokens, memberTokens } = sides()
  const [referenceCounts, memberCounts] = [figuresByCount(referenceTokens, reference), figuresByCount(memberTokens, member)]
  const found: Array<{ gone: Token[]; come: Token[]; isFramedAlike: boolean }> = []
  for (const [count, gone] of referenceCounts) {
    const come = memberCounts.get(count)
    if (gone.length !== 1 || come?.length !== 1) continue
    const [one, other] = [gone[0], come[0]]
    // (A tally's side may stay: `51-49` / `50 to 49`.)
    const isFree = (figure: Token[]) =>
      !figure.some((token) => compared.has(token)) && (count === tallyCount ? figure.some((token) => isEdited.has(token)) : figure.every((token) => isEdited.has(token)))
    if (isFree(one) && isFree(other) && !isSameFigure(one, other, count) && areNear(one, other, count) && shareWordAround(one, referenceTokens, other, memberTokens, count)) {
      // Two tallies of a vote in one claim are its count, however framed.
      const isFramed = count === tallyCount || isFramedAlike(one, referenceTokens, other, memberTokens, count)
      found.push({ gone: one, come: other, isFramedAlike: isFramed })
    }
  }
  return found
}

/**
 * Two accounts of one figure differ by a little (`35` / `38`, `220` / `222`,
 * `$5 trillion` / `$6 trillion`); figures further apart that count the same
 * thing are most often two quantities (`hold 240 seats` / `lost 60 seats`).
 */
function areNear(one: readonly Token[], other: readonly Token[], count: string): boolean {
  // (A unanimous tally has a side of nought on both: `9-0` / `8-0`.)
  const isNear = (a: number, b: number) => a === b || (Math.min(a, b) > 0 && Math.max(a, b) / Math.min(a, b) <= maxFigureRatio)
  // A tally is near another side by side: `220-to-190` / `222-190`, not `285-120`.
  if (count === tallyCount) {
    const theirs = figureValues(other, count)
    return figureValues(one, count).every((value, index) => isNear(Math.abs(value), Math.abs(theirs[index])))
  }
  return isNear(Math.abs(one[one.length - 1].value!), Math.abs(other[other.length - 1].value!))
}

/**
 * How two single figures of one count (figuresByCount) stand: the `same`
 * account (the same numbers, or one a rounding of the other: `9.2 million` /
 * `9.21 million`), an `other` one (near each other, as figuresCountedAlike
 * pairs them: `five months` / `six months`), or `neither` (far apart, or
 * bounds both may meet: `more than 180` / `at least 150`).
 */
export function figureRelation(one: readonly Token[], owner: MemberText, other: readonly Token[], otherOwner: MemberText, count: string): 'same' | 'other' | 'neither' {
  if (isSameFigure(one, other, count)) return 'same'
  if (count !== tallyCount && roundingOf(one, other, owner, otherOwner) !== undefined) return 'same'
  if (!areNear(one, other, count) || (count !== tallyCount && isHedgedAlike(one, other, owner, otherOwner))) return 'neither'
  return 'other'
}

/** The same numbers (a tally's in either order). */
function isSameFigure(one: readonly Token[], other: readonly Token[], count: string): boolean {
  const [oneValues, otherValues] = [figureValues(one, count), figureValues(other, count)]
  return oneValues.length === otherValues.length && oneValues.every((value, index) => value === otherValues[index])
}

/** A figure's numbers; a tally's larger side first, as outlets put either first (`50-48`, `a 48 to 50 vote`). */
function figureValues(figure: readonly Token[], count: string): number[] {
  const values = figure.map((token) => token.value!)
  return count === tallyCount ? values.sort((a, b) => b - a) : values
}

const maxFigureRatio = 1.5

/** Besides what they count, the two figures have a content word or another figure in common near them (`administered`, `47%`). */
function shareWordAround(one: readonly Token[], own: readonly Token[], other: readonly Token[], theirs: readonly Token[], count: string): boolean {
  const around = (figure: readonly Token[], tokens: readonly Token[]) => {
    const at = tokens.indexOf(figure[0])
    return [...tokens.slice(Math.max(0, at - wordsAroundFigure), at), ...tokens.slice(at + figure.length, at + figure.length + wordsAroundFigure)]
      .filter((token) => token.value !== undefined || (!token.isStopword && /\p{L}/u.test(token.text) && token.stem !== count))
      .map((token) => (token.value !== undefined ? `#${token.value}` : token.stem))
  }
  const near = new Set(around(one, own))
  return around(other, theirs).some((stem) => near.has(stem))
}

/** Words either side of a figure that may say what it is about. */
const wordsAroundFigure = 6

/**
 * The words right around the two figures say the same: the nearest content
 * word before each (`killed at least nine people` / `killed at least
 * eight`), or a content word just after what they count (`the 38-word oath`
 * / `the 35-word oath administered`).
 */
function isFramedAlike(one: readonly Token[], own: readonly Token[], other: readonly Token[], theirs: readonly Token[], count: string): boolean {
  const isContent = (token: Token | undefined) => token !== undefined && token.value === undefined && !token.isStopword && !isHedgeWord(token.normal) && /\p{L}/u.test(token.text)
  const before = (figure: readonly Token[], tokens: readonly Token[]) => {
    const at = tokens.indexOf(figure[0])
    for (let index = at - 1; index >= Math.max(0, at - wordsFramingFigure); index--) if (isContent(tokens[index])) return tokens[index].stem
    return undefined
  }
  const after = (figure: readonly Token[], tokens: readonly Token[]) => {
    const end = tokens.indexOf(figure[figure.length - 1]) + 1
    return tokens.slice(end, end + wordsFramingFigure).filter((token) => isContent(token) && token.stem !== count && `-${token.normal}` !== count).map((token) => token.stem)
  }
  const [oneBefore, otherBefore] = [before(one, own), before(other, theirs)]
  if (oneBefore !== undefined && oneBefore === otherBefore) return true
  const oneAfter = new Set(after(one, own))
  return after(other, theirs).some((stem) => oneAfter.has(stem))
}

/** Words either side of a figure that frame it closely (see isFramedAlike). */
const wordsFramingFigure = 3

/** A side's figures (runs of number tokens) by what each counts (see figuresCountedAlike). */
export function figuresByCount(tokens: readonly Token[], owner: MemberText): Map<string, Token[][]> {
  const byCount = new Map<string, Token[][]>()
  let start = 0
  while (start < tokens.length) {
    if (tokens[start].value === undefined) {
      start++
      continue
    }
    // (One figure's words stand apart by a space alone: `1.5 million`, not `47% six`.)
    let end = start + 1
    while (end < tokens.length && tokens[end].value !== undefined && /^\s+$/.test(owner.text.slice(tokens[end - 1].end - owner.start, tokens[end].start - owner.start))) end++
    const tallyEnd = end === start + 1 ? tallyEndAt(tokens, start, owner) : undefined
    if (tallyEnd !== undefined) {
      byCount.set(tallyCount, [...(byCount.get(tallyCount) ?? []), [tokens[start], tokens[tallyEnd - 1]]])
      start = tallyEnd
      continue
    }
    const figure = tokens.slice(start, end)
    const joined = countedAfter(figure[figure.length - 1], owner)
    const next = joined === '' ? nextInClause(tokens, end, owner) : undefined
    // (Not a percentage: one of what is left unsaid, a price rise with food or without.)
    const isPercentage = owner.text[figure[figure.length - 1].end - owner.start] === '%' || next?.normal === 'percent'
    const count = joined !== '' ? joined.toLowerCase() : next && !isPercentage && !next.isStopword && /^\p{Ll}+$/u.test(next.text) ? next.stem : undefined
    if (count !== undefined) byCount.set(count, [...(byCount.get(count) ?? []), figure])
    start = end
  }
  return byCount
}

/** What a vote's tally counts, in figuresByCount: no word's stem, so that `vote` near both tallies is a word they share. */
const tallyCount = '#tally'

/** Between the two sides of a tally: `222-190`, `220-to-190`, `220 to 190`. */
const tallyJoint = /^(?:\s*[-\u2010\u2011\u2013]\s*|(?:[-\u2010\u2011]|\s+)to(?:[-\u2010\u2011]|\s+))$/

/**
 * Where a vote's tally that starts at `index` ends: two single figures joined
 * as a tally (`222-190`, `220-to-190`, whose `to` is a word of its own) that
 * a word of voting stands right beside: before it past stop words only (`The
 * vote was 222-190`, `by a vote of 50 to 49`), or after it past one word at
 * most (`a 51-49 vote`, `the 220-to-190 party-line vote`). Not a court's
 * `6-3 conservative majority` that voted, a Senate's `50-50`, `15-20 years`.
 */
function tallyEndAt(tokens: readonly Token[], index: number, owner: MemberText): number | undefined {
  const second = tokens[index + 1]?.normal === 'to' ? index + 2 : index + 1
  const [first, other, after] = [tokens[index], tokens[second], tokens[second + 1]]
  if (other?.value === undefined || !tallyJoint.test(owner.text.slice(first.end - owner.start, other.start - owner.start))) return undefined
  if (after?.value !== undefined && /^\s+$/.test(owner.text.slice(other.end - owner.start, after.start - owner.start))) return undefined
  const isVote = (token: Token | undefined) => token !== undefined && voteStems.has(token.stem)
  for (let at = index - 1; at >= Math.max(0, index - maxWordsBeforeTally); at--) {
    if (isVote(tokens[at])) return second + 1
    if (!tokens[at].isStopword) break
  }
  return isVote(tokens[second + 1]) || (isVote(tokens[second + 2]) && tokens[second + 1].value === undefined) ? second + 1 : undefined
}

const voteStems = new Set(['vote', 'talli'])
/** Stop words a word of voting may stand back from the tally after it by: `a vote of`, `the vote was`. */
const maxWordsBeforeTally = 4

/**
 * The reference's words a kept change holds: a joined compound repeats its
 * one word to pad (`workforce` for `work force`); a contraction's padding
 * stands for the words it contracts (`we'll` for `we will`) and counts.
 */
function keptWords(change: TokenChange): number {
  return change.isCompound ? new Set(change.tokens).size : change.tokens.length
}

/** Shared words enough to place a number by: three or more, one of them no stop word (not `percent` or `from` alone). */
function isFrame(change: TokenChange | undefined): boolean {
  return change?.kind === 'same' && keptWords(change) >= minFrameTokens && change.tokens.some((token) => !token.isStopword && token.value === undefined)
}

const minFrameTokens = 3

/**
 * One figure given to fewer decimals by one side: `9.2 million` / `9.21
 * million`, `3.5%` / `3.46%`. Number for number, the finer is within half a
 * unit of the coarser's last decimal, and both have the same scale and signs
 * around them (` million`, `%`, `$`: `$3 billion` / `€3.2 billion` is no
 * rounding). `cosmetic` when the coarser keeps two significant digits or
 * more; `coarse` when it keeps one before `million`, `billion` or `trillion`
 * (`$1 trillion` / `$1.2 trillion`, how a bill is named in the news: a
 * rewording of a claim, though a misquote of a quote); `4%` / `4.4%`, `1` /
 * `0.5` are different figures. `gone` are words of `reference`, `come` of
 * `member`: their text shows the signs the tokens leave out.
 */
type Rounding = 'cosmetic' | 'coarse'

function roundingOf(gone: readonly Token[], come: readonly Token[], reference: MemberText, member: MemberText): Rounding | undefined {
  if (gone.length !== come.length) return undefined
  let rounding: Rounding | undefined
  for (let index = 0; index < gone.length; index++) {
    if (gone[index].value === come[index].value) continue
    const [one, other] = [figureOf(gone[index], reference), figureOf(come[index], member)]
    if (!one || !other || one.scale !== other.scale) return undefined
    const [coarse, fine] = one.decimals <= other.decimals ? [one, other] : [other, one]
    const halfUnit = 0.5 * 10 ** -coarse.decimals
    const distance = Math.abs(fine.value - coarse.value)
    if (distance > halfUnit * (1 + 1e-9)) return undefined
    if (coarse.significantDigits >= 2) rounding ??= 'cosmetic'
    // One figure rounds to one value: `1.5` is no rounding of both `1` and `2`.
    else if (/\b(?:million|billion|trillion)\b/.test(coarse.scale) && distance < halfUnit * (1 - 1e-9)) rounding = 'coarse'
    else return undefined
  }
  return rounding
}

/**
 * Figures one side gives as a bound or estimate that the other's meet,
 * number for number: `more than 1,000` / `1,240`, `about $40 million` /
 * `$42.5 million`. Two figures hedged alike must be the same (`more than
 * 1,000` / `more than 2,000` is two counts), and so must two exact ones.
 */
function isHedgedAlike(gone: readonly Token[], come: readonly Token[], reference: MemberText, member: MemberText): boolean {
  if (gone.length !== come.length) return false
  let isHedged = false
  for (let index = 0; index < gone.length; index++) {
    const one = { value: signedValue(gone[index], reference), hedge: hedgeOf(gone[index], reference) }
    const other = { value: signedValue(come[index], member), hedge: hedgeOf(come[index], member) }
    if (one.hedge.kind === other.hedge.kind) {
      if (one.value !== other.value) return false
    } else if (mayBothHold(one, other)) isHedged = true
    else return false
  }
  return isHedged
}

// What a figure may be counted per, by the stem of the unit's word: synonyms share one (`per capita` / `per person`).
const rateUnits = new Map(Object.entries({
  year: 'year', annum: 'year', annually: 'year', yearly: 'year', month: 'month', monthly: 'month', week: 'week',
  weekly: 'week', day: 'day', daily: 'day', night: 'night', nightly: 'night', hour: 'hour', hourly: 'hour',
  minute: 'minute', second: 'second', quarter: 'quarter', quarterly: 'quarter', decade: 'decade',
  person: 'person', capita: 'person', head: 'person', people: 'person', resident: 'person', individual: 'person',
  child: 'child', children: 'child', kid: 'child', student: 'student', household: 'household', family: 'household',
  families: 'household', home: 'household',
  worker: 'worker', employee: 'worker', patient: 'patient', member: 'member', voter: 'voter', dose: 'dose', shot: 'dose',
  ticket: 'ticket', share: 'share', gallon: 'gallon', barrel: 'barrel', pound: 'pound', ton: 'ton', mile: 'mile',
  kilometer: 'kilometer', acre: 'acre', unit: 'unit', vehicle: 'vehicle', car: 'vehicle',
}))

const rateUnitWords = [...rateUnits.keys()].filter((word) => !word.endsWith('ly'))
const rateAdverbs = [...rateUnits.keys()].filter((word) => word.endsWith('ly'))
/**
 * After a figure: up to two plain words (`percent`, `dollars more`, `per
 * cent`), then `per`, `a`, `an`, `each` or `every`, maybe an adjective
 * (`per eligible child`), and a unit (plural too); or an adverb
 * (`annually`). After `a` or `an`, a time that places is no rate (`a day
 * later`, `a year ago`, `a second time`).
 */
const ratePattern = new RegExp(
  `^%?(?:\\s+(?:per\\s+cent|\\p{Ll}+)){0,2}?\\s+(?:(?:(?:per|each|every)\\s+(?:\\p{Ll}+\\s+)?(${rateUnitWords.join('|')})(?:s|es)?|` +
    `an?\\s+(?:\\p{Ll}+\\s+)?(${rateUnitWords.join('|')})(?:s|es)?(?!\\s+(?:ago|later|earlier|after|before|prior|time|into)(?!\\p{L})))|(${rateAdverbs.join('|')}))(?!\\p{L})`,
  'u',
)

/**
 * What a figure counts per, read after it in its member's text: `$300 per
 * month`, `$3,000 a year`, `5 percent annually`, `200 people a month`,
 * `$40,000 per capita`, `$3,000 per eligible child`: the unit (synonyms as
 * one) and the words as printed; undefined without one.
 */
function rateOf(token: Token, owner: MemberText): { unit: string; printed: string } | undefined {
  const after = owner.text.slice(token.end - owner.start, token.end - owner.start + 60)
  const match = ratePattern.exec(after)
  if (!match) return undefined
  const unit = rateUnits.get((match[1] ?? match[2] ?? match[3]).toLowerCase())
  // The percent sign shows in the figure already.
  return unit === undefined ? undefined : { unit, printed: ` ${match[0].replace(/^%/, '').trim().replace(/\s+/g, ' ')}` }
}

/** The hedge around a number token, read from its member's text (none for a number that opens the member). */
function hedgeOf(token: Token, owner: MemberText): Hedge {
  const at = token.start - owner.start
  return hedgeAround(owner.text.slice(0, Math.max(0, at)), token.text, owner.text.slice(at + token.text.length))
}

/** A number token's value with the minus the parser leaves out (`-20` is 20 to it). */
function signedValue(token: Token, owner: MemberText): number {
  return signBefore(token, owner) === '-' ? -token.value! : token.value!
}

/** A run's words but for those that hedge a figure in it (`as many as` 5): a bound is no longer run of changed words. */
function unhedgedLength(tokens: readonly Token[]): number {
  if (tokens.length <= 1) return tokens.length
  return tokens.length - hedgeWordCount(tokens.map((token) => token.normal), (index) => tokens[index]?.value !== undefined)
}

/** Number tokens as printed, with their signs and hedges: `nearly $1,000`, `5%`. */
function printedFigures(tokens: readonly Token[], owner: MemberText): string {
  return tokens
    .map((token, index) => {
      const printed = withHedge(`${signBefore(token, owner) ?? ''}${token.text}${percentAfter(token, owner)}${countedAfter(token, owner)}`, hedgeOf(token, owner))
      if (index === 0) return printed
      // A tally's sides keep their joint: `220-to-190`.
      const joint = owner.text.slice(tokens[index - 1].end - owner.start, token.start - owner.start)
      return `${tallyJoint.test(joint) && /\S/.test(joint) ? joint : ' '}${printed}`
    })
    .join('')
}

const hyphenedWords = /^[-\u2010\u2011]\p{L}+(?:[-\u2010\u2011]\p{L}+)*/u

/** What a count is joined to by a hyphen (`-year-old` after `22`), so that `22-year-old` / `23-year-old` reads as what it is; not part of a range (`134-to-63`). */
function countedAfter(token: Token, owner: MemberText): string {
  const after = owner.text.slice(token.start - owner.start + token.text.length)
  const counted = hyphenedWords.exec(after)
  return counted && !/^[-\u2010\u2011\d]/.test(after.slice(counted[0].length)) ? counted[0] : ''
}

/**
 * Clock times among the tokens, as the parser leaves them (one word, no
 * number: `3:29`), by minutes since midnight: only a time of day (`a.m.` or
 * `p.m.` after it, or `at`, `by`, `until`, `around`, `before` or `after` in front), so
 * that `3:29 p.m.` and `15:29` are one time and a verse (`John 3:16`) or a
 * race time (`in 3:59`) is none.
 */
function clockTimes(tokens: readonly Token[], owner: MemberText): Array<{ text: string; minutes: number }> {
  const times: Array<{ text: string; minutes: number }> = []
  for (const token of tokens) {
    const clock = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(token.text)
    if (!clock) continue
    const at = token.start - owner.start
    const after = /^\s*([ap])\.?\s?m\b\.?/i.exec(owner.text.slice(at + token.text.length))
    if (!after && !/\b(at|by|until|around|before|after)\s+$/i.test(owner.text.slice(0, at))) continue
    let hours = Number(clock[1])
    if (after && after[1].toLowerCase() === 'p' && hours < 12) hours += 12
    if (after && after[1].toLowerCase() === 'a' && hours === 12) hours = 0
    times.push({ text: after ? `${token.text} ${after[0].trim()}` : token.text, minutes: hours * 60 + Number(clock[2]) })
  }
  return times
}

/** The signs a number token leaves out: a minus or currency just before it, a percent sign just after. */
interface Signs {
  before: string
  after: string
  /** A percentage: the sign or the word after the figure, or after the other end of a range it opens (`5 to 6%`). */
  isPercent: boolean
  /** Whether the figure leaves its sign to a percentage just before it that it goes with (`fell to 5.2% in March from 5.6`). */
  leavesSign: boolean
  /** What makes the figure a percentage or points, as printed (` percent`, ` to 6%`, ` percentage points`), or nothing. */
  unit: string
}

/** Undefined for a number that opens its member: a sign before it would lie outside the member's text (`: -5 degrees`). */
function signsOf(token: Token, owner: MemberText): Signs | undefined {
  const before = signBefore(token, owner)
  if (before === undefined) return undefined
  const end = token.start - owner.start + token.text.length
  const rest = owner.text.slice(end, end + 40)
  const percent = percentFollows.exec(rest)?.[0]
  return {
    before,
    after: percentAfter(token, owner),
    isPercent: percent !== undefined,
    leavesSign: signLeftBefore.test(owner.text.slice(Math.max(0, token.start - owner.start - 60), token.start - owner.start)),
    unit: percent ?? /^\s*percentage points?\b/i.exec(rest)?.[0] ?? '',
  }
}

const percentWord = String.raw`(?:%|percent\b|per cent\b|pct\b)`
// After the figure, or after the other end of a range it opens: `5%`, `5 percent`, `5 to 6%`, `between 5 and 6 percent`.
const percentFollows = new RegExp(String.raw`^(?:\s*(?:[-\u2010\u2013]|to|and|or)\s*[\d.,]+)?\s*${percentWord}`, 'i')
// A percentage a few words before, joined to the figure as the other end of a change or a range: `5.2% in March from`.
const signLeftBefore = new RegExp(String.raw`\d\s*${percentWord},?(?:[\s,]+[\p{L}\d']+){0,3}?[\s,]+(?:from|to|and|or|versus|vs\.?|with)\s+$`, 'iu')

/** `-` for a minus, a currency sign, or nothing; undefined when the token opens the member. */
function signBefore(token: Token, owner: MemberText): string | undefined {
  const at = token.start - owner.start
  if (at <= 0) return undefined
  const sign = signCharBefore(owner.text, at)
  // A minus sign (or an en dash, or the word written for one), not the hyphen of a range (`2019 -2020`): no figure before it.
  const isMinusSign = /[-\u2212\u2013]/.test(sign) && !/\d\s*$/.test(owner.text.slice(0, at - 1))
  const isMinusWord = /\b(minus|negative)\s$/i.test(owner.text.slice(0, at))
  return isMinusSign || isMinusWord ? '-' : /[$€£¥]/.test(sign) ? sign : ''
}

function percentAfter(token: Token, owner: MemberText): string {
  return owner.text[token.start - owner.start + token.text.length] === '%' ? '%' : ''
}

/**
 * Signs that make the same figure two numbers: a minus on one side only, two currencies, a currency against a
 * percentage, a percentage on one side only (`rose 5%` / `rose 5`, though not `5%` / `5 percent`, nor where the other
 * side leaves this figure's sign to a percentage it goes with: `fell to 5.2% in March from 5.6`).
 */
function areOtherSigns(one: Signs, two: Signs): boolean {
  const isMinus = (signs: Signs) => signs.before === '-'
  const currency = (signs: Signs) => (isMinus(signs) ? '' : signs.before)
  if (isMinus(one) !== isMinus(two)) return true
  if (one.isPercent !== two.isPercent && !(one.isPercent ? two.leavesSign : one.leavesSign)) return true
  if (currency(one) && currency(two) && currency(one) !== currency(two)) return true
  return Boolean((currency(one) && two.after) || (one.after && currency(two)))
}

/** The text a token's offsets point into: a member's text and where it starts in its source. */
export interface MemberText {
  text: string
  start: number
}

/**
 * A number as printed, with the signs around it: its figure (`9.21`), that
 * figure's decimals and significant digits, and its scale: the words after
 * the figure (` million`) with the signs just before and after the token.
 */
function figureOf(token: Token, owner: MemberText): { value: number; decimals: number; significantDigits: number; scale: string } | undefined {
  const match = /^(\d[\d,]*)(?:\.(\d+))?(.*)$/.exec(token.text.trim())
  if (!match) return undefined
  const [whole, fraction = ''] = [match[1].replace(/,/g, ''), match[2]]
  return {
    value: Number(`${whole}.${fraction || '0'}`),
    decimals: fraction.length,
    significantDigits: `${whole}${fraction}`.replace(/^0+/, '').length,
    scale: `${signBefore(token, owner) ?? ''}|${match[3].trim().toLowerCase()}|${percentAfter(token, owner)}`,
  }
}

/** The token at `index` when only a space, or a percent sign and a space, part it from the one before (`2002, her aides`: the comma ends the number's clause). */
function nextInClause(tokens: readonly Token[], index: number, owner: MemberText): Token | undefined {
  const [previous, next] = [tokens[index - 1], tokens[index]]
  if (next === undefined || previous === undefined) return undefined
  return /^%?\s$/.test(owner.text.slice(previous.end - owner.start, next.start - owner.start)) ? next : undefined
}

/** The number tokens that open a run. */
function numberRun(tokens: readonly Token[]): Token[] {
  let end = 0
  while (tokens[end]?.value !== undefined) end++
  return tokens.slice(0, end)
}

/** A negated verb phrase replacing the plain verb is this long at most: `did not kill anyone` / `killed`. */
const maxNegatedRunTokens = 4

interface Substitution {
  /** The reference's words. */
  gone: Token[]
  /** The member's words in their place. */
  come: Token[]
  /** Shared words stand on both sides of it. */
  isEnclosed: boolean
}

/** Runs removed from one side and added in the other at the same place, each as long as a negated verb phrase at most. */
function substitutions(changes: readonly TokenChange[]): Substitution[] {
  const found: Substitution[] = []
  for (let index = 0; index + 1 < changes.length; index++) {
    const [first, second] = [changes[index], changes[index + 1]]
    if (unhedgedLength(first.tokens) > maxNegatedRunTokens || unhedgedLength(second.tokens) > maxNegatedRunTokens) continue
    const isEnclosed = changes[index - 1]?.kind === 'same' && changes[index + 2]?.kind === 'same'
    if (first.kind === 'removed' && second.kind === 'added') found.push({ gone: first.tokens, come: second.tokens, isEnclosed })
    else if (first.kind === 'added' && second.kind === 'removed') found.push({ gone: second.tokens, come: first.tokens, isEnclosed })
  }
  return found
}

/**
 * `not / affirmative` (reference first) when one run negates what the other
 * says with the same word: `approved` / `did not approve`, `killed 12 people`
 * / `did not kill anyone`. Without a shared word (`won` / `did not lose`) the
 * runs may say anything, so they stay a rewording. `gone` are words of
 * `reference`, `come` of `member` (see negationsIn).
 */
function negationBetween(gone: readonly Token[], come: readonly Token[], reference: MemberText, member: MemberText): string | undefined {
  const goneNegations = negationsIn(gone, reference)
  const comeNegations = negationsIn(come, member)
  if (goneNegations.length > 0 === comeNegations.length > 0) return undefined
  const [negated, plain] = goneNegations.length > 0 ? [gone, come] : [come, gone]
  const plainStems = new Set(plain.filter(isContentWord).map((token) => token.stem))
  const isSameStatement =
    negated.some((token) => isContentWord(token) && plainStems.has(token.stem)) ||
    // `isn't` / `is`, `won't` / `will`: the verb the contraction negates.
    negated.some((token) => plain.some((other) => other.normal === contractedVerb(token.normal))) ||
    // `found no weapon` / `found the weapon`
    (negated.length === 1 && negated[0].normal === 'no' && plain.length === 1 && determiners.has(plain[0].normal))
  if (!isSameStatement) return undefined
  return goneNegations.length > 0 ? `${texts(goneNegations)} / affirmative` : `affirmative / ${texts(comeNegations)}`
}

const determiners = new Set(['the', 'a', 'an', 'any', 'some', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that'])
const irregularContractions: Record<string, string> = { "won't": 'will', "can't": 'can', "shan't": 'shall', "ain't": 'is' }

/** The verb a negative contraction negates (`isn't` → `is`, `won't` → `will`), or undefined. */
function contractedVerb(word: string): string | undefined {
  const plain = word.replace(/\u2019/g, "'")
  return irregularContractions[plain] ?? (plain.endsWith("n't") ? plain.slice(0, -3) : undefined)
}

function isContentWord(token: Token): boolean {
  return !token.isStopword && token.value === undefined && !isNegation(token)
}

/**
 * Where (indices into `changes`) runs stand that only one side has, between
 * shared words on both sides that hold them in place: two words or more on each side, counting past a swap or
 * insertion of one word (`will [not] support this bill` / `will support the
 * bill`), or the texts' start or end. A single shared word between larger
 * edits is often two sentences meeting by chance (`It's … about` in two
 * different sentences of one speech).
 */
function insertions(changes: readonly TokenChange[]): number[] {
  const found: number[] = []
  for (let index = 0; index < changes.length; index++) {
    if (changes[index].kind !== 'same' && isAnchored(changes, index, -1) && isAnchored(changes, index, 1)) found.push(index)
  }
  return found
}

/**
 * Whether the words of `changes[index]` repeat the shared words just before
 * or after them, a mark between: a speaker's repetition (`we will not, we
 * will not, stand by` / `we will not stand by`) dropped or kept, which turns
 * nothing around.
 */
function isRepetition(changes: readonly TokenChange[], index: number, reference: MemberText, member: MemberText): boolean {
  const { kind, tokens: run } = changes[index]
  const owner = kind === 'added' ? member : reference
  // The twin as the run's own side prints it, and a mark between the two (`not not respond` denies twice).
  const repeats = (change: TokenChange | undefined, isBefore: boolean) => {
    const shared = kind === 'added' ? change?.matched : change?.tokens
    if (change?.kind !== 'same' || shared === undefined || shared.length < run.length) return false
    const twin = isBefore ? shared.slice(shared.length - run.length) : shared.slice(0, run.length)
    if (!run.every((token, offset) => twin[offset].normal === token.normal)) return false
    const [left, right] = isBefore ? [twin[twin.length - 1], run[0]] : [run[run.length - 1], twin[0]]
    return /[,;:\u2013\u2014-]|\.\.\./.test(owner.text.slice(left.end - owner.start, right.start - owner.start))
  }
  return repeats(changes[index - 1], true) || repeats(changes[index + 1], false)
}

/** Whether the shared words next to `changes[index]`, looking in `step` direction, hold it in place (see insertions). */
function isAnchored(changes: readonly TokenChange[], index: number, step: -1 | 1): boolean {
  if (changes[index + step]?.kind !== 'same') return false
  let shared = 0
  for (let at = index + step; ; at += step) {
    const change = changes[at]
    if (change === undefined) return true
    if (change.kind === 'same') shared += keptWords(change)
    else if (change.tokens.length > 1) break
    if (shared >= 2) return true
  }
  return false
}

/** Edits shown in a detail line; the rest are counted. */
const maxDetailEdits = 3

/**
 * The word changes in a line: each replaced run as `"old" / "new"`, each
 * dropped or added run as `-"old"` or `+"new"`, the first few only.
 */
function wordingDetail(wordChanges: readonly WordChange[]): string {
  // The same edit made in several places is one edit with a count: `"going to" / "gonna" (2×)`.
  const counts = new Map<string, number>()
  for (let index = 0; index < wordChanges.length; index++) {
    const change = wordChanges[index]
    const next = wordChanges[index + 1]
    if (change.kind === 'same') continue
    let edit: string
    if (change.kind === 'removed' && next?.kind === 'added') {
      edit = `"${change.text}" / "${next.text}"`
      index++
    } else edit = `${change.kind === 'removed' ? '-' : '+'}"${change.text}"`
    counts.set(edit, (counts.get(edit) ?? 0) + 1)
  }
  const edits = [...counts].map(([edit, count]) => (count > 1 ? `${edit} (${count}×)` : edit))
  const shown = edits.slice(0, maxDetailEdits).join('; ')
  return edits.length > maxDetailEdits ? `${shown}; ${edits.length - maxDetailEdits} more` : shown
}

function texts(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join(' ')
}

/** True when one side's words stand as a contiguous run inside the other's. */
export function isContiguousCut(changes: readonly TokenChange[]): boolean {
  let sameRuns = 0
  let edit: TokenChange['kind'] | undefined
  for (let index = 0; index < changes.length; index++) {
    const { kind } = changes[index]
    // Kept runs next to each other (a joined contraction between them) are one.
    if (kind === 'same') sameRuns += changes[index - 1]?.kind === 'same' ? 0 : 1
    else if (edit === undefined) edit = kind
    else if (kind !== edit) return false
  }
  return sameRuns === 1 && edit !== undefined
}

/**
 * Merge differences of the same type and detail found for several members
 * into one, listing all their sources.
 */
export function mergeDifferences(differences: readonly Difference[]): Difference[] {
  const merged = new Map<string, Difference>()
  for (const difference of differences) {
    const key = `${difference.type}\u0000${difference.level}\u0000${difference.detail}`
    const existing = merged.get(key)
    if (existing) {
      for (const source of difference.sources) if (!existing.sources.includes(source)) existing.sources.push(source)
      // A difference about every member of its sources is about no quote in particular.
      if (!difference.quotes) delete existing.quotes
      else if (existing.quotes) for (const quote of difference.quotes) if (!existing.quotes.includes(quote)) existing.quotes.push(quote)
    } else merged.set(key, { ...difference, sources: [...difference.sources], ...(difference.quotes ? { quotes: [...difference.quotes] } : {}) })
  }
  return [...merged.values()]
}

/** The verdict follows the worst difference; context never changes it. */
export function verdictOf(differences: readonly Difference[]): 'identical' | 'equivalent' | 'variant' | 'conflict' {
  const levels = new Set(differences.map((difference) => difference.level))
  if (levels.has('conflict')) return 'conflict'
  if (levels.has('wording')) return 'variant'
  if (levels.has('cosmetic')) return 'equivalent'
  return 'identical'
}
