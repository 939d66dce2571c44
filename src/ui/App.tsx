import { useCallback, useMemo, useReducer } from 'react'
import { Box, useApp } from 'ink'
import type { Analysis } from '../types.js'
import { indexAnalysis } from './analysis-index.js'
import { appReducer, currentScreen, initialState } from './app-state.js'
import { CoverageView } from './CoverageView.js'
import { DetailView } from './DetailView.js'
import { Footer } from './Footer.js'
import { GroupsView } from './GroupsView.js'
import { Header } from './Header.js'
import { HelpView } from './HelpView.js'
import { SourceView } from './SourceView.js'
import { useAppKeys } from './use-app-keys.js'
import { useSearchKeys } from './use-search-keys.js'
import { useTerminalSize } from './use-terminal-size.js'

export interface AppProps {
  readonly analysis: Analysis
  /** Writes the Markdown report and resolves with its path; absent when no report module is available. */
  readonly writeReport?: () => Promise<string>
  /** A line to show until the first key, such as skipped input files. */
  readonly notice?: string
}

/** The browser over one analysis. It owns the state; views only draw it. */
export function App({ analysis, writeReport, notice }: AppProps) {
  const index = useMemo(() => indexAnalysis(analysis), [analysis])
  const [state, dispatch] = useReducer(appReducer, index, (built) => {
    const state = initialState(built)
    return notice ? { ...state, status: { text: notice, tone: 'error' as const } } : state
  })
  const { exit } = useApp()
  const { columns, rows } = useTerminalSize()
  // One row short of the terminal: a frame as tall as the screen makes Ink clear it on every render.
  const height = Math.max(6, rows - 1)
  const width = Math.max(20, columns)
  const bodyHeight = height - 3

  const onWriteReport = useCallback(() => {
    if (!writeReport) {
      dispatch({ type: 'status', text: 'report: not available here (no report writer)', tone: 'error' })
      return
    }
    dispatch({ type: 'status', text: 'writing the report…', tone: 'muted' })
    writeReport().then(
      (path) => dispatch({ type: 'status', text: `report written: ${path}`, tone: 'status' }),
      (error: unknown) => dispatch({ type: 'status', text: `report failed: ${error instanceof Error ? error.message : String(error)}`, tone: 'error' }),
    )
  }, [writeReport])

  useAppKeys({ isActive: !state.search.isEditing, pageSize: Math.max(1, bodyHeight - 2), dispatch, onQuit: exit, onWriteReport })
  useSearchKeys({ isActive: state.search.isEditing, dispatch })

  const view = currentScreen(state).view
  const body = state.isHelpOpen ? (
    <HelpView width={width} height={bodyHeight} help={state.help} dispatch={dispatch} />
  ) : view === 'groups' ? (
    <GroupsView state={state} width={width} height={bodyHeight} dispatch={dispatch} />
  ) : view === 'detail' ? (
    <DetailView state={state} width={width} height={bodyHeight} dispatch={dispatch} />
  ) : view === 'coverage' ? (
    <CoverageView state={state} width={width} height={bodyHeight} dispatch={dispatch} />
  ) : (
    <SourceView state={state} width={width} height={bodyHeight} dispatch={dispatch} />
  )
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Header state={state} width={width} />
      <Box height={bodyHeight}>
        {body}
      </Box>
      <Footer state={state} width={width} />
    </Box>
  )
}
