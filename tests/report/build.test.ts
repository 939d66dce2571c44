import type { Code, Delete, FootnoteDefinition, InlineCode, ListItem, Strong } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../../src/article.js'
import { compareArticles } from '../../src/compare-articles.js'
import { buildReport, renderReport } from '../../src/report/build.js'
import { sourceFromText } from '../../src/sources/read.js'
import { reportMarker } from '../../src/report/marker.js'
import type { Analysis, SourceDocument } from '../../src/types.js'
import { fixture, sourceIds } from './fixture.js'
import { firstTable, headings, nodesOfType, nodeTypes, parseReport, section, tableTexts } from './parse.js'

const labels = { a: '000_757a…', b: '001_6024…', c: '002_b743…' }
const markdown = renderReport(fixture, { name: 'fixture' })
const tree = parseReport(markdown)


describe('renderReport', () => {
  it('puts the sections in order under a title naming the event', () => {
    // First the line that keeps a report in a folder of articles from being read as one of them.
    expect(tree.children[0]).toMatchObject({ type: 'html', value: reportMarker })
    expect(tree.children[1]).toMatchObject({ type: 'heading', depth: 1 })
    expect(headings(tree, 1)).toEqual(['Lady Gaga, Bradley Cooper, Oscars, Shallow'])
    // The example pointer is the first group's, so a reader finds it again below.
    expect(nodesOfType<InlineCode>([tree.children[2]], 'inlineCode').map((node) => node.value)).toEqual([`${labels.a}:206-220`])
    expect(headings(tree, 2)).toEqual(['Sources', 'Summary', 'Coverage', 'Quotes', 'Quote check', 'Groups', 'Only in one source', 'Provenance'])
    // The shared material first: the single-source lists come after the groups.
    expect(headings(tree, 3).indexOf(`Only in ${labels.a}`)).toBeGreaterThan(headings(tree, 3).indexOf('g6: variant claim'))
  })

  it('reads back the sources table with the fixture values, pipes included', () => {
    expect(tableTexts(firstTable(section(tree, 'Sources')))).toEqual([
      ['label', 'id', 'outlet', 'title', 'date', 'URL', 'cites'],
      [labels.a, sourceIds.a, 'Glamour | Culture', "Lady Gaga and Bradley Cooper's Oscars moment", '2019-02-25', 'https://example.com/gaga-cooper', 'People'],
      [labels.b, sourceIds.b, 'Bustle', '—', '2019-02-26', '—', 'People, Us Weekly'],
      [labels.c, sourceIds.c, '—', 'This Is the Exact Moment Mark Ronson and Lady Gaga Knew "Shallow" Would Be a Hit', '—', '—', '—'],
    ])
    expect(markdown).toContain('Glamour \\| Culture')
  })

  it('counts groups by verdict and lists conflicts first, one line each', () => {
    const summary = section(tree, 'Summary')
    expect(toString(summary[0])).toBe(
      '6 groups of matching quotes and claims: 2 conflict, 2 variant, 1 equivalent, 1 identical. 4 claims only one source makes; 7 quotes in all; 3 quote groups hold 6 of them, each group from more than one source. The quote check finds 2 errors and 1 warning (Quote check).',
    )
    const lines = nodesOfType<ListItem>(summary, 'listItem').map((item) => toString(item))
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['g3', 'g5', 'g4', 'g6', 'g2', 'g1'])
    expect(lines[1]).toBe('g5 conflict claim: The gown cost $14,000, a stylist said. (number: $14,000 / $17,000)')
  })

  it('says so when no quote is shared, or there is none', () => {
    const summaryOf = (analysis: Analysis) => toString(section(parseReport(renderReport(analysis, { name: 'fixture' })), 'Summary')[0])
    const claimsOnly = { ...fixture, groups: fixture.groups.filter((group) => group.kind === 'claim') }
    expect(summaryOf(claimsOnly)).toMatch(/; 7 quotes in all, none given by more than one source\. The quote check finds no error or warning \(Quote check\)\.$/)
    expect(summaryOf({ ...claimsOnly, quotes: [] })).toMatch(/; no quotes\.$/)
  })

  it('draws the coverage matrix with one column a source and the single-source claims last', () => {
    expect(tableTexts(firstTable(section(tree, 'Coverage')))).toEqual([
      ['group', 'claim', 'verdict', labels.a, labels.b, labels.c],
      ['g1', '“Did I nail it?”', 'identical', '✓', '✓', ''],
      ['g2', '“I’m so fucking proud of you!”', 'equivalent', '✓', '✓', ''],
      // Two sources, two speakers: both sides of the split.
      ['g3', "“Let's just drop a little bit of joy,”", 'conflict', '≠', '', '≠'],
      ['g4', 'Gaga reportedly turned to Cooper and said', 'variant', '✓', '✓', ''],
      ['g5', 'The gown cost $14,000, a stylist said.', 'conflict', '≠', '≠', ''],
      ['g6', "Cooper held Gaga's hand as they made their way on stage.", 'variant', '✓', '✓', ''],
      ['only here', 'claims no other source makes', '', '1 (u1)', '1 (u2)', '2 (u3–u4)'],
    ])
    expect(markdown).toContain('[2 (u3–u4)](#only-in-002_b743)')
    expect(headings(tree, 3).filter((title) => title.startsWith('Only in'))).toEqual([`Only in ${labels.a}`, `Only in ${labels.b}`, `Only in ${labels.c}`])
    const items = nodesOfType<ListItem>(section(tree, `Only in ${labels.c}`), 'listItem').map((item) => toString(item))
    expect(items).toEqual([`u3 ${labels.c}:80-140 Ronson told the press they'd had plenty of Jameson that day.`, `u4 ${labels.c}:141-188 Setlist: Shallow | Always Remember Us This Way.`])
  })

  it('lists a passage that is mostly a quote in no group once, as that quote', () => {
    const body = fixture.sources[2].body
    const passage = '"It has the feeling of a hug," Ronson said.'
    const start = body.indexOf(passage)
    const unique = [...fixture.unique, { source: sourceIds.c, text: passage, start, end: start + passage.length }]
    const reread = parseReport(renderReport({ ...fixture, unique }, { name: 'fixture' }))
    const items = nodesOfType<ListItem>(section(reread, `Only in ${labels.c}`), 'listItem').map((item) => toString(item))
    expect(items.map((item) => item.split(' ')[0])).toEqual(['u3', 'u4'])
    expect(nodesOfType<ListItem>(section(reread, 'Quoted by one source only'), 'listItem').map((item) => toString(item))).toEqual([
      `q7 ${labels.c}:${start + 1}-${start + 29} Mark Ronson said: “It has the feeling of a hug,”`,
    ])
    expect(toString(section(reread, 'Coverage')[1])).toContain('a quote only one source prints is listed once, under Quoted by one source only.')
    // Once the quote is grouped, the passage is a claim of its own again.
    const grouped = { ...fixture, unique, groups: [...fixture.groups, { ...fixture.groups[0], id: 'g7', members: [{ ...fixture.groups[0].members[0], quote: 'q7' }] }] }
    const listed = nodesOfType<ListItem>(section(parseReport(renderReport(grouped, { name: 'fixture' })), `Only in ${labels.c}`), 'listItem')
    expect(listed.map((item) => toString(item).split(' ')[0])).toEqual(['u3', 'u4', 'u5'])
  })

  it('credits a quote only one source prints to a report it is according to in that order', () => {
    const quotes = fixture.quotes.map((quote) => (quote.id === 'q7' ? { ...quote, speaker: 'The Hollywood Reporter', verb: 'According to' } : quote))
    const reread = parseReport(renderReport({ ...fixture, quotes }, { name: 'fixture' }))
    expect(toString(section(reread, 'Quoted by one source only')[0])).toBe(`q7 ${labels.c}:272-300 according to The Hollywood Reporter: “It has the feeling of a hug,”`)
  })

  it('credits a quote only one source prints to its speaker alone when the verb is bare and the speaker one (`to declare`)', () => {
    const credit = (speaker: string | null, verb: string) => {
      const quotes = fixture.quotes.map((quote) => (quote.id === 'q7' ? { ...quote, speaker, verb } : quote))
      return toString(section(parseReport(renderReport({ ...fixture, quotes }, { name: 'fixture' })), 'Quoted by one source only')[0])
    }
    expect(credit('Mick Mulvaney', 'declare')).toBe(`q7 ${labels.c}:272-300 Mick Mulvaney: “It has the feeling of a hug,”`)
    expect(credit('Officials', 'say')).toBe(`q7 ${labels.c}:272-300 Officials say: “It has the feeling of a hug,”`)
    expect(credit('Ann Lee and Tom Vale', 'say')).toBe(`q7 ${labels.c}:272-300 Ann Lee and Tom Vale say: “It has the feeling of a hug,”`)
    expect(credit('Mick Mulvaney', 'read')).toBe(`q7 ${labels.c}:272-300 Mick Mulvaney read: “It has the feeling of a hug,”`)
    // A verb read at a sentence's start is in lower case after the speaker; without a speaker there is no verb to show.
    expect(credit('Mick Mulvaney', 'Says')).toBe(`q7 ${labels.c}:272-300 Mick Mulvaney says: “It has the feeling of a hug,”`)
    expect(credit(null, 'said')).toBe(`q7 ${labels.c}:272-300 no speaker: “It has the feeling of a hug,”`)
  })

  it('gives one quote row a quote group, with wordings, speakers and verdicts', () => {
    expect(tableTexts(firstTable(section(tree, 'Quotes')))).toEqual([
      ['group', 'quote', labels.a, labels.b, labels.c, 'verdict'],
      ['g1', '“Did I nail it?”', 'same words — Lady Gaga, via People (q1)', 'same words — Lady Gaga, via People (q4)', '', 'identical: context'],
      ['g2', '“I’m so fucking proud of you!”', 'same words — Lady Gaga (q2)', "“I'm so f*cking proud of you!” — Lady Gaga (q5)", '', 'equivalent: typography, censorship'],
      ['g3', "“Let's just drop a little bit of joy,”", 'same words — Bradley Cooper (q3)', '', 'same words — Lady Gaga (q6)', 'conflict: speaker'],
    ])
    const rows = firstTable(section(tree, 'Quotes')).children
    // The censored spelling stands out; the apostrophe does not.
    expect(nodesOfType<Strong>([rows[2].children[3]], 'strong').map((node) => toString(node))).toEqual(['f*cking'])
    // The other speaker stands out; the agreeing one does not.
    expect(nodesOfType<Strong>([rows[3].children[4]], 'strong').map((node) => toString(node))).toEqual(['Lady Gaga'])
    expect(nodesOfType<Strong>([rows[3].children[2]], 'strong')).toEqual([])
    expect(toString(section(tree, 'Quoted by one source only')[0])).toBe(`q7 ${labels.c}:272-300 Mark Ronson said: “It has the feeling of a hug,”`)
  })

  it('shows word changes struck through and in bold, or as a diff block when most words change', () => {
    const number = section(tree, 'g5: conflict claim')
    expect(nodesOfType<Delete>(number, 'delete').map((node) => toString(node))).toEqual(['$14,000'])
    expect(nodesOfType<Strong>(number, 'strong').map((node) => toString(node))).toContain('$17,000')
    const cosmetic = section(tree, 'g2: equivalent quote')
    expect(nodesOfType<Delete>(cosmetic, 'delete').map((node) => toString(node))).toEqual(['I’m', 'fucking'])
    expect(markdown).toContain("- **typography** (cosmetic) in 001_6024…: ~~I’m~~ **I'm**\n")
    expect(markdown).toContain('- **censorship** (cosmetic) in 001_6024…: ~~fucking~~ **f\\*cking**\n')
    expect(markdown).toContain('The gown cost ~~$14,000~~ **$17,000**, a stylist said.\n')
    // A rewrite shows both wordings as printed, and no detail that would say it twice.
    expect(markdown).toContain('- **wording** in 001_6024…\n')
    const reworded = nodesOfType<Code>(section(tree, 'g6: variant claim'), 'code')
    expect(reworded).toMatchObject([{ lang: 'diff', value: "- Cooper held Gaga's hand as they made their way on stage.\n+ They began by ascending the stage hand in hand." }])
    const runs = section(tree, 'g4: variant claim')
    expect(nodesOfType<Delete>(runs, 'delete').map((node) => toString(node))).toEqual(['Gaga reportedly'])
  })

  it('shows word changes once when several differences of a group carry the same ones', () => {
    const analysis: Analysis = structuredClone(fixture)
    const number = analysis.groups[4]
    number.differences.push({ ...number.differences[0], type: 'wording', level: 'wording', detail: 'reworded' })
    const reread = parseReport(renderReport(analysis, { name: 'x' }))
    expect(nodesOfType<Delete>(section(reread, 'g5: conflict claim'), 'delete').map((node) => toString(node))).toEqual(['$14,000'])
  })

  it('sets in bold only the member that credits another speaker, even within one source', () => {
    const analysis: Analysis = structuredClone(fixture)
    const joy = analysis.groups[2]
    joy.members.push({ ...joy.members[0], quote: 'q3', speaker: 'Bradley Cooper' })
    joy.members[2].source = joy.members[1].source
    const row = firstTable(section(parseReport(renderReport(analysis, { name: 'x' })), 'Quotes')).children[3]
    expect(toString(row.children[4])).toBe('same words — Lady Gaga (q6); same words — Bradley Cooper (q3)')
    expect(nodesOfType<Strong>([row.children[4]], 'strong').map((node) => toString(node))).toEqual(['Lady Gaga'])
  })

  it('sets in bold no speaker that differs from the reference\'s only in letter case', () => {
    const analysis: Analysis = structuredClone(fixture)
    const joy = analysis.groups[2]
    const referenceSpeaker = joy.members[joy.reference].speaker!
    for (const member of joy.members) if (member !== joy.members[joy.reference]) member.speaker = referenceSpeaker.toUpperCase()
    const row = firstTable(section(parseReport(renderReport(analysis, { name: 'x' })), 'Quotes')).children[3]
    expect(nodesOfType<Strong>(row.children.slice(2, -1), 'strong').map((node) => toString(node))).toEqual([])
  })

  it('lists what the quote check reports, errors first, each quote with its group and pointer', () => {
    const items = nodesOfType<ListItem>(section(tree, 'Quote check'), 'listItem').map((item) => toString(item))
    expect(items.map((item) => item.split(' ').slice(0, 6).join(' '))).toEqual([
      `error q3 in g3 ${labels.a}:399-435 quote-speaker-conflict:`,
      `error q6 in g3 ${labels.c}:191-227 quote-speaker-conflict:`,
      `warning q4 in g1 ${labels.b}:179-193 quote-context-differs:`,
    ])
    expect(items[0]).toContain('Unexpected speaker Bradley Cooper for Let\'s just drop a little bit of joy,, expected Lady Gaga')
  })

  it('says why members were grouped, and when they share one origin', () => {
    const nailed = section(tree, 'g1: identical quote').map((node) => toString(node))
    expect(nailed[0]).toBe('Grouped because: same quoted words after normalization (4 of 4); score 1.00.')
    expect(toString(section(tree, 'g3: conflict quote')[0])).toBe('Grouped because: same quoted words after normalization (7 of 7); score 0.97.')
    expect(nailed[1]).toBe('Single origin: every member relays People, so this is one report repeated, not independent confirmation.')
    expect(section(tree, 'g2: equivalent quote').map((node) => toString(node))).not.toContainEqual(expect.stringContaining('Single origin'))
    const scored: Analysis = structuredClone(fixture)
    scored.groups[0].why = 'same quoted words (4 shared words, score 1.00)'
    expect(toString(section(parseReport(renderReport(scored, { name: 'x' })), 'g1: identical quote')[0])).toBe('Grouped because: same quoted words (4 shared words, score 1.00).')
  })

  it('names a remark another source splits in two the most common wording, and every part of a split reference the reference', async () => {
    const analysed = async (files: Array<[string, string]>) => {
      const articles = []
      for (const [file, text] of files) {
        const source = await sourceFromText(file, text)
        if ('reason' in source) throw new Error(source.reason)
        articles.push(analyzeArticle(source as SourceDocument))
      }
      const { analysis } = compareArticles(articles)
      const [group] = analysis.groups
      return nodesOfType<ListItem>(section(parseReport(renderReport(analysis, { name: 'x' })), `g1: ${group.verdict} quote`), 'listItem').map((item) => toString(item))
    }
    const whole = ['a.md', 'The judge was unmoved. "If the county tells you how to spend it, you have no budget," Judge Ana Lowe said.\n'] as [string, string]
    const split = ['b.md', 'The judge was unmoved. “If the county tells you how to spend it,” Judge Ana Lowe said, “you have no budget.”\n'] as [string, string]
    expect(await analysed([whole, split])).toEqual([
      'a:24-84 (q1, Ana Lowe, most common wording): “If the county tells you how to spend it, you have no budget,”',
      'b:24-64 (q2, Ana Lowe): “If the county tells you how to spend it,”',
      'b:88-107 (q3, Ana Lowe): “you have no budget.”',
    ])
    const alsoSplit = ['c.md', split[1].replace('The judge', 'Our judge')] as [string, string]
    // Two sources that split the remark alike outvote the one that words it otherwise: their wording is the reference.
    expect(await analysed([[whole[0], whole[1].replace('no budget', 'no real budget')], split, alsoSplit])).toEqual([
      'a:24-89 (q1, Ana Lowe): “If the county tells you how to spend it, you have no real budget,”',
      'b:24-64 (q2, Ana Lowe, most common wording): “If the county tells you how to spend it,”',
      'b:88-107 (q3, Ana Lowe, most common wording): “you have no budget.”',
      'c:24-64 (q4, Ana Lowe): “If the county tells you how to spend it,”',
      'c:88-107 (q5, Ana Lowe): “you have no budget.”',
      'wording in a: +"real"If the county tells you how to spend it, you have no real budget',
    ])
    // One source that prints its split remark twice is one source: no majority.
    const twice = ['b.md', `${split[1]}\nLater she said it again. “If the county tells you how to spend it,” Judge Ana Lowe said, “you have no budget.”\n`] as [string, string]
    const [reference] = (await analysed([[whole[0], whole[1].replace('no budget', 'no real budget')], twice])).filter((line) => line.includes('wording)'))
    expect(reference).toMatch(/^a:24-89 \(q1, Ana Lowe, reference wording\)/)
  })

  it('lists relayed reports and shared passages', () => {
    expect(tableTexts(firstTable(section(tree, 'Outside reports relayed')))).toEqual([
      ['report', 'relayed by', 'its own article here', 'groups that only this report backs'],
      ['People', `${labels.a}, ${labels.b}`, '—', 'g1'],
      ['Us Weekly', labels.b, '—', '—'],
    ])
    // An outlet's own article among the sources is named beside those relaying it, and in a group it backs alone.
    const withPeople: Analysis = structuredClone(fixture)
    const own = withPeople.sources[2]
    own.outlet = 'People'
    withPeople.groups[0].members.push({ ...withPeople.groups[0].members[0], source: own.id, cites: null })
    const reread = parseReport(renderReport(withPeople, { name: 'x' }))
    expect(tableTexts(firstTable(section(reread, 'Outside reports relayed')))[1]).toEqual(['People', `${labels.a}, ${labels.b}`, labels.c, 'g1'])
    expect(toString(section(reread, 'g1: identical quote')[1])).toBe(
      `Single origin: ${labels.c} is its own article and every other member relays People, so this is one report repeated, not independent confirmation.`,
    )
    expect(tableTexts(firstTable(section(tree, 'Passages shared near-verbatim')))).toEqual([
      ['group', 'sources', 'similarity', 'passage'],
      ['g4', `${labels.a} ↔ ${labels.b}`, '86%', `${labels.a}:284-325 ↔ ${labels.b}:225-259 Gaga reportedly turned to Cooper and said`],
    ])
  })

  it('points every item back to a passage whose text follows the pointer', () => {
    const bodies = new Map(fixture.sources.map((source, index) => [Object.values(labels)[index], source.body]))
    let checked = 0
    for (const item of nodesOfType<ListItem>([tree], 'listItem')) {
      const pointer = nodesOfType<InlineCode>([item], 'inlineCode')[0]
      const match = pointer === undefined ? null : /^(.+):(\d+)-(\d+)$/.exec(pointer.value)
      if (match === null) continue
      const passage = bodies.get(match[1])?.slice(Number(match[2]), Number(match[3]))
      expect(passage, pointer.value).toBeTruthy()
      expect(toString(item)).toContain(passage)
      checked++
    }
    const checkItems = nodesOfType<ListItem>(section(tree, 'Quote check'), 'listItem').length
    expect(checked).toBe(fixture.groups.flatMap((group) => group.members).length + fixture.unique.length + 1 + checkItems)
  })

  it('links group ids to their headings and explains every verdict in a footnote', () => {
    expect(markdown).toContain('[g3](#g3-conflict-quote)')
    const definitions = tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')
    expect(definitions.map((node) => node.identifier)).toEqual(['conflict', 'variant', 'equivalent', 'identical'])
  })

  it('keeps multi-line text on one line in tables and lists', () => {
    const analysis: Analysis = structuredClone(fixture)
    analysis.sources[1].title = 'Two\nlines | and a pipe'
    analysis.unique[0].text = 'A claim\n\nover paragraphs'
    const reread = parseReport(renderReport(analysis, { name: 'x' }))
    expect(tableTexts(firstTable(section(reread, 'Sources')))[2][3]).toBe('Two lines | and a pipe')
    expect(toString(section(reread, `Only in ${labels.c}`)[0])).toContain('A claim over paragraphs')
  })

  it('still reads when no quote or claim is shared, titled by the report name when no name is shared', () => {
    const analysis: Analysis = { ...structuredClone(fixture), groups: [] }
    for (const source of analysis.sources) source.body = 'nothing in common here.'
    const reread = parseReport(renderReport(analysis, { name: 'my-event' }))
    expect(headings(reread, 1)).toEqual(['my-event'])
    expect(headings(reread, 2)).toEqual(['Sources', 'Summary', 'Coverage', 'Quotes', 'Quote check', 'Groups', 'Only in one source', 'Provenance'])
    expect(toString(section(reread, 'Quotes')[0])).toBe('No quote appears in more than one source.')
    expect(toString(section(reread, 'Quote check')[0])).toBe('crosscheck quotes finds no error or warning in these quotes.')
    const nothingAlone = parseReport(renderReport({ ...analysis, unique: [] }, { name: 'my-event' }))
    expect(headings(nothingAlone, 2)).toEqual(['Sources', 'Summary', 'Coverage', 'Quotes', 'Quote check', 'Groups', 'Provenance'])
    // No quotes, no check.
    expect(headings(parseReport(renderReport({ ...analysis, quotes: [] }, { name: 'my-event' })), 2)).not.toContain('Quote check')
    expect(tableTexts(firstTable(section(reread, 'Coverage')))).toHaveLength(2)
  })

  it('says what a one-source report is, instead of "How 1 source report"', () => {
    const analysis: Analysis = { ...structuredClone(fixture), groups: [], sources: [structuredClone(fixture.sources[0])] }
    const intro = toString(parseReport(renderReport(analysis, { name: 'one' })).children[2])
    expect(intro).toMatch(/^What one source published \d{4}-\d{2}-\d{2} reports: its quotes and claims\. With one source there is nothing to compare/)
    const several = toString(parseReport(renderReport(fixture, { name: 'three' })).children[2])
    expect(several).toMatch(/^How 3 sources published .* report the same event/)
  })

  it('builds a tree of mdast nodes only', () => {
    const root = buildReport(fixture, { name: 'fixture' })
    expect(root.type).toBe('root')
    expect([...nodeTypes(root)].sort()).toEqual(
      ['code', 'delete', 'footnoteDefinition', 'footnoteReference', 'heading', 'html', 'inlineCode', 'link', 'list', 'listItem', 'paragraph', 'root', 'strong', 'table', 'tableCell', 'tableRow', 'text'].sort(),
    )
    // The one raw node is the marker, not content.
    expect(nodesOfType(root.children, 'html')).toEqual([{ type: 'html', value: reportMarker }])
  })
})
