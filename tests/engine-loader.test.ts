import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { codeCacheFolder } from '../src/engine-loader.js'

// The built binary loads the engine from dist/engine.cjs (`npm test` builds before vitest), and the build leaves
// V8's code cache for it next to it (scripts/build.ts).
const repository = path.resolve(import.meta.dirname, '..')
const folders: string[] = []
let installation: string

/** The built CLI as installed, in a folder of its own, with the build's code cache as `installedCache` says. */
function copyInstallation(installedCache: 'kept' | 'removed' | 'damaged'): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-installed-'))
  for (const entry of ['bin', 'dist', 'package.json']) cpSync(path.join(repository, entry), path.join(folder, entry), { recursive: true })
  symlinkSync(path.join(repository, 'node_modules'), path.join(folder, 'node_modules'), 'dir')
  for (const file of installedCaches(folder)) {
    if (installedCache === 'removed') rmSync(file)
    if (installedCache === 'damaged') writeFileSync(file, damage(readFileSync(file)))
  }
  return folder
}

function installedCaches(folder: string): string[] {
  return readdirSync(path.join(folder, 'dist'))
    .filter((name) => /^engine-.*\.bin$/.test(name))
    .map((name) => path.join(folder, 'dist', name))
}

/** Bytes flipped in the middle of the data; the checksum in front no longer fits. */
function damage(bytes: Buffer): Buffer {
  const damaged = Buffer.from(bytes)
  for (let index = damaged.length >> 1; index < (damaged.length >> 1) + 400; index++) damaged[index] ^= 0x5a
  return damaged
}

beforeAll(() => {
  installation = copyInstallation('removed')
})

afterAll(() => {
  rmSync(installation, { recursive: true, force: true })
})

function cacheFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-code-cache-'))
  folders.push(folder)
  return folder
}

function analyzeSeeds(cacheDirectory: string, ...flags: string[]) {
  return analyzeSeedsWith(installation, cacheDirectory, ...flags)
}

function analyzeSeedsWith(installed: string, cacheDirectory: string, ...flags: string[]) {
  const run = spawnSync(process.execPath, [path.join(installed, 'bin/crosscheck.js'), 'analyze', 'sources', '--json', ...flags], {
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

describe('the code cache the build leaves next to the engine', () => {
  it('is there, and a first run uses it: no compiling, so no code cache of its own, and the same output', () => {
    const bundleHash = createHash('sha256').update(readFileSync(path.join(repository, 'dist/engine.cjs'))).digest('hex').slice(0, 16)
    expect(installedCaches(repository).map((file) => path.basename(file))).toEqual([expect.stringMatching(new RegExp(`^engine-${bundleHash}-`))])
    const directory = cacheFolder()
    expect(analyzeSeedsWith(repository, directory)).toBe(analyzeSeedsWith(repository, cacheFolder(), '--no-cache'))
    expect(codeCaches(directory)).toEqual([])
  })

  it('leaves the user\'s folder pruned of other versions\' caches unused for a day', () => {
    const directory = cacheFolder()
    const folder = path.join(directory, codeCacheFolder)
    mkdirSync(folder, { recursive: true })
    const stale = path.join(folder, 'engine-0000000000000000-v20.0.0-x64.bin')
    writeFileSync(stale, 'old')
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000)
    utimesSync(stale, twoDaysAgo, twoDaysAgo)
    analyzeSeedsWith(repository, directory)
    expect(codeCaches(directory)).toEqual([])
  })

  it('is passed over when damaged, and the run keeps a code cache of its own', () => {
    const installed = copyInstallation('damaged')
    folders.push(installed)
    const directory = cacheFolder()
    expect(analyzeSeedsWith(installed, directory)).toBe(analyzeSeedsWith(installed, cacheFolder(), '--no-cache'))
    expect(codeCaches(directory)).toHaveLength(1)
  })
})

describe('the engine code cache in the user\'s cache folder (built CLI, without the build\'s)', () => {
  it('is written once, with a checksum of its data, and then used as it is', () => {
    const directory = cacheFolder()
    const first = analyzeSeeds(directory)
    const [file] = codeCaches(directory)
    expect(codeCaches(directory)).toHaveLength(1)
    // Keyed by the bundle's content: another engine of the same length never runs this one's code.
    const bundleHash = createHash('sha256').update(readFileSync(path.join(installation, 'dist/engine.cjs'))).digest('hex').slice(0, 16)
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
    writeFileSync(file, damage(readFileSync(file)))

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
    const run = spawnSync(process.execPath, [path.join(installation, 'bin/crosscheck.js'), 'analyze', 'sources', '--json'], {
      cwd: repository,
      encoding: 'utf8',
      env: { ...process.env, CROSSCHECK_CACHE_DIR: directory, CROSSCHECK_CACHE: '0' },
    })
    expect(run.status).toBe(0)
    expect(readdirSync(directory)).toEqual([])
  })

  it('is not written by a run that analysed nothing: it would hold too little', () => {
    const directory = cacheFolder()
    const run = spawnSync(process.execPath, [path.join(installation, 'bin/crosscheck.js'), 'analyze', path.join(directory, 'missing'), '--json'], {
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
