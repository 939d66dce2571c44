/**
 * Direct-quote extraction and speaker attribution against PolNeAR
 * (../shared/data/polnear or $CROSSCHECK_DATA/polnear, train and dev), scored as issue 3 sets out:
 *
 * - a gold direct quote is an attribution whose Content span begins and ends
 *   with a quote mark (a trailing `,` or `.` allowed); first annotator file
 *   per article;
 * - a found quote matches a gold one when their character ranges overlap by
 *   at least half of their union (one to one);
 * - a found quote that overlaps no attribution Content at all is a false
 *   positive; one inside indirect speech is neither; nested quotes are not
 *   scored;
 * - speaker accuracy: over matched gold quotes whose Source is a name (not a
 *   pronoun), right when the found speaker shares a word with it.
 *
 * Scored twice: each found quote on its own, and utterances (quotes broken
 * only by their attribution, `"…," she said. "…"`, joined), which is how
 * PolNeAR annotates such a quote: one Content made of several ranges.
 *
 * Usage: npx tsx scripts/eval-quotes.ts [--split train|dev] [--errors N]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { processText } from '../src/pipeline/index.js'
import { extractQuotes } from '../src/quotes/index.js'
import { parseBrat, type Attribution } from './polnear.js'
import { dataFolder } from './data-folder.js'

const dataDir = path.join(dataFolder, 'polnear')

interface Unit {
  ranges: Array<[number, number]>
  speaker: string | null
  text: string
}

interface Counts {
  gold: number
  found: number
  truePositives: number
  falsePositives: number
  speakerTotal: number
  speakerRight: number
}

interface Errors {
  falsePositives: string[]
  falseNegatives: string[]
  speakerMisses: string[]
}

const quoteMarks = /^["'\u2018\u2019\u201C\u201D\u00AB\u00BB`]/
const endMarks = /["'\u2018\u2019\u201C\u201D\u00AB\u00BB]$/
const pronouns = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'his', 'her', 'their', 'its', 'him', 'them', 'who', 'which', 'that'])
const trivialWords = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov'])

function main(): void {
  const args = process.argv.slice(2)
  const splitArg = args.indexOf('--split')
  const errorsArg = args.indexOf('--errors')
  const splits = splitArg >= 0 ? [args[splitArg + 1]] : ['train', 'dev']
  const errorCount = errorsArg >= 0 ? Number(args[errorsArg + 1]) : 0
  if (!existsSync(dataDir)) {
    console.log(`PolNeAR not found at ${dataDir} (set CROSSCHECK_DATA): nothing to evaluate.`)
    return
  }
  for (const split of splits) {
    const started = Date.now()
    const byQuote = emptyCounts()
    const byUtterance = emptyCounts()
    const errors: Errors = { falsePositives: [], falseNegatives: [], speakerMisses: [] }
    const textDir = path.join(dataDir, split, 'text')
    const annotationDir = path.join(dataDir, split, 'attributions')
    if (!existsSync(textDir)) {
      console.log(`${split}: no text folder at ${textDir}`)
      continue
    }
    const annotationFiles = readdirSync(annotationDir).sort()
    const articles = readdirSync(textDir).filter((name) => name.endsWith('.txt')).sort()
    for (const name of articles) {
      const article = name.slice(0, -4)
      const annotation = annotationFiles.find((file) => file.startsWith(`${article}_`) && file.endsWith('.ann'))
      if (!annotation) continue
      const raw = readFileSync(path.join(textDir, name), 'utf8')
      const attributions = parseBrat(readFileSync(path.join(annotationDir, annotation), 'utf8'))
      const { quotes, utterances } = findQuotes(article, raw)
      const label = `${split}/${article}`
      score(raw, attributions, quotes, byQuote, errors, label, false)
      score(raw, attributions, utterances, byUtterance, errors, label, true)
    }
    report(`${split} (${articles.length} articles, ${((Date.now() - started) / 1000).toFixed(0)} s), each quote`, byQuote)
    report(`${split}, utterances`, byUtterance)
    for (const [kind, list] of Object.entries(errors)) {
      if (errorCount === 0) continue
      console.log(`\n${kind} (${list.length}):`)
      for (const line of sample(list, errorCount)) console.log(`  ${line}`)
    }
  }
}

/**
 * Run the extractor on an article's raw text. Paragraphs there are lines,
 * some separated by a single newline: those become blank lines for the
 * pipeline, and offsets are mapped back to the raw text.
 */
function findQuotes(id: string, raw: string): { quotes: Unit[]; utterances: Unit[] } {
  const inserted: number[] = []
  let body = ''
  for (let index = 0; index < raw.length; index++) {
    body += raw[index]
    if (raw[index] === '\n' && raw[index - 1] !== '\n' && raw[index + 1] !== '\n') {
      inserted.push(body.length)
      body += '\n'
    }
  }
  const toRaw = (offset: number) => offset - countBelow(inserted, offset)
  const source = { id, file: id, body, boilerplate: [], title: null, outlet: null, date: null, url: null, author: null }
  const result = extractQuotes(source, processText(body, id))
  const topLevel = result.quotes.map((quote, index) => ({ quote, index })).filter(({ quote }) => quote.nestedIn === null)
  const unit = (indices: number[]): Unit => ({
    ranges: indices.map((index) => [toRaw(result.quotes[index].start), toRaw(result.quotes[index].end)] as [number, number]),
    speaker: result.quotes[indices[0]].speaker,
    text: indices.map((index) => result.quotes[index].text).join(' … '),
  })
  const quotes = topLevel.map(({ index }) => unit([index]))
  const inUtterance = new Set(result.utterances.flat())
  const utterances = [
    ...result.utterances.map(unit),
    ...topLevel.filter(({ index }) => !inUtterance.has(index)).map(({ index }) => unit([index])),
  ]
  return { quotes, utterances }
}

function score(raw: string, attributions: readonly Attribution[], found: readonly Unit[], counts: Counts, errors: Errors, label: string, record: boolean): void {
  const contents = attributions.map((attribution) => toSet(attribution.content))
  const gold = attributions.filter((attribution) => isDirect(raw, attribution))
  const goldSets = gold.map((attribution) => toSet(attribution.content))
  const foundSets = found.map((unit) => toSet(unit.ranges))
  counts.gold += gold.length
  counts.found += found.length

  // One to one, best overlap first.
  const pairs: Array<{ found: number; gold: number; ratio: number }> = []
  foundSets.forEach((foundSet, foundIndex) => {
    goldSets.forEach((goldSet, goldIndex) => {
      const overlap = intersection(foundSet, goldSet)
      const ratio = overlap / (foundSet.size + goldSet.size - overlap)
      if (ratio >= 0.5) pairs.push({ found: foundIndex, gold: goldIndex, ratio })
    })
  })
  pairs.sort((a, b) => b.ratio - a.ratio)
  const matchedFound = new Map<number, number>()
  const matchedGold = new Map<number, number>()
  for (const pair of pairs) {
    if (matchedFound.has(pair.found) || matchedGold.has(pair.gold)) continue
    matchedFound.set(pair.found, pair.gold)
    matchedGold.set(pair.gold, pair.found)
  }
  counts.truePositives += matchedGold.size

  foundSets.forEach((foundSet, index) => {
    if (matchedFound.has(index) || contents.some((content) => intersection(foundSet, content) > 0)) return
    counts.falsePositives++
    if (record) errors.falsePositives.push(`${label}: ${clip(found[index].text)} [${found[index].speaker}]`)
  })
  gold.forEach((attribution, index) => {
    const foundIndex = matchedGold.get(index)
    const text = spanText(raw, attribution.content)
    if (foundIndex === undefined) {
      if (record) errors.falseNegatives.push(`${label}: ${clip(text)} ⟵ ${context(raw, attribution.content)}`)
      return
    }
    const source = spanText(raw, attribution.source)
    if (!isName(source)) return
    counts.speakerTotal++
    const speaker = found[foundIndex].speaker
    if (speaker && sharesWord(speaker, source)) counts.speakerRight++
    else if (record) errors.speakerMisses.push(`${label}: gold "${source}" found "${speaker}": ${clip(text, 60)} ⟵ ${context(raw, attribution.content)}`)
  })
}

/** Content that begins and ends with a quote mark, a trailing `,` or `.` allowed. */
function isDirect(raw: string, attribution: Attribution): boolean {
  if (attribution.content.length === 0) return false
  const text = raw.slice(attribution.content[0][0], attribution.content[attribution.content.length - 1][1]).trim()
  return quoteMarks.test(text) && endMarks.test(text.replace(/[,.]+$/, ''))
}

function isName(source: string): boolean {
  const words = source.split(/\s+/).filter(Boolean)
  return words.length > 0 && !(words.length === 1 && pronouns.has(words[0].toLowerCase())) && words.some((word) => /^\p{Lu}/u.test(word) && !pronouns.has(word.toLowerCase()) && !/^(The|A|An|This|That|These|Those)$/.test(word))
}

function sharesWord(found: string, gold: string): boolean {
  const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0 && !trivialWords.has(word)))
  const goldWords = wordsOf(gold)
  return [...wordsOf(found)].some((word) => goldWords.has(word))
}

function report(title: string, counts: Counts): void {
  const precision = counts.truePositives / Math.max(1, counts.truePositives + counts.falsePositives)
  const recall = counts.truePositives / Math.max(1, counts.gold)
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall)
  const speaker = counts.speakerRight / Math.max(1, counts.speakerTotal)
  console.log(`${title}: gold ${counts.gold}, found ${counts.found}, matched ${counts.truePositives}, false positives ${counts.falsePositives}`)
  console.log(`  precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}  speaker accuracy ${pct(speaker)} (${counts.speakerRight}/${counts.speakerTotal})`)
}

function emptyCounts(): Counts {
  return { gold: 0, found: 0, truePositives: 0, falsePositives: 0, speakerTotal: 0, speakerRight: 0 }
}

function toSet(ranges: ReadonlyArray<readonly [number, number]>): Set<number> {
  const set = new Set<number>()
  for (const [start, end] of ranges) for (let offset = start; offset < end; offset++) set.add(offset)
  return set
}

function intersection(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let count = 0
  const [small, large] = a.size < b.size ? [a, b] : [b, a]
  for (const value of small) if (large.has(value)) count++
  return count
}

function countBelow(sorted: readonly number[], offset: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle] < offset) low = middle + 1
    else high = middle
  }
  return low
}

function spanText(raw: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  return ranges.map(([start, end]) => raw.slice(start, end)).join(' … ')
}

function context(raw: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  const start = ranges[0][0]
  const end = ranges[ranges.length - 1][1]
  return clip(`${raw.slice(Math.max(0, start - 80), start)}⟦…⟧${raw.slice(end, end + 80)}`, 200)
}

function clip(text: string, length = 140): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > length ? `${flat.slice(0, length)}…` : flat
}

function pct(value: number): string {
  return (100 * value).toFixed(1)
}

/** A fixed, evenly spread sample, so runs compare. */
function sample<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list]
  const step = list.length / count
  return Array.from({ length: count }, (_, index) => list[Math.floor(index * step)])
}

main()
