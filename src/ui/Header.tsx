import { Box } from 'ink'
import { filters } from './analysis-index.js'
import type { AppState, View } from './app-state.js'
import { currentScreen, detailGroups, visibleItems } from './app-state.js'
import { fit, truncateLine, type Line, type Span } from './lines.js'
import { plural } from '../plural.js'
import { LineView } from './LineView.js'

export interface HeaderProps {
  readonly state: AppState
  readonly width: number
}

const tabs: Array<{ view: View; label: string; short: string }> = [
  { view: 'groups', label: 'Groups', short: 'Groups' },
  { view: 'coverage', label: 'Coverage (c)', short: 'Coverage' },
  { view: 'source', label: 'Source (s)', short: 'Source' },
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

/**
 * The tabs and what was found, as much of it as fits: the tabs lose their
 * keys (the help lists them) before the groups and conflicts are dropped,
 * so that a narrow terminal still shows how many conflicts there are.
 */
function titleLine(state: AppState, width: number): Line {
  const { analysis, singleSource, uniqueClaimCount } = state.index
  const view = currentScreen(state).view
  const current = view === 'detail' ? 'groups' : view
  const conflicts = analysis.groups.filter((group) => group.verdict === 'conflict').length
  const lone = `${uniqueClaimCount} unique · ${plural(singleSource.length - uniqueClaimCount, 'lone quote')}`
  const groupsAndConflicts = `${plural(analysis.groups.length, 'group')} · ${plural(conflicts, 'conflict')}`
  const [tabsWithKeys, shortTabs] = (['label', 'short'] as const).map((kind) => {
    const spans: Span[] = [{ text: 'crosscheck ', tone: 'heading' }]
    for (const tab of tabs) spans.push(tab.view === current ? { text: `[${tab[kind]}]`, tone: 'accent' } : { text: ` ${tab[kind]} `, tone: 'muted' })
    return spans
  })
  const candidates: Array<[Span[], string]> = [
    [tabsWithKeys, `${plural(analysis.sources.length, 'source')} · ${groupsAndConflicts} · ${lone}`],
    [tabsWithKeys, `${groupsAndConflicts} · ${lone}`],
    [tabsWithKeys, groupsAndConflicts],
    [shortTabs, groupsAndConflicts],
    [shortTabs, conflicts > 0 ? plural(conflicts, 'conflict') : plural(analysis.groups.length, 'group')],
  ]
  for (const [spans, summary] of candidates) {
    const used = spans.reduce((sum, span) => sum + span.text.length, 0)
    if (used + summary.length + 2 <= width) return [...spans, { text: ' '.repeat(width - used - summary.length) }, { text: summary, tone: 'muted' }]
  }
  return truncateLine(shortTabs, width)
}

function contextLine(state: AppState, width: number): Line {
  const top = currentScreen(state)
  const { index } = state
  switch (top.view) {
    case 'groups': {
      const { query, isEditing } = state.search
      // What is being typed comes first, so a narrow terminal shows it (the filters it cut off are one key away).
      if (isEditing) return truncateLine([{ text: 'search /' }, { text: query }, { text: '█', tone: 'accent' }, { text: `  filter [${state.filter}]`, tone: 'muted' }], width)
      const spans: Span[] = [{ text: 'filter ', tone: 'muted' }]
      for (const filter of filters) spans.push(filter === state.filter ? { text: `[${filter}]`, tone: 'accent' } : { text: ` ${filter} `, tone: 'muted' })
      if (query) spans.push({ text: `  search /${query}`, tone: 'accent' }, { text: ` ${visibleItems(state).length} found`, tone: 'muted' })
      return truncateLine(spans, width)
    }
    case 'detail': {
      const group = index.groupsById.get(top.groupId ?? '')
      // (Counted over the groups ←/→ step through: the list's, under its filter and search.)
      const around = detailGroups(state, top.groupId)
      const position = around.findIndex((candidate) => candidate.id === top.groupId) + 1
      return truncateLine([{ text: `Group ${group?.id ?? '?'}`, tone: 'heading' }, { text: ` · ${position} of ${around.length} · ←/→ previous/next group`, tone: 'muted' }], width)
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
