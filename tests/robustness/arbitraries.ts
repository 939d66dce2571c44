/**
 * Random input for the property tests and `npm run fuzz`: prose the way
 * saved articles mangle it (curly and straight quotes, stray marks,
 * apostrophes, censored words, numbers written both ways, odd white space,
 * very long words, any Unicode), and sets of articles that share sentences
 * with small changes, so that the comparison stages have groups to build.
 */
import fc from 'fast-check'

export interface InputFile {
  /** File name with extension: picks the reader, names the source. */
  name: string
  content: string
}

export interface ArbitraryOptions {
  /** Upper bound for the length of a generated long word. Default 2 000. */
  maxLongWord?: number
}

const words = [
  'the', 'mayor', 'said', 'bridge', 'will', 'reopen', 'people', 'council', 'told', 'reporters', 'never', 'not', 'proud',
  'we', 'I', 'you', 'it', 'was', 'is', 'and', 'but', 'on', 'Tuesday', 'night', 'stage', 'song', 'crowd', 'according', 'to',
]
const names = ['Ana Ruiz', 'Lady Gaga', 'Bradley Cooper', 'Joe Park', 'Mr. Smith', 'Dr. Lee', 'Ruiz', 'Gaga', 'She', 'He', 'People', 'CNN']
const verbs = ['said', 'told reporters', 'asked', 'added', 'wrote', 'continued', 'shouted', 'says']
const quoteMarks = ['"', "'", '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', '\u201E', '\u201A', '\u2039', '\u203A', '`', '\u00B4', '\u2033']
const apostrophes = ["don't", 'I\u2019m', "rock 'n' roll", "'90s", "the Smiths'", 'o\u2019clock', "ma'am", "'em", 'Cooper\u2019s']
const censored = ['f*cking', 'f**k', 'f---ing', 's***', 'd*mn', '(expletive)', '[expletive]', 'sh*t', '@#$%!', 'f*****g', '****']
const numberForms = ['a hundred', 'one hundred', '100', 'twenty-one', '21', 'one million', '1,000,000', '$12 million', '3.5%', '1st', 'zero', 'a dozen', 'half', '1/2', '10-year-old', '2019', '1,000']
const punctuation = ['.', ',', '!', '?', ';', ':', '\u2014', '\u2013', '-', '\u2026', '. . .', '(', ')', '[', ']', '...', '?!']
const separators = [' ', ' ', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00A0', '\u2009', '  ', '\n \n', '\u2028']

const word = fc.constantFrom(...words)
const spaceSeparated = (parts: string[]) => parts.join(' ')

/** One token of messy prose. */
function token(options: Readonly<ArbitraryOptions>): fc.Arbitrary<string> {
  const maxLongWord = options.maxLongWord ?? 2_000
  return fc.oneof(
    { weight: 12, arbitrary: word },
    { weight: 3, arbitrary: fc.constantFrom(...names) },
    { weight: 4, arbitrary: fc.constantFrom(...quoteMarks) },
    { weight: 2, arbitrary: fc.constantFrom(...apostrophes) },
    { weight: 2, arbitrary: fc.constantFrom(...censored) },
    { weight: 2, arbitrary: fc.constantFrom(...numberForms) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 3, arbitrary: fc.constantFrom(...punctuation) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'x', '\u00E9', '*', '"', '\u{1F600}', '-'), fc.integer({ min: 50, max: maxLongWord })).map(([unit, count]) => unit.repeat(count)) },
  )
}

/** Tokens with separators between them: anything from a word to a page of noise. */
export function messyText(options: Readonly<ArbitraryOptions> = {}, maxTokens = 60): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(token(options), fc.constantFrom(...separators)), { maxLength: maxTokens })
    .map((pairs) => pairs.map(([text, separator]) => text + separator).join(''))
}

/** A sentence as news writes it: plain, or a quote with its attribution before or after. */
function sentence(options: Readonly<ArbitraryOptions>): fc.Arbitrary<string> {
  const phrase = fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom(...censored, ...numberForms, ...apostrophes) }), { minLength: 1, maxLength: 12 }).map(spaceSeparated)
  const marks = fc.constantFrom(['"', '"'], ['\u201C', '\u201D'], ["'", "'"], ['\u2018', '\u2019'], ['\u00AB', '\u00BB'], ['"', ''], ['', '"'])
  return fc.oneof(
    { weight: 3, arbitrary: phrase.map((text) => `${capitalize(text)}.`) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...names), fc.constantFrom(...verbs), marks, phrase).map(([name, verb, [open, close], text]) => `${name} ${verb}, ${open}${capitalize(text)}.${close}`) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...names), fc.constantFrom(...verbs), marks, phrase).map(([name, verb, [open, close], text]) => `${open}${capitalize(text)},${close} ${name} ${verb}.`) },
    { weight: 1, arbitrary: fc.tuple(marks, phrase, marks, phrase).map(([[o1, c1], outer, [o2, c2], inner]) => `Ruiz said: "${outer} ${o2}${inner}${c2} ${o1}${c1}," she added.`) },
    { weight: 1, arbitrary: messyText(options, 12) },
  )
}

/** A change a second outlet makes to a shared sentence. */
const mutations: Array<(text: string) => string> = [
  (text) => text,
  (text) => text.replace(/"([^"]*)"/g, '\u201C$1\u201D').replace(/'/g, '\u2019'),
  (text) => text.replace(/\u201C|\u201D/g, '"').replace(/\u2019/g, "'"),
  (text) => text.replace(/fucking/g, 'f*cking').replace(/f\*cking/g, 'f**king'),
  (text) => text.replace(/\b100\b/g, 'a hundred').replace(/\b21\b/g, 'twenty-one'),
  (text) => text.replace(/\bwill\b/g, 'will not'),
  (text) => text.replace(/\b(Ana Ruiz|Ruiz)\b/g, 'Joe Park'),
  (text) => text.split(' ').slice(0, -2).join(' '),
  (text) => text.toUpperCase(),
]

/** Paragraphs for one article: sentences picked from a shared pool (changed a little), and its own. */
function articleProse(pool: readonly string[], options: Readonly<ArbitraryOptions>): fc.Arbitrary<string> {
  const shared = fc.tuple(fc.nat(), fc.nat({ max: mutations.length - 1 })).map(([pick, mutation]) => mutations[mutation](pool[pick % pool.length]))
  const paragraph = fc.array(fc.oneof(shared, sentence(options)), { minLength: 1, maxLength: 4 }).map(spaceSeparated)
  return fc.array(paragraph, { maxLength: 5 }).map((paragraphs) => paragraphs.join('\n\n'))
}

/** Wrap prose as a file of one of the supported kinds, with the syntax each one may carry. */
function asFile(index: number, prose: string): fc.Arbitrary<InputFile> {
  const paragraphs = prose.split('\n\n')
  return fc.oneof(
    fc.constantFrom('', ' date 2019-02-25 ', 'A Short Title\n', ' date 2019-13-45 Title without period\n').map((prefix) => ({ name: `a${index}.txt`, content: prefix + prose })),
    fc
      .tuple(fc.constantFrom('', '---\ntitle: "Bridge: it reopens"\noutlet: Valley Times\ndate: 2024-05-01\n---\n\n', '---\n: [broken yaml\n---\n', '---\ntitle:\n---\n'), fc.constantFrom('', '# ', '> ', '* ', '1. ', '    ', '```\n'))
      .map(([frontMatter, blockPrefix]) => ({ name: `a${index}.md`, content: frontMatter + paragraphs.map((text) => blockPrefix + text).join('\n\n') })),
    fc.constantFrom('<article>', '<div><div><section>', '', '<main><p>').map((open) => ({
      name: `a${index}.html`,
      content: `<html><head><title>${escapeHtml(paragraphs[0] ?? '')}</title><script>globalThis.pageScriptRan = true</script></head><body>${open}${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}</body></html>`,
    })),
  )
}

/**
 * One to four articles about one event. Some are empty or white space only,
 * which the readers must turn into a problem, never a crash.
 */
export function articleSet(options: Readonly<ArbitraryOptions> = {}): fc.Arbitrary<InputFile[]> {
  const empty = fc.constantFrom('', ' ', '\n\n', '\t \r\n', '\u00A0', '---\n---\n')
  return fc.array(sentence(options), { minLength: 1, maxLength: 6 }).chain((pool) =>
    fc
      .array(fc.oneof({ weight: 9, arbitrary: articleProse(pool, options) }, { weight: 1, arbitrary: empty }), { minLength: 1, maxLength: 4 })
      .chain((proses) => fc.tuple(...proses.map((prose, index) => asFile(index, prose)))),
  )
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
