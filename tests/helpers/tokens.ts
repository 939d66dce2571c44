import { processText } from '../../src/pipeline/index.js'
import type { Token } from '../../src/types.js'

/** The matching tokens of a text, as the pipeline makes them. */
export function tokensOf(text: string): Token[] {
  return processText(text).sentences.flatMap((sentence) => sentence.tokens)
}
