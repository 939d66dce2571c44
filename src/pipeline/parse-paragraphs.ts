import type { Root, RootContent } from 'nlcst'
import type { Node, Point } from 'unist'
import type { Processor } from 'unified'
import { isParent } from './data.js'

/**
 * Make the English parser work paragraph by paragraph. retext-english slows
 * down sharply on long input, so each blank-line separated paragraph is parsed
 * on its own and its positions shifted into the whole document.
 * Use after `retext-english`.
 */
export default function retextParagraphs(this: Processor): undefined {
  const parseParagraph = this.parser
  if (!parseParagraph) throw new Error('retextParagraphs must come after retext-english')

  // Lines are counted at `\n`: the readers turn every line ending into one.
  this.parser = function (value: string): Root {
    const children: RootContent[] = []
    const separator = /\n[ \t]*\n\s*/g
    let start = 0
    let line = 1
    for (;;) {
      const match = separator.exec(value)
      const end = match ? match.index : value.length
      if (end > start) {
        const paragraphRoot = parseParagraph(value.slice(start, end), undefined as never) as unknown as Root
        // A paragraph can start inside a line, after the spaces that end the separator.
        const move: Move = { offset: start, lines: line - 1, columns: columnAt(value, start) - 1 }
        for (const child of paragraphRoot.children) {
          if (start > 0) shift(child, move)
          children.push(child)
        }
      }
      if (!match) break
      const separatorLine = line + countNewlines(value, start, end)
      children.push(whiteSpace(value, match.index, match.index + match[0].length, separatorLine))
      line = separatorLine + countNewlines(value, match.index, match.index + match[0].length)
      start = match.index + match[0].length
    }
    return {
      type: 'RootNode',
      children,
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: { line: line + countNewlines(value, start, value.length), column: columnAt(value, value.length), offset: value.length },
      },
    }
  } as never
  return undefined
}

/** Where a paragraph parsed on its own goes in the document: its offset, the lines before it, the columns before it on its first line. */
interface Move {
  offset: number
  lines: number
  columns: number
}

function shift(node: Node, move: Move): void {
  // The parser shares point objects between parents and children: copy, never mutate.
  if (node.position) {
    const { start, end } = node.position
    node.position = { start: movedPoint(start, move), end: movedPoint(end, move) }
  }
  if (isParent(node)) for (const child of node.children) shift(child, move)
}

function movedPoint(point: Point, move: Move): Point {
  return { line: point.line + move.lines, column: point.line === 1 ? point.column + move.columns : point.column, offset: (point.offset ?? 0) + move.offset }
}

function whiteSpace(value: string, start: number, end: number, line: number): RootContent {
  return {
    type: 'WhiteSpaceNode',
    value: value.slice(start, end),
    position: {
      start: { line, column: columnAt(value, start), offset: start },
      end: { line: line + countNewlines(value, start, end), column: columnAt(value, end), offset: end },
    },
  }
}

/** The column of `offset`, counted from 1 after the last line break before it. */
function columnAt(value: string, offset: number): number {
  return offset === 0 ? 1 : offset - value.lastIndexOf('\n', offset - 1)
}

function countNewlines(value: string, start: number, end: number): number {
  let count = 0
  for (let index = value.indexOf('\n', start); index !== -1 && index < end; index = value.indexOf('\n', index + 1)) count++
  return count
}
