import { filters, type AnalysisIndex, type Filter, type ListItem, type SingleSourceItem } from './analysis-index.js'
import { withoutLastGrapheme } from './lines.js'
import type { ItemsInView } from './layout.js'
import type { Group } from '../types.js'
import type { Tone } from './theme.js'

export type View = 'groups' | 'detail' | 'coverage' | 'source'

/**
 * One screen on the navigation stack. `selected` holds a selection per
 * pane; `scroll` shifts the focused text pane (detail, source text, group
 * preview) away from where the selection puts it.
 */
export interface Screen {
  view: View
  groupId?: string
  sourceId?: string
  pane: number
  selected: readonly number[]
  scroll: number
  /** The selection was moved on this screen: until then a group's detail shows its top, not its first passage. */
  hasMoved?: boolean
  /** Which passages or members the view last showed (source text and group detail). */
  inView?: ItemsInView
  /** The coverage view: the first source whose column is shown, when they do not all fit. */
  firstColumn?: number
}

export interface AppState {
  index: AnalysisIndex
  /** The current screen is the last; Esc pops. */
  stack: readonly Screen[]
  filter: Filter
  search: { query: string; isEditing: boolean }
  isHelpOpen: boolean
  /** The help's first line shown, and whether it is taller than the screen (then arrows and page keys scroll it). */
  help: { scroll: number; isScrollable: boolean }
  status: { text: string; tone: Tone } | null
  /** The row selected before a filter or search that does not list it, taken up again by one that does. */
  unlistedItem?: string
}

export type Action =
  | { type: 'move'; delta: number }
  | { type: 'move-to'; position: 'first' | 'last' }
  /** A page up or down: moves a list's selection, scrolls a text pane. */
  | { type: 'page'; delta: number }
  /** A view reports where its scroll (and columns) really ended up, so presses past the end are not stored, and what it shows. */
  | { type: 'viewport'; scroll: number; inView?: ItemsInView; firstColumn?: number }
  | { type: 'open' }
  | { type: 'back' }
  | { type: 'next-pane' }
  | { type: 'sibling'; delta: number }
  | { type: 'cycle-filter' }
  | { type: 'toggle-coverage' }
  | { type: 'show-source' }
  | { type: 'show-help' }
  /** The help reports the scroll it could apply and whether it is taller than the screen. */
  | { type: 'help-viewport'; scroll: number; isScrollable: boolean }
  | { type: 'search-start' }
  | { type: 'search-type'; text: string }
  | { type: 'search-erase' }
  | { type: 'search-commit' }
  | { type: 'search-cancel' }
  | { type: 'status'; text: string; tone: Tone }
  /** A key that does nothing here: it only closes the help. */
  | { type: 'other-key' }

/** Panes per view; in narrow terminals only the focused one is shown. */
export const paneCount: Record<View, number> = { groups: 2, detail: 1, coverage: 2, source: 2 }

export function initialState(index: AnalysisIndex): AppState {
  return {
    index,
    stack: [screen('groups')],
    filter: 'all',
    search: { query: '', isEditing: false },
    isHelpOpen: false,
    help: { scroll: 0, isScrollable: false },
    status: null,
  }
}

export function currentScreen(state: AppState): Screen {
  return state.stack[state.stack.length - 1]
}

/** The rows of the groups list under the current filter and search. */
export function visibleItems(state: AppState): readonly ListItem[] {
  return state.index.listItems(state.filter, state.search.query)
}

/** Where a key moves the help's scroll (the help clamps it and reports back), or undefined for a key that closes it. */
function helpScroll(scroll: number, action: Action): number | undefined {
  if (action.type === 'move' || action.type === 'page') return Math.max(0, scroll + action.delta)
  if (action.type === 'move-to') return action.position === 'first' ? 0 : Number.MAX_SAFE_INTEGER
  return undefined
}

export function appReducer(state: AppState, action: Action): AppState {
  if (action.type === 'help-viewport') return { ...state, help: { scroll: action.scroll, isScrollable: action.isScrollable } }
  // The help screen covers the view: a key closes it rather than acting unseen, but for one that scrolls a help
  // taller than the screen.
  if (state.isHelpOpen && action.type !== 'status' && action.type !== 'viewport') {
    const scroll = state.help.isScrollable ? helpScroll(state.help.scroll, action) : undefined
    return scroll === undefined ? { ...state, isHelpOpen: false } : { ...state, help: { ...state.help, scroll } }
  }
  if (action.type === 'other-key') return state
  // A status line answers the key that caused it; the next key clears it.
  const next = action.type === 'status' || action.type === 'viewport' ? state : { ...state, status: null }
  const top = currentScreen(next)
  switch (action.type) {
    case 'move':
      return isTextPane(top) ? scrollBy(next, action.delta) : select(next, moveTarget(top, action.delta))
    case 'move-to':
      return isTextPane(top)
        ? replaceTop(next, { ...top, scroll: action.position === 'first' ? 0 : Number.MAX_SAFE_INTEGER })
        : select(next, action.position === 'first' ? 0 : Number.MAX_SAFE_INTEGER)
    case 'page':
      return isTextPane(top) || top.view === 'detail' || (top.view === 'source' && top.pane === 0)
        ? scrollBy(next, action.delta)
        : select(next, selection(top) + action.delta)
    case 'viewport':
      return replaceTop(state, { ...top, scroll: action.scroll, inView: action.inView, firstColumn: action.firstColumn })
    case 'open':
      return open(next, top)
    case 'back':
      if (next.stack.length > 1) return { ...next, stack: next.stack.slice(0, -1) }
      return next.search.query ? keepingSelectedItem(next, { ...next, search: { query: '', isEditing: false } }) : next
    case 'next-pane':
      return replaceTop(next, { ...top, pane: (top.pane + 1) % paneCount[top.view], scroll: 0 })
    case 'sibling':
      return sibling(next, top, action.delta)
    case 'cycle-filter': {
      const filter = filters[(filters.indexOf(next.filter) + 1) % filters.length]
      return keepingSelectedItem(next, { ...next, filter })
    }
    case 'toggle-coverage':
      return top.view === 'coverage' ? { ...next, stack: next.stack.slice(0, -1) } : push(next, screen('coverage'))
    case 'show-source':
      return showSource(next, top)
    case 'show-help':
      return { ...next, isHelpOpen: true, help: { ...next.help, scroll: 0 } }
    case 'search-start':
      return { ...next, search: { query: '', isEditing: true }, stack: [screen('groups')] }
    case 'search-type':
      return { ...next, search: { query: next.search.query + action.text, isEditing: true }, stack: [screen('groups')] }
    case 'search-erase':
      return { ...next, search: { query: withoutLastGrapheme(next.search.query), isEditing: true }, stack: [screen('groups')] }
    case 'search-commit':
      return { ...next, search: { ...next.search, isEditing: false } }
    case 'search-cancel':
      return { ...next, search: { query: '', isEditing: false }, stack: [screen('groups')] }
    case 'status':
      return { ...next, status: { text: action.text, tone: action.tone } }
  }
}

function screen(view: View, fields: Partial<Screen> = {}): Screen {
  return { view, pane: 0, selected: [0, 0], scroll: 0, ...fields }
}

/** Panes that scroll freely instead of moving a selection. */
function isTextPane(top: Screen): boolean {
  return top.view === 'groups' && top.pane === 1
}

/** Source view's two panes share one selection: the text and the list of its passages. */
function selectionPane(top: Screen): number {
  return top.view === 'source' ? 0 : top.pane
}

function selection(top: Screen): number {
  return top.selected[selectionPane(top)] ?? 0
}

/** How many rows the focused pane selects among. */
function selectableCount(state: AppState, top: Screen): number {
  const { index } = state
  switch (top.view) {
    case 'groups':
      return visibleItems(state).length
    case 'detail':
      return index.groupsById.get(top.groupId ?? '')?.members.length ?? 0
    case 'coverage':
      return top.pane === 0 ? index.groups.length : index.singleSource.length
    case 'source':
      return index.passages(top.sourceId ?? '').length
  }
}

/**
 * Where an arrow moves the selection. After paging the text away from the
 * selected passage, it picks up from what is on screen (↓ the first, ↑ the
 * last) rather than jumping back; a group's detail opens at its top, so the
 * first ↓ selects the first passage when that is not yet wholly in view.
 */
function moveTarget(top: Screen, delta: number): number {
  const current = selection(top)
  const view = top.view === 'source' || top.view === 'detail' ? top.inView : undefined
  if (!view) return current + delta
  if (current < view.first || current > view.last) return delta > 0 ? view.first : view.last
  if (top.view === 'detail' && !top.hasMoved && delta > 0 && !view.isSelectedWhole) return current
  return current + delta
}

function select(state: AppState, wanted: number): AppState {
  const top = currentScreen(state)
  const count = selectableCount(state, top)
  const value = Math.max(0, Math.min(wanted, count - 1))
  const selected = [...top.selected]
  selected[selectionPane(top)] = value
  // (A row chosen by hand is the one to keep from now on.)
  return replaceTop({ ...state, unlistedItem: undefined }, { ...top, selected, scroll: 0, hasMoved: true })
}

function scrollBy(state: AppState, delta: number): AppState {
  const top = currentScreen(state)
  return replaceTop(state, { ...top, scroll: top.scroll + delta })
}

function replaceTop(state: AppState, top: Screen): AppState {
  return { ...state, stack: [...state.stack.slice(0, -1), top] }
}

function push(state: AppState, next: Screen): AppState {
  return { ...state, stack: [...state.stack, next] }
}

/** Go to a screen, or back to it when it is the one just left (no endless ping-pong stacks). */
function goTo(state: AppState, next: Screen): AppState {
  const previous = state.stack[state.stack.length - 2]
  const isSamePlace = previous && previous.view === next.view && previous.groupId === next.groupId && previous.sourceId === next.sourceId
  return isSamePlace ? { ...state, stack: [...state.stack.slice(0, -2), { ...previous, selected: next.selected, scroll: 0 }] } : push(state, next)
}

function open(state: AppState, top: Screen): AppState {
  const { index } = state
  switch (top.view) {
    case 'groups':
      // From the list or its preview: the selected row.
      return openItem(state, visibleItems(state)[top.selected[0]])
    case 'detail': {
      const member = index.groupsById.get(top.groupId ?? '')?.members[selection(top)]
      return member ? goTo(state, sourceScreen(state, member.source, (passage) => passage.start === member.start && passage.end === member.end)) : state
    }
    case 'coverage': {
      if (top.pane === 0) {
        const group = index.groups[selection(top)]
        return group ? goTo(state, screen('detail', { groupId: group.id })) : state
      }
      const single = index.singleSource[selection(top)]
      return single ? goTo(state, singleSourceScreen(state, single)) : state
    }
    case 'source': {
      const passages = index.passages(top.sourceId ?? '')
      const selected = passages[selection(top)]
      // A quote in no group whose words are in a claim group (`its words are also in g6`) opens that group.
      const holder = selected && !selected.group ? passages.find((other) => other.group && other.start < selected.end && other.end > selected.start) : undefined
      const passage = holder ?? selected
      if (!passage?.group) {
        return { ...state, status: { text: passage ? 'this passage is in no group: no other source reports it' : 'no passage here', tone: 'muted' } }
      }
      const memberIndex = passage.group.members.findIndex((member) => member.source === top.sourceId && member.start === passage.start)
      return goTo(state, screen('detail', { groupId: passage.group.id, selected: [Math.max(0, memberIndex), 0] }))
    }
  }
}

function openItem(state: AppState, item: ListItem | undefined): AppState {
  if (!item) return state
  if (item.kind === 'group') return push(state, screen('detail', { groupId: item.group.id }))
  return push(state, singleSourceScreen(state, item.single))
}

/** The source with what only it reports selected: the claim's passage, or the quote's. */
function singleSourceScreen(state: AppState, single: SingleSourceItem): Screen {
  const kind = single.quote ? 'quote' : 'unique'
  return sourceScreen(state, single.source, (passage) => passage.kind === kind && passage.start === single.start)
}

function sourceScreen(state: AppState, sourceId: string, isTarget: (passage: { start: number; end: number; kind: string }) => boolean): Screen {
  const passage = Math.max(0, state.index.passages(sourceId).findIndex(isTarget))
  return screen('source', { sourceId, selected: [passage, 0] })
}

function showSource(state: AppState, top: Screen): AppState {
  const { index } = state
  switch (top.view) {
    case 'groups': {
      const item = visibleItems(state)[top.selected[0]]
      if (!item) return index.analysis.sources[0] ? push(state, screen('source', { sourceId: index.analysis.sources[0].id })) : state
      if (item.kind === 'unique') return openItem(state, item)
      // (The reference's own passage: its first part, when it is a split quote.)
      const member = item.group.members[item.group.reference] ?? item.group.members[0]
      return push(state, sourceScreen(state, member.source, (passage) => passage.start === member.start && passage.end === member.end))
    }
    case 'detail':
      return open(state, top)
    case 'coverage':
      return top.pane === 1 ? open(state, top) : push(state, screen('source', { sourceId: index.analysis.sources[0]?.id }))
    case 'source':
      return state
  }
}

/** What a list item is, across filters and searches. */
function itemKey(item: ListItem): string {
  return item.kind === 'group' ? `g:${item.group.id}` : `u:${item.single.id}`
}

/**
 * `after` (another filter or search) back on the groups list, with the row selected in `before`'s list still selected
 * when `after` lists it: clearing a search or changing the filter keeps one's place.
 */
function keepingSelectedItem(before: AppState, after: AppState): AppState {
  const list = before.stack[0]
  const selected = list.view === 'groups' ? visibleItems(before)[list.selected[0]] : undefined
  // (Through a filter that leaves it out: `f` from a quote to `quotes` passes `conflicts`.)
  const key = before.unlistedItem ?? (selected && itemKey(selected))
  const at = key === undefined ? -1 : visibleItems(after).findIndex((item) => itemKey(item) === key)
  return { ...after, stack: [screen('groups', { selected: [Math.max(0, at), 0] })], unlistedItem: at < 0 ? key : undefined }
}

/** The screens under the detail select `groupId` too, so that going back finds the group last shown. */
function selectingGroupBelow(state: AppState, groupId: string): AppState {
  const stack = state.stack.map((below, position) => {
    if (position === state.stack.length - 1) return below
    if (below.view === 'groups') {
      const at = visibleItems(state).findIndex((item) => item.kind === 'group' && item.group.id === groupId)
      return at >= 0 ? { ...below, selected: [at, below.selected[1]], scroll: 0 } : below
    }
    if (below.view === 'coverage') {
      const at = state.index.groups.findIndex((group) => group.id === groupId)
      return at >= 0 ? { ...below, selected: [at, below.selected[1]] } : below
    }
    return below
  })
  return { ...state, stack }
}

/**
 * The groups ← and → step through from a group's detail: those the list
 * shows under the filter and search, when it shows this one; else all.
 */
export function detailGroups(state: AppState, groupId: string | undefined): readonly Group[] {
  const groups = visibleItems(state).flatMap((item) => (item.kind === 'group' ? [item.group] : []))
  return groups.some((group) => group.id === groupId) ? groups : state.index.groups
}

/** Left and right: the neighbouring source in the source view, the neighbouring group in the detail, the sources' columns in the coverage. */
function sibling(state: AppState, top: Screen, delta: number): AppState {
  const { index } = state
  if (top.view === 'coverage') return replaceTop(state, { ...top, firstColumn: Math.max(0, (top.firstColumn ?? 0) + delta) })
  if (top.view === 'source') {
    const sources = index.analysis.sources
    const at = sources.findIndex((source) => source.id === top.sourceId)
    const next = sources[(at + delta + sources.length) % sources.length]
    return replaceTop(state, screen('source', { sourceId: next.id, pane: top.pane }))
  }
  if (top.view === 'detail') {
    const ordered = detailGroups(state, top.groupId)
    const at = ordered.findIndex((group) => group.id === top.groupId)
    const next = ordered[at + delta]
    return next ? selectingGroupBelow(replaceTop(state, screen('detail', { groupId: next.id })), next.id) : state
  }
  return state
}
