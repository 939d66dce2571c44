import { useInput } from 'ink'
import type { Action } from './app-state.js'

/** The search line: typed text filters the groups list as it grows; Enter keeps it, Esc drops it. */
export function useSearchKeys({ isActive, dispatch }: { isActive: boolean; dispatch: (action: Action) => void }): void {
  useInput(
    (input, key) => {
      if (key.return) dispatch({ type: 'search-commit' })
      else if (key.escape) dispatch({ type: 'search-cancel' })
      else if (key.backspace || key.delete) dispatch({ type: 'search-erase' })
      else if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow) dispatch({ type: 'search-type', text: input })
    },
    { isActive },
  )
}
