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
  return (
    <Box flexDirection="column">
      <LineView line={[{ text: 'crosscheck', tone: 'heading' }]} />
      <LineView line={[{ text: describe(progress, Math.max(10, Math.min(40, width - 30))), tone: 'muted' }]} />
    </Box>
  )
}

function describe(progress: ProgressEvent | null, barWidth: number): string {
  switch (progress?.stage) {
    case undefined:
      return 'reading sources…'
    case 'read':
      return `read ${progress.sources} sources`
    case 'analyse': {
      const cached = progress.cached > 0 ? `, ${progress.cached} from the cache` : ''
      return `analysing ${progress.total} articles${cached}…`
    }
    case 'article': {
      if (progress.done === progress.total) return `analysed ${progress.total} articles; comparing them…`
      const filled = Math.round((progress.done / Math.max(1, progress.total)) * barWidth)
      return `analysing [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${progress.done}/${progress.total} articles`
    }
    case 'compare':
      return `compared: ${progress.groups} groups`
  }
}
