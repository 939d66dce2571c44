import { expect, test } from 'vitest'
import { arrangePanes, itemsInView, viewportStart } from '../../src/ui/layout.js'

test('panes: side by side when wide, stacked when there is room, else the focused one alone', () => {
  expect(arrangePanes(200, 40, 0)).toEqual({ direction: 'row', panes: [{ width: 99, height: 40 }, { width: 100, height: 40 }] })
  expect(arrangePanes(80, 40, 0)).toEqual({ direction: 'column', panes: [{ width: 80, height: 20 }, { width: 80, height: 20 }] })
  // A short list leaves room for the second pane even in 80x24.
  expect(arrangePanes(80, 20, 0, 0.5, 5)).toEqual({ direction: 'column', panes: [{ width: 80, height: 6 }, { width: 80, height: 14 }] })
  expect(arrangePanes(80, 20, 1, 0.5, 50)).toEqual({ direction: 'column', panes: [null, { width: 80, height: 20 }] })
})

test('viewport: the selection centred or just revealed, the scroll kept inside the content', () => {
  expect(viewportStart(100, 10, { start: 50, end: 50 }, 0)).toEqual({ offset: 46, scroll: 0 })
  expect(viewportStart(100, 10, { start: 50, end: 52 }, 0, 'reveal')).toEqual({ offset: 43, scroll: 0 })
  expect(viewportStart(100, 10, { start: 2, end: 4 }, 0, 'reveal')).toEqual({ offset: 0, scroll: 0 })
  expect(viewportStart(100, 10, { start: 98, end: 98 }, 0)).toEqual({ offset: 90, scroll: 0 })
  expect(viewportStart(100, 10, null, 500)).toEqual({ offset: 90, scroll: 90 })
  expect(viewportStart(5, 10, null, 3)).toEqual({ offset: 0, scroll: 0 })
})

test('items in view: the first and last on screen, or the nearest beyond it, and whether the selected one is whole', () => {
  const blocks = [
    { start: 0, end: 2 },
    { start: 4, end: 9 },
    { start: 11, end: 12 },
    { start: 20, end: 40 },
  ]
  // Lines 5-14: the second block is cut at its top, the third whole.
  expect(itemsInView(blocks, 2, 5, 10)).toEqual({ first: 1, last: 2, isSelectedWhole: true })
  expect(itemsInView(blocks, 1, 5, 10)).toEqual({ first: 1, last: 2, isSelectedWhole: false })
  // Lines 14-18 show no block: the next one down and the next one up.
  expect(itemsInView(blocks, 0, 14, 5)).toEqual({ first: 3, last: 2, isSelectedWhole: false })
  // A block taller than the screen counts as whole when it fills it.
  expect(itemsInView(blocks, 3, 25, 5)).toEqual({ first: 3, last: 3, isSelectedWhole: true })
  expect(itemsInView([], 0, 0, 5)).toEqual({ first: 0, last: -1, isSelectedWhole: false })
})
