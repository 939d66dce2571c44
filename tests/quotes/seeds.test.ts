import { beforeAll, describe, expect, it } from 'vitest'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSources } from '../../src/sources/read.js'
import { processText } from '../../src/pipeline/index.js'
import { canonicalSpeakers, extractQuotes, type ArticleQuotes } from '../../src/quotes/index.js'
import type { SourceDocument } from '../../src/types.js'

// Expectations for the three seed articles in sources/, as the project's gold findings state them.
const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../sources')
const [first, second, third] = ['000_757aa98372dae68e', '001_6024fb6beea2f398', '002_b74358b56c09aadc']

const mustQuotes: Array<{ source: string; text: string; speaker: string; verb?: string; cites?: string }> = [
  { source: first, text: 'Did I nail it?', speaker: 'Lady Gaga', verb: 'asked', cites: 'People' },
  { source: first, text: 'I’m so fucking proud of you!', speaker: 'Lady Gaga', verb: 'said' },
  { source: second, text: 'Did I nail it?', speaker: 'Lady Gaga', verb: 'asked', cites: 'People' },
  { source: second, text: "I'm so f*cking proud of you!", speaker: 'Lady Gaga', verb: 'said' },
  { source: second, text: "There can be a hundred people in a room, and 99 don't believe in you, but one does.", speaker: 'Lady Gaga', verb: 'repeated' },
  { source: third, text: 'Tell me something, girl, are you happy in this modern world?', speaker: 'Lady Gaga', verb: 'sang' },
  {
    source: third,
    text: "All of my hair stood up, and it felt like someone hugging my soul from the heavens. And that's what this song has. It has melancholy, it has triumph. It has the feeling of a hug; all these things.",
    speaker: 'Mark Ronson',
    verb: 'said',
  },
  {
    source: third,
    text: "That's actually what Bradley said to me yesterday, right before we did our last rehearsal for this performance of 'Shallow,'",
    speaker: 'Lady Gaga',
    verb: 'continued',
  },
  { source: third, text: "He said, 'Let's just drop a little bit of joy.' And I said, 'OK.' And it turns out joy did a lot to me.", speaker: 'Lady Gaga' },
  {
    source: third,
    text: 'The truth is, people see what they see on the outside . . . I was so determined to live my dreams, and yet there was so much in the way. There were so many things I did not anticipate — that broke me, that tortured me, that traumatized me — and I think sometimes . . . people think it comes easy to us.',
    speaker: 'Lady Gaga',
    verb: 'continued',
  },
  {
    source: third,
    text: 'Every single person on this stage has been through so much. We are friends, we have worked on ourselves in life, we have tried to get through the torment of this industry and being artists. And the truth is that this is very hard work, and it is not for the faint of heart. But I would not want to imply that anyone in the world is faint of heart.',
    speaker: 'Lady Gaga',
  },
]

let sources: SourceDocument[]
let articles: Map<string, ArticleQuotes>

beforeAll(async () => {
  sources = (await readSources([seedsDir])).sources
  const extracted = sources.map((source) => extractQuotes(source, processText(source.body, source.file)))
  const names = canonicalSpeakers(extracted)
  for (const article of extracted) for (const quote of article.quotes) if (quote.speaker) quote.speaker = names.get(quote.speaker) ?? quote.speaker
  articles = new Map(sources.map((source, index) => [source.id, extracted[index]]))
})

describe('seed articles', () => {
  it.each(mustQuotes.map((quote) => [quote.text.slice(0, 40), quote] as const))('finds %j with its speaker', (_, expected) => {
    const quote = articles.get(expected.source)!.quotes.find((candidate) => candidate.text === expected.text)
    expect(quote).toBeDefined()
    expect(quote!.speaker).toBe(expected.speaker)
    if (expected.verb) expect(quote!.verb).toBe(expected.verb)
    if (expected.cites) expect(quote!.cites).toBe(expected.cites)
    expect(quote!.nestedIn).toBeNull()
  })

  it('finds the quotes inside Gaga\'s quote: Bradley Cooper\'s and her own', () => {
    const quotes = articles.get(third)!.quotes
    const outer = quotes.findIndex((quote) => quote.text.startsWith("He said, 'Let's just drop"))
    const inner = quotes.filter((quote) => quote.nestedIn === outer).map((quote) => [quote.text, quote.speaker, quote.verb])
    expect(inner).toEqual([
      ["Let's just drop a little bit of joy.", 'Bradley Cooper', 'said'],
      ['OK.', 'Lady Gaga', 'said'],
    ])
  })

  it('never reports Shallow as speech, and lists it as a title', () => {
    for (const source of sources) {
      const article = articles.get(source.id)!
      expect(article.quotes.filter((quote) => /^Shallow\W*$/.test(quote.text))).toEqual([])
      expect(article.titles.filter((title) => /^Shallow\W*$/.test(title.text)).length).toBeGreaterThanOrEqual(2)
    }
  })

  it('cites People for the first two seeds, not the photo agency the second credits', () => {
    expect(articles.get(first)!.cites).toEqual(['People'])
    expect(articles.get(second)!.cites).toEqual(['People'])
    expect(articles.get(third)!.cites).toEqual([])
  })

  it('gives offsets into the body', () => {
    for (const source of sources) {
      for (const quote of articles.get(source.id)!.quotes) expect(source.body.slice(quote.start, quote.end)).toBe(quote.text)
    }
  })
})
