import { parse as parseYaml } from 'yaml'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { toString } from 'mdast-util-to-string'
import type { Nodes, Root, RootContent } from 'mdast'
import { emptyMetadata, type ReadResult } from './text.js'
import { frontMatterFields, prose, readPlainMarkdown, simpleFrontMatter } from './markdown-plain.js'
import { asQuotation } from './quotation.js'

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm)

/**
 * Read a Markdown article: YAML front matter for metadata, and the blocks
 * turned into plain prose, one paragraph per block, so that no `#`, `*` or
 * link syntax reaches the analysis.
 */
export function readMarkdown(value: string): ReadResult {
  const unclosed = unclosedFrontMatter(value)
  if (unclosed) {
    const { problem, ...fields } = frontMatter(unclosed.yaml)
    const endsAt = unclosed.endsAtBlankLine ? 'the first blank line' : 'the first line that is not a field'
    const unclosedProblem = `front matter has no closing \`---\` line; read up to ${endsAt}`
    return { ...readMarkdown(unclosed.body), ...fields, problem: problem === undefined ? unclosedProblem : `${unclosedProblem}; ${problem}` }
  }
  return readPlainMarkdown(value, frontMatter) ?? readWithRemark(value)
}

// `title: …`: a front matter field's line; and the fields the reader knows, one of which front matter must have.
const fieldLine = /^([A-Za-z_][\w-]*):(?:[ \t]|$)/
const knownFields = new Set(['title', 'outlet', 'source', 'site', 'url', 'date', 'author', 'byline'])
// A field's value on the lines after its key: indented, or a list item.
const fieldContinuation = /^(?:[ \t]|- )/

/**
 * Front matter whose closing `---` was forgotten, which Markdown would read
 * as a rule and a paragraph of `title: …` text: its lines up to the first
 * blank line, or up to the first line that is neither a field nor the
 * continuation of a field left open (indented, or a `- ` list item, after
 * `tags:`), and the rest of the file;
 * undefined when a `---` line closes it before that, or the lines are not
 * fields the reader knows (`WASHINGTON: …` opens a story).
 */
function unclosedFrontMatter(value: string): { yaml: string; body: string; endsAtBlankLine: boolean } | undefined {
  const normalized = value.replace(/\r\n?/g, '\n')
  if (!normalized.startsWith('---\n')) return undefined
  const blank = normalized.search(/\n[ \t]*\n/)
  const lines = normalized.slice(4, blank === -1 ? normalized.length : blank).split('\n')
  if (lines.some((line) => /^---[ \t]*$/.test(line))) return undefined
  // A field's value goes on over indented lines or list items only after a key with nothing beside it (`tags:`).
  let isValueOpen = false
  const fieldCount = lines.findIndex((line) => {
    const field = fieldLine.exec(line)
    if (field) isValueOpen = line.slice(field[0].length).trim() === ''
    return !field && !(isValueOpen && fieldContinuation.test(line))
  })
  const fields = fieldCount === -1 ? lines : lines.slice(0, fieldCount)
  const keys = fields.map((line) => fieldLine.exec(line)?.[1]).filter((key) => key !== undefined)
  // (Keys as the reader takes them, in lower case: `Source: Officials said …` opens a story.)
  if (!keys.some((key) => knownFields.has(key))) return undefined
  const yaml = fields.join('\n')
  if (fieldCount !== -1 && lines[fieldCount].trim() !== '') return { yaml, body: normalized.slice(4 + yaml.length + 1), endsAtBlankLine: false }
  return { yaml, body: blank === -1 ? '' : normalized.slice(blank), endsAtBlankLine: true }
}

/** The reader without the prose shortcut: remark for the text, the YAML parser for the front matter. */
export function readWithRemark(value: string): ReadResult {
  const normalized = value.replace(/\r\n?/g, '\n')
  const tree = markdownParser.parse(normalized) as Root
  const metadata = { ...emptyMetadata }
  const paragraphs: string[] = []

  for (const node of tree.children) {
    if (node.type === 'yaml') {
      Object.assign(metadata, frontMatter(node.value))
      continue
    }
    paragraphs.push(...blockText(node))
  }

  return { ...metadata, body: paragraphs.filter((text) => text.length > 0).join('\n\n') }
}

function blockText(node: RootContent): string[] {
  switch (node.type) {
    case 'list':
    case 'listItem':
      return node.children.flatMap((child) => blockText(child as RootContent))
    case 'blockquote':
      return asQuotation(node.children.flatMap((child) => blockText(child as RootContent)).filter((text) => text.length > 0))
    case 'code':
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return []
    case 'table':
      return node.children.map((row) => row.children.map((cell) => prose(textOf(cell))).join(' | '))
    default:
      return [prose(textOf(node))]
  }
}

/** The text of a node, as mdast-util-to-string gives it, except that a hard line break still parts the words on either side. */
function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n'
  return 'children' in node ? node.children.map(textOf).join('') : toString(node)
}

/** The metadata in front matter; front matter that is not a YAML mapping is read past, and said so. */
function frontMatter(yaml: string): Partial<ReadResult> {
  let data: unknown
  try {
    // (Its warnings, such as an unknown `!!tag`, would print node's multi-line warning: the value is read as written.)
    data = simpleFrontMatter(yaml) ?? parseYaml(yaml, { logLevel: 'error' })
  } catch (error) {
    // The yaml package's message: its first line, without the position, which counts lines from the front matter's start, not the file's.
    const reason = error instanceof Error ? error.message.split('\n')[0].replace(/:$/, '').replace(/ at line \d+, column \d+$/, '') : String(error)
    return { problem: `front matter is not valid YAML (${reason}); read without it` }
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) return { problem: 'front matter is not a list of fields (title: …); read without it' }
  return frontMatterFields(data as Record<string, unknown>)
}
