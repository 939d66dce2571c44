import type { PhrasingContent, RootContent } from 'mdast'
import { eventTitle } from '../event-title.js'
import { pointer, referenceMember, type ReportContext } from '../context.js'
import { heading, paragraph, text } from '../nodes.js'
import { plural } from '../../plural.js'

/** The event as title, then what the report is and how to read its pointers. */
export function titleSection(context: ReportContext): RootContent[] {
  const { sources } = context.analysis
  const dates = sources.map((source) => source.date).filter((date): date is string => date !== null).sort()
  const period = dates.length === 0 ? '' : dates[0] === dates[dates.length - 1] ? ` published ${dates[0]}` : ` published ${dates[0]} to ${dates[dates.length - 1]}`
  const intro: PhrasingContent[] = [
    text(
      sources.length === 1
        ? `What one source${period} reports: its quotes and claims. With one source there is nothing to compare; add other outlets' articles to see where accounts agree and differ.`
        : `How ${plural(sources.length, 'source')}${period} report the same event: the quotes and claims they share, where their wording differs and where they disagree.`,
    ),
  ]
  const example = examplePointer(context)
  if (example !== null) {
    intro.push(
      text(' A pointer such as '),
      example,
      text(' names a source and the character offsets of a passage in its text as crosscheck read it (front matter, date line and title taken off).'),
    )
  }
  return [heading(1, eventTitle(sources) ?? context.name), paragraph(...intro)]
}

/** A pointer that appears further down, so the example is real. */
function examplePointer(context: ReportContext): PhrasingContent | null {
  const group = context.analysis.groups[0]
  if (group !== undefined) {
    const member = referenceMember(group)
    return pointer(context, member.source, member)
  }
  const claim = context.unique[0]
  return claim === undefined ? null : pointer(context, claim.source, claim)
}
