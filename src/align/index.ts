import type { Group, Quote, Source, UniqueClaim } from '../types.js'
import type { AnalyzedSentence } from '../pipeline/index.js'

export interface AlignInput {
  sources: Source[]
  quotes: Quote[]
  sentences: Map<string, AnalyzedSentence[]>
}

export interface AlignResult {
  groups: Group[]
  unique: UniqueClaim[]
}

/** Line up quotes and claims across sources. */
export function alignSources(input: AlignInput): AlignResult {
  void input
  return { groups: [], unique: [] }
}
