import { Box, Text } from 'ink'
import { theme } from './theme.js'

export interface SeparatorProps {
  readonly height: number
}

/** The rule between side-by-side panes. */
export function Separator({ height }: SeparatorProps) {
  return (
    <Box flexDirection="column" width={1} height={height}>
      {Array.from({ length: height }, (_, row) => (
        <Text key={row} {...theme.style('muted')}>
          │
        </Text>
      ))}
    </Box>
  )
}
