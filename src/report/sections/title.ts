import type { RootContent } from 'mdast'
import { eventTitle } from '../event-title.js'
import type { ReportContext } from '../context.js'
import { heading, inlineCode, paragraph, plural, text } from '../nodes.js'

/** The event as title, then what the report is and how to read its pointers. */
export function titleSection(context: ReportContext): RootContent[] {
  const { sources } = context.analysis
  const dates = sources.map((source) => source.date).filter((date): date is string => date !== null).sort()
  const period = dates.length === 0 ? '' : dates[0] === dates[dates.length - 1] ? ` published ${dates[0]}` : ` published ${dates[0]} to ${dates[dates.length - 1]}`
  const example = sources[0] === undefined ? 'source:start-end' : `${context.labels.get(sources[0].id)}:0-100`
  return [
    heading(1, eventTitle(sources) ?? context.name),
    paragraph(
      text(`How ${plural(sources.length, 'source')}${period} report the same event: the quotes and claims they share, where their wording differs and where they disagree. `),
      text('A pointer such as '),
      inlineCode(example),
      text(' names a source and the character offsets of the passage in its text as crosscheck read it (front matter, date line and title taken off).'),
    ),
  ]
}
