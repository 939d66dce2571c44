import { describe, expect, it } from 'vitest'
import { removeBoilerplate } from '../../src/sources/boilerplate.js'

describe('removeBoilerplate', () => {
  it('takes out photo credits, share lines, bylines and repeated lines, each with its reason', () => {
    const body = [
      'Lady Gaga and Bradley Cooper sang Shallow at the Oscars.',
      'Handout/Getty Images Entertainment/Getty Images',
      'Photo by Kevin Winter',
      'Share on Facebook',
      'Sign up for our newsletter',
      'By Jane Doe',
      'Continue reading the main story',
      'Gaga and Cooper at the Dolby Theatre',
      'Cooper sat down at the piano.',
      'Read: Can the duet win again?',
      'Gaga and Cooper at the Dolby Theatre',
      'Handout/Getty Images Entertainment/Getty Images',
    ].join('\n\n')
    const result = removeBoilerplate(body)
    expect(result.body).toBe('Lady Gaga and Bradley Cooper sang Shallow at the Oscars.\n\nCooper sat down at the piano.')
    expect(result.boilerplate).toEqual([
      { text: 'Handout/Getty Images Entertainment/Getty Images', reason: 'photo credit' },
      { text: 'Photo by Kevin Winter', reason: 'photo credit' },
      { text: 'Share on Facebook', reason: 'share or subscribe' },
      { text: 'Sign up for our newsletter', reason: 'share or subscribe' },
      { text: 'By Jane Doe', reason: 'byline' },
      { text: 'Continue reading the main story', reason: 'share or subscribe' },
      { text: 'Gaga and Cooper at the Dolby Theatre', reason: 'repeated line' },
      { text: 'Read: Can the duet win again?', reason: 'share or subscribe' },
      { text: 'Gaga and Cooper at the Dolby Theatre', reason: 'repeated line' },
      { text: 'Handout/Getty Images Entertainment/Getty Images', reason: 'photo credit' },
    ])
  })

  it('takes out what a saved page prints around the article: caption credits, dated bylines, posting times, contributor lines, links after Read more', () => {
    const caption = 'Crews cleared the flooded road near Alder Bridge on Monday. The county expects it to reopen by Friday.'
    const body = [
      '3/14/2022 9:05 AM PDT BY HARBOR STAFF',
      'Valley Times (Alder) First published March 14, 2022: 9:05 AM ET',
      `${caption} Credit Jane Roe/Agence France-Presse — Getty Images`,
      'The river crested at 19 feet, two feet above flood stage.',
      `${caption}(Jane Roe/County Press Office photo via AP)`,
      `${caption}(Jane Roe/County Press Office photo via AP)`,
      'Tom Poe contributed to this report.',
      'Reporting by Jane Roe; Editing by Tom Poe',
      'Read more:',
      'Alder Bridge reopens after two years of repairs',
      'How the county plans for the next flood',
    ].join('\n\n')
    const result = removeBoilerplate(body)
    expect(result.body.split('\n\n')).toEqual([caption, 'The river crested at 19 feet, two feet above flood stage.', caption])
    expect(result.boilerplate).toEqual([
      { text: '3/14/2022 9:05 AM PDT BY HARBOR STAFF', reason: 'byline' },
      { text: 'Valley Times (Alder) First published March 14, 2022: 9:05 AM ET', reason: 'timestamp' },
      { text: 'Credit Jane Roe/Agence France-Presse — Getty Images', reason: 'photo credit' },
      { text: '(Jane Roe/County Press Office photo via AP)', reason: 'photo credit' },
      // (The caption printed again goes whole, its credit with it: the credit is listed once.)
      { text: `${caption}(Jane Roe/County Press Office photo via AP)`, reason: 'repeated line' },
      { text: 'Tom Poe contributed to this report.', reason: 'contributor line' },
      { text: 'Reporting by Jane Roe; Editing by Tom Poe', reason: 'contributor line' },
      { text: 'Read more:', reason: 'share or subscribe' },
      { text: 'Alder Bridge reopens after two years of repairs', reason: 'related links' },
      { text: 'How the county plans for the next flood', reason: 'related links' },
    ])
  })

  it('takes the footer off an embedded post and a pointer to the whole text, keeping the post and the text after it', () => {
    const tweet = 'The president this morning says \'I feel badly for General Flynn.\''
    const rant = 'You guys are both in those awful teen years'
    const result = removeBoilerplate([`${tweet} #MorningJoe pic.twitter.com/tBp5aXWhBj — Morning Joe (@Morning_Joe) December 4, 2017`, 'Read the full rant via Gawker:', rant].join('\n\n'))
    expect(result.body.split('\n\n')).toEqual([tweet, rant])
    expect(result.boilerplate).toEqual([
      { text: '#MorningJoe pic.twitter.com/tBp5aXWhBj — Morning Joe (@Morning_Joe) December 4, 2017', reason: 'embed footer' },
      { text: 'Read the full rant via Gawker:', reason: 'share or subscribe' },
    ])
    // The standard embed gives the footer a paragraph of its own, after the post and its picture link.
    const own = removeBoilerplate([`${tweet} #MorningJoe pic.twitter.com/tBp5aXWhBj`, '— Morning Joe (@Morning_Joe) December 4, 2017', rant].join('\n\n'))
    expect([own.body.split('\n\n'), own.boilerplate.map((item) => item.text)]).toEqual([
      [tweet, rant],
      ['#MorningJoe pic.twitter.com/tBp5aXWhBj', '— Morning Joe (@Morning_Joe) December 4, 2017'],
    ])
    // A dash and a handle in prose are no footer, nor is a sentence that points at the whole of something.
    const prose = 'She wrote to the mayor — Ann Lee (@annlee) on Twitter — on December 4, 2017, and he answered.'
    expect(removeBoilerplate(prose).body).toBe(prose)
    const claim = 'Watch the full video, which shows an officer striking the man twice.'
    expect(removeBoilerplate(claim).body).toBe(claim)
  })

  it('keeps prose about credits, contributions, updates and photos, and a list after a colon in prose', () => {
    const prose = [
      'Donors contributed to this report on the flood more than the county did.',
      'The map was updated in 2022 after the flood (see the photo below).',
      'Officials named three roads:',
      'Alder Road and Bridge Street',
      'She said the photo (taken by a resident/neighbor) was real.',
      // Found by a second review (helper-58).
      'How the rules were updated in 2019',
      'The Dow posted its best day since 2008',
      'Banks were calm. Credit markets, however, stayed tight for small firms',
      'Reporting by The Harbor Gazette last year showed that the county had ignored repeated warnings about the dam.',
      'Officials said the review would take months, and that the findings contributed to this report.',
    ]
    const result = removeBoilerplate(prose.join('\n\n'))
    expect(result.boilerplate).toEqual([])
  })

  it('keeps prose that mentions an agency or sharing, and a long paragraph repeated on purpose', () => {
    const sentence = 'Reuters reported that the photo by the agency was shared widely, and Getty Images licensed it to dozens of papers.'
    const refrain = 'We will keep singing this song until everyone in the room is singing it with us, every single night of the tour.'
    const result = removeBoilerplate([sentence, refrain, 'Print editions sold out.', refrain].join('\n\n'))
    expect(result.boilerplate).toEqual([])
    expect(result.body.split('\n\n')).toHaveLength(4)
  })
})
