/**
 * A fast path for Markdown that is only prose: most articles saved as .md
 * (and every file `crosscheck add` writes) are paragraphs of text under a
 * few lines of front matter. For those, remark's parse and a YAML parse
 * would give exactly what splitting at blank lines gives, at a tenth of the
 * cost, so the reader takes this path when it can prove that nothing in the
 * file reads as Markdown syntax (a lone `*` run or a line like `-Here are`
 * reads as text), and the full parsers otherwise.
 */
import { toIsoDay } from './dates.js'
import { visiblePath } from './printable.js'
import { emptyMetadata, type ReadResult } from './text.js'

/**
 * Read Markdown that is only prose, as remark would, or undefined when it
 * takes remark. The front matter is read by `readFrontMatter`, undefined when
 * it cannot: by default the simple reader here, which needs no YAML parser,
 * so that most runs load neither remark nor a YAML parser.
 */
export function readPlainMarkdown(
  value: string,
  readFrontMatter: (yaml: string) => Partial<ReadResult> | undefined = readSimpleFrontMatter,
): ReadResult | undefined {
  const plain = plainMarkdown(value.replace(/\r\n?/g, '\n'))
  if (!plain) return undefined
  const metadata = plain.yaml === null ? {} : readFrontMatter(plain.yaml)
  if (!metadata) return undefined
  const body = plain.blocks.map(prose).filter((text) => text.length > 0).join('\n\n')
  return { ...emptyMetadata, ...metadata, body }
}

function readSimpleFrontMatter(yaml: string): Partial<ReadResult> | undefined {
  const record = simpleFrontMatter(yaml)
  return record && frontMatterFields(record)
}

/** What the Markdown reader needs: the front matter's YAML text, if any, and the raw paragraph blocks. */
export interface PlainMarkdown {
  yaml: string | null
  /** Blank-line separated blocks, as written (line breaks kept). */
  blocks: string[]
}

// Characters that can start inline syntax: code, HTML and autolinks, tables,
// strikethrough. Backslashes, `_` and `*` are tested apart.
const inlineSyntax = /[`<>|~]/
// A backslash escapes ASCII punctuation and, before a line break, breaks the
// line; before anything else, the text's end included, it is text (`\‘`).
const escapeOrBreak = /\\[!-\/:-@\[-`{-~\n]/
// Emphasis with `_` needs an opening run, and a run with a letter or digit just
// before it cannot open: inside a word (`snake_case`, `@Morning_Joe`) or at
// its end, `_` is text.
const openingUnderscore = /(?:^|[^A-Za-z0-9_])_/
// Emphasis takes two runs of `*` in one block: an opening and a closing one.
// A block with one run (`h**l`, `f*****g`, a footnote's `*`) reads as written.
const asteriskRuns = /\*[^*]+\*/
// Brackets and ampersands are mostly literal in news prose (`[Biden]`,
// `Johnson & Johnson`): they are syntax only in links and images (`](`, `][`),
// definitions (`]:`), footnotes (`[^`) and character references (`&amp;`).
const bracketOrReferenceSyntax = /\]\(|\]\[|\]:|\[\^|&(?:#\d+|#[xX][\da-fA-F]+|[A-Za-z\d]+);/
// Lines that open a block: indentation (code), list markers (`-`, `+`, `*`
// before white space or alone), lines of `-` and `*` (thematic breaks, setext
// underlines), setext underlines of `=`, headings (one to six `#` before white
// space or alone), quote markers, ordered list numbers; and lines ending in two
// spaces (a hard break). A line such as `-Here are the facts` or `#tag` is text.
const blockSyntax = /^(?:[ \t]|[-+*](?:[ \t]|$)|[-*][-* \t]*$|=[= \t]*$|#{1,6}(?:[ \t]|$)|>|\d{1,9}[.)](?:[ \t]|$))|[ \t]{2,}$/m

/** The front matter and blocks of `value` (line endings already `\n`), or undefined when anything may read as Markdown syntax. */
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
  if (inlineSyntax.test(body) || bracketOrReferenceSyntax.test(body) || blockSyntax.test(body)) return undefined
  if ((body.includes('\\') && escapeOrBreak.test(body)) || (body.includes('_') && openingUnderscore.test(body))) return undefined
  const blocks = body.split(/\n[ \t]*(?:\n[ \t]*)+/)
  if (body.includes('*') && blocks.some((block) => asteriskRuns.test(block))) return undefined
  return { yaml, blocks }
}

// Longer keys go to the YAML parser, which refuses a key of over 1,024 characters.
const simpleLine = /^([A-Za-z_][\w-]{0,99}): (.*)$/
const jsonString = /^"(?:[^"\\]|\\.)*"$/
const isoDay = /^\d{4}-\d{2}-\d{2}$/
// An unquoted value that YAML 1.2's core schema reads as the very same string, as hand-written front matter
// has it (`outlet: Fox News`, `url: http://…`): it starts with a letter (not with an indicator, a sign or a
// digit, which can make a number), and has no comment (` #`), no `: ` or final `:` (a mapping), no control
// character or tab, and no trailing space. Starting with a letter, only booleans and null are not strings.
const plainString = /^\p{L}(?:[^\p{Cc}:#]|:(?! |$)|(?<! )#)*(?<! )$/u
const notStrings = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL'])

/**
 * Front matter made only of `key: value` lines whose value is a JSON string
 * (the same in YAML 1.2), a `YYYY-MM-DD` date or an unquoted string (plain
 * strings under its core schema), read without a YAML parser; undefined for
 * anything else, including a repeated key, which YAML rejects.
 */
export function simpleFrontMatter(yaml: string): Record<string, string> | undefined {
  const record: Record<string, string> = {}
  for (const line of yaml.split('\n')) {
    const match = simpleLine.exec(line)
    // A key YAML reads as a boolean or null (`true`, `True`) may repeat another one by its value.
    if (!match || Object.hasOwn(record, match[1]) || notStrings.has(match[1])) return undefined
    const raw = match[2]
    if (isoDay.test(raw) || (plainString.test(raw) && !notStrings.has(raw))) {
      record[match[1]] = raw
      continue
    }
    if (!jsonString.test(raw)) return undefined
    try {
      record[match[1]] = JSON.parse(raw) as string
    } catch {
      return undefined
    }
  }
  return record
}

/** The metadata in parsed front matter. */
export function frontMatterFields(record: Readonly<Record<string, unknown>>): Partial<ReadResult> {
  const field = (key: string): string | null => {
    const value = record[key]
    if (value instanceof Date) return value.toISOString().slice(0, 10)
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null
    return null
  }
  const writtenDate = field('date')
  const day = toIsoDay(writtenDate)
  return {
    title: field('title'),
    outlet: field('outlet') ?? field('source') ?? field('site'),
    url: field('url'),
    // A date that names no day stays as written, and is said so: a typo (`2023-13-05`) would pass unseen.
    date: day ?? writtenDate,
    author: field('author') ?? field('byline'),
    ...(writtenDate !== null && day === null ? { problem: `the date ${visibleValue(writtenDate)} names no day (write it as 2019-02-25); kept as written` } : {}),
  }
}

/** A value of the article's own, quoted for a one-line message: control characters and line breaks written out. */
function visibleValue(value: string): string {
  return visiblePath(JSON.stringify(value))
}

/** A block's text as one line of prose. */
export function prose(text: string): string {
  // Most blocks are one line: nothing to join, and no pattern to run over them.
  if (!text.includes('\n')) return text.trim()
  // `(?<![ \t])`: a long run of spaces is tried once, from its start, not from every space in it.
  return text.replace(/(?<![ \t])[ \t]*\n[ \t]*/g, ' ').trim()
}

