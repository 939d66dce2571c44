import { describe, expect, it } from 'vitest'
import { eventTitle } from '../../src/report/event-title.js'
import type { Source } from '../../src/types.js'
import { fixture } from './fixture.js'

const withBodies = (...bodies: string[]): Source[] => bodies.map((body, index) => ({ ...fixture.sources[0], id: `s${index}`, body }))

describe('eventTitle', () => {
  it('names the event by the names most sources share, longest form first', () => {
    expect(eventTitle(fixture.sources)).toBe('Lady Gaga, Bradley Cooper, Oscars, Shallow')
  })

  it('skips capitalized sentence starts that the sources also write in lower case', () => {
    expect(eventTitle(withBodies('The senate voted. Then Schumer spoke.', 'The Senate passed it; then the senate left, said Schumer.'))).toBe('Schumer')
  })

  it('keeps a name whole, without the title before it, and takes no sentence opener for a name', () => {
    const bodies = withBodies(
      'However, New Jersey Gov. Chris Christie spoke. The new plan stalled in New Jersey, Mr. Christie said.',
      'However, Republican Chairman Chris Christie of New Jersey said the new plan stalled. While it did, he waited.',
      'Gov. Chris Christie of New Jersey, in St. Louis, met President Donald J. Trump. Mr. Christie left St. Louis.',
      'In St. Louis, Chris Christie met Donald J. Trump.',
    )
    expect(eventTitle(bodies)?.split(', ').sort()).toEqual(['Chris Christie', 'Donald J. Trump', 'New Jersey', 'St. Louis'])
    // A body's name goes on across `of` or `for`; a person's does not.
    expect(eventTitle(withBodies('The Bureau of Labor Statistics said Rick Perry of Texas spoke.', 'Rick Perry of Texas cited the Bureau of Labor Statistics.'))).toBe(
      'Bureau of Labor Statistics, Rick Perry, Texas',
    )
    // A body's name goes on across `and` when what follows is printed nowhere on its own, and so does one whose second
    // half ends as a body's name does; two names that stand alone elsewhere, or that no body ends, stay two.
    expect(
      eventTitle(
        withBodies(
          'Data from the Centers for Disease Control and Prevention, Customs and Border Protection and Texas and Ohio.',
          'The Centers for Disease Control and Prevention agreed with Customs and Border Protection; Texas spoke, then Ohio.',
        ),
        { maxNames: 6 },
      )?.split(', ').sort(),
    ).toEqual(['Centers for Disease Control and Prevention', 'Customs and Border Protection', 'Ohio', 'Texas'])
    expect(eventTitle(withBodies('The Department of Labor and Biden agreed.', 'Biden spoke at the Department of Labor and left.'))).toBe('Department of Labor, Biden')
    expect(eventTitle(withBodies('Instagram and WhatsApp went dark.', 'Instagram and WhatsApp returned.'))).toBe('Instagram, WhatsApp')
    // Nor a person with a title, nor a second body (a second review, helper-59).
    const garland = 'The Department of Justice and Attorney General Merrick Garland declined.'
    expect(eventTitle(withBodies(garland, garland))).toBe('Department of Justice, Merrick Garland')
    const bureau = 'The Federal Bureau of Investigation and Justice Department agreed.'
    expect(eventTitle(withBodies(bureau, bureau))).toBe('Federal Bureau of Investigation, Justice Department')
    // `Attorney General` is a title; `General Motors` a name.
    expect(eventTitle(withBodies('Attorney General Letitia James sued General Motors.', 'Letitia James and General Motors met.'))).toBe('Letitia James, General Motors')
  })

  it('keeps a name that opens sentences, a first name like a month, and a title after a name; drops a lone common word', () => {
    const bodies = withBodies(
      'Pfizer said on Jan. 5 that Jan Brewer met the Prime Minister. The Department agreed, the department said. In general, it went well.',
      'Pfizer agreed. Jan Brewer and the Prime Minister met General Mark Milley, and the Department said so.',
      'Mark Milley spoke. Pfizer said Jan Brewer was there.',
    )
    expect(eventTitle(bodies)?.split(', ').sort()).toEqual(['Jan Brewer', 'Mark Milley', 'Pfizer', 'Prime Minister'])
  })

  it('never takes I for a name', () => {
    expect(eventTitle(withBodies('I said Obama won. I’m sure.', 'I think Obama did.'))).toBe('Obama')
  })

  it('returns null when the sources share no name', () => {
    expect(eventTitle(withBodies('Rain in Oslo.', 'Sun in Lima.'))).toBeNull()
  })

  it('limits the number of names', () => {
    expect(eventTitle(fixture.sources, { maxNames: 2 })).toBe('Lady Gaga, Bradley Cooper')
  })
})
