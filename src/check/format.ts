import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { reporter } from 'vfile-reporter'
import type { Severity } from './rules.js'

export interface FormatOptions {
  /** Leave out info messages and files without messages. Default false. */
  quiet?: boolean
  /** ANSI colours in the text report. Default false. */
  color?: boolean
}

/** One message of `--format json`. */
export interface JsonMessage {
  file: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  ruleId: string | null
  severity: Severity
  reason: string
  actual: string | null
  expected: string[]
  sources: string[]
  url: string | null
}

export interface JsonFile {
  file: string
  messages: JsonMessage[]
}

/** vfile's own encoding of severity: fatal true is an error, false a warning, unset info. */
export function severityOfMessage(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** `--strict`: every warning becomes an error. */
export function makeWarningsErrors(files: readonly VFile[]): void {
  for (const file of files) for (const message of file.messages) if (message.fatal === false) message.fatal = true
}

/** `--quiet`: drop info messages (in place, so counts and exit code agree with what is shown). */
export function dropInfo(files: readonly VFile[]): void {
  for (const file of files) file.messages = file.messages.filter((message) => severityOfMessage(message) !== 'info')
}

/** 1 when any error is left, else 0. */
export function exitCodeOf(files: readonly VFile[]): 0 | 1 {
  return files.some((file) => file.messages.some((message) => message.fatal === true)) ? 1 : 0
}

/**
 * The vfile-reporter report, grouped by file. vfile-reporter sums up only
 * errors and warnings; when there are none, a line says so, with the count of
 * info messages.
 */
export function formatText(files: readonly VFile[], options: Readonly<FormatOptions> = {}): string {
  const report = reporter([...files], { quiet: options.quiet ?? false, color: options.color ?? false })
  const all = files.flatMap((file) => file.messages)
  if (all.some((message) => message.fatal === true || message.fatal === false)) return `${report}\n`
  if (options.quiet) return report.length > 0 ? `${report}\n` : ''
  const infos = all.length
  const summary = infos === 0 ? `no quote problems found in ${plural(files.length, 'file')}` : `${plural(infos, 'info message')}, no errors or warnings`
  return `${report}\n\n${summary}\n`
}

export function formatJson(files: readonly VFile[], options: Readonly<FormatOptions> = {}): string {
  const shown = options.quiet ? files.filter((file) => file.messages.length > 0) : files
  const output: JsonFile[] = shown.map((file) => ({
    file: file.path,
    messages: file.messages.map((message) => {
      const end = message.place && 'end' in message.place ? message.place.end : undefined
      return {
        file: file.path,
        line: message.line ?? null,
        column: message.column ?? null,
        endLine: end?.line ?? null,
        endColumn: end?.column ?? null,
        ruleId: message.ruleId ?? null,
        severity: severityOfMessage(message),
        reason: message.reason,
        actual: message.actual ?? null,
        expected: message.expected ?? [],
        sources: message.sources ?? [],
        url: message.url ?? null,
      }
    }),
  }))
  return `${JSON.stringify(output, null, 2)}\n`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
