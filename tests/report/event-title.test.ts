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
