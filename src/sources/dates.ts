// An ISO date keeps the day it was written with, whatever its time zone.
const isoDay = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/
// A zone after the clock time: an offset (`-0500`, `GMT+01:00`), `Z` after a digit, or a name (`GMT`, `EST`, `PDT`).
// (Read from a trimmed value, and white space only after a zone's name: `\s*` before and within it retried every run
// of spaces from each of its positions, cubic time on a long one.)
const zone = /(?:(?:\b(?:GMT|UTC|UT)\s*)?[+-]\d{2}:?\d{2}|(?<=\d)Z|\b(?:GMT|UTC|UT|[ECMPA][SD]T))$/i

/**
 * The calendar day a date string names, as `YYYY-MM-DD`, or null when it
 * names none. The day is the one written, not the day in the reader's zone:
 * `2015-07-24T05:36:09+01:00` is 2015-07-24, and `Thu, 03 Jan 2019 23:30
 * GMT` and `February 25, 2019 11:30 PM EST` are the days written wherever the
 * tool runs. A day the month does not have (`2019-02-29`, `February 30`) is
 * none.
 */
export function toIsoDay(value: string | null | undefined): string | null {
  if (!value) return null
  const iso = isoDay.exec(value)
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  // The clock time as written, read as local time: its day is the day written.
  const parsed = Date.parse(value.trim().replace(zone, ''))
  if (Number.isNaN(parsed)) return null
  const local = new Date(parsed)
  // Date.parse carries a day past the month's end into the next month (`February 30` as March 2): the day it gives
  // must be a number written.
  const day = local.getDate()
  if (!(value.match(/\d+/g) ?? []).some((number) => Number(number) === day)) return null
  return validDay(local.getFullYear(), local.getMonth() + 1, day)
}

function validDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null
  // (Date.UTC carries a day the month lacks into the next month.)
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
