import { emptyMetadata, type ReadResult } from './text.js'

/** Placeholder until the reader-view extraction lands (issue 2). */
export function readHtml(value: string): ReadResult {
  return { ...emptyMetadata, body: value.replace(/<[^>]*>/g, ' ') }
}
