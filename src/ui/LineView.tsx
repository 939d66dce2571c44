import { Text } from 'ink'
import type { Line } from './lines.js'
import { theme } from './theme.js'

export interface LineViewProps {
  readonly line: Line
}

/** One screen row; cut, never wrapped, so a row is always one line high. */
export function LineView({ line }: LineViewProps) {
  if (line.length === 0) return <Text> </Text>
  return (
    <Text wrap="truncate-end">
      {line.map((span, index) => (
        <Text key={index} {...theme.style(span.tone)}>
          {span.text}
        </Text>
      ))}
    </Text>
  )
}
