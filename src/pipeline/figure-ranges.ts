import type { Root, SentenceContent, Word } from 'nlcst'
import { partWords, spanOf, withoutStop } from './data.js'

/**
 * Part figures joined by hyphens into words of their own. The English parser
 * keeps `134-to-63`, `5-4` and `2019-2020` as one word, which then is no
 * number and matches neither `134 to 63` nor another outlet's `6-3`. Here
 * each figure becomes a word, and `to` between figures too, with the hyphens
 * as punctuation between them: a vote, a score or a range reads as the
 * numbers it holds. Words with other parts (`COVID-19`, `9-year-old`) stay
 * whole. Use right after retext-english (and retextParagraphs), before the
 * plugins that read words.
 */
export default function retextFigureRanges() {
  return function (tree: Root): undefined {
    partWords(tree, isFigureRange, partFigures)
  }
}

const figure = /^\d+$/
const joiner = /^[-\u2010\u2011\u2013\u2014]$/

/** Figures, and `to` between them, joined by hyphens or dashes: `134-to-63`, `5-4`, and `5-4.` with the parser's full stop. */
function isFigureRange(node: Word): boolean {
  const children = withoutStop(node)
  if (children.length < 3 || children.length % 2 === 0) return false
  // `2019-20`: a season or fiscal year, whose second figure only ends the first; parted, 20 would read as a number.
  if (children.length === 3 && isShortenedYear(children[0], children[2])) return false
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (index % 2 === 1) {
      if (child.type !== 'PunctuationNode' || !joiner.test(child.value)) return false
    } else if (child.type !== 'TextNode' || !(figure.test(child.value) || (index > 0 && index < children.length - 1 && child.value.toLowerCase() === 'to'))) {
      return false
    }
  }
  return true
}

function isShortenedYear(first: Word['children'][number], second: Word['children'][number]): boolean {
  return first.type === 'TextNode' && second.type === 'TextNode' && /^\d{4}$/.test(first.value) && /^\d{2}$/.test(second.value)
}

/** Each text part a word of its own, the joiners between them as punctuation; a final full stop stays with the last figure. */
function partFigures(word: Word): SentenceContent[] {
  const parts = withoutStop(word)
  const stop = word.children.length > parts.length ? word.children[word.children.length - 1] : undefined
  return parts.map((child, index) => {
    if (child.type !== 'TextNode') return child
    if (stop && index === parts.length - 1) {
      return { type: 'WordNode', children: [child, stop], position: spanOf(child.position, stop.position) }
    }
    return { type: 'WordNode', children: [child], position: child.position }
  }) as SentenceContent[]
}
