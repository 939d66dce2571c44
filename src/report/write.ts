import { realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Analysis } from '../types.js'
import { renderReport, type ReportOptions } from './build.js'
import { makeFoldersNamingFirst } from '../make-folders.js'
import { describeWriteFailure } from '../write-failure.js'

/** Where reports go unless `output` says otherwise. */
export const reportsFolder = 'reports'

let writeCount = 0

export interface WriteReportOptions {
  /** File to write; default `reports/<name>.md`. */
  output?: string
  /** Report name: the default file name and the fallback title. */
  name: string
  /** Input files left out or read in part (ReportOptions.leftOut). */
  leftOut?: ReportOptions['leftOut']
  /** Told the outermost folder made for the report, if any (`-o cases/x.md` with no `cases/`), so a mistyped path is heard of. */
  onCreatedFolder?: (folder: string) => void
}

/** A report could not be written; `message` is one line naming the path. */
export class ReportWriteError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: cannot write the report (${reason})`)
  }
}

/**
 * Render and write the report atomically: a temporary file in the target's
 * folder, then a rename, so a reader never sees half a report and a failed
 * write leaves nothing behind. Resolves with the path written.
 */
export async function writeReport(analysis: Analysis, options: Readonly<WriteReportOptions>): Promise<string> {
  if (options.output?.trim() === '') throw new ReportWriteError(`-o ${JSON.stringify(options.output)}`, 'a blank path names no file')
  const target = options.output ?? path.join(reportsFolder, `${fileSafeName(options.name)}.md`)
  const namesFolder = () => new ReportWriteError(target, `it names a folder; give a file name, as ${path.join(target, `${fileSafeName(options.name)}.md`)}`)
  if (/[\\/]$/.test(target)) throw namesFolder()
  // `..` read as makeFolders reads it, by the path's words: `new/../other/r.md` is other/r.md, `new` there or not, so
  // the folder made is the one written into.
  const resolved = path.normalize(target)
  const content = renderReport(analysis, { name: options.name, leftOut: options.leftOut })
  const existing = await stat(resolved).catch(() => undefined)
  if (existing?.isDirectory()) throw namesFolder()
  // A device or pipe (`-o /dev/stdout`) is written to: a rename would replace it with a plain file.
  if (existing && !existing.isFile()) {
    await writeFile(resolved, content).catch((error: unknown) => {
      throw new ReportWriteError(target, describe(error))
    })
    return target
  }
  // Through a symbolic link, the file it points to is replaced and the link kept.
  const destination = existing ? await realpath(resolved) : resolved
  // A report never replaces an article it reads (`-o sources/left.md`).
  if (existing && (await Promise.all(analysis.sources.map((source) => realpath(source.file).catch(() => undefined)))).includes(destination)) {
    throw new ReportWriteError(target, 'it is one of the articles read')
  }
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}-${++writeCount}.tmp`)
  try {
    const created = await makeFoldersNamingFirst(path.dirname(destination))
    if (created !== undefined) options.onCreatedFolder?.(created)
    await writeFile(temporary, content, { flag: 'wx' })
    await rename(temporary, destination)
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    throw new ReportWriteError(target, describe(error))
  }
  return target
}

/**
 * The default report name for some input paths: one path's folder name
 * (`sources` for `sources/`, the current folder's for `.`) or file name
 * without extension; for several, the name of the input that holds the
 * others or of the folder that holds them all (`oscars` for `oscars/fox.md
 * oscars/nyt.md`, not `fox`, and for `oscars oscars/extra.md`).
 */
export function reportName(paths: readonly string[]): string {
  const resolved = (paths.length === 0 ? ['.'] : paths).map((entry) => path.resolve(entry))
  const named = commonPath(resolved)
  // (An input's own name loses its extension: `fox.md` names `fox`.)
  const base = resolved.includes(named) ? path.basename(named, path.extname(named)) : path.basename(named)
  return base === '' ? 'report' : base
}

/** The deepest path that is every one of `paths` or holds it (absolute, resolved ones): `oscars` for `oscars` and `oscars/fox.md`. */
function commonPath(paths: readonly string[]): string {
  let common = paths[0]
  const holds = (entry: string) => entry === common || entry.startsWith(common.endsWith(path.sep) ? common : `${common}${path.sep}`)
  while (!paths.every(holds)) common = path.dirname(common)
  return common
}

/** Keep a name to one path segment of ordinary characters. */
function fileSafeName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '')
  return safe === '' ? 'report' : safe
}

/** Why the report could not be written: EEXIST and ENOTDIR come from making its folders. */
function describe(error: unknown): string {
  return describeWriteFailure(error, { EEXIST: 'a parent is not a folder', ENOTDIR: 'a parent is not a folder' })
}
