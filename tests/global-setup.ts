import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * One temporary folder for the whole test run. Tests, and the CLI processes
 * they spawn, make their folders and analysis caches under it (through
 * `TMPDIR`, which `os.tmpdir()` reads), so a run leaves nothing behind in the
 * machine's temporary folder and never touches the user's ~/.cache.
 */
export default function setup(): () => void {
  const runFolder = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-tests-'))
  // Open to all as /tmp is: some tests run the CLI as an unprivileged user.
  chmodSync(runFolder, 0o1777)
  process.env.TMPDIR = runFolder
  process.env.CROSSCHECK_CACHE_DIR = path.join(runFolder, 'cache')
  return () => rmSync(runFolder, { recursive: true, force: true })
}
