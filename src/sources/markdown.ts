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
    return { ...readMarkdown(unclosed.body), ...fields, problem: problem ?? 'front matter has no closing `---` line; read up to the first blank line' }
  }
  return readPlainMarkdown(value, frontMatter) ?? readWithRemark(value)
}

// `title: …`: a front matter field's line; and the fields the reader knows, one of which front matter must have.
const fieldLine = /^([A-Za-z_][\w-]*):(?:[ \t]|$)/
const knownFields = new Set(['title', 'outlet', 'source', 'site', 'url', 'date', 'author', 'byline'])

/**
 * Front matter whose closing `---` was forgotten, which Markdown would read
 * as a rule and a paragraph of `title: …` text: its field lines up to the
 * first blank line, and the rest of the file; undefined when a `---` line
 * closes it before that blank line, or the lines are not fields the reader
 * knows (`WASHINGTON: …` opens a story).
 */
function unclosedFrontMatter(value: string): { yaml: string; body: string } | undefined {
  const normalized = value.replace(/\r\n?/g, '\n')
  if (!normalized.startsWith('---\n')) return undefined
  const blank = normalized.search(/\n[ \t]*\n/)
  const yaml = normalized.slice(4, blank === -1 ? normalized.length : blank)
  const lines = yaml.split('\n')
  if (lines.some((line) => /^---[ \t]*$/.test(line))) return undefined
  const keys = lines.map((line) => fieldLine.exec(line)?.[1])
  if (keys.some((key) => key === undefined) || !keys.some((key) => knownFields.has(key!.toLowerCase()))) return undefined
  return { yaml, body: blank === -1 ? '' : normalized.slice(blank) }
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
    data = simpleFrontMatter(yaml) ?? parseYaml(yaml)
  } catch (error) {
    // The yaml package's message: its first line, without the position, which counts lines from the front matter's start, not the file's.
    const reason = error instanceof Error ? error.message.split('\n')[0].replace(/:$/, '').replace(/ at line \d+, column \d+$/, '') : String(error)
    return { problem: `front matter is not valid YAML (${reason}); read without it` }
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) return { problem: 'front matter is not a list of fields (title: …); read without it' }
  return frontMatterFields(data as Record<string, unknown>)
}
