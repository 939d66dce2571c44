import type { AppState, View } from './app-state.js'
import { currentScreen } from './app-state.js'
import { truncateLine, type Line } from './lines.js'
import { LineView } from './LineView.js'

export interface FooterProps {
  readonly state: AppState
  readonly width: number
}

const always: Array<[string, string]> = [
  ['?', 'help'],
  ['q', 'quit'],
]

const hints: Record<View, Array<[string, string]>> = {
  groups: [['↑↓', 'move'], ['⏎', 'open'], ['f', 'filter'], ['/', 'search'], ['c', 'coverage'], ['s', 'source'], ['Tab', 'preview'], ['r', 'report']],
  detail: [['↑↓', 'passage'], ['⏎', 'in its source'], ['Esc', 'back'], ['←→', 'group'], ['PgDn', 'scroll'], ['c', 'coverage'], ['r', 'report']],
  coverage: [['↑↓', 'move'], ['⏎', 'open'], ['Tab', 'one source only'], ['Esc', 'back'], ['r', 'report']],
  source: [['↑↓', 'passage'], ['⏎', 'its group'], ['Esc', 'back'], ['←→', 'source'], ['PgDn', 'scroll'], ['Tab', 'passages']],
}

const obviousKeys = new Set(['↑↓', '⏎', 'Esc', '←→', 'PgDn'])

/** The status of the last command, or the keys that work here: as many as fit, help and quit always. */
export function Footer({ state, width }: FooterProps) {
  let line: Line
  if (state.isHelpOpen) line = [{ text: state.help.isScrollable ? 'other keys close the help' : 'any key closes the help', tone: 'muted' }]
  else if (state.search.isEditing) line = [{ text: 'type words to find · Enter keeps the search · Esc clears it', tone: 'muted' }]
  else if (state.status) line = [{ text: state.status.text, tone: state.status.tone }]
  else {
    const shown = [...hints[currentScreen(state).view]]
    const text = () => [...shown, ...always].map(([key, what]) => `${key} ${what}`).join('  ')
    // The keys everyone tries first (arrows, Enter, Esc) go first, so that at 80 columns the letters still show.
    while (shown.length > 0 && text().length > width) {
      const obvious = shown.findLastIndex(([key]) => obviousKeys.has(key))
      shown.splice(obvious >= 0 ? obvious : shown.length - 1, 1)
    }
    line = [{ text: text(), tone: 'muted' }]
  }
  return <LineView line={truncateLine(line, width)} />
}
