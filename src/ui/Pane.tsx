import { Box } from 'ink'
import type { Line, Span } from './lines.js'
import { fit, truncateLine } from './lines.js'
import { LineView } from './LineView.js'

export interface PaneProps {
  readonly title: string
  readonly lines: readonly Line[]
  /** First line shown. */
  readonly offset: number
  readonly width: number
  readonly height: number
  readonly isFocused: boolean
}

/** A titled viewport on a list of lines; the title says where in the content the view is. */
export function Pane({ title, lines, offset, width, height, isFocused }: PaneProps) {
  const bodyHeight = Math.max(0, height - 1)
  const shown = lines.slice(offset, offset + bodyHeight)
  const position = lines.length > bodyHeight ? ` ${offset + 1}-${offset + shown.length}/${lines.length}` : ''
  const heading: Span[] = [
    { text: isFocused ? '▸ ' : '  ', tone: 'accent' },
    { text: fit(title, Math.max(0, width - 2 - position.length)), tone: isFocused ? 'heading' : 'muted' },
    { text: position, tone: 'muted' },
  ]
  const rows = [truncateLine(heading, width), ...shown]
  while (rows.length < height) rows.push([])
  return (
    <Box flexDirection="column" width={width} height={height}>
      {rows.map((line, index) => (
        <LineView key={index} line={line} />
      ))}
    </Box>
  )
}
