/**
 * How long a key takes in the UI's Source view on a long article:
 *
 *   npm run bench:source [-- --paragraphs 20000]
 *
 * Writes an article of that many one-line paragraphs (invented words, about
 * 1.4 MB at 20,000) beside the seed articles in a temporary folder, analyses
 * it with the engine, and times the Source view's layout (sourceLines and
 * passageRows, what a key redraws) on opening the article and on each of
 * twenty moves of the selection. Prints the medians; needs no ../shared data.
 */
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzePaths } from '../src/analyze.js'
import { indexAnalysis } from '../src/ui/analysis-index.js'
import { passageRows, sourceLines } from '../src/ui/source-lines.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const flag = process.argv.indexOf('--paragraphs')
const paragraphCount = flag >= 0 ? Number(process.argv[flag + 1]) : 20_000
const words = 'the council voted to approve a new budget for schools roads parks and libraries after months of debate among residents'.split(' ')

const folder = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-source-view-'))
try {
  for (const name of await readdir(path.join(repoRoot, 'sources'))) await copyFile(path.join(repoRoot, 'sources', name), path.join(folder, name))
  // Deterministic sentences: each paragraph a claim of its own.
  const paragraphs = Array.from({ length: paragraphCount }, (_, number) => {
    const sentence = Array.from({ length: 8 }, (_, at) => words[(number * 7 + at * 3) % words.length]).join(' ')
    return `${sentence[0].toUpperCase()}${sentence.slice(1)} in district ${number}.`
  })
  const body = `Long prose\n\n${paragraphs.join('\n\n')}\n`
  await writeFile(path.join(folder, 'long.txt'), body)
  const { analysis } = await analyzePaths([folder], { cache: false })
  const index = indexAnalysis(analysis)
  const source = index.sourcesById.get('long')!
  const passages = index.passages('long')
  const timed = (selected: number) => {
    const started = performance.now()
    sourceLines(source, passages, selected, 70)
    passageRows(passages, selected, 45)
    return performance.now() - started
  }
  const opening = timed(0)
  const moves = Array.from({ length: 20 }, (_, move) => timed(1 + move * Math.floor(passages.length / 21))).sort((a, b) => a - b)
  console.log(`Source view, ${paragraphCount.toLocaleString('en-US')} paragraphs (${(body.length / 1e6).toFixed(1)} MB), ${passages.length.toLocaleString('en-US')} passages, width 70:`)
  console.log(`  opening the article ${opening.toFixed(0)} ms; a key that moves the selection ${moves[10].toFixed(0)} ms (median of 20, slowest ${moves[19].toFixed(0)} ms)`)
} finally {
  await rm(folder, { recursive: true, force: true })
}
