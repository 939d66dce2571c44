/**
 * How well the HTML reader does on Mozilla Readability's test pages.
 *
 *   npm run eval:html [-- DIR]
 *
 * DIR holds one folder per page with source.html, expected.html and
 * expected-metadata.json. Default: $CROSSCHECK_DATA/readability, else
 * ../shared/data/readability next to the repository. No data: says so, exits 0.
 *
 * Scoring, per page:
 * - title, site name, byline: equal after Unicode NFKC, whitespace collapsed,
 *   trimmed, case folded. A site name given as a URL (`http://www.tmz.com`)
 *   is compared by host (`tmz.com`). Bylines lose a leading "By "; the
 *   expected bylines are Readability's raw text, which can go on with the
 *   date (`By Nathan Willis March 25, 2015`), so a byline is also right when
 *   the expected one is it plus a trailing date, and an expected byline that
 *   is only a date names no one and counts as null.
 * - date: the same calendar day (`2015-07-24T05:36:09+01:00` is 2015-07-24).
 * - a field whose expected value is null is not scored ("n/a"); the totals
 *   say on how many of those pages we still named a value.
 * - body: token recall, the share of expected.html's words (lower case,
 *   counted with multiplicity) found in what the reader took from the page:
 *   the body, and the lines it set aside as boilerplate with their reasons
 *   (Readability keeps credits, bylines and contributor lines in the text;
 *   crosscheck names them and keeps them out of the prose); precision the
 *   share of those words found in expected.html. "Body right" means
 *   recall >= 90% and precision >= 80%, so dumping the whole page does not
 *   count. The prose-only recall is printed too: what boilerplate costs.
 */
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { parseHTML } from 'linkedom'
import { readSource } from '../src/sources/read.js'
import { toIsoDay } from '../src/sources/dates.js'
import { dataFolder } from './data-folder.js'

const minRecall = 0.9
const minPrecision = 0.8
const fields = ['title', 'siteName', 'byline', 'date'] as const
type Field = (typeof fields)[number]
type FieldScore = 'ok' | 'wrong' | 'n/a'

interface ExpectedMetadata {
  title: string | null
  byline: string | null
  siteName: string | null
  publishedTime: string | null
}

interface PageScore {
  name: string
  fields: Record<Field, FieldScore>
  /** Fields with no expected value where we still gave one. */
  extra: Field[]
  /** For a date named where none is expected: whether it is the day in the URL's /YYYY/MM/DD/, if there is one. */
  extraDateMatchesUrl: boolean | null
  recall: number
  proseRecall: number
  precision: number
  problem: string | null
}

const dataDir = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.join(dataFolder, 'readability')

async function main(): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(`eval:html: no data at ${dataDir} (set CROSSCHECK_DATA or pass the folder); nothing measured.`)
    return
  }
  const entries = await readdir(dataDir, { withFileTypes: true })
  const pages = entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dataDir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
  if (pages.length === 0) {
    console.log(`eval:html: no pages (folders with source.html) in ${dataDir}; nothing measured.`)
    return
  }

  const scores: PageScore[] = []
  console.log(['page'.padEnd(18), 'title', 'site ', 'byline', 'date ', 'recall', 'precision'].join('  '))
  for (const name of pages) {
    const score = await scorePage(path.join(dataDir, name), name)
    scores.push(score)
    const cells = fields.map((field) => score.fields[field].padEnd(field === 'byline' ? 6 : 5))
    const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(6)
    console.log([name.padEnd(18), ...cells, percent(score.recall), percent(score.precision).padStart(9), score.problem ?? ''].join('  ').trimEnd())
  }
  printTotals(scores)
}

async function scorePage(folder: string, name: string): Promise<PageScore> {
  const expected = JSON.parse(await readFile(path.join(folder, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata
  const expectedText = parseHTML(`<!doctype html><html><body>${await readFile(path.join(folder, 'expected.html'), 'utf8')}</body></html>`).document.body.textContent ?? ''
  const read = await readSource(path.join(folder, 'source.html'))
  const got = 'reason' in read ? null : read

  const compare = (expectedValue: string | null, actual: string | null, normalize: (value: string) => string | null, isSame = equal): FieldScore => {
    const want = expectedValue === null ? null : normalize(expectedValue)
    if (want === null) return 'n/a'
    const have = actual === null ? null : normalize(actual)
    return have !== null && isSame(want, have) ? 'ok' : 'wrong'
  }
  const scored: Record<Field, FieldScore> = {
    title: compare(expected.title, got?.title ?? null, normalizeText),
    siteName: compare(expected.siteName, got?.outlet ?? null, normalizeSiteName),
    byline: compare(expected.byline, got?.author ?? null, normalizeByline, isBylineWithDate),
    date: compare(expected.publishedTime, got?.date ?? null, toIsoDay),
  }
  const actualByField: Record<Field, string | null> = { title: got?.title ?? null, siteName: got?.outlet ?? null, byline: got?.author ?? null, date: got?.date ?? null }
  const setAside = got?.boilerplate.map((line) => line.text).join('\n') ?? ''
  const { recall, precision } = tokenOverlap(expectedText, `${got?.body ?? ''}\n${setAside}`)
  const proseRecall = tokenOverlap(expectedText, got?.body ?? '').recall
  return {
    name,
    fields: scored,
    extra: fields.filter((field) => scored[field] === 'n/a' && actualByField[field] !== null),
    extraDateMatchesUrl: scored.date === 'n/a' && got?.date ? dateInUrlMatches(got.url, got.date) : null,
    recall,
    precision,
    proseRecall,
    problem: 'reason' in read ? read.reason : null,
  }
}

function printTotals(scores: readonly PageScore[]): void {
  const pages = scores.length
  const bodyRight = (score: PageScore): boolean => score.recall >= minRecall && score.precision >= minPrecision
  console.log('')
  for (const field of fields) {
    const scored = scores.filter((score) => score.fields[field] !== 'n/a')
    const right = scored.filter((score) => score.fields[field] === 'ok').length
    const unscored = pages - scored.length
    const extra = scores.filter((score) => score.extra.includes(field)).length
    const note = unscored > 0 ? ` (${unscored} pages expect null, not scored; we named one on ${extra})` : ''
    console.log(`${field.padEnd(9)} ${right}/${scored.length} right${note}`)
  }
  const checked = scores.filter((score) => score.extraDateMatchesUrl !== null)
  console.log(`          of the dates named where none is expected, ${checked.filter((score) => score.extraDateMatchesUrl).length}/${checked.length} with a /YYYY/MM/DD/ in the page URL match that day`)
  const mean = (values: number[]): string => `${((values.reduce((sum, value) => sum + value, 0) / values.length) * 100).toFixed(1)}%`
  console.log(`body      ${scores.filter(bodyRight).length}/${pages} right (recall >= ${minRecall * 100}% and precision >= ${minPrecision * 100}%); mean recall ${mean(scores.map((score) => score.recall))}, mean precision ${mean(scores.map((score) => score.precision))}`)
  const both = scores.filter((score) => score.fields.title === 'ok' && bodyRight(score)).length
  console.log(`title and body right on ${both}/${pages} pages`)
  console.log(`prose only (without the lines set aside as boilerplate): mean recall ${mean(scores.map((score) => score.proseRecall))}`)
}

function dateInUrlMatches(url: string | null, date: string): boolean | null {
  const match = /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(url ?? '')
  return match ? `${match[1]}-${match[2]}-${match[3]}` === date : null
}

function normalizeText(value: string): string | null {
  const text = value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()
  return text.length > 0 ? text : null
}

function normalizeSiteName(value: string): string | null {
  try {
    const url = new URL(value.trim())
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname.replace(/^www\./, '')
  } catch {
    // not a URL: a name
  }
  return normalizeText(value)
}

const dateWords = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:at|am|pm|updated|published|posted)\b|\d+/g

function normalizeByline(value: string): string | null {
  const text = normalizeText(value.replace(/^\s*by\s+/i, ''))
  return text !== null && /\p{L}/u.test(text.replace(dateWords, '')) ? text : null
}

function equal(expected: string, actual: string): boolean {
  return expected === actual
}

/** `nathan willis march 25, 2015` expected, `nathan willis` read. */
function isBylineWithDate(expected: string, actual: string): boolean {
  if (expected === actual) return true
  if (!expected.startsWith(actual)) return false
  const rest = expected.slice(actual.length).replace(/^[\s,;|·-]+/, '')
  return /^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|updated|published|posted)/.test(rest)
}

/** Multiset overlap of lower-cased word tokens. */
function tokenOverlap(expected: string, actual: string): { recall: number; precision: number } {
  const expectedCounts = countTokens(expected)
  const actualCounts = countTokens(actual)
  let shared = 0
  for (const [token, count] of expectedCounts) shared += Math.min(count, actualCounts.get(token) ?? 0)
  const total = (counts: Map<string, number>): number => [...counts.values()].reduce((sum, count) => sum + count, 0)
  const expectedTotal = total(expectedCounts)
  const actualTotal = total(actualCounts)
  return { recall: expectedTotal === 0 ? 1 : shared / expectedTotal, precision: actualTotal === 0 ? 0 : shared / actualTotal }
}

function countTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(token, (counts.get(token) ?? 0) + 1)
  return counts
}

await main()
