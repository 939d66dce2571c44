import { EventEmitter } from 'node:events'
import { readdirSync } from 'node:fs'
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { InputError } from '../../src/cli.js'
import { loadWithoutFetch, runUi, type UiIo } from '../../src/ui/index.js'

// Ink draws only the last frame when it believes it runs in CI (CI=true, as in
// .ci/run); this test watches the frames of a real terminal session.
process.env.CI = '0'

/** A terminal stand-in: records what is drawn, sends keys. */
class FakeTerminalOutput extends EventEmitter {
  readonly isTTY = true
  columns = 100
  rows = 30
  written = ''
  write(data: string): boolean {
    this.written += data
    return true
  }
  /** What was drawn, without escape codes. */
  get text(): string {
    return this.written.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '')
  }
}

class FakeKeyboard extends EventEmitter {
  readonly isTTY = true
  private pending: string | null = null
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read(): string | null {
    const data = this.pending
    this.pending = null
    return data
  }
  press(data: string) {
    this.pending = data
    this.emit('readable')
  }
}

function terminalIo() {
  const stdout = new FakeTerminalOutput()
  const stderr = new FakeTerminalOutput()
  const stdin = new FakeKeyboard()
  const io = { stdout, stderr, stdin } as unknown as UiIo
  return { io, stdout, stderr, stdin }
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('runUi', () => {
  test('without a keyboard it prints the static overview and exits 0', async () => {
    const { io, stdout } = terminalIo()
    const code = await runUi(['sources'], { ...io, stdin: { isTTY: false } as NodeJS.ReadStream })
    expect(code).toBe(0)
    expect(stdout.written).toMatch(/^crosscheck: 3 sources\n/)
  })

  test('on the seeds: progress, then the groups list with "Did I nail it?"; q quits with 0', async () => {
    const { io, stdout, stdin } = terminalIo()
    const events: string[] = []
    const running = runUi(['sources'], io, { onProgress: (event) => events.push(event.stage) })
    await waitFor(() => stdout.text.includes('[Groups]'), 'the groups list')
    expect(stdout.written.startsWith('\u001B[?1049h')).toBe(true)
    expect(stdout.text).toContain('crosscheck')
    expect(stdout.text).toContain('“Did I nail it?”')
    expect(events).toContain('compare')
    stdin.press('q')
    expect(await running).toBe(0)
    // The shell's screen comes back.
    expect(stdout.written.endsWith('\u001B[?1049l')).toBe(true)
  })

  test('--no-cache: the UI neither reads nor writes the cache; by default it fills it once the groups are on screen', async () => {
    const cacheDirectory = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-ui-cache-'))
    const previous = process.env.CROSSCHECK_CACHE_DIR
    process.env.CROSSCHECK_CACHE_DIR = cacheDirectory
    const written = async () => (await readdir(cacheDirectory, { recursive: true })).filter((file) => /\.(pack|json)$/.test(file))
    // What the cache held when the analysis was done, before the groups list was drawn.
    const atFirstFrame: string[][] = []
    const browseAndQuit = async (isCacheEnabled: boolean | undefined, beforeQuitting = async () => {}) => {
      const { io, stdout, stdin } = terminalIo()
      const onProgress = (event: { stage: string }) => {
        if (event.stage === 'compare') atFirstFrame.push(readdirSync(cacheDirectory, { recursive: true }).map(String).filter((file) => /\.(pack|json)$/.test(file)))
      }
      const running = runUi(['sources'], { ...io, isCacheEnabled }, { onProgress })
      await waitFor(() => stdout.text.includes('[Groups]'), 'the groups list')
      await beforeQuitting()
      stdin.press('q')
      expect(await running).toBe(0)
    }
    try {
      await browseAndQuit(false)
      expect(await readdir(cacheDirectory)).toEqual([])
      // Written after the first frame, while the groups are on screen: the articles' pack and their comparison.
      await browseAndQuit(undefined, async () => {
        const deadline = Date.now() + 5_000
        while ((await written()).length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
        const files = await written()
        expect(files.filter((file) => file.endsWith('.pack'))).toHaveLength(1)
        expect(files.filter((file) => file.endsWith('.json'))).toHaveLength(1)
      })
      expect(await written()).toHaveLength(2)
      // Written after the groups came up, not before.
      expect(atFirstFrame).toEqual([[], []])
    } finally {
      if (previous === undefined) delete process.env.CROSSCHECK_CACHE_DIR
      else process.env.CROSSCHECK_CACHE_DIR = previous
      await rm(cacheDirectory, { recursive: true, force: true })
    }
  })

  test('files skipped or read in part: named (or counted) on screen, one line each on stderr after quitting', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-ui-notices-'))
    try {
      await cp('sources', folder, { recursive: true })
      await writeFile(path.join(folder, 'empty.txt'), '')
      await writeFile(path.join(folder, 'broken.md'), '---\ntitle: "unclosed\n---\n\nThe council met on Monday to talk about the budget.\n')
      const { io, stdout, stderr, stdin } = terminalIo()
      const running = runUi([folder], { ...io, isCacheEnabled: false })
      await waitFor(() => stdout.text.includes('[Groups]'), 'the groups list')
      expect(stdout.text).toContain('empty.txt skipped, broken.md read in part: reasons on stderr after quitting')
      expect(stderr.text).toBe('')
      stdin.press('q')
      expect(await running).toBe(0)
      expect(stderr.text.split('\n').filter(Boolean)).toEqual([
        `crosscheck: ${path.join(folder, 'empty.txt')}: file is empty`,
        expect.stringMatching(/broken\.md: front matter is not valid YAML \(.+\); read without it$/),
      ])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  test('no usable articles: the one-line input error, the screen restored', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-ui-'))
    try {
      const { io, stdout } = terminalIo()
      const failure = runUi([empty], io)
      await expect(failure).rejects.toBeInstanceOf(InputError)
      await expect(failure).rejects.toThrow(empty)
      expect(stdout.written.endsWith('\u001B[?1049l')).toBe(true)
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })
})

describe('loadWithoutFetch', () => {
  test('hides fetch while loading and puts the same property back, also when loading fails', async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'fetch')
    expect(before?.configurable).toBe(true)
    let seenDuringLoad: unknown = 'not loaded'
    expect(await loadWithoutFetch(async () => ((seenDuringLoad = (globalThis as { fetch?: unknown }).fetch), 'loaded'))).toBe('loaded')
    expect(seenDuringLoad).toBeUndefined()
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before)
    await expect(loadWithoutFetch(() => Promise.reject(new Error('no module')))).rejects.toThrow('no module')
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before)
  })
})
