/**
 * Inputs built to make a run slow: thousands of unbalanced quote marks, a
 * paragraph of megabytes, thousands of one-line files, pages nested
 * thousands of levels deep. Each is timed at two sizes; the ratio of the
 * times tells linear (about 2 for twice the size) from quadratic (about 4).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { maxProseCharacters } from '../../src/sources/read.js'
import { runPipeline } from '../../tests/robustness/invariants.js'
import type { InputFile } from '../../tests/robustness/arbitraries.js'

export interface Pathological {
  name: string
  /** The two sizes measured, the second twice the first. */
  sizes: [number, number]
  unit: string
  /** Seconds the larger size may take: about three times the slowest of three `npm run fuzz` runs on 2 cores. */
  boundSeconds: number
  /** Run the input at `size`; throws when the tool fails on it. */
  run: (size: number) => Promise<void>
}

export interface Timing {
  name: string
  unit: string
  sizes: [number, number]
  seconds: [number, number]
  ratio: number
  boundSeconds: number
  isWithinBound: boolean
}

/** Twice the size may take at most this many times as long: linear is 2, quadratic 4. */
export const maxRatio = 3

/** A small seeded generator, so that every run builds the same input. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

const words = 'the mayor said bridge will reopen next summer after repairs costing million officials crowd stood council voted against plan traffic ferry storm damaged piers vehicles day'.split(' ')
const names = ['Ana Ruiz', 'Joe Park', 'Lady Gaga', 'Mr. Smith', 'she', 'he']

/** News-like sentences: plain, quoted with attribution, with numbers; no blank line anywhere. */
function prose(bytes: number, seed: number): string {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const phrase = (count: number) => Array.from({ length: count }, () => pick(words)).join(' ')
  const sentences: string[] = []
  let length = 0
  while (length < bytes) {
    const kind = next()
    const sentence =
      kind < 0.4 ? `The ${phrase(8)} ${Math.floor(next() * 1000)} ${phrase(4)}.`
        : kind < 0.7 ? `"${phrase(6)} ${phrase(3)}," ${pick(names)} said.`
          : kind < 0.85 ? `${pick(names)} told reporters: \u201C${phrase(10)}.\u201D`
            : `According to ${pick(['CNN', 'People', 'the Times'])}, ${phrase(12)}.`
    sentences.push(sentence)
    length += sentence.length + 1
  }
  return sentences.join(' ')
}

const quoteMarks = ['"', '\u201C', '\u201D', "'", '\u2018', '\u2019', '\u00AB', '\u00BB']

/** Prose with `count` quote marks dropped between its words, none of them paired on purpose. */
function strayQuotes(count: number): string {
  const next = random(count)
  const parts: string[] = []
  for (let index = 0; index < count; index++) parts.push(`${words[index % words.length]} ${quoteMarks[Math.floor(next() * quoteMarks.length)]}${words[(index * 7) % words.length]}`)
  // Blank lines now and then: paragraphs bound an unclosed quote, and both kinds must stay fast.
  return parts.map((part, index) => (index % 500 === 499 ? `${part}.\n\n` : part)).join(' ')
}

function nestedPage(depth: number): string {
  const article = `<p>${prose(2_000, depth)}</p>`
  return `<html><head><title>Deep</title></head><body>${'<div><span>'.repeat(depth / 2)}${article}${'</span></div>'.repeat(depth / 2)}</body></html>`
}

const companion: InputFile = { name: 'companion.txt', content: `${prose(3_000, 7)}\n\n"The bridge will reopen next summer," Ana Ruiz said.` }

async function runFiles(files: InputFile[]): Promise<void> {
  const output = await runPipeline(files)
  if (output.problems.length > 0) throw new Error(`${output.problems[0].file}: ${output.problems[0].reason}`)
}

/** The pathological inputs, each run through the whole engine (read, analyse, compare, report, check). */
export function pathologicalInputs(repoRoot: string): Pathological[] {
  return [
    {
      name: 'unbalanced quote marks in one article',
      sizes: [5_000, 10_000],
      unit: 'marks',
      boundSeconds: 6,
      run: (count) => runFiles([{ name: 'quotes.txt', content: strayQuotes(count) }, companion]),
    },
    {
      name: 'one paragraph of prose (no blank line)',
      // Within the characters an article may have (longer prose is refused).
      sizes: [Math.floor(maxProseCharacters * 0.475), Math.floor(maxProseCharacters * 0.95)],
      unit: 'bytes',
      boundSeconds: 15,
      run: (bytes) => runFiles([{ name: 'paragraph.txt', content: prose(bytes, 1) }, companion]),
    },
    {
      name: 'one-line files in a folder (built CLI: report -o -)',
      sizes: [5_000, 10_000],
      unit: 'files',
      boundSeconds: 60,
      run: async (count) => runManyFiles(repoRoot, count),
    },
    {
      name: 'nested elements in a saved page',
      sizes: [10_000, 20_000],
      unit: 'levels',
      boundSeconds: 5,
      run: (depth) => runFiles([{ name: 'deep.html', content: nestedPage(depth) }, companion]),
    },
  ]
}

/** `count` one-line articles, some sharing a claim, through the built CLI as a user runs it. */
async function runManyFiles(repoRoot: string, count: number): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-fuzz-files-'))
  try {
    for (let index = 0; index < count; index++) {
      const line = index % 3 === 0 ? `"The bridge will reopen in June," ${names[index % 4]} said on day ${index}.` : `${prose(120, index)} (${index})`
      writeFileSync(path.join(folder, `${String(index).padStart(5, '0')}.txt`), `${line}\n`)
    }
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/crosscheck.js'), 'report', folder, '-o', '-'], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, CROSSCHECK_CACHE: '0' },
    })
    if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr.split('\n')[0]}`)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Time `input` at both sizes, smaller first, after a small untimed run so that start-up costs do not skew the ratio. */
export async function timePathological(input: Pathological): Promise<Timing> {
  await input.run(Math.ceil(input.sizes[0] / 20))
  const seconds: number[] = []
  for (const size of input.sizes) {
    const start = performance.now()
    await input.run(size)
    seconds.push((performance.now() - start) / 1000)
  }
  const ratio = seconds[1] / seconds[0]
  return {
    name: input.name,
    unit: input.unit,
    sizes: input.sizes,
    seconds: [seconds[0], seconds[1]],
    ratio,
    boundSeconds: input.boundSeconds,
    isWithinBound: seconds[1] <= input.boundSeconds && ratio <= maxRatio,
  }
}
