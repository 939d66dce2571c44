/**
 * The analysis types: what every stage hands the next, and what
 * `crosscheck analyze --json` prints (see the contract in the README).
 * Offsets (`start`, `end`) always index into the owning source's `body`.
 */

/** A stretch of a source's body. */
export interface Span {
  start: number
  end: number
}

/** Metadata a reader found, before analysis. */
export interface SourceMetadata {
  title: string | null
  outlet: string | null
  date: string | null
  url: string | null
  author: string | null
}

/** A line taken out of the prose before analysis, with the reason. */
export interface Boilerplate {
  text: string
  reason: 'photo credit' | 'repeated line' | 'share or subscribe' | 'related links' | 'byline' | 'timestamp' | 'contributor line' | 'embed footer'
}

/** What a reader hands the engine: clean prose plus metadata. */
export interface SourceDocument extends SourceMetadata {
  /** File name without extension. */
  id: string
  /** Path as given on the command line (or found in a folder). */
  file: string
  /** The prose as read: paragraphs separated by blank lines. */
  body: string
  boilerplate: Boilerplate[]
  /** What the reader could not use and read past (`front matter is not valid YAML …`): a notice for the user, not part of the analysis. */
  readProblem?: string
}

export interface Sentence extends Span {
  text: string
}

/**
 * A word of a sentence, with the forms used for matching.
 * `text` is `body.slice(start, end)`; the other forms never reach display.
 */
export interface Token extends Span {
  text: string
  /** Lower case, typography folded, censored spelling restored. */
  normal: string
  /** Porter stem of `normal`. */
  stem: string
  /** Numeric value when the token is (part of) a number. */
  value?: number
  /** True when `text` is a censored spelling such as `f*cking`. */
  isCensored?: boolean
  /** True for stop words, which weigh little in matching. */
  isStopword?: boolean
}

export interface Source extends SourceDocument {
  /** Outside reports the source relays (`according to People`). */
  cites: string[]
  sentences: Sentence[]
}

export interface Quote extends Span {
  id: string
  source: string
  /** Exactly as printed, without the outer quote marks. */
  text: string
  /** Canonical name across all sources, or null. */
  speaker: string | null
  verb: string | null
  cites: string | null
  /** Id of the enclosing quote for a quote inside a quote. */
  nestedIn: string | null
}

/** A quoted title or scare quote (`"Shallow"`): never speech. */
export interface QuotedTitle extends Span {
  source: string
  text: string
}

export type Verdict = 'identical' | 'equivalent' | 'variant' | 'conflict'

export type DifferenceType =
  | 'typography'
  | 'case'
  | 'censorship'
  | 'contraction'
  | 'number'
  | 'wording'
  | 'speaker'
  | 'context'
  | 'omission'
  | 'negation'
  | 'date'

/**
 * How much a difference matters: `cosmetic` leaves the words the same
 * (typography, case, censored spelling, a contraction, 100 / a hundred); `context` keeps the
 * words but tells different circumstances (to whom, when, which report);
 * `wording` changes the words (reworded, trimmed); `conflict` makes the
 * accounts disagree (speaker, number, negation, date).
 * The verdict follows the worst level, except that `context` never changes it.
 */
export type DifferenceLevel = 'cosmetic' | 'context' | 'wording' | 'conflict'

export interface Difference {
  type: DifferenceType
  level: DifferenceLevel
  /** Human-readable: `fucking / f*cking`, `Lady Gaga / Bradley Cooper`. */
  detail: string
  /**
   * The sources that differ from the group's most common form; for a
   * conflict between two other members (numbers, dates, negation the common
   * form does not give), both of them.
   */
  sources: string[]
  /** Word-level changes against the group's most common form, when words differ. */
  changes?: WordChange[]
  /** A context difference: the quotes (of `sources`) whose circumstances differ, as a source may give the words twice. */
  quotes?: string[]
}

/** One step of a word diff: kept, removed (only in the reference) or added. */
export interface WordChange {
  kind: 'same' | 'removed' | 'added'
  text: string
}

export interface GroupMember extends Span {
  source: string
  /** Quote id for quote groups. */
  quote?: string
  text: string
  /** Speaker given by this source (quote groups). */
  speaker?: string | null
  /** Outside report this member relays, if any. */
  cites?: string | null
  /**
   * Present (true) on a quote that goes on with the member before it, of the same source, past an attribution
   * (`"A," she said. "B."`), where another source prints the words across that break as one quote: the parts are
   * compared as one wording.
   */
  continuesPrevious?: true
}

/** Where agreement comes from: one relayed report, or shared copy. */
export interface Provenance {
  /** All members relay this report, or are that outlet's own article: one origin, not confirmation. */
  singleOrigin: string | null
  /** Pairs of sources whose passages are near-verbatim copies. */
  sharedCopy: Array<{ sources: [string, string]; similarity: number }>
}

export interface Group {
  id: string
  kind: 'quote' | 'claim'
  verdict: Verdict
  /** Member index of the group's most common wording, the reference for diffs. */
  reference: number
  differences: Difference[]
  /** What put the members together. */
  why: string
  score: number
  provenance: Provenance
  members: GroupMember[]
}

export interface UniqueClaim extends Span {
  source: string
  text: string
}

export interface Analysis {
  sources: Source[]
  quotes: Quote[]
  titles: QuotedTitle[]
  groups: Group[]
  unique: UniqueClaim[]
}

/** A one-line problem with an input file; the run goes on without it. */
export interface InputProblem {
  file: string
  reason: string
}
