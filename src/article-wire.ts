import type { ArticleAnalysis } from './analyze.js'
import type { AnalyzedSentence } from './pipeline/index.js'
import type { Token } from './types.js'

/**
 * An article as a pool thread sends it to the main thread and as the cache
 * keeps it: JSON text with the sentences packed. Sentences and tokens are four
 * fifths of an article's JSON, and most of it repeats the body (`text` is
 * `body.slice(start, end)`) or another field (`normal` is often `text`,
 * `stem` often `normal`); parsing all of it on the main thread cost more
 * than the whole rest of the transfer. Packed, the sentences are numbers
 * and the few strings that differ, and the main thread rebuilds the very
 * objects the pipeline made (same fields, same order, same values).
 */
export interface WireArticle extends Omit<ArticleAnalysis, 'sentences'> {
  sentences: PackedSentences
}

/**
 * Per sentence: start, end, paragraph, token count; then per token: start,
 * end, flags. `strings` holds, in token order, `normal` where it is not
 * `text` and `stem` where it is not `normal`; `values` each token's `value`.
 */
interface PackedSentences {
  numbers: number[]
  strings: string[]
  values: number[]
}

const normalIsText = 1
const stemIsNormal = 2
const hasValue = 4
const isCensored = 8
const isStopword = 16

/** The article as JSON text with its sentences packed. */
export function packArticle(article: ArticleAnalysis): string {
  const numbers: number[] = []
  const strings: string[] = []
  const values: number[] = []
  for (const sentence of article.sentences) {
    numbers.push(sentence.start, sentence.end, sentence.paragraph, sentence.tokens.length)
    for (const token of sentence.tokens) {
      let flags = 0
      if (token.normal === token.text) flags |= normalIsText
      else strings.push(token.normal)
      if (token.stem === token.normal) flags |= stemIsNormal
      else strings.push(token.stem)
      if (token.value !== undefined) {
        flags |= hasValue
        values.push(token.value)
      }
      if (token.isCensored) flags |= isCensored
      if (token.isStopword) flags |= isStopword
      numbers.push(token.start, token.end, flags)
    }
  }
  // Spread, so that `sentences` keeps its place among the fields.
  const wire: WireArticle = { ...article, sentences: { numbers, strings, values } }
  return JSON.stringify(wire)
}

/** The article `packArticle` packed, as JSON.parse(JSON.stringify(article)) would give it. */
export function unpackArticle(json: string): ArticleAnalysis {
  return articleFromWire(JSON.parse(json) as WireArticle)
}

/** Whether a parsed value has the shape `packArticle` writes (a cache entry read from a pack). */
export function isPackedArticle(value: unknown): value is WireArticle {
  const article = value as Partial<WireArticle> | undefined
  const sentences = article?.sentences
  return (
    typeof article === 'object' &&
    article !== null &&
    typeof article.source?.body === 'string' &&
    Array.isArray(article.quotes?.quotes) &&
    Array.isArray(sentences?.numbers) &&
    Array.isArray(sentences.strings) &&
    Array.isArray(sentences.values)
  )
}

/** The article from its parsed packed form (the object is reused). */
export function articleFromWire(wire: WireArticle): ArticleAnalysis {
  const body = wire.source.body
  const { numbers, strings, values } = wire.sentences
  const sentences: AnalyzedSentence[] = []
  let at = 0
  let string = 0
  let value = 0
  while (at < numbers.length) {
    const start = numbers[at]
    const end = numbers[at + 1]
    const paragraph = numbers[at + 2]
    const count = numbers[at + 3]
    at += 4
    const tokens: Token[] = []
    for (let index = 0; index < count; index++, at += 3) {
      const tokenStart = numbers[at]
      const tokenEnd = numbers[at + 1]
      const flags = numbers[at + 2]
      const text = body.slice(tokenStart, tokenEnd)
      const normal = flags & normalIsText ? text : strings[string++]
      // The fields in the pipeline's order, all of them (src/pipeline/sentences.ts), so that unpacked tokens share its tokens' shape.
      const stem = flags & stemIsNormal ? normal : strings[string++]
      tokens.push({
        text,
        start: tokenStart,
        end: tokenEnd,
        normal,
        stem,
        value: flags & hasValue ? values[value++] : undefined,
        isCensored: flags & isCensored ? true : undefined,
        isStopword: flags & isStopword ? true : undefined,
      })
    }
    sentences.push({ text: body.slice(start, end), start, end, paragraph, tokens })
  }
  const article = wire as unknown as ArticleAnalysis
  article.sentences = sentences
  return article
}
