import type {
  BlockContent,
  Heading,
  InlineCode,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Strong,
  Table,
  TableCell,
  Text,
} from 'mdast'

/**
 * Small mdast constructors. User text only ever enters the report through
 * `text` and `inlineCode` nodes, so remark-stringify does all the escaping.
 */

/** A table cell: plain text, or phrasing nodes for marked-up content. */
export type Cell = string | PhrasingContent[]

export function text(value: string): Text {
  return { type: 'text', value }
}

export function strong(...children: PhrasingContent[]): Strong {
  return { type: 'strong', children }
}

export function inlineCode(value: string): InlineCode {
  return { type: 'inlineCode', value }
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children }
}

export function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] }
}

export function list(items: ReadonlyArray<PhrasingContent[] | BlockContent[]>): List {
  return { type: 'list', ordered: false, spread: false, children: items.map(listItem) }
}

function listItem(children: PhrasingContent[] | BlockContent[]): ListItem {
  const isBlock = children.length > 0 && isBlockContent(children[0])
  return { type: 'listItem', spread: false, children: isBlock ? (children as BlockContent[]) : [paragraph(...(children as PhrasingContent[]))] }
}

function isBlockContent(node: PhrasingContent | BlockContent): node is BlockContent {
  return ['paragraph', 'code', 'list', 'blockquote', 'table', 'heading', 'html', 'thematicBreak'].includes(node.type)
}

export function table(header: readonly Cell[], rows: ReadonlyArray<readonly Cell[]>): Table {
  return {
    type: 'table',
    align: header.map(() => null),
    children: [header, ...rows].map((cells) => ({ type: 'tableRow', children: cells.map(tableCell) })),
  }
}

function tableCell(cell: Cell): TableCell {
  if (typeof cell !== 'string') return { type: 'tableCell', children: cell }
  const value = oneLine(cell)
  return { type: 'tableCell', children: value === '' ? [] : [text(value)] }
}

/** Collapse line breaks and runs of spaces: a newline would end a table row or a paragraph. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** The text cut at a word boundary to at most `max` characters, with `…` when cut. */
export function excerpt(value: string, max: number): string {
  const line = oneLine(value)
  if (line.length <= max) return line
  const cut = line.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return (lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/(?<![\s,;:])[\s,;:]+$/, '') + '…'
}

/** The end of `value` in at most `max` characters, from a word's start, after `…`: excerpt's other side. */
export function excerptFromEnd(value: string, max: number): string {
  const line = oneLine(value)
  if (line.length <= max) return line
  const cut = line.slice(line.length - (max - 1))
  const firstSpace = cut.indexOf(' ')
  return `…${(firstSpace >= 0 && firstSpace < max / 2 ? cut.slice(firstSpace + 1) : cut).replace(/^[\s,;:]+/, '')}`
}

/** The items joined as `a, b and c`. */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
