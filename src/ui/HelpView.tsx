import { useEffect } from 'react'
import { Box } from 'ink'
import type { Action, AppState } from './app-state.js'
import { truncateLine, type Line } from './lines.js'
import { LineView } from './LineView.js'
import { verdictMarker } from './theme.js'

export interface HelpViewProps {
  readonly width: number
  readonly height: number
  /** The first line to show as the keys left it (clamped here), and whether the help was found taller than the screen. */
  readonly help: AppState['help']
  readonly dispatch: (action: Action) => void
}

const keys: Array<[string, string]> = [
  ['↑ ↓  j k', 'move the selection (scroll a preview or text pane)'],
  ['PgUp PgDn  g G', 'a page up or down; first, last (also b, space, Home, End)'],
  ['Enter', 'open: a group, a passage in its source, a passage’s group'],
  ['Esc  q', 'back (also Backspace); quit (also Ctrl+C)'],
  ['← →  h l', 'previous/next group (detail), source (source view, coverage)'],
  ['Tab', 'next pane (on small terminals, show it)'],
  ['/', 'search the groups by word'],
  ['f', 'filter: all, conflicts, quotes, claims, unique'],
  ['c', 'coverage: which source carries which group'],
  ['s', 'the selected passage in its source'],
  ['r', 'write the Markdown report'],
]

const markers: Array<[string, string]> = [
  [`${verdictMarker.conflict} conflict`, 'the sources disagree: speaker, number, negation…'],
  [`${verdictMarker.variant} variant`, 'the same claim or quote in other words'],
  [`${verdictMarker.equivalent} equivalent`, 'differs only in typography, case, censoring, contractions, number format'],
  [`${verdictMarker.identical} identical`, 'the same words'],
  ['[x] [+x] [-x]', 'words differing from the reference, added, left out ([-…] when long)'],
  ['[!g3] [only]', 'in a source: a passage of group g3; a claim no other source makes'],
  // (`!` and `~` mark differences as they mark verdicts; the coverage view has its own legend.)
  ['^ ·', 'in a group: a difference of context (verb, cited report), a cosmetic one'],
]

/** Keys and markers, in place of the current view; on a screen too short for them, scrolled by the arrows and page keys. */
export function HelpView({ width, height, help, dispatch }: HelpViewProps) {
  const keyWidth = Math.max(...keys.map(([key]) => key.length), ...markers.map(([marker]) => marker.length)) + 2
  const row = ([left, right]: [string, string]): Line => truncateLine([{ text: left.padEnd(keyWidth), tone: 'accent' }, { text: right }], width)
  // Fits 80x24 as it is; on smaller screens the last line says where the window is.
  const lines: Line[] = [[{ text: 'Keys', tone: 'heading' }], ...keys.map(row), [{ text: 'Markers', tone: 'heading' }], ...markers.map(row)]
  const isScrollable = lines.length > height
  const rows = Math.max(1, height - 1)
  const applied = isScrollable ? Math.min(help.scroll, lines.length - rows) : 0
  // Stored back whenever the keys went past an end, so that the next key moves at once.
  const isStale = help.scroll !== applied || help.isScrollable !== isScrollable
  useEffect(() => {
    if (isStale) dispatch({ type: 'help-viewport', scroll: applied, isScrollable })
  }, [isStale, applied, isScrollable, dispatch])
  const shown = isScrollable
    ? [
        ...lines.slice(applied, applied + rows),
        truncateLine([{ text: `lines ${applied + 1}–${applied + rows} of ${lines.length}: ↑↓ PgUp PgDn scroll`, tone: 'muted' }], width),
      ]
    : lines
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {shown.slice(0, height).map((line, index) => (
        <LineView key={index} line={line} />
      ))}
    </Box>
  )
}
