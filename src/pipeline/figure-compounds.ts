import type { Punctuation, Root, SentenceContent, Word } from 'nlcst'
import { spanOf } from './data.js'

/**
 * A count joined by a hyphen to what it counts, parted: `22-year-old`,
 * `10-year`, `three-day`. The English parser keeps such a compound as one
 * word, which then is no number: one outlet's `22-year-old suspect` against
 * another's `23-year-old suspect`, or a `10-year` against a `12-year` prison
 * term, differed as two words, a rewording, when they give two ages or two
 * terms. Here the count becomes a word of its own, the hyphen punctuation,
 * and the rest one word (`year-old`), so the count reads as the number it is.
 * Left whole: a name with a figure (`COVID-19`, `F-16`: the figure is not
 * first), figures on both sides (figure-ranges parts those), a fraction
 * (`two-thirds`), a ratio or score (`3-to-one`, `2-for-1`), a number written
 * in words that is whole only with its hyphen (`twenty-three`, unless a
 * count follows: `twenty-three-year-old`), and `one-` compounds, which
 * mostly are no count (`one-sided`, `one-time`, `one-on-one`). Use after retextFigureRanges, before the plugins that read
 * words.
 */
export default function retextFigureCompounds() {
  return function (tree: Root): undefined {
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode' || !sentence.children.some(isCandidate)) continue
        sentence.children = sentence.children.flatMap((child) => {
          if (!isCandidate(child)) return [child]
          const countParts = countPartsOf(child)
          return countParts === 0 ? [child] : partCount(child, countParts)
        })
      }
    }
  }
}

const digits = /^\d+$/
const letters = /^\p{L}+$/u
const hyphen = /^[-\u2010\u2011]$/
// Written counts a compound may start with; `one` mostly makes no count (`one-sided`), and tens join units (`twenty-three`).
const countWords = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozen'])
const tens = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'])
const units = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])
// A fraction after the count, or a connective (`3-to-one`, `2-for-1`, `24-7`): a share, ratio or score, no count of something.
const notCounted = /^(?:halfs?|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|millionths?|to|of|for|in|on|and|or|by|plus)$/i
// A number word anywhere after the hyphen: another figure of a ratio or score (`3-to-one`), or the count goes on (`1.5-million`).
const numberWord = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)$/i

/** A word of three parts or more that holds a hyphen: cheap to rule out for nearly every word. */
function isCandidate(node: SentenceContent): node is Word {
  if (node.type !== 'WordNode' || node.children.length < 3 || node.children[0].type !== 'TextNode') return false
  return node.children.some((child) => child.type === 'PunctuationNode' && hyphen.test(child.value))
}

/**
 * How many of the word's parts the count takes (1; 3 for `2.5` or
 * `twenty-three`; 5 for `1,500.5`), or 0 when the word is no count joined to
 * what it counts. The parts after the count are words joined by hyphens,
 * with the parser's full stop maybe at the end.
 */
function countPartsOf(word: Word): number {
  const parts = withoutStop(word)
  const textAt = (index: number) => {
    const part = parts[index]
    return part?.type === 'TextNode' ? part.value.toLowerCase() : undefined
  }
  const head = textAt(0)!
  let countParts = 0
  if (digits.test(head)) {
    // The parser parts a figure at its comma or point: `1,500`, `2.5`.
    countParts = 1
    while (/^[.,]$/.test(parts[countParts]?.type === 'PunctuationNode' ? (parts[countParts] as Punctuation).value : '') && digits.test(textAt(countParts + 1) ?? '')) {
      countParts += 2
    }
  } else if (tens.has(head) && units.has(textAt(2) ?? '')) countParts = 3
  else if (countWords.has(head)) countParts = 1
  if (countParts === 0 || parts.length < countParts + 2) return 0
  for (let index = countParts; index < parts.length; index++) {
    const part = parts[index]
    const isJoiner = (index - countParts) % 2 === 0
    if (isJoiner ? part.type !== 'PunctuationNode' || !hyphen.test(part.value) : part.type !== 'TextNode' || !letters.test(part.value)) return 0
    if (!isJoiner && numberWord.test((part as { value: string }).value)) return 0
  }
  // Ends in a word, not a hyphen; and what follows the count is something counted.
  if ((parts.length - countParts) % 2 !== 0 || notCounted.test(textAt(countParts + 1)!)) return 0
  return countParts
}

/** The word's parts but a full stop the parser kept at its end (see figure-stops). */
function withoutStop(word: Word): Word['children'] {
  const last = word.children[word.children.length - 1]
  return last?.type === 'PunctuationNode' && last.value === '.' ? word.children.slice(0, -1) : word.children
}

/** The count as a word, the hyphen after it as punctuation, and the rest (with any full stop) as one word. */
function partCount(word: Word, countParts: number): SentenceContent[] {
  const count = word.children.slice(0, countParts)
  // countPartsOf checked it is the hyphen.
  const joiner = word.children[countParts] as Punctuation
  const rest = word.children.slice(countParts + 1)
  const wordOf = (children: Word['children']): Word => ({
    type: 'WordNode',
    children,
    position: spanOf(children[0].position, children[children.length - 1].position),
  })
  return [wordOf(count), joiner, wordOf(rest)]
}
