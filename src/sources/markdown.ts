import { parse as parseYaml } from 'yaml'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { toString } from 'mdast-util-to-string'
import type { Nodes, Root, RootContent } from 'mdast'
import { emptyMetadata, type ReadResult } from './text.js'
import { frontMatterFields, prose, readPlainMarkdown, simpleFrontMatter } from './markdown-plain.js'

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm)

/**
 * Read a Markdown article: YAML front matter for metadata, and the blocks
 * turned into plain prose, one paragraph per block, so that no `#`, `*` or
 * link syntax reaches the analysis.
 */
export function readMarkdown(value: string): ReadResult {
  return readPlainMarkdown(value, frontMatter) ?? readWithRemark(value)
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
    case 'blockquote':
      return node.children.flatMap((child) => blockText(child as RootContent))
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

function frontMatter(yaml: string): Partial<ReadResult> {
  let data: unknown
  try {
    data = simpleFrontMatter(yaml) ?? parseYaml(yaml)
  } catch {
    return {}
  }
  if (data === null || typeof data !== 'object') return {}
  return frontMatterFields(data as Record<string, unknown>)
}
