/**
 * Speed and scale of `crosscheck analyze --json` on real news text.
 *
 *   npm run bench [-- --quick] [-- --sizes 250,1000] [-- --runs 3]
 *
 * For each corpus size N (bench/corpus.ts; default 250, 1,000 and 4,000;
 * --quick: 250 and 1,000) it measures, as the median of several runs:
 * - cold: `node bin/crosscheck.js analyze DIR --json` with the cache emptied;
 * - warm: the same again over the unchanged files (cache filled);
 * - floor: bare retext-english over the same files in one node process: read
 *   each file, strip the front matter, parse each blank-line separated
 *   paragraph (the tool parses paragraph by paragraph too: see
 *   src/pipeline/parse-paragraphs.ts), nothing else;
 * and prints their ratios, peak RSS (/usr/bin/time), whether cold and warm
 * JSON are byte-identical, and the time ratio between consecutive sizes.
 * Then the time to the UI's first frame (bench/first-frame.ts) if present.
 * Every process is timed from spawn to exit, node start-up included; CPU
 * time (user + system, all threads) is given too, since wall time on a
 * shared machine also counts waiting for a core. The runs use a copy of
 * dist/ taken at the start, so a rebuild during the bench changes nothing.
 * No data in ../shared/data: says so and exits 0.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { benchRoot, corpusFolder, dataFolder, hasData } from './corpus.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cacheDirectory = path.join(benchRoot, 'cache')
const buildCopy = path.join(benchRoot, `build-${process.pid}`)
const timeBinary = '/usr/bin/time'

// The floor: read, strip front matter, parse each paragraph with retext-english. Nothing else.
const floorScript = `
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { unified } from 'unified'
import retextEnglish from 'retext-english'
const folder = process.argv[1]
const processor = unified().use(retextEnglish)
for (const name of readdirSync(folder).filter((name) => name.endsWith('.md')).sort()) {
  const text = readFileSync(join(folder, name), 'utf8').replace(/^---\\n[\\s\\S]*?\\n---\\n/, '')
  for (const paragraph of text.split(/\\n[ \\t]*\\n\\s*/)) if (paragraph.trim() !== '') processor.parse(paragraph)
}
`

interface Measurement {
  seconds: number
  /** User plus system CPU seconds, all threads, when /usr/bin/time is there. */
  cpuSeconds?: number
  /** Peak resident set size in MB, when /usr/bin/time is there. */
  peakMegabytes?: number
  /** sha256 of stdout. */
  outputHash: string
  outputBytes: number
}

interface Row {
  size: number
  cold: Measurement[]
  warm: Measurement[]
  floor: Measurement[]
  articles: number
  groups: number
}

function parseArguments(argv: readonly string[]): { sizes: number[]; runs: number } {
  const isQuick = argv.includes('--quick')
  const sizesArgument = valueAfter(argv, '--sizes')
  const runsArgument = valueAfter(argv, '--runs')
  const sizes = sizesArgument ? sizesArgument.split(',').map(Number) : isQuick ? [250, 1000] : [250, 1000, 4000]
  const runs = runsArgument ? Number(runsArgument) : isQuick ? 1 : 3
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0) || !Number.isInteger(runs) || runs <= 0) {
    throw new Error('usage: npm run bench [-- --quick] [-- --sizes 250,1000,4000] [-- --runs 3]')
  }
  return { sizes, runs }
}

function valueAfter(argv: readonly string[], flag: string): string | undefined {
  const index = argv.indexOf(flag)
  return index >= 0 ? argv[index + 1] : undefined
}

/** Run `node args` to completion; wall time from spawn to exit. */
function measure(args: readonly string[], environment: NodeJS.ProcessEnv = {}): Measurement {
  const hasTime = existsSync(timeBinary)
  const command = hasTime ? timeBinary : process.execPath
  const commandArgs = hasTime ? ['-f', 'peak-rss-kb=%M cpu=%U+%S', process.execPath, ...args] : [...args]
  const started = process.hrtime.bigint()
  const child = spawnSync(command, commandArgs, {
    cwd: buildCopy,
    env: { ...process.env, ...environment },
    maxBuffer: 1024 * 1024 * 1024,
    encoding: 'buffer',
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const stderr = child.stderr.toString('utf8')
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${child.status}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`)
  const peak = /peak-rss-kb=(\d+) cpu=([\d.]+)\+([\d.]+)/.exec(stderr)
  return {
    seconds,
    cpuSeconds: peak ? Number(peak[2]) + Number(peak[3]) : undefined,
    peakMegabytes: peak ? Number(peak[1]) / 1024 : undefined,
    outputHash: createHash('sha256').update(child.stdout).digest('hex'),
    outputBytes: child.stdout.length,
  }
}

function analyze(folder: string): Measurement {
  return measure(['bin/crosscheck.js', 'analyze', folder, '--json'], { CROSSCHECK_CACHE_DIR: cacheDirectory })
}

function countOutput(folder: string): { articles: number; groups: number } {
  const child = spawnSync(process.execPath, ['bin/crosscheck.js', 'analyze', folder, '--json'], {
    cwd: buildCopy,
    env: { ...process.env, CROSSCHECK_CACHE_DIR: cacheDirectory },
    maxBuffer: 1024 * 1024 * 1024,
    encoding: 'utf8',
  })
  const analysis = JSON.parse(child.stdout) as { sources: unknown[]; groups: unknown[] }
  return { articles: analysis.sources.length, groups: analysis.groups.length }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function benchSize(size: number, folder: string, runs: number): Row {
  const row: Row = { size, cold: [], warm: [], floor: [], articles: 0, groups: 0 }
  for (let run = 0; run < runs; run++) {
    row.floor.push(measure(['--input-type=module', '-e', floorScript, folder]))
    rmSync(cacheDirectory, { recursive: true, force: true })
    row.cold.push(analyze(folder))
    row.warm.push(analyze(folder))
  }
  Object.assign(row, countOutput(folder))
  return row
}

function seconds(value: number): string {
  return `${value.toFixed(2)} s`
}

/** One table per measure: wall time (what a user waits) and CPU time (what the work costs, whatever else runs). */
function printTable(rows: readonly Row[], measure: 'wall' | 'cpu'): void {
  const valueOf = (m: Measurement) => (measure === 'wall' ? m.seconds : m.cpuSeconds ?? Number.NaN)
  const medianOf = (list: readonly Measurement[]) => median(list.map(valueOf))
  const header = ['N', 'articles', 'groups', 'floor', 'cold', 'warm', 'cold/floor', 'warm/floor', 'cold/warm', 'same JSON', 'peak RSS', 'cold ×N', 'warm ×N']
  const lines = rows.map((row, index) => {
    const [floor, cold, warm] = [medianOf(row.floor), medianOf(row.cold), medianOf(row.warm)]
    const previous = rows[index - 1]
    const growth = (pick: (r: Row) => Measurement[]) => (previous ? (medianOf(pick(row)) / medianOf(pick(previous))).toFixed(2) : '–')
    const hashes = new Set([...row.cold, ...row.warm].map((m) => m.outputHash))
    const peaks = [...row.cold, ...row.warm].map((m) => m.peakMegabytes).filter((value): value is number => value !== undefined)
    return [
      row.size.toLocaleString('en-US'),
      String(row.articles),
      String(row.groups),
      seconds(floor),
      seconds(cold),
      seconds(warm),
      (cold / floor).toFixed(2),
      (warm / floor).toFixed(2),
      (cold / warm).toFixed(2),
      hashes.size === 1 ? 'yes' : `NO (${hashes.size} outputs)`,
      peaks.length > 0 ? `${Math.round(Math.max(...peaks))} MB` : 'n/a',
      growth((r) => r.cold),
      growth((r) => r.warm),
    ]
  })
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)))
  const format = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padStart(widths[column])).join(' | ')} |`
  console.log(measure === 'wall' ? 'Wall time (spawn to exit):' : '\nCPU time (user + system, all threads):')
  console.log(format(header))
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
  for (const line of lines) console.log(format(line))
}

/** A private copy of the build, so that a rebuild while the bench runs neither breaks nor cold-starts it. */
function copyBuild(): void {
  rmSync(buildCopy, { recursive: true, force: true })
  mkdirSync(buildCopy, { recursive: true })
  for (const entry of ['dist', 'bin', 'package.json']) cpSync(path.join(repoRoot, entry), path.join(buildCopy, entry), { recursive: true })
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(buildCopy, 'node_modules'), 'dir')
}

function firstFrame(): void {
  const script = path.join(repoRoot, 'bench', 'first-frame.ts')
  if (!existsSync(script)) {
    console.log('\nFirst frame: bench/first-frame.ts is missing; not measured.')
    return
  }
  console.log('\nFirst frame (bench/first-frame.ts):')
  const child = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, stdio: 'inherit' })
  if (child.status !== 0) console.log(`bench/first-frame.ts exited with ${child.status}`)
}

function describeMachine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  return `${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, node ${process.version}, ${os.platform()} ${os.release()}`
}

async function main(): Promise<void> {
  if (!hasData()) {
    console.log(`No benchmark data in ${dataFolder} (needs basil/articles and allsides); nothing measured.`)
    return
  }
  if (!existsSync(path.join(repoRoot, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run npm run build first')
  const { sizes, runs } = parseArguments(process.argv.slice(2))
  console.log(`crosscheck bench: ${describeMachine()}`)
  console.log(`median of ${runs} run(s) per cell; cache in ${cacheDirectory}; floor = bare retext-english, per paragraph\n`)
  copyBuild()
  const loadAtStart = os.loadavg()[0]
  const rows: Row[] = []
  try {
    for (const size of sizes) {
      const folder = await corpusFolder(size)
      process.stderr.write(`measuring N = ${size} (${folder})…\n`)
      rows.push(benchSize(size, folder, runs))
    }
  } finally {
    rmSync(buildCopy, { recursive: true, force: true })
  }
  // Other processes slow wall time: say how busy the machine was.
  console.log(`load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${os.loadavg()[0].toFixed(2)}, on ${os.availableParallelism()} cores\n`)
  printTable(rows, 'wall')
  if (rows.some((row) => row.cold.some((m) => m.cpuSeconds !== undefined))) printTable(rows, 'cpu')
  const outputSizes = rows.map((row) => `${row.size}: ${(row.cold[0].outputBytes / 1024 / 1024).toFixed(1)} MB`).join(', ')
  console.log(`\nJSON output size: ${outputSizes}`)
  firstFrame()
}

await main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
