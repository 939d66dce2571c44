/** Where a pane goes: its size, or null when the terminal is too small to show it beside the focused one. */
export type PaneBox = { width: number; height: number } | null

export interface Arrangement {
  direction: 'row' | 'column'
  panes: PaneBox[]
}

/** Columns from which two panes stand side by side. */
export const sideBySideColumns = 110
/** Rows from which two panes are stacked rather than shown one at a time. */
export const stackedRows = 30

/** Rows the second pane gets at least when stacked under a short first one. */
const minimumStackedRows = 5

/**
 * Side by side on wide terminals, stacked on tall ones or when the first
 * pane's `firstLines` leave room, otherwise only the focused pane (Tab
 * shows the other). `share` is the first pane's part.
 */
export function arrangePanes(width: number, height: number, focus: number, share = 0.5, firstLines = Number.POSITIVE_INFINITY): Arrangement {
  if (width >= sideBySideColumns) {
    const first = Math.floor((width - 1) * share)
    return { direction: 'row', panes: [{ width: first, height }, { width: width - 1 - first, height }] }
  }
  // A pane's title takes a row.
  const fitted = firstLines + 1
  const isTall = height >= stackedRows
  if (isTall || fitted + minimumStackedRows <= height) {
    const firstHeight = isTall ? Math.min(Math.floor(height * share), fitted) : fitted
    return { direction: 'column', panes: [{ width, height: firstHeight }, { width, height: height - firstHeight }] }
  }
  return { direction: 'column', panes: [0, 1].map((pane) => (pane === focus ? { width, height } : null)) }
}

/**
 * First line a viewport shows: the anchor (a selected row or block) in
 * view, then moved by `scroll`, kept inside the content. `centre` puts the
 * anchor mid-screen (lists, article text); `reveal` scrolls no further from
 * the top than needed, so a heading above stays in view. Returns the scroll
 * actually applied, so presses past an end are not stored.
 */
export function viewportStart(
  total: number,
  height: number,
  anchor: { start: number; end: number } | null,
  scroll: number,
  placement: 'centre' | 'reveal' = 'centre',
): { offset: number; scroll: number } {
  const last = Math.max(0, total - height)
  let base = 0
  if (anchor) {
    const blockHeight = anchor.end - anchor.start + 1
    if (blockHeight >= height) base = anchor.start
    else if (placement === 'centre') base = anchor.start - Math.floor((height - blockHeight) / 2)
    else base = Math.min(anchor.start, anchor.end - height + 1)
    base = Math.max(0, Math.min(base, last))
  }
  const offset = Math.max(0, Math.min(base + scroll, last))
  return { offset, scroll: offset - base }
}

/** Which of a view's items (passages, members) are on screen, for arrows pressed after scrolling away. */
export interface ItemsInView {
  /** The first item that ends at or below the viewport's top: on screen, or the next one down. */
  first: number
  /** The last item that starts at or above the viewport's bottom: on screen, or the next one up. */
  last: number
  /** Whether the selected item is wholly on screen (or fills it). */
  isSelectedWhole: boolean
}

/** `blocks` are the items' line ranges in order; the viewport shows `height` lines from `offset`. */
export function itemsInView(blocks: ReadonlyArray<{ start: number; end: number }>, selected: number, offset: number, height: number): ItemsInView {
  const bottom = offset + height - 1
  let first = blocks.findIndex((block) => block.end >= offset)
  if (first === -1) first = blocks.length
  let last = -1
  for (let index = blocks.length - 1; index >= 0; index--) {
    if (blocks[index].start <= bottom) {
      last = index
      break
    }
  }
  const block = blocks[selected]
  const isSelectedWhole = block !== undefined && ((block.start >= offset && block.end <= bottom) || (block.start <= offset && block.end >= bottom))
  return { first, last, isSelectedWhole }
}
