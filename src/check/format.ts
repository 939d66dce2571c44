import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { reporter } from 'vfile-reporter'
import type { Severity } from './rules.js'

export interface FormatOptions {
  /** Leave out info messages and files without messages. Default false. */
  quiet?: boolean
  /** ANSI colours in the text report. Default false. */
  color?: boolean
  /**
   * Columns the text report should fit: longer reasons go on over lines of
   * their own, under the reason column. Default: no wrapping.
   */
  width?: number
  /**
   * What there was to compare: the quotes read, and how many of them stand in
   * a group with another source's or were held to a primary source. When
   * there is no finding, the summary says so rather than give a clean bill
   * for quotes nothing was compared with. Default: not said.
   */
  compared?: { quotes: number; checked: number }
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
  const shown = options.width === undefined ? files : wrapReasons(files, options.width)
  const report = reporter([...shown], { quiet: options.quiet ?? false, color: options.color ?? false })
  const all = files.flatMap((file) => file.messages)
  if (all.some((message) => message.fatal === true || message.fatal === false)) return `${report}\n`
  if (options.quiet) return report.length > 0 ? `${report}\n` : ''
  const infos = all.length
  const summary = infos === 0 ? `no quote problems found in ${plural(files.length, 'file')}` : `${plural(infos, 'info message')}, no errors or warnings`
  return `${report}\n\n${summary}${comparedNote(options.compared)}\n`
}

/** `(…, so none was compared)`, when none of the quotes could be held to another source's or a primary's. */
function comparedNote(compared: FormatOptions['compared']): string {
  if (compared === undefined || compared.checked > 0) return ''
  if (compared.quotes === 0) return ' (no quotes in them)'
  return ` (${plural(compared.quotes, 'quote')} read, none in more than one source, so none was compared; --primary holds each to a transcript)`
}

// vfile-reporter's columns: place, label, reason, rule, source, each padded to its longest cell and one space.
const minReasonWidth = 40
const narrowestReason = 20

/**
 * Copies of `files` whose long reasons are broken at spaces: vfile-reporter
 * pads every row to its longest reason, so that one reason of 400 characters
 * (two quotes and a passage) made every line of the report as wide. The
 * first line stays in the row; the others are indented to the reason column.
 */
function wrapReasons(files: readonly VFile[], width: number): VFile[] {
  const messages = files.flatMap((file) => file.messages)
  const widest = (cell: (message: VFileMessage) => string) => Math.max(0, ...messages.map((message) => cell(message).length))
  const placeWidth = widest((message) => placeOf(message))
  const labelWidth = widest((message) => severityOfMessage(message))
  const sourceWidth = widest((message) => message.source ?? '')
  const otherWidth = placeWidth + 1 + labelWidth + 1 + widest((message) => message.ruleId ?? '') + 1
  // A narrow terminal (80 columns) leaves out the source column, which names crosscheck on every line, before the
  // reason goes below 40 characters.
  const showsSource = width - otherWidth - sourceWidth - 1 >= minReasonWidth
  const reasonWidth = Math.max(narrowestReason, width - otherWidth - (showsSource ? sourceWidth : 0) - 1)
  const indent = ' '.repeat(placeWidth + 1 + labelWidth + 1)
  return files.map((file) => {
    const copy = new VFile({ path: file.path })
    copy.messages = file.messages.map((message) => {
      const [first, ...rest] = breakLines(message.reason, reasonWidth)
      const wrapped = new VFileMessage([first, ...rest.map((line) => indent + line)].join('\n'), {
        place: message.place,
        ruleId: message.ruleId,
        source: showsSource ? message.source : undefined,
      })
      wrapped.fatal = message.fatal
      wrapped.file = message.file
      return wrapped
    })
    return copy
  })
}

/** The place as vfile-reporter prints it: `3:5-3:20`, `3:5`, or nothing. */
function placeOf(message: VFileMessage): string {
  const place = message.place
  if (!place) return ''
  if (!('start' in place)) return `${place.line}:${place.column}`
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
}

/** `text` in lines of at most `width` characters, broken at spaces (a longer word stays whole). */
function breakLines(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  lines.push(line)
  return lines
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
