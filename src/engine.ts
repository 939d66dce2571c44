/**
 * The engine: reading, the per-article pipeline, alignment and comparison,
 * and the quote check, everything that runs over the articles. The CLI and
 * the UI reach it through engine-loader.ts, which the build serves as one
 * CommonJS bundle (dist/engine.cjs) so that V8 can keep its compiled code
 * between runs.
 */
export { analyzePaths } from './analyze.js'
export { hasAnalysedArticles } from './workers/index.js'

/** The quote check (`crosscheck quotes`), loaded on demand. */
export function loadCheck(): Promise<typeof import('./check/index.js')> {
  return import('./check/index.js')
}
