import type { Root, Sentence, SentenceContent, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { forEachSentence, wordText } from './data.js'

/** Normal form given to `(expletive)` and `[expletive]`: it stands for any profanity. */
export const expletivePlaceholder = '*expletive*'

// Word forms a censored spelling can stand for, in the order tried.
const profanities = [
  'fucking', 'fuckin', 'fucked', 'fucker', 'fuckers', 'fucks', 'fuck',
  'motherfucking', 'motherfucker', 'shitty', 'shitting', 'shits', 'shit', 'bullshit',
  'bitches', 'bitch', 'goddamned', 'goddamn', 'damned', 'damn', 'assholes', 'asshole', 'ass',
  'bastards', 'bastard', 'cunt', 'dick', 'pissed', 'piss', 'crap', 'hell', 'cock', 'prick', 'twat',
]
const profanitySet = new Set(profanities)

const maskCharacters = /^[*#@$%!_\-\u2010-\u2015.]+$/

/** True when `word` (lower case) is a profanity, so `(expletive)` can stand for it. */
export function isProfanity(word: string): boolean {
  return profanitySet.has(word)
}

/**
 * Restore a censored spelling (`f*cking`, `f**king`, `f—ing`, `sh*t`) to the
 * word it stands for, or undefined when no profanity fits.
 */
export function uncensor(spelling: string): string | undefined {
  // Most words hide nothing: no mask character, no need for the pattern.
  if (!hasMaskCharacter(spelling)) return undefined
  const lower = spelling.toLowerCase()
  const match = /^([a-z]*)([*#@$%!_\-\u2010-\u2015.]+)([a-z]*)$/.exec(lower)
  if (!match) return undefined
  const [, before, mask, after] = match
  if (before.length === 0 && after.length === 0) return undefined
  // A mask hides at least one letter; dashes often hide a whole syllable.
  const maxHidden = mask.length + 3
  return profanities.find((word) => {
    const hidden = word.length - before.length - after.length
    return hidden >= 1 && hidden <= maxHidden && word.startsWith(before) && word.endsWith(after)
  })
}

/** True when `text` has a character of `maskCharacters`. */
function hasMaskCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // * # @ $ % ! _ - . and the dashes U+2010 to U+2015
    if (code === 42 || code === 35 || code === 64 || code === 36 || code === 37 || code === 33 || code === 95 || code === 45 || code === 46 || (code >= 0x2010 && code <= 0x2015)) return true
  }
  return false
}

/**
 * Merge censored spellings that the English parser splits (`f`, `*`, `cking`)
 * into one word node, and mark censored words and `(expletive)` with
 * `data.isCensored` and the restored word as `data.normal`. Use after
 * `retextTypography`, which gives every word its data.
 */
export default function retextCensorship() {
  return function (tree: Root): undefined {
    forEachSentence(tree, mergeCensoredWords)
  }
}

function mergeCensoredWords(sentence: Sentence): void {
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const node = children[index]
    if (node.type === 'WordNode') {
      const text = wordText(node)
      const run = censoredRun(children, index, text)
      if (run) {
        const merged: Word = {
          type: 'WordNode',
          children: run.nodes.flatMap((part) => (part.type === 'WordNode' ? part.children : [part as never])),
          position: { start: run.nodes[0].position!.start, end: run.nodes[run.nodes.length - 1].position!.end },
        }
        // Merged words get the hidden classes of the parser's words: `data` given after the literal (a literal
        // with it is a class of its own), and the first word's data object changed in place (a spread copy is
        // one too). Every plugin after this one reads words, and each class more cost recompilations.
        const data = (merged.data = node.data!)
        data.isCensored = true
        data.normal = run.word
        children.splice(index, run.nodes.length, merged)
        continue
      }
      if (text.length === 9 && isBracketedExpletive(children, index, text)) {
        const data = node.data!
        data.isCensored = true
        data.normal = expletivePlaceholder
      }
    }
  }
}

/** The nodes from `index` that spell one censored word, if any. */
function censoredRun(children: SentenceContent[], index: number, firstText: string): { nodes: SentenceContent[]; word: string } | undefined {
  const first = children[index]
  // The parser keeps some masks inside the word (`f--king`). The mask test first: it settles most words without a pattern.
  const inside = hasMaskCharacter(firstText) && /[a-z]/i.test(firstText) ? uncensor(firstText) : undefined
  if (inside && firstText.toLowerCase() !== inside) return { nodes: [first], word: inside }

  const mask = children[index + 1]
  if (!mask || (mask.type !== 'SymbolNode' && mask.type !== 'PunctuationNode') || !maskCharacters.test(mask.value)) {
    return undefined
  }
  const next = children[index + 2]
  if (next && next.type === 'WordNode') {
    const word = uncensor(firstText + mask.value + toString(next))
    if (word) return { nodes: [first, mask, next], word }
  }
  const word = mask.value !== '.' ? uncensor(firstText + mask.value) : undefined
  return word ? { nodes: [first, mask], word } : undefined
}

function isBracketedExpletive(children: SentenceContent[], index: number, text: string): boolean {
  if (text.toLowerCase() !== 'expletive') return false
  const open = children[index - 1]
  const close = children[index + 1]
  return open !== undefined && close !== undefined && /^[([]$/.test(toString(open)) && /^[)\]]$/.test(toString(close))
}
