import os from 'node:os'
import path from 'node:path'

// Where crosscheck keeps what it caches (articles, comparisons, compiled code), and whether it may.
// A module of its own: the engine's loader needs it before the engine is there.

/** True unless CROSSCHECK_CACHE is `0`, `false`, `no` or `off`. */
export function isCacheEnabledByEnvironment(environment: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(0|false|no|off)$/i.test(environment.CROSSCHECK_CACHE ?? '')
}

/** $CROSSCHECK_CACHE_DIR, else $XDG_CACHE_HOME/crosscheck, else ~/.cache/crosscheck. */
export function defaultCacheDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  if (environment.CROSSCHECK_CACHE_DIR) return path.resolve(environment.CROSSCHECK_CACHE_DIR)
  const base = environment.XDG_CACHE_HOME ? path.resolve(environment.XDG_CACHE_HOME) : path.join(os.homedir(), '.cache')
  return path.join(base, 'crosscheck')
}
