/**
 * A benchmark corpus of N articles, built from real news text.
 *
 *   npx tsx bench/corpus.ts N [N...]     prints the folder of each corpus
 *
 * Source text: BASIL article bodies (the same event from three outlets) and
 * AllSides excerpts (one story from a left, centre and right outlet), read
 * from $CROSSCHECK_DATA, else ../shared/data next to the repository. Events
 * stay together and the two collections are interleaved, so that any prefix
 * mixes long and short articles. Once the real articles run out the list
 * starts again with deterministic light edits (reworded words, censored
 * words, changed numbers, dropped sentences; seeded PRNG), as syndicated and
 * rewritten copies do in real coverage: the same quotes and claims recur
 * across many sources.
 *
 * Each corpus is written once as .md files with YAML front matter to
 * <tmp>/crosscheck-bench/N (never inside the repository) and reused while
 * the corpus version matches.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { basilOutlets, type BasilArticle } from '../scripts/basil.js'
import { dataFolder } from '../scripts/data-folder.js'

/** Bump when the corpus text changes, so stale folders are rebuilt. */
const corpusVersion = 'corpus-3'

export { dataFolder }

export const benchRoot = path.join(os.tmpdir(), 'crosscheck-bench')

export interface Article {
  /** Stable, file-name safe. */
  name: string
  title: string
  outlet: string
  date: string
  url: string
  paragraphs: string[]
}

/** True when the evaluation data the corpus is built from is present. */
export function hasData(): boolean {
  return existsSync(path.join(dataFolder, 'basil', 'articles')) && existsSync(path.join(dataFolder, 'allsides'))
}

/** The folder holding a corpus of `size` articles, written if missing or stale. */
export async function corpusFolder(size: number): Promise<string> {
  const folder = path.join(benchRoot, String(size))
  const stamp = path.join(folder, '.corpus-version')
  if (existsSync(stamp) && (await readFile(stamp, 'utf8')) === corpusVersion) return folder

  const articles = await realArticles()
  const staging = `${folder}.${process.pid}.tmp`
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { recursive: true })
  for (let index = 0; index < size; index++) {
    const round = Math.floor(index / articles.length)
    const real = articles[index % articles.length]
    const article = round === 0 ? real : editedCopy(real, round, index)
    const file = `${String(index).padStart(5, '0')}_${article.name}.md`
    await writeFile(path.join(staging, file), toMarkdown(article))
  }
  await writeFile(path.join(staging, '.corpus-version'), corpusVersion)
  // Swap the finished folder in, so an interrupted build never looks complete.
  await rm(folder, { recursive: true, force: true })
  await rename(staging, folder)
  return folder
}

/** All real articles, events kept together, the two collections interleaved. */
export async function realArticles(): Promise<Article[]> {
  const basil = await basilEvents()
  const allsides = await allsidesEvents()
  const events: Article[][] = []
  // Spread the smaller collection evenly through the larger one.
  for (let b = 0, a = 0; b < basil.length || a < allsides.length; ) {
    const basilDue = b < basil.length && (a >= allsides.length || b / basil.length <= a / allsides.length)
    events.push(basilDue ? basil[b++] : allsides[a++])
  }
  return events.flat()
}

async function basilEvents(): Promise<Article[][]> {
  const root = path.join(dataFolder, 'basil', 'articles')
  const byEvent = new Map<string, Article[]>()
  for (const year of (await readdir(root)).sort()) {
    for (const name of (await readdir(path.join(root, year))).filter((file) => file.endsWith('.json')).sort()) {
      const data = JSON.parse(await readFile(path.join(root, year, name), 'utf8')) as BasilArticle
      const paragraphs = data['body-paragraphs'].map((parts) => clean(parts.join(' '))).filter(Boolean)
      if (paragraphs.length === 0) continue
      const outlet = basilOutlets[data.source.toLowerCase()] ?? data.source
      const article: Article = { name: `basil-${path.basename(name, '.json')}`, title: clean(data.title), outlet, date: data.date, url: data.url, paragraphs }
      const event = data['triplet-uuid']
      byEvent.set(event, [...(byEvent.get(event) ?? []), article])
    }
  }
  return [...byEvent.values()]
}

interface AllSidesStory {
  id: number
  date: string
  news: Record<string, { newsSource?: string; newsTitle?: string; newsLink?: string; newBody?: string[] } | undefined>
}

async function allsidesEvents(): Promise<Article[][]> {
  const root = path.join(dataFolder, 'allsides')
  const events: Article[][] = []
  for (const name of (await readdir(root)).filter((file) => file.endsWith('.jsonl')).sort()) {
    for (const line of (await readFile(path.join(root, name), 'utf8')).split('\n')) {
      if (line.trim() === '') continue
      const story = JSON.parse(line) as AllSidesStory
      const event: Article[] = []
      for (const side of ['left', 'center', 'right']) {
        const news = story.news[side]
        const paragraphs = (news?.newBody ?? []).map(clean).filter(Boolean)
        if (!news || paragraphs.length === 0) continue
        event.push({
          name: `allsides-${story.id}-${side}`,
          title: clean(news.newsTitle ?? ''),
          outlet: clean(news.newsSource ?? '').replace(/\s*\(.*\)$/, ''),
          date: story.date.slice(0, 10),
          url: news.newsLink ?? '',
          paragraphs,
        })
      }
      if (event.length > 0) events.push(event)
    }
  }
  return events
}

/** Collapse whitespace (the data has no-break spaces and stray newlines). */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function toMarkdown(article: Article): string {
  // JSON strings are valid YAML double-quoted scalars.
  const frontMatter = [
    `title: ${JSON.stringify(article.title)}`,
    `outlet: ${JSON.stringify(article.outlet)}`,
    `date: ${article.date}`,
    `url: ${JSON.stringify(article.url)}`,
  ]
  return `---\n${frontMatter.join('\n')}\n---\n\n${article.paragraphs.join('\n\n')}\n`
}

// ---- Deterministic light edits -------------------------------------------

/** Outlets that rerun copy; a copy of round r is credited to one of them. */
const syndicators = ['Associated Wire', 'Daily Ledger', 'Metro Courier', 'National Dispatch', 'Evening Post', 'Morning Herald', 'Capital Tribune']

const rewordings: Record<string, string> = {
  said: 'stated', says: 'states', told: 'informed', big: 'large', large: 'big', help: 'assist', about: 'around',
  begin: 'start', start: 'begin', buy: 'purchase', show: 'indicate', need: 'require', try: 'attempt', people: 'persons',
  many: 'numerous', often: 'frequently', quickly: 'rapidly', angry: 'furious', important: 'significant',
  plan: 'proposal', called: 'described', also: 'too', however: 'but', before: 'prior to', after: 'following',
}

/** Words that outlets print censored; others are left alone. */
const censorable = /\b(damn|hell|crap|shit|fucking|fuck|bastard|ass)\b/i

/** mulberry32: small, fast, and the same sequence everywhere. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A lightly edited copy of `article` for cycle `round` (≥ 1) at position `index`. */
export function editedCopy(article: Article, round: number, index: number): Article {
  const random = seededRandom(index * 7919 + round)
  const paragraphs = article.paragraphs.map((paragraph) => editParagraph(paragraph, random)).filter(Boolean)
  return {
    ...article,
    name: `${article.name}-r${round}`,
    outlet: syndicators[(index + round) % syndicators.length],
    paragraphs: paragraphs.length > 0 ? paragraphs : article.paragraphs,
  }
}

function editParagraph(paragraph: string, random: () => number): string {
  let text = paragraph
  if (random() < 0.15) text = dropSentence(text, random)
  if (random() < 0.35) text = rewordOne(text, random)
  if (random() < 0.25) text = changeNumber(text, random)
  if (random() < 0.5) text = text.replace(censorable, (word) => word[0] + '*'.repeat(word.length - 2) + word[word.length - 1])
  return text
}

function dropSentence(paragraph: string, random: () => number): string {
  const sentences = paragraph.split(/(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z])/)
  if (sentences.length < 2) return paragraph
  sentences.splice(Math.floor(random() * sentences.length), 1)
  return sentences.join(' ')
}

function rewordOne(paragraph: string, random: () => number): string {
  const found = [...paragraph.matchAll(/\b[a-z]+\b/g)].filter((match) => match[0] in rewordings)
  if (found.length === 0) return paragraph
  const match = found[Math.floor(random() * found.length)]
  const at = match.index ?? 0
  return paragraph.slice(0, at) + rewordings[match[0]] + paragraph.slice(at + match[0].length)
}

function changeNumber(paragraph: string, random: () => number): string {
  const found = [...paragraph.matchAll(/\b\d{1,3}(?:,\d{3})*\b/g)].filter((match) => !/^(19|20)\d\d$/.test(match[0]))
  if (found.length === 0) return paragraph
  const match = found[Math.floor(random() * found.length)]
  const at = match.index ?? 0
  const value = Number(match[0].replace(/,/g, ''))
  const changed = Math.max(1, value + (random() < 0.5 ? -1 : 1) * (1 + Math.floor(random() * Math.max(1, value / 10))))
  return paragraph.slice(0, at) + changed.toLocaleString('en-US') + paragraph.slice(at + match[0].length)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number)
  if (!hasData()) {
    console.log(`No benchmark data in ${dataFolder} (needs basil/articles and allsides); nothing built.`)
  } else if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
    console.error('usage: npx tsx bench/corpus.ts N [N...]  (N a positive whole number)')
    process.exitCode = 2
  } else {
    for (const size of sizes) console.log(await corpusFolder(size))
  }
}
