import type { Token } from '../types.js'

/**
 * The key a token matches on: its Porter stem, its value for numbers (so
 * `100` and `a hundred` agree), without the possessive the parser leaves on
 * (`Smith's`), and with abbreviations kept whole (`U.S.`).
 */
export function termKey(token: Token): string {
  if (token.value !== undefined) return `#${token.value}`
  const base = token.normal.includes('.') ? token.normal.replace(/\.$/, '') : token.stem
  return base.replace(/'s?$/, '')
}

/** Whether a token carries content: not a stop word, and has a letter or a figure. */
export function isContent(token: Token): boolean {
  return token.value !== undefined || (!token.isStopword && /[\p{L}\p{N}]/u.test(token.normal))
}

/**
 * Document frequencies of term keys, for IDF weighting. A document is
 * whatever the caller adds: a sentence for `crosscheck pairs` and for claim
 * alignment.
 */
export class TermStatistics {
  private readonly frequencies = new Map<string, number>()
  private documents = 0

  /** Build statistics from sentences given as token arrays. */
  static fromSentences(sentences: Iterable<readonly Token[]>): TermStatistics {
    const statistics = new TermStatistics()
    for (const tokens of sentences) statistics.addDocument(tokens)
    return statistics
  }

  get documentCount(): number {
    return this.documents
  }

  addDocument(tokens: readonly Token[]): void {
    this.documents++
    for (const key of new Set(tokens.map(termKey))) this.frequencies.set(key, (this.frequencies.get(key) ?? 0) + 1)
  }

  /**
   * Inverse document frequency of a term key (see `termKey`; a plain stem
   * works for words), scaled to 0..1 so that features do not depend on how
   * many documents were added: 1 for a term seen in no document, near 0 for
   * one seen in every document.
   */
  idf(key: string): number {
    const frequency = this.frequencies.get(key) ?? 0
    const ceiling = Math.log((this.documents + 1) / 0.5)
    return Math.max(0, Math.log((this.documents + 1) / (frequency + 0.5)) / ceiling)
  }
}
