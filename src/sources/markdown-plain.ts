/**
 * A fast path for Markdown that is only prose: most articles saved as .md
 * (and every file `crosscheck add` writes) are paragraphs of text under a
 * few lines of front matter. For those, remark's parse and a YAML parse
 * would give exactly what splitting at blank lines gives, at a tenth of the
 * cost, so the reader takes this path when it can prove nothing in the file
 * is Markdown syntax, and the full parsers otherwise.
 */

/** What the Markdown reader needs: the front matter's YAML text, if any, and the raw paragraph blocks. */
export interface PlainMarkdown {
  yaml: string | null
  /** Blank-line separated blocks, as written (line breaks kept). */
  blocks: string[]
}

// Characters that can start inline syntax: escapes, code, emphasis, links,
// images, HTML and autolinks, entities, tables, strikethrough, footnotes.
const inlineSyntax = /[\\`*_[\]<>&|~]/
// Lines that open a block: indentation (code), list and quote markers,
// headings, setext underlines and thematic breaks, ordered list numbers;
// and lines ending in two spaces (a hard break).
const blockSyntax = /^(?:[ \t]|[-+*>#=]|\d{1,9}[.)](?:[ \t]|$))|[ \t]{2,}$/m

/** The front matter and blocks of `value` (line endings already `\n`), or undefined when any Markdown syntax is present. */
export function plainMarkdown(value: string): PlainMarkdown | undefined {
  let yaml: string | null = null
  let body = value
  if (value.startsWith('---\n')) {
    const close = value.indexOf('\n---', 3)
    const afterClose = close + 4
    // Only a fence alone on its line closes the front matter.
    if (close === -1 || (afterClose < value.length && value[afterClose] !== '\n')) return undefined
    yaml = value.slice(4, close)
    body = value.slice(afterClose)
  }
  if (inlineSyntax.test(body) || blockSyntax.test(body)) return undefined
  return { yaml, blocks: body.split(/\n[ \t]*(?:\n[ \t]*)+/) }
}

const simpleLine = /^([A-Za-z_][\w-]*): ("(?:[^"\\]|\\.)*"|\d{4}-\d{2}-\d{2})$/

/**
 * Front matter made only of `key: "JSON string"` and `key: YYYY-MM-DD` lines
 * read without a YAML parser (a JSON string means the same in YAML 1.2, and
 * a date is a plain string under its core schema), or undefined for anything
 * else, including a repeated key, which YAML rejects.
 */
export function simpleFrontMatter(yaml: string): Record<string, string> | undefined {
  const record: Record<string, string> = {}
  for (const line of yaml.split('\n')) {
    const match = simpleLine.exec(line)
    if (!match || Object.hasOwn(record, match[1])) return undefined
    const raw = match[2]
    if (!raw.startsWith('"')) {
      record[match[1]] = raw
      continue
    }
    try {
      record[match[1]] = JSON.parse(raw) as string
    } catch {
      return undefined
    }
  }
  return record
}
