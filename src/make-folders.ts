import { mkdirSync, statSync, type Stats } from 'node:fs'
import { mkdir, stat } from 'node:fs/promises'
import path from 'node:path'

/**
 * Create `folder` and its missing parents, one level at a time: node's
 * recursive mkdir retries forever where the system refuses a folder, as
 * under /proc (`mkdir /proc/x` fails with ENOENT, `mkdir /proc` with
 * EEXIST). Resolves with the folders made, outermost first; another run
 * making one of them meanwhile is no failure.
 */
export async function makeFolders(folder: string): Promise<string[]> {
  const missing: string[] = []
  for (let at = path.resolve(folder); !(await stat(at).catch(() => undefined)); at = path.dirname(at)) {
    missing.push(at)
    if (path.dirname(at) === at) break
  }
  for (const level of missing.reverse()) {
    await mkdir(level).catch(async (error: NodeJS.ErrnoException) => {
      // (A dangling link is in the way: its own error, not the stat's.)
      if (error.code !== 'EEXIST' || !(await stat(level).catch(() => undefined))?.isDirectory()) throw error
    })
  }
  return missing
}

/**
 * makeFolders, resolving with the outermost folder it made, if any, named as
 * `folder` is (relative when it is), so that the user hears of a mistyped path.
 */
export async function makeFoldersNamingFirst(folder: string): Promise<string | undefined> {
  const [outermost] = await makeFolders(folder)
  if (outermost === undefined) return undefined
  return path.isAbsolute(folder) ? outermost : path.relative('.', outermost)
}

/** makeFolders on this thread, for the cache's synchronous writes. */
export function makeFoldersSync(folder: string): void {
  const missing: string[] = []
  for (let at = path.resolve(folder); statOf(at) === undefined; at = path.dirname(at)) {
    missing.push(at)
    if (path.dirname(at) === at) break
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statOf(level)?.isDirectory()) throw error
    }
  }
}

function statOf(at: string): Stats | undefined {
  try {
    return statSync(at)
  } catch {
    return undefined
  }
}
