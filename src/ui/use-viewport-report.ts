import { useEffect } from 'react'
import type { Action, Screen } from './app-state.js'
import type { ItemsInView } from './layout.js'

/**
 * Store what a view really shows: the scroll it could apply, and the first
 * column (so scrolling back from past an end starts moving at once) and, for views that select
 * among blocks of text, which of them are on screen (so an arrow pressed
 * after paging away picks up from there).
 */
export function useViewportReport(top: Screen, appliedScroll: number, dispatch: (action: Action) => void, inView?: ItemsInView, firstColumn?: number): void {
  const isStale = top.scroll !== appliedScroll || !isSameView(top.inView, inView) || (top.firstColumn ?? 0) !== (firstColumn ?? 0)
  useEffect(() => {
    if (isStale) dispatch({ type: 'viewport', scroll: appliedScroll, inView, firstColumn })
  }, [isStale, appliedScroll, inView, firstColumn, dispatch])
}

function isSameView(stored: ItemsInView | undefined, shown: ItemsInView | undefined): boolean {
  if (stored === undefined || shown === undefined) return stored === shown
  return stored.first === shown.first && stored.last === shown.last && stored.isSelectedWhole === shown.isSelectedWhole
}
