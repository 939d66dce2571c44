import type { Root, RootContent } from 'nlcst'
import type { Node } from 'unist'
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
        const isShifted = start > 0 || line > 1
        for (const child of paragraphRoot.children) {
          if (isShifted) shift(child, start, line - 1)
          children.push(child)
        }
      }
      if (!match) break
      const separatorLine = line + countNewlines(value.slice(start, end))
      children.push(whiteSpace(value, match.index, match.index + match[0].length, separatorLine))
      line = separatorLine + countNewlines(match[0])
      start = match.index + match[0].length
    }
    return {
      type: 'RootNode',
      children,
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: { line, column: 1, offset: value.length },
      },
    }
  } as never
  return undefined
}

function shift(node: Node, offset: number, lines: number): void {
  // The parser shares point objects between parents and children: copy, never mutate.
  if (node.position) {
    const { start, end } = node.position
    node.position = {
      start: { line: start.line + lines, column: start.column, offset: (start.offset ?? 0) + offset },
      end: { line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + offset },
    }
  }
  if (isParent(node)) for (const child of node.children) shift(child, offset, lines)
}

function whiteSpace(value: string, start: number, end: number, line: number): RootContent {
  return {
    type: 'WhiteSpaceNode',
    value: value.slice(start, end),
    position: {
      start: { line, column: 1, offset: start },
      end: { line: line + countNewlines(value.slice(start, end)), column: 1, offset: end },
    },
  }
}

function countNewlines(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}
