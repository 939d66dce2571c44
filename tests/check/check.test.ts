import { describe, expect, it } from 'vitest'
import { checkQuotes } from '../../src/check/check.js'
import { primaryFromDocument } from '../../src/check/primary.js'
import { makeAnalysis, makeGroup, makeQuote, makeSource } from './fixture.js'
import type { Difference } from '../../src/types.js'

// Two outlets on one evening; the first file has a date prefix and a title the reader takes off.
const aOriginal = ' date 2019-02-25 Oscars night\n\nGaga asked, "Did I nail it?" Then she said, "I’m so fucking proud of you!"\n'
const a = makeSource('a', 'Gaga asked, "Did I nail it?" Then she said, "I’m so fucking proud of you!"', { outlet: 'Daily A' })
const bOriginal = 'Cooper asked the crowd: "Did I nail it?"\nHe then said: "I\'m so f*cking proud of you!"\n'
const b = makeSource('b', 'Cooper asked the crowd: "Did I nail it?"\n\nHe then said: "I\'m so f*cking proud of you!"')

const nailA = makeQuote(a, 'Did I nail it?', 'Lady Gaga')
const proudA = makeQuote(a, 'I’m so fucking proud of you!', 'Lady Gaga')
const nailB = makeQuote(b, 'Did I nail it?', 'Bradley Cooper')
const proudB = makeQuote(b, "I'm so f*cking proud of you!", 'Lady Gaga')

const seedsLike = makeAnalysis(
  [a, b],
  [nailA, proudA, nailB, proudB],
  [
    makeGroup([nailA, nailB], [{ type: 'speaker', level: 'conflict', detail: 'Lady Gaga / Bradley Cooper', sources: ['b'] }]),
    makeGroup(
      [proudA, proudB],
      [
        { type: 'typography', level: 'cosmetic', detail: "I’m / I'm", sources: ['b'] },
        { type: 'censorship', level: 'cosmetic', detail: 'fucking / f*cking', sources: ['b'] },
      ],
    ),
  ],
)
const originals = new Map([
  ['a', aOriginal],
  ['b', bOriginal],
])

describe('checkQuotes', () => {
  it('exposes checkQuotes, and its findings unplaced for the report', async () => {
    expect(Object.keys(await import('../../src/check/check.js')).sort()).toEqual(['checkQuotes', 'quoteFindings'])
  })

  it('emits a message with metadata', () => {
    const [, fileB] = checkQuotes(seedsLike, { originals })
    expect(JSON.parse(JSON.stringify(fileB.messages[0]))).toEqual({
      column: 26,
      fatal: true,
      file: 'b.txt',
      line: 1,
      message: 'Unexpected speaker `Bradley Cooper` for `Did I nail it?`, expected `Lady Gaga` as in a',
      name: 'b.txt:1:26-1:40',
      place: { start: { line: 1, column: 26, offset: 25 }, end: { line: 1, column: 40, offset: 39 } },
      reason: 'Unexpected speaker `Bradley Cooper` for `Did I nail it?`, expected `Lady Gaga` as in a',
      ruleId: 'quote-speaker-conflict',
      source: 'crosscheck',
      actual: 'Bradley Cooper',
      expected: ['Lady Gaga'],
      url: 'https://github.com/crosscheck/crosscheck#quote-speaker-conflict',
      sources: ['a'],
    })
  })

  it('gives one vfile per source, in source order, placing messages in the original files', () => {
    const files = checkQuotes(seedsLike, { originals })
    expect(files.map((file) => file.path)).toEqual(['a.txt', 'b.txt'])
    // Two sources, two speakers: no majority, so both are told; the cosmetic differences go to the one that differs from the reference.
    expect(files[0].messages.map(String)).toEqual(['a.txt:3:14-3:28: Unexpected speaker `Lady Gaga` for `Did I nail it?`, expected `Bradley Cooper` as in b'])
    expect(files[1].messages.map(String)).toEqual([
      'b.txt:1:26-1:40: Unexpected speaker `Bradley Cooper` for `Did I nail it?`, expected `Lady Gaga` as in a',
      "b.txt:2:16-2:44: Unexpected censored `f*cking`, expected `fucking` as in a",
      "b.txt:2:16-2:44: Unexpected `I'm`, expected `I’m` as in a",
    ])
    expect(files[1].messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['quote-speaker-conflict', true],
      ['quote-censored', undefined],
      ['quote-typography', undefined],
    ])
  })

  it('counts lines and columns in the body when no original is given', () => {
    const [, fileB] = checkQuotes(seedsLike)
    expect(fileB.messages.map((message) => `${message.line}:${message.column}`)).toEqual(['1:26', '3:16', '3:16'])
  })

  it('places a quote it cannot find in the original (HTML entities) at the start of the file', () => {
    const html = new Map([
      ['a', aOriginal],
      ['b', '<p>Cooper asked the crowd: &ldquo;Did&nbsp;I&nbsp;nail&nbsp;it?&rdquo;</p>'],
    ])
    const [, fileB] = checkQuotes(seedsLike, { originals: html })
    expect(fileB.messages[0].name).toBe('b.txt:1:1-1:1')
  })

  it('reports reworded, trimmed and context differences on the member that differs', () => {
    const c = makeSource('c', 'Gaga recalled: "He said joy did a lot to me, and it really did." She smiled.')
    const d = makeSource('d', 'Gaga said: "He said joy did a whole lot for me, and it really did."')
    const e = makeSource('e', 'Gaga told reporters: "joy did a lot to me"')
    const quoteC = makeQuote(c, 'He said joy did a lot to me, and it really did.', 'Lady Gaga', { verb: 'recalled' })
    const quoteD = makeQuote(d, 'He said joy did a whole lot for me, and it really did.', 'Lady Gaga')
    const quoteE = makeQuote(e, 'joy did a lot to me', 'Lady Gaga', { verb: 'told' })
    const analysis = makeAnalysis(
      [c, d, e],
      [quoteC, quoteD, quoteE],
      [
        makeGroup(
          [quoteC, quoteD, quoteE],
          [
            { type: 'wording', level: 'wording', detail: '"lot to" / "whole lot for"', sources: ['d'] },
            { type: 'omission', level: 'wording', detail: 'leaves out "He said … did"', sources: ['e'] },
            { type: 'context', level: 'context', detail: 'recalled / told', sources: ['e'] },
          ],
        ),
      ],
    )
    const files = checkQuotes(analysis)
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([
      'd.txt:1:13-1:67: Unexpected `a whole lot`, `for` in quote `He said joy did a whole lot for me, and it really did.`, expected `a lot`, `to` as in c (`He said joy did a lot to me, and it really did.`)',
      'e.txt:1:23-1:42: Unexpected shorter quote `joy did a lot to me`, expected `He said joy did a lot to me, and it really did.` as in c',
      'e.txt:1:23-1:42: Unexpected context `told` for `joy did a lot to me`, expected `recalled` as in c',
    ])
    expect(files[1].messages[0].fatal).toBe(true)
    expect(files[2].messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['quote-trimmed', false],
      ['quote-context-differs', false],
    ])
  })

  it('puts a trim on the source that cut when the reference is the shorter quote', () => {
    const full = makeSource('full', 'She said: "I am so proud of you and of everyone here"')
    const cut = makeSource('cut', 'She said: "so proud of you"')
    const quoteFull = makeQuote(full, 'I am so proud of you and of everyone here', 'Lady Gaga')
    const quoteCut = makeQuote(cut, 'so proud of you', 'Lady Gaga')
    const analysis = makeAnalysis(
      [cut, full],
      [quoteCut, quoteFull],
      [makeGroup([quoteCut, quoteFull], [{ type: 'omission', level: 'wording', detail: 'adds "I am … here"', sources: ['full'] }])],
    )
    expect(checkQuotes(analysis).flatMap((file) => file.messages.map(String))).toEqual([
      'cut.txt:1:12-1:27: Unexpected shorter quote `so proud of you`, expected `I am so proud of you and of everyone here` as in full',
    ])
  })

  it('holds no fragment against the whole quote its own source gives too, and tells each quote its own circumstances', () => {
    const whole = makeSource('whole', 'She said: "I am so proud of you and of everyone here"')
    const both = makeSource('both', 'She was "so proud of you," she told the crowd. Later she said: "I am so proud of you and of everyone here"')
    const cut = makeSource('cut', 'She said: "so proud of you"')
    const quoteWhole = makeQuote(whole, 'I am so proud of you and of everyone here', 'Lady Gaga')
    const bothCut = makeQuote(both, 'so proud of you,', 'Lady Gaga', { verb: 'told' })
    const bothWhole = makeQuote(both, 'I am so proud of you and of everyone here', 'Lady Gaga')
    const quoteCut = makeQuote(cut, 'so proud of you', 'Lady Gaga')
    const analysis = makeAnalysis(
      [whole, both, cut],
      [quoteWhole, bothCut, bothWhole, quoteCut],
      [
        makeGroup(
          [quoteWhole, bothCut, bothWhole, quoteCut],
          [
            { type: 'omission', level: 'wording', detail: 'leaves out "I am" and "and of everyone here"', sources: ['both', 'cut'] },
            { type: 'context', level: 'context', detail: 'said / told', sources: ['both'], quotes: [bothCut.id] },
          ],
        ),
      ],
    )
    expect(checkQuotes(analysis).flatMap((file) => file.messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId}`))).toEqual([
      'both.txt:1:10 quote-context-differs',
      'cut.txt:1:12 quote-trimmed',
    ])
    // Nor when its own longer quote words the rest otherwise than the other source's: the fragment recalls its own.
    const own = makeSource('own', 'She said: "I am proud of everyone. It is part of the job." Later: "part of the job."')
    const other = makeSource('other', 'She said: "I am proud of everyone. So it is part of the job,"')
    const parts = [makeQuote(own, 'I am proud of everyone. It is part of the job.', 'Ana Lowe'), makeQuote(own, 'part of the job.', 'Ana Lowe', { after: 'Later' }), makeQuote(other, 'I am proud of everyone. So it is part of the job,', 'Ana Lowe')]
    const recalled = makeGroup(parts, [{ type: 'wording', level: 'wording', detail: '"It" / "So it"', sources: ['own'] }], 2)
    expect(checkQuotes(makeAnalysis([own, other], parts, [recalled])).flatMap((file) => file.messages.map((message) => `${message.ruleId} ${message.actual}`))).not.toContain(
      'quote-trimmed part of the job.',
    )
  })

  it('holds no part against the whole quote when its source splits the quote at its attribution', () => {
    const whole = makeSource('whole', "He said: \"If they tell you how to spend it, you don't have a budget.\"")
    const split = makeSource('split', 'He was blunt. “If they tell you how to spend it,” he said, “you don’t have a budget.”')
    const quoteWhole = makeQuote(whole, "If they tell you how to spend it, you don't have a budget.", 'Ann Lowe')
    const first = makeQuote(split, 'If they tell you how to spend it,', 'Ann Lowe')
    const second = makeQuote(split, 'you don’t have a budget.', 'Ann Lowe')
    const analysis = makeAnalysis(
      [whole, split],
      [quoteWhole, first, second],
      [
        makeGroup(
          [quoteWhole, first, second],
          [
            { type: 'typography', level: 'cosmetic', detail: "don't / don’t", sources: ['split'] },
            // What the comparison held against each part alone: the check does not take it for a trim.
            { type: 'omission', level: 'wording', detail: 'leaves out "you don\'t have a budget"', sources: ['split'] },
          ],
        ),
      ],
    )
    expect(checkQuotes(analysis).flatMap((file) => file.messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId}`))).toEqual([
      'split.txt:1:61 quote-typography',
    ])
  })

  it('tells the holder of a fuller quote, in a two-source tie, only the words both quote', () => {
    const full = makeSource('full', 'The judge wrote that "this class includes at least 544 store managers who are alleged to be discriminators and victims."')
    const part = makeSource('part', 'Managers "are alleged to be both discriminators and victims," the judge wrote.')
    const quoteFull = makeQuote(full, 'this class includes at least 544 store managers who are alleged to be discriminators and victims.', 'Ann Lowe')
    const quotePart = makeQuote(part, 'are alleged to be both discriminators and victims,', 'Ann Lowe')
    const analysis = makeAnalysis([full, part], [quoteFull, quotePart], [makeGroup([quoteFull, quotePart], [{ type: 'wording', level: 'wording', detail: '+"both"', sources: ['part'] }])])
    const reasons = checkQuotes(analysis).flatMap((file) => file.messages.map((message) => `${message.file}: ${message.reason}`))
    // (The fuller quote's own start, which the part does not quote, is no rival wording.)
    expect(reasons).toContainEqual('full.txt: Unexpected `be discriminators` in quote `this class includes at least 544 store … to be discriminators and victims.`, expected `be both discriminators` as in part (`are alleged to be both discriminators and victims,`)')
    expect(reasons.filter((reason) => reason.startsWith('full.txt'))).toHaveLength(1)
    // The part's own finding names its change too, not the words the fuller quote alone has before it.
    expect(reasons.filter((reason) => reason.startsWith('part.txt'))).toEqual([
      'part.txt: Unexpected `be both discriminators` in quote `are alleged to be both discriminators and victims,`, expected `be discriminators` as in full (`this class includes at least 544 store … to be discriminators and victims.`)',
    ])
  })

  it('tells a split quote\'s circumstances once, over its joined parts', () => {
    const whole = makeSource('whole', 'Lowe said: "We will rebuild the bridge. It opens in May."')
    const split = makeSource('split', '"We will rebuild the bridge," Lowe told reporters. "It opens in May."')
    const quoteWhole = makeQuote(whole, 'We will rebuild the bridge. It opens in May.', 'Ann Lowe')
    const first = makeQuote(split, 'We will rebuild the bridge,', 'Ann Lowe', { verb: 'told' })
    const second = makeQuote(split, 'It opens in May.', 'Ann Lowe', { verb: null })
    const group = makeGroup([quoteWhole, first, second], [{ type: 'context', level: 'context', detail: 'said / told', sources: ['split'], quotes: [first.id, second.id] }])
    group.members[2].continuesPrevious = true
    const messages = checkQuotes(makeAnalysis([whole, split], [quoteWhole, first, second], [group])).flatMap((file) => file.messages)
    // Once, over both parts: to the end of the second (column 69, after `May.`).
    expect(messages.map((message) => [message.file, message.ruleId, message.place])).toEqual([
      ['split.txt', 'quote-context-differs', { start: expect.objectContaining({ line: 1, column: 2 }), end: expect.objectContaining({ line: 1, column: 69 }) }],
    ])
  })

  it('calls a silent cut in the middle of a quote a wording conflict, a cut behind an ellipsis a trim', () => {
    const full = makeSource('full', 'She said: "I am so proud of you and of everyone here"')
    const silent = makeSource('silent', 'She said: "I am so proud of everyone here"')
    const marked = makeSource('marked', 'She said: "I am so proud . . . of everyone here"')
    const quoteFull = makeQuote(full, 'I am so proud of you and of everyone here', 'Lady Gaga')
    const quoteSilent = makeQuote(silent, 'I am so proud of everyone here', 'Lady Gaga')
    const quoteMarked = makeQuote(marked, 'I am so proud . . . of everyone here', 'Lady Gaga')
    const analysis = makeAnalysis(
      [full, silent, marked],
      [quoteFull, quoteSilent, quoteMarked],
      [
        makeGroup(
          [quoteFull, quoteSilent, quoteMarked],
          [{ type: 'omission', level: 'wording', detail: 'leaves out "you and"', sources: ['silent', 'marked'] }],
        ),
      ],
    )
    const messages = checkQuotes(analysis).flatMap((file) => file.messages)
    expect(messages.map((message) => [message.file, message.ruleId])).toEqual([
      ['silent.txt', 'quote-wording-conflict'],
      ['marked.txt', 'quote-trimmed'],
    ])
    expect(messages[1].reason).toContain('which leaves out words behind an ellipsis')
  })

  it('reports a quote credited to a report among the inputs that has another speaker or no such quote', () => {
    const people = makeSource('people', 'Backstage, Gaga asked: "Did I nail it?" Cooper laughed.', { outlet: 'People' })
    const relay = makeSource('relay', 'According to PEOPLE, Cooper asked: "Did I nail it?" He added: "We did it, we really did."')
    const inReport = makeQuote(people, 'Did I nail it?', 'Lady Gaga')
    const relayed = makeQuote(relay, 'Did I nail it?', 'Bradley Cooper', { cites: 'People' })
    const invented = makeQuote(relay, 'We did it, we really did.', 'Bradley Cooper', { cites: 'People' })
    const analysis = makeAnalysis(
      [people, relay],
      [inReport, relayed, invented],
      [makeGroup([inReport, relayed], [{ type: 'speaker', level: 'conflict', detail: 'Lady Gaga / Bradley Cooper', sources: ['relay'] }])],
    )
    const [filePeople, fileRelay] = checkQuotes(analysis)
    expect(filePeople.messages).toEqual([])
    expect(fileRelay.messages.map(String)).toEqual([
      'relay.txt:1:37-1:51: Unexpected speaker `Bradley Cooper` for `Did I nail it?` credited to People, expected `Lady Gaga` as in people',
      'relay.txt:1:64-1:89: Unexpected quote `We did it, we really did.` credited to People, not found in people',
    ])
    // A report that does not hold the quote at all is a warning: the outlet may have printed it elsewhere.
    expect(fileRelay.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['quote-misattributed-report', true],
      ['quote-not-in-cited-report', false],
    ])
  })

  it('tells only the minority when most sources agree on the speaker', () => {
    const sources = ['one', 'two', 'three'].map((id) => makeSource(id, 'Gaga asked: "Did I nail it?"'))
    const quotes = sources.map((source, index) => makeQuote(source, 'Did I nail it?', index === 2 ? 'Bradley Cooper' : 'Lady Gaga'))
    const analysis = makeAnalysis(sources, quotes, [
      makeGroup(quotes, [{ type: 'speaker', level: 'conflict', detail: 'Lady Gaga / Bradley Cooper', sources: ['three'] }]),
    ])
    expect(checkQuotes(analysis).flatMap((file) => file.messages.map(String))).toEqual([
      'three.txt:1:14-1:28: Unexpected speaker `Bradley Cooper` for `Did I nail it?`, expected `Lady Gaga` as in one and two',
    ])
  })

  it('judges a quote the primary source holds against the primary alone, even when most articles misquote it alike', () => {
    const transcript = primaryFromDocument({ file: 'statement.txt', body: 'We will finish the bridge before the first snow.' })
    const sources = ['one', 'two', 'three'].map((id, index) =>
      makeSource(id, index === 2 ? 'She said: "We will finish the bridge before the first snow."' : 'She said: "We will finish the bridge before the winter."'),
    )
    const quotes = sources.map((source) => makeQuote(source, source.body.slice(11, -1), 'Jane Smith'))
    const analysis = makeAnalysis(sources, quotes, [
      makeGroup(quotes, [{ type: 'wording', level: 'wording', detail: '"winter" / "first snow"', sources: ['three'] }]),
    ])
    expect(checkQuotes(analysis).flatMap((file) => file.messages.map((message) => `${message.file} ${message.ruleId}`))).toEqual([
      'three.txt quote-wording-conflict',
    ])
    expect(checkQuotes(analysis, { primary: transcript }).flatMap((file) => file.messages.map((message) => `${message.file} ${message.ruleId}`))).toEqual([
      'one.txt quote-wording-conflict',
      'two.txt quote-wording-conflict',
    ])
  })

  it('never reports a quoted title', () => {
    const first = makeSource('first', 'They sang "Shallow" together.')
    const second = makeSource('second', 'The duet "shallow" was a hit.')
    const titleA = makeQuote(first, 'Shallow', null)
    const titleB = makeQuote(second, 'shallow', null)
    const analysis = {
      ...makeAnalysis([first, second], [], [makeGroup([titleA, titleB], [{ type: 'case', level: 'cosmetic', detail: 'Shallow / shallow', sources: ['second'] }])]),
      titles: [titleA, titleB].map(({ source, text, start, end }) => ({ source, text, start, end })),
    }
    expect(checkQuotes(analysis).flatMap((file) => file.messages)).toEqual([])
  })

  it('tells every source when no wording is held more often than the others, whichever file sorts first, once per wording', () => {
    const said = (id: string, word: string) => makeSource(id, `Lowe said: "We will build new bus ${word} this year."`)
    const messages = (words: readonly string[]) => {
      const sources = words.map((word, index) => said(String.fromCharCode(97 + index), word))
      const quotes = sources.map((source, index) => makeQuote(source, `We will build new bus ${words[index]} this year.`, 'Ana Lowe'))
      const wording = (index: number): Difference => ({ type: 'wording', level: 'wording', detail: `"shelters" / "${words[index]}"`, sources: [sources[index].id] })
      const differing = words.flatMap((word, index) => (word === words[0] ? [] : [wording(index)]))
      return checkQuotes(makeAnalysis(sources, quotes, [makeGroup(quotes, differing)])).flatMap((file) => file.messages.map((message) => `${file.path}: ${message.actual} / ${message.expected?.[0]}`))
    }
    // Three wordings: the first file is no more right than the others.
    expect(messages(['shelters', 'stops', 'depots'])).toEqual([
      'a.txt: shelters / stops',
      'a.txt: shelters / depots',
      'b.txt: stops / shelters',
      'c.txt: depots / shelters',
    ])
    // Two against two: each file once.
    expect(messages(['shelters', 'shelters', 'depots', 'depots'])).toEqual(['a.txt: shelters / depots', 'b.txt: shelters / depots', 'c.txt: depots / shelters', 'd.txt: depots / shelters'])
    // Two against one: the majority stands.
    expect(messages(['shelters', 'shelters', 'depots'])).toEqual(['c.txt: depots / shelters'])
  })

  it('counts a source that prints its quote twice once in a tie, whichever file sorts first', () => {
    const twice = (id: string, word: string) => makeSource(id, `Lowe said: "We will build new bus ${word} this year." Later: "We will build new bus ${word} this year."`)
    const told = (first: string, second: string) => {
      const [a, b] = [twice('a', first), twice('b', second)]
      const quotes = [a, a, b, b].map((source, index) => makeQuote(source, `We will build new bus ${index < 2 ? first : second} this year.`, 'Ana Lowe', index % 2 === 1 ? { after: 'Later' } : {}))
      const group = makeGroup(quotes, [{ type: 'wording', level: 'wording', detail: `"${first}" / "${second}"`, sources: ['b'] }])
      return checkQuotes(makeAnalysis([a, b], quotes, [group])).map((file) => [file.path, file.messages.filter((message) => message.ruleId === 'quote-wording-conflict').length])
    }
    expect(told('shelters', 'stops')).toEqual([['a.txt', 2], ['b.txt', 2]])
    expect(told('stops', 'shelters')).toEqual([['a.txt', 2], ['b.txt', 2]])
  })

  it('takes two overlapping stretches of one remark, and a wording its source also prints, for no misquote', () => {
    const a = makeSource('a', 'Tlaib wrote: "I will always speak truth to power" and Lowe said "act of hate" and "act of terror"')
    const b = makeSource('b', 'Tlaib: "will always speak truth to power. #unapologeticallyMe." Lowe: "act of hate" and "act of terror."')
    const quotes = [
      makeQuote(a, 'I will always speak truth to power', 'Rashida Tlaib'),
      makeQuote(b, 'will always speak truth to power. #unapologeticallyMe.', 'Rashida Tlaib'),
    ]
    const overlap = makeGroup(quotes, [{ type: 'wording', level: 'wording', detail: '+"#unapologeticallyMe"', sources: ['b'] }])
    expect(checkQuotes(makeAnalysis([a, b], quotes, [overlap])).flatMap((file) => file.messages)).toEqual([])
    // a prints both `act of hate` and `act of terror`, and so does b: a's `act of terror` is another quote, not `act of
    // hate` misquoted.
    const phrases = [makeQuote(a, 'act of hate', 'Ana Lowe'), makeQuote(a, 'act of terror', 'Ana Lowe'), makeQuote(b, 'act of hate', 'Ana Lowe'), makeQuote(b, 'act of terror.', 'Ana Lowe')]
    const chained = makeGroup(phrases, [{ type: 'wording', level: 'wording', detail: '"hate" / "terror"', sources: ['a', 'b'] }], 2)
    expect(checkQuotes(makeAnalysis([a, b], phrases, [chained])).flatMap((file) => file.messages.map((message) => message.ruleId))).toEqual([])
    // A fragment the reference (`act of terror,`) does not hold is held against the fuller quote that does: trimmed, not reworded.
    const e = makeSource('e', 'Lowe called it an "act of hate."')
    const f = makeSource('f', 'Lowe called it an "act of terror and an act of hate."')
    const g = makeSource('g', 'Lowe said it was an "act of terror," and Rios said it was an "act of terror."')
    const parts = [makeQuote(g, 'act of terror,', 'Ana Lowe'), makeQuote(e, 'act of hate.', 'Ana Lowe'), makeQuote(f, 'act of terror and an act of hate.', 'Ana Lowe')]
    const fragments = makeGroup(parts, [{ type: 'wording', level: 'wording', detail: '"terror" / "hate"', sources: ['e'] }], 0)
    expect(checkQuotes(makeAnalysis([e, f, g], parts, [fragments])).flatMap((file) => file.messages.map((message) => `${message.ruleId} ${message.expected}`))).toEqual([
      'quote-trimmed act of terror and an act of hate.',
    ])
    // A rewording no other source prints is told, though its source printed the words right too.
    const c = makeSource('c', 'Lee: "We will not raise taxes this year." Later: "We will raise taxes this year."')
    const d = makeSource('d', 'Lee: "We will not raise taxes this year."')
    const taxes = [makeQuote(c, 'We will not raise taxes this year.', 'Ann Lee'), makeQuote(c, 'We will raise taxes this year.', 'Ann Lee'), makeQuote(d, 'We will not raise taxes this year.', 'Ann Lee')]
    const negated = makeGroup(taxes, [{ type: 'negation', level: 'conflict', detail: 'not / affirmative', sources: ['c'] }], 2)
    expect(checkQuotes(makeAnalysis([c, d], taxes, [negated])).flatMap((file) => file.messages.map((message) => `${message.ruleId} ${message.actual}`))).toEqual([
      'quote-wording-conflict will raise',
    ])
  })

  it('leaves quotes of other named people out of the check against a primary source that does not hold them', () => {
    // A post under its author's name: the articles quote the post, and others about it.
    const post = primaryFromDocument({ file: 'post.txt', body: 'Elizabeth Lauten: Try showing a little class. Rise to the occasion.' })
    expect(post.speakers).toEqual(['Elizabeth Lauten'])
    const f = makeSource('f', 'Lauten wrote: "Try showing a little class." Earnest said: "We do not comment on that." An aide said: "She is sorry." The congressman said: "Rise to the occasion." Lauten added: "I was never asked."')
    const quotes = [
      makeQuote(f, 'Try showing a little class.', 'Lauten'),
      makeQuote(f, 'We do not comment on that.', 'Josh Earnest'),
      makeQuote(f, 'She is sorry.', 'an aide'),
      makeQuote(f, 'Rise to the occasion.', 'the congressman'),
      makeQuote(f, 'I was never asked.', 'Lauten'),
    ]
    const messages = (primary: typeof post) => checkQuotes(makeAnalysis([f], quotes), { primary })[0].messages.map((message) => `${message.ruleId} ${message.actual}`)
    // Earnest's words are his own; the aide's could be anyone's, and are told, as are words given to the post's
    // author that it does not hold. A description is never held against the post's name.
    expect(messages(post)).toEqual(['quote-not-in-primary She is sorry.', 'quote-not-in-primary I was never asked.'])
    // Without labels, whose words the primary holds is read from the quotes found in it.
    const unsigned = primaryFromDocument({ file: 'post.txt', body: 'Try showing a little class. Rise to the occasion.' })
    expect(unsigned.speakers).toEqual([])
    expect(messages(unsigned)).toEqual(['quote-not-in-primary She is sorry.', 'quote-not-in-primary I was never asked.'])
    // A term in scare quotes, said by no one, is no one's words to find.
    const scare = makeSource('g', 'The post was called "classless" by many.')
    const term = makeQuote(scare, 'classless', null, { verb: null })
    expect(checkQuotes(makeAnalysis([scare], [term]), { primary: post })[0].messages).toEqual([])
    // A salutation or a note opening the text names no author.
    for (const opening of ['Dear Speaker Pelosi', "Editor's Note"]) expect(primaryFromDocument({ file: 'letter.txt', body: `${opening}: Try showing a little class.` }).speakers).toEqual([])
  })

  it('reads whose words an unlabelled primary holds from named speakers only', () => {
    const statement = primaryFromDocument({ file: 'statement.txt', body: 'We will rebuild every home. No family will be left behind.' })
    const f = makeSource('f', 'The president said: "We will rebuild every home." Obama said: "The economy is stronger than ever."')
    const quotes = [makeQuote(f, 'We will rebuild every home.', 'the president'), makeQuote(f, 'The economy is stronger than ever.', 'Obama')]
    // Found words given to a description say nothing of whose words the primary holds: the invented quote is still checked.
    expect(checkQuotes(makeAnalysis([f], quotes), { primary: statement })[0].messages.map((message) => message.ruleId)).toEqual(['quote-not-in-primary'])
  })

  it('holds a contraction and a long cut behind an ellipsis to the primary as such, not as rewordings', () => {
    const transcript = primaryFromDocument({
      file: 'transcript.txt',
      body: 'MAYOR ANA LOWE: Good evening. We will build a hundred new bus shelters and we will not raise fares this year. Thank you.\n\nTOM REYES: Thanks.',
    })
    const f = makeSource('f', 'Lowe said: "We’ll build a hundred new bus shelters and we won’t raise fares this year." She added: "We will build a hundred new bus shelters ... this year."')
    const quotes = [
      makeQuote(f, 'We’ll build a hundred new bus shelters and we won’t raise fares this year.', 'Ana Lowe'),
      makeQuote(f, 'We will build a hundred new bus shelters ... this year.', 'Ana Lowe'),
    ]
    const [file] = checkQuotes(makeAnalysis([f], quotes), { primary: transcript })
    // (The passage of `We’ll build` starts at `We will`; the words behind the ellipsis run past the quote's own length.)
    expect(file.messages.map((message) => `${message.ruleId}: ${message.reason}`)).toEqual([
      'quote-contraction: Unexpected `We’ll`, `won’t`, expected `We will`, `will not` as in the primary source transcript.txt',
      'quote-trimmed: Unexpected cut in quote `We will build a hundred new bus shelters ... this year.`, which leaves out words behind an ellipsis; expected `We will build a hundred new bus shelters and we will not raise fares this year` as in the primary source transcript.txt',
    ])
  })

  it('checks every quote against a primary source', () => {
    const transcript = primaryFromDocument({
      file: 'transcript.txt',
      body: [
        'HOST: Welcome back. Tell us about the night.',
        "LADY GAGA: Did I nail it? That is what I asked. I'm so proud of you, Bradley, and of everyone who worked on this film.",
        'BRADLEY COOPER: We rehearsed for weeks and it paid off.',
      ].join('\n\n'),
    })
    const f = makeSource('f', 'Gaga asked: "Did I nail it?" Cooper said: "We rehearsed for months." Gaga: "I’m so proud of you, Bradley, and . . . everyone who worked on this film." She also said: "I never wanted to be famous."')
    const quotes = [
      makeQuote(f, 'Did I nail it?', 'Bradley Cooper'),
      makeQuote(f, 'We rehearsed for months.', 'Bradley Cooper'),
      makeQuote(f, 'I’m so proud of you, Bradley, and . . . everyone who worked on this film.', 'Lady Gaga'),
      makeQuote(f, 'I never wanted to be famous.', 'Lady Gaga'),
    ]
    const [file] = checkQuotes(makeAnalysis([f], quotes), { primary: transcript })
    expect(file.messages.map(String)).toEqual([
      'f.txt:1:14-1:28: Unexpected speaker `Bradley Cooper` for `Did I nail it?`, expected `LADY GAGA` as in the primary source transcript.txt',
      'f.txt:1:44-1:68: Unexpected `months` in quote `We rehearsed for months.`, expected `weeks` as in the primary source transcript.txt',
      'f.txt:1:77-1:150: Unexpected cut in quote `I’m so proud of you, Bradley, and . . . everyone who worked on this film.`, which leaves out words behind an ellipsis; expected `I\'m so proud of you, Bradley, and of everyone who worked on this film` as in the primary source transcript.txt',
      "f.txt:1:77-1:150: Unexpected `I’m`, expected `I'm` as in the primary source transcript.txt",
      'f.txt:1:168-1:196: Unexpected quote `I never wanted to be famous.`, not found in the primary source transcript.txt',
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'quote-speaker-differs-from-primary',
      'quote-wording-conflict',
      'quote-trimmed',
      'quote-typography',
      'quote-not-in-primary',
    ])
  })
})
