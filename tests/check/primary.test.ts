import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { wordedText } from '../../src/check/compare-words.js'
import { findPassage } from '../../src/check/passage.js'
import { primaryFromDocument, readPrimary, type PrimarySource } from '../../src/check/primary.js'

const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-primary-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function write(name: string, text: string): string {
  const file = path.join(folder, name)
  writeFileSync(file, text)
  return file
}

function speakerOf(primary: PrimarySource, quote: string): string | null {
  const match = findPassage(primary.text, wordedText(quote))
  return match.passage ? primary.text.speakerAt(match.passage.start) : null
}

const transcript = [
  'HOST: Welcome back. Tell us about the night.',
  'LADY GAGA: Did I nail it? That is what I asked.',
  'BRADLEY COOPER: We rehearsed for weeks and it paid off.',
  'Q: What comes next?',
].join('\n\n')

describe('primary source', () => {
  it('reads speaker labels of a transcript and gives the speaker of each passage', () => {
    const primary = primaryFromDocument({ file: 'transcript.txt', body: transcript })
    expect(primary.namesSpeakers).toBe(true)
    expect(speakerOf(primary, 'Did I nail it?')).toBe('LADY GAGA')
    expect(speakerOf(primary, 'We rehearsed for weeks')).toBe('BRADLEY COOPER')
    expect(speakerOf(primary, 'What comes next?')).toBe('Q')
  })

  it('does not let label words match a quote that runs over a change of speaker', () => {
    const primary = primaryFromDocument({ file: 'transcript.txt', body: transcript })
    expect(primary.text.tokens.map((token) => token.normal)).not.toContain('host')
    expect(findPassage(primary.text, wordedText('That is what I asked. We rehearsed for weeks')).kind).toBe('verbatim')
  })

  it.each([
    ['one label', 'Note: we are proud of the film. Everyone worked hard.'],
    ['headings that do not come back', 'Statement: we are proud of the film.\n\nUpdate: everyone worked hard on it.'],
  ])('treats a statement with %s as prose that names no speakers', (_, body) => {
    const primary = primaryFromDocument({ file: 'statement.txt', body })
    expect(primary.namesSpeakers).toBe(false)
    expect(speakerOf(primary, 'we are proud of the film')).toBe(null)
  })

  it('reads labels in mixed case when the speakers come back', () => {
    const primary = primaryFromDocument({ file: 'interview.txt', body: 'Gaga: Did I nail it?\n\nCooper: You did.\n\nGaga: I am so proud of you.' })
    expect(primary.namesSpeakers).toBe(true)
    expect(speakerOf(primary, 'You did')).toBe('Cooper')
  })

  it.each([
    ['transcript.txt', transcript],
    ['transcript.md', `---\ntitle: Press room\n---\n\n**HOST:** Welcome back. Tell us about the night.\n\n**LADY GAGA:** Did I nail it? That is what I asked.\n\n**BRADLEY COOPER:** We rehearsed for weeks and it paid off.\n`],
    ['transcript.html', `<html><head><title>Press room</title></head><body><article><p>HOST: Welcome back. Tell us about the night, and about the film.</p><p>LADY GAGA: Did I nail it? That is what I asked everyone backstage.</p><p>BRADLEY COOPER: We rehearsed for weeks and it paid off.</p></article></body></html>`],
  ])('reads %s like an article', async (name, text) => {
    const primary = await readPrimary(write(name, text))
    expect('reason' in primary).toBe(false)
    const source = primary as PrimarySource
    expect(source.name).toBe(path.join(folder, name))
    expect(speakerOf(source, 'We rehearsed for weeks')).toBe('BRADLEY COOPER')
  })

  it('reads a transcript\'s first turn as speech, though a short first line without a full stop reads as a title', async () => {
    const primary = (await readPrimary(write('turns.txt', 'Lady Gaga: Did I nail it? I am so proud of you!\nBradley Cooper: You did.\nLady Gaga: We did.\n'))) as PrimarySource
    expect(primary.namesSpeakers).toBe(true)
    expect(speakerOf(primary, 'Did I nail it')).toBe('Lady Gaga')
    expect(speakerOf(primary, 'You did')).toBe('Bradley Cooper')
    // A title that names no speaker stays a title; so does a headline in a speaker's name, a `Transcript:` line, and a
    // title from front matter.
    const turns = 'BIDEN: We will rebuild the bridge by June.\nREPORTER: When exactly?\nBIDEN: Soon.\n'
    for (const [name, text] of [
      ['titled.txt', 'Oscars night\nLady Gaga: Did I nail it?\nBradley Cooper: You did.\nLady Gaga: We did.\n'],
      ['headline.txt', `Biden: The bridge will be rebuilt by June\n${turns}`],
      ['transcript-line.txt', `Transcript: Remarks by President Biden\n${turns}`],
      ['front.md', `---\ntitle: "BIDEN: The bridge will be rebuilt by June"\n---\n\n${turns}`],
    ]) {
      const primary = (await readPrimary(write(name, text))) as PrimarySource
      expect(primary.text.body).not.toMatch(/Oscars night|bridge will be rebuilt|Transcript:/)
    }
  })

  it('says why a primary source cannot be used', async () => {
    expect(await readPrimary(path.join(folder, 'missing.txt'))).toEqual({ file: path.join(folder, 'missing.txt'), reason: 'no such file or folder' })
    expect(await readPrimary(write('empty.txt', ''))).toEqual({ file: path.join(folder, 'empty.txt'), reason: 'file is empty' })
  })
})
