import type { Analysis, Group, GroupMember, Quote, Source, UniqueClaim } from '../../src/types.js'

/**
 * An analysis of three articles modelled on the seed articles, built by
 * hand so the UI tests do not depend on the engine: an identical quote
 * relayed from one report, an equivalent quote that differs by a censored
 * expletive and an apostrophe, a speaker conflict, two claim variants and
 * claims only one source makes. Offsets are found in the bodies, so
 * `body.slice(start, end)` is always the text.
 */
const bodies = {
  '000_757aa98372dae68e':
    'Last night, Lady Gaga and Bradley Cooper took the stage at the 2019 Oscars to perform "Shallow", which has 325 MILLION views on YouTube.\n\n' +
    'Cooper held Gaga\'s hand as they made their way on stage.\n\n' +
    '"Did I nail it?" Gaga asked as soon as they got off the stage, PEOPLE reports. Gaga reportedly turned to Cooper and said, "I’m so fucking proud of you!" ' +
    'Gaga told reporters, "Let\'s just drop a little bit of joy."\n\n' +
    'There can be 100 people in a room, but after a killer Oscars performance, sometimes there are only two.',
  '001_6024fb6beea2f398':
    'The chemistry between Gaga and Cooper was palpable from the moment they began their performance by ascending the stage hand in hand.\n\n' +
    'According to People, Gaga asked the crowd, "Did I nail it?" She was assured they did, and then she turned to Cooper and said, "I\'m so f*cking proud of you!"\n\n' +
    'In one shot, they\'re even mirroring each other\'s body language.\n\n' +
    'Gaga famously repeated a line: "There can be a hundred people in a room, and 99 don\'t believe in you, but one does."',
  '002_b74358b56c09aadc':
    'Ronson told the press they\'d had plenty of Jameson that day. Gaga sang the first line: "Tell me something, girl, are you happy in this modern world?"\n\n' +
    '"He said, \'Let\'s just drop a little bit of joy.\' And I said, \'OK.\' And it turns out joy did a lot to me."',
}

type SourceId = keyof typeof bodies

function span(source: SourceId, text: string, from = 0): { start: number; end: number } {
  const start = bodies[source].indexOf(text, from)
  if (start < 0) throw new Error(`fixture: "${text}" is not in ${source}`)
  return { start, end: start + text.length }
}

const quoteSpecs: Array<{ source: SourceId; text: string; speaker: string | null; verb: string | null; cites: string | null; nestedIn?: string }> = [
  { source: '000_757aa98372dae68e', text: 'Did I nail it?', speaker: 'Lady Gaga', verb: 'asked', cites: 'People' },
  { source: '000_757aa98372dae68e', text: 'I’m so fucking proud of you!', speaker: 'Lady Gaga', verb: 'said', cites: null },
  { source: '000_757aa98372dae68e', text: "Let's just drop a little bit of joy.", speaker: 'Lady Gaga', verb: 'told', cites: null },
  { source: '001_6024fb6beea2f398', text: 'Did I nail it?', speaker: 'Lady Gaga', verb: 'asked', cites: 'People' },
  { source: '001_6024fb6beea2f398', text: "I'm so f*cking proud of you!", speaker: 'Lady Gaga', verb: 'said', cites: null },
  { source: '001_6024fb6beea2f398', text: "There can be a hundred people in a room, and 99 don't believe in you, but one does.", speaker: 'Lady Gaga', verb: 'repeated', cites: null },
  { source: '002_b74358b56c09aadc', text: 'Tell me something, girl, are you happy in this modern world?', speaker: 'Lady Gaga', verb: 'sang', cites: null },
  { source: '002_b74358b56c09aadc', text: "He said, 'Let's just drop a little bit of joy.' And I said, 'OK.' And it turns out joy did a lot to me.", speaker: 'Lady Gaga', verb: null, cites: null },
  { source: '002_b74358b56c09aadc', text: "Let's just drop a little bit of joy.", speaker: 'Bradley Cooper', verb: 'said', cites: null, nestedIn: 'q8' },
]

const quotes: Quote[] = quoteSpecs.map((spec, index) => ({
  id: `q${index + 1}`,
  source: spec.source,
  text: spec.text,
  speaker: spec.speaker,
  verb: spec.verb,
  cites: spec.cites,
  nestedIn: spec.nestedIn ?? null,
  // The nested quote sits inside q8, after its opening words.
  ...span(spec.source, spec.text, spec.nestedIn ? span(spec.source, "He said, '").end : 0),
}))

function quoteMember(id: string): GroupMember {
  const quote = quotes.find((candidate) => candidate.id === id)!
  return { source: quote.source, quote: quote.id, text: quote.text, start: quote.start, end: quote.end, speaker: quote.speaker, cites: quote.cites }
}

function claimMember(source: SourceId, text: string): GroupMember {
  return { source, text, ...span(source, text) }
}

const noProvenance = { singleOrigin: null, sharedCopy: [] }

const groups: Group[] = [
  {
    id: 'g1',
    kind: 'claim',
    verdict: 'variant',
    reference: 0,
    differences: [{ type: 'wording', level: 'wording', detail: 'held hand / hand in hand', sources: ['001_6024fb6beea2f398'] }],
    why: 'same claim in other words (similarity 0.61)',
    score: 0.61,
    provenance: noProvenance,
    members: [
      claimMember('000_757aa98372dae68e', "Cooper held Gaga's hand as they made their way on stage."),
      claimMember('001_6024fb6beea2f398', 'The chemistry between Gaga and Cooper was palpable from the moment they began their performance by ascending the stage hand in hand.'),
    ],
  },
  {
    id: 'g2',
    kind: 'quote',
    verdict: 'identical',
    reference: 0,
    differences: [{ type: 'context', level: 'context', detail: 'as they got off the stage / asked the crowd', sources: ['001_6024fb6beea2f398'] }],
    why: 'same quoted words (4 of 4)',
    score: 1,
    provenance: { singleOrigin: 'People', sharedCopy: [] },
    members: [quoteMember('q1'), quoteMember('q4')],
  },
  {
    id: 'g3',
    kind: 'quote',
    verdict: 'equivalent',
    reference: 0,
    differences: [
      { type: 'censorship', level: 'cosmetic', detail: 'fucking / f*cking', sources: ['001_6024fb6beea2f398'] },
      { type: 'typography', level: 'cosmetic', detail: "I’m / I'm", sources: ['001_6024fb6beea2f398'] },
    ],
    why: 'same quoted words after normalization (6 of 6)',
    score: 1,
    provenance: noProvenance,
    members: [quoteMember('q2'), quoteMember('q5')],
  },
  {
    id: 'g4',
    kind: 'quote',
    verdict: 'conflict',
    reference: 1,
    differences: [{ type: 'speaker', level: 'conflict', detail: 'Bradley Cooper / Lady Gaga', sources: ['000_757aa98372dae68e'] }],
    why: 'same quoted words (8 of 8), different speakers',
    score: 1,
    provenance: noProvenance,
    members: [quoteMember('q3'), quoteMember('q9')],
  },
  {
    id: 'g5',
    kind: 'claim',
    verdict: 'variant',
    reference: 0,
    differences: [
      { type: 'number', level: 'cosmetic', detail: '100 / a hundred', sources: ['001_6024fb6beea2f398'] },
      { type: 'wording', level: 'wording', detail: 'reworded', sources: ['001_6024fb6beea2f398'] },
    ],
    why: 'same claim in other words (similarity 0.55)',
    score: 0.55,
    provenance: noProvenance,
    members: [
      claimMember('000_757aa98372dae68e', 'There can be 100 people in a room, but after a killer Oscars performance, sometimes there are only two.'),
      quoteMember('q6'),
    ],
  },
]

const unique: UniqueClaim[] = [
  { source: '000_757aa98372dae68e', text: 'which has 325 MILLION views on YouTube.', ...span('000_757aa98372dae68e', 'which has 325 MILLION views on YouTube.') },
  { source: '001_6024fb6beea2f398', text: "In one shot, they're even mirroring each other's body language.", ...span('001_6024fb6beea2f398', "In one shot, they're even mirroring each other's body language.") },
  { source: '002_b74358b56c09aadc', text: "Ronson told the press they'd had plenty of Jameson that day.", ...span('002_b74358b56c09aadc', "Ronson told the press they'd had plenty of Jameson that day.") },
]

const dates: Record<SourceId, string | null> = {
  '000_757aa98372dae68e': '2019-02-25',
  '001_6024fb6beea2f398': '2019-02-26',
  '002_b74358b56c09aadc': null,
}

const sources: Source[] = (Object.keys(bodies) as SourceId[]).map((id) => ({
  id,
  file: `sources/${id}.txt`,
  title: id === '002_b74358b56c09aadc' ? 'This Is the Exact Moment Mark Ronson and Lady Gaga Knew "Shallow" Would Be a Hit' : null,
  outlet: null,
  date: dates[id],
  url: null,
  author: null,
  body: bodies[id],
  boilerplate: [],
  cites: id === '002_b74358b56c09aadc' ? [] : ['People'],
  sentences: [],
}))

export const seedLikeAnalysis: Analysis = { sources, quotes, titles: [], groups, unique }

/** A copy with `count` extra claim groups, for scrolling. */
export function withManyGroups(count: number): Analysis {
  const extra: Group[] = Array.from({ length: count }, (_, index) => ({
    ...groups[0],
    id: `x${index + 1}`,
    verdict: 'identical',
    differences: [],
  }))
  return { ...seedLikeAnalysis, groups: [...groups, ...extra] }
}
