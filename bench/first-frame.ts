/**
 * Time from process start to the UI's first frame (the groups list), on the
 * seed articles and on 100 BASIL articles.
 *
 *   npm run bench:ui [-- --runs 7]
 *
 * Each run is a new node process that loads the CLI as bin/crosscheck.js
 * does (V8 settings included), then runs the UI against a stand-in 80x24
 * terminal, in colour, and stops at the first frame that shows the groups list. Times
 * are read with performance.now() inside that process, so they count from
 * its start, and are split into: start-up (node and the CLI's modules), Ink
 * (importing Ink and React, first loading frame), analysis (reading and
 * analysing the articles) and render (from the finished analysis to the
 * groups list on screen). Each case runs from three states of the cache
 * (nothing at all, the build's compiled engine only, everything); the figures are
 * medians. The 100 articles are BASIL bodies
 * written as .md files to a temporary folder (never into the repository);
 * without ../shared/data that case is skipped.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { basilFolder, type BasilArticle } from '../scripts/basil.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const basilArticles = path.join(basilFolder, 'articles')

// One run: load the CLI, run the UI on a fake terminal, print the timings as JSON at the first groups frame.
const childScript = `
import { writeSync } from 'node:fs'
import { EventEmitter } from 'node:events'
const [cliUrl, uiUrl, ...paths] = process.argv.slice(2)
const { tuneEngineForOneRun } = await import(cliUrl)
tuneEngineForOneRun()
const times = { cli: performance.now() }
class Terminal extends EventEmitter {
  isTTY = true; columns = 80; rows = 24; text = ''
  write(data) {
    times.firstWrite ??= performance.now()
    this.text += data
    // Exiting unmounts Ink, which draws once more: report once.
    if (times.frame === undefined && times.analysed !== undefined && this.text.includes('[Groups]')) {
      times.frame = performance.now()
      writeSync(1, JSON.stringify(times) + '\\n')
      // A run that fills the cache stays while the UI writes it, just after this frame.
      if (process.env.FIRST_FRAME_FILLS_CACHE) setTimeout(() => process.exit(0), 2000)
      else process.exit(0)
    }
    return true
  }
}
class Keyboard extends EventEmitter {
  isTTY = true
  setEncoding() {} setRawMode() {} resume() {} pause() {} ref() {} unref() {} read() { return null }
}
const { runUi } = await import(uiUrl)
const stdout = new Terminal()
await runUi(paths, { stdout, stderr: new Terminal(), stdin: new Keyboard() }, {
  onProgress(event) { if (event.stage === 'compare') times.analysed = performance.now() },
})
`

interface Timing {
  cli: number
  firstWrite: number
  analysed: number
  frame: number
}

interface Parts {
  startup: number
  ink: number
  analysis: number
  render: number
  total: number
}

/** A file, not `node -e`: the analysis's worker threads inherit node's flags, and `--input-type` fails there. */
let childFile = ''

function runOnce(paths: readonly string[], environment: NodeJS.ProcessEnv, fillsCache = false): Timing {
  const child = spawnSync(
    process.execPath,
    [
      childFile,
      pathToFileURL(path.join(repoRoot, 'dist/cli.js')).href,
      pathToFileURL(path.join(repoRoot, 'dist/ui.js')).href,
      ...paths,
    ],
    { cwd: repoRoot, encoding: 'utf8', env: fillsCache ? { ...environment, FIRST_FRAME_FILLS_CACHE: '1' } : environment, timeout: 120_000 },
  )
  const line = child.stdout.split('\n').find((text) => text.startsWith('{'))
  if (!line) throw new Error(`no first frame (exit ${child.status}): ${child.stderr.split('\n')[0]}`)
  return JSON.parse(line) as Timing
}

function parts(timing: Timing): Parts {
  return {
    startup: timing.cli,
    ink: timing.firstWrite - timing.cli,
    analysis: timing.analysed - timing.firstWrite,
    render: timing.frame - timing.analysed,
    total: timing.frame,
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * What is cached at the start of a run:
 * - nothing: no cache at all (CROSSCHECK_CACHE=0), not even the engine's
 *   compiled code that the build leaves in dist/ (src/engine-loader.ts), as
 *   for a run with V8 flags of its own;
 * - installed: an empty cache folder, the build's compiled engine: a first
 *   run after an install, and any run over articles never seen before;
 * - all: the articles and their comparison too.
 */
type CacheState = 'nothing' | 'installed' | 'all'
const cacheStates: Record<CacheState, string> = { nothing: 'nothing cached', installed: 'new articles', all: 'all cached' }

/** The states' runs alternate, so that a machine that slows down or speeds up meanwhile weighs on each alike. */
function measure(label: string, paths: readonly string[], runs: number, cacheDirectory: string): void {
  const states = Object.keys(cacheStates) as CacheState[]
  // In colour, as on a terminal (the child's own stdout is a pipe, which chalk would draw without).
  const environmentOf = (state: CacheState) => ({
    ...process.env,
    CROSSCHECK_CACHE_DIR: `${cacheDirectory}-${state}`,
    CROSSCHECK_CACHE: state === 'nothing' ? '0' : '1',
    FORCE_COLOR: '3',
  })
  for (const state of states) rmSync(`${cacheDirectory}-${state}`, { recursive: true, force: true })
  runOnce(paths, environmentOf('all'), true)
  const measured = new Map(states.map((state) => [state, [] as Parts[]]))
  for (let run = 0; run < runs; run++) {
    for (const state of states) {
      if (state !== 'all') rmSync(`${cacheDirectory}-${state}`, { recursive: true, force: true })
      measured.get(state)?.push(parts(runOnce(paths, environmentOf(state))))
    }
  }
  for (const state of states) {
    const row = (key: keyof Parts) => median((measured.get(state) ?? []).map((part) => part[key])).toFixed(0).padStart(7)
    console.log(`${`${label}, ${cacheStates[state]}`.padEnd(36)}${row('startup')}${row('ink')}${row('analysis')}${row('render')}${row('total')}`)
  }
}

/** The first `count` BASIL articles (whole events), as .md files with front matter. */
async function firstBasilArticles(count: number, root: string): Promise<string | null> {
  if (!existsSync(basilArticles)) return null
  const folder = path.join(root, `basil-${count}`)
  await mkdir(folder, { recursive: true })
  let written = 0
  for (const year of (await readdir(basilArticles)).sort()) {
    for (const name of (await readdir(path.join(basilArticles, year))).sort()) {
      if (written === count) return folder
      if (!name.endsWith('.json')) continue
      const article = JSON.parse(await readFile(path.join(basilArticles, year, name), 'utf8')) as BasilArticle
      const body = article['body-paragraphs'].map((paragraph) => paragraph.join(' ')).join('\n\n')
      const frontMatter = `---\ntitle: ${JSON.stringify(article.title)}\noutlet: ${JSON.stringify(article.source)}\ndate: ${JSON.stringify(article.date)}\n---\n\n`
      await writeFile(path.join(folder, `${year}-${name.replace(/\.json$/, '')}.md`), frontMatter + body + '\n')
      written++
    }
  }
  return folder
}

async function main(): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'dist', 'ui.js'))) throw new Error('dist/ is missing: run npm run build first')
  const runsFlag = process.argv.indexOf('--runs')
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5
  const root = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-first-frame-'))
  childFile = path.join(root, 'first-frame-run.mjs')
  await writeFile(childFile, childScript)
  try {
    console.log(`Time to the UI's first frame, ms from process start, median of ${runs} runs (80x24, in colour, node ${process.version})`)
    console.log(`${''.padEnd(36)}${['start', 'ink', 'anlys', 'render', 'total'].map((name) => name.padStart(7)).join('')}`)
    const cache = path.join(root, 'cache')
    measure('seeds (3 articles)', ['sources'], runs, cache)
    const basil = await firstBasilArticles(100, root)
    if (basil) measure('BASIL, 100 articles', [basil], runs, cache)
    else console.log(`BASIL, 100 articles: no data in ${basilArticles}; not measured`)
    console.log('start: node and the CLI modules; ink: Ink and React loaded, loading frame drawn;')
    console.log('anlys: read and analyse the articles; render: analysis done to the groups list on screen.')
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

await main()
