/** A count with its noun: `1 group`, `7 groups`, `2 quote groups`; for the report and the terminal alike. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}
