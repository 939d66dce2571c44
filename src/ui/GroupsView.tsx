import { Box, Text } from 'ink'
import type { AppState, Action } from './app-state.js'
import { currentScreen, visibleItems } from './app-state.js'
import { detailLines } from './group-lines.js'
import { arrangePanes, viewportStart } from './layout.js'
import { truncate, wrapSpans, type Line } from './lines.js'
import { GroupList } from './GroupList.js'
import { Pane } from './Pane.js'
import { Separator } from './Separator.js'
import { useViewportReport } from './use-viewport-report.js'

export interface GroupsViewProps {
  readonly state: AppState
  readonly width: number
  readonly height: number
  readonly dispatch: (action: Action) => void
}

/** The groups list (conflicts first) beside a preview of the selected group. */
export function GroupsView({ state, width, height, dispatch }: GroupsViewProps) {
  const { index } = state
  const top = currentScreen(state)
  const items = visibleItems(state)
  const selected = Math.min(top.selected[0], Math.max(0, items.length - 1))
  const item = items[selected]
  const { direction, panes } = arrangePanes(width, height, top.pane, 0.5, Math.max(1, items.length))
  const [listBox, previewBox] = panes

  let previewLines: Line[] = []
  if (previewBox) {
    if (item?.kind === 'group') previewLines = detailLines(item.group, index, previewBox.width, -1).lines
    else if (item?.kind === 'unique') {
      const { single } = item
      const key = index.keys.get(single.source) ?? single.source
      const what = single.quote ? `prints this quote${single.quote.speaker ? ` by ${single.quote.speaker}` : ''}` : 'reports this'
      // A lone quote's words may still be in a group as narration another source shares (`said the plan would fail`).
      const around = single.quote ? index.passages(single.source).filter((passage) => passage.group && passage.start < single.end && single.start < passage.end) : []
      previewLines = [
        // (The source's label last: a long title is what the line's end cuts.)
        [{ text: truncate(`· ${single.id}: only ${key} ${what} (${index.labels.get(single.source)})`, previewBox.width), tone: 'unique' }],
        ...(around.length > 0 ? [[{ text: truncate(`  its words are also in ${around.map((passage) => passage.group!.id).join(', ')}`, previewBox.width), tone: 'muted' as const }]] : []),
        [],
        ...wrapSpans([{ text: single.quote ? `“${single.text}”` : single.text }], previewBox.width, '  ', '  '),
        [],
        [{ text: 'Enter opens it in its source', tone: 'muted' }],
      ]
    }
  }
  const preview = viewportStart(previewLines.length, (previewBox?.height ?? 1) - 1, null, top.pane === 1 ? top.scroll : 0)
  useViewportReport(top, top.pane === 1 ? preview.scroll : top.scroll, dispatch)

  const emptyMessage =
    index.analysis.groups.length === 0 && index.singleSource.length === 0
      ? 'No groups: the sources share no quotes or claims.'
      : state.search.query
        ? 'Nothing matches this filter and search (f: next filter, Esc: clear search).'
        : 'Nothing matches this filter (f: next filter).'
  return (
    <Box flexDirection={direction}>
      {listBox &&
        (items.length === 0 ? (
          <Box width={listBox.width} height={listBox.height}>
            <Text>{emptyMessage}</Text>
          </Box>
        ) : (
          <GroupList items={items} selected={selected} state={state} width={listBox.width} height={listBox.height} isFocused={top.pane === 0} />
        ))}
      {direction === 'row' && listBox && previewBox && <Separator height={height} />}
      {previewBox && (
        <Pane
          title={item?.kind === 'group' ? `Preview: group ${item.group.id} (Enter opens)` : 'Preview'}
          lines={previewLines}
          offset={preview.offset}
          width={previewBox.width}
          height={previewBox.height}
          isFocused={top.pane === 1}
        />
      )}
    </Box>
  )
}
