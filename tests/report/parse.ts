import type { Heading, Root, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** A report read back the way any GFM reader would. */
export function parseReport(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown)
}

export function headings(tree: Root, depth: Heading['depth']): string[] {
  return tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === depth).map((node) => toString(node))
}

/** The nodes under a heading, up to the next heading of the same or a higher level. */
export function section(tree: Root, title: string): RootContent[] {
  const start = tree.children.findIndex((node) => node.type === 'heading' && toString(node) === title)
  if (start === -1) throw new Error(`no heading ${JSON.stringify(title)}`)
  const depth = (tree.children[start] as Heading).depth
  const end = tree.children.findIndex((node, index) => index > start && node.type === 'heading' && node.depth <= depth)
  return tree.children.slice(start + 1, end === -1 ? undefined : end)
}

export function firstTable(nodes: readonly RootContent[]): Table {
  const table = nodes.find((node): node is Table => node.type === 'table')
  if (table === undefined) throw new Error('no table')
  return table
}

/** Cell texts, row by row, header first. */
export function tableTexts(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell)))
}

interface AnyNode {
  type: string
  children?: AnyNode[]
}

/** The nodes and all their descendants of one type, in document order. */
export function nodesOfType<T>(nodes: readonly unknown[], type: string): T[] {
  const found: T[] = []
  const walk = (node: AnyNode) => {
    if (node.type === type) found.push(node as T)
    for (const child of node.children ?? []) walk(child)
  }
  for (const node of nodes) walk(node as AnyNode)
  return found
}

export function nodeTypes(node: unknown): Set<string> {
  const types = new Set<string>()
  const walk = (current: AnyNode) => {
    types.add(current.type)
    for (const child of current.children ?? []) walk(child)
  }
  walk(node as AnyNode)
  return types
}
