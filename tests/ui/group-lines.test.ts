import { expect, test } from 'vitest'
import { indexAnalysis } from '../../src/ui/analysis-index.js'
import { detailLines } from '../../src/ui/group-lines.js'
import type { Group } from '../../src/types.js'
import { seedLikeAnalysis } from './fixture.js'

test('a short cut shows its own words, and where it leaves out the reference’s only as [-…]', () => {
  const body = seedLikeAnalysis.sources[0].body
  const member = (text: string) => ({ source: seedLikeAnalysis.sources[0].id, text, start: body.indexOf(text), end: body.indexOf(text) + text.length, cites: null })
  const group: Group = {
    id: 'g9',
    kind: 'claim',
    verdict: 'variant',
    reference: 0,
    differences: [],
    why: 'test',
    score: 0.5,
    provenance: seedLikeAnalysis.groups[0].provenance,
    members: [member('There can be 100 people in a room, but after a killer Oscars performance, sometimes there are only two.'), member('sometimes there are only two.')],
  }
  const lines = detailLines(group, indexAnalysis(seedLikeAnalysis), 60, 0).lines.map((line) => line.map((span) => span.text).join(''))
  const cut = lines.filter((line) => line.includes('only two')).at(-1)!
  expect(cut.trim()).toBe('[-…] sometimes there are only two.')
})

test('a member quoted `according to` a report reads so after its speaker, in lower case', () => {
  const analysis = { ...seedLikeAnalysis, quotes: seedLikeAnalysis.quotes.map((quote) => ({ ...quote, verb: 'According to' })) }
  const group = analysis.groups.find((candidate) => candidate.kind === 'quote')!
  const lines = detailLines(group, indexAnalysis(analysis), 80, 0).lines.map((line) => line.map((span) => span.text).join(''))
  expect(lines.filter((line) => line.includes(', according to')).length).toBe(group.members.length)
  expect(lines.some((line) => line.includes('According to'))).toBe(false)
})

test('a single origin names the members that are the report’s own article', () => {
  const index = indexAnalysis(seedLikeAnalysis)
  const relayed = seedLikeAnalysis.groups.find((candidate) => candidate.provenance.singleOrigin === 'People')!
  const text = (group: Group) => detailLines(group, index, 100, 0).lines.map((line) => line.map((span) => span.text).join('')).filter((line) => line.startsWith('origin: '))
  expect(text(relayed)).toEqual(['origin: all relay People: one report, not independent confirmation'])
  // The third source printing People's own report.
  const own = seedLikeAnalysis.sources[2].id
  const withOwn: Group = { ...relayed, members: [...relayed.members, { ...relayed.members[0], source: own, cites: null }] }
  expect(text(withOwn)).toEqual([`origin: ${index.keys.get(own)} is its own article, the others relay People: one report, not independent confirmation`])
})

test('a claim group whose passages print a shared quote names that quote\'s group', () => {
  const quoteGroup = seedLikeAnalysis.groups.find((candidate) => candidate.kind === 'quote')!
  // The sentences around the quote's members, as a claim group of its own.
  const sentences = quoteGroup.members.map((member) => {
    const body = seedLikeAnalysis.sources.find((source) => source.id === member.source)!.body
    const start = Math.max(0, body.lastIndexOf('.', member.start) + 1)
    const end = body.indexOf('.', member.end) === -1 ? body.length : body.indexOf('.', member.end)
    return { ...member, text: body.slice(start, end), start, end, quote: undefined }
  })
  const claim: Group = { ...quoteGroup, id: 'g9', kind: 'claim', members: sentences }
  const analysis = { ...seedLikeAnalysis, groups: [...seedLikeAnalysis.groups, claim] }
  const lines = detailLines(claim, indexAnalysis(analysis), 100, 0).lines.map((line) => line.map((span) => span.text).join(''))
  expect(lines).toContain(`quotes: the quote of ${quoteGroup.id}, compared there word by word`)
})
