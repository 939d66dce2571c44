import type { SourceMetadata } from '../types.js'

/** What a reader returns: the prose, still with boilerplate, and metadata. */
export interface ReadResult extends SourceMetadata {
  body: string
  /** What the reader could not use and read past, as SourceDocument.readProblem. */
  problem?: string
}

export const emptyMetadata: SourceMetadata = {
  title: null,
  outlet: null,
  date: null,
  url: null,
  author: null,
}

// The seed articles open with ` date YYYY-MM-DD ` before the prose.
const datePrefix = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/

const maxTitleWords = 25

/**
 * Read a plain-text article: an optional ` date YYYY-MM-DD ` prefix, an
 * optional title (a short first line without a final period), then prose.
 */
export function readText(value: string): ReadResult {
  let rest = value.replace(/\r\n?/g, '\n')
  let date: string | null = null
  const dateMatch = datePrefix.exec(rest)
  if (dateMatch) {
    date = dateMatch[1]
    rest = rest.slice(dateMatch[0].length)
  }

  let title: string | null = null
  const lineEnd = rest.indexOf('\n')
  if (lineEnd > 0) {
    const firstLine = rest.slice(0, lineEnd).trim()
    const following = rest.slice(lineEnd).trim()
    if (isTitleLine(firstLine) && following.length > 0) {
      title = firstLine
      rest = rest.slice(lineEnd + 1)
    }
  }

  return { ...emptyMetadata, title, date, body: rest }
}

function isTitleLine(line: string): boolean {
  if (line.length === 0 || line.length > 200) return false
  if (line.split(/\s+/).length > maxTitleWords) return false
  return !/[.:;,]$/.test(line)
}
