import type { ListItem } from './analysis-index.js'
import type { AppState } from './app-state.js'
import { plural } from '../plural.js'
import { listRow } from './group-lines.js'
import { viewportStart } from './layout.js'
import type { Line } from './lines.js'
import { Pane } from './Pane.js'

export interface GroupListProps {
  readonly items: readonly ListItem[]
  readonly selected: number
  readonly state: AppState
  readonly width: number
  readonly height: number
  readonly isFocused: boolean
}

/** The groups list pane. Only the rows in view are laid out, so long lists cost nothing per key. */
export function GroupList({ items, selected, state, width, height, isFocused }: GroupListProps) {
  const { offset } = viewportStart(items.length, height - 1, { start: selected, end: selected }, 0)
  const rows: Line[] = new Array<Line>(items.length).fill([])
  for (let row = offset; row < Math.min(items.length, offset + height - 1); row++) {
    // One column short: the sources column would otherwise touch a pane to the right.
    rows[row] = listRow(items[row], state.index, width - 1, row === selected)
  }
  let groups = 0
  let loneQuotes = 0
  for (const item of items) {
    if (item.kind === 'group') groups++
    else if (item.single.quote) loneQuotes++
  }
  const claims = items.length - groups - loneQuotes
  const title = [plural(groups, 'group'), ...(claims > 0 ? [`${claims} unique`] : []), ...(loneQuotes > 0 ? [plural(loneQuotes, 'lone quote')] : [])].join(', ')
  return <Pane title={title} lines={rows} offset={offset} width={width} height={height} isFocused={isFocused} />
}
