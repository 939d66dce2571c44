import stringWidth from 'string-width'
import { afterEach, expect, test } from 'vitest'
import type { Analysis, Group, GroupMember, Source } from '../../src/types.js'
import { keys, renderApp, type RenderedApp } from './render.js'

/**
 * Two articles whose shared quote has an emoji, CJK and an emoji with a
 * variation selector (each two cells), and a paragraph that wraps: a CJK
 * run with no space to break at, a skin-toned emoji, a flag and a letter
 * with a combining accent.
 */
const quote = 'we will win 👍 中文 ❤️'
const paragraph = `${'市长说我们会赢得这次选举因为人民支持我们的计划'.repeat(4)} Café\u0301 👍🏽 🇫🇷 done.`
// Marks that take no width in string-width but a cell of Ink's own (the readers take them out of articles; the UI copes all the same).
const invisible = `${'Bürger\u00admeister\u00adwahl\u00adkampf '.repeat(12)}${'x\u200b'.repeat(30)}`
const bodies = {
  a: `The mayor said "${quote}" on Monday. Officials counted 40 votes.\n\n${paragraph}\n\n${invisible}`,
  b: `The mayor said "${quote}" on Monday. Officials counted 41 votes.`,
}

function member(source: keyof typeof bodies, text: string, quoteId?: string): GroupMember {
  const start = bodies[source].indexOf(text)
  return { source, text, start, end: start + text.length, ...(quoteId ? { quote: quoteId, speaker: 'The mayor', cites: null } : {}) }
}

const sources: Source[] = (['a', 'b'] as const).map((id) => ({
  id,
  file: `${id}.md`,
  title: id === 'a' ? 'One' : 'Two',
  outlet: id.toUpperCase(),
  date: null,
  url: null,
  author: null,
  body: bodies[id],
  boilerplate: [],
  cites: [],
  sentences: [],
}))

const noProvenance = { singleOrigin: null, sharedCopy: [] }
const groups: Group[] = [
  {
    id: 'g1',
    kind: 'quote',
    verdict: 'identical',
    reference: 0,
    differences: [],
    why: 'same quoted words',
    score: 1,
    provenance: noProvenance,
    members: [member('a', quote, 'q1'), member('b', quote, 'q2')],
  },
  {
    id: 'g2',
    kind: 'claim',
    verdict: 'conflict',
    reference: 0,
    differences: [{ type: 'number', level: 'conflict', detail: '40 / 41', sources: ['b'] }],
    why: 'shared words: officials, counted, votes',
    score: 0.6,
    provenance: noProvenance,
    members: [member('a', 'Officials counted 40 votes'), member('b', 'Officials counted 41 votes')],
  },
]

const analysis: Analysis = {
  sources,
  quotes: (['a', 'b'] as const).map((source, index) => ({ id: `q${index + 1}`, ...member(source, quote), speaker: 'The mayor', verb: 'said', cites: null, nestedIn: null })),
  titles: [],
  groups,
  unique: [],
}

let app: RenderedApp | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

function expectWithin(frame: string, columns: number) {
  for (const line of frame.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(columns)
}

test('rows with wide characters keep their sources column; no view is wider than the terminal', async () => {
  app = await renderApp(analysis, { columns: 80, rows: 24 })
  const list = app.frame()
  expectWithin(list, 80)
  const row = list.split('\n').find((line) => line.includes(`“${quote}”`)) ?? ''
  expect(row).toMatch(/ A B$/)
  expect(stringWidth(row)).toBe(stringWidth(list.split('\n').find((line) => line.startsWith('› ! conflict')) ?? ''))

  await app.press(keys.down, keys.enter)
  expect(app.frame()).toContain('Group g1')
  expect(app.frame()).toContain(`“${quote}”`)
  expectWithin(app.frame(), 80)

  // The source view wraps the CJK run inside the pane, each line ending on a whole character.
  await app.press(keys.escape, 's')
  const source = app.frame()
  expectWithin(source, 80)
  const text = source.split('\n').slice(3, 12).join('')
  expect(text).toContain('市长说我们会赢得这次选举因为人民支持我们的计划'.repeat(4))
  expect(text).toContain('Café\u0301 👍🏽 🇫🇷 done.')
})

test('a pane beside another keeps to its width with zero-width marks in the text', async () => {
  app = await renderApp(analysis, { columns: 120, rows: 30 })
  await app.press('s')
  const lines = app.frame().split('\n')
  // Body rows, header and footer aside: each keeps the border between the panes, and nothing of
  // the text spills past it (Ink gives each zero-width mark a cell: measured as none, the text would).
  const body = lines.slice(2, -1)
  expect(body.every((line) => line.includes('│'))).toBe(true)
  const marked = body.filter((line) => line.includes('meister') || line.includes('x\u200b'))
  expect(marked.length).toBeGreaterThan(3)
  for (const line of marked) expect(line.slice(line.indexOf('│') + 1).trim(), line).toBe('')
})
