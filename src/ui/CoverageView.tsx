import { Box } from 'ink'
import type { AppState } from './app-state.js'
import { currentScreen } from './app-state.js'
import { matrixHeader, matrixRows, matrixTotals, uniqueRows } from './coverage-lines.js'
import { arrangePanes, viewportStart } from './layout.js'
import type { Line } from './lines.js'
import { plural } from '../plural.js'
import { Pane } from './Pane.js'
import { Separator } from './Separator.js'

export interface CoverageViewProps {
  readonly state: AppState
  readonly width: number
  readonly height: number
}

/** Which source carries which group (a matrix), and what each source alone reports. */
export function CoverageView({ state, width, height }: CoverageViewProps) {
  const { index } = state
  const top = currentScreen(state)
  // Header, a row per group, a blank line and three lines of totals.
  const { direction, panes } = arrangePanes(width, height, top.pane, 0.6, index.groups.length + 5)
  const [matrixBox, uniqueBox] = panes

  let matrix: Line[] = []
  let matrixOffset = 0
  if (matrixBox) {
    const rows = matrixRows(index, top.selected[0], matrixBox.width)
    matrix = [matrixHeader(index, matrixBox.width), ...rows, [], ...matrixTotals(index, matrixBox.width)]
    const anchor = rows.length > 0 ? top.selected[0] + 1 : 0
    matrixOffset = viewportStart(matrix.length, matrixBox.height - 1, { start: anchor, end: anchor }, 0).offset
  }
  const unique = uniqueBox ? uniqueRows(index, top.selected[1], uniqueBox.width) : []
  const uniqueOffset = uniqueBox ? viewportStart(unique.length, uniqueBox.height - 1, { start: top.selected[1], end: top.selected[1] }, 0).offset : 0

  return (
    <Box flexDirection={direction}>
      {matrixBox && (
        <Pane
          title={`Coverage: ${index.analysis.sources.length} sources × ${index.groups.length} groups`}
          lines={matrix}
          offset={matrixOffset}
          width={matrixBox.width}
          height={matrixBox.height}
          isFocused={top.pane === 0}
        />
      )}
      {direction === 'row' && matrixBox && uniqueBox && <Separator height={height} />}
      {uniqueBox && (
        <Pane
          title={`Only one source: ${plural(index.uniqueClaimCount, 'claim')}, ${plural(index.singleSource.length - index.uniqueClaimCount, 'lone quote')}`}
          lines={unique.length > 0 ? unique : [[{ text: 'none: every claim and quote is reported by at least two sources', tone: 'muted' }]]}
          offset={uniqueOffset}
          width={uniqueBox.width}
          height={uniqueBox.height}
          isFocused={top.pane === 1}
        />
      )}
    </Box>
  )
}
