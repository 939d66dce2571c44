import { describe, expect, it } from 'vitest'
import { toIsoDay } from '../../src/sources/dates.js'

describe('toIsoDay', () => {
  it.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24'],
    ['2017-11-03 03:01:00.000000', '2017-11-03'],
    ['2019-01-03T23:59:59.000Z', '2019-01-03'],
    ['Thu, 03 Jan 2019 23:30:00 GMT', '2019-01-03'],
    ['Thu, 03 Jan 2019 23:30:00 -0500', '2019-01-03'],
    ['March 25, 2015', '2015-03-25'],
  ])('%s is the day written, %s', (value, day) => {
    expect(toIsoDay(value)).toBe(day)
  })

  it.each([[null], [''], ['soon'], ['2019-13-01'], ['2019-02-45']])('%s names no day', (value) => {
    expect(toIsoDay(value)).toBeNull()
  })
})
