import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Root } from 'nlcst'
import { toString } from 'nlcst-to-string'
import type { Node, Point } from 'unist'
import { describe, expect, it } from 'vitest'
import { processText } from '../../src/pipeline/index.js'

const sources = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../sources')

/** Every node whose position disagrees with the text it covers, as `type start-end: problem`. */
function misplaced(text: string, tree: Root): string[] {
  const problems: string[] = []
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1)
  const check = (point: Point, label: string, node: Node) => {
    const offset = point.offset ?? -1
    let line = 0
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++
    if (point.line !== line + 1 || point.column !== offset - lineStarts[line] + 1) {
      problems.push(`${node.type} ${label} ${offset}: line ${point.line}:${point.column}, expected ${line + 1}:${offset - lineStarts[line] + 1}`)
    }
  }
  const visit = (node: Node) => {
    const { start, end } = node.position!
    if (text.slice(start.offset, end.offset) !== toString(node as never)) problems.push(`${node.type} ${start.offset}-${end.offset}: covers other text`)
    check(start, 'start', node)
    check(end, 'end', node)
    if ('children' in node) for (const child of node.children as Node[]) visit(child)
  }
  visit(tree)
  return problems
}

/** Deterministic text with what makes the parser merge and move nodes: abbreviations, initialisms, affixes, quotes, masks, white space at paragraph edges. */
function randomText(seed: number): string {
  let state = seed
  const next = (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % below
  }
  const pieces = [
    'Mr.', 'U.S.', 'e.g.', 'Dr. Quinn', 'said', 'the', 'fans', '“I’m so f*cking proud”', '(really)', '“Yes.”', '17,000',
    '1.5', '$5', '#hashtag', '@user', '—', '...', '!?', 'well-known', "don't", 'A.', 'b.', '3.', '👍', '“', '”', '"',
    'Gaga.', 'Cooper?', 'it.', 'end!', ',', ';', 'x', 'Oscar-winning', 'f--king',
  ]
  const separators = [' ', ' ', ' ', '  ', '\n', ' \n ']
  const paragraphs: string[] = []
  for (let paragraph = 0, count = 1 + next(6); paragraph < count; paragraph++) {
    let text = next(4) === 0 ? ' ' : ''
    for (let word = 0, length = 1 + next(25); word < length; word++) text += pieces[next(pieces.length)] + separators[next(separators.length)]
    paragraphs.push(text)
  }
  const breaks = ['\n\n', '\n \n', '\n\n\n', '\n\t\n  ']
  return paragraphs.reduce((all, paragraph, index) => (index === 0 ? paragraph : all + breaks[next(breaks.length)] + paragraph), '')
}

describe('parsing paragraph by paragraph', () => {
  it('places every node of every paragraph where its text is, in offsets, lines and columns', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed)
      expect(misplaced(text, processText(text).tree), JSON.stringify(text)).toEqual([])
    }
  })

  it('places every node of the seed articles where its text is', () => {
    const files = readdirSync(sources).filter((name) => /\.(txt|md)$/.test(name))
    expect(files.length).toBeGreaterThan(0)
    for (const name of files) {
      const text = readFileSync(path.join(sources, name), 'utf8')
      expect(misplaced(text, processText(text).tree), name).toEqual([])
    }
  })
})
