/**
 * BASIL events as crosscheck input, and a summary of what the engine finds.
 *
 *   npx tsx scripts/basil.ts convert [OUT_DIR]   one folder of .md files per event
 *   npx tsx scripts/basil.ts summary [OUT_DIR]   analyse every event, one line each
 *
 * Reads ../shared/data/basil (or $CROSSCHECK_DATA/basil); never copies it into the repo.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { stringify } from 'yaml'
import { analyzePaths } from '../src/analyze.js'
import { dataFolder } from './data-folder.js'

export interface BasilArticle {
  title: string
  date: string
  url: string
  source: string
  'triplet-uuid': string
  'body-paragraphs': string[][]
}

export const basilOutlets: Record<string, string> = { fox: 'Fox News', nyt: 'The New York Times', hpo: 'HuffPost' }

export const basilFolder = path.join(dataFolder, 'basil')

/** Write each BASIL event as a folder of three Markdown articles with front matter; returns the folders. */
export async function convertBasil(outDir: string): Promise<string[]> {
  const articlesDir = path.join(basilFolder, 'articles')
  const events = new Map<string, string[]>()
  for (const year of (await readdir(articlesDir)).sort()) {
    for (const name of (await readdir(path.join(articlesDir, year))).sort()) {
      if (!name.endsWith('.json')) continue
      const article = JSON.parse(await readFile(path.join(articlesDir, year, name), 'utf8')) as BasilArticle
      const folder = path.join(outDir, `${year}-${article['triplet-uuid'].slice(0, 8)}`)
      await mkdir(folder, { recursive: true })
      const frontMatter = stringify({
        title: article.title,
        outlet: basilOutlets[article.source] ?? article.source,
        date: article.date,
        url: article.url,
      })
      const body = article['body-paragraphs'].map((paragraph) => paragraph.join(' ')).join('\n\n')
      await writeFile(path.join(folder, `${article.source}.md`), `---\n${frontMatter}---\n\n${body}\n`)
      events.set(folder, [...(events.get(folder) ?? []), name])
    }
  }
  return [...events.keys()]
}

async function summarize(outDir: string): Promise<void> {
  const folders = await convertBasil(outDir)
  let failures = 0
  const totals = { quoteGroups: 0, claimGroups: 0, conflicts: 0, unique: 0 }
  console.log(['event', 'quotes', 'quote groups', 'claim groups', 'conflicts', 'unique'].join('\t'))
  for (const folder of folders) {
    try {
      const { analysis, problems } = await analyzePaths([folder])
      if (problems.length > 0) failures++
      const quoteGroups = analysis.groups.filter((group) => group.kind === 'quote').length
      const claimGroups = analysis.groups.length - quoteGroups
      const conflicts = analysis.groups.filter((group) => group.verdict === 'conflict').length
      totals.quoteGroups += quoteGroups
      totals.claimGroups += claimGroups
      totals.conflicts += conflicts
      totals.unique += analysis.unique.length
      console.log([path.basename(folder), analysis.quotes.length, quoteGroups, claimGroups, conflicts, analysis.unique.length].join('\t'))
    } catch (error) {
      failures++
      console.log(`${path.basename(folder)}\terror: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  console.log(`\n${folders.length} events, ${failures} with errors; ${totals.quoteGroups} quote groups, ${totals.claimGroups} claim groups, ${totals.conflicts} conflicts, ${totals.unique} unique claims`)
}

// Only when run as a script: scripts/corpus-check.ts imports convertBasil.
if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  const [command = 'summary', outDir = path.join(os.tmpdir(), 'crosscheck-basil')] = process.argv.slice(2)
  if (!existsSync(basilFolder)) {
    console.log(`BASIL data not found at ${basilFolder} (set CROSSCHECK_DATA to the folder that holds basil/): nothing to do.`)
  } else if (command === 'convert') {
    const folders = await convertBasil(outDir)
    console.log(`${folders.length} events written under ${outDir}`)
  } else {
    await summarize(outDir)
  }
}
