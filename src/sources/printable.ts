import type { ReadResult } from './text.js'

// C0 and C1 control characters but tab and line feed, and the invisible
// formatting marks: the soft hyphen, zero-width space, word joiner and
// invisible operators, byte order mark, direction marks, embeddings and
// isolates. A terminal acts on control characters (an article could move the
// cursor, retitle the window or write the clipboard as the UI shows it); the
// marks show as nothing, change how the text around them is drawn, and split
// a word for matching (`Bürger\u00admeister`). Zero-width joiners and
// non-joiners stay: emoji and some scripts need them.
const unprintable = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g
// Terminal escape sequences go whole, not just their ESC: control (`ESC [ 31 m`),
// operating system commands (`ESC ] 0 ; title BEL`) and two-character ones.
const escapeSequences = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b\n]*(?:\u0007|\u001b\\)?|[@-_])/g
// Vertical tabs, form feeds and carriage returns left alone end a line.
const lineEnds = /[\u000b\u000c\r]/g

/** The text without control characters, escape sequences and invisible formatting marks. */
export function printable(text: string): string {
  return text.replace(escapeSequences, '').replace(lineEnds, '\n').replace(unprintable, '')
}

/** A reader's result with only printable text in its prose and metadata. */
export function printableResult(read: ReadResult): ReadResult {
  const orNull = (value: string | null) => (value === null ? null : printable(value))
  return {
    body: printable(read.body),
    title: orNull(read.title),
    outlet: orNull(read.outlet),
    date: orNull(read.date),
    url: orNull(read.url),
    author: orNull(read.author),
    ...(read.problem === undefined ? {} : { problem: read.problem }),
  }
}

/**
 * A path or message with its control characters written as escapes (`\x1b`):
 * a file's name is named on a terminal as it is, and its escapes would act;
 * a line break in it (`\x0a`) would break the one line a message is.
 */
export function visiblePath(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`)
}
