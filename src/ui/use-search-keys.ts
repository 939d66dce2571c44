import { useInput, type Key } from 'ink'
import type { Action } from './app-state.js'
import { typedKeys } from './typed-keys.js'

/** The search line: typed text filters the groups list as it grows; Enter keeps it, Esc drops it. */
export function useSearchKeys({ isActive, dispatch }: { isActive: boolean; dispatch: (action: Action) => void }): void {
  useInput(
    (input, key) => {
      typeIntoSearch(typedKeys(input, key), dispatch)
    },
    { isActive },
  )
}

/**
 * Feed keys to the search line until one closes it; returns how many were
 * used, so keys typed after `/` in the same read reach the search too.
 */
export function typeIntoSearch(keys: ReadonlyArray<[string, Key]>, dispatch: (action: Action) => void): number {
  for (const [used, [character, key]] of keys.entries()) {
    if (key.return || key.escape) {
      dispatch({ type: key.return ? 'search-commit' : 'search-cancel' })
      return used + 1
    }
    if (key.backspace || key.delete) dispatch({ type: 'search-erase' })
    else if (character && !key.ctrl && !key.meta && !key.tab) dispatch({ type: 'search-type', text: character })
  }
  return keys.length
}
