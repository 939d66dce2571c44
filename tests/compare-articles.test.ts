import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../src/article.js'
import { compareArticles } from '../src/compare-articles.js'
import { sourceFromText } from '../src/sources/read.js'
import type { SourceDocument } from '../src/types.js'

async function article(file: string, text: string) {
  const source = await sourceFromText(file, text)
  if ('reason' in source) throw new Error(source.reason)
  return analyzeArticle(source as SourceDocument)
}

describe('compareArticles', () => {
  it('gives speakers one name across sources and leaves the articles as analysed (the cache may pack them afterwards)', async () => {
    const articles = [
      await article('a.md', '"We will rebuild the bridge by June," Quinn said on Tuesday.\n'),
      await article('b.md', 'Nora Quinn spoke at the pier. "We will rebuild the bridge by June," she said.\n'),
    ]
    const before = structuredClone(articles)
    const { analysis } = compareArticles(articles)
    expect(analysis.quotes.map((quote) => quote.speaker)).toEqual(['Nora Quinn', 'Nora Quinn'])
    expect(articles).toEqual(before)
    expect(articles[0].quotes.quotes[0].speaker).toBe('Quinn')
  })

  it('takes a quote split by its attribution for the whole quote another source prints, both parts grouped', async () => {
    const articles = [
      await article('a.md', 'The judge was unmoved. "If the county tells you how to spend it, you have no budget," Judge Ana Lowe said.\n'),
      await article('b.md', 'The judge was unmoved. “If the county tells you how to spend it,” Judge Ana Lowe said, “you have no budget.”\n'),
    ]
    const { analysis } = compareArticles(articles)
    const [group] = analysis.groups.filter((found) => found.kind === 'quote')
    expect(group.members.map((member) => member.text)).toEqual(['If the county tells you how to spend it, you have no budget,', 'If the county tells you how to spend it,', 'you have no budget.'])
    expect(group.differences.map((difference) => difference.type)).toEqual([])
    expect(group.verdict).toBe('identical')
    // A part too short to match, before the part that matches, in the first source.
    const asked = [
      await article('a.md', '“Is it true,” Judge Ana Lowe asked, “that the county spent the whole budget on roads?”\n'),
      await article('b.md', 'Judge Ana Lowe asked: "Is it true that the county spent the whole budget on roads?"\n'),
    ]
    const [askedGroup] = compareArticles(asked).analysis.groups
    expect(askedGroup.members.map((member) => member.text)).toEqual(['Is it true,', 'that the county spent the whole budget on roads?', 'Is it true that the county spent the whole budget on roads?'])
    expect(askedGroup.differences).toEqual([])
    // The reference is a member as printed, never the joined parts; a third source's rewording is still told.
    const three = [
      await article('a.md', '"Tell me now," Judge Ana Lowe said, "you don\'t have any say at all in this matter of county spending law."\n'),
      await article('b.md', '"Tell me now, you don\'t have any say at all in this matter of county spending law," Judge Ana Lowe said.\n'),
      await article('c.md', '"Tell me now, you have no say at all in this matter of county spending law," Judge Ana Lowe said.\n'),
    ]
    const [threeGroup] = compareArticles(three).analysis.groups
    expect(threeGroup.members[threeGroup.reference].source).toBe('b')
    expect(threeGroup.differences.filter((difference) => difference.level === 'conflict').flatMap((difference) => difference.sources)).toContain('c')
    expect(threeGroup.differences.some((difference) => difference.sources.includes('a'))).toBe(false)
    // A part no other source prints is no part of the group.
    const alone = [
      await article('a.md', '"If the county tells you how to spend it, you have no budget," Judge Ana Lowe said.\n'),
      await article('b.md', '“If the county tells you how to spend it, you have no budget,” Judge Ana Lowe said, “and the vote is void.”\n'),
    ]
    expect(compareArticles(alone).analysis.groups[0].members.map((member) => member.quote)).toEqual(['q1', 'q2'])
  })

  it('gives a claim the report its own words relay, and one origin to a report relayed beside its own outlet\'s article', async () => {
    const claim = 'The city will close the Elm Street bridge for repairs through the end of March next year'
    const articles = [
      await article('a.md', `---\noutlet: Daily Ledger\n---\n\n${claim}, the Times reported on Monday.\n`),
      await article('b.md', `---\noutlet: Evening Star\n---\n\n${claim}, according to The Riverside Times.\n`),
      await article('c.md', `---\noutlet: The Riverside Times\n---\n\n${claim}.\n`),
    ]
    const { analysis } = compareArticles(articles)
    const [group] = analysis.groups
    // `the Times` is the one paper the articles name that ends in Times.
    expect(group.members.map((member) => member.cites)).toEqual(['The Riverside Times', 'The Riverside Times', null])
    expect(group.provenance.singleOrigin).toBe('The Riverside Times')
    expect(analysis.sources.map((source) => source.cites)).toEqual([['The Riverside Times'], ['The Riverside Times'], []])
    // Without the outlet's own article, two relays of it still make one origin; with an independent third, none.
    expect(compareArticles(articles.slice(0, 2)).analysis.groups[0].provenance.singleOrigin).toBe('The Riverside Times')
    const independent = await article('d.md', `---\noutlet: Morning Post\n---\n\n${claim}, officials said.\n`)
    expect(compareArticles([...articles.slice(0, 2), independent]).analysis.groups[0].provenance.singleOrigin).toBeNull()
  })

  it('reads a short paper name as the full name its own article used, and as no other paper ending alike', async () => {
    const claim = 'The city will close the Elm Street bridge for repairs through the end of March next year'
    const articles = [
      await article('a.md', `---\noutlet: Reuters\n---\n\nThe New York Times reported the plan first.\n\n${claim}, the Times reported.\n`),
      await article('b.md', `---\noutlet: The Washington Times\n---\n\n${claim}.\n`),
    ]
    const { analysis } = compareArticles(articles)
    expect(analysis.groups[0].members.map((member) => member.cites)).toEqual(['The New York Times', null])
    expect(analysis.groups[0].provenance.singleOrigin).toBeNull()
    expect(analysis.sources[0].cites).toEqual(['The New York Times'])
  })


  it('reads a short paper name as the paper its own article names outside any citation, but not as one ending like its own outlet', async () => {
    const claim = 'The former president danced without a mask at his birthday party on Saturday night'
    const relayed = await article('a.md', `---\noutlet: Fox News\n---\n\nOn Sunday, the New York Post publicized images of the party. The Post had them first.\n\nAccording to the Post, ${claim}.\n`)
    const other = await article('b.md', `---\noutlet: The Washington Post\n---\n\n${claim}.\n`)
    expect(compareArticles([relayed, other]).analysis.sources[0].cites).toEqual(['New York Post'])
    // Without the full name in its text, `the Post` is the one paper of that name among the inputs.
    const unnamed = await article('a.md', `---\noutlet: Fox News\n---\n\nAccording to the Post, ${claim}.\n`)
    expect(compareArticles([unnamed, other]).analysis.sources[0].cites).toEqual(['The Washington Post'])
    // Two papers of that name in its text, one of them unknown, give neither; its citations come first.
    const twoPosts = await article('a.md', `---\noutlet: Fox News\n---\n\nThe Jerusalem Post obtained the letter. He once wrote for the Washington Post.\n\nAccording to the Post, ${claim}.\n`)
    expect(compareArticles([twoPosts, await article('b.md', `---\noutlet: Reuters\n---\n\n${claim}.\n`)]).analysis.sources[0].cites).toEqual(['The Post'])
    const cited = await article('a.md', `---\noutlet: Fox News\n---\n\nThe New York Times reported it first. A former Los Angeles Times editor was hired.\n\nAccording to the Times, ${claim}.\n`)
    expect(compareArticles([cited, other]).analysis.sources[0].cites).toEqual(['The New York Times'])
    // `The Times reviewed …` in a paper called the Times is that paper, whatever other Times it names.
    const own = await article('a.md', `---\noutlet: The New York Times\n---\n\nThe Los Angeles Times covered the party too.\n\nAccording to the Times, ${claim}.\n`)
    expect(compareArticles([own, other]).analysis.sources[0].cites).toEqual([])
  })
  it('tells no difference of cited report against the report\'s own outlet, which cites nothing', async () => {
    const quote = '“We will not raise fares this year, whatever the board decides in March,”'
    const articles = [
      await article('a.md', `---\noutlet: Daily Ledger\n---\n\n${quote} Mayor Ana Lowe said Tuesday on CNN.\n`),
      await article('b.md', `---\noutlet: CNN\n---\n\n${quote} Mayor Ana Lowe told CNN.\n`),
      await article('c.md', `---\noutlet: Evening Star\n---\n\n${quote} Mayor Ana Lowe said at the pier.\n`),
    ]
    const cited = (found: Awaited<ReturnType<typeof article>>[]) =>
      compareArticles(found).analysis.groups[0].differences.filter((difference) => difference.detail.includes('report cited')).map((difference) => difference.sources)
    expect(cited(articles.slice(0, 2))).toEqual([])
    // An outlet of its own that cites nothing still differs.
    expect(cited(articles)).toEqual([[expect.stringMatching(/^c/)]])
  })

  it('reads a block quotation in a saved page as a quote of the one its introduction names', async () => {
    const html = (intro: string) =>
      `<html><body><article><p>${intro}</p><blockquote><p>We have built something together over many years of hard work, and the deal keeps every job.</p></blockquote><p>The company did not say what the deal was worth, and its shares rose by four percent in the afternoon.</p></article></body></html>`
    const [a, b] = [await article('a.html', html('The chief executive, Ana Lowe, wrote in a memo to the staff on Monday:')), await article('b.md', 'Ana Lowe told the staff: "We have built something together over many years of hard work, and the deal keeps every job."\n')]
    const { analysis } = compareArticles([a, b])
    expect(analysis.quotes.map((quote) => [quote.speaker, quote.text])).toEqual([
      ['Ana Lowe', 'We have built something together over many years of hard work, and the deal keeps every job.'],
      ['Ana Lowe', 'We have built something together over many years of hard work, and the deal keeps every job.'],
    ])
    expect(analysis.groups[0].kind).toBe('quote')
  })

  it('takes no other quote of the sentence for a circumstance of the quote', async () => {
    const articles = [
      await article('a.md', 'The talks ended. "No deal tonight, not with these terms," Ana Lowe said at the hall.\n'),
      await article('b.md', 'The talks ended. "No deal tonight, not with these terms," Ana Lowe said, "and the union will strike on Monday morning."\n'),
    ]
    const [group] = compareArticles(articles).analysis.groups
    expect(group.members.map((member) => member.source)).toEqual(['a', 'b'])
    expect(group.differences.filter((difference) => difference.type === 'context')).toEqual([])
  })

  it('lists a short quote only one source prints as unique, but not a short aside', async () => {
    const articles = [
      await article('a.md', 'The council met on Monday to vote on the bridge. “You want to pet him?” Mr. Obama asked. It rained all day.\n'),
      await article('b.md', 'The council met on Monday to vote on the bridge budget.\n'),
    ]
    const { analysis } = compareArticles(articles)
    const unique = analysis.unique.map((claim) => claim.text)
    expect(unique).toContain('You want to pet him')
    expect(unique).not.toContain('It rained all day')
  })

  it('lists the clauses of a sentence that only one source has as that sentence, not as fragments', async () => {
    const articles = [
      await article('a.md', 'The council voted for the new bridge on Monday night. The campaign of Ann Ruiz — a retired engineer and former harbor pilot who ran the port for a decade — may have helped the vote pass in the end. Tolls start in May; drivers will pay four dollars.\n'),
      await article('b.md', 'The council voted for the new bridge on Monday night.\n'),
    ]
    const { analysis } = compareArticles(articles)
    expect(analysis.unique.map((claim) => claim.text)).toEqual([
      'The campaign of Ann Ruiz — a retired engineer and former harbor pilot who ran the port for a decade — may have helped the vote pass in the end',
      'Tolls start in May; drivers will pay four dollars',
    ])
    // The clauses stay apart where a group holds the one between them.
    const split = [
      await article('a.md', 'Tolls for cars and trucks start in May; the council voted for the new bridge on Monday night; drivers will pay four dollars.\n'),
      await article('b.md', 'The council voted for the new bridge on Monday night.\n'),
    ]
    expect(compareArticles(split).analysis.unique.map((claim) => claim.text)).toEqual(['Tolls for cars and trucks start in May', 'drivers will pay four dollars'])
    // A clause that is mostly a quote stays alone: the report lists it once, as that quote.
    const quoted = [
      await article('a.md', 'The council voted for the new bridge on Monday night. The mayor spoke after the vote and said one thing: "We will open the bridge to traffic by June."\n'),
      await article('b.md', 'The council voted for the new bridge on Monday night.\n'),
    ]
    expect(compareArticles(quoted).analysis.unique.map((claim) => claim.text)).toEqual(['The mayor spoke after the vote and said one thing', 'We will open the bridge to traffic by June'])
  })

  it('tells each quote of a source its own circumstances, and no honorific makes one', async () => {
    const articles = [
      await article('a.md', '"We will rebuild the bridge by June," Nora Quinn said at the council meeting.\n'),
      await article('b.md', 'The mayor spoke to the council on Monday. "We will rebuild the bridge by June," Ms. Quinn said.\n\nNora Quinn visited the pier later. "We will rebuild the bridge by June," she told fishermen at the harbor.\n'),
    ]
    const { analysis } = compareArticles(articles)
    const [group] = analysis.groups
    const contexts = group.differences.filter((difference) => difference.type === 'context')
    const toldQuote = analysis.quotes.find((quote) => quote.source === 'b' && quote.verb === 'told')!
    // `Ms. Quinn said` tells less than `said at the council meeting`, not otherwise; `told fishermen at the harbor`
    // does, and it is the second quote's.
    expect(contexts.map((difference) => [difference.detail, difference.quotes])).toEqual([
      ['said / told', [toldQuote.id]],
      ['"… Nora Quinn said at the council meeting." / "… she told fishermen at the harbor."', [toldQuote.id]],
    ])
  })
})
