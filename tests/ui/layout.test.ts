import { expect, test } from 'vitest'
import { arrangePanes, viewportStart } from '../../src/ui/layout.js'

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
