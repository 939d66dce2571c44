import { parse as parseYaml } from 'yaml'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { toString } from 'mdast-util-to-string'
import type { Root, RootContent } from 'mdast'
import { toIsoDay } from './dates.js'
import { emptyMetadata, type ReadResult } from './text.js'
import { plainMarkdown, simpleFrontMatter } from './markdown-plain.js'

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm)

/**
 * Read a Markdown article: YAML front matter for metadata, and the blocks
 * turned into plain prose, one paragraph per block, so that no `#`, `*` or
 * link syntax reaches the analysis.
 */
export function readMarkdown(value: string): ReadResult {
  const normalized = value.replace(/\r\n?/g, '\n')
  // Prose without any Markdown syntax reads the same without the parsers, much faster.
  const plain = plainMarkdown(normalized)
  if (plain) {
    const body = plain.blocks.map(prose).filter((text) => text.length > 0).join('\n\n')
    return { ...emptyMetadata, ...(plain.yaml === null ? {} : frontMatter(plain.yaml)), body }
  }
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
    case 'blockquote':
      return node.children.flatMap((child) => blockText(child as RootContent))
    case 'code':
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return []
    case 'table':
      return node.children.map((row) => row.children.map((cell) => toString(cell)).join(' | '))
    default:
      return [prose(toString(node))]
  }
}

/** A block's text as one line of prose. */
function prose(text: string): string {
  // `(?<![ \t])`: a long run of spaces is tried once, from its start, not from every space in it.
  return text.replace(/(?<![ \t])[ \t]*\n[ \t]*/g, ' ').trim()
}

function frontMatter(yaml: string): Partial<ReadResult> {
  let data: unknown
  try {
    data = simpleFrontMatter(yaml) ?? parseYaml(yaml)
  } catch {
    return {}
  }
  if (data === null || typeof data !== 'object') return {}
  const record = data as Record<string, unknown>
  const field = (key: string): string | null => {
    const value = record[key]
    if (value instanceof Date) return value.toISOString().slice(0, 10)
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null
    return null
  }
  return {
    title: field('title'),
    outlet: field('outlet') ?? field('source') ?? field('site'),
    url: field('url'),
    date: normalizeDate(field('date')),
    author: field('author') ?? field('byline'),
  }
}

/** A date as `YYYY-MM-DD` when it names a day; anything else stays as written. */
function normalizeDate(value: string | null): string | null {
  return toIsoDay(value) ?? value
}
