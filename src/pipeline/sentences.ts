import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import type { Token } from '../types.js'
import { endOffset, forEachSentence, startOffset, type AnalyzedSentence } from './data.js'

/**
 * Collect every sentence with its offsets and matching tokens on
 * `file.data.sentences`. Runs after the normalization plugins.
 */
export default function retextSentences() {
  return function (tree: Root, file: VFile): undefined {
    const text = String(file.value)
    const sentences: AnalyzedSentence[] = []
    forEachSentence(tree, (sentence, paragraph) => {
      const start = startOffset(sentence)
      const end = endOffset(sentence)
      const tokens: Token[] = []
      for (const child of sentence.children) {
        if (child.type !== 'WordNode') continue
        const data = child.data ?? {}
        if (data.isNumberPart || !data.normal) continue
        const tokenStart = startOffset(child)
        const tokenEnd = data.valueEnd ?? endOffset(child)
        const token: Token = {
          // A word of one text node already holds its text: no copy per token.
          text: data.valueEnd === undefined && child.children.length === 1 && child.children[0].type === 'TextNode' ? child.children[0].value : text.slice(tokenStart, tokenEnd),
          start: tokenStart,
          end: tokenEnd,
          normal: data.normal,
          stem: data.stem ?? data.normal,
          // Every field from the start, undefined where it does not apply: the comparison reads tokens in its
          // hottest loops, and tokens of one hidden class are read faster than tokens of up to eight shapes.
          value: data.value,
          isCensored: data.isCensored ? true : undefined,
          isStopword: data.isStopword ? true : undefined,
        }
        tokens.push(token)
      }
      sentences.push({ text: text.slice(start, end), start, end, paragraph, tokens })
    })
    file.data.sentences = sentences
  }
}
