import { useInput, type Key } from 'ink'
import type { Action } from './app-state.js'
import { typedKeys } from './typed-keys.js'
import { typeIntoSearch } from './use-search-keys.js'

export interface AppKeysOptions {
  isActive: boolean
  /** Rows a page key moves by. */
  pageSize: number
  dispatch: (action: Action) => void
  onQuit: () => void
  onWriteReport: () => void
}

/** Navigation and commands; switched off while the search line takes the keys. */
export function useAppKeys({ isActive, pageSize, dispatch, onQuit, onWriteReport }: AppKeysOptions): void {
  useInput(
    (input, key) => {
      const keys = typedKeys(input, key)
      for (let index = 0; index < keys.length; index++) {
        const action = keyAction(keys[index][0], keys[index][1], pageSize)
        if (action === 'quit') return onQuit()
        if (action === 'report') onWriteReport()
        else dispatch(action ?? { type: 'other-key' })
        if (action && action !== 'report' && action.type === 'search-start') index += typeIntoSearch(keys.slice(index + 1), dispatch)
      }
    },
    { isActive },
  )
}

/** What a key means outside the search line. */
export function keyAction(input: string, key: Key, pageSize: number): Action | 'quit' | 'report' | null {
  if (key.upArrow || input === 'k') return { type: 'move', delta: -1 }
  if (key.downArrow || input === 'j') return { type: 'move', delta: 1 }
  if (key.pageUp || (key.ctrl && input === 'u') || input === 'b') return { type: 'page', delta: -pageSize }
  if (key.pageDown || (key.ctrl && input === 'd') || input === ' ') return { type: 'page', delta: pageSize }
  if (key.home || input === 'g') return { type: 'move-to', position: 'first' }
  if (key.end || input === 'G') return { type: 'move-to', position: 'last' }
  if (key.leftArrow || input === 'h') return { type: 'sibling', delta: -1 }
  if (key.rightArrow || input === 'l') return { type: 'sibling', delta: 1 }
  if (key.return) return { type: 'open' }
  // Terminals send DEL for the Backspace key; Ink calls that `delete`.
  if (key.escape || key.backspace || key.delete) return { type: 'back' }
  if (key.tab) return { type: 'next-pane' }
  switch (input) {
    case '/':
      return { type: 'search-start' }
    case 'f':
      return { type: 'cycle-filter' }
    case 'c':
      return { type: 'toggle-coverage' }
    case 's':
      return { type: 'show-source' }
    case '?':
      return { type: 'show-help' }
    case 'r':
      return 'report'
    case 'q':
      return 'quit'
    default:
      return null
  }
}
