import type { RootContent } from 'mdast'
import type { ReportContext } from '../context.js'
import { heading, table, text, type Cell } from '../nodes.js'

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
  return [heading(2, 'Sources'), table(header, rows)]
}
