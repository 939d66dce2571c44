/**
 * The robustness properties: what random input they draw and what must hold
 * for it. `npm test` runs each a few dozen times (pipeline.test.ts);
 * `npm run fuzz` runs them 100,000 times in all (scripts/fuzz.ts).
 */
import fc from 'fast-check'
import { sourceFromText } from '../../src/sources/read.js'
import { removeBoilerplate } from '../../src/sources/boilerplate.js'
import { articleSet, messyText, type InputFile } from './arbitraries.js'
import { checkAll, checkNormalization } from './invariants.js'

export interface RobustnessProperty {
  name: string
  /** Share of the fuzzer's cases; the shares add up to 1. */
  share: number
  /** Runs under `npm test`. */
  testRuns: number
  arbitrary: fc.Arbitrary<unknown>
  /** What must hold: fails by throwing. */
  check: (value: unknown) => void | Promise<void>
  /** A short description of a case, for the slowest-case line. */
  describe: (value: unknown) => string
}

const quoteMarksAndSpaces = fc.constantFrom('"', "'", '\u201C', '\u201D', '\u2018', '\u2019', '\u2026', '.', ' ', '\u00A0', '-', '\u2014', '*', 'a', 'I', '\u0130', '\u03A3')

const fileKind = fc.constantFrom('txt', 'md', 'html', 'htm', 'markdown')

/** Keeps each property's value type while listing them together. */
function defineProperty<T>(definition: Omit<RobustnessProperty, 'arbitrary' | 'check' | 'describe'> & {
  arbitrary: fc.Arbitrary<T>
  check: (value: T) => void | Promise<void>
  describe: (value: T) => string
}): RobustnessProperty {
  return definition as unknown as RobustnessProperty
}

/** The property as fast-check runs it. */
export function asProperty(property: RobustnessProperty, check = property.check): fc.IAsyncPropertyWithHooks<[unknown]> {
  return fc.asyncProperty(property.arbitrary, async (value) => check(value))
}

export const properties: RobustnessProperty[] = [
  defineProperty({
    name: 'normalization is idempotent (foldTypography, normalizeWord, removeBoilerplate)',
    share: 0.5,
    testRuns: 300,
    arbitrary: fc.oneof(messyText(), fc.string({ unit: 'binary' }), fc.string({ unit: quoteMarksAndSpaces, maxLength: 40 })),
    check: (value) => {
      checkNormalization(value)
      const once = removeBoilerplate(value).body
      if (removeBoilerplate(once).body !== once) throw new Error(`removeBoilerplate is not idempotent on ${JSON.stringify(value)}`)
    },
    describe: (value) => `${value.length} characters`,
  }),
  defineProperty({
    name: 'readers never throw: a source with prose, or one line naming the file',
    share: 0.2,
    testRuns: 60,
    arbitrary: fc.tuple(messyText(), fileKind),
    check: async ([content, kind]) => {
      const file = `input.${kind}`
      const read = await sourceFromText(file, content)
      if ('reason' in read) {
        if (read.file !== file || /[\r\n]/.test(read.reason)) throw new Error(`problem is not one line naming the file: ${JSON.stringify(read)}`)
      } else if (read.body.trim() !== read.body || read.body.length === 0 || read.body.includes('\r')) {
        throw new Error(`body is not trimmed prose: ${JSON.stringify(read.body.slice(0, 200))}`)
      }
    },
    describe: ([content, kind]) => `.${kind}, ${content.length} characters`,
  }),
  defineProperty({
    name: 'one article: offsets valid, quotes inside the body, report and check run',
    share: 0.15,
    testRuns: 40,
    arbitrary: fc.tuple(messyText({}, 150), fc.constantFrom('txt', 'md')).map(([content, kind]): InputFile[] => [{ name: `only.${kind}`, content }]),
    check: (files) => checkAll(files),
    describe: describeFiles,
  }),
  defineProperty({
    name: 'articles sharing sentences: offsets, groups of two sources or more, report, check (with a primary source or not)',
    share: 0.12,
    testRuns: 40,
    arbitrary: fc.tuple(articleSet(), fc.boolean()),
    check: ([files, usePrimary]) => checkAll(files, { usePrimary }),
    describe: ([files]) => describeFiles(files),
  }),
  defineProperty({
    name: 'same input, same output: analysis JSON, report and check, byte for byte',
    share: 0.03,
    testRuns: 15,
    arbitrary: articleSet(),
    check: (files) => checkAll(files, { twice: true }),
    describe: describeFiles,
  }),
]

function describeFiles(files: readonly InputFile[]): string {
  return files.map((file) => `${file.name} (${file.content.length} chars)`).join(', ')
}
