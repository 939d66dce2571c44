import { unified } from 'unified'
import retextEnglish from 'retext-english'
import type { Root } from 'nlcst'
import { VFile } from 'vfile'
import retextParagraphs from './parse-paragraphs.js'
import retextFigureRanges from './figure-ranges.js'
import retextFigureCompounds from './figure-compounds.js'
import retextAbbreviationStops from './abbreviation-stops.js'
import retextFigureStops from './figure-stops.js'
import retextTypography from './typography.js'
import retextCensorship from './censorship.js'
import retextNumbers from './numbers.js'
import retextNormalize from './normalize.js'
import retextSentences from './sentences.js'
import type { AnalyzedSentence } from './data.js'

/** The processor every article goes through: parse, then annotate, then collect. */
export function createPipeline() {
  return unified()
    .use(retextEnglish)
    .use(retextParagraphs)
    .use(retextFigureRanges)
    .use(retextFigureCompounds)
    .use(retextAbbreviationStops)
    .use(retextFigureStops)
    .use(retextTypography)
    .use(retextCensorship)
    .use(retextNumbers)
    .use(retextNormalize)
    .use(retextSentences)
}

let shared: ReturnType<typeof createPipeline> | undefined

export interface ProcessedText {
  file: VFile
  tree: Root
  sentences: AnalyzedSentence[]
}

/** Run the pipeline over one text (an article body, a quote, a sentence). */
export function processText(value: string, path?: string): ProcessedText {
  shared ??= createPipeline().freeze()
  const file = new VFile({ value, path })
  const tree = shared.runSync(shared.parse(file), file) as Root
  return { file, tree, sentences: file.data.sentences ?? [] }
}

export type { AnalyzedSentence } from './data.js'
