/**
 * Build dist/ as a few bundles (esbuild), not one file per module (tsc).
 *
 *   npm run build        (type checking is `tsc --noEmit`, part of `npm test`)
 *
 * Why bundles: Node's ESM loader resolves, reads and compiles every module
 * on its own, and reads each CommonJS dependency twice (once to list its
 * exports). Ink, React and the reconciler are some 200 such files: importing
 * them took ~0.43 s here, the bundled copy ~0.13 s, and the CLI's own start
 * fell from ~0.22 s to ~0.12 s. The UI's first frame is mostly start-up.
 *
 * Every output lands directly in dist/, chunks included, so that paths the
 * code builds from `import.meta.url` (package.json one level up, the worker
 * script next to it, the engine's code hash over dist/) hold in any chunk.
 * Chunk names carry a hash of their content, so builds never overwrite a
 * chunk with different code.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build, type BuildOptions, type Plugin } from 'esbuild'
import { engineVersionFile } from '../src/cache.js'
import { codeCacheFolder } from '../src/engine-loader.js'

const root = path.resolve(import.meta.dirname, '..')
const dist = path.join(root, 'dist')
const outdir = `${dist}.build-${process.pid}`
const entryPoints = {
  // bin/crosscheck.js
  cli: 'src/cli.ts',
  // one per worker thread: src/workers/pool.ts starts it by this name
  'article-worker': 'src/workers/article-worker.ts',
  // the engine as a library (tests run it on threads), and the UI on its own (bench/first-frame.ts)
  analyze: 'src/analyze.ts',
  ui: 'src/ui/index.ts',
}
// The engine as CommonJS (engineOptions), and its readers that load on demand (named by their content, as chunks are).
const separateReaders = { 'html-reader': 'src/sources/html.ts', 'markdown-reader': 'src/sources/markdown.ts' }
const engineBundle = 'engine.cjs'
// Files of earlier builds stay this long, for CLIs started before the build that have modules still to load.
const keepEarlierBuildsMs = 60 * 60 * 1000

try {
  await Promise.all([build(options()), buildEngine()])
} catch (error) {
  // esbuild has printed its own errors (they come with an `errors` list); anything else is printed here.
  if (!(error instanceof Error && 'errors' in error)) console.error(error)
  await rm(outdir, { recursive: true, force: true })
  process.exit(1)
}
await writeEngineVersion()
await install()
await compileEngineAhead()

/**
 * A hash of everything built, for the cache (engineVersion in src/cache.ts):
 * reading one small file at start-up instead of hashing every bundle, and
 * never the chunks of an earlier build that are still in dist/.
 */
async function writeEngineVersion(): Promise<void> {
  const hash = createHash('sha256')
  for (const name of (await readdir(outdir)).sort()) hash.update(name).update('\0').update(await readFile(path.join(outdir, name)))
  await writeFile(path.join(outdir, engineVersionFile), `${hash.digest('hex')}\n`)
}

/**
 * Move the new files into dist/ one by one, chunks first and entry points
 * last: each rename replaces a file whole, so a CLI running or starting
 * during the build, or another build, always finds every module it imports.
 */
async function install(): Promise<void> {
  const built = await readdir(outdir)
  // Entry points and the version file last: whoever reads them finds the files they name.
  const entryFiles = new Set([...Object.keys(entryPoints).map((name) => `${name}.js`), engineBundle, engineVersionFile])
  await mkdir(dist, { recursive: true })
  for (const name of [...built.filter((file) => !entryFiles.has(file)), ...built.filter((file) => entryFiles.has(file))]) {
    await rename(path.join(outdir, name), path.join(dist, name))
  }
  await rm(outdir, { recursive: true, force: true })
  const current = new Set(built)
  for (const name of await readdir(dist)) {
    if (current.has(name)) continue
    const file = path.join(dist, name)
    // Another build may have removed it meanwhile.
    const modified = await stat(file).then((info) => info.mtimeMs, () => Date.now())
    if (Date.now() - modified > keepEarlierBuildsMs) await rm(file, { recursive: true, force: true })
  }
}

/**
 * Run the built CLI once over the warm-up articles (three short reports of
 * one invented event, written for this), with a cache folder of its own,
 * and keep the engine's V8 code cache it leaves next to the bundle, where
 * src/engine-loader.ts looks when the user's cache has none: the first run
 * after an install then skips compiling the engine (the seeds' first frame
 * about 30 ms sooner; see the README). Best effort: without it, the first
 * run compiles, as any run with other V8 flags does.
 */
async function compileEngineAhead(): Promise<void> {
  // Earlier builds' caches go first: the warm-up run would use one of the same engine and then write none.
  for (const name of await readdir(dist)) if (/^engine-.*\.bin$/.test(name)) await rm(path.join(dist, name), { force: true })
  const cacheDirectory = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-build-'))
  try {
    const run = spawnSync(process.execPath, [path.join(root, 'bin/crosscheck.js'), 'analyze', path.join(root, 'scripts/warm-up'), '--json'], {
      env: { ...process.env, CROSSCHECK_CACHE_DIR: cacheDirectory, CROSSCHECK_CACHE: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    })
    const compiled = path.join(cacheDirectory, codeCacheFolder)
    const [name] = await readdir(compiled).catch(() => [])
    if (run.status !== 0 || name === undefined) {
      console.warn(`build: no code cache for the engine (warm-up run: ${run.stderr.trim().split('\n')[0] || `exit ${run.status}`}); the first run will compile it`)
      return
    }
    // A rename within dist/ replaces the file whole, for a CLI starting meanwhile.
    const temporary = path.join(dist, `${name}.${process.pid}.tmp`)
    await writeFile(temporary, await readFile(path.join(compiled, name)))
    await rename(temporary, path.join(dist, name))
  } finally {
    await rm(cacheDirectory, { recursive: true, force: true })
  }
}

/**
 * The engine again, as one CommonJS file: src/engine-loader.ts runs it as a
 * V8 script, whose compiled code V8 can cache between runs (Node 20 has no
 * such cache for ES modules). Its import.meta.url is the bundle's own. The
 * readers of HTML and of Markdown past the plain subset are files of their
 * own, required when first needed: they are nearly half the code, and a
 * script is parsed whole. They are built first, under names that carry a
 * hash of their content, and the engine requires those names: an engine
 * that started before a build never meets another build's reader.
 */
async function buildEngine(): Promise<void> {
  const { splitting, chunkNames, banner, plugins, entryPoints: _, ...shared } = options()
  const commonJs: BuildOptions = {
    ...shared,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    // import() of a separate reader becomes require(): a V8 script has no module loader for import().
    supported: { ...shared.supported, 'dynamic-import': false },
    define: { ...shared.define, 'import.meta.url': '__engineUrl' },
  }
  const readers = await build({ ...commonJs, entryPoints: separateReaders, entryNames: '[name]-[hash]', metafile: true })
  const bundleOf = new Map<string, string>()
  for (const [output, { entryPoint }] of Object.entries(readers.metafile.outputs)) {
    if (entryPoint !== undefined) bundleOf.set(path.join(root, entryPoint), `./${path.basename(output)}`)
  }
  await build({ ...commonJs, entryPoints: { engine: 'src/engine.ts' }, plugins: [requireSeparateReaders(bundleOf)] })
}

/** The engine's imports of the separate readers resolve to their bundles (`bundleOf`: source file to bundle), next to it in dist/. */
function requireSeparateReaders(bundleOf: ReadonlyMap<string, string>): Plugin {
  return {
    name: 'require-separate-readers',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^\.\/(html|markdown)\.js$/ }, (args) => {
        const bundle = bundleOf.get(path.join(args.resolveDir, args.path.replace(/\.js$/, '.ts')))
        return bundle !== undefined && args.kind === 'dynamic-import' ? { path: bundle, external: true } : undefined
      })
    },
  }
}

function options(): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    // Shared code in chunks; commands and the UI stay behind their dynamic imports, loaded only when used.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild's table holds Node 20 to a later Unicode version and turns every
    // `/\p{…}/u` literal into `new RegExp(…)`, built again on each call (~4×
    // slower in a hot function); Node 20 reads every property the code uses.
    supported: { 'regexp-unicode-property-escapes': true },
    minify: true,
    // React's production build: the development one checks and times every render, several times slower.
    define: { 'process.env.NODE_ENV': '"production"' },
    // stopword's `main` is a CommonJS build with every language's list; its ES build lets only the English one in.
    alias: { stopword: 'stopword/dist/stopword.esm.mjs' },
    // Ink loads its React devtools bridge only when DEV=true; that optional package is not installed.
    external: ['react-devtools-core'],
    // CommonJS dependencies call require() for Node's own modules; an ES module has none of its own.
    banner: { js: "import { createRequire as __crosscheckRequire } from 'node:module'; const require = __crosscheckRequire(import.meta.url);" },
    logLevel: 'warning',
    plugins: [shortcutStringWidth()],
  }
}

/**
 * Ink and its layout packages (wrap-ansi, widest-line, cli-truncate) measure
 * text with string-width: route them to src/ui/string-width.ts, which skips
 * string-width's costly first look at non-ASCII text (see there). Its own
 * import of string-width, and the packages outside the UI (vfile-reporter),
 * get the real one.
 */
function shortcutStringWidth(): Plugin {
  const shortcut = path.join(root, 'src/ui/string-width.ts')
  const measuresForInk = /[\\/]node_modules[\\/](ink|wrap-ansi|widest-line|cli-truncate)[\\/]/
  return {
    name: 'shortcut-string-width',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^string-width$/ }, (args) => (measuresForInk.test(args.importer) ? { path: shortcut } : undefined))
    },
  }
}
