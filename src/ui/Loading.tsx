import { Box } from 'ink'
import type { ProgressEvent } from '../analyze.js'
import { LineView } from './LineView.js'

export interface LoadingProps {
  /** The last progress event, or null before the sources are read. */
  readonly progress: ProgressEvent | null
  readonly width: number
}

/** What the analysis is doing while the first frame waits for it. */
export function Loading({ progress, width }: LoadingProps) {
  const barWidth = Math.max(10, Math.min(40, width - 30))
  let line = 'reading sources…'
  if (progress?.stage === 'read') line = `read ${progress.sources} sources; analysing…`
  if (progress?.stage === 'article') {
    const filled = Math.round((progress.done / Math.max(1, progress.total)) * barWidth)
    line = `analysing [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${progress.done}/${progress.total} articles`
  }
  if (progress?.stage === 'compare') line = `compared: ${progress.groups} groups`
  return (
    <Box flexDirection="column">
      <LineView line={[{ text: 'crosscheck', tone: 'heading' }]} />
      <LineView line={[{ text: line, tone: 'muted' }]} />
    </Box>
  )
}
