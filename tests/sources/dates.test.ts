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
    // A zone's name as an offset's: the day written, not the day where the tool runs.
    ['February 25, 2019 11:30 PM EST', '2019-02-25'],
    ['Mon, 25 Feb 2019 23:30:00 GMT+0100', '2019-02-25'],
    ['2020-02-29', '2020-02-29'],
  ])('%s is the day written, %s', (value, day) => {
    expect(toIsoDay(value)).toBe(day)
  })

  it.each([[null], [''], ['soon'], ['2019-13-01'], ['2019-02-45'], ['2019-02-29'], ['2020-02-30'], ['February 30, 2019'], ['February 29, 2019']])('%s names no day', (value) => {
    expect(toIsoDay(value)).toBeNull()
  })
})

describe('toIsoDay in other time zones', () => {
  it('gives the day written wherever the tool runs', async () => {
    const { execFileSync } = await import('node:child_process')
    const module = new URL('../../src/sources/dates.ts', import.meta.url).pathname
    const script = `import { toIsoDay } from ${JSON.stringify(module)}; console.log(['February 25, 2019 11:30 PM EST', 'Thu, 03 Jan 2019 23:30:00 GMT', 'Jan 3 2019 00:30 UTC'].map(toIsoDay).join(' '))`
    for (const zone of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
      const days = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' })
      expect(days.trim(), zone).toBe('2019-02-25 2019-01-03 2019-01-03')
    }
  })
})
