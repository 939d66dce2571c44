import type { Paragraph, ParagraphContent, Punctuation, Root, Sentence, SentenceContent, WhiteSpace, Word } from 'nlcst'
import { sentenceOf, spanOf } from './data.js'

/**
 * End sentences at a full stop after a figure. The English parser reads a
 * number of up to three digits and the full stop after it as one word, as if
 * it were an ordinal (`12.`): `The toll rose to 12. Officials said more.`
 * comes out as one sentence, and `12.` as a word that is no number. Here the
 * stop becomes punctuation of its own, and the sentence ends there when a
 * capitalized word follows (after an opening quote, too) or nothing does.
 * A figure that opens its paragraph keeps its stop: `1. The first item`
 * (one that opens a sentence the parser ended too soon does not: `He was
 * No. 12. He said so.`).
 * Use right after retext-english (and retextParagraphs), before the plugins
 * that read words.
 */
export default function retextFigureStops() {
  return function (tree: Root): undefined {
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode' || !paragraph.children.some(holdsFigureStop)) continue
      const first = paragraph.children.find((child) => child.type === 'SentenceNode')
      paragraph.children = paragraph.children.flatMap((child) => (child.type === 'SentenceNode' ? splitSentence(child, child === first) : [child]))
    }
  }
}

function holdsFigureStop(child: Paragraph['children'][number]): boolean {
  return child.type === 'SentenceNode' && child.children.some(isFigureStop)
}

/** A word of digits and a full stop: `12.` */
function isFigureStop(node: SentenceContent): node is Word {
  if (node.type !== 'WordNode' || node.children.length !== 2) return false
  const [figure, stop] = node.children
  return figure.type === 'TextNode' && /^\d+$/.test(figure.value) && stop.type === 'PunctuationNode' && stop.value === '.'
}

/** The sentence, split after each figure's full stop that ends a sentence; the white space between goes to the paragraph. */
function splitSentence(sentence: Sentence, opensParagraph: boolean): ParagraphContent[] {
  const parts: ParagraphContent[] = []
  let current: SentenceContent[] = []
  const { children } = sentence
  for (let index = 0; index < children.length; index++) {
    const node = children[index]
    const isListNumber = opensParagraph && parts.length === 0 && !current.some((earlier) => earlier.type === 'WordNode')
    if (!isFigureStop(node) || isListNumber) {
      current.push(node)
      continue
    }
    const isLast = index === children.length - 1
    const space = children[index + 1]
    if (!isLast && !(space.type === 'WhiteSpaceNode' && opensSentence(children, index + 2))) {
      current.push(node)
      continue
    }
    current.push(...detachStop(node))
    if (isLast) break
    parts.push(sentenceOf(current), space as WhiteSpace)
    current = []
    index++
  }
  if (current.length > 0) parts.push(sentenceOf(current))
  return parts
}

/** A capitalized word at `index`, or after opening quote marks there. */
function opensSentence(children: readonly SentenceContent[], index: number): boolean {
  let at = index
  while (children[at]?.type === 'PunctuationNode' && /^["“‘'(]$/.test((children[at] as Punctuation).value)) at++
  const word = children[at]
  if (word?.type !== 'WordNode') return false
  const first = word.children[0]
  return first?.type === 'TextNode' && /^\p{Lu}/u.test(first.value)
}

/** The figure as a word of its own, then its full stop as punctuation. */
function detachStop(word: Word): [Word, Punctuation] {
  const [figure, stop] = word.children
  return [{ ...word, children: [figure], position: spanOf(word.position, figure.position) }, stop as Punctuation]
}

