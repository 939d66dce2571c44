import { describe, expect, it } from 'vitest'
import { extract, quotesOf } from './extract.js'

describe('speakers and reporting verbs', () => {
  it('reads X said after the quote', () => {
    expect(quotesOf('“The bridge will reopen in May,” Maria Lopez said.')).toEqual([['The bridge will reopen in May,', 'Maria Lopez', 'said']])
  })

  it('reads said X after the quote, apposition and all', () => {
    expect(quotesOf('"We were not consulted," said Tom Baker, a spokesman for the union.')).toEqual([['We were not consulted,', 'Tom Baker', 'said']])
  })

  it('reads the subject past an age and a long relative clause with a number in it', () => {
    const text = 'Elizabeth Lauten, 31, who has more than 14,000 followers on Twitter and at the time was a spokeswoman for a little-known congressman from Tennessee, wrote, "Try showing a little class."'
    expect(quotesOf(text)).toEqual([['Try showing a little class.', 'Elizabeth Lauten', 'wrote']])
    // A relative clause with a comma of its own; a name nearer the verb still wins.
    expect(quotesOf('Jane Doe, who has run the shelter on Elm Street three times, most recently in March, said, "We need more beds."')).toEqual([['We need more beds.', 'Jane Doe', 'said']])
    expect(quotesOf('At that event, which can be found online, Blumenthal, advocating for troops, clearly says, "We owe them support."')).toEqual([['We owe them support.', 'Blumenthal', 'says']])
  })

  it('reads said X after a quote that ends on a full stop, when the verb goes on in lower case', () => {
    expect(quotesOf('"Rise to the occasion. Dress like you deserve respect." added Lauten, who works for Rep. Stephen Fincher, R-Tenn.')).toEqual([
      ['Rise to the occasion. Dress like you deserve respect.', 'Lauten', 'added'],
    ])
    // Someone named by a title or a role after the verb speaks too; what is no one does not (the sentence before
    // speaks, as it would without that verb).
    const after = (words: string) => quotesOf(`Tom Reyes asked about fares. "We will not raise fares this year." ${words}, before the vote.`)[0].slice(1)
    expect([after('added the mayor'), after('added spokeswoman Ana Lowe'), after('added her spokesman, Ann Lee'), after('added a photo of the players')]).toEqual([
      ['the mayor', 'added'],
      ['Ana Lowe', 'added'],
      ['Ann Lee', 'added'],
      ['Tom Reyes', 'asked'],
    ])
    // A quote that carries on a cue's speaker keeps no verb of its own: the cue is the sentence before it.
    expect(quotesOf('"We are disappointed," said the statement from the attorney, Ann Lee. "From the start, it was a vendetta."')).toEqual([
      ['We are disappointed,', 'the statement', 'said'],
      ['From the start, it was a vendetta.', 'the statement', null],
    ])
  })

  it('reads said X past an aside between dashes, and gives a sent letter, not whom it went to, the words', () => {
    expect(quotesOf('“I don’t like it,” Representative Ann Lee, Democrat of Ohio and the chairwoman of the committee — where any inquiry must begin — said on CNN.')).toEqual([
      ['I don’t like it,', 'Ann Lee', 'said'],
    ])
    expect(quotesOf('“She has not committed any crime,” the letter addressed to Chairman Tom Reyes (R-Calif.) reads.')).toEqual([['She has not committed any crime,', 'the letter', 'reads']])
    // Whom a speaker talks to stays out of it too, and a letter's writer named before it speaks.
    expect(quotesOf('In a letter sent to Tom Reyes, Ann Lee wrote, “We will appeal.”')).toEqual([['We will appeal.', 'Ann Lee', 'wrote']])
  })

  it('gives a document the words it reads, not who signed or passed it', () => {
    expect(quotesOf('The resolution the council passed reads in part: "The city will not enforce the order."')).toEqual([['The city will not enforce the order.', 'The resolution', 'reads']])
    expect(quotesOf('The letter the mayor signed says: "We will rebuild the bridge by June."')).toEqual([['We will rebuild the bridge by June.', 'The letter', 'says']])
    expect(quotesOf('The bill the House passed on Friday says: "No funds shall be spent on the wall."')).toEqual([['No funds shall be spent on the wall.', 'The bill', 'says']])
    expect(quotesOf('A spokesman the company hired said: "We regret the error."')).toEqual([['We regret the error.', 'A spokesman', 'said']])
    // Past a time, however written, and an auxiliary.
    expect(quotesOf('The statement the team released Friday said: "We regret it."')).toEqual([['We regret it.', 'The statement', 'said']])
    expect(quotesOf('The order the judge issued late Friday says: "Stop."')).toEqual([['Stop.', 'The order', 'says']])
    expect(quotesOf('The report the panel released in 2019 says: "The levee failed."')).toEqual([['The levee failed.', 'The report', 'says']])
    expect(quotesOf('The letter the mayor had signed says: "We will rebuild."')).toEqual([['We will rebuild.', 'The letter', 'says']])
    // Not an object after a past verb (`hauled signs:`), nor a subject of its own before the verb.
    expect(quotesOf('House interns hauled signs: "Vote no."')).toEqual([['Vote no.', null, null]])
    expect(quotesOf('The mayor the council elected in May said, "We will rebuild."')).toEqual([['We will rebuild.', 'The mayor', 'said']])
  })

  it('reads a noun of speech after an owner as a noun: the owner speaks only through what it holds', () => {
    expect(quotesOf('Sen. Ann Ruiz said the mayor\'s offer was a "bad deal."')).toEqual([['bad deal.', 'Ann Ruiz', 'said']])
    expect(quotesOf('Tom Baker called the president\'s immigration offer "reasonable."')).toEqual([['reasonable.', 'Tom Baker', 'called']])
    // What the noun holds is its owner's: a call for, a pledge to.
    expect(quotesOf('The mayor brushed off Governor Tom Baker\'s call for a "significant de-escalation" on Monday.')).toEqual([['significant de-escalation', 'Tom Baker', 'call']])
    // A plural is the head noun, the verb after it a verb: `the mayor's aides say`.
    expect(quotesOf('The mayor\'s former aides say the plan is "dead."')).toEqual([['dead.', "The mayor's former aides", 'say']])
  })

  it('reads X asked the crowd, before the quote', () => {
    expect(quotesOf('Ellen Park asked the crowd, "Are you ready for one more?"')).toEqual([['Are you ready for one more?', 'Ellen Park', 'asked']])
  })

  it('reads X told an outlet', () => {
    expect(quotesOf('Sam Ortiz told Variety, "The tour starts in June."')).toEqual([['The tour starts in June.', 'Sam Ortiz', 'told']])
  })

  it('reads X famously repeated a line:', () => {
    expect(quotesOf('On every stop, Nora Quinn famously repeated a line: "Nobody wins alone."')).toEqual([['Nobody wins alone.', 'Nora Quinn', 'repeated']])
  })

  it('reads the nearest verb in a long introduction', () => {
    const quotes = quotesOf('Paul Hart said the room went quiet and Anna Berg sang the opening line: "Hold on to the night."')
    expect(quotes).toEqual([['Hold on to the night.', 'Anna Berg', 'sang']])
  })

  it('leaves the cue that introduces the next quote to it when a quote closes its own reporting sentence', () => {
    expect(quotesOf('Mayor Ana Ortiz said the vote was "a good day for the city." Later, Bo Lind told reporters: "We kept every promise."')).toEqual([
      ['a good day for the city.', 'Ana Ortiz', 'said'],
      ['We kept every promise.', 'Bo Lind', 'told'],
    ])
    // A quote that runs on past a comma is split by the cue between: both halves are its speaker's.
    expect(quotesOf('Ana Ortiz called it "a good day," Bo Lind said, "and a long one."')).toEqual([
      ['a good day,', 'Bo Lind', 'said'],
      ['and a long one.', 'Bo Lind', 'said'],
    ])
  })

  it('reads the subject past a party label in parentheses and a participle clause', () => {
    expect(quotesOf('Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders’s following, said, "He has a heck of an email list."')).toEqual([
      ['He has a heck of an email list.', 'Richard J. Durbin', 'said'],
    ])
  })

  it('reads no apposition in a clause with a subject and a verb of its own before a participle', () => {
    expect(quotesOf('Asked about the bridge by the Herald’s Nina Patel, Mr Vale appeared annoyed, responding: “I’m not worried.”')).toEqual([
      ['I’m not worried.', 'Vale', 'responding'],
    ])
    // (An apposition with a past form in it after no name stays one: `, the newly appointed director,`; so does one that
    // a determiner opens, with a name and a past form in it.)
    expect(quotesOf('Ann Lee, the newly appointed director, responding to critics, said: “We will reopen.”')[0][1]).toBe('Ann Lee')
    expect(quotesOf('The official, a career diplomat Obama promoted, told reporters: “We were never consulted.”')[0][1]).toBe('The official')
  })

  it('reads the subject of the clause a participle goes with, not a place or a phrase before it', () => {
    expect(quotesOf('Trump posted a message on Twitter reading “Thank you Georgia” moments after polls closed.')).toEqual([['Thank you Georgia', 'Trump', 'reading']])
    expect(quotesOf('In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “He should be in prison.”')).toEqual([
      ['He should be in prison.', 'Hakeem Jeffries', 'saying'],
    ])
    expect(quotesOf('She spoke at the college at Purchase, when Sanders protesters interrupted her speech, shouting “she wins, we lose!”')).toEqual([
      ['she wins, we lose!', 'Sanders protesters', 'shouting'],
    ])
    expect(quotesOf('The video shows the cleric Anwar al-Awlaki, who was killed in a drone strike, lecturing: "Take heed."')).toEqual([['Take heed.', 'Anwar al-Awlaki', 'lecturing']])
    // A clause between gives its subject only when that is a name; else the main clause's subject speaks.
    expect(quotesOf('Trump lashed out at Democrats, as the shutdown entered its third week, saying, "They want open borders."')).toEqual([
      ['They want open borders.', 'Trump', 'saying'],
    ])
    expect(quotesOf('Clinton responded, when protesters interrupted her speech, saying, "I am glad you are here."')).toEqual([
      ['I am glad you are here.', 'Clinton', 'saying'],
    ])
    // A person before the place is the one it goes with.
    expect(quotesOf('The station aired a call from a woman in Ohio saying, "I cannot afford groceries."')).toEqual([['I cannot afford groceries.', 'a woman', 'saying']])
    // Not what comes `from` someone, nor a subject's apposition.
    expect(quotesOf('Pence received a call from Trump saying, "You can do this."')).toEqual([['You can do this.', 'Trump', 'saying']])
    expect(quotesOf('"We will see," said the official, a veteran diplomat, adding, "It will be hard."')).toEqual([
      ['We will see,', 'the official', 'said'],
      ['It will be hard.', 'the official', 'adding'],
    ])
    // A phrase set off by commas before a plain verb is still read past.
    expect(quotesOf('“He had a lot of supporters,” Blunt, after a long pause, said of Cruz.')).toEqual([['He had a lot of supporters,', 'Blunt', 'said']])
  })

  it('reads a name with a party label in parentheses before a comma, unless it stands in an apposition', () => {
    expect(quotesOf('Sen. John Cornyn (R-Texas) said Lieberman could win, and Sen. John McCain (R-Ariz.), said he would be “overjoyed” if he were picked.')).toEqual([
      ['overjoyed', 'John McCain', 'said'],
    ])
    expect(quotesOf('"If she calls the bill, it will fail," Rep. Jan Schakowsky (D-Ill.), a close ally of Speaker Nancy Pelosi (D-Calif.), said.')).toEqual([
      ['If she calls the bill, it will fail,', 'Jan Schakowsky', 'said'],
    ])
    // A lawmaker named inside the subject's own phrase is not its subject.
    expect(quotesOf('The letter, sent to Rep. Jim Jordan (R-Ohio), said "the probe must end."')).toEqual([['the probe must end.', 'The letter', 'said']])
    expect(quotesOf('The group, which includes Sen. Mitt Romney (R-Utah), said "we will vote no."')).toEqual([['we will vote no.', 'The group', 'said']])
  })

  it('carries a speaker past a title that only a participle follows, in one sentence', () => {
    expect(quotesOf('"He does not have a chance," Graham said on MSNBC’s "Morning Joe," adding, "Kasich is an insider."')).toEqual([
      ['He does not have a chance,', 'Graham', 'said'],
      ['Kasich is an insider.', 'Graham', null],
    ])
    // A clause of its own after the title has its own subject, which is not the earlier speaker.
    const quotes = quotesOf('David Axelrod weighed in. "Too forced?" he tweeted when Clinton ended the debate with a nod to the "Star Wars" sequel hitting theaters, remarking, "May the Force be with you."')
    expect(quotes[0]).toEqual(['Too forced?', 'David Axelrod', 'tweeted'])
    expect(quotes[1]).toEqual(['May the Force be with you.', null, null])
  })

  it('reads a name past the office a title names', () => {
    expect(quotesOf('"We will act," said Secretary of Defense Lloyd Austin.')).toEqual([['We will act,', 'Lloyd Austin', 'said']])
    expect(quotesOf('"We will act," White House Chief of Staff Rahm Emanuel said.')).toEqual([['We will act,', 'Rahm Emanuel', 'said']])
    expect(quotesOf('"We will act," said Secretary of Health and Human Services Xavier Becerra.')).toEqual([['We will act,', 'Xavier Becerra', 'said']])
    // An office and no name is a description; a place after `of` is still no speaker.
    expect(quotesOf('"We will act," said the Secretary of Defense.')).toEqual([['We will act,', 'the Secretary of Defense', 'said']])
    expect(quotesOf('"We will act," Sen. Angus King of Maine said.')).toEqual([['We will act,', 'Angus King', 'said']])
  })

  it('takes whom a source speaks to for no speaker', () => {
    expect(quotesOf('Another intelligence source speaking to Fox News said, "The agents are investigating."')).toEqual([
      ['The agents are investigating.', 'Another intelligence source', 'said'],
    ])
    expect(quotesOf('Jane Roe, talking with CNN, said: "Yes."')).toEqual([['Yes.', 'Jane Roe', 'said']])
  })

  it('reads what a speaker describes something as, but not the one described in a passive', () => {
    expect(quotesOf('Ash described the move as a "major breach of trust."')).toEqual([['major breach of trust.', 'Ash', 'described']])
    expect(quotesOf('Hours before the vote, the agency defended its decision as "part of a sound plan to protect the herds."')[0].slice(1)).toEqual(['the agency', 'defended'])
    expect(quotesOf('Former President George W. Bush lauded Rumsfeld as a "faithful steward of our armed forces."')).toEqual([
      ['faithful steward of our armed forces.', 'George W. Bush', 'lauded'],
    ])
    // The agent of the passive is who spoke.
    expect(quotesOf('The suspect was described by police as a "lone wolf."')).toEqual([['lone wolf.', 'police', 'described']])
    expect(quotesOf('Comey was dismissed by Trump as "a showboat."')).toEqual([['a showboat.', 'Trump', 'dismissed']])
    // Without one, no one; set off by a comma, the same.
    expect(quotesOf('The bill was called "dead on arrival" by the time it reached the Senate.')).toEqual([])
    expect(quotesOf('The plan, described by critics as "a giveaway to the rich," passed.')).toEqual([['a giveaway to the rich,', 'critics', 'described']])
    expect(quotesOf('The plan, described as "a giveaway to the rich" in the report, passed.')).toEqual([['a giveaway to the rich', null, null]])
    // An active verb in a series keeps its quote.
    expect(quotesOf('Tom Baker spoke for an hour, called the plan "a disaster," and left.')).toEqual([['a disaster,', 'Tom Baker', 'called']])
    // Nor does the next sentence's cue reach back over a fragment that closes its own sentence.
    expect(quotesOf('The plan was criticized by Democrats as "cruel." Nancy Pelosi said: "It is wrong."')).toEqual([
      ['cruel.', 'Democrats', 'criticized'],
      ['It is wrong.', 'Nancy Pelosi', 'said'],
    ])
  })

  it('reads the subject of a short sentence that a colon ends before the quote', () => {
    expect(quotesOf('Gov. John Kasich was asked to act. Kasich resisted: "Ohio governors do not have the power."')).toEqual([
      ['Ohio governors do not have the power.', 'John Kasich', null],
    ])
    expect(quotesOf('Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It is time to quit."')).toEqual([
      ['It is time to quit.', 'Mitch McConnell', null],
    ])
    expect(quotesOf('When Wallace died in 1998, President Clinton released the following statement: "We offer our condolences."')).toEqual([
      ['We offer our condolences.', 'Clinton', null],
    ])
    // Past an opening phrase, and a reporting verb too far from the quote to read on its own.
    expect(quotesOf('"I am sad," Ann Lee told reporters. Moments later, she added, a bit regretfully: "I really am."')).toEqual([
      ['I am sad,', 'Ann Lee', 'told'],
      ['I really am.', 'Ann Lee', 'added'],
    ])
  })

  it('reads no speaker from a colon sentence whose subject hears the words, or is no person the article shows', () => {
    expect(quotesOf('Donald Trump faced a question from reporters: "Will you fire Mueller?"')).toEqual([['Will you fire Mueller?', null, null]])
    expect(quotesOf('Barack Obama was met with a chant: "Four more years!"')).toEqual([['Four more years!', null, null]])
    expect(quotesOf('Donald Trump has company: "I agree with him."')).toEqual([['I agree with him.', null, null]])
    expect(quotesOf('Sen. Susan Collins, R-Maine, had a warning: "Slow down."')).toEqual([['Slow down.', 'Susan Collins', null]])
    expect(quotesOf('Twitter exploded: "Is this real?"')).toEqual([['Is this real?', null, null]])
    expect(quotesOf('Consider this: "We are broke."')).toEqual([['We are broke.', null, null]])
    expect(quotesOf('The timing of the surge does not surprise pollster Daron Shaw: "Lesser-known candidates win."')).toEqual([
      ['Lesser-known candidates win.', null, null],
    ])
    expect(quotesOf('Trump’s plan: "Build the wall."')).toEqual([['Build the wall.', null, null]])
    expect(quotesOf('"We will see," Ann Lee said. Wait, it gets better: "We won."')).toEqual([
      ['We will see,', 'Ann Lee', 'said'],
      ['We won.', 'Ann Lee', null],
    ])
  })

  it('reads the subject of a clause joined by and', () => {
    expect(quotesOf('Later, Anna Berg turned to the band and said, "That was the one."')).toEqual([['That was the one.', 'Anna Berg', 'said']])
  })

  it('gives a quote followed by she continued to the woman named before', () => {
    const quotes = quotesOf('Grace Hill spoke after the vote. "We did it together," she continued.')
    expect(quotes).toEqual([['We did it together,', 'Grace Hill', 'continued']])
  })

  it('takes a cue sentence between two quotes for both', () => {
    const quotes = quotesOf('Grace Hill spoke first. "It was a long night." She continued: "We are proud of the result."')
    expect(quotes).toEqual([
      ['It was a long night.', 'Grace Hill', 'continued'],
      ['We are proud of the result.', 'Grace Hill', 'continued'],
    ])
  })

  it('takes a sentence after a quote for its cue with a verb of other senses only when the sentence is little more than it', () => {
    expect(quotesOf('"It works," Dr. Ana Ruiz told reporters. "You are protected." Updated state guidance will still call on people to wear masks.')).toEqual([
      ['It works,', 'Ana Ruiz', 'told'],
      ['You are protected.', 'Ana Ruiz', 'told'],
    ])
    expect(quotesOf('"We are not done yet." The senator\'s spokesman added.')).toEqual([['We are not done yet.', 'The senator\'s spokesman', 'added']])
    // Titles and an aside between commas are the subject's, however many words they take.
    expect(quotesOf('"We will win this fight." Senate Majority Leader Chuck Ruiz added.')[0][1]).toBe('Chuck Ruiz')
    expect(quotesOf('"There was no deal." The White House press secretary, Jen Park, later added.')[0][1]).toBe('Jen Park')
  })

  it('carries the last speaker on to a quote without a cue in the same paragraph', () => {
    const quotes = quotesOf('"We start at dawn," Tom Baker said. "Bring water."')
    expect(quotes).toEqual([['We start at dawn,', 'Tom Baker', 'said'], ['Bring water.', 'Tom Baker', 'said']])
    expect(quotesOf('"We start at dawn," Tom Baker said as the sun rose over the hall. "Bring water."')[1]).toEqual(['Bring water.', 'Tom Baker', null])
  })

  it('takes no amount for a speaker: what a verb after the quote says is no one', () => {
    expect(quotesOf('The fact that the sign says "No entry" says a lot about the town.')).toEqual([['No entry', 'the sign', 'says']])
  })

  it('gives a quote standing alone after a sentence that reports someone\'s speech to that person', () => {
    expect(quotesOf('Lenahan says he sees a bigger issue at work here. “There is kind of a culture war going on.”')).toEqual([
      ['There is kind of a culture war going on.', 'Lenahan', 'says'],
    ])
    expect(quotesOf('Mr. Lenahan says he sees a bigger issue. “There is a culture war going on.”')[0][1]).toBe('Lenahan')
    expect(quotesOf('Yellen reiterated that lawmakers have until October.\n\n“A delay would cause irreparable damage.”')).toEqual([['A delay would cause irreparable damage.', 'Yellen', 'reiterated']])
    // Past an aside or an adverb; a pronoun later in the sentence stands for the same person.
    expect(quotesOf('Qari Khosti, a spokesman for the ministry, confirmed the toll but cautioned that it could rise. “I don’t have an exact number.”')[0][1]).toBe('Qari Khosti')
    expect(quotesOf('The governor also announced a down payment. "It is more than enough."')[0][1]).toBe('The governor')
    expect(quotesOf('Smith said the plan, which he said had failed, was over. “It is over.”')[0][1]).toBe('Smith')
    // Not another verb than the subject's own, a verb only beside a quote, a second person reporting, no one named.
    const speakerAfter = (sentence: string) => quotesOf(`${sentence} “With all due respect, that is wrong.”`)[0].slice(1)
    expect([
      speakerAfter('Biden stumbled repeatedly when taking his first questions from reporters.'),
      speakerAfter('Smith added that the plan had failed.'),
      speakerAfter('Paul alleged that the lab had been funded by the agency, something that Fauci strongly disputed.'),
      speakerAfter('It also suggests the council make recommendations.'),
    ]).toEqual([[null, null], [null, null], [null, null], [null, null]])
    // Not a question the quote answers, nor a quote with narration of its own in its sentence.
    expect(quotesOf('Reporters asked the mayor whether the bridge would reopen. “We will see.”')).toEqual([['We will see.', null, null]])
    expect(quotesOf('Biden said the economy was weak. “Folks are hurting right now” was how one voter put it.')[0][1]).not.toBe('Biden')
    // The sentence read from its start: a name right after a quote inside the narration is no subject, while one after
    // a quote that opens the sentence reports it and the next paragraph.
    const afterQuotedEpithet = 'James Fitzgerald, a profiler who helped catch "Unabomber" Ted Kaczynski -- who killed 3 people -- told Fox News that the letter looked familiar.\n\n“It wasn’t an honest mistake.”'
    expect(quotesOf(afterQuotedEpithet).at(-1)![1]).not.toBe('Ted Kaczynski')
    // A comma that closes the quote closes what opened the sentence: the main clause after it reports (helper-92).
    expect(quotesOf('In an interview with "Meet the Press," Senator Dan Jones said a deal was near.\n\n"We have the votes and we will prove it."').at(-1)![1]).toBe('Dan Jones')
    expect(quotesOf('“It was a raid,” diGenova, a former prosecutor, told Fox News.\n\n“This is an abuse of power.”')).toEqual([
      ['It was a raid,', 'diGenova', 'told'],
      ['This is an abuse of power.', 'diGenova', 'told'],
    ])
    // An earlier quote that goes on keeps its speaker.
    expect(quotesOf('"We start at dawn," Tom Baker said as Ann Lee said the plan was fine. "Bring water."')[1]).toEqual(['Bring water.', 'Tom Baker', null])
  })

  it('carries the speaker on to a paragraph that opens with a quote, after one that ended with a quote and its cue', () => {
    expect(quotesOf('"We are thrilled," Ellen Park said.\n\n"The tour goes on," she added.\n\n"It was a dream."')).toEqual([
      ['We are thrilled,', 'Ellen Park', 'said'],
      ['The tour goes on,', 'Ellen Park', 'added'],
      ['It was a dream.', 'Ellen Park', null],
    ])
  })

  it('joins a quote broken by its cue into one utterance', () => {
    const result = extract('"We start at dawn," Tom Baker said, "and we finish late."')
    expect(result.utterances).toEqual([[0, 1]])
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['Tom Baker', 'Tom Baker'])
  })

  it('resolves he and she to the last person of that gender', () => {
    const body = 'Mary Stone met Peter Reyes at the gate. "I missed the train," he said. "So did I," she said.'
    expect(quotesOf(body).map(([, speaker]) => speaker)).toEqual(['Peter Reyes', 'Mary Stone'])
  })

  it('learns a gender from the text when no first name tells it', () => {
    const body =
      'Sen. Okafor arrived late; she apologized to the hosts. Sen. Ruiz took questions, and he was brief. ' +
      'Later Sen. Ruiz waved to the crowd. "Thank you for waiting," she said.'
    expect(quotesOf(body)).toEqual([['Thank you for waiting,', 'Okafor', 'said']])
  })

  it('ignores people named in an aside when resolving a pronoun', () => {
    const body = 'Anna Berg thanked the crew. (Even Julia Vance applauded.) "It took all of us," she said.'
    expect(quotesOf(body)).toEqual([['It took all of us,', 'Anna Berg', 'said']])
  })

  it('uses the fullest form of a name the article gives', () => {
    const body = 'Senator Ruth Adler arrived early. "We have the votes," Adler said.'
    expect(quotesOf(body)).toEqual([['We have the votes,', 'Ruth Adler', 'said']])
  })

  it('attributes quotes inside quotes: he from the context, I to the enclosing speaker', () => {
    const body = '"I still remember what Daniel told me on the bus," Anna Berg said. "He said, \'Just enjoy it.\' And I said, \'I will.\'"'
    const result = extract(body)
    const byText = new Map(result.quotes.map((quote) => [quote.text, quote]))
    expect(byText.get('Just enjoy it.')).toMatchObject({ speaker: 'Daniel', verb: 'said', nestedIn: 1 })
    expect(byText.get('I will.')).toMatchObject({ speaker: 'Anna Berg', verb: 'said', nestedIn: 1 })
    expect(result.quotes[1].speaker).toBe('Anna Berg')
  })

  it('keeps a fragment quoted inside a reporting sentence as speech', () => {
    expect(quotesOf('Nora Quinn said she was "so f**king proud" of the team.')).toEqual([['so f**king proud', 'Nora Quinn', 'said']])
  })

  it('gives a fragment far into a clause of saying to the one whose report opens the sentence', () => {
    expect(quotesOf('Mr. Ortega said that Ms. Lind, 61, will retire at the end of the season, and that Ms. Lind "was the best coach this club ever had."')).toEqual([
      ['was the best coach this club ever had.', 'Ortega', 'said'],
    ])
    expect(quotesOf('Dale Fenn said that when the river is low, the new dam could help the farms upstream, but "that said, the cost is far too high."')[0][1]).toBe('Dale Fenn')
    // One named after the verb set off by commas speaks: `Her remarks, said …, are`.
    expect(quotesOf('Her remarks, said Tom Berg, the league\'s spokesman, are "fully in line with what the board has said."')[0][1]).toBe('Tom Berg')
    // (Not whom one tells: `…, told Fox News,`.)
    expect(quotesOf('"It deserves an inquiry," Sen. Ann Lee, R-Tenn., told Fox News, adding that Kerry has "put our troops at risk."')[1][1]).toBe('Ann Lee')
    // Who the sentence ends on as reporting it outranks whose report it opens with.
    expect(quotesOf('Ms. Reyes told the mayor that before the council could vote on the budget, she needed a "firm promise" of funds, one aide said.')[0][1]).toBe('one aide')
    // A paper that reports, named with its article; a title after the verb does not put the quote out of reach.
    const earlier = 'On May 26, 2009, The Harbor Post described Mr. Vale as “a veteran of the war.” '
    expect(quotesOf(`${earlier}The Shelton Weekly reported on May 23, 2008, that Mr. Vale “was met with applause when he spoke.”`)[1].slice(1)).toEqual(['Shelton Weekly', 'reported'])
    // With its article, a paper is no person of its name (helper-92).
    expect(quotesOf('Rep. Katie Hill announced her resignation. The Hill reported that leaders "have no plans to hold a vote this year."')[0][1]).toBe('The Hill')
  })

  it('reads the clause of saying past what opens the sentence, through a participle that goes on with it, and past a participle before a noun', () => {
    expect(quotesOf('While she did not take up the question of cuts in her statement, Ms. Vale said her union would study any proposed changes to the pension plan "to see how each might hurt the workers."')[0].slice(1)).toEqual(['Vale', 'said'])
    // (Not from inside an opening clause whose subject has an apposition: `After Mr. Rand, the committee chairman, said …,`.)
    expect(quotesOf('After Mr. Rand, the committee chairman, said the bill was dead, the others in the House pressed ahead with their "lifeline for seniors."')[0]?.[1] ?? null).toBeNull()
    expect(quotesOf('The official told the Herald that arrests of this kind usually take place at dawn with a team of agents in protective gear, adding that the case was "nothing out of the ordinary."')[0].slice(1)).toEqual(['The official', 'adding'])
  })

  it('gives a far fragment to no one when the clause of saying does not run on to it', () => {
    const speakerOf = (sentence: string) => quotesOf(sentence)[0]?.[1]
    expect([
      // An infinitive, whose subject may be another's.
      speakerOf('Party leaders kept up pressure on Mayor Ann Voss on Sunday to better explain -- and publicly apologize for -- her claim that the budget is "a plan of her own choosing" for the city.'),
      // Another clause with its own subject on the way.
      speakerOf('Mayor Ann Voss says the rise in the cost of bread over the last year is small, and a memo obtained by the paper asks the members of the council to focus on how the plan "cuts costs for families."'),
      // A name the narration gives something.
      speakerOf('The aides say that the program will most likely be cut from the large spending package known as the "budget bill" that the council plans.'),
      // A report denied, or one heard.
      speakerOf('Mr. Rand never said that the plan, which was drafted by his own staff over the summer, was "a failure."'),
      speakerOf('Ms. Lee was told by her doctors over the weekend that the tumor was "almost certainly benign."'),
      // A participle that brings in another's words.
      speakerOf('Mr. Rand said the bill would pass, responding to Ms. Lee’s claim earlier in the day that the measure was "dead on arrival in the Senate."'),
      // Words that bring in another's words or a name another gives.
      speakerOf('Ms. Lee said she was troubled by the general’s assertion at the hearing that the troops were "fully prepared for the winter."'),
      speakerOf('Ms. Lee said that a sign taped to the door of the clinic on Main Street read "Closed until further notice."'),
    ]).toEqual([null, null, undefined, null, null, null, null, null])
    // (Her own statement is hers.)
    expect(speakerOf('Ms. Lee said in a statement on Tuesday that if elected she would "secure the border within a year."')).toBe('Lee')
  })

  it('gives fragments quoted one after another in one reporting sentence to its speaker, and not past its end', () => {
    expect(quotesOf('Nora Quinn said the plan was "reckless" and feared it would "hurt families" as well as "small shops."')).toEqual([
      ['reckless', 'Nora Quinn', 'said'],
      ['hurt families', 'Nora Quinn', 'said'],
      ['small shops.', 'Nora Quinn', 'said'],
    ])
    // A new sentence: the next fragment is nobody's speech (a scare quote).
    expect(quotesOf('Nora Quinn said the plan was "reckless." Others saw "good ideas" in it.')).toEqual([['reckless.', 'Nora Quinn', 'said']])
    // Nor past a main clause with a subject of its own, though the same speaker's `, but acknowledged` goes on: what
    // McConnell dismissed the criticism as is his word.
    expect(
      quotesOf('Warren said the bill was "a giveaway" to banks and that Republicans were "rigging the system" for donors, and McConnell dismissed the criticism as "nonsense."'),
    ).toEqual([
      ['a giveaway', 'Warren', 'said'],
      ['rigging the system', 'Warren', 'said'],
      ['nonsense.', 'McConnell', 'dismissed'],
    ])
    // Without `as`, such a verb reports only a quote right beside it.
    expect(quotesOf('Warren said the bill was "a giveaway," and McConnell dismissed the criticism of the bill by "a few critics."')).toEqual([
      ['a giveaway,', 'Warren', 'said'],
      ['a few critics.', null, null],
    ])
    // What the mayor praised something as is the mayor's.
    expect(quotesOf('The governor said the storm was "catastrophic" for the coast while the mayor, who had praised the response as "flawless," stayed silent.')).toEqual([
      ['catastrophic', 'The governor', 'said'],
      ['flawless,', 'the mayor', 'praised'],
    ])
    // The comma inside the marks (American style) counts as well.
    expect(quotesOf('Trump said the deal was "a disaster," and McConnell dismissed the criticism as "nonsense."')).toEqual([
      ['a disaster,', 'Trump', 'said'],
      ['nonsense.', 'McConnell', 'dismissed'],
    ])
    expect(quotesOf('Trump said the deal was "disgraceful", and the "worst deal ever."')).toEqual([
      ['disgraceful', 'Trump', 'said'],
      ['worst deal ever.', 'Trump', 'said'],
    ])
    expect(quotesOf('He said it is "important" for every school, but acknowledged these choices are "locally made" by each town.')).toEqual([
      ['important', null, 'said'],
      ['locally made', null, 'said'],
    ])
  })

  it('looks no further than the cues around a quote inside a quote: a verb later in that sentence is another clause\'s', () => {
    const body = '“Republican hypocrisy at its finest: saying that a boast caught on tape is just ‘locker room talk,’ but scandalizing themselves into outrage when my sis says a curse word in a bar,” Alma Ruiz tweeted.'
    // Without a cue beside it, the catchword is taken for a scare quote.
    expect(extract(body).quotes.map((quote) => [quote.text.slice(0, 20), quote.speaker])).toEqual([['Republican hypocrisy', 'Alma Ruiz']])
  })

  it('takes the name after a verb set off by a comma later in the sentence, not the clause before it', () => {
    expect(quotesOf('"It seems extremely unlikely" that Reyes can catch Olsen, said Steve Marsh, a strategist.')).toEqual([
      ['It seems extremely unlikely', 'Steve Marsh', 'said'],
    ])
  })

  it('reads a name that signs a quote after a dash', () => {
    expect(quotesOf('"Vote early and vote often." ― Luis Mendez')).toEqual([['Vote early and vote often.', 'Luis Mendez', null]])
  })

  it('reads a headline label', () => {
    expect(quotesOf('Mendez: "We Will Win This Fight Together"')).toEqual([['We Will Win This Fight Together', 'Mendez', null]])
  })

  it('reads a cue that closes the paragraph before', () => {
    expect(quotesOf('Then Mayor Ruth Adler added:\n\n"The budget is balanced."')).toEqual([['The budget is balanced.', 'Ruth Adler', 'added']])
  })

  it('leaves a quote nobody is said to have spoken without a speaker', () => {
    expect(quotesOf('The banner over the stage read nothing at all. "Everything changes tonight and nobody is ready."')).toEqual([
      ['Everything changes tonight and nobody is ready.', null, null],
    ])
  })

  it('takes no noun for a reporting verb: his on-camera claim, a far cry, articles that are written', () => {
    expect(quotesOf('Republicans asked Michael Steele to explain his on-camera claim that Afghanistan is a "war of Obama\'s choosing" and may not be winnable.')).toEqual([
      ["war of Obama's choosing", null, null],
    ])
    expect(quotesOf('In December, Steele declared that Afghanistan is "a war we have to win" — a far cry from the comments he made Thursday.')).toEqual([
      ['a war we have to win', 'Steele', 'declared'],
    ])
    expect(quotesOf('Rep. Ann Lee added that she "cannot know what is reported in all" the articles that are written about her.')).toEqual([
      ['cannot know what is reported in all', 'Ann Lee', 'added'],
    ])
  })

  it('still reads a bare verb after a longer subject that ends in a singular word', () => {
    expect(quotesOf('"We are ready for the storm," officials at the agency say.')).toEqual([['We are ready for the storm,', 'officials', 'say']])
    expect(quotesOf('"We are ready for the storm," Ann Lee and her husband say.')).toEqual([['We are ready for the storm,', 'her husband', 'say']])
    expect(quotesOf('Voters across the state say "enough is enough."')).toEqual([['enough is enough.', 'Voters', 'say']])
  })

  it('still reads a bare verb after a plural, a pronoun, and a past that is spelled bare', () => {
    expect(quotesOf('Officials claim "the storm is over," and they claim "nothing was lost."')).toEqual([
      ['the storm is over,', 'Officials', 'claim'],
      ['nothing was lost.', null, 'claim'],
    ])
    expect(quotesOf('"Friend, let me be blunt," the email read.')).toEqual([['Friend, let me be blunt,', 'the email', 'read']])
  })

  it('takes state before another word for a noun, and for a verb before what a statement opens with', () => {
    expect(quotesOf('"I asked for changes," Hutchinson said, urging state lawmakers to "recall" the bill.').map(([text, , verb]) => [text, verb])).toEqual([
      ['I asked for changes,', 'said'],
      ['recall', 'urging'],
    ])
    expect(quotesOf('The new rules state that "no one may enter after dark."')).toEqual([['no one may enter after dark.', 'The new rules', 'state']])
    expect(quotesOf('The new rules state flatly that "no one may enter after dark."')).toEqual([['no one may enter after dark.', 'The new rules', 'state']])
    expect(quotesOf('The new rules state as follows: "No one may enter after dark."')).toEqual([['No one may enter after dark.', 'The new rules', 'state']])
  })

  it('reads an unnamed source with what it is close to', () => {
    expect(quotesOf('"A deal is near," people familiar with the matter said.')).toEqual([['A deal is near,', 'people familiar with the matter', 'said']])
    expect(quotesOf('"We will see," a source close to the White House said.')).toEqual([['We will see,', 'a source close to the White House', 'said']])
    expect(quotesOf('"The talks are stuck," one person close to the talks said.')).toEqual([['The talks are stuck,', 'one person close to the talks', 'said']])
  })

  it('takes the object after a participle for no speaker: the sentence has one', () => {
    expect(quotesOf('Asked how long it would last, the president replied, “As long as it takes,” calling his wall a matter of security.')).toEqual([
      ['As long as it takes,', 'the president', 'replied'],
    ])
  })

  it('gives the words after a verb and an owner to the one owned, by name when a role names them', () => {
    expect(quotesOf('“He did nothing wrong,” said Reed’s lawyer, Sam Ortiz.')).toEqual([['He did nothing wrong,', 'Sam Ortiz', 'said']])
    expect(quotesOf('“It was fine,” said Trump’s former lawyer Michael Cohen.')).toEqual([['It was fine,', 'Michael Cohen', 'said']])
    expect(quotesOf('“The charges are baseless,” said Reed’s lawyer.')).toEqual([['The charges are baseless,', 'Reed’s lawyer', 'said']])
    expect(quotesOf('According to Reed’s lawyer, Sam Ortiz, the senator “did nothing wrong.”')).toEqual([['did nothing wrong.', 'Sam Ortiz', 'According to']])
    // A name right after the owner is who speaks.
    expect(quotesOf('“It cannot last,” said Florida’s Rick Wilson, a consultant.')[0][1]).toBe('Rick Wilson')
    // Roles of two words or an acronym, a name past the clause's end, and bodies named with an owner (helper-92).
    const speakerAfter = (attribution: string) => quotesOf(`“It is fine,” ${attribution}`)[0][1]
    expect([
      'said Reed’s lawyer Sam Ortiz in a statement.', 'said Biden’s press secretary, Jen Psaki.', 'said Tesla’s CEO Elon Musk.',
      'said Apple’s CEO, Tim Cook.', 'said Moody’s Analytics chief economist Mark Zandi.', 'said Children’s Hospital spokesman Bob Jones.',
      'said St. Mary’s Hospital.', 'said McDonald’s.', 'opined Cleveland’s Plain Dealer.', 'said Reed’s lawyer Monday.',
      'said Biden’s chief of staff, Ron Klain.', 'said Florida’s Republican governor, Ron DeSantis.', 'said Trump’s attorney general William Barr.',
      'said Trump’s Republican National Committee chair Ronna McDaniel.', 'said Trump’s Republican Senate ally Lindsey Graham.',
      'said Trump’s Republican allies Jim Jordan and Matt Gaetz.', 'said Trump’s offer of “help”.',
      // (Not a place, a circumstance or another person after them: helper-95.)
      'said Microsoft’s president Brad Smith at the Munich Security Conference.', 'said Israel’s military in a statement on Telegram.',
      'said Reed’s lawyer outside the courthouse in Boston.', 'said Russia’s defense ministry, citing Ukrainian losses.',
      'said Trump’s lawyer Rudy Giuliani and his son Andrew.', 'said Trump’s campaign spokesman Steven Cheung and senior adviser Jason Miller.',
    ].map(speakerAfter)).toEqual([
      'Sam Ortiz', 'Jen Psaki', 'Elon Musk', 'Tim Cook', 'Mark Zandi', 'Bob Jones', 'St. Mary’s Hospital', 'McDonald’s', 'Cleveland’s Plain Dealer', 'Reed’s lawyer',
      'Ron Klain', 'Ron DeSantis', 'William Barr', 'Ronna McDaniel', 'Lindsey Graham', 'Jim Jordan and Matt Gaetz', 'Trump’s offer',
      'Brad Smith', 'Israel’s military', 'Reed’s lawyer', 'Russia’s defense ministry', 'Rudy Giuliani', 'Steven Cheung',
    ])
  })

  it('takes a name after a participle for what the report is about, a pronoun for the speaker', () => {
    const opening = 'Saying Hamas must pay a “very heavy price for its attacks” in the end, Israeli jets struck a tower in Gaza.'
    expect(quotesOf(opening)[0][1]).not.toBe('Saying Hamas')
    expect(quotesOf('Biden said the meeting was “good and positive” overall, saying he made “no threats to anyone at all”.').map((quote) => quote[1])).toEqual(['Biden', 'Biden'])
  })

  it('gives the words of one who speaks for a person to that one, not to the person', () => {
    expect(quotesOf('A spokesperson for Rep. Dana Whitfield (D-Ore.), who opposes the plan, said, "We will not back down."')).toEqual([
      ['We will not back down.', 'A spokesperson for Rep. Dana Whitfield', 'said'],
    ])
    expect(quotesOf('An aide to Senator Paul Greer told reporters, "He is furious."')).toEqual([['He is furious.', 'An aide to Senator Paul Greer', 'told']])
    expect(quotesOf('A lawyer for Nina Patel said, "She will testify."')).toEqual([['She will testify.', 'A lawyer for Nina Patel', 'said']])
    expect(quotesOf('A spokesman for the Justice Department said "we will appeal."')).toEqual([['we will appeal.', 'A spokesman for the Justice Department', 'said']])
    // `family` ends like an adverb (`reportedly`) and is none.
    expect(quotesOf('A lawyer for the family said "we will appeal."')).toEqual([['we will appeal.', 'A lawyer for the family', 'said']])
    expect(quotesOf('"We have lost a loving father," his family said.')).toEqual([['We have lost a loving father,', 'his family', 'said']])
    // Read the other way round, the person stays the speaker.
    expect(quotesOf('Jeremy Hale, a spokesman for Rep. Dana Whitfield, said, "It is false."')).toEqual([['It is false.', 'Jeremy Hale', 'said']])
  })

  it('reads a plural with the words that say which of them speak', () => {
    expect(quotesOf('"We want our park back," pro-housing protesters chanted.')).toEqual([['We want our park back,', 'pro-housing protesters', 'chanted']])
    expect(quotesOf('"The deal is dead," senior officials said.')).toEqual([['The deal is dead,', 'senior officials', 'said']])
    expect(quotesOf('"Keep the mill open," Harlan supporters chanted.')).toEqual([['Keep the mill open,', 'Harlan supporters', 'chanted']])
    expect(quotesOf('U.N. officials said "the convoy got through."')).toEqual([['the convoy got through.', 'U.N. officials', 'said']])
    expect(quotesOf('"The convoy got through," said senior administration officials.')).toEqual([['The convoy got through,', 'senior administration officials', 'said']])
    // A singular in -ss and an adverb in -s are no plurals: `Mr. Vale nevertheless said` is Vale's.
    expect(quotesOf('Mr. Tom Vale nevertheless said he was seeking "spiritual guidance."')).toEqual([['spiritual guidance.', 'Tom Vale', 'said']])
    // Not the second of two subjects: the sentence's own subject speaks.
    expect(quotesOf('Mayors in the region say they and county officials have agreed on a "framework," and will meet Friday.')).toEqual([
      ['framework,', 'Mayors', 'agreed'],
    ])
  })

  it('reads the inflections of verbs that end in a consonant and y, or double their last letter', () => {
    expect(quotesOf('"I never saw the memo," Carla Voss denied.')).toEqual([['I never saw the memo,', 'Carla Voss', 'denied']])
    expect(quotesOf('"We made mistakes," the director admitted.')).toEqual([['We made mistakes,', 'the director', 'admitted']])
    expect(quotesOf('"Best team in the league," Omar Reyes bragged.')).toEqual([['Best team in the league,', 'Omar Reyes', 'bragged']])
  })

  it('takes no reaction in the next sentence for the cue of a quote that ended its own', () => {
    expect(quotesOf('Glen Marsh said the mayor was "rooting for failure." City officials dismissed that criticism.')).toEqual([
      ['rooting for failure.', 'Glen Marsh', 'said'],
    ])
    expect(quotesOf('Critics said the plan left out "all the small towns," a point the county office denied.')).toEqual([['all the small towns,', 'Critics', 'said']])
    // A clause after `noted that` is what was noted.
    expect(quotesOf('The letter cites a report. The bishops noted that "the budget fails the poor."')).toEqual([['the budget fails the poor.', 'The bishops', 'noted']])
  })

  it('reads a name past a generational number and an apposition that ends in a role', () => {
    expect(quotesOf('"This is a bad idea," Vann R. Hollis II, a writer for The Ledger, said.')).toEqual([['This is a bad idea,', 'Vann R. Hollis', 'said']])
    expect(quotesOf('"The rules start Monday," Kevin Ames, White House assistant press secretary, wrote.')).toEqual([['The rules start Monday,', 'Kevin Ames', 'wrote']])
    // A monarch's or a pope's number is part of the name.
    expect(quotesOf('Pope Leo XIV said "peace be with you."')).toEqual([['peace be with you.', 'Leo XIV', 'said']])
    expect(quotesOf('King Harald IX said "we mourn."')).toEqual([['we mourn.', 'King Harald IX', 'said']])
  })

  it('reads two people joined by and as one speaker, when each reads as a person', () => {
    expect(quotesOf('Rep. Dana Whitfield (D-Ore.) and Rep. Carl Ames (R-Idaho), both critics, said "this is a disgrace."')).toEqual([
      ['this is a disgrace.', 'Dana Whitfield and Carl Ames', 'said'],
    ])
    expect(quotesOf('"We object," said Nina Patel and Tom Vale.')).toEqual([['We object,', 'Nina Patel and Tom Vale', 'said']])
    // Two single names or two plurals read together, whatever they are.
    expect(quotesOf('Harlow and Finch said "sales rose."')).toEqual([['sales rose.', 'Harlow and Finch', 'said']])
    expect(quotesOf('Democrats and Republicans said "the bill is dead."')).toEqual([['the bill is dead.', 'Democrats and Republicans', 'said']])
    // An office's name holds `and`; it names no second person.
    expect(quotesOf('Health and Human Services Secretary Paul Greer said "it is our business."')).toEqual([['it is our business.', 'Paul Greer', 'said']])
  })

  it('reads the person after a title inside a run that opens with a place', () => {
    expect(quotesOf('"We waste too many doses," the University of Leeds professor Amara Osei told reporters.')).toEqual([
      ['We waste too many doses,', 'Amara Osei', 'told'],
    ])
  })

  it('gives the quote after a sentence that a show\'s title ends to that sentence\'s speaker', () => {
    expect(quotesOf('"We were sitting ducks," Sen. Ann Ruiz said on "Fox & Friends." "We had no defense at all."')).toEqual([
      ['We were sitting ducks,', 'Ann Ruiz', 'said'],
      ['We had no defense at all.', 'Ann Ruiz', null],
    ])
    expect(quotesOf('Sen. Ann Ruiz said on "Meet the Press" Sunday. "We had no defense at all."')).toEqual([
      ['We had no defense at all.', 'Ann Ruiz', null],
    ])
    // Not past a clause of its own after the title.
    expect(quotesOf('Sen. Ann Ruiz said she liked "Jaws" but left early. "It was great fun."')).toEqual([['It was great fun.', null, null]])
  })

  it('takes a cue sentence of its own with a place and time after the verb', () => {
    expect(quotesOf('"We will win this," Tom Vale said on Fox News Monday night. "And it will be big."')).toEqual([
      ['We will win this,', 'Tom Vale', 'said'],
      ['And it will be big.', 'Tom Vale', 'said'],
    ])
  })

  it('keeps cue sentences with a time after the verb, and takes a denial of the quote for no cue', () => {
    expect(quotesOf('"We will rebuild." The mayor said this week.')).toEqual([['We will rebuild.', 'The mayor', 'said']])
    expect(quotesOf('"We will rebuild." Tom Vale repeated that promise Tuesday.')).toEqual([['We will rebuild.', 'Tom Vale', 'repeated']])
    expect(quotesOf('Rita Moss accused Tom Vale of fraud. "He stole the election." Vale denied it.')).toEqual([['He stole the election.', null, null]])
  })

  it('reads a plural after and as a clause of its own, unless a subject stands before and', () => {
    expect(quotesOf('The plan failed and critics said it was "doomed from the start."')).toEqual([['doomed from the start.', 'critics', 'said']])
    expect(quotesOf('Tom Vale spoke Monday, his aides saying the deal was "close."')).toEqual([['close.', 'his aides', 'saying']])
  })

  it('reads no pair from a name that is an object, an owner, or one who asked', () => {
    expect(quotesOf('Tom Vale nodded at Rita Moss and Nina Patel said, "Let us go."')).toEqual([['Let us go.', 'Nina Patel', 'said']])
    expect(quotesOf('"We won," said Nina Patel and Tom Vale\'s lawyer.')).toEqual([['We won,', 'Nina Patel', 'said']])
    expect(quotesOf('"We agree," said Nina Patel and Tom Vale. "It is fine," she added.')).toEqual([
      ['We agree,', 'Nina Patel and Tom Vale', 'said'],
      ['It is fine,', 'Nina Patel', 'added'],
    ])
    expect(quotesOf('Tom Vale asked Nina Patel on "Meet the Press" Sunday. "I will not run."')).toEqual([['I will not run.', null, null]])
    expect(quotesOf('The governor sent aides to Rita Moss, who said the talks were "useful."')).toEqual([['useful.', 'Rita Moss', 'said']])
  })

  it('reads who stands before of or another preposition, not the one after it (a second review, helper-50)', () => {
    expect(quotesOf('Organizers of the rally said "it was a success."')).toEqual([['it was a success.', 'Organizers of the rally', 'said']])
    expect(quotesOf('A friend of the family said "we are grateful."')).toEqual([['we are grateful.', 'A friend of the family', 'said']])
    expect(quotesOf('A letter to the family said "we are sorry."')).toEqual([['we are sorry.', 'A letter', 'said']])
    expect(quotesOf('Lawmakers at the scene of the shooting described themselves as "sitting ducks."')).toEqual([['sitting ducks.', 'Lawmakers', 'described']])
  })

  it('reads a role before of with the names after it, before the verb and after it', () => {
    expect(quotesOf('Critics of Harlow and Finch said the deal was "a disgrace."')).toEqual([['a disgrace.', 'Critics of Harlow and Finch', 'said']])
    expect(quotesOf('"It must stop," said critics of Harlow and Finch.')).toEqual([['It must stop,', 'critics of Harlow and Finch', 'said']])
    expect(quotesOf('The head of Brightline said it was "a fair price."')).toEqual([['a fair price.', 'The head of Brightline', 'said']])
    expect(quotesOf('"We will rebuild," the mayor of Mesa said.')).toEqual([['We will rebuild,', 'the mayor of Mesa', 'said']])
    expect(quotesOf('Members of Congress said it was "a disgrace."')).toEqual([['a disgrace.', 'Members of Congress', 'said']])
    // A place after a name, a name that opens the sentence, and one who is shown, not a role, stay as they were.
    expect(quotesOf('Sen. Ann Ruiz of Maine said it was "a disgrace."')).toEqual([['a disgrace.', 'Ann Ruiz', 'said']])
    expect(quotesOf('Sanders of Vermont said it was "a disgrace."')).toEqual([['a disgrace.', 'Sanders', 'said']])
    expect(quotesOf('"We will," said chief of staff Tom Vale.')).toEqual([['We will,', 'Tom Vale', 'said']])
    // Whoever the name is, with a title or a given name (a second review, helper-58).
    expect(quotesOf('Critics of President Tom Vale said it was "a disgrace."')).toEqual([['a disgrace.', 'Critics of President Tom Vale', 'said']])
  })

  it('reads a role and a plural together, and a person named after a description', () => {
    expect(quotesOf('"We will rebuild," the mayor and city officials said.')).toEqual([['We will rebuild,', 'the mayor and city officials', 'said']])
    expect(quotesOf('The governor and state officials said the deal was "a disgrace."')).toEqual([['a disgrace.', 'The governor and state officials', 'said']])
    expect(quotesOf('"We will not," state officials said Monday.')).toEqual([['We will not,', 'state officials', 'said']])
    expect(quotesOf('"We will," said the mayor of Mesa, Tom Vale.')).toEqual([['We will,', 'Tom Vale', 'said']])
    // A place set off after the description is no person.
    expect(quotesOf('"We will," said the mayor of Mesa, Arizona.')).toEqual([['We will,', 'the mayor of Mesa', 'said']])
    // Nor is the one a description is about, or for (a second review, helper-58).
    expect(quotesOf('"We will," said the lawyer representing the victim, Nina Patel.')).toEqual([['We will,', 'the lawyer representing the victim', 'said']])
    expect(quotesOf('"We will," said lawyers for the officer, Tom Vale.')).toEqual([['We will,', 'lawyers for the officer', 'said']])
    expect(quotesOf('"We will," said relatives of the victim, Nina Patel.')).toEqual([['We will,', 'relatives of the victim', 'said']])
    expect(quotesOf('"We will," said the Democratic leader of the Senate, Tom Vale.')).toEqual([['We will,', 'Tom Vale', 'said']])
  })

  it('reads no verb or preposition into a description, and an infinitive’s subject before its `to`', () => {
    expect(quotesOf('Several unions representing dock workers from around the world have banded together to warn of a “global collapse” of shipping.')).toEqual([
      ['global collapse', 'Several unions', 'warn'],
    ])
    expect(quotesOf('The spill prompted the state’s governor to ask: “What is wrong with us?”')).toEqual([['What is wrong with us?', 'the state’s governor', 'ask']])
    expect(quotesOf('The secretary tried to explain that “the cables” come through the department.')).toEqual([['the cables', 'The secretary', 'explain']])
    // An infinitive of purpose is the subject's own (a second review, helper-59).
    expect(quotesOf('The president used the occasion to say: “We will rebuild.”')).toEqual([['We will rebuild.', 'The president', 'say']])
    expect(quotesOf('The mayor went to the city hall to announce that “the budget is balanced.”')).toEqual([['the budget is balanced.', 'The mayor', 'announce']])
    expect(quotesOf('Later that day the senator refused to say whether “the deal is dead.”')).toEqual([['the deal is dead.', 'the senator', 'say']])
    // A verb ends a subject read forward; a noun in -ing after a singular is part of the phrase.
    expect(quotesOf('Several Democrats issued a statement saying “the bill is dead.”')).toEqual([['the bill is dead.', 'Several Democrats', 'saying']])
    expect(quotesOf('“We will,” said a sales training manager.')).toEqual([['We will,', 'a sales training manager', 'said']])
    expect(quotesOf('The mayor in a speech across the state said “we will.”')).toEqual([['we will.', 'The mayor', 'said']])
    // Plurals without an -s speak as plurals do.
    expect(quotesOf('“We are not afraid!” people shouted as they marched.')).toEqual([['We are not afraid!', 'people', 'shouted']])
    expect(quotesOf('“Stay back,” police said.')).toEqual([['Stay back,', 'police', 'said']])
    // One who spoke in the course of doing something: `in making a speech across the world`.
    expect(quotesOf('“A year ago, the mayor in making a speech across the state said that our motto was ‘One city,’” Vale said.')).toEqual([
      ['A year ago, the mayor in making a speech across the state said that our motto was ‘One city,’', 'Vale', 'said'],
      ['One city,', 'the mayor', 'said'],
    ])
  })

  it('keeps numbers, lists and opening phrases apart from names and pairs', () => {
    expect(quotesOf('Ann Pope II said "we are grateful."')).toEqual([['we are grateful.', 'Ann Pope', 'said']])
    expect(quotesOf('After World War II Germany vowed, "Never again."')).toEqual([['Never again.', 'Germany', 'vowed']])
    expect(quotesOf('King Harald IX said "we mourn." Harald said "we mourn deeply."')).toEqual([
      ['we mourn.', 'King Harald IX', 'said'],
      ['we mourn deeply.', 'King Harald IX', 'said'],
    ])
    // A list of names speaks together, titles off as in a pair; not the object of a verb.
    expect(quotesOf('Pelley, Marsh and Okafor said "the bill is dead."')).toEqual([['the bill is dead.', 'Pelley, Marsh and Okafor', 'said']])
    expect(quotesOf('Sen. Ann Ruiz, Sen. Tom Baker and Rep. Ed Lee said the bill was "dead."')).toEqual([['dead.', 'Ann Ruiz, Tom Baker and Ed Lee', 'said']])
    expect(quotesOf('He met Pelley, Marsh and Okafor said "the bill is dead."')).toEqual([['the bill is dead.', 'Okafor', 'said']])
    expect(quotesOf('On Tuesday Democrats and Republicans said "the bill is dead."')).toEqual([['the bill is dead.', 'Republicans', 'said']])
  })

  it('reads plurals, pairs and agents after the verb as before it', () => {
    expect(quotesOf('"We will act," said U.S. officials.')).toEqual([['We will act,', 'U.S. officials', 'said']])
    expect(quotesOf('"We will act," said Republicans.')).toEqual([['We will act,', 'Republicans', 'said']])
    expect(quotesOf('"We will act," said Harlow and Finch.')).toEqual([['We will act,', 'Harlow and Finch', 'said']])
    expect(quotesOf('"We will act," said an adviser to the campaign.')).toEqual([['We will act,', 'an adviser to the campaign', 'said']])
    expect(quotesOf('"We will act," said officials Tuesday.')).toEqual([['We will act,', 'officials', 'said']])
    // A surname in -s is still a name.
    expect(quotesOf('"We will act," said Nina Sanders. "Soon," said Sanders.')).toEqual([
      ['We will act,', 'Nina Sanders', 'said'],
      ['Soon,', 'Nina Sanders', 'said'],
    ])
  })

  it('reads a report, a time and a party label for what they are (a third review, helper-51)', () => {
    // A verb's form after a determiner is a noun; a participle's clause set off by commas is no speaker.
    expect(quotesOf('The report, commissioned after the flood, recommended "immediate evacuation of low areas."')).toEqual([
      ['immediate evacuation of low areas.', 'The report', 'recommended'],
    ])
    expect(quotesOf('"We will rebuild," the report said.')).toEqual([['We will rebuild,', 'the report', 'said']])
    // A time between the subject and its verb.
    expect(quotesOf('The president this morning says "I feel badly for him."')).toEqual([['I feel badly for him.', 'The president', 'says']])
    // A party label is no one: `she` is the senator.
    expect(quotesOf('Sen. Kay Bailey Hutchison, R-Texas, who on Thursday unveiled a plan, said Friday the move was "a huge shift." "We welcome it," she said.')).toEqual([
      ['a huge shift.', 'Kay Bailey Hutchison', 'said'],
      ['We welcome it,', 'Kay Bailey Hutchison', 'said'],
    ])
    // A sentence goes on past a show's title to report the quote.
    expect(quotesOf('Campaign Chairman John Podesta told NBC’s “Meet the Press” that Clinton “has a clear standard on trade.”')).toEqual([
      ['has a clear standard on trade.', 'John Podesta', 'told'],
    ])
    expect(quotesOf('She sang “Shallow” that Sunday “with joy.”')).toEqual([['with joy.', null, null]])
    expect(quotesOf('Sen. Ted Cruz mentioned the show “Succession” that HBO “canceled too soon.”')).toEqual([['canceled too soon.', null, null]])
    // The title's speaker must be its verb's subject: not one told (`told Credico`), read when no subject was found.
    expect(quotesOf('Stone, the indictment says, told Randy Credico (“Person 2”) that he should “do a Frank Pentangeli.”')).toEqual([['do a Frank Pentangeli.', 'Stone', 'told']])
    expect(quotesOf('Stone, according to the indictment, “on multiple occasions” told Credico (“Person 2”) that he should “do a Frank Pentangeli.”').at(-1)).toEqual([
      'do a Frank Pentangeli.', null, null,
    ])
    // A verb after `but` goes on from the nearest clause's own verb, whose subject is a name.
    expect(quotesOf('The line was an addition to a speech in which Michael Bloomberg criticized Democrats, but argued that Trump was a “dangerous demagogue.”')).toEqual([
      ['dangerous demagogue.', 'Michael Bloomberg', 'argued'],
    ])
    expect(quotesOf('The plan was announced by the mayor, and praised as "a bold step" by critics.')).toEqual([['a bold step', 'The plan', 'praised']])
    // A participle set off by a comma after a quote has its subject before the quote, not the words after it.
    expect(quotesOf('President Trump made his first “Crooked Hillary” Twitter post on Tuesday, accusing an aide of “disregarding protocols.”')).toEqual([
      ['disregarding protocols.', null, null],
    ])
    // What a subject disputes as a quote is its characterization, as with `dismissed … as`.
    expect(quotesOf('The campaign disputed a report in the Times as an "outrageous distortion" of his service.')).toEqual([
      ['outrageous distortion', 'The campaign', 'disputed'],
    ])
    // The pronoun of a relative clause on a name is someone else.
    expect(quotesOf('Michael Bloomberg threw several jabs at Donald Trump, whom he called a "dangerous demagogue."')).toEqual([
      ['dangerous demagogue.', 'Michael Bloomberg', 'called'],
    ])
  })

  it('takes a name with its role after it for a person, and an infinitive a noun or object takes for the subject\'s', () => {
    // (BASIL 2019-70c75d68: `He` was Mr. Pence, the last titled name.)
    const pence = '“There is no pathway to citizenship in this proposal,” Mr. Pence said.'
    const heNoted = (who: string) => quotesOf(`${pence} ${who} said the Democrats had a choice to make. He also noted that the wall was “absolutely” needed.`).at(-1)
    expect(heNoted('Mick Mulvaney, the acting chief of staff,')).toEqual(['absolutely', 'Mick Mulvaney', 'noted'])
    expect(heNoted('Mick Mulvaney, the newly appointed chief of staff,')).toEqual(['absolutely', 'Mick Mulvaney', 'noted'])
    expect(heNoted('Mick Mulvaney, the embattled budget director,')).toEqual(['absolutely', 'Mick Mulvaney', 'noted'])
    // A role others hold too names a person after a modifier, and `who` tells a person (a third review, helper-61).
    expect(heNoted('Mick Mulvaney, the Senate majority leader,')).toEqual(['absolutely', 'Mick Mulvaney', 'noted'])
    expect(heNoted('Mick Mulvaney, the official who oversaw the budget,')).toEqual(['absolutely', 'Mick Mulvaney', 'noted'])
    // (BASIL 2018-1ed4f378: `who` after a place says nothing of the place.)
    expect(heNoted('Representative Daniel Lipinski of Illinois, a moderate Democrat from Chicago who faces a race,')).toEqual(['absolutely', 'Daniel Lipinski', 'noted'])
    // Without a role after it the unknown name is no person, nor is a company or place whose role others hold too
    // (a second review, helper-60): the titled name stands.
    expect(heNoted('Mick Mulvaney')).toEqual(['absolutely', 'Pence', 'noted'])
    expect(heNoted('Goldman Sachs, the host of the conference,')).toEqual(['absolutely', 'Pence', 'noted'])
    expect(heNoted('Blue Origin, the company whose founder is Jeff Bezos,')).toEqual(['absolutely', 'Pence', 'noted'])
    // An infinitive's subject: the person the noun names, the object of a verb that has someone act, or the owner's.
    expect(quotesOf('A worker killed eight people, prompting the state’s governor to ask: “What the hell is wrong with us?”')).toEqual([
      ['What the hell is wrong with us?', 'the state’s governor', 'ask'],
    ])
    expect(quotesOf('Mick Mulvaney spoke on Sunday. He had the nerve to call it “a hoax.”')).toEqual([['a hoax.', 'Mick Mulvaney', 'call']])
    expect(quotesOf('Gupta said it was improper for the network to claim Rogan took "horse dewormer" as a treatment.')).toEqual([['horse dewormer', 'the network', 'claim']])
    expect(quotesOf('The governor defended her decision to call the measure “a disgrace.”')).toEqual([['a disgrace.', 'The governor', 'call']])
    expect(quotesOf('He urged the crowd to chant “lock her up.”')).toEqual([['lock her up.', 'the crowd', 'chant']])
  })

  it('reads who stands before a preposition of several words that ends in of, and no participle after the noun', () => {
    expect(quotesOf('“We will win,” the man standing in front of the crowd at the rally said.')).toEqual([['We will win,', 'the man', 'said']])
    expect(quotesOf('“We will win,” said the man standing in front of the crowd.')).toEqual([['We will win,', 'the man', 'said']])
    expect(quotesOf('The man standing in front of the crowd said, “We will win.”')).toEqual([['We will win.', 'The man', 'said']])
    expect(quotesOf('A woman speaking on behalf of the family told reporters, “We will win.”')).toEqual([['We will win.', 'A woman', 'told']])
    expect(quotesOf('The woman in charge of the campaign said, “We will win.”')).toEqual([['We will win.', 'The woman', 'said']])
    expect(quotesOf('The senator on behalf of the committee said, “We will win.”')).toEqual([['We will win.', 'The senator', 'said']])
    // A noun in -ing after a preposition is no participle (a second review, helper-60).
    expect(quotesOf('“We will win,” said a professor of engineering at MIT.')).toEqual([['We will win,', 'a professor of engineering', 'said']])
    expect(quotesOf('“We will win,” the director of public housing said.')).toEqual([['We will win,', 'the director of public housing', 'said']])
    expect(quotesOf('“We will win,” said a survivor of the shooting.')).toEqual([['We will win,', 'a survivor of the shooting', 'said']])
    // A role's `of` is part of who speaks; a participle before a noun is part of it, one after a plural opens what they are.
    expect(quotesOf('“We will win,” the head of the union said.')).toEqual([['We will win,', 'the head of the union', 'said']])
    expect(quotesOf('“We will win,” said a sales training manager.')).toEqual([['We will win,', 'a sales training manager', 'said']])
    expect(quotesOf('Several unions representing shipping workers said, “We will win.”')).toEqual([['We will win.', 'Several unions representing shipping workers', 'said']])
  })

  it('gives a clause that a description sets off after a name to the name, and reads no infinitive’s object as its speaker', () => {
    // (BASIL 2013-9879bbc0, 2010-6b541575, 2013-526cabb7: no speaker, `a Democrat`, `the mayor of Chicago`.)
    expect(quotesOf('Senator John McCain, Republican of Arizona, began his questions by saying, “It’s wonderful to see you.”')).toEqual([
      ['It’s wonderful to see you.', 'John McCain', 'saying'],
    ])
    expect(quotesOf('Bob Etheridge, a Democrat, began his remarks by saying, “We will win.”')).toEqual([['We will win.', 'Bob Etheridge', 'saying']])
    // Without a name before it, the description is who speaks; a name after a preposition is none (helper-60).
    expect(quotesOf('After the debate, a Republican senator began his remarks by saying, “We will win.”')).toEqual([['We will win.', 'a Republican senator', 'saying']])
    expect(quotesOf('After Trump, the governor began his remarks by saying, “We will win.”')).toEqual([['We will win.', 'the governor', 'saying']])
    // (BASIL 2017-47a209b0: the nominee confirmed is no speaker of the term.)
    expect(quotesOf('His party is willing to use the “nuclear option” to confirm Judge Neil Gorsuch.')).toEqual([])
  })

  it('reads a report, post or note a determiner opens past its modifiers as a noun, not a verb', () => {
    // (AllSides 5986, 5995: `a new`, `a June 2 Facebook`.)
    expect(quotesOf('He vowed to “get through this together,” a new report revealed Tuesday.')).toEqual([['get through this together,', 'a new report', 'revealed']])
    expect(quotesOf('“Dr Fauci exposed for the fraud he is,” said a June 2 Facebook post from the WTF Files.')).toEqual([
      ['Dr Fauci exposed for the fraud he is,', 'a June 2 Facebook post', 'said'],
    ])
    expect(quotesOf('“Lives w/mom,” a handwritten note on the petition said.')).toEqual([['Lives w/mom,', 'a handwritten note', 'said']])
    // `familiar with` is one phrase read forward too.
    expect(quotesOf('According to two sources familiar with the negotiations, the deal is “core infrastructure.”')).toEqual([
      ['core infrastructure.', 'two sources familiar with the negotiations', 'According to'],
    ])
    // Other verbs after a noun stay verbs.
    expect(quotesOf('A Beijing official hit back at the bill on Wednesday, saying it "exaggerated the threat."')).toEqual([
      ['exaggerated the threat.', 'A Beijing official', 'saying'],
    ])
  })

  it('reads no speaker in the clause a participle opens after a quote: the sentence before it has the speaker', () => {
    // (BASIL 2013-68748e7f, 2013-1bb79cc1: `that the findings`, `that the`.)
    expect(quotesOf('In a statement, union President Randi Weingarten called the report "a distraction," adding that the findings were weak.')).toEqual([
      ['a distraction,', 'Randi Weingarten', 'called'],
    ])
    expect(quotesOf('Mr. Petraeus dismissed them, saying “they were useless,” adding that the draft was fine.')).toEqual([['they were useless,', 'Petraeus', 'saying']])
    // What the participle takes is what was said, not who said it (BASIL 2016-1b96a5db gave `the measure`).
    expect(quotesOf('Smith called the bill "a disgrace," saying it would hurt families.')).toEqual([['a disgrace,', 'Smith', 'called']])
    expect(quotesOf('But the bill’s proponents have disputed the rationale as "unconvincing and unsupportable," saying the measure is narrow.')).toEqual([
      ['unconvincing and unsupportable,', 'the bill’s proponents', 'disputed'],
    ])
    // With no reporting verb of its own before the quote, the participle reports it, for the sentence's subject.
    expect(quotesOf('FactCheck.org rated the Obama ad as "false," noting that the campaign was talking about waste.')).toEqual([['false,', 'FactCheck.org', 'noting']])
    // Also past a quote earlier in the sentence, never reading a name inside it (a review, helper-62).
    expect(quotesOf('The agency called the plan "risky" and "unworkable," warning that costs would rise.')).toEqual([
      ['risky', 'The agency', 'called'],
      ['unworkable,', 'The agency', 'warning'],
    ])
    expect(quotesOf('Obama called the deal "good for America, Israel and the world" and "historic," saying it would prevent a nuclear Iran.')).toEqual([
      ['good for America, Israel and the world', 'Obama', 'called'],
      ['historic,', 'Obama', 'saying'],
    ])
    // Not past a quote that ends its sentence.
    expect(quotesOf('"It was over." Smith called it "bad," saying it had failed.')).toEqual([
      ['It was over.', 'Smith', 'called'],
      ['bad,', 'Smith', 'called'],
    ])
    // A subject too hard to read leaves the participle reporting the quote for no one, rather than no quote at all.
    expect(quotesOf('Republicans, Democrats and independents all called the deal "fair," saying it was overdue.')).toEqual([['fair,', null, 'saying']])
    // Names that say which of a plural, a plural before a bare verb, the agent of a passive.
    expect(quotesOf('Union leaders rejected the offer as "insulting," saying it was too low.')).toEqual([['insulting,', 'Union leaders', 'saying']])
    // Also before a plural's auxiliary (was `Conservative`).
    expect(quotesOf('Conservative websites are crying foul over the cover, with some saying it makes her look "crazy."')).toEqual([['crazy.', 'Conservative websites', 'saying']])
    expect(quotesOf('Many economists consider the tax "regressive," arguing that it hurts the poor.')).toEqual([['regressive,', 'Many economists', 'arguing']])
    expect(quotesOf('The proposal was dismissed by the president as "a stunt," saying it would never pass.')).toEqual([['a stunt,', 'the president', 'dismissed']])
    // A second object after an earlier quote is no subject; a clause of its own is (a review, helper-63).
    expect(quotesOf('Trump called Pelosi "crazy" and Schumer "a clown," saying they hated America.')).toEqual([
      ['crazy', 'Trump', 'called'],
      ['a clown,', 'Trump', 'saying'],
    ])
    expect(quotesOf('Smith called it "bad," and Jones said it was "worse," adding that it had failed.')).toEqual([
      ['bad,', 'Smith', 'called'],
      ['worse,', 'Jones', 'said'],
    ])
    // Only a passive of describing or judging right before the quote gives its agent.
    expect(quotesOf('Trump was interviewed by Hannity about the "hoax," saying the FBI was corrupt.')).toEqual([['hoax,', 'Trump', 'saying']])
    expect(quotesOf('Zelensky was greeted by Biden as "a hero," saying Ukraine would never surrender.')).toEqual([['a hero,', 'Zelensky', 'saying']])
  })

  it('reads who speaks before a place named after in, at or on, or a list of places, and through an aside', () => {
    // (A review, helper-62: `Twitter`, `Pennsylvania`, `the plan`, `the agency`.)
    expect(quotesOf('Trump on Twitter said the report was "fake news."')).toEqual([['fake news.', 'Trump', 'said']])
    expect(quotesOf('Later on Trump said the report was "fake news."')).toEqual([['fake news.', 'Trump', 'said']])
    // A run-on chain of places is read without recursion (it overflowed the stack at some 2,000 links).
    expect(quotesOf(`${'Smith in Ohio and Texas at '.repeat(3000)}said the plan was "bad."`)).toEqual([['bad.', 'Smith', 'said']])
    expect(quotesOf('Voters in Ohio, Michigan and Pennsylvania described the economy as "terrible."')).toEqual([['terrible.', 'Voters in Ohio, Michigan and Pennsylvania', 'described']])
    expect(quotesOf('Critics of the plan, including Sen. Elizabeth Warren, have called it "a giveaway."')).toEqual([['a giveaway.', 'Critics of the plan', 'called']])
    expect(quotesOf('Officials from the agency, speaking on condition of anonymity, described the move as "reckless."')).toEqual([['reckless.', 'Officials', 'described']])
    // A comma after a place ends it: the name after it is no other place in a list (PolNeAR, nyt_2016-03-12).
    expect(quotesOf('As a protester was being removed from an event in Las Vegas, Mr. Trump said, "I\'d like to punch him."')).toEqual([
      ["I'd like to punch him.", 'Trump', 'said'],
    ])
  })

  it('takes a plural right after a past form for a noun, before a colon or after a determiner, not a reporting verb', () => {
    // (BASIL 2017-58f414e5: `House interns hauled signs` gave the speaker `House interns` and the verb `signs`.)
    expect(quotesOf('Outside, House interns hauled signs: “Scalise Strong,” “Capitol Police MVP” and “Unvidvided” in red.').map((quote) => quote[2])).not.toContain('signs')
    expect(quotesOf('Pelosi said the panel “will not let GOP antics stand in the way,” offering her first detailed remarks on the rejection.')).toEqual([
      ['will not let GOP antics stand in the way,', 'Pelosi', 'said'],
    ])
    // A verb after a relative clause or a participle that ends its subject stays a verb (helper-63).
    expect(quotesOf('A former employee who resigned says the company was "toxic."')).toEqual([['toxic.', 'A former employee', 'says']])
  })

  it('reads no attribution in a condition whose verb has its own object before the comma', () => {
    // (BASIL 2014: `if Ms. Brewer signs the measure,` had given Brewer the Delaware governor's words.)
    expect(
      quotesOf('Gov. Jack Markell of Delaware, a Democrat, told Ronan Farrow of MSNBC that if Ms. Brewer signs the measure, “the N.F.L. may be looking to move the Super Bowl.”'),
    ).toEqual([['the N.F.L. may be looking to move the Super Bowl.', 'Jack Markell', 'told']])
    // A condition's verb right before the comma still reports the quote, and so does a verb of saying with its
    // listener or a time before the comma (helper-83).
    expect(quotesOf('Anna Ruiz spoke last. Although Ruiz said, “we will win,” the team lost.')).toEqual([['we will win,', 'Anna Ruiz', 'said']])
    expect(quotesOf('If Donald Trump told James Comey on Feb. 14, "I hope you can let this go," he may have crossed a line.')).toEqual([
      ['I hope you can let this go,', 'Donald Trump', 'told'],
    ])
    expect(quotesOf('Though Susan Collins said on Monday, "I will vote for the bill." Her office now says she is undecided.')).toEqual([
      ['I will vote for the bill.', 'Susan Collins', 'said'],
    ])
  })

  it('reads the person a determiner and words in lower case describe, as other outlets name them', () => {
    // (BASIL 2012: `An incredulous Bob Schieffer` was a speaker of its own beside `Bob Schieffer`.)
    expect(quotesOf('An incredulous Bob Schieffer began his interview with Santorum by asking, "What in the world were you talking about?"')).toEqual([
      ['What in the world were you talking about?', 'Bob Schieffer', 'asking'],
    ])
    // Not a name after a preposition, a verb's form or a relative: the mayor of Washington is no Washington, a
    // protester heckling Donald Trump is no Donald Trump (helper-83).
    expect(quotesOf('The mayor of Washington, D.C., began by suggesting it was “hate chicken.”')[0]?.[1]).not.toBe('Washington')
    expect(quotesOf('A protester heckling Donald Trump interrupted the rally by shouting, "Lock him up!"')[0]?.[1]).not.toBe('Donald Trump')
    expect(quotesOf('A lawyer representing Stormy Daniels opened the hearing by asking, "Where is the contract?"')[0]?.[1]).not.toBe('Stormy Daniels')
  })

  it('gives he or she after a quote that follows the last one quoted to that person, past other names in between', () => {
    // (BASIL 2012: `he said` had gone to another man named before, here Santorum.)
    const text =
      'Rick Santorum said Sunday he was not questioning whether President Obama is a Christian when he referred to his "phony theology" on Saturday.\n\n' +
      '"It\'s wrong. It\'s destructive," said Robert Gibbs, the president\'s former press secretary who is now working on Obama\'s reelection effort.\n\n"It\'s time to get rid of this," he said.'
    expect(quotesOf(text).slice(-2)).toEqual([
      ["It's wrong. It's destructive,", 'Robert Gibbs', 'said'],
      ["It's time to get rid of this,", 'Robert Gibbs', 'said'],
    ])
    // Not after a fragment quoted inside narration: it hands on no speaker to a pronoun.
    const fragment = 'Sen. Chris Coons slammed the plan but also called Mitch McConnell\'s offer "a first step."\n\n"This shutdown is hurting millions," he said.'
    expect(quotesOf(fragment).at(-1)).toEqual(['This shutdown is hurting millions,', 'Chris Coons', 'said'])
    // Nor after a quote introduced inside another's sentence: Obama is quoted, Biden speaks (helper-83).
    const recalled = 'Joe Biden recalled the words Barack Obama told supporters in 2008: "Yes, we can."\n\n"I still believe that today," he said.'
    expect(quotesOf(recalled).at(-1)).toEqual(['I still believe that today,', 'Joe Biden', 'said'])
    // A person whose name tells no gender fits either pronoun (`Hilary Shelton`, a man; `he said` had gone to Fleming).
    const unknown =
      'Chris Fleming, a spokesman, said the group would wait. The final version "calls on all people of good will to act," said Hilary Shelton, director of the group\'s Washington bureau.\n\n' +
      '"I hope it will empower the party to look at itself," he said.'
    expect(quotesOf(unknown).at(-1)).toEqual(['I hope it will empower the party to look at itself,', 'Hilary Shelton', 'said'])
    // `Terry` tells no gender (Terry O'Neill, Terry McAuliffe).
    const terry =
      'Terry O\'Neill said the cover is "sexist" and cited a test by Gloria Steinem.\n\n"Who has ever called a man that?" O\'Neill said to The Daily Caller and confirmed to FoxNews.com on Tuesday.\n\n' +
      '"They did not even do this to Howard Dean," she said.'
    expect(quotesOf(terry).at(-1)).toEqual(['They did not even do this to Howard Dean,', "Terry O'Neill", 'said'])
  })

  it('gives the quote to the one named as telling it, not to those who say they did', () => {
    // (BASIL 2016: `aides said Mr. Ryan told his colleagues` had given Ryan's words to `aides`.)
    expect(quotesOf('“We got wiped out in the Midwest,” aides said Mr. Ryan told his colleagues behind closed doors.')).toEqual([
      ['We got wiped out in the Midwest,', 'Ryan', 'told'],
    ])
    expect(quotesOf('"We will win," aides said Monday.')).toEqual([['We will win,', 'aides', 'said']])
  })
})
