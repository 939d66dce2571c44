import type { RootContent } from 'mdast'
import type { ReportContext } from '../context.js'
import { heading, inlineCode, list, paragraph, table, text, type Cell } from '../nodes.js'
import { visiblePath } from '../../sources/printable.js'

const missing = '—'

/** One row per source: id, outlet, title, date, URL and the outside reports it relays. */
export function sourcesSection(context: ReportContext): RootContent[] {
  const { sources } = context.analysis
  const hasShortLabels = sources.some((source) => context.labels.get(source.id) !== source.id)
  const header = [...(hasShortLabels ? ['label'] : []), 'id', 'outlet', 'title', 'date', 'URL', 'cites']
  const rows = sources.map((source): Cell[] => [
    ...(hasShortLabels ? [context.labels.get(source.id) ?? source.id] : []),
    source.id,
    source.outlet ?? missing,
    source.title ?? missing,
    source.date ?? missing,
    source.url === null ? missing : [{ type: 'link', url: source.url, children: [text(source.url)] }],
    source.cites.length === 0 ? missing : source.cites.join(', '),
  ])
  return [heading(2, 'Sources'), table(header, rows), ...leftOutList(context)]
}

/** The input files the comparison lacks or read only in part, each with why: the report may travel without its terminal's messages. */
function leftOutList({ leftOut }: ReportContext): RootContent[] {
  if (leftOut.length === 0) return []
  return [
    paragraph(text('Not compared, or read only in part:')),
    list(leftOut.map((problem) => [inlineCode(visiblePath(problem.file)), text(`: ${problem.reason}`)])),
  ]
}
