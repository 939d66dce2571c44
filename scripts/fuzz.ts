/**
 * Hostile and broken input, at scale.
 *
 *   npm run fuzz [-- --cases 100000] [-- --seed N] [-- --skip-pathological]
 *
 * 1. The robustness properties (tests/robustness/properties.ts) over
 *    `--cases` random inputs in all, split by each property's share: no
 *    throw, valid offsets, idempotent normalization, quotes inside their
 *    source, the same output for the same input. Prints progress, the
 *    failures with their (shrunk) counterexample, and the slowest case.
 * 2. Pathological inputs (scripts/fuzz/pathological.ts), each timed at two
 *    sizes against its bound and the ratio of the times.
 * 3. The regular expressions under src/, run on long runs of one character
 *    to catch catastrophic backtracking (scripts/fuzz/regex-review.ts).
 * Exits 1 when a property fails, a bound is passed or an expression is
 * super-linear. Needs the built CLI (`npm run fuzz` builds first).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { sourceFromText } from '../src/sources/read.js'
import { asProperty, properties, type RobustnessProperty } from '../tests/robustness/properties.js'
import { maxRatio, pathologicalInputs, timePathological } from './fuzz/pathological.js'
import { reviewRegularExpressions } from './fuzz/regex-review.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? undefined : process.argv[index + 1]
}

const totalCases = Number(option('cases') ?? 100_000)
const seed = Number(option('seed') ?? Date.now() % 2 ** 31)
const isSkippingPathological = process.argv.includes('--skip-pathological')

interface Slowest {
  milliseconds: number
  property: string
  description: string
}

interface PropertyOutcome {
  cases: number
  failure?: string
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`

/** Run one property `runs` times, printing progress every tenth, and keep the slowest case. */
async function runProperty(property: RobustnessProperty, runs: number, slowest: Slowest): Promise<PropertyOutcome> {
  // One untimed case first, so that the first case does not pay for compiling the code it runs.
  await Promise.resolve(property.check(fc.sample(property.arbitrary, { numRuns: 1, seed })[0])).catch(() => undefined)
  const startedAt = performance.now()
  const step = Math.max(1, Math.floor(runs / 10))
  let calls = 0
  const timedCheck = async (value: unknown) => {
    const start = performance.now()
    try {
      await property.check(value)
    } finally {
      const elapsed = performance.now() - start
      if (elapsed > slowest.milliseconds) Object.assign(slowest, { milliseconds: elapsed, property: property.name, description: property.describe(value) })
      calls++
      if (calls % step === 0 && calls <= runs) console.log(`  ${calls}/${runs} (${seconds(performance.now() - startedAt)})`)
    }
  }
  const details = await fc.check(asProperty(property, timedCheck), { numRuns: runs, seed })
  if (!details.failed) return { cases: details.numRuns }
  return { cases: details.numRuns, failure: fc.defaultReportMessage(details)?.slice(0, 4_000) ?? 'failed without a report' }
}

async function runProperties(): Promise<number> {
  console.log(`## Properties: ${totalCases} cases, seed ${seed} (replay with --seed ${seed})\n`)
  // Load every reader first (linkedom and Readability take a moment): the slowest case is then a case, not a module load.
  for (const extension of ['txt', 'md', 'html']) await sourceFromText(`warm-up.${extension}`, 'Readers load before the clock starts.')
  const slowest: Slowest = { milliseconds: 0, property: '', description: '' }
  let cases = 0
  const failures: string[] = []
  for (const property of properties) {
    const runs = Math.round(totalCases * property.share)
    console.log(`${property.name}: ${runs} cases`)
    const outcome = await runProperty(property, runs, slowest)
    cases += outcome.cases
    if (outcome.failure) {
      failures.push(`${property.name}\n${outcome.failure}`)
      console.log(`  FAILED after ${outcome.cases} cases`)
    }
  }
  console.log(`\ncases: ${cases}`)
  console.log(`failures: ${failures.length}`)
  for (const failure of failures) console.log(`\n${failure}`)
  console.log(`slowest case: ${slowest.milliseconds.toFixed(0)} ms, ${slowest.property}: ${slowest.description}`)
  return failures.length
}

async function runPathological(): Promise<number> {
  console.log(`\n## Pathological inputs (bound: time at the larger size, and at most ${maxRatio}x the time for twice the size)\n`)
  let overBound = 0
  for (const input of pathologicalInputs(repoRoot)) {
    const timing = await timePathological(input)
    if (!timing.isWithinBound) overBound++
    const [small, large] = timing.sizes.map((size) => size.toLocaleString('en-US'))
    console.log(
      `${timing.name}: ${small} ${timing.unit} ${timing.seconds[0].toFixed(2)} s, ${large} ${timing.unit} ${timing.seconds[1].toFixed(2)} s, ` +
        `ratio ${timing.ratio.toFixed(2)}, bound ${timing.boundSeconds} s: ${timing.isWithinBound ? 'ok' : 'OVER'}`,
    )
  }
  return overBound
}

function runRegexReview(): number {
  console.log('\n## Regular expressions under src/\n')
  const review = reviewRegularExpressions(path.join(repoRoot, 'src'))
  console.log(`${review.literals} literals run on long runs of 24 characters; super-linear: ${review.superLinear.length}`)
  for (const finding of review.superLinear) {
    console.log(`  ${finding.place} ${finding.source}: ${finding.milliseconds.toFixed(0)} ms on ${finding.input}, ${finding.ratio.toFixed(1)}x for 4x the input`)
  }
  console.log(`built at run time, reviewed by eye: ${review.constructed.join(', ')}`)
  return review.superLinear.length
}

const failures = await runProperties()
const overBound = isSkippingPathological ? 0 : await runPathological()
const superLinear = runRegexReview()
process.exitCode = failures + overBound + superLinear > 0 ? 1 : 0
