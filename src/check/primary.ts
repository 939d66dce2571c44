import { statSync } from 'node:fs'
import path from 'node:path'
import type { Analysis, InputProblem, Quote, SourceDocument, Token } from '../types.js'
import { readSources } from '../sources/read.js'
import { processText } from '../pipeline/index.js'
import { indexText, findPassage, type IndexedText, type PassageMatch } from './passage.js'
import { wordedText } from './compare-words.js'
import { isNamedSpeaker, isSameSpeaker } from './names.js'
import { cosmeticFindings } from './cosmetic.js'
import { changedWording, code, type Finding } from './finding.js'

/** A transcript, statement or post the quotes are checked against. */
export interface PrimarySource {
  /** How messages name it: the file as given. */
  name: string
  text: IndexedText
  /** True when the text labels its speakers (`GAGA: …`, or a statement opening `Elizabeth Lauten: …`), so speakers can be checked. */
  namesSpeakers: boolean
  /** The speakers its labels name, in order of first turn; empty when it names none. */
  speakers: string[]
  /** What the reader read past (SourceDocument.readProblem), for a notice. */
  readProblem?: string
}

interface Turn {
  speaker: string
  /** Where the label starts and the spoken words start. */
  labelStart: number
  start: number
}

// A speaker label opens a line: one to four capitalized words (or `Q`), a colon, then words.
const speakerLabel = /^[ \t]*(?:\*\*)?(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+(?=\S)/gmu
// The same at the start of a text only, without the global flag's state.
const firstLabel = new RegExp(speakerLabel.source, 'u')

/** Read the primary source the way articles are read, so .txt, .md and .html all work; or say why it cannot be used. */
export async function readPrimary(file: string): Promise<PrimarySource | InputProblem> {
  // What it is first: a folder's first problem (a dangling link in it) or a device's lack of an extension would say
  // something else.
  const kind = kindOfPath(file)
  if (kind !== undefined && kind !== 'file') return { file, reason: kind === 'folder' ? 'a folder; give one file' : 'not a regular file' }
  const { sources, problems } = await readSources([file])
  if (problems.length > 0) return problems[0]
  if (sources.length !== 1) return { file, reason: 'expected one file as the primary source' }
  const { readProblem } = sources[0]
  return { ...primaryFromDocument(withFirstTurn(sources[0])), ...(readProblem === undefined ? {} : { readProblem }) }
}

/**
 * The document with its title put back before its prose when the title is a
 * transcript's first turn: a .txt file's short first line without a final
 * period reads as a title (`Lady Gaga: Did I nail it?`), but when it opens
 * with the label of a speaker who has a later turn, spelled the same, it is
 * what that speaker said first. (A headline in a speaker's name, `Biden:
 * The bridge will be rebuilt` above `BIDEN: …` turns, or a `Transcript:`
 * line, stays a title; so does a title from front matter or a page's head.)
 */
function withFirstTurn(document: SourceDocument): SourceDocument {
  const { title, body, file } = document
  if (title === null || path.extname(file).toLowerCase() !== '.txt') return document
  const label = firstLabel.exec(title)?.[1]
  if (label === undefined || notAuthorLabel.test(label) || !speakerTurns(body).some((turn) => turn.speaker === label)) return document
  return { ...document, title: null, body: `${title}\n${body}` }
}

export function primaryFromDocument(document: Pick<SourceDocument, 'file' | 'body'>): PrimarySource {
  const { body } = document
  const turns = speakerTurns(body)
  const namesSpeakers = isTranscript(turns) || isSignedStatement(body, turns)
  const labels = namesSpeakers ? turns : []
  const tokens = withoutLabels(
    processText(body).sentences.flatMap((sentence) => sentence.tokens),
    labels,
  )
  const speakerAt = (offset: number) => {
    let speaker: string | null = null
    for (const turn of labels) {
      if (turn.start > offset) break
      speaker = turn.speaker
    }
    return speaker
  }
  const speakers = [...new Set(labels.map((turn) => turn.speaker))]
  return { name: path.normalize(document.file), text: indexText(body, tokens, speakerAt), namesSpeakers, speakers }
}

/** Label words are not speech: a quote that runs over a change of speaker must not match them. Both lists are in text order. */
function withoutLabels(tokens: readonly Token[], labels: readonly Turn[]): Token[] {
  const kept: Token[] = []
  let label = 0
  for (const token of tokens) {
    while (label < labels.length && labels[label].start <= token.start) label++
    const isInsideLabel = label < labels.length && token.start >= labels[label].labelStart
    if (!isInsideLabel) kept.push(token)
  }
  return kept
}

/**
 * Lines like `Note:` or `Update:` open statements too; a transcript has
 * several labels, and its speakers come back or are written in capitals.
 */
function isTranscript(turns: readonly Turn[]): boolean {
  if (turns.length < 2) return false
  const speakers = turns.map((turn) => turn.speaker)
  return new Set(speakers).size < speakers.length || speakers.every((speaker) => speaker === speaker.toUpperCase())
}

// Labels that open a letter or a page rather than name its author: `Dear Speaker Pelosi:`, `Editor's Note:`.
const notAuthorLabel = /^(dear|to|from|re|subject|note|editor|editor's|editor’s|update|updated|transcript|full|text|statement|read|the|a|an)\b/i

/** A post or statement under its author's full name: one label of two words or more opening the text (not `Note:`, `Dear Sir:`). */
function isSignedStatement(body: string, turns: readonly Turn[]): boolean {
  if (turns.length !== 1 || body.slice(0, turns[0].labelStart).trim() !== '') return false
  const { speaker } = turns[0]
  return /\s/.test(speaker) && !notAuthorLabel.test(speaker)
}

function speakerTurns(body: string): Turn[] {
  const turns: Turn[] = []
  for (const match of body.matchAll(speakerLabel)) {
    const labelStart = match.index + match[0].length - match[0].trimStart().length
    turns.push({ speaker: match[1], labelStart, start: match.index + match[0].length })
  }
  return turns
}

/**
 * Check every quote of every source against the primary source (and say
 * which quotes it holds): verbatim
 * (info when spelled differently), trimmed behind an ellipsis, reworded,
 * absent, or given to another speaker than the primary names.
 * Quotes inside quotes are left out: they are checked as part of the quote
 * that holds them, and their speaker is not the primary's speaker. So are
 * the quotes the primary does not hold that are given by name to someone
 * else, or are terms in scare quotes (see mayBePrimarySpeech): the articles
 * quote more people than the primary's (a spokesman, a parent). Whose words
 * the primary holds, its labels say, or else the speakers of the quotes
 * found in it; when it tells nobody, every quote is held to it.
 */
export function checkAgainstPrimary(analysis: Analysis, primary: PrimarySource): { findings: Finding[]; found: Set<string> } {
  const findings: Finding[] = []
  const found = new Set<string>()
  const matches = analysis.quotes.filter((quote) => quote.nestedIn === null).map((quote) => ({ quote, match: findPassage(primary.text, wordedText(quote.text)) }))
  // Named speakers only: a description (`the president`) tells nobody's words apart.
  const speakersFound = matches.flatMap(({ quote, match }) => (match.kind !== 'absent' && quote.speaker && isNamedSpeaker(quote.speaker) ? [quote.speaker] : []))
  const speakers = primary.speakers.length > 0 ? primary.speakers : [...new Set(speakersFound)]
  for (const { quote, match } of matches) {
    if (match.kind !== 'absent') found.add(quote.id)
    else if (speakers.length > 0 && !mayBePrimarySpeech(quote, speakers)) continue
    findings.push(...checkQuote(quote, match, primary))
  }
  return { findings, found }
}

/**
 * Whether a quote the primary does not hold may still be its speaker's words, and is to be held to it: given by name
 * to one of its speakers, or said (a reporting verb) by a description or no one named (`the mayor said`, `she said`);
 * not given by name to someone else, nor a term in scare quotes.
 */
function mayBePrimarySpeech(quote: Quote, speakers: readonly string[]): boolean {
  if (quote.speaker && isNamedSpeaker(quote.speaker)) return speakers.some((speaker) => isSameSpeaker(quote.speaker!, speaker))
  return quote.verb !== null
}

function checkQuote(quote: Quote, match: PassageMatch, primary: PrimarySource): Finding[] {
  const base = { source: quote.source, quote: quote.id, start: quote.start, end: quote.end, sources: [primary.name] }
  const where = `the primary source ${primary.name}`

  if (match.kind === 'absent' || !match.passage || !match.comparison) {
    const closest = match.passage ? `, closest passage ${code(match.passage.text)}` : ''
    return [
      {
        ...base,
        ruleId: 'quote-not-in-primary',
        reason: `Unexpected quote ${code(quote.text)}, not found in ${where}${closest}`,
        actual: quote.text,
        expected: match.passage ? [match.passage.text] : [],
      },
    ]
  }

  const findings: Finding[] = []
  const { passage, comparison } = match
  if (match.kind === 'reworded') {
    const changed = changedWording(comparison.regions)
    findings.push({
      ...base,
      ruleId: 'quote-wording-conflict',
      reason: `Unexpected ${changed.reasonActual} in quote ${code(quote.text)}, expected ${changed.reasonExpected} as in ${where}`,
      actual: changed.actual,
      expected: [changed.expected],
    })
  } else if (match.kind === 'trimmed') {
    findings.push({
      ...base,
      ruleId: 'quote-trimmed',
      reason: `Unexpected cut in quote ${code(quote.text)}, which leaves out words behind an ellipsis; expected ${code(passage.text)} as in ${where}`,
      actual: quote.text,
      expected: [passage.text],
    })
  }
  if (match.kind !== 'reworded') findings.push(...cosmeticFindings(comparison, base, where))

  const primarySpeaker = primary.namesSpeakers ? primary.text.speakerAt(passage.start) : null
  if (quote.speaker && primarySpeaker && isNamedSpeaker(quote.speaker) && !isSameSpeaker(quote.speaker, primarySpeaker)) {
    findings.push({
      ...base,
      ruleId: 'quote-speaker-differs-from-primary',
      reason: `Unexpected speaker ${code(quote.speaker)} for ${code(quote.text)}, expected ${code(primarySpeaker)} as in ${where}`,
      actual: quote.speaker,
      expected: [primarySpeaker],
    })
  }
  return findings
}

/** `file`, `folder` or `other` (a device, a pipe) for what the path names, following links; undefined when it names nothing. */
function kindOfPath(file: string): 'file' | 'folder' | 'other' | undefined {
  try {
    const info = statSync(file)
    return info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other'
  } catch {
    return undefined
  }
}
