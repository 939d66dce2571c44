import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { analyzePaths } from '../../src/analyze.js'
import { printable } from '../../src/sources/printable.js'
import { readSources } from '../../src/sources/read.js'

describe('printable', () => {
  it('takes out terminal escape sequences whole, and stray control characters', () => {
    expect(printable('red \u001b[31mALERT\u001b[0m now')).toBe('red ALERT now')
    expect(printable('title\u001b]0;new window title\u0007 and \u001b]52;c;aGVsbG8=\u001b\\ clipboard')).toBe('title and  clipboard')
    expect(printable('an unfinished\u001b]0;title\nstays a line')).toBe('an unfinished\nstays a line')
    expect(printable('bell\u0007 delete\u007f C1\u009b31m end\u001b')).toBe('bell delete C131m end')
  })

  it('takes out invisible marks but keeps joiners, accents, tabs and line breaks', () => {
    expect(printable('Bürger\u00admeister zero\u200bwidth \u200eleft\u200f \u202eright\u202c \ufeffbom')).toBe('Bürgermeister zerowidth left right bom')
    expect(printable('e\u0301 👨‍👩‍👧 ❤️ می‌خواهم\ttab\nline')).toBe('e\u0301 👨‍👩‍👧 ❤️ می‌خواهم\ttab\nline')
    expect(printable('vertical\u000btab, form\u000cfeed, lone\rreturn')).toBe('vertical\ntab, form\nfeed, lone\nreturn')
  })
})

describe('reading sources', () => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'crosscheck-printable-'))
  })
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('gives only printable prose and metadata, whatever the reader unescaped', async () => {
    await writeFile(
      path.join(folder, 'page.html'),
      '<html><head><title>Vote&#x1b;]0;owned&#x7; count</title></head><body><article><h1>Vote count</h1>' +
        '<p>The Bürger&shy;meister said the count was final&#x1b;[2J and would stand, officials told reporters on Monday.</p>' +
        '<p>More than 40 people waited outside the hall for the result, which came late in the evening.</p></article></body></html>',
    )
    await writeFile(path.join(folder, 'note.md'), '---\ntitle: "Count \\e[31mfinal"\noutlet: "Daily\\u200b News"\n---\n\nThe count was final\u001b[0m, officials said.\n')
    const { sources, problems } = await readSources([folder])
    expect(problems).toEqual([])
    const text = JSON.stringify(sources.map(({ title, outlet, body }) => ({ title, outlet, body })))
    expect(text).not.toMatch(/\\u00(1b|07|ad)|\\u200b|\u00ad|\u200b/)
    expect(sources.find((source) => source.id === 'page')?.body).toContain('The Bürgermeister said the count was final and would stand')
    expect(sources.find((source) => source.id === 'note')).toMatchObject({ title: 'Count final', outlet: 'Daily News' })
  })

  it('lets a word written with a soft hyphen match the same word without', async () => {
    const sentence = (word: string) => `The ${word} of Hamburg said the new harbour bridge would open in May after three years of work.\n`
    await writeFile(path.join(folder, 'a.txt'), sentence('Bürger\u00admeister'))
    await writeFile(path.join(folder, 'b.txt'), sentence('Bürgermeister'))
    const { analysis } = await analyzePaths([folder], { cache: false })
    expect(analysis.groups.map((group) => group.verdict)).toEqual(['identical'])
  })
})
