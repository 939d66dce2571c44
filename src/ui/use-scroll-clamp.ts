import { useEffect } from 'react'
import type { Action } from './app-state.js'

/** Store the scroll a view could really apply, so scrolling back from past an end starts moving at once. */
export function useScrollClamp(requested: number, applied: number, dispatch: (action: Action) => void): void {
  useEffect(() => {
    if (requested !== applied) dispatch({ type: 'scroll-clamped', scroll: applied })
  }, [requested, applied, dispatch])
}
