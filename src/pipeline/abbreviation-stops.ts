import type { Paragraph, ParagraphContent, Root, Sentence, SentenceContent } from 'nlcst'
import { sentenceOf } from './data.js'

// Abbreviations the English parser ends a sentence at when they stand alone
// (`ranked No. 4`) or after a hyphen (`then-Rep. Gabrielle Giffords`,
// `post-Sept. 11`), by what must follow them for the sentence to go on.
const beforeFigures = new Set(['no', 'nos', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])
const beforeNames = new Set(['rep', 'reps', 'sen', 'sens', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'rev', 'dr', 'prof', 'pres', 'supt', 'mr', 'mrs', 'ms'])

/**
 * Join sentences the parser parted after an abbreviation: `The Wildcats are
 * ranked No.` + `12 in the nation.` is one sentence, and its number one
 * claim. A sentence goes on when it ends in `No.` or a month before a
 * figure, or in a title (`Rep.`, `Sen.`, also after a hyphen) before a
 * capitalized name. Use right after retext-english (and retextParagraphs),
 * before figure-stops, which ends the joined sentence where a figure does.
 */
export default function retextAbbreviationStops() {
  return function (tree: Root): undefined {
    for (const paragraph of tree.children) {
      if (paragraph.type === 'ParagraphNode' && paragraph.children.length > 2) paragraph.children = joinParted(paragraph.children)
    }
  }
}

function joinParted(children: Paragraph['children']): ParagraphContent[] {
  const joined: ParagraphContent[] = []
  for (const child of children) {
    // `{… No.}`, white space, `{12 in the nation.}`
    const [sentence, space] = joined.slice(-2)
    if (child.type === 'SentenceNode' && sentence?.type === 'SentenceNode' && space?.type === 'WhiteSpaceNode' && goesOn(sentence, child)) {
      joined.length -= 2
      joined.push(sentenceOf([...sentence.children, space, ...child.children]))
    } else joined.push(child)
  }
  return joined
}

/** Whether `sentence` ends in an abbreviation that `next` carries on. */
function goesOn(sentence: Sentence, next: Sentence): boolean {
  const { children } = sentence
  const stop = children[children.length - 1]
  const word = children[children.length - 2]
  if (stop?.type !== 'PunctuationNode' || stop.value !== '.' || word?.type !== 'WordNode') return false
  const last = word.children[word.children.length - 1]
  // Abbreviations are capitalized: `no.` ends a sentence (`The answer was no. 12 people left.`).
  if (last?.type !== 'TextNode' || !/^\p{Lu}/u.test(last.value)) return false
  const abbreviation = last.value.toLowerCase()
  const first = firstText(next.children)
  if (first === undefined) return false
  if (beforeFigures.has(abbreviation)) return /^\d/.test(first)
  return beforeNames.has(abbreviation) && /^\p{Lu}/u.test(first)
}

function firstText(children: readonly SentenceContent[]): string | undefined {
  const word = children.find((child) => child.type === 'WordNode')
  const text = word?.type === 'WordNode' ? word.children[0] : undefined
  return text?.type === 'TextNode' ? text.value : undefined
}
