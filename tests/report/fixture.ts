import type { Analysis, Quote, Source, Span, WordChange } from '../../src/types.js'

/**
 * A realistic analysis of three articles modelled on the seed articles, for
 * building reports without the engine. Offsets are found in the bodies, so
 * `body.slice(start, end)` is always the text.
 */

const ids = { a: '000_757aa98372dae68e', b: '001_6024fb6beea2f398', c: '002_b74358b56c09aadc' } as const

const bodies = {
  a:
    'Last night, Lady Gaga and Bradley Cooper took the stage at the 2019 Oscars to perform "Shallow". ' +
    'The performance has 325 MILLION views on YouTube. Cooper held Gaga\'s hand as they made their way on stage.\n\n' +
    '"Did I nail it?" Gaga asked as soon as they got off the stage, PEOPLE reports. ' +
    'Gaga reportedly turned to Cooper and said, "I’m so fucking proud of you!"\n\n' +
    'The gown cost $14,000, a stylist said. "Let\'s just drop a little bit of joy," Cooper told her before the rehearsal.',
  b:
    'These photos of Lady Gaga and Bradley Cooper backstage at the Oscars are even better. They began by ascending the stage hand in hand.\n\n' +
    'According to People, Gaga asked the crowd, "Did I nail it?" ' +
    'She was assured they did, and then she turned to Cooper and said, "I\'m so f*cking proud of you!"\n\n' +
    "The gown cost $17,000, a stylist said. In one shot, they're even mirroring each other's body language.",
  c:
    'Lady Gaga took home the gold at the Oscars for "Shallow" alongside Mark Ronson. ' +
    "Ronson told the press they'd had plenty of Jameson that day. Setlist: Shallow | Always Remember Us This Way.\n\n" +
    '"Let\'s just drop a little bit of joy," Gaga told the press about Bradley Cooper. "It has the feeling of a hug," Ronson said.',
}

function at(key: keyof typeof bodies, text: string): Span & { text: string } {
  const start = bodies[key].indexOf(text)
  if (start === -1) throw new Error(`fixture: ${JSON.stringify(text)} not in source ${key}`)
  return { text, start, end: start + text.length }
}

function source(key: keyof typeof bodies, metadata: Pick<Source, 'outlet' | 'title' | 'date' | 'url' | 'cites'>): Source {
  const body = bodies[key]
  const sentences = body.split(/(?<=[.!?]"?)\s+/).map((text) => at(key, text))
  return { id: ids[key], file: `sources/${ids[key]}.txt`, author: null, body, boilerplate: [], sentences, ...metadata }
}

function quote(id: string, key: keyof typeof bodies, text: string, speaker: string | null, verb: string | null, cites: string | null = null): Quote {
  return { id, source: ids[key], ...at(key, text), speaker, verb, cites, nestedIn: null }
}

const words = (kind: WordChange['kind'], text: string): WordChange[] => text.split(' ').map((word) => ({ kind, text: word }))

export const sourceIds = ids

export const quotes: Quote[] = [
  quote('q1', 'a', 'Did I nail it?', 'Lady Gaga', 'asked', 'People'),
  quote('q2', 'a', 'I’m so fucking proud of you!', 'Lady Gaga', 'said'),
  quote('q3', 'a', "Let's just drop a little bit of joy,", 'Bradley Cooper', 'told'),
  quote('q4', 'b', 'Did I nail it?', 'Lady Gaga', 'asked', 'People'),
  quote('q5', 'b', "I'm so f*cking proud of you!", 'Lady Gaga', 'said'),
  quote('q6', 'c', "Let's just drop a little bit of joy,", 'Lady Gaga', 'told'),
  quote('q7', 'c', 'It has the feeling of a hug,', 'Mark Ronson', 'said'),
]

const member = (key: keyof typeof bodies, text: string, extra: { quote?: string; speaker?: string | null; cites?: string | null } = {}) => ({
  source: ids[key],
  ...at(key, text),
  ...extra,
})

export const fixture: Analysis = {
  sources: [
    source('a', { outlet: 'Glamour | Culture', title: "Lady Gaga and Bradley Cooper's Oscars moment", date: '2019-02-25', url: 'https://example.com/gaga-cooper', cites: ['People'] }),
    source('b', { outlet: 'Bustle', title: null, date: '2019-02-26', url: null, cites: ['People', 'Us Weekly'] }),
    source('c', { outlet: null, title: 'This Is the Exact Moment Mark Ronson and Lady Gaga Knew "Shallow" Would Be a Hit', date: null, url: null, cites: [] }),
  ],
  quotes,
  titles: [{ source: ids.a, ...at('a', 'Shallow') }],
  groups: [
    {
      id: 'g1',
      kind: 'quote',
      verdict: 'identical',
      reference: 0,
      differences: [{ type: 'context', level: 'context', detail: 'as soon as they got off the stage / asked the crowd', sources: [ids.b] }],
      why: 'same quoted words after normalization (4 of 4)',
      score: 1,
      provenance: { singleOrigin: 'People', sharedCopy: [] },
      members: [
        member('a', 'Did I nail it?', { quote: 'q1', speaker: 'Lady Gaga', cites: 'People' }),
        member('b', 'Did I nail it?', { quote: 'q4', speaker: 'Lady Gaga', cites: 'People' }),
      ],
    },
    {
      id: 'g2',
      kind: 'quote',
      verdict: 'equivalent',
      reference: 0,
      differences: [
        // Cosmetic differences name the two spellings and carry no word changes.
        { type: 'typography', level: 'cosmetic', detail: "I’m / I'm", sources: [ids.b] },
        { type: 'censorship', level: 'cosmetic', detail: 'fucking / f*cking', sources: [ids.b] },
      ],
      why: 'same quoted words after normalization (6 of 6)',
      score: 1,
      provenance: { singleOrigin: null, sharedCopy: [] },
      members: [
        member('a', 'I’m so fucking proud of you!', { quote: 'q2', speaker: 'Lady Gaga', cites: null }),
        member('b', "I'm so f*cking proud of you!", { quote: 'q5', speaker: 'Lady Gaga', cites: null }),
      ],
    },
    {
      id: 'g3',
      kind: 'quote',
      verdict: 'conflict',
      reference: 0,
      differences: [{ type: 'speaker', level: 'conflict', detail: 'Bradley Cooper / Lady Gaga', sources: [ids.c] }],
      why: 'same quoted words after normalization (7 of 7).',
      score: 0.97,
      provenance: { singleOrigin: null, sharedCopy: [] },
      members: [
        member('a', "Let's just drop a little bit of joy,", { quote: 'q3', speaker: 'Bradley Cooper', cites: null }),
        member('c', "Let's just drop a little bit of joy,", { quote: 'q6', speaker: 'Lady Gaga', cites: null }),
      ],
    },
    {
      id: 'g4',
      kind: 'claim',
      verdict: 'variant',
      reference: 0,
      differences: [
        {
          type: 'wording',
          level: 'wording',
          detail: 'Gaga reportedly / then she',
          sources: [ids.b],
          // jsdiff-style runs that carry their own spaces.
          changes: [
            { kind: 'removed', text: 'Gaga reportedly' },
            { kind: 'added', text: 'then she' },
            { kind: 'same', text: ' turned to Cooper and said' },
          ],
        },
      ],
      why: 'sentences share 5 of 7 content words',
      score: 0.71,
      provenance: { singleOrigin: null, sharedCopy: [{ sources: [ids.a, ids.b], similarity: 0.86 }] },
      members: [member('a', 'Gaga reportedly turned to Cooper and said'), member('b', 'then she turned to Cooper and said')],
    },
    {
      id: 'g5',
      kind: 'claim',
      verdict: 'conflict',
      reference: 0,
      differences: [
        {
          type: 'number',
          level: 'conflict',
          detail: '$14,000 / $17,000',
          sources: [ids.b],
          // Runs of tokens joined by spaces, as the engine gives them.
          changes: [
            { kind: 'same', text: 'The gown cost' },
            { kind: 'removed', text: '$14,000' },
            { kind: 'added', text: '$17,000' },
            { kind: 'same', text: ', a stylist said .' },
          ],
        },
      ],
      why: 'sentences share 4 of 4 content words',
      score: 0.9,
      provenance: { singleOrigin: null, sharedCopy: [] },
      members: [member('a', 'The gown cost $14,000, a stylist said.'), member('b', 'The gown cost $17,000, a stylist said.')],
    },
    {
      id: 'g6',
      kind: 'claim',
      verdict: 'variant',
      reference: 0,
      differences: [
        {
          type: 'wording',
          level: 'wording',
          detail: '"Cooper held Gaga\'s hand as they made their way on stage" / "They began by ascending the stage hand in hand"',
          sources: [ids.b],
          // Word tokens only: the engine leaves punctuation out of changes.
          changes: [
            ...words('removed', "Cooper held Gaga's hand as they made their way on stage"),
            ...words('added', 'They began by ascending the stage hand in hand'),
          ],
        },
      ],
      why: 'sentences share 3 of 6 content words',
      score: 0.55,
      provenance: { singleOrigin: null, sharedCopy: [] },
      members: [member('a', "Cooper held Gaga's hand as they made their way on stage."), member('b', 'They began by ascending the stage hand in hand.')],
    },
  ],
  unique: [
    { source: ids.c, ...at('c', "Ronson told the press they'd had plenty of Jameson that day.") },
    { source: ids.c, ...at('c', 'Setlist: Shallow | Always Remember Us This Way.') },
    { source: ids.a, ...at('a', 'The performance has 325 MILLION views on YouTube.') },
    { source: ids.b, ...at('b', "In one shot, they're even mirroring each other's body language.") },
  ],
}
