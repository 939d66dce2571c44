import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { codeCacheFolder } from '../src/engine-loader.js'

// The built binary loads the engine from dist/engine.cjs (`npm test` builds before vitest).
const repository = path.resolve(import.meta.dirname, '..')
const folders: string[] = []

function cacheFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-code-cache-'))
  folders.push(folder)
  return folder
}

function analyzeSeeds(cacheDirectory: string, ...flags: string[]) {
  const run = spawnSync(process.execPath, [path.join(repository, 'bin/crosscheck.js'), 'analyze', 'sources', '--json', ...flags], {
    cwd: repository,
    encoding: 'utf8',
    env: { ...process.env, CROSSCHECK_CACHE_DIR: cacheDirectory, CROSSCHECK_CACHE: '1' },
  })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return run.stdout
}

/** The code cache files, as paths. */
function codeCaches(cacheDirectory: string): string[] {
  const folder = path.join(cacheDirectory, codeCacheFolder)
  return existsSync(folder) ? readdirSync(folder).map((name) => path.join(folder, name)) : []
}

/** Article entries go, the compiled code stays: the next run reads the articles again. */
function forgetArticles(cacheDirectory: string): void {
  for (const name of readdirSync(cacheDirectory)) if (name !== codeCacheFolder) rmSync(path.join(cacheDirectory, name), { recursive: true })
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

describe('the engine code cache (built CLI)', () => {
  it('is written once, with a checksum of its data, and then used as it is', () => {
    const directory = cacheFolder()
    const first = analyzeSeeds(directory)
    const [file] = codeCaches(directory)
    expect(codeCaches(directory)).toHaveLength(1)
    // Keyed by the bundle's content: another engine of the same length never runs this one's code.
    const bundleHash = createHash('sha256').update(readFileSync(path.join(repository, 'dist/engine.cjs'))).digest('hex').slice(0, 16)
    expect(path.basename(file)).toMatch(new RegExp(`^engine-${bundleHash}-${process.version}-${process.arch}-\\d+\\.bin$`))
    const bytes = readFileSync(file)
    expect(bytes.length).toBeGreaterThan(1000)
    expect(createHash('sha256').update(bytes.subarray(32)).digest().equals(bytes.subarray(0, 32))).toBe(true)

    forgetArticles(directory)
    const inode = statSync(file).ino
    expect(analyzeSeeds(directory)).toBe(first)
    // Accepted: marked used in place; a rewrite would have renamed a new file over it.
    expect(statSync(file).ino).toBe(inode)
  })

  it('survives damaged data (which V8 itself would crash on) and writes it again', () => {
    const directory = cacheFolder()
    const first = analyzeSeeds(directory)
    const [file] = codeCaches(directory)
    const damaged = readFileSync(file)
    for (let index = damaged.length >> 1; index < (damaged.length >> 1) + 400; index++) damaged[index] ^= 0x5a
    writeFileSync(file, damaged)

    forgetArticles(directory)
    expect(analyzeSeeds(directory)).toBe(first)
    const mended = readFileSync(file)
    expect(createHash('sha256').update(mended.subarray(32)).digest().equals(mended.subarray(0, 32))).toBe(true)
  })

  it('removes caches of other engines unused for a day, and keeps those in use', () => {
    const directory = cacheFolder()
    const folder = path.join(directory, codeCacheFolder)
    mkdirSync(folder, { recursive: true })
    const stale = path.join(folder, 'engine-0000000000000000-v20.0.0-x64.bin')
    const recent = path.join(folder, 'engine-1111111111111111-v20.0.0-x64.bin')
    writeFileSync(stale, 'old')
    writeFileSync(recent, 'in use')
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000)
    utimesSync(stale, twoDaysAgo, twoDaysAgo)

    analyzeSeeds(directory)
    const names = codeCaches(directory).map((file) => path.basename(file))
    expect(names).toHaveLength(2)
    expect(names).toContain(path.basename(recent))
    expect(names).not.toContain(path.basename(stale))
  })

  it('is neither read nor written with --no-cache or CROSSCHECK_CACHE=0', () => {
    const directory = cacheFolder()
    analyzeSeeds(directory, '--no-cache')
    expect(readdirSync(directory)).toEqual([])
    const run = spawnSync(process.execPath, [path.join(repository, 'bin/crosscheck.js'), 'analyze', 'sources', '--json'], {
      cwd: repository,
      encoding: 'utf8',
      env: { ...process.env, CROSSCHECK_CACHE_DIR: directory, CROSSCHECK_CACHE: '0' },
    })
    expect(run.status).toBe(0)
    expect(readdirSync(directory)).toEqual([])
  })

  it('is not written by a run that analysed nothing: it would hold too little', () => {
    const directory = cacheFolder()
    const run = spawnSync(process.execPath, [path.join(repository, 'bin/crosscheck.js'), 'analyze', path.join(directory, 'missing'), '--json'], {
      cwd: repository,
      encoding: 'utf8',
      env: { ...process.env, CROSSCHECK_CACHE_DIR: directory, CROSSCHECK_CACHE: '1' },
    })
    expect(run.status).toBe(2)
    expect(codeCaches(directory)).toEqual([])
    analyzeSeeds(directory)
    expect(codeCaches(directory)).toHaveLength(1)
  })
})
