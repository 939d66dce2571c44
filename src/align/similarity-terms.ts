import type { Token } from '../types.js'

/**
 * The key a token matches on: its Porter stem, its value for numbers (so
 * `100` and `a hundred` agree), without the possessive the parser leaves on
 * (`Smith's`), and with abbreviations kept whole (`U.S.`).
 */
export function termKey(token: Token): string {
  if (token.value !== undefined) return `#${token.value}`
  const base = token.normal.includes('.') ? token.normal.replace(/\.$/, '') : token.stem
  // Most words have no apostrophe: skip the expression for them (a hot path).
  return base.includes("'") ? base.replace(/'s?$/, '') : base
}

/** Whether a token carries content: not a stop word, and has a letter or a figure. */
export function isContent(token: Token): boolean {
  return token.value !== undefined || (!token.isStopword && (startsWithAsciiAlphanumeric(token.normal) || /[\p{L}\p{N}]/u.test(token.normal)))
}

/** A cheap sufficient test for the Unicode one: most words start with a plain letter or digit. */
function startsWithAsciiAlphanumeric(text: string): boolean {
  const code = text.charCodeAt(0)
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)
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
    return scaledIdf(this.frequencies.get(key) ?? 0, this.documents)
  }
}

/** IDF of a term found in `frequency` of `documents` documents, scaled to 0..1 (see TermStatistics.idf). */
export function scaledIdf(frequency: number, documents: number): number {
  const ceiling = Math.log((documents + 1) / 0.5)
  return Math.max(0, Math.log((documents + 1) / (frequency + 0.5)) / ceiling)
}
