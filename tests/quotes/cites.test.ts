import { describe, expect, it } from 'vitest'
import { canonicalOutlet, findCitations, fullOutletNames, isOwnOutlet, isSameOutlet, shortOutletForm } from '../../src/quotes/cites.js'
import { words } from '../../src/quotes/words.js'
import { extract } from './extract.js'
import { citedInClaim } from '../../src/quotes/index.js'

const outlets = (text: string) => findCitations(text, words(text, 0, text.length), () => true).map((citation) => citation.outlet)

describe('findCitations', () => {
  it.each([
    ['The couple left early, PEOPLE reports.', 'People'],
    ['According to People, the couple left early.', 'People'],
    ['The singer told E! News she was thrilled.', 'E! News'],
    ['An eyewitness who spoke to People said they left early.', 'People'],
    ['A source tells Us Weekly the pair are "inseparable."', 'Us Weekly'],
    ['The couple left early, according to the Daily Tribune.', 'Daily Tribune'],
    ['The move was first reported by MSNBC.', 'MSNBC'],
    ['The storm destroyed 40 homes, according to a new report from the Associated Press.', 'Associated Press'],
    ['According to an analysis by Reuters, turnout fell.', 'Reuters'],
    ['Officials expect more rain, the AP projected on Tuesday.', 'Associated Press'],
    ['The race is too close to call, NBC News projects.', 'NBC News'],
    ['According to an analysis from Standard & Poor’s, the economy lost $3 billion.', 'Standard & Poor’s'],
    ['Turnout fell, Reuters said, citing election officials.', 'Reuters'],
    ['The storm killed four people, according to The Associated Press.', 'Associated Press'],
    ['The post was shared widely (via Gawker).', 'Gawker'],
    ['The New York Times wrote that the deal was dead.', 'The New York Times'],
    ['CNN said the probe began on Friday.', 'CNN'],
    ['Bloomberg News said the deal was done.', 'Bloomberg News'],
    ['The talks stalled, the minister said, citing Politico.', 'Politico'],
    ['Costs rose, the mayor said, citing a report in the Chicago Tribune.', 'Chicago Tribune'],
    ['"He is not welcome," Fox said in an interview on CNN.', 'CNN'],
    ['Feinstein said on NBC’s “Meet the Press” that the panel met.', 'NBC News'],
    ['He said on Fox News Sunday that the deal was dead.', 'Fox News'],
    ['Pelosi said at an MSNBC town hall on Friday.', 'MSNBC'],
    ['“It is destructive,” Rice said Tuesday on PBS’s “Charlie Rose” show.', 'PBS'],
    ['The jets were launched from Pearl Harbor, according to Honolulu’s Star Advertiser.', 'Honolulu’s Star Advertiser'],
    ['The jets were launched from Pearl Harbor, according to the Honolulu Star-Advertiser.', 'Honolulu Star-Advertiser'],
    ['Costs rose, according to the Orlando Sentinel.', 'Orlando Sentinel'],
  ])('finds the report relayed in %j', (text, outlet) => {
    expect(outlets(text)).toEqual([outlet])
  })

  it('finds both outlets joined by and, and a paper by its short name after a lower-case the', () => {
    expect(outlets('The pair will split, according to CNN and Politico.')).toEqual(['CNN', 'Politico'])
    expect(outlets('The plan was first reported by The New York Times and The Washington Post.')).toEqual(['The New York Times', 'The Washington Post'])
    expect(outlets('CNN and NBC reported the package on Friday.')).toEqual(['CNN', 'NBC News'])
    expect(outlets('But, the Times reported, the record shows otherwise.')).toEqual(['The Times'])
    expect(outlets('The senator told the Post he had misspoken.')).toEqual(['The Post'])
    // A network and its news division are one report's source.
    expect(outlets('Fauci said on ABC’s “This Week” that cases would rise.')).toEqual(['ABC News'])
    // Not a name joined to an outlet, nor a short name that opens a sentence.
    expect(outlets('Smith and CNN anchors said the race was close.')).toEqual([])
    expect(outlets('Times reported earlier were wrong.')).toEqual([])
    // A short name inside a longer one is none.
    expect(outlets('Vaccinated people were less likely to die, according to the Journal of the American Medical Association.')).toEqual([])
    expect(outlets('The vote was certified by the Independent Election Commission on Friday.')).toEqual([])
    // Nor a name that ends in no paper's word (`Press` would take the secretary for an outlet), nor one that a word
    // only papers end in does not end, nor a hyphened word whose first part is such a word.
    expect(outlets('The order is lawful according to the Constitution, the governor said.')).toEqual([])
    expect(outlets('Spending on ads fell, according to Advertiser Perceptions.')).toEqual([])
    expect(outlets('He was treated, according to the Post-Traumatic Stress Center.')).toEqual([])
    expect(outlets('The plan failed, according to Public Advocate Jumaane Williams.')).toEqual([])
    expect(outlets('Costs rose, according to the Sentinel program office.')).toEqual([])
    expect(outlets('He told the White House Press Secretary on Friday that the talks had failed.')).toEqual([])
    // A report the article corrects is none it relays.
    expect(outlets('ABC News reported incorrectly that the aide had edited the talking points.')).toEqual([])
  })

  it('gives a short paper name the one full name the articles use that ends alike', () => {
    expect(Object.fromEntries(fullOutletNames(['The New York Times', 'The Times', 'Times', 'Post', 'The Washington Post', 'CNN']))).toEqual({
      'The Times': 'The New York Times',
      Times: 'The New York Times',
      Post: 'The Washington Post',
    })
    // Two papers end alike: the short name stays, in one form however printed.
    expect(fullOutletNames(['The New York Times', 'Los Angeles Times', 'The Times']).size).toBe(0)
    expect([shortOutletForm('Post'), shortOutletForm('the Post'), shortOutletForm('The Washington Post')]).toEqual(['The Post', 'The Post', undefined])
  })

  it('takes one outlet by a name that only adds its medium for the same, never a paper by its short name', () => {
    expect([isSameOutlet('BBC News', 'BBC'), isSameOutlet('NBC', 'NBC News'), isSameOutlet('The Times', 'The Washington Times'), isSameOutlet('CNN', null)]).toEqual([true, true, false, false])
    expect([isSameOutlet('PBS', 'PBS NewsHour'), isSameOutlet('PBS NewsHour', 'PBS'), isSameOutlet('PBS', 'NBC News')]).toEqual([true, true, false])
    expect([isSameOutlet('PBS News Hour', 'PBS NewsHour'), isSameOutlet('PBS News', 'PBS NewsHour'), isSameOutlet('PBS News', 'PBS')]).toEqual([true, true, true])
  })

  it('gives a claim the one report its own words relay, not one inside quoted words, and none when they name two', () => {
    const source = { id: 'a', file: 'a.md', body: '', boilerplate: [], title: null, outlet: 'Daily Ledger', date: null, url: null, author: null }
    expect(citedInClaim('The bridge will close through March, according to NBC News', source)).toBe('NBC News')
    expect(citedInClaim('The plan was first reported by The New York Times and The Washington Post', source)).toBeNull()
    expect(citedInClaim('He said "the bridge will close, according to the Times" on Monday', source)).toBeNull()
    expect(citedInClaim('The bridge will close, the Daily Ledger reported', source)).toBeNull()
  })

  it('does not take people or common words for outlets', () => {
    expect(outlets('According to Ellen Park, the show went well.')).toEqual([])
    expect(outlets('According to people close to the band, it went well.')).toEqual([])
    expect(outlets('She told Ellen the news.')).toEqual([])
    // Outlets that are also names or words say nothing: `Bloomberg said` is mostly Michael Bloomberg.
    expect(outlets('Bloomberg said he would not run.')).toEqual([])
    expect(outlets('People said they were scared.')).toEqual([])
    expect(outlets('The senator said, citing concerns over the record, that he would vote no.')).toEqual([])
    // A known name in lower case is a person or a thing (`The economist said`); `citing` names known outlets only.
    expect(outlets('The economist said the rise would slow by summer.')).toEqual([])
    expect(outlets('Ticket sales fell, the mayor said, citing Live Nation data on cancelled shows.')).toEqual([])
    // On air and at events, only known outlets: places, days and platforms are none.
    for (const text of ['He said on Capitol Hill that it was over.', 'She said on Monday it was over.', 'She said on Twitter she was sorry.', 'He spoke at a rally in Ohio.', 'He said at a Sunday Times party that he would run.']) {
      expect(outlets(text)).toEqual([])
    }
  })
})

describe('cites of quotes and articles', () => {
  it('gives a quote the report cited in its sentence or paragraph', () => {
    const body =
      '"We are thrilled," Ellen Park said, PEOPLE reports. "It was a dream," she added.\n\n' +
      'A week later, Sam Ortiz said, "The tour goes on."'
    const result = extract(body)
    expect(result.quotes.map((quote) => [quote.text, quote.cites])).toEqual([
      ['We are thrilled,', 'People'],
      ['It was a dream,', 'People'],
      ['The tour goes on.', null],
    ])
    expect(result.cites).toEqual(['People'])
  })

  it('gives a quote no report credited after its sentence: that credit is for other words', () => {
    const cites = (body: string) => extract(body).quotes.map((quote) => quote.cites)
    // The quote ends its sentence on a full stop; the next sentence's report is about other figures.
    expect(cites('The former director said the drop "points to the importance of one-shot vaccines." Statistics show 8% skip the second dose, according to The New York Times.')).toEqual([null])
    expect(cites('The campaign called the story an "outrageous distortion" of his service. The A.G., according to the Times, said he had misspoken.')).toEqual([null])
    // A question mark need not end the sentence: the credit after it is the quote's.
    expect(cites('"Did I nail it?" Gaga asked as soon as they got off the stage, PEOPLE reports.')).toEqual(['People'])
  })

  it('takes a report the sentence names over the broadcast it was said on, and gives it to the quotes after it', () => {
    const result = extract('"I want to see it," said Trump in an interview on NBC’s "Today" show, according to TIME. "Why not?"\n\n"We will win," Fox said in an interview on CNN. Later, according to Politico, he left.')
    expect(result.quotes.filter((quote) => quote.text !== 'Today').map((quote) => [quote.text, quote.cites])).toEqual([
      ['I want to see it,', 'Time'],
      ['Why not?', 'Time'],
      ['We will win,', 'CNN'],
    ])
  })

  it('looks for a report past a broadcast only to its sentence\'s end, in its paragraph', () => {
    const result = extract('"It will be done by spring," Smith said on CNN\n\nThe Washington Post reported that the deal stalled.\n\n("We will win," he said on CNN.) The New York Times reported it.')
    expect(result.quotes.map((quote) => [quote.text, quote.cites])).toEqual([
      ['It will be done by spring,', 'CNN'],
      ['We will win,', 'CNN'],
    ])
  })

  it('lists the report a pointer to the whole text names, though the pointer was taken off as page furniture', () => {
    const result = extract('The aide wrote a long post about the girls.', [{ text: 'Read the full rant via Gawker:', reason: 'share or subscribe' }])
    expect(result.cites).toEqual(['Gawker'])
    // Other such lines are links to other stories: they relay nothing of this one.
    expect(extract('The aide wrote a long post.', [{ text: 'Watch: Lowe tells Fox News she will not back down', reason: 'share or subscribe' }]).cites).toEqual([])
  })

  it('takes no report cited in a later paragraph', () => {
    const result = extract('"We are thrilled," Ellen Park said.\n\nAccording to CNN, the tour ends in May.')
    expect(result.quotes.map((quote) => [quote.text, quote.cites])).toEqual([['We are thrilled,', null]])
    expect(result.cites).toEqual(['CNN'])
  })

  it('takes an outlet citing itself by a shorter or longer name for first-hand reporting', () => {
    const body = 'The storm destroyed 40 homes, the BBC reported. "We lost everything," Ann Lee told BBC News. CNN reported it first.'
    const result = extract(body, [], 'BBC News')
    expect(result.cites).toEqual(['CNN'])
    expect(result.quotes.map((quote) => quote.cites)).toEqual([null])
    expect(extract('The vote was close, the New York Times reported.', [], 'New York').cites).toEqual(['The New York Times'])
    // A paper's short name for itself.
    expect(extract('The vote was close, according to the Times.', [], 'The New York Times').cites).toEqual([])
    expect(extract('The vote was close, according to the Times.', [], 'Fox News').cites).toEqual(['Times'])
    // An outlet's other name (`The Huffington Post` in HuffPost).
    for (const outlet of ['HuffPost', 'Huffpost', 'HUFFPOST']) expect(extract('Pelosi disagreed in a Monday interview with The Huffington Post.', [], outlet).cites).toEqual([])
    expect(extract('"We will appeal," the mayor told The Associated Press.', [], 'AP News').cites).toEqual([])
    // `Today` names other outlets too: in USA Today, NBC's show is still relayed.
    expect(extract('"I am fine," she told Today on Monday.', [], 'USA Today').cites).toEqual(['Today'])
  })

  it('lists every distinct report an article relays, not the agencies its photo credits name', () => {
    const body = 'According to People, they left early. A source tells Us Weekly they were happy. PEOPLE reports they flew home.'
    const result = extract(body, [{ text: 'Jane Doe/Getty Images', reason: 'photo credit' }])
    expect(result.cites).toEqual(['People', 'Us Weekly'])
  })
})

describe('isOwnOutlet', () => {
  it('knows a paper by its usual abbreviation, as front matter may give it', () => {
    expect(['NYT', 'WSJ', 'WaPo'].map((outlet) => isOwnOutlet(canonicalOutlet(outlet), { outlet }))).toEqual([true, true, true])
    expect(isOwnOutlet('The New York Times', { outlet: 'NYT' })).toBe(true)
    expect(isOwnOutlet('The Washington Post', { outlet: 'NYT' })).toBe(false)
  })
})
