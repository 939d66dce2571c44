import type { Root, Sentence, SentenceContent, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { forEachSentence } from './data.js'

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
  const lower = spelling.toLowerCase()
  const match = /^([a-z]*)([*#@$%!_\-\u2010-\u2015.]+)([a-z]*)$/.exec(lower)
  if (!match) return undefined
  const [, before, mask, after] = match
  if (before.length === 0 && after.length === 0) return undefined
  // A mask hides at least one letter; dashes often hide a whole syllable.
  const hidden = `[a-z]{1,${mask.length + 3}}`
  const pattern = new RegExp(`^${before}${hidden}${after}$`)
  return profanities.find((word) => pattern.test(word))
}

/**
 * Merge censored spellings that the English parser splits (`f`, `*`, `cking`)
 * into one word node, and mark censored words and `(expletive)` with
 * `data.isCensored` and the restored word as `data.normal`.
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
      const run = censoredRun(children, index)
      if (run) {
        const merged: Word = {
          type: 'WordNode',
          children: run.nodes.flatMap((part) => (part.type === 'WordNode' ? part.children : [part as never])),
          position: { start: run.nodes[0].position!.start, end: run.nodes[run.nodes.length - 1].position!.end },
          data: { ...node.data, isCensored: true, normal: run.word },
        }
        children.splice(index, run.nodes.length, merged)
        continue
      }
      if (isBracketedExpletive(children, index)) {
        node.data = { ...node.data, isCensored: true, normal: expletivePlaceholder }
      }
    }
  }
}

/** The nodes from `index` that spell one censored word, if any. */
function censoredRun(children: SentenceContent[], index: number): { nodes: SentenceContent[]; word: string } | undefined {
  const first = children[index]
  const firstText = toString(first)
  // The parser keeps some masks inside the word (`f--king`).
  const inside = /[a-z]/i.test(firstText) ? uncensor(firstText) : undefined
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

function isBracketedExpletive(children: SentenceContent[], index: number): boolean {
  if (toString(children[index]).toLowerCase() !== 'expletive') return false
  const open = children[index - 1]
  const close = children[index + 1]
  return open !== undefined && close !== undefined && /^[([]$/.test(toString(open)) && /^[)\]]$/.test(toString(close))
}
