import { render } from 'ink-testing-library'
import type { Analysis } from '../../src/types.js'
import { App } from '../../src/ui/App.js'

/** What terminals send for the keys the UI uses. */
export const keys = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  pageDown: '\u001B[6~',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  // The Backspace key sends DEL.
  backspace: '\u007F',
}

export interface RenderOptions {
  columns?: number
  rows?: number
  writeReport?: () => Promise<string>
}

export interface RenderedApp {
  /** The last frame as text (the test stream has no colour: markers only). */
  frame: () => string
  /** Send keys one at a time, letting Ink's effects run after each. */
  press: (...sequence: string[]) => Promise<void>
  resize: (columns: number, rows: number) => Promise<void>
  /** Whether the UI still reads keys: false once it has quit. */
  isListening: () => boolean
  unmount: () => void
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds))
}

/**
 * Ink handles input and effects on later turns of the event loop, slower on
 * a busy machine: wait until no frame has been written for a while (a key
 * that changes nothing writes none), at most half a second.
 */
async function settle(frames: readonly string[]): Promise<void> {
  const deadline = Date.now() + 500
  let count = -1
  while (count !== frames.length && Date.now() < deadline) {
    count = frames.length
    await sleep(25)
  }
}

/** Render the UI over an analysis in a fake terminal (100x24 unless told). */
export async function renderApp(analysis: Analysis, options: RenderOptions = {}): Promise<RenderedApp> {
  const instance = render(<App analysis={analysis} writeReport={options.writeReport} />)
  const stdout = instance.stdout as unknown as NodeJS.EventEmitter & { columns: number; rows?: number }
  const resize = async (columns: number, rows: number) => {
    Object.defineProperty(stdout, 'columns', { value: columns, configurable: true })
    Object.defineProperty(stdout, 'rows', { value: rows, configurable: true })
    stdout.emit('resize')
    await settle(instance.frames)
  }
  await settle(instance.frames)
  if (options.columns !== undefined || options.rows !== undefined) await resize(options.columns ?? 100, options.rows ?? 24)
  return {
    frame: () => instance.lastFrame() ?? '',
    async press(...sequence) {
      for (const key of sequence) {
        instance.stdin.write(key)
        await settle(instance.frames)
      }
    },
    resize,
    isListening: () => instance.stdin.listenerCount('readable') + instance.stdin.listenerCount('data') > 0,
    unmount: () => instance.unmount(),
  }
}
