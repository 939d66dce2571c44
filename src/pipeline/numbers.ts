import type { Root, Sentence, SentenceContent, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { endOffset, forEachSentence, joiningMark, wordText } from './data.js'

// Maps, so that `constructor` or `toString` in a text is no number.
const units = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
}))
const scales = new Map<string, number>(Object.entries({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
}))
const suffixScales: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 }

/**
 * Read a number written in figures or words: `100`, `17,000`, `17K`, `1.5`,
 * `ninety-nine`, `a hundred`, `325 million`. Returns its value, or undefined.
 */
export function parseNumber(words: readonly string[]): number | undefined {
  const result = readNumber(words.map((word) => word.toLowerCase()), 0)
  return result && result.length === words.length ? result.value : undefined
}

/**
 * Read the longest number starting at `index`: its value and how many words
 * it takes. Words are lower case.
 */
function readNumber(words: readonly string[], index: number): { value: number; length: number } | undefined {
  let total = 0
  let current = 0
  let length = 0
  let seen = false
  let startsWithFigure = false
  for (let position = index; position < words.length; position++) {
    const word = words[position]
    const figure = parseFigure(word)
    const scale = scales.get(word)
    const unit = unitValue(word)
    if (figure !== undefined && !seen) {
      current = figure
      seen = true
      startsWithFigure = true
    } else if (unit !== undefined && (!seen || (!startsWithFigure && canAddUnit(total, current, unit)))) {
      current += unit
      seen = true
    } else if (scale !== undefined && (seen || (word !== 'dozen' && position === index + 1 && words[index] === 'a'))) {
      if (!seen) current = 1
      if (scale === 100 || scale === 12) current *= scale
      else {
        total += current * scale
        current = 0
      }
      seen = true
    } else if (word === 'a' && position === index && scales.get(words[position + 1]) !== undefined) {
      length++
      continue
    } else if (word === 'and' && seen && units.get(words[position + 1]) !== undefined && (total + current) % 100 === 0) {
      length++
      continue
    } else break
    length++
  }
  if (!seen) return undefined
  return { value: total + current, length }
}

/** `seven`, `ninety`, `ninety-nine`. */
function unitValue(word: string): number | undefined {
  if (!word.includes('-')) return units.get(word)
  const [tens, ones, ...rest] = word.split('-')
  const tensValue = units.get(tens)
  const onesValue = units.get(ones)
  if (rest.length > 0 || tensValue === undefined || onesValue === undefined) return undefined
  return tensValue >= 20 && tensValue % 10 === 0 && onesValue < 10 ? tensValue + onesValue : undefined
}

/** `hundred` then `five`, `thousand` then `five`, `twenty` then `one`; not `five six`. */
function canAddUnit(total: number, current: number, unit: number): boolean {
  if (current === 0) return total > 0
  const belowHundred = current % 100
  if (belowHundred === 0) return true
  return belowHundred >= 20 && belowHundred % 10 === 0 && unit < 10
}

function parseFigure(word: string): number | undefined {
  // Figures start with a digit: most words are settled without the pattern.
  const code = word.charCodeAt(0)
  if (!(code >= 48 && code <= 57)) return undefined
  const match = /^(\d+(?:,\d{3})*(?:\.\d+)?)(k|m|mn|b|bn)?$/.exec(word)
  if (!match) return undefined
  const value = Number(match[1].replace(/,/g, ''))
  return match[2] ? value * suffixScales[match[2]] : value
}

/**
 * Record the value of every number on its first word (`data.value`, with
 * `data.valueEnd` when the number spans words) and mark the words after it
 * (`data.isNumberPart`). Figures split by the parser (`17`, `,`, `000`) are
 * merged first. Use after `retextTypography`, which gives every word its
 * data.
 */
export default function retextNumbers() {
  return function (tree: Root): undefined {
    forEachSentence(tree, (sentence) => {
      mergeFigures(sentence)
      annotateNumbers(sentence)
    })
  }
}

/** `17`, `,`, `000` and `1`, `.`, `5` are one figure. */
function mergeFigures(sentence: Sentence): void {
  const children = sentence.children
  for (let index = 0; index + 2 < children.length; index++) {
    const head = children[index]
    const separator = children[index + 1]
    const tail = children[index + 2]
    if (head.type !== 'WordNode' || separator.type !== 'PunctuationNode' || tail.type !== 'WordNode') continue
    if (separator.value !== ',' && separator.value !== '.') continue
    const headText = wordText(head)
    const tailText = wordText(tail)
    const isThousands = separator.value === ',' && /^\d{1,3}(,\d{3})*$/.test(headText) && /^\d{3}([kmb]|bn|mn)?$/i.test(tailText)
    const isDecimal = separator.value === '.' && /^\d+$/.test(headText) && /^\d+([kmb]|bn|mn)?$/i.test(tailText)
    if (!isThousands && !isDecimal) continue
    const merged: Word = {
      type: 'WordNode',
      children: [...head.children, separator, ...tail.children],
      position: { start: head.position!.start, end: tail.position!.end },
    }
    // Data given after the literal and changed in place, as in retextCensorship (see there).
    const data = (merged.data = head.data!)
    data.typographic = toString(merged)
    children.splice(index, 3, merged)
    index--
  }
}

function annotateNumbers(sentence: Sentence): void {
  // Most sentences hold no number: find the first word that may start one before collecting words.
  // Numbers read forward, so the words before it are not needed.
  const children = sentence.children
  let first = 0
  while (first < children.length) {
    const child = children[first]
    if (child.type === 'WordNode' && mayStartNumber(lowerText(child))) break
    first++
  }
  if (first === children.length) return
  const words: Word[] = []
  // Where each word stands among the sentence's children, so that a number's words are checked where they are.
  const places: number[] = []
  for (let index = first; index < children.length; index++) {
    const child = children[index]
    if (child.type === 'WordNode') {
      words.push(child)
      places.push(index)
    }
  }
  const texts = words.map(lowerText)
  for (let index = 0; index < words.length; index++) {
    if (!mayStartNumber(texts[index])) continue
    let number = readNumber(texts, index)
    // `twenty three-year-olds`, `a hundred two-bedroom units`: a count parted from what it counts (figure-compounds)
    // starts a number of its own, unless it is all the number there is (`a hundred-year flood`).
    if (number && number.length > 1 && isPartedCount(children, places[index + number.length - 1])) {
      number = readNumber(texts.slice(0, index + number.length - 1), index) ?? number
    }
    if (!number || !isContiguous(children, places[index], places[index + number.length - 1])) continue
    const last = words[index + number.length - 1]
    const data = (words[index].data ??= {})
    data.value = number.value
    data.valueEnd = endOffset(last)
    for (let part = index + 1; part < index + number.length; part++) (words[part].data ??= {}).isNumberPart = true
    index += number.length - 1
  }
}

/** Whether the word at `place` among the children is a count a hyphen joins to the next word (`three`-`year-olds`). */
function isPartedCount(children: SentenceContent[], place: number): boolean {
  const next = children[place + 1]
  return next?.type === 'PunctuationNode' && joiningMark.test(next.value) && children[place + 2]?.type === 'WordNode'
}

/**
 * The sign printed just before a figure that starts at `at` in `text`, which
 * the parser keeps out of the figure's word: a currency sign, or a minus (a
 * hyphen, minus sign or en dash after a space, an opening bracket or the
 * text's start); '' for none.
 */
export function signCharBefore(text: string, at: number): string {
  if (at <= 0) return ''
  const sign = text[at - 1]
  if (/[$€£¥]/.test(sign)) return sign
  return /[-\u2212\u2013]/.test(sign) && (at === 1 || /[\s(]/.test(text[at - 2])) ? sign : ''
}

function lowerText(word: Word): string {
  return (word.data?.typographic ?? wordText(word)).toLowerCase()
}

/**
 * Whether a number can start at `word` (lower case): a figure, a unit
 * (`seven`, `ninety-nine`) or `a` (`a hundred`). Most words are none, and
 * `readNumber` would find that out with a pattern and several lookups.
 */
function mayStartNumber(word: string): boolean {
  const code = word.charCodeAt(0)
  return (code >= 48 && code <= 57) || units.has(word) || word === 'a' || word.includes('-')
}

/** A number's words, the children from `first` to `last`, are separated by white space only. */
function isContiguous(children: SentenceContent[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++) {
    const type = children[index].type
    if (type !== 'WordNode' && type !== 'WhiteSpaceNode') return false
  }
  return true
}
