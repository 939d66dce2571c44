import { Box } from 'ink'
import type { Action, AppState } from './app-state.js'
import { currentScreen } from './app-state.js'
import { matrixHeader, matrixLayout, matrixRows, matrixTotals, uniqueRows } from './coverage-lines.js'
import { arrangePanes, viewportStart } from './layout.js'
import type { Line } from './lines.js'
import { plural } from '../plural.js'
import { Pane } from './Pane.js'
import { Separator } from './Separator.js'
import { useViewportReport } from './use-viewport-report.js'

export interface CoverageViewProps {
  readonly state: AppState
  readonly width: number
  readonly height: number
  readonly dispatch: (action: Action) => void
}

/** Which source carries which group (a matrix), and what each source alone reports. */
export function CoverageView({ state, width, height, dispatch }: CoverageViewProps) {
  const { index } = state
  const top = currentScreen(state)
  // Header, a row per group, a blank line and three lines of totals.
  const { direction, panes } = arrangePanes(width, height, top.pane, 0.6, index.groups.length + 5)
  const [matrixBox, uniqueBox] = panes

  // The header stays on top while the rows and totals scroll under it (the pane's title takes a line too).
  let matrix: Line[] = []
  // (←/→ move the sources' columns when they do not all fit; a narrow screen showing only the other pane keeps them.)
  const layout = matrixBox ? matrixLayout(index, matrixBox.width, top.firstColumn) : undefined
  useViewportReport(top, top.scroll, dispatch, undefined, layout ? layout.first : top.firstColumn)
  if (matrixBox && layout) {
    const rows = matrixRows(index, layout, top.selected[0], matrixBox.width)
    const body = [...rows, [], ...matrixTotals(index, layout, matrixBox.width)]
    const bodyHeight = Math.max(1, matrixBox.height - 2)
    const anchor = rows.length > 0 ? top.selected[0] : 0
    const offset = viewportStart(body.length, bodyHeight, { start: anchor, end: anchor }, 0).offset
    matrix = [matrixHeader(index, layout, matrixBox.width), ...body.slice(offset, offset + bodyHeight)]
  }
  const unique = uniqueBox ? uniqueRows(index, top.selected[1], uniqueBox.width) : []
  const uniqueOffset = uniqueBox ? viewportStart(unique.length, uniqueBox.height - 1, { start: top.selected[1], end: top.selected[1] }, 0).offset : 0

  return (
    <Box flexDirection={direction}>
      {matrixBox && (
        <Pane
          // (Which sources the columns show, when not all fit: in the title, which never scrolls away.)
          title={`Coverage: ${plural(index.analysis.sources.length, 'source')} × ${plural(index.groups.length, 'group')}${
            layout && layout.shown < index.analysis.sources.length ? ` · sources ${layout.first + 1}–${layout.first + layout.shown} shown, ←/→ for the others` : ''
          }`}
          lines={matrix}
          offset={0}
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
