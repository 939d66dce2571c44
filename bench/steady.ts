/**
 * How much of a cold run's distance from the bare parse is compilation:
 *
 *   npm run bench:steady [-- --size 1000] [-- --rounds 6]
 *
 * In one node process, the bench corpus of that size (bench/corpus.ts) is
 * parsed with bare retext-english (the floor of bench/run.ts) and analysed
 * as `crosscheck analyze --json --no-cache` does (the built engine, JSON
 * written, TurboFan's inlining off as bin/crosscheck.js sets it), round after
 * round. The first round pays for compiling both; later rounds show the ratio
 * with compiled code. No data in ../shared/data: says so and exits 0.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import v8 from 'node:v8'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { corpusFolder, dataFolder, hasData } from './corpus.js'

v8.setFlagsFromString('--no-turbo-inlining')

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function valueAfter(flag: string): string | undefined {
  const index = process.argv.indexOf(flag)
  return index >= 0 ? process.argv[index + 1] : undefined
}

if (!hasData()) {
  console.log(`no data in ${dataFolder}: nothing to measure`)
  process.exit(0)
}
const size = Number(valueAfter('--size') ?? 1000)
const rounds = Number(valueAfter('--rounds') ?? 6)
const folder = await corpusFolder(size)
// The built engine, as the CLI runs it (a path, so the TypeScript sources are not what is measured).
const { analyzePaths } = (await import(pathToFileURL(path.join(repoRoot, 'dist/analyze.js')).href)) as typeof import('../src/analyze.js')

const processor = unified().use(retextEnglish)
// As bench/run.ts's floor: front matter off, each blank-line separated paragraph parsed.
const bodies = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => readFileSync(path.join(folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
const parseAll = () => {
  for (const body of bodies) for (const paragraph of body.split(/\n[ \t]*\n\s*/)) if (paragraph.trim() !== '') processor.parse(paragraph)
}

console.log(`${size} articles, ${rounds} rounds in one process (ms)`)
console.log('round  bare parse  analysis + JSON  ratio')
for (let round = 1; round <= rounds; round++) {
  let started = performance.now()
  parseAll()
  const parse = performance.now() - started
  started = performance.now()
  const result = await analyzePaths([folder], { cache: false, workers: 0 })
  let bytes = 0
  result.printJson((chunk) => {
    bytes += chunk.length
  })
  const analysis = performance.now() - started
  console.log(`${String(round).padStart(5)}  ${parse.toFixed(0).padStart(10)}  ${analysis.toFixed(0).padStart(15)}  ${(analysis / parse).toFixed(1).padStart(5)}`)
}
