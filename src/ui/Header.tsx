import { Box } from 'ink'
import { filters } from './analysis-index.js'
import type { AppState, View } from './app-state.js'
import { currentScreen, visibleItems } from './app-state.js'
import { fit, truncateLine, type Line, type Span } from './lines.js'
import { plural } from '../plural.js'
import { LineView } from './LineView.js'

export interface HeaderProps {
  readonly state: AppState
  readonly width: number
}

const tabs: Array<{ view: View; label: string }> = [
  { view: 'groups', label: 'Groups' },
  { view: 'coverage', label: 'Coverage (c)' },
  { view: 'source', label: 'Source (s)' },
]

/** Two rows: where you are and what was found; then the current view's own line (filter and search for the list). */
export function Header({ state, width }: HeaderProps) {
  return (
    <Box flexDirection="column" height={2}>
      <LineView line={titleLine(state, width)} />
      <LineView line={contextLine(state, width)} />
    </Box>
  )
}

function titleLine(state: AppState, width: number): Line {
  const { analysis, singleSource, uniqueClaimCount } = state.index
  const view = currentScreen(state).view
  const current = view === 'detail' ? 'groups' : view
  const spans: Span[] = [{ text: 'crosscheck ', tone: 'heading' }]
  for (const tab of tabs) {
    spans.push(tab.view === current ? { text: `[${tab.label}]`, tone: 'accent' } : { text: ` ${tab.label} `, tone: 'muted' })
  }
  const conflicts = analysis.groups.filter((group) => group.verdict === 'conflict').length
  const used = spans.reduce((sum, span) => sum + span.text.length, 0)
  const lone = `${uniqueClaimCount} unique · ${plural(singleSource.length - uniqueClaimCount, 'lone quote')}`
  const summaries = [
    `${plural(analysis.sources.length, 'source')} · ${plural(analysis.groups.length, 'group')} · ${plural(conflicts, 'conflict')} · ${lone}`,
    `${plural(analysis.groups.length, 'group')} · ${plural(conflicts, 'conflict')} · ${lone}`,
    `${plural(analysis.groups.length, 'group')} · ${plural(conflicts, 'conflict')}`,
  ]
  const summary = summaries.find((text) => used + text.length + 2 <= width)
  if (summary) spans.push({ text: ' '.repeat(width - used - summary.length) }, { text: summary, tone: 'muted' })
  return truncateLine(spans, width)
}

function contextLine(state: AppState, width: number): Line {
  const top = currentScreen(state)
  const { index } = state
  switch (top.view) {
    case 'groups': {
      const spans: Span[] = [{ text: 'filter ', tone: 'muted' }]
      for (const filter of filters) spans.push(filter === state.filter ? { text: `[${filter}]`, tone: 'accent' } : { text: ` ${filter} `, tone: 'muted' })
      const { query, isEditing } = state.search
      if (isEditing) spans.push({ text: '  search /' }, { text: query }, { text: '█', tone: 'accent' })
      else if (query) spans.push({ text: `  search /${query}`, tone: 'accent' }, { text: ` ${visibleItems(state).length} found`, tone: 'muted' })
      return truncateLine(spans, width)
    }
    case 'detail': {
      const group = index.groupsById.get(top.groupId ?? '')
      const position = index.groups.findIndex((candidate) => candidate.id === top.groupId) + 1
      return truncateLine([{ text: `Group ${group?.id ?? '?'}`, tone: 'heading' }, { text: ` · ${position} of ${index.groups.length} · ←/→ previous/next group`, tone: 'muted' }], width)
    }
    case 'coverage':
      return truncateLine([{ text: fit('rows: groups, conflicts first; columns: sources · Tab: one source only', width), tone: 'muted' }], width)
    case 'source': {
      const source = index.sourcesById.get(top.sourceId ?? '')
      const parts = [source?.outlet, source?.date, source?.cites.length ? `cites ${source.cites.join(', ')}` : null].filter(Boolean)
      const passages = index.passages(top.sourceId ?? '').length
      return truncateLine(
        [
          { text: index.keys.get(top.sourceId ?? '') ?? '?', tone: 'heading' },
          { text: ` ${top.sourceId ?? ''}${parts.length ? ' · ' + parts.join(' · ') : ''}`, tone: 'muted' },
          { text: ` · passage ${Math.min(top.selected[0] + 1, passages)} of ${passages} · ←/→ other sources`, tone: 'muted' },
        ],
        width,
      )
    }
  }
}
