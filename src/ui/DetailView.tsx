import type { Action, AppState } from './app-state.js'
import { currentScreen } from './app-state.js'
import { detailLines } from './group-lines.js'
import { itemsInView, viewportStart } from './layout.js'
import { Pane } from './Pane.js'
import { useViewportReport } from './use-viewport-report.js'

export interface DetailViewProps {
  readonly state: AppState
  readonly width: number
  readonly height: number
  readonly dispatch: (action: Action) => void
}

/** One group: why it was formed, how its members differ, and each source's exact words. */
export function DetailView({ state, width, height, dispatch }: DetailViewProps) {
  const top = currentScreen(state)
  const group = state.index.groupsById.get(top.groupId ?? '')
  const selected = top.selected[0]
  const layout = group ? detailLines(group, state.index, width, selected) : { lines: [], blocks: [] }
  // A group opens at its verdict and differences; a passage is brought into view once the selection moves.
  const anchor = selected === 0 && !top.hasMoved ? null : (layout.blocks[selected] ?? null)
  const { offset, scroll } = viewportStart(layout.lines.length, height - 1, anchor, top.scroll, 'reveal')
  useViewportReport(top, scroll, dispatch, itemsInView(layout.blocks, selected, offset, height - 1))
  const title = group ? `Group ${group.id}: ${group.members.length} passages (Enter: show in its source)` : 'Group not found'
  return <Pane title={title} lines={layout.lines} offset={offset} width={width} height={height} isFocused />
}
