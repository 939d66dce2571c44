// An ISO date keeps the day it was written with, whatever its time zone.
const isoDay = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/
const utcSuffix = /(?:\bGMT|\bUTC|\dZ)\s*$/i
// White space only after GMT or UTC: a leading `\s*` would retry at every space of a long run.
const offsetSuffix = /(?:(?:GMT|UTC)\s*)?([+-])(\d{2}):?(\d{2})\s*$/i

/**
 * The calendar day a date string names, as `YYYY-MM-DD`, or null when it
 * names none. The day is the one written, not the day in the reader's zone:
 * `2015-07-24T05:36:09+01:00` is 2015-07-24 and `Thu, 03 Jan 2019 07:00 GMT`
 * is 2019-01-03 wherever the tool runs.
 */
export function toIsoDay(value: string | null | undefined): string | null {
  if (!value) return null
  const iso = isoDay.exec(value)
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))

  const parsed = Date.parse(value)
  if (Number.isNaN(parsed)) return null
  const offset = offsetSuffix.exec(value)
  if (offset) {
    const minutes = (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === '-' ? -1 : 1)
    return utcDay(new Date(parsed + minutes * 60_000))
  }
  if (utcSuffix.test(value)) return utcDay(new Date(parsed))
  // No zone written: Date.parse read it as local time, so the local day is the written one.
  const local = new Date(parsed)
  return validDay(local.getFullYear(), local.getMonth() + 1, local.getDate())
}

function utcDay(date: Date): string | null {
  return validDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

function validDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
