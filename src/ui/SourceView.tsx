import { Box } from 'ink'
import type { Action, AppState } from './app-state.js'
import { currentScreen } from './app-state.js'
import { arrangePanes, itemsInView, viewportStart } from './layout.js'
import { Pane } from './Pane.js'
import { Separator } from './Separator.js'
import { passageRows, passageSummary, sourceLines } from './source-lines.js'
import { truncateLine } from './lines.js'
import { LineView } from './LineView.js'
import { useViewportReport } from './use-viewport-report.js'

export interface SourceViewProps {
  readonly state: AppState
  readonly width: number
  readonly height: number
  readonly dispatch: (action: Action) => void
}

/** One article's text with its passages marked, beside the list of those passages. */
export function SourceView({ state, width, height, dispatch }: SourceViewProps) {
  const { index } = state
  const top = currentScreen(state)
  const source = index.sourcesById.get(top.sourceId ?? '')
  const passages = index.passages(top.sourceId ?? '')
  const selected = top.selected[0]
  const { direction, panes } = arrangePanes(width, height, top.pane, 0.62)
  const [textBox, listBox] = panes

  const layout = source && textBox ? sourceLines(source, passages, selected, textBox.width) : { lines: [], blocks: [] }
  // Without the passages pane, the last row says what the selected passage is.
  const hasSummary = textBox !== null && listBox === null
  const textHeight = (textBox?.height ?? 1) - (hasSummary ? 1 : 0)
  const text = viewportStart(layout.lines.length, textHeight - 1, layout.blocks[selected] ?? null, top.scroll)
  const inView = textBox ? itemsInView(layout.blocks, selected, text.offset, textHeight - 1) : undefined
  useViewportReport(top, textBox ? text.scroll : top.scroll, dispatch, inView)
  const rows = listBox ? passageRows(passages, selected, listBox.width) : []
  const listOffset = listBox ? viewportStart(rows.length, listBox.height - 1, { start: selected, end: selected }, 0).offset : 0
  const name = source ? (source.title ?? index.labels.get(source.id) ?? source.id) : 'source not found'

  return (
    <Box flexDirection={direction}>
      {textBox && (
        <Box flexDirection="column">
          <Pane title={name} lines={layout.lines} offset={text.offset} width={textBox.width} height={textHeight} isFocused={top.pane === 0} />
          {hasSummary && <LineView line={truncateLine(passageSummary(passages[selected], index), textBox.width)} />}
        </Box>
      )}
      {direction === 'row' && textBox && listBox && <Separator height={height} />}
      {listBox && (
        <Pane
          title={`${passages.length} marked passages (Enter: open the group)`}
          lines={rows.length > 0 ? rows : [[{ text: 'no quotes or grouped passages', tone: 'muted' }]]}
          offset={listOffset}
          width={listBox.width}
          height={listBox.height}
          isFocused={top.pane === 1}
        />
      )}
    </Box>
  )
}
