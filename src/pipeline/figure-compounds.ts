import type { Punctuation, Root, SentenceContent, Word } from 'nlcst'
import { partWords, spanOf, withoutStop } from './data.js'

/**
 * A count joined by a hyphen to what it counts, parted: `22-year-old`,
 * `10-year`, `three-day`, `one-year`. The English parser keeps such a
 * compound as one word, which then is no number: one outlet's `22-year-old
 * suspect` against another's `23-year-old suspect`, or a `10-year` against a
 * `12-year` prison term, differed as two words, a rewording, when they give
 * two ages or two terms. Here the count becomes a word of its own, the
 * hyphen punctuation, and the rest one word (`year-old`), so the count reads
 * as the number it is. Left whole: a name with a figure (`COVID-19`, `F-16`:
 * the figure is not first), figures on both sides (figure-ranges parts
 * those), a fraction (`two-thirds`), a ratio or score (`3-to-one`,
 * `2-for-1`), an ordinal (`twenty-first`), an estimate (`60-some`,
 * `20-something`, `40-odd`), a letter (`3-D`, `10-K`), `million-` and
 * `billion-` (`million-dollar`), a number written in words that is whole only
 * with its hyphen (`twenty-three`, unless a count follows:
 * `twenty-three-year-old`), and `one-` before anything but a unit
 * (`one-sided`, `one-time`, `one-on-one`). Use after retextFigureRanges,
 * before the plugins that read words.
 */
export default function retextFigureCompounds() {
  return function (tree: Root): undefined {
    partWords(tree, holdsHyphen, (word) => {
      const countParts = countPartsOf(word)
      return countParts === 0 ? undefined : partCount(word, countParts)
    })
  }
}

const digits = /^\d+$/
const hyphen = /^[-\u2010\u2011]$/
// Two letters at least: `3-D`, `4-H`, `10-K` are names.
const countedWord = /^\p{L}{2,}$/u
// Written counts a compound may start with; tens join units (`twenty-three`). `hundred` and `thousand` count (`a
// hundred-year flood`); `million` and `billion` do not: `a million-dollar settlement` is a kind, no million of something.
const countWords = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'thousand'])
const tens = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'])
const units = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])
// `twenty-first`: an ordinal written in words.
const unitOrdinals = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'])
// What `one-` counts; before anything else it mostly makes no count (`one-sided`, `one-time`, `one-on-one`).
const unitsOfOne = new Set(['year', 'year-old', 'month', 'week', 'day', 'night', 'hour', 'minute', 'second', 'mile', 'foot', 'inch',
  'pound', 'ton', 'game', 'point', 'page', 'term', 'seat', 'vote', 'percent'])
// A fraction, an estimate or a connective after the count (`3-to-one`, `2-for-1`, `60-some`): a share, a ratio, a
// score or a guess, no count of something.
const notCounted = /^(?:halfs?|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|millionths?|some|something|somethings|odd|ish|plus|to|of|for|in|on|and|or|by)$/i
// A number word anywhere after the hyphen: another figure of a ratio or score (`3-to-one`), or the count goes on (`1.5-million`).
const numberWord = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)$/i

/** A word of three parts or more that opens on text and holds a hyphen: cheap to rule out for nearly every word. */
function holdsHyphen(word: Word): boolean {
  if (word.children.length < 3 || word.children[0].type !== 'TextNode') return false
  return word.children.some((child) => child.type === 'PunctuationNode' && hyphen.test(child.value))
}

/**
 * How many of the word's parts the count takes (1; 3 for `2.5` or
 * `twenty-three`; 5 for `1,500.5`), or 0 when the word is no count joined to
 * what it counts. The parts after the count are words joined by hyphens,
 * with the parser's full stop or an owner's `'s` maybe at the end.
 */
function countPartsOf(word: Word): number {
  const parts = withoutOwner(withoutStop(word))
  const textAt = (index: number) => {
    const part = parts[index]
    return part?.type === 'TextNode' ? part.value.toLowerCase() : undefined
  }
  const head = textAt(0)!
  let countParts = 0
  if (digits.test(head)) {
    // The parser parts a figure at its comma or point: `1,500`, `2.5`.
    countParts = 1
    while (isPunctuation(parts[countParts], /^[.,]$/) && digits.test(textAt(countParts + 1) ?? '')) countParts += 2
  } else if (tens.has(head) && isPunctuation(parts[1], hyphen) && (units.has(textAt(2) ?? '') || unitOrdinals.has(textAt(2) ?? ''))) {
    // `twenty-three-year-old`; `twenty-first` is an ordinal, left whole.
    if (unitOrdinals.has(textAt(2)!)) return 0
    countParts = 3
  } else if (countWords.has(head) || (head === 'one' && unitsOfOne.has(restText(parts, 2)))) countParts = 1
  if (countParts === 0 || parts.length < countParts + 2) return 0
  for (let index = countParts; index < parts.length; index++) {
    const part = parts[index]
    if ((index - countParts) % 2 === 0) {
      if (!isPunctuation(part, hyphen)) return 0
    } else if (part.type !== 'TextNode' || !countedWord.test(part.value) || numberWord.test(part.value)) return 0
  }
  // Ends in a word, not a hyphen; and what follows the count is something counted.
  if ((parts.length - countParts) % 2 !== 0 || notCounted.test(textAt(countParts + 1)!)) return 0
  return countParts
}

function isPunctuation(part: Word['children'][number] | undefined, mark: RegExp): boolean {
  return part?.type === 'PunctuationNode' && mark.test(part.value)
}

/** The parts from `from` on as one lower-case word (`year-old`). */
function restText(parts: Word['children'], from: number): string {
  return parts.slice(from).map((part) => ('value' in part ? part.value : '')).join('').toLowerCase()
}

/** The parts but an owner's `'s` at the end (`The 3-year-old's mother`). */
function withoutOwner(parts: Word['children']): Word['children'] {
  const [mark, ending] = parts.slice(-2)
  return parts.length > 2 && isPunctuation(mark, /^['\u2019]$/) && ending.type === 'TextNode' && ending.value.toLowerCase() === 's' ? parts.slice(0, -2) : parts
}

/** The count as a word, the hyphen after it as punctuation, and the rest (with any full stop or `'s`) as one word. */
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
