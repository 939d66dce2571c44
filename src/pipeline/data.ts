import type { Node, Parent, Position } from 'unist'
import type { Root, Sentence as SentenceNode, SentenceContent, Word, WordData } from 'nlcst'
import { toString } from 'nlcst-to-string'
import type { Sentence, Token } from '../types.js'

/**
 * What the pipeline's plugins record on nlcst nodes and on the vfile.
 * Plugins annotate, or regroup nodes (figure-ranges and figure-stops part
 * words and sentences, abbreviation-stops joins sentences, censorship and
 * numbers merge words); they never change the article's text, so offsets
 * stay true.
 */
declare module 'nlcst' {
  interface WordData {
    /** Lower case, typography folded, censored spelling restored. */
    normal?: string
    /** Typography folded, case kept. */
    typographic?: string
    stem?: string
    isCensored?: boolean
    isStopword?: boolean
    /** Numeric value of the number that starts at this word. */
    value?: number
    /** End offset of that number when it spans several nodes. */
    valueEnd?: number
    /** True for a word inside a number started by an earlier word. */
    isNumberPart?: boolean
  }
}

/**
 * A word's data with every field there from the start, so that all words'
 * data objects share one hidden class: set one field at a time, the fields
 * later plugins add made up to eight shapes, which every plugin reading
 * them had to tell apart. Cold runs took 3–7 % less time this way (three
 * alternated series over 1,000 articles).
 */
export function wordData(typographic: string): WordData {
  return { typographic, normal: undefined, stem: undefined, isCensored: undefined, isStopword: undefined, value: undefined, valueEnd: undefined, isNumberPart: undefined }
}

/** A sentence with the tokens used for matching. */
export interface AnalyzedSentence extends Sentence {
  tokens: Token[]
  /** Index of the paragraph the sentence is in. */
  paragraph: number
}

declare module 'vfile' {
  interface DataMap {
    sentences: AnalyzedSentence[]
  }
}

export function startOffset(node: Node): number {
  return (node.position as Position).start.offset ?? 0
}

export function endOffset(node: Node): number {
  return (node.position as Position).end.offset ?? 0
}

/** The text of a word: most words are one text node, read without serializing. */
export function wordText(word: Word): string {
  const children = word.children
  if (children.length === 1) {
    const only = children[0]
    if (only.type === 'TextNode') return only.value
  }
  return toString(word)
}

/** From the start of `first` to the end of `last`, as a new position: the parser shares point objects, which are never changed. */
export function spanOf(first: Position | undefined, last: Position | undefined): Position | undefined {
  return first && last ? { start: first.start, end: last.end } : undefined
}

/** A mark that joins two words into one as printed, with no space: a hyphen, or an en dash (`22-year-old`, `5–4`). */
export const joiningMark = /^[-\u2010\u2011\u2013]$/

/** A word's parts but a full stop the parser kept at its end (`5-4.`, `12-year.`: see figure-stops). */
export function withoutStop(word: Word): Word['children'] {
  const last = word.children[word.children.length - 1]
  return last?.type === 'PunctuationNode' && last.value === '.' ? word.children.slice(0, -1) : word.children
}

/**
 * Replace each word of every sentence that `part` parts by the nodes it
 * returns (undefined: the word stays), for the plugins that part words
 * (figure-ranges, figure-compounds). `mayPart` is a cheap test that rules
 * out nearly every word, so most sentences are left as they are.
 */
export function partWords(tree: Root, mayPart: (word: Word) => boolean, part: (word: Word) => SentenceContent[] | undefined): void {
  const isCandidate = (node: SentenceContent): node is Word => node.type === 'WordNode' && mayPart(node)
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.children.some(isCandidate)) continue
      sentence.children = sentence.children.flatMap((child) => (isCandidate(child) ? part(child) ?? [child] : [child]))
    }
  }
}

/** A sentence node of `children`, spanning them (for plugins that part or join sentences). */
export function sentenceOf(children: SentenceContent[]): SentenceNode {
  return { type: 'SentenceNode', children, position: spanOf(children[0].position, children[children.length - 1].position) }
}

export function isParent(node: Node): node is Parent {
  return 'children' in node
}

/** Call `visit` for each sentence, with the index of its paragraph. */
export function forEachSentence(
  tree: import('nlcst').Root,
  visit: (sentence: import('nlcst').Sentence, paragraph: number) => void,
): void {
  let paragraphIndex = 0
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) if (child.type === 'SentenceNode') visit(child, paragraphIndex)
    paragraphIndex++
  }
}
