import { describe, expect, it } from 'vitest'
import { quotesOf } from './extract.js'

const speakers = (body: string) => quotesOf(body).map(([, speaker]) => speaker)

describe('people: who a pronoun stands for', () => {
  it('takes a name followed by a relative clause for a person, over an earlier woman', () => {
    const body = 'Senator Mary Whitfield praised the bill.\n\nZola Okafor, who won her seat in May, spoke next.\n\nTalking about the win, she said: "We are ready."'
    expect(speakers(body)).toEqual(['Zola Okafor'])
  })

  it('takes a given name before a surname that also ends places (`Mary Park`) for a person once the surname speaks', () => {
    const body = 'Mary Park runs the shelter. "We are full every night," she said. "We need beds," Park added.'
    expect(speakers(body)).toEqual(['Mary Park', 'Mary Park'])
    expect(speakers('Greg T. Church left the hospital. "I am done," he said. "Really," said Church.')).toEqual(['Greg T. Church', 'Greg T. Church'])
    // Without a word from Park, the name may be the shelter's as well as hers.
    expect(speakers('Mary Park runs the shelter. "We are full every night," she said.')).toEqual([null])
  })

  it('keeps such a name a place or body after a word that places it, or without a word from its surname', () => {
    expect(speakers('Mary Park left early. Outside Victoria Park, crowds cheered. "We are ready," she said. "Thanks," Park said.')).toEqual(['Mary Park', 'Mary Park'])
    expect(speakers('Senator Mary Whitfield spoke. Later, Grace Church issued a statement. "We are grateful," she said.')).toEqual(['Mary Whitfield'])
  })

  it('drops a place or body before a title from the name', () => {
    const body = 'Ohio Rep. Zola Okafor spoke after Senator Mary Whitfield left. "We are ready," Okafor said.'
    expect(speakers(body)).toEqual(['Zola Okafor'])
  })

  it('drops a minister\'s title and the country before it from the name', () => {
    const body = 'French Foreign Minister Jean-Yves LeDrian announced the recall on Friday. "It is serious," he said.'
    expect(speakers(body)).toEqual(['Jean-Yves LeDrian'])
  })

  it('takes a river, a bridge or the police for no person a pronoun may stand for', () => {
    expect(speakers('The Harlan River flooded the town overnight. "It was cold," she said.')).toEqual([null])
    expect(speakers('Nora Quinn crossed the Tappan Bridge. Later Capitol Police closed it. "We had no choice," she said.')).toEqual(['Nora Quinn'])
  })

  it('keeps people whose surname is also a place word: a given name before it tells', () => {
    expect(speakers('Coach Bruce Arena met the team. "We lost," he said.')).toEqual(['Bruce Arena'])
    expect(speakers('Frank Ocean released the album. "It took years," he said.')).toEqual(['Frank Ocean'])
    expect(speakers('Sylvia Beach opened the shop. "Books matter," she said.')).toEqual(['Sylvia Beach'])
  })

  it('reads a name a comma sets off from a title as its holder', () => {
    const body = 'Senator Mary Whitfield backed the bill. The center\'s president, Cathi Herrod, called the critics wrong. "We have the votes," she said.'
    expect(speakers(body)).toEqual(['Cathi Herrod'])
    // Not a capitalized title that ends a name run of its own, nor a name after a mere comma or a word that is no role.
    expect(speakers('Senator Mary Whitfield backed the bill. In Ohio, Cathi Herrod called the critics wrong. "We have the votes," she said.')).toEqual(['Mary Whitfield'])
    expect(speakers('John Smith spoke first. In general, Google disagreed with the plan. "We will appeal," he said.')).toEqual(['John Smith'])
    expect(speakers('John Smith spoke first. It passed in the senate, Amazon said later. "We will appeal," he said.')).toEqual(['John Smith'])
  })

  it('reads organizer and founder as titles before a name', () => {
    const body = 'Senator Mary Whitfield spoke first. Fellow Tea Party organizer Cathi Loesch accused the group of bias. "They no longer care," she told Fox News.'
    expect(speakers(body)).toEqual(['Cathi Loesch'])
  })

  it('prefers the subject a few sentences back to a name after a preposition', () => {
    const body = 'Paul Adler took the oath of office along with Vice President Tom Reyes. The speech was short. "We start today," he said.'
    expect(speakers(body)).toEqual(['Paul Adler'])
  })

  it('reads no people in a headline quoted in the text', () => {
    const body = 'Jane Roe wrote under the headline “Newsweek Puts Picture of Michele Bachmann on Cover That Makes Her Look Crazy.” Newsweek responded by posting “outtakes” of the shoot, saying “we stand by it.”'
    // (Was `Newsweek Puts Picture` for the magazine's quotes: the headline's capitals read as a name.)
    expect(speakers(body)).toEqual(['Jane Roe', 'Newsweek', 'Newsweek'])
  })

  it('takes the main clause\'s named subject over a name in what opens the sentence before it', () => {
    const opening = 'Perhaps out of a belief that it would help him — as it did President Tom Reyes in the 1990s — or out of fear, Mr. Paul Adler dived in. "We talked about it," he said.'
    expect(speakers(opening)).toEqual(['Paul Adler'])
    expect(speakers('When Tom Reyes left, Paul Adler spoke. "We won," he said.')).toEqual(['Paul Adler'])
    // A main clause without a named subject leaves the opening clause's name the topic, and a name that opens its
    // sentence is its subject, apposition and all.
    expect(speakers('Tom Reyes sat. As Paul Adler approached the podium, rain began to fall. "We won," he said.')).toEqual(['Paul Adler'])
    expect(speakers('Former President Paul Adler, a Democrat, spoke after Tom Reyes. "We won," he said.')).toEqual(['Paul Adler'])
    // Whom `Unlike` or `Like` sets against the subject is never it.
    expect(speakers('Paul Adler arrived on Monday. Unlike President Tom Reyes in the 1990s, he welcomed the fight. "We will win," he said.')).toEqual(['Paul Adler'])
    // A pronoun opening the main clause is mostly the opening clause's name: it leaves it the subject.
    expect(speakers('Tom Reyes won on Tuesday. As Paul Adler conceded the race, he vowed to run again. "We will be back," he said.')).toEqual(['Paul Adler'])
    // Past a short opening phrase, a clause of time that names someone opens the sentence too; not a long one.
    expect(speakers('On Friday, the day that Mr. Tom Reyes stood on the steps, Mr. Paul Adler bashed the inquiry.\n\n“A witch hunt!” he wrote.')).toEqual(['Paul Adler'])
    expect(speakers('Critics asked for more time on Sunday night, when Tom Reyes, a senator, suggested a deal.\n\n“It will pass,” he said.')).toEqual(['Tom Reyes'])
  })

  it('prefers the subject to a name after a verb (`prompted Reyes`)', () => {
    const body = 'Paul Adler spoke for an hour. The remarks prompted Tom Reyes to leave early. "It went well," he said.'
    expect(speakers(body)).toEqual(['Paul Adler'])
  })

  it('does not give a pronoun to a name after a preposition in its own sentence', () => {
    const body = 'Paul Adler spoke for an hour. Of Tom Reyes, he said, "I wish him well."'
    expect(speakers(body)).toEqual(['Paul Adler'])
  })

  it('gives a pronoun after `who said` to the subject of the relative clause', () => {
    const body = 'The plan troubled Judge Tom Reyes and drew the ire of Judge Paul Adler who said he was puzzled. "It makes no sense," he said.'
    expect(speakers(body)).toEqual(['Paul Adler'])
  })

  it('reads `His response:` as the man just named', () => {
    const body = 'Host Ann Ruiz asked Tom Baker, "Will you run?" His response: "Not this year."'
    expect(speakers(body)).toEqual(['Ann Ruiz', 'Tom Baker'])
  })

  it('never takes a nickname in quotes for the fullest form of a name', () => {
    const body = 'Defense chief James Quill, nicknamed "Mad Dog Quill" by the troops, resigned. "I am leaving in May," Quill said.'
    expect(speakers(body)).toEqual(['James Quill'])
  })

  it('keeps `Mr.` from the woman who shares his surname', () => {
    const body = 'Maria Delgado thanked the crowd. "We are proud," Mr. Delgado said.'
    expect(speakers(body)).toEqual(['Delgado'])
  })

  it('maps a surname to the person named most, not to a name used as a modifier', () => {
    const body = 'Bernie Sanders spoke in Concord. Tom Giancola, a fellow New Hampshire Sanders veteran, cheered. Sanders waved. "We are not done," Sanders said.'
    expect(speakers(body)).toEqual(['Bernie Sanders'])
  })

  it('reads a short sentence ending in a full stop as narration, not a headline', () => {
    expect(speakers('The court heard the case on Monday.\n\nBut Justice Antonia Ortiz was unconvinced.\n\n"That is not the law," she said.')).toEqual(['Antonia Ortiz'])
  })

  it('does not take a sentence opener for a first name', () => {
    expect(speakers('Despite Baker’s warning, the vote went ahead. "We lost," Baker said.')).toEqual(['Baker'])
  })
})
