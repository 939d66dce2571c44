import { describe, expect, it } from 'vitest'
import { buildGroup, type MemberInput } from '../../src/compare/group.js'
import { figureRelation, figuresByCount, mergeDifferences } from '../../src/compare/word-differences.js'
import { tokensOf } from '../helpers/tokens.js'

function member(source: string, text: string, extra: Partial<MemberInput> = {}): MemberInput {
  return { source, text, start: 0, end: text.length, tokens: tokensOf(text), ...extra }
}

function quoteGroup(...members: MemberInput[]) {
  return buildGroup('g1', 'quote', members, 'test', 1)
}

/** A claim group of two sources' wordings, `a` and `b`. */
function claimPair(one: string, other: string) {
  return buildGroup('g2', 'claim', [member('a', one), member('b', other)], 'test', 1)
}

/** The number differences of a claim group of `one` and `other`, and the level of the first. */
function numbersOf(one: string, other: string) {
  return claimPair(one, other).differences.filter((difference) => difference.type === 'number')
}
const numberLevel = (one: string, other: string) => numbersOf(one, other)[0]?.level

const types = (group: ReturnType<typeof quoteGroup>) => group.differences.map((difference) => difference.type).sort()

describe('buildGroup', () => {
  it('calls the same words identical', () => {
    const group = quoteGroup(member('a', 'Did I nail it?'), member('b', 'Did I nail it?'))
    expect(group.verdict).toBe('identical')
    expect(group.differences).toEqual([])
  })

  it('calls censored spelling and curly apostrophes equivalent, naming each difference', () => {
    const group = quoteGroup(member('a', 'I’m so fucking proud of you!'), member('b', "I'm so f*cking proud of you!"))
    expect(group.verdict).toBe('equivalent')
    expect(group.differences).toEqual([
      { type: 'typography', level: 'cosmetic', detail: "I’m / I'm", sources: ['b'] },
      { type: 'censorship', level: 'cosmetic', detail: 'fucking / f*cking', sources: ['b'] },
    ])
  })

  it('calls 100 and a hundred a cosmetic number difference', () => {
    const group = quoteGroup(member('a', 'There can be 100 people in a room'), member('b', 'There can be a hundred people in a room'))
    expect(group.verdict).toBe('equivalent')
    expect(group.differences).toMatchObject([{ type: 'number', level: 'cosmetic', detail: '100 / a hundred' }])
  })

  it('calls a rewording a variant with the words that changed', () => {
    const group = quoteGroup(member('a', 'And it turns out joy did a lot to me.'), member('b', 'And it turns out joy did a whole lot for me.'))
    expect(group.verdict).toBe('variant')
    // The fuller wording is the reference; the other member drops `whole` and says `to` for `for`.
    expect(group.reference).toBe(1)
    expect(group.differences[0]).toMatchObject({ type: 'wording', level: 'wording', detail: '-"whole"; "for" / "to"', sources: ['a'] })
    expect(group.differences[0].changes).toContainEqual({ kind: 'removed', text: 'whole' })
  })

  it('names an edit made in several places once, with a count', () => {
    const group = quoteGroup(
      member('a', 'We are going to go in there and we are going to win it all back.'),
      member('b', 'We are gonna go in there and we are gonna win it all back.'),
      member('c', 'We are going to go in there and we are going to win it all back.'),
    )
    expect(group.differences.find((difference) => difference.type === 'wording')).toMatchObject({ detail: '"going to" / "gonna" (2×)', sources: ['b'] })
  })

  it('calls a shorter cut of the same quote an omission', () => {
    const group = quoteGroup(member('a', "I'm so f*cking proud of you!"), member('b', 'so fucking proud'))
    expect(group.reference).toBe(0)
    expect(types(group)).toEqual(['censorship', 'omission'])
    expect(group.verdict).toBe('variant')
  })

  it('gives a catchword no speaker conflict, even inside a longer member', () => {
    const group = quoteGroup(
      member('a', 'act of hate.', { speaker: 'Hillary Clinton' }),
      member('b', 'act of terror and an act of hate.', { speaker: 'Barack Obama' }),
    )
    expect(types(group)).not.toContain('speaker')
    const longer = quoteGroup(member('a', 'an act of terror and an act of hate.', { speaker: 'Hillary Clinton' }), member('b', 'act of terror and an act of hate.', { speaker: 'Barack Obama' }))
    expect(types(longer)).toContain('speaker')
  })

  it('takes a hyphenated surname for the same person, and an organization and its spokesman for no conflict', () => {
    const line = 'This policy is guided by public health, stringent, and consistent'
    expect(types(quoteGroup(member('a', line, { speaker: 'Marjorie Taylor Greene' }), member('b', line, { speaker: 'Marjorie Taylor-Greene' })))).not.toContain('speaker')
    expect(types(quoteGroup(member('a', line, { speaker: 'Kevin Munoz' }), member('b', line, { speaker: 'White House' })))).not.toContain('speaker')
    expect(types(quoteGroup(member('a', line, { speaker: 'Jonathan Conricus' }), member('b', line, { speaker: 'The Israel Defense Force' })))).not.toContain('speaker')
    expect(quoteGroup(member('a', line, { speaker: 'White House' }), member('b', line, { speaker: 'Justice Department' })).differences).toEqual([
      { type: 'speaker', level: 'conflict', detail: 'White House / Justice Department', sources: ['b'] },
    ])
    // Two names of one organization; a person whose surname ends like one; a hyphenated surname is not its last part.
    expect(types(quoteGroup(member('a', line, { speaker: 'Biden Campaign' }), member('b', line, { speaker: 'Biden-Harris Campaign' })))).not.toContain('speaker')
    expect(types(quoteGroup(member('a', line, { speaker: 'The White House' }), member('b', line, { speaker: 'White House' })))).not.toContain('speaker')
    expect(types(quoteGroup(member('a', line, { speaker: 'Mike Park' }), member('b', line, { speaker: 'Tom Smith' })))).toContain('speaker')
    expect(types(quoteGroup(member('a', line, { speaker: 'Sheila Jackson-Lee' }), member('b', line, { speaker: 'Mike Lee' })))).toContain('speaker')
  })

  it('tells a percent sign spelled out in one quote as typography, and another figure as a conflict', () => {
    const group = quoteGroup(member('a', 'Unemployment is at 5 percent and we will bring it down,'), member('b', 'Unemployment is at 5% and we will bring it down,'))
    expect([group.verdict, group.differences.map((difference) => [difference.type, difference.level, difference.detail])]).toEqual([
      'equivalent', [['typography', 'cosmetic', '5 percent / 5%']],
    ])
    expect(quoteGroup(member('a', 'Unemployment is at 5 percent and we will bring it down,'), member('b', 'Unemployment is at 6% and we will bring it down,')).verdict).toBe('conflict')
    // A percentage on one side only is another number; not the sign the other end of a range carries (helper-92).
    expect(quoteGroup(member('a', 'Prices rose 5% last year and will rise again'), member('b', 'Prices rose 5 last year and will rise again')).differences).toMatchObject([{ type: 'number', level: 'conflict' }])
    expect(quoteGroup(member('a', 'Prices rose 5% to 6% last year and will rise again'), member('b', 'Prices rose 5 to 6% last year and will rise again')).verdict).toBe('identical')
    // A range with `and` or `or`, a sign the side leaves to another figure, `pct` (helper-93); a detail that shows what differs.
    expect(quoteGroup(member('a', 'Prices will go up between 5 and 6 percent over the next two years'), member('b', 'Prices will go up between 5% and 6% over the next two years')).verdict).toBe('equivalent')
    expect(quoteGroup(member('a', 'Unemployment fell to 5.2% in March from 5.6 in February, the report said'), member('b', 'Unemployment fell to 5.2% in March from 5.6% in February, the report said')).verdict).toBe('identical')
    // (Only a percentage the figure goes with: another elsewhere in the quote does not excuse it, helper-94.)
    expect(quoteGroup(member('a', 'The company laid off 5% of its workers, and profits fell 10%'), member('b', 'The company laid off 5 of its workers, and profits fell 10%')).verdict).toBe('conflict')
    expect(quoteGroup(member('a', 'Inflation fell to 3.1%, down from 3.4% in December.'), member('b', 'Inflation fell to 3.1%, down from 3.4 in December.')).verdict).toBe('identical')
    expect(quoteGroup(member('a', 'It rose 5 pct last year, the agency said'), member('b', 'It rose 5% last year, the agency said')).verdict).toBe('equivalent')
    expect(quoteGroup(member('a', 'It rose 5 percentage points last year, the agency said'), member('b', 'It rose 5 percent last year, the agency said')).differences[0].detail).toBe('5 percentage points / 5 percent')
  })

  it('takes one surname with two given names for two people, and two forms of one name for one', () => {
    const line = 'Nobody will be left behind in this town,'
    const speakers = (one: string, other: string) => types(quoteGroup(member('a', line, { speaker: one }), member('b', line, { speaker: other })))
    expect(speakers('Luis Sánchez', 'Maria Sánchez')).toContain('speaker')
    expect(speakers('Jeb Bush', 'George Bush')).toContain('speaker')
    expect(speakers('George H.W. Bush', 'George W. Bush')).toContain('speaker')
    expect(speakers('Dick Durbin', 'Richard J. Durbin')).not.toContain('speaker')
    expect(speakers('George Bush', 'George W. Bush')).not.toContain('speaker')
    expect(speakers('J. Smith', 'John Smith')).not.toContain('speaker')
    // Short forms no table holds, spellings and accents, initials for middle names (from a review, helper-92).
    for (const [one, other] of [
      ['Bernie Sanders', 'Bernard Sanders'], ['Jerry Nadler', 'Jerrold Nadler'], ['Jon Ossoff', 'Jonathan Ossoff'],
      ['Gabby Giffords', 'Gabrielle Giffords'], ['Beto O’Rourke', "Robert O'Rourke"], ['Andrés Manuel López Obrador', 'Andres Manuel Lopez Obrador'],
      ['Mohammed bin Salman', 'Mohammad bin Salman'], ['George H.W. Bush', 'George Herbert Walker Bush'],
      // (helper-94)
      ['J.D. Vance', 'J. D. Vance'], ['Mohammed bin Salman', 'Muhammad bin Salman'],
      ['Mitch McConnell', 'A. Mitchell McConnell'], ['Benjamin Netanyahu', 'Binyamin Netanyahu'],
      // (helper-95: transliterations)
      ['Sergei Lavrov', 'Sergey Lavrov'], ['Dmitry Peskov', 'Dmitri Peskov'], ['Yulia Navalnaya', 'Yuliya Navalnaya'], ['Phillip Jones', 'Philip Jones'],
    ]) expect(speakers(one, other), `${one} / ${other}`).not.toContain('speaker')
    // Two people of one surname, whether or not the list of first names knows the names, and a man and a woman whose
    // names start alike (helper-93).
    for (const [one, other] of [
      ['Hunter Biden', 'Joe Biden'], ['Rand Paul', 'Ron Paul'], ['Ketanji Brown Jackson', 'Jesse Jackson'], ['Daniel Lee', 'Danielle Lee'],
      ['Patricia Smith', 'Patrick Smith'], ['Mark Lee', 'Martin Lee'], ['Mark Cuomo', 'Mario Cuomo'],
      ['Ivana Trump', 'Ivanka Trump'], ['George W. Bush', 'George H. W. Bush'], ['Christina Lee', 'Christine Lee'],
      // (helper-95: a middle initial or a middle name is no given name one goes by, but after an initial)
      ['Jill Biden', 'Joseph J. Biden'], ['Chris Cuomo', 'Andrew Christopher Cuomo'],
    ]) expect(speakers(one, other), `${one} / ${other}`).toContain('speaker')
  })

  it('tells two people of one surname apart whatever order the sources come in', () => {
    const line = 'Nobody will be left behind in this town,'
    const speakersOf = (...names: string[]) => quoteGroup(...names.map((speaker, index) => member(`s${index}`, line, { speaker }))).differences.filter((difference) => difference.type === 'speaker')
    // `George Bush` may be either, but does not make the other two one: a conflict, in every order.
    const names = ['George Bush', 'George W. Bush', 'George H.W. Bush']
    for (const order of [names, [names[1], names[2], names[0]], [names[2], names[0], names[1]]]) expect(speakersOf(...order)).toHaveLength(1)
    expect(speakersOf('George Bush', 'George W. Bush')).toEqual([])
  })

  it('calls different speakers a conflict', () => {
    const group = quoteGroup(member('a', 'Did I nail it?', { speaker: 'Lady Gaga' }), member('b', 'Did I nail it?', { speaker: 'Bradley Cooper' }))
    expect(group.verdict).toBe('conflict')
    expect(group.differences).toEqual([{ type: 'speaker', level: 'conflict', detail: 'Lady Gaga / Bradley Cooper', sources: ['b'] }])
  })

  it('calls words contracted in one source and spelled out in another equivalent, naming each', () => {
    const group = quoteGroup(member('a', "We've done it before and we'll do it again"), member('b', 'We have done it before and we will do it again'))
    expect(group.verdict).toBe('equivalent')
    // Of two wordings as common, the fuller is the reference.
    expect(group.differences).toEqual([
      { type: 'contraction', level: 'cosmetic', detail: "We have / We've", sources: ['a'] },
      { type: 'contraction', level: 'cosmetic', detail: "we will / we'll", sources: ['a'] },
    ])
    // A contraction beside a changed word is a rewording still; the wording line leaves the contraction to its own line.
    const reworded = quoteGroup(member('a', "We've done it before and we'll do it again"), member('b', 'We have done it before and we would do it again'))
    expect(reworded.verdict).toBe('variant')
    expect(reworded.differences).toEqual([
      { type: 'contraction', level: 'cosmetic', detail: "We have / We've", sources: ['a'] },
      expect.objectContaining({ type: 'wording', detail: `"we would" / "we'll"`, sources: ['a'] }),
    ])
  })

  it('tells a contraction at the edge of a cut apart from the cut', () => {
    const group = quoteGroup(member('a', 'Honestly, we have rebuilt this town before and we will do it again'), member('b', "We've rebuilt this town before and we will do it again"))
    expect(group.differences).toEqual([
      { type: 'contraction', level: 'cosmetic', detail: "we have / We've", sources: ['b'] },
      expect.objectContaining({ type: 'omission', detail: 'leaves out "Honestly"', sources: ['b'] }),
    ])
  })

  it('calls different numbers a conflict', () => {
    const group = buildGroup('g2', 'claim', [member('a', 'The fine was $14,000 for the county.'), member('b', 'The fine was $17,000 for the county.')], 'test', 1)
    expect(group.verdict).toBe('conflict')
    expect(group.differences[0]).toMatchObject({ type: 'number', level: 'conflict', detail: '$14,000 / $17,000' })
  })

  it('takes a bound or estimate the other figure meets for a rewording of a claim, and one it misses for a conflict', () => {
    const lower = claimPair('The fire destroyed more than 1,000 homes in the valley', 'The fire destroyed 1,240 homes in the valley')
    expect(lower.verdict).toBe('variant')
    expect(lower.differences).toEqual([{ type: 'wording', level: 'wording', detail: '"more than 1,000" / "1,240"', sources: ['b'], changes: expect.any(Array) }])
    expect(numbersOf('The county asked for about $40 million in aid', 'The county asked for $42.5 million in aid')).toEqual([])
    expect(numbersOf('Police arrested 1,000 or more people that night', 'Police arrested 1,500 people that night')).toEqual([])
    expect(numbersOf('The storm left up to 5 people dead', 'The storm left 3 people dead')).toEqual([])
    // Missed bounds, the same figure as bounds that exclude each other, and two different bounds of one kind.
    expect(numbersOf('The fire destroyed nearly 1,000 homes', 'The fire destroyed 1,240 homes')).toEqual([expect.objectContaining({ level: 'conflict', detail: 'nearly 1,000 / 1,240' })])
    expect(numbersOf('The county asked for about $40 million in aid', 'The county asked for $90 million in aid')).toEqual([
      expect.objectContaining({ level: 'conflict', detail: 'about $40 million / $90 million' }),
    ])
    expect(numbersOf('Fewer than 10 people came to the meeting', 'Twelve people came to the meeting')[0]).toMatchObject({ level: 'conflict' })
    expect(numbersOf('The fire destroyed more than 1,000 homes', 'The fire destroyed nearly 1,000 homes')).toEqual([
      expect.objectContaining({ level: 'conflict', detail: 'more than 1,000 / nearly 1,000' }),
    ])
    expect(numbersOf('The fire destroyed more than 1,000 homes', 'The fire destroyed more than 2,000 homes')[0]).toMatchObject({ level: 'conflict' })
  })

  it('never hedges a year, a time of day or a span of time after over, and reads long, negative and trailing hedges', () => {
    expect(numberLevel('The explosion happened at about 10 a.m. near the port', 'The explosion happened at 11 a.m. near the port')).toBe('conflict')
    expect(numberLevel('The company was founded in about 1990 in Ohio', 'The company was founded in 2010 in Ohio')).toBe('conflict')
    expect(numberLevel('Rain fell over 3 days across the region', 'Rain fell for 5 days across the region')).toBe('conflict')
    // Hedges of three words and more are no longer run of changed words than a plain figure.
    expect(numberLevel('The storm left as many as 5 people dead', 'The storm left 7 people dead')).toBe('conflict')
    expect(numberLevel('The storm left as many as 8 people dead', 'The storm left 7 people dead')).toBeUndefined()
    expect(numberLevel('The rules allow not more than 5 guests', 'The rules allow 7 guests')).toBe('conflict')
    // A minus counts: -21 is around -20, -5 is below 0.
    expect(numberLevel('It fell to around -20 degrees overnight', 'It fell to -21 degrees overnight')).toBeUndefined()
    expect(numberLevel('It fell below 0 degrees overnight', 'It fell to -5 degrees overnight')).toBeUndefined()
    expect(claimPair('It fell to around -20 degrees overnight', 'It fell to -21 degrees overnight').differences[0].detail).toBe('"around -20" / "-21"')
    // A hedge after the counted word, and a currency of several letters.
    expect(numberLevel('Officials said 1,000 people or more were evacuated', 'Officials said 1,300 people were evacuated')).toBeUndefined()
    expect(numberLevel('The group pledged more than US$1 million to the fund', 'The group pledged US$1.2 million to the fund')).toBeUndefined()
  })

  it('takes figures per different units for two quantities in a claim, not a conflict; per the same unit they still conflict', () => {
    expect(numbersOf('Families will get up to $3,000 per child in 2021', 'Families will get up to $300 per month for each child')).toEqual([
      expect.objectContaining({ level: 'wording', detail: 'up to $300 per month / up to $3,000 per child' }),
    ])
    expect(numbersOf('The plan costs $3 million a year to run', 'The plan costs $250,000 a month to run')[0]).toMatchObject({ level: 'wording', detail: '$3 million a year / $250,000 a month' })
    expect(numbersOf('Prices rose 5% annually over the decade', 'Prices rose 2% monthly over the decade')[0]).toMatchObject({ level: 'wording' })
    expect(numbersOf('Families will get up to $3,000 per child in 2021', 'Families will get up to $2,000 per child in 2021')[0]).toMatchObject({ level: 'conflict' })
    expect(numbersOf('The plan costs $3 million a year to run', 'The plan costs $4 million each year to run')[0]).toMatchObject({ level: 'conflict' })
    // A rate on one side only says nothing of what the other counts.
    expect(numbersOf('The plan costs $3 million a year to run', 'The plan costs $4 million to run')[0]).toMatchObject({ level: 'conflict' })
    // Synonyms are one unit; a time that places, a word that is no unit, or no unit at all leave the conflict.
    expect(numberLevel('The vaccine will cost $110 per dose in the fall', 'The vaccine will cost $130 a shot in the fall')).toBe('conflict')
    expect(numberLevel('Income reached $40,000 per capita last year', 'Income reached $45,000 per person last year')).toBe('conflict')
    expect(numberLevel('Rates rose 5% per annum over the decade', 'Rates rose 7% a year over the decade')).toBe('conflict')
    expect(numberLevel('Police arrested 12 a few hours later in the city', 'Police arrested 15 a day later in the city')).toBe('conflict')
    expect(numberLevel('The storm killed at least 12 a hospital official said', 'The storm killed at least 15 a police spokesman said')).toBe('conflict')
    expect(numberLevel('Tickets sold for $20 a piece at the door', 'Tickets sold for $25 a ticket at the door')).toBe('conflict')
    expect(numberLevel('Prices were up 5% a year ago in the region', 'Prices were up 7% a month ago in the region')).toBe('conflict')
    // A time after the rate is still a rate; two plain words, an adjective, `per cent` may stand between.
    expect(numberLevel('Families get up to $3,000 per child from the IRS', 'Families get up to $300 per month from the IRS')).toBe('wording')
    expect(numberLevel('The city added 500 jobs a month since January', 'The city added 6,000 jobs a year since January')).toBe('wording')
    expect(numberLevel('Rents rose 30 dollars more a month in the city', 'Rents rose 300 dollars more a year in the city')).toBe('wording')
    expect(numberLevel('Prices rose 5 per cent a year in the city', 'Prices rose 0.4 per cent a month in the city')).toBe('wording')
    expect(numberLevel('Families get $3,000 per eligible child this year', 'Families get $250 per month this year')).toBe('wording')
    expect(numberLevel('Police arrested 12 people a second time that week', 'Police arrested 15 people a day later that week')).toBe('conflict')
    // A plain word between the figure and its unit, and scale words, as printed.
    expect(numbersOf('Volunteers walk 12 miles a day on the route', 'Volunteers walk 70 miles a week on the route')[0]).toMatchObject({ level: 'wording', detail: '12 miles a day / 70 miles a week' })
    expect(numbersOf('Prices rose 5 percent annually over the decade', 'Prices rose 2 percent monthly over the decade')[0]).toMatchObject({ detail: '5 percent annually / 2 percent monthly' })
    // A quote's figures are the speaker's own.
    const quote = quoteGroup(member('a', 'We will pay $3,000 per child this year'), member('b', 'We will pay $300 per month this year'))
    expect(quote.differences).toContainEqual(expect.objectContaining({ type: 'number', level: 'conflict' }))
  })

  it('takes figures and dates measured over different periods for two statistics, not a conflict', () => {
    const dates = (one: string, other: string) => claimPair(one, other).differences.filter((difference) => difference.type === 'date')
    // (AllSides 5871: a one-month rise and a twelve-month rise, each the largest since a different month.)
    expect(dates('The price hike marked the largest 1-month spike since June 2008', 'It was the sharpest 12-month inflation spike since August 2008')[0]).toMatchObject({
      level: 'wording',
      detail: 'June / August',
    })
    expect(numberLevel('Prices rose 0.9% in the 1-month period to June', 'Prices rose 5.4% over the 12-month period to June')).toBe('wording')
    expect(numberLevel('Prices rose 5.4% year-over-year in June', 'Prices rose 0.9% monthly in June')).toBe('wording')
    // The same period, written two ways, or named on one side only, leaves the conflict.
    expect(dates('The largest 12-month spike since June 2008', 'The largest annual spike since August 2008')[0]).toMatchObject({ level: 'conflict' })
    expect(numberLevel('Prices rose 5.4% over the two-year stretch', 'Prices rose 6.1% over the two-year stretch')).toBe('conflict')
    expect(numberLevel('Prices rose 5.4% in the 12-month period', 'Prices rose 6.1% in the period')).toBe('conflict')
    expect(dates('The largest 52-week gain since June 2008', 'The largest 12-month gain since August 2008')[0]).toMatchObject({ level: 'conflict' })
    // A period of something else than a change leaves it too (a second review, helper-59).
    expect(dates('The two-day summit ends on June 5 in Paris', 'The three-day summit ends on August 6 in Paris')[0]).toMatchObject({ level: 'conflict' })
    expect(numberLevel('The agency said in its quarterly report that 500 jobs went', 'The agency said in its annual report that 700 jobs went')).toBe('conflict')
  })

  it('reads a count joined to what it counts as a number: two ages, two terms', () => {
    const ages = claimPair('The suspect, a 22-year-old man from Ohio, was arrested on Tuesday', 'The suspect, a 23-year-old man from Ohio, was arrested on Tuesday')
    expect(ages.verdict).toBe('conflict')
    expect(ages.differences.find((difference) => difference.type === 'number')).toMatchObject({ level: 'conflict', detail: '22-year-old / 23-year-old' })
    expect(numbersOf('He faces a 10-year prison term if convicted', 'He faces a 12-year prison term if convicted')[0]).toMatchObject({ level: 'conflict', detail: '10-year / 12-year' })
    expect(numbersOf('after a three-day search by state police', 'after a four-day search by state police')[0]).toMatchObject({ detail: 'three-day / four-day' })
    // The same count written apart is the same number; a range keeps its own print.
    expect(numbersOf('a 22-year-old man from Ohio was arrested', 'a 22 year old man from Ohio was arrested')).toEqual([])
    expect(numbersOf('She won by a 134-to-63 vote on Tuesday', 'She won by a 134-to-64 vote on Tuesday')[0]).toMatchObject({ detail: '63 / 64' })
    // A letter or an estimate is no count, and a plural period still measures (a second review, helper-60).
    expect(numbersOf('The film was shown in 3-D at the festival', 'The film was shown in 2-D at the festival')).toEqual([])
    expect(numberLevel('The storm was rising 60-some miles an hour', 'The storm was rising 66 miles an hour')).toBe(undefined)
    expect(numberLevel('The largest 1-month spike since June 2008', 'The sharpest 12-months spike since August 2008')).toBe('wording')
    // A span of time is no period a statistic is measured over.
    expect(numberLevel('The economy grew 3% after 10 years of growth', 'The economy grew 5% after 12 years of growth')).toBe('conflict')
    expect(claimPair('The teacher followed twenty three-year-olds home', 'The teacher followed twenty 3-year-olds home').verdict).not.toBe('conflict')
  })

  it('takes a figure the other claim gives too, after the same word, for one placed elsewhere, not a conflict', () => {
    expect(numbersOf('Individuals 18 and older who are at high risk were also included', 'The groups include individuals 65 and older, and individuals 18 to 64 who are at high risk')[0]).toMatchObject({
      level: 'wording',
      detail: '65 / 18',
    })
    // After another word, the same figure disputes this one: the article, not the section.
    expect(numbersOf('Pelosi picked up with Article 1, Section 1 of the Constitution', 'Pelosi picked up with Article 2, Section 1 of the Constitution')[0]).toMatchObject({ level: 'conflict' })
    expect(numbersOf('The summit runs June 11-13 and the NATO summit is June 14', 'The summit runs June 11-14 and the NATO summit is June 14')[0]).toMatchObject({ level: 'conflict' })
    // So it does after a stop word, a month or a name, which tell nothing of what is counted.
    expect(numberLevel('Smith was convicted in 2018 and was released from prison in 2021', 'Smith was convicted in 2021 and was released from prison in 2021')).toBe('conflict')
    expect(numberLevel('At least 15 people were killed and at least 12 remain hospitalized', 'At least 12 people were killed and at least 12 remain hospitalized')).toBe('conflict')
    expect(numberLevel('The bill passed the House on Jan. 12 and the Senate on Jan. 15', 'The bill passed the House on Jan. 15 and the Senate on Jan. 15')).toBe('conflict')
    expect(numberLevel('Police arrested John Smith, 36, and his brother, Mark Smith, 34', 'Police arrested John Smith, 34, and his brother, Mark Smith, 34')).toBe('conflict')
  })

  it('takes a repeated phrase dropped or kept for no negation, and a negation put beside it for one', () => {
    const negations = (one: string, other: string) => quoteGroup(member('a', one), member('b', other)).differences.filter((difference) => difference.type === 'negation')
    expect(negations('making it clear that we will not, we will not, stand by and let him abuse those rights', 'making it clear that we will not stand by and let him abuse those rights')).toEqual([])
    expect(negations('we said no, no, we will not stand by and watch', 'we said no, we will not stand by and watch')).toEqual([])
    expect(negations('making it clear that we will, we will not, stand by and let him abuse those rights', 'making it clear that we will stand by and let him abuse those rights')).toHaveLength(1)
    // Without a mark between them, two negations deny twice.
    expect(negations('We could not not respond to this attack on our people', 'We could not respond to this attack on our people')).toHaveLength(1)
  })

  it('calls a word written as one, as two or hyphenated a cosmetic typography difference', () => {
    const group = quoteGroup(member('a', 'It might affect our work force and the re-opening'), member('b', 'It might affect our workforce and the reopening'))
    expect(group.verdict).toBe('equivalent')
    expect(group.differences.map((difference) => [difference.type, difference.level, difference.detail])).toEqual([
      ['typography', 'cosmetic', 'work force / workforce'],
      ['typography', 'cosmetic', 're-opening / reopening'],
    ])
    // Words of the same letters that are other words stay a rewording: a word of two letters, a known pair, a prefix's hyphen.
    const verdict = (one: string, other: string) => quoteGroup(member('a', one), member('b', other)).verdict
    expect(verdict('We walked a long way home tonight', 'We walked along way home tonight')).toBe('variant')
    expect(verdict('We see him every day at the store', 'We see him everyday at the store')).toBe('variant')
    expect(verdict('She will re-sign the contract next week', 'She will resign the contract next week')).toBe('variant')
    expect(verdict('He called the rapist a danger to all', 'He called a therapist a danger to all')).toBe('variant')
    // Two in one replaced run, and one next to a contraction, are each joined.
    expect(quoteGroup(member('a', 'It is a state-funded health-care program for all'), member('b', 'It is a state funded health care program for all')).differences.map((difference) => difference.detail)).toEqual([
      'state funded / state-funded',
      'health care / health-care',
    ])
    expect(quoteGroup(member('a', "We can't re-open the plant this year"), member('b', 'We cannot reopen the plant this year')).differences.map((difference) => difference.type)).toEqual(['contraction', 'typography'])
  })

  it('calls dotted letters and abbreviated titles and months house style, a cosmetic typography difference', () => {
    const group = quoteGroup(
      member('a', 'Sen. Reid told the U.S. and the I.R.S. on Feb. 5 that Gov. Lee agrees'),
      member('b', 'Senator Reid told the US and the IRS on February 5 that Governor Lee agrees'),
    )
    expect(group.verdict).toBe('equivalent')
    expect(group.differences.map((difference) => [difference.type, difference.level, difference.detail])).toEqual([
      ['typography', 'cosmetic', 'Sen. / Senator'],
      ['typography', 'cosmetic', 'U.S. / US'],
      ['typography', 'cosmetic', 'I.R.S. / IRS'],
      ['typography', 'cosmetic', 'Feb. / February'],
      ['typography', 'cosmetic', 'Gov. / Governor'],
    ])
    // The pronoun is another word than the country, though dotted letters come down to its form.
    expect(quoteGroup(member('a', 'They want to hurt us and take our jobs away'), member('b', 'They want to hurt U.S. and take our jobs away')).differences).toEqual([
      expect.objectContaining({ type: 'wording', level: 'wording', detail: 'us / U.S.' }),
    ])
    // Only a capitalized abbreviation stands for its word: `rep` and `gen` in lower case are words of their own.
    expect(quoteGroup(member('a', 'He was a sales rep for the gen one model'), member('b', 'He was a sales representative for the general one model')).verdict).toBe('variant')
  })

  it('compares the words around two quotes only where both are said by someone', () => {
    const context = (text: string) => ({ text, stems: new Set(text.toLowerCase().split(/\W+/).filter(Boolean)) })
    const quoted = (source: string, verb: string | null, around: string) =>
      member(source, 'a war of choosing', { verb, context: context(around) })
    const contexts = (one: MemberInput, other: MemberInput) => quoteGroup(one, other).differences.filter((difference) => difference.type === 'context')
    expect(contexts(quoted('a', 'said', 'Steele said at a fundraiser in Connecticut'), quoted('b', 'said', 'Kristol wrote in a letter to the committee'))).toHaveLength(1)
    expect(contexts(quoted('a', null, 'Steele drew fierce criticism on Friday'), quoted('b', null, 'Kristol wrote in a letter to the committee'))).toEqual([])
  })

  it('holds a quote to its figure, bound or not', () => {
    const group = quoteGroup(member('a', 'We lost more than 1,000 homes in one night'), member('b', 'We lost 1,240 homes in one night'))
    expect(group.differences).toContainEqual(expect.objectContaining({ type: 'number', level: 'conflict', detail: 'more than 1,000 / 1,240' }))
  })

  it('finds a bound that excludes another member\'s figure, and the figure that misses the bound', () => {
    const group = buildGroup(
      'g2',
      'claim',
      [member('a', 'The fire destroyed more than 1,000 homes in the valley'), member('b', 'The fire destroyed more than 1,000 homes in the valley'), member('c', 'The fire destroyed nearly 1,000 homes in the valley'), member('d', 'The fire destroyed 1,240 homes in the valley')],
      'test',
      1,
    )
    expect(group.verdict).toBe('conflict')
    // c against the reference, and the exact figure d gives against c's bound, which the reference comparison cannot tell.
    expect(group.differences.filter((difference) => difference.level === 'conflict')).toEqual([
      expect.objectContaining({ type: 'number', detail: 'more than 1,000 / nearly 1,000', sources: ['c'] }),
      expect.objectContaining({ type: 'number', detail: 'nearly 1,000 / 1,240', sources: ['c', 'd'] }),
    ])
  })

  it('finds a number at the same place in runs too long to be one changed detail, next to enough shared words', () => {
    const led = claimPair('Pelosi has led House Democrats since 2002', "Pelosi has led House Democrats since 2003, and that's what Ryan had argued is the problem")
    expect(led.verdict).toBe('conflict')
    expect(led.differences).toContainEqual(expect.objectContaining({ type: 'number', level: 'conflict', detail: '2003 / 2002' }))
    // A mark after the number ends its clause as well as the text's end does.
    const noted = claimPair('Pelosi has led House Democrats since 2002, her aides noted on Friday', "Pelosi has led House Democrats since 2003, and that's what Ryan had argued")
    expect(noted.verdict).toBe('conflict')
    const conflicts = (one: string, other: string) => claimPair(one, other).differences.filter((difference) => difference.level === 'conflict')
    // Closing numbers before one shared word (`percent`) place nothing: two figures of one article, not one told two ways.
    expect(
      conflicts(
        'The effective federal tax rate was 35.7 percent, while the rate for federal, state and local taxes was 45.8 percent',
        'The couple paid an effective federal tax rate of 35.7 percent and donated over 10 percent',
      ),
    ).toEqual([])
    // Nor numbers that close two runs: those runs hold what is counted.
    expect(conflicts('Apple shares fell 3 percent on Tuesday after the announcement', 'Microsoft stock jumped 5 percent on Tuesday after the announcement')).toEqual([])
    // Nor two numbers that open their runs but count different things.
    expect(conflicts('Analysts surveyed by Refinitiv were expecting 870,000 jobs gained in the month', 'Analysts surveyed by Refinitiv were expecting 8.5% growth')).toEqual([])
  })

  it('sets figures the word diff cannot line up against each other when they count the same thing near a shared word', () => {
    const oath = numbersOf(
      'Wearing a dark suit, Mr. Trump took the 35-word oath administered by Chief Justice John G. Roberts Jr. precisely at noon',
      'Chief Justice John Roberts administered the 38-word oath to Trump at noon on Friday',
    )
    expect(oath).toContainEqual(expect.objectContaining({ level: 'conflict', detail: '35-word / 38-word' }))
    expect(numbersOf('Flooding killed at least nine people and swept away cars in New Jersey', 'The storm brought record rain to the region and killed at least eight people')).toContainEqual(
      expect.objectContaining({ level: 'conflict', detail: 'at least eight / at least nine' }),
    )
    // Framed by other words, a difference to read rather than a conflict: the two may count different people.
    expect(numbersOf('After five months, the vaccine is just 47% effective, the study found', 'The study found the vaccine was 47% effective six months later')).toEqual([
      expect.objectContaining({ level: 'wording', detail: 'five / six' }),
    ])
    const rescued = numbersOf('After the storm, 40 people were rescued from the flooded town by the coast guard', 'The coast guard said 50 people were still missing in the flooded town after the storm')
    expect(rescued.filter((difference) => difference.level === 'conflict')).toEqual([])
    // Far apart, two quantities; with no word in common near them, two claims; two figures counting alike on one side, no pair.
    expect(numbersOf('Republicans are on track to hold at least 240 seats in the House next year', 'House Democrats have also lost nearly 60 seats over the past six years')).toEqual([])
    expect(numbersOf('The economy added 850,000 jobs in June after two months of disappointing growth', 'Employers added 850,000 jobs in June, above the average of the previous three months')).toEqual([])
    expect(numbersOf('Crews waited six hours in the rain and then three hours in the cold for the ferry', 'For seven hours the crews waited in the rain for the ferry to the island')).toEqual([])
  })

  it('calls the same figure with another sign, currency or unit around it a number conflict', () => {
    expect(numbersOf('The economy grew -2.1% last year', 'The economy grew 2.1% last year')).toEqual([
      expect.objectContaining({ level: 'conflict', detail: '-2.1% / 2.1%' }),
    ])
    expect(numbersOf('Prices rose 5% in May', 'Prices rose $5 in May')).toEqual([expect.objectContaining({ level: 'conflict', detail: '5% / $5' })])
    expect(numbersOf('It cost $5 in all', 'It cost €5 in all')).toEqual([expect.objectContaining({ level: 'conflict', detail: '$5 / €5' })])
    // A sign on one side only, other than a minus, is how each writes it; the hyphen of a range is no minus, an en dash
    // before a figure is one.
    expect(numbersOf('It cost $5 in all', 'It cost 5 dollars in all')).toEqual([])
    expect(claimPair('The vote was 2-3 in the end', 'The vote was 2-3 in the end').verdict).toBe('identical')
    expect(claimPair('The season ran 2019 -2020 in all', 'The season ran 2019-2020 in all').verdict).toBe('identical')
    expect(claimPair('It fell to –5 degrees overnight', 'It fell to -5 degrees overnight').verdict).toBe('identical')
  })

  it('calls a figure given to fewer decimals a cosmetic number difference, and a different figure a conflict', () => {
    expect(numbersOf('Job openings rose to 9.2 million in May', 'Job openings rose to 9.21 million in May')).toEqual([
      { type: 'number', level: 'cosmetic', detail: '9.2 million / 9.21 million', sources: ['b'] },
    ])
    expect(numbersOf('The rate was 3.5 percent', 'The rate was 3.46 percent')[0]).toMatchObject({ level: 'cosmetic' })
    expect(numbersOf('The rate was 3.5 percent', 'The rate was 3.56 percent')[0]).toMatchObject({ level: 'conflict' })
    expect(numbersOf('Openings rose to 9.2 million', 'Openings rose to 9.2 billion')[0]).toMatchObject({ level: 'conflict' })
    // A coarser figure of one significant digit is another figure; so is another currency; half a unit is rounding.
    expect(numbersOf('Unemployment rose to 4%', 'Unemployment rose to 4.4%')[0]).toMatchObject({ level: 'conflict' })
    expect(numbersOf('Rates rose by 1 percent', 'Rates rose by 0.5 percent')[0]).toMatchObject({ level: 'conflict' })
    expect(numbersOf('The deal is worth $3.2 billion', 'The deal is worth €3.21 billion')[0]).toMatchObject({ level: 'conflict' })
    expect(numbersOf('The index rose 1.05 points', 'The index rose 1.045 points')[0]).toMatchObject({ level: 'cosmetic' })
    // One significant digit before million, billion or trillion is how the news names a sum: a rewording of a claim, a misquote of a quote.
    expect(numbersOf('The House delayed a vote on the $1 trillion infrastructure bill', 'The House delayed a vote on the $1.2 trillion infrastructure bill')).toEqual([
      expect.objectContaining({ level: 'wording', detail: '$1 trillion / $1.2 trillion' }),
    ])
    expect(numbersOf('The House delayed a vote on the $2 billion bill', 'The House delayed a vote on the $2.6 billion bill')[0]).toMatchObject({ level: 'conflict' })
    // Half a unit rounds to neither side alone.
    expect(numbersOf('The House delayed a vote on the $1 trillion bill', 'The House delayed a vote on the $1.5 trillion bill')[0]).toMatchObject({ level: 'conflict' })
    const quoted = quoteGroup(member('a', 'We will pass the $1 trillion bill this week'), member('b', 'We will pass the $1.2 trillion bill this week'))
    expect(quoted.differences.filter((difference) => difference.type === 'number')[0]).toMatchObject({ level: 'conflict' })
  })

  it('quotes what a cut leaves out as printed, punctuation and all', () => {
    const group = quoteGroup(member('a', 'We did everything we could — and more, Chief Lopez said — to save them.'), member('b', 'We did everything we could'))
    expect(group.differences).toContainEqual(expect.objectContaining({ type: 'omission', detail: 'leaves out "and more, Chief Lopez said — to save them"' }))
  })

  it('still tells a first word that differs in more than its first letter (NASA / Nasa)', () => {
    const group = buildGroup('g2', 'claim', [member('a', 'NASA will launch the rocket next week'), member('b', 'Nasa will launch the rocket next week')], 'test', 1)
    expect(group.differences).toEqual([{ type: 'case', level: 'cosmetic', detail: 'NASA / Nasa', sources: ['b'] }])
  })

  it('quotes each stretch a cut leaves out, with … between', () => {
    const group = quoteGroup(member('a', 'Well, we did everything we could, and more, to save them all.'), member('b', 'we did everything we could'))
    expect(group.differences).toContainEqual(expect.objectContaining({ type: 'omission', detail: 'leaves out "Well … and more, to save them all"' }))
  })

  it('takes a capital that only opens a member for no difference, and one inside it for a case difference', () => {
    const opening = quoteGroup(member('a', 'and we have learned something important since then'), member('b', 'We have learned something important since then'))
    expect(types(opening)).toEqual(['omission'])
    const claims = buildGroup('g2', 'claim', [member('a', 'A fire broke out in the old mill on Main Street'), member('b', 'a fire broke out in the old mill on main street')], 'test', 1)
    expect(claims.differences).toEqual([{ type: 'case', level: 'cosmetic', detail: 'Main / main', sources: ['b'] }, { type: 'case', level: 'cosmetic', detail: 'Street / street', sources: ['b'] }])
  })

  it('takes a number word in another case for a case difference, not a number (zero / Zero)', () => {
    const group = buildGroup('g2', 'claim', [member('a', 'Crews worked at ground zero for months'), member('b', 'Crews worked at Ground Zero for months')], 'test', 1)
    expect(group.differences).toEqual([{ type: 'case', level: 'cosmetic', detail: 'ground / Ground', sources: ['b'] }, { type: 'case', level: 'cosmetic', detail: 'zero / Zero', sources: ['b'] }])
    expect(types(quoteGroup(member('a', 'one of us will stay'), member('b', 'One of us will stay')))).toEqual([])
  })

  it('takes a negation after a question that has ended for a negation', () => {
    expect(types(quoteGroup(member('a', 'When reporters asked if I would resign, I told them I would step down next year'), member('b', 'When reporters asked if I would resign, I told them I would not step down next year')))).toContain('negation')
    expect(types(quoteGroup(member('a', 'You know if we act now, people will live'), member('b', "You know if we don't act now, people will live")))).toContain('negation')
    expect(types(quoteGroup(member('a', 'We should just give up on this bill now'), member('b', 'We should not just give up on this bill now')))).toContain('negation')
  })

  it('takes not only … but for no negation', () => {
    const group = quoteGroup(
      member('a', 'We must protect the integrity not only of the committee but of the investigation'),
      member('b', 'We must protect the integrity of the committee and of the investigation'),
    )
    expect(types(group)).not.toContain('negation')
    expect(types(quoteGroup(member('a', 'We must protect the integrity not of the committee but of the investigation'), member('b', 'We must protect the integrity of the committee and of the investigation')))).toContain('negation')
  })

  it('takes a negation inside a question put as a clause for no negation', () => {
    const vaccinated = (words: string) => `Becerra said it was the government's business to know which Americans ${words} been vaccinated against the virus`
    expect(types(buildGroup('g2', 'claim', [member('a', vaccinated('have')), member('b', vaccinated("haven't"))], 'test', 1))).not.toContain('negation')
    expect(types(buildGroup('g2', 'claim', [member('a', 'Becerra said Americans have been vaccinated against the virus'), member('b', "Becerra said Americans haven't been vaccinated against the virus")], 'test', 1))).toContain('negation')
  })

  it('calls a negation a conflict', () => {
    const group = quoteGroup(member('a', 'I will run for the seat again'), member('b', 'I will not run for the seat again'))
    expect(group.verdict).toBe('conflict')
    expect(types(group)).toContain('negation')
  })

  it('calls a negated verb in place of the plain one a conflict', () => {
    const approved = buildGroup('g2', 'claim', [member('a', 'The city council approved the new budget on Monday'), member('b', 'The city council did not approve the new budget on Monday')], 'test', 1)
    // The fuller wording is the reference: b's `did not approve` against a's `approved`.
    expect(approved.differences).toContainEqual(expect.objectContaining({ type: 'negation', level: 'conflict', detail: 'not / affirmative', sources: ['a'] }))
    const killed = buildGroup('g2', 'claim', [member('a', 'The fire did not kill anyone on Tuesday, the chief said'), member('b', 'The fire killed 12 people on Tuesday, the chief said')], 'test', 1)
    expect(killed.differences).toContainEqual(expect.objectContaining({ type: 'negation', detail: 'not / affirmative', sources: ['b'] }))
  })

  it('calls a negative contraction or no in place of the plain word a conflict', () => {
    const negation = (a: string, b: string) =>
      buildGroup('g2', 'claim', [member('a', a), member('b', b)], 'test', 1).differences.find((difference) => difference.type === 'negation')?.detail
    expect(negation('The mayor is ready to sign the new budget on Monday', 'The mayor isn’t ready to sign the new budget on Monday')).toBe('affirmative / isn’t')
    expect(negation('The senator will attend the hearing in Washington on Friday', "The senator won't attend the hearing in Washington on Friday")).toBe("affirmative / won't")
    expect(negation('Police found the weapon in the car near the school on Monday', 'Police found no weapon in the car near the school on Monday')).toBe('affirmative / no')
  })

  it('keeps a negation that shares no word with what it replaces a rewording', () => {
    const group = buildGroup('g2', 'claim', [member('a', 'The mayor said the team won the final on Sunday'), member('b', 'The mayor said the team did not lose the final on Sunday')], 'test', 1)
    expect(group.verdict).toBe('variant')
  })

  it('finds no negation put in between single words that meet by chance', () => {
    // One source quotes two sentences of a speech; the reference is the second: `It's … about` meet across them.
    const group = quoteGroup(
      member('a', 'It’s about some phony ideal, some phony theology. Oh, not a theology based on the Bible'),
      member('b', 'It’s about some phony ideal, some phony theology. Oh, not a theology based on the Bible'),
      member('c', 'not about you. It’s not about your quality of life. It’s about some phony ideal. Some phony theology.'),
    )
    expect(types(group)).not.toContain('negation')
    // At the start of both, one shared word holds the negation in place.
    expect(types(quoteGroup(member('a', 'It’s about you'), member('b', 'It’s not about you')))).toContain('negation')
  })

  it('still finds a negation beside a one-word swap or insertion', () => {
    const negation = (a: string, b: string) => types(quoteGroup(member('a', a), member('b', b))).includes('negation')
    expect(negation('I will not support this bill under any circumstances', 'I will support the bill under any circumstances')).toBe(true)
    expect(negation('We never approved that plan for the river', 'We approved the plan for the river')).toBe(true)
    expect(negation('She is not a threat to anyone here', 'She is a real threat to anyone here')).toBe(true)
  })

  it('finds no negation where a quote runs on into another sentence that meets a word of the first', () => {
    const group = quoteGroup(
      member('a', 'I do think they are bad tactics, but it happens to everybody'),
      member('b', 'The only people it doesn’t happen to are people who have Secret Service around them'),
    )
    expect(types(group)).not.toContain('negation')
  })

  it('finds numbers two members disagree on where the reference gives none', () => {
    const group = buildGroup(
      'g2',
      'claim',
      [
        member('a', 'A fire at a warehouse in Springfield killed 12 people on Tuesday, the fire chief said'),
        member('b', 'A fire at a warehouse in Springfield killed 15 people on Tuesday, the fire chief said'),
        member('c', 'A fire at a warehouse in Springfield did not kill anyone on Tuesday, the fire chief said'),
        member('d', 'A fire at a warehouse in Springfield did not kill anyone on Tuesday, the fire chief said'),
      ],
      'test',
      1,
    )
    expect(group.reference).toBe(2)
    expect(group.differences).toContainEqual({ type: 'number', level: 'conflict', detail: '12 / 15', sources: ['a', 'b'] })
  })

  it('finds a number two members disagree on where one shares it with a reference worded too differently to show it', () => {
    const reference = 'The bill, which includes $550 billion in new funding, got through the Senate 69-30, as 19 Republicans joined all 50 Democrats'
    const group = buildGroup(
      'g2',
      'claim',
      [
        member('a', reference),
        member('b', reference),
        member('c', 'The final vote was 69 to 30, with 19 Republicans joining all 50 Democrats in voting for passage'),
        member('d', 'The final vote was 76 to 30, with 19 Republicans joining all 50 Democrats in voting for passage'),
      ],
      'test',
      1,
    )
    expect(group.differences.filter((difference) => difference.level === 'conflict')).toEqual([
      // The figure the reference does not give comes first.
      expect.objectContaining({ type: 'number', detail: '76 / 69', sources: ['d', 'c'] }),
    ])
    // A reference that gives the tally tells the conflict itself, once.
    const withTally = 'The bill, which includes $550 billion in new funding, got through in a 69-30 vote, as 19 Republicans joined all 50 Democrats'
    const told = buildGroup('g2', 'claim', [member('a', withTally), member('b', withTally), ...group.members.slice(2).map((one) => member(one.source, one.text))], 'test', 1)
    expect(told.differences.filter((difference) => difference.level === 'conflict')).toEqual([expect.objectContaining({ type: 'number', detail: '69-30 / 76 to 30', sources: ['d'] })])
    // Members that only share the reference's figures agree on them: no pair of them is a conflict.
    const agreeing = buildGroup('g2', 'claim', [member('a', reference), member('b', reference), member('c', 'The final vote was 69 to 30, with 19 Republicans joining all 50 Democrats')], 'test', 1)
    expect(agreeing.verdict).toBe('variant')
  })

  it('names every source of both wordings in a conflict between members, whatever their order', () => {
    const fire = (source: string, text: string) => member(source, `A fire at the old warehouse in Springfield ${text} on Tuesday, the fire chief said`)
    const negated = [fire('s3', 'did not kill anyone at all'), fire('s4', 'did not kill anyone at all'), fire('s6', 'did not kill anyone at all')]
    const twelve = fire('s1', 'killed 12 people')
    const fifteen = [fire('s1', 'killed 15 people'), fire('s2', 'killed 15 people')]
    for (const order of [[...negated, twelve, ...fifteen], [...negated, fifteen[1], twelve, fifteen[0]]]) {
      const numbers = buildGroup('g2', 'claim', [...order, fire('s5', 'killed 12 people')], 'test', 1).differences.filter((difference) => difference.type === 'number')
      expect(numbers).toHaveLength(1)
      expect(numbers[0].detail === '12 / 15' || numbers[0].detail === '15 / 12').toBe(true)
      expect([...numbers[0].sources].sort()).toEqual(['s1', 's2', 's5'])
    }
  })

  it('takes for reference, among wordings as common as each other, the one closest to all the others', () => {
    const group = buildGroup(
      'g2',
      'claim',
      [
        member('a', 'A fire at a warehouse in Springfield did not kill anyone on Tuesday, the fire chief said'),
        member('b', 'A fire at a warehouse in Springfield killed 12 people on Tuesday, the fire chief said'),
        member('c', 'A fire at a warehouse in Springfield killed 15 people on Tuesday, the fire chief said'),
      ],
      'test',
      1,
    )
    // Not the fullest (a): the odd one out is no common account.
    expect(group.reference).toBe(1)
    expect(group.differences).toContainEqual(expect.objectContaining({ type: 'number', detail: '12 / 15', sources: ['c'] }))
    expect(group.differences).toContainEqual(expect.objectContaining({ type: 'negation', sources: ['a'] }))
  })

  it('takes for reference a wording whose figure most members give, however each words it', () => {
    const fuller = 'The vaccine’s effectiveness against infection fell from a peak of 88% a month after the second shot to 47% six months later, according to the study'
    const members = [
      member('center', fuller),
      member('left', 'After five months, it is just 47% effective at preventing infection'),
      member('right', 'The vaccine’s effectiveness falls below 50 percent after five months, according to the study'),
    ]
    const group = buildGroup('g2', 'claim', members, 'test', 1)
    // Every wording is its own, so the fullest and closest (center) led; two of three give five months.
    expect(group.members[group.reference].source).toBe('right')
    expect(group.differences).toContainEqual(expect.objectContaining({ type: 'number', level: 'conflict', detail: 'five / six', sources: ['center'] }))
    expect(group.differences.filter((difference) => difference.type === 'number' && difference.sources.includes('left'))).toEqual([])
    // A two-way split has no majority: the fuller wording stays the reference, with two sources as with three members.
    const split = buildGroup('g3', 'claim', [members[0], members[2]], 'test', 1)
    expect(split.members[split.reference].source).toBe('center')
    const twoOfOne = buildGroup('g3', 'claim', [members[0], members[1], member('left', 'Protection fell to 47% after five months, the study found')], 'test', 1)
    expect(twoOfOne.members[twoOfOne.reference].source).toBe('center')
    // Nor are accounts outvoted by figures that agree with them: a rounding, or bounds both may meet.
    const rounded = [member('a', 'Last year the state counted 9.21 million residents in 2020'), member('b', 'The state counted 9.2 million residents in 2020'), member('c', 'Last year the state counted 9.2 million residents')]
    expect(buildGroup('g4', 'claim', rounded, 'test', 1).reference).toBe(0)
    const relation = (one: string, other: string, count: string) => {
      const [figure, theirs] = [one, other].map((text) => figuresByCount(tokensOf(text), { text, start: 0 }).get(count)![0])
      return figureRelation(figure, { text: one, start: 0 }, theirs, { text: other, start: 0 }, count)
    }
    expect(relation('More than 180 people were killed', 'At least 150 people were killed', 'peopl')).toBe('neither')
    expect(relation('about 50 people were killed', '47 people were killed', 'peopl')).toBe('neither')
    expect(relation('9.21 million residents', '9.2 million residents', 'resid')).toBe('same')
    expect(relation('after five months', 'six months later', 'month')).toBe('other')
    expect(relation('after five months', 'after 15 months', 'month')).toBe('neither')
  })

  it('compares the tallies of a vote wherever each sentence puts them', () => {
    const moved = numbersOf(
      'The 220-to-190 party-line vote stands in contrast to a vote in May, when 35 House Republicans joined Democrats',
      'The vote was 222-190 with two Republicans joining all Democrats',
    )
    expect(moved).toEqual([expect.objectContaining({ level: 'conflict', detail: '220-to-190 / 222-190' })])
    expect(numbersOf('The Senate confirmed the judge in a 51-49 vote on Tuesday', 'The Senate confirmed the judge on Tuesday by a vote of 50 to 49')).toEqual([
      expect.objectContaining({ level: 'conflict', detail: '50 to 49 / 51-49' }),
    ])
    expect(numbersOf('The Senate confirmed the judge in a 51-49 vote on Tuesday', 'The Senate confirmed the judge on Tuesday by a vote of 51 to 49')).toEqual([])
    // Unanimous votes count too.
    expect(numbersOf('The 9-0 vote by the justices came on Monday', 'The justices ruled on Monday in a vote of 8-0')).toEqual([expect.objectContaining({ level: 'conflict', detail: '8-0 / 9-0' })])
    // A word of voting farther off does not make figures a tally: a court's majority, a Senate's split, a range of years.
    expect(numbersOf('The Supreme Court’s 6-3 conservative majority voted late Wednesday to let the Texas abortion law stand', 'Late Wednesday the justices voted 5-4 to let the Texas abortion law stand')).toEqual([])
    expect(numbersOf('In the 50-50 Senate, the vote on the bill was decided by Vice President Kamala Harris', 'The Senate voted 51-50 on the bill, with Vice President Kamala Harris breaking the tie')).toEqual([])
    expect(numbersOf('The jury voted to sentence him to 15-20 years in prison on Friday', 'On Friday he was sentenced to 18 years in prison after the jury vote')).toEqual([
      expect.objectContaining({ level: 'conflict', detail: '20 / 18' }),
    ])
    // Either side may come first.
    expect(numbersOf('The Senate voted 50-48 on Thursday to extend the debt limit', 'The debt limit extension passed the Senate on Thursday, with the vote at 48 to 50')).toEqual([])
    // Another vote's tally, far from this one, is another count; and figures joined so without a vote are a range.
    expect(numbersOf('The 220-to-190 vote followed a vote in May', 'The May vote was 285-120, with 35 Republicans in favour')).toEqual([])
    expect(numbersOf('Children aged 5-11 can get the shot from Tuesday', 'From Tuesday children aged 5 to 11 can get the shot')).toEqual([])
  })

  it('does not repeat a conflict the members already have with the reference', () => {
    const group = buildGroup(
      'g2',
      'claim',
      [
        member('a', 'The fire killed 10 people in the old warehouse on Tuesday night'),
        member('b', 'The fire killed 12 people in the old warehouse on Tuesday night'),
        member('c', 'The fire killed 15 people in the old warehouse on Tuesday night'),
        member('d', 'The fire killed 10 people in the old warehouse on Tuesday night'),
      ],
      'test',
      1,
    )
    expect(group.differences.filter((difference) => difference.type === 'number')).toEqual([
      expect.objectContaining({ detail: '10 / 12', sources: ['b'] }),
      expect.objectContaining({ detail: '10 / 15', sources: ['c'] }),
    ])
  })

  it('calls a different day a conflict', () => {
    const group = buildGroup('g3', 'claim', [member('a', 'The senator resigned on Monday after the vote'), member('b', 'The senator resigned on Tuesday after the vote')], 'test', 1)
    expect(group.verdict).toBe('conflict')
    expect(types(group)).toContain('date')
    // A clock time is one word, and no number, to the parser: compared as a time of day.
    const time = claimPair('The last plane lifted off at 3:29 p.m. on Monday', 'The last plane lifted off at 3:31 p.m. on Monday')
    expect(time.differences).toContainEqual(expect.objectContaining({ type: 'date', level: 'conflict', detail: '3:29 p.m. / 3:31 p.m.' }))
    const conflicts = (one: string, other: string) => claimPair(one, other).differences.filter((difference) => difference.level === 'conflict')
    expect(conflicts('The last plane lifted off at 3:29 p.m. on Monday', 'The last plane lifted off at 15:29 on Monday')).toEqual([])
    expect(conflicts('The pastor read John 3:16 to the crowd', 'The pastor read John 3:17 to the crowd')).toEqual([])
  })

  it('names both sides of a different cited report in words the check can quote', () => {
    const group = quoteGroup(member('a', 'I am so proud of you', { cites: null }), member('b', 'I am so proud of you', { cites: 'People' }))
    expect(group.differences).toEqual([{ type: 'context', level: 'context', detail: 'no report cited / according to People', sources: ['b'] }])
  })

  it('notes different circumstances without changing the verdict', () => {
    const context = (text: string) => ({ text, stems: new Set(tokensOf(text).filter((token) => !token.isStopword).map((token) => token.stem)) })
    const group = quoteGroup(
      member('a', 'Did I nail it?', { speaker: 'Lady Gaga', verb: 'asked', cites: 'People', context: context('as soon as they got off the stage') }),
      member('b', 'Did I nail it?', { speaker: 'Lady Gaga', verb: 'asked', cites: 'People', context: context('the crowd') }),
    )
    expect(group.verdict).toBe('identical')
    expect(types(group)).toEqual(['context'])
    expect(group.provenance.singleOrigin).toBe('People')
  })

  it('notes a reporting verb that tells of other circumstances, not one that only says the words were spoken', () => {
    const withVerbs = (first: string, second: string) =>
      quoteGroup(member('a', 'We will rebuild.', { speaker: 'Ana Lopez', verb: first }), member('b', 'We will rebuild.', { speaker: 'Ana Lopez', verb: second })).differences
    expect(withVerbs('said', 'added')).toEqual([])
    expect(withVerbs('says', 'said')).toEqual([])
    expect(withVerbs('said', 'went on')).toEqual([])
    // What a report `read` is what it wrote.
    expect(withVerbs('wrote', 'read')).toEqual([])
    expect(withVerbs('said', 'told')).toEqual([{ type: 'context', level: 'context', detail: 'said / told', sources: ['b'] }])
    expect(withVerbs('said', 'tweeted')).toEqual([{ type: 'context', level: 'context', detail: 'said / tweeted', sources: ['b'] }])
  })

  it('takes the majority wording as reference: two agree, the third conflicts', () => {
    const group = quoteGroup(
      member('a', 'Did I nail it?', { speaker: 'Lady Gaga' }),
      member('b', 'Did I nail it?', { speaker: 'Bradley Cooper' }),
      member('c', 'Did I nail it?', { speaker: 'Lady Gaga' }),
    )
    expect(group.differences).toEqual([{ type: 'speaker', level: 'conflict', detail: 'Lady Gaga / Bradley Cooper', sources: ['b'] }])
  })

  it('takes as reference the wording most members share, then the fullest, then the first, for any number of members', () => {
    // Wordings equal once normalized (case, curly quotes) count as one; the oracle counts them by their normal forms.
    const wordings = ['Did I nail it?', 'did I nail it?', 'Did I nail it', 'I nailed it, did I not?', 'Nail it.', 'Did I really nail it?']
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (const size of [1, 2, 5, 40, 1500]) {
      const members = Array.from({ length: size }, (_, index) => member(`s${index}`, wordings[Math.floor(random() * wordings.length)]))
      const normals = members.map((one) => one.tokens.map((token) => token.normal).join(' '))
      const count = (index: number) => normals.filter((normal) => normal === normals[index]).length
      let expected = 0
      for (let index = 1; index < size; index++) {
        const better = count(index) > count(expected) || (count(index) === count(expected) && members[index].tokens.length > members[expected].tokens.length)
        if (better) expected = index
      }
      expect(quoteGroup(...members).reference).toBe(expected)
    }
  })

  it('marks near-verbatim prose shared by two sources as copy', () => {
    const text = 'The mayor said the new bridge would open to traffic in the spring after two years of delays and cost overruns.'
    const group = buildGroup('g4', 'claim', [member('a', text), member('b', text.replace('mayor', 'Mayor'))], 'test', 1)
    expect(group.provenance.sharedCopy).toEqual([{ sources: ['a', 'b'], similarity: 1 }])
    expect(types(group)).toEqual(['case'])
  })
})

describe('mergeDifferences', () => {
  it('joins the quotes of one context difference, and drops them when a source differs in every member', () => {
    const verbs = (quotes?: string[]) => ({ type: 'context' as const, level: 'context' as const, detail: 'said / told', sources: ['b'], ...(quotes ? { quotes } : {}) })
    expect(mergeDifferences([verbs(['q1']), verbs(['q2']), verbs(['q1'])])).toEqual([verbs(['q1', 'q2'])])
    expect(mergeDifferences([verbs(['q1']), verbs()])).toEqual([verbs()])
  })
})
