import { describe, expect, it } from 'vitest'
import { readMarkdown } from '../../src/sources/markdown.js'

const article = `---
title: "Gaga and Cooper sing Shallow"
outlet: People
url: https://example.com/shallow
date: 2019-02-25
author: Jane Doe
---

# Gaga and Cooper sing Shallow

Lady Gaga and **Bradley Cooper** sang *Shallow* at the [Oscars](https://oscars.org).

## Backstage

- She asked: "Did I nail it?"
- He said yes.

> A quote block with _emphasis_.
`

describe('readMarkdown', () => {
  it('reads the metadata from the front matter', () => {
    const read = readMarkdown(article)
    expect(read).toMatchObject({
      title: 'Gaga and Cooper sing Shallow',
      outlet: 'People',
      url: 'https://example.com/shallow',
      date: '2019-02-25',
      author: 'Jane Doe',
    })
  })

  it('turns each block into a plain paragraph without Markdown syntax', () => {
    const { body } = readMarkdown(article)
    expect(body.split('\n\n')).toEqual([
      'Gaga and Cooper sing Shallow',
      'Lady Gaga and Bradley Cooper sang Shallow at the Oscars.',
      'Backstage',
      'She asked: "Did I nail it?"',
      'He said yes.',
      // A block quotation reads as one: in quote marks.
      '“A quote block with emphasis.”',
    ])
    expect(body).not.toMatch(/[#*_]|\]\(|---/)
  })

  it('normalizes a dated front matter to YYYY-MM-DD and keeps other text as written', () => {
    expect(readMarkdown('---\ndate: 2019-02-25T23:30:00-05:00\n---\n\nText.').date).toBe('2019-02-25')
    expect(readMarkdown('---\ndate: "March 5, 2019"\n---\n\nText.').date).toBe('2019-03-05')
    expect(readMarkdown('---\ndate: last week\n---\n\nText.')).toMatchObject({
      date: 'last week',
      problem: 'the date "last week" names no day (write it as 2019-02-25); kept as written',
    })
    // A typo in an ISO date is no day either, on the plain path as on remark's.
    expect(readMarkdown('---\ndate: 2023-13-05\n---\n\nText.')).toMatchObject({ date: '2023-13-05', problem: expect.stringContaining('"2023-13-05" names no day') })
    expect(readMarkdown('---\ndate: 2023-13-05\n---\n\n# Heading\n\nText.')).toMatchObject({ date: '2023-13-05', problem: expect.stringContaining('names no day') })
    expect(readMarkdown('---\ndate: 2019-02-25\n---\n\nText.')).not.toHaveProperty('problem')
    // The date quoted in the one-line message, its escapes and line breaks written out.
    expect(readMarkdown('---\ndate: "\\e[31mred\\nweek"\n---\n\nText.').problem).toBe('the date "\\u001b[31mred\\nweek" names no day (write it as 2019-02-25); kept as written')
  })

  it('reads a file without front matter, and reads past front matter that is not YAML, saying so', () => {
    expect(readMarkdown('Just prose.')).not.toHaveProperty('problem')
    const broken = readMarkdown('---\ntitle: "unclosed\noutlet: [a, b\n---\n\nProse.')
    expect(broken).toMatchObject({ title: null, outlet: null, body: 'Prose.' })
    expect(broken.problem).toMatch(/^front matter is not valid YAML \(.+\); read without it$/)
    expect(readMarkdown('---\n- a\n- list\n---\n\nProse.')).toMatchObject({ body: 'Prose.', problem: 'front matter is not a list of fields (title: …); read without it' })
    expect(readMarkdown('---\n---\n\nProse.')).not.toHaveProperty('problem')
  })

  it('reads front matter whose closing line was forgotten up to the first blank line, saying so', () => {
    const unclosed = readMarkdown('---\ntitle: No end\noutlet: Fox\n\nThe senator said on Monday that "we will win."\n')
    expect(unclosed).toMatchObject({ title: 'No end', outlet: 'Fox', body: 'The senator said on Monday that "we will win."' })
    expect(unclosed.problem).toBe('front matter has no closing `---` line; read up to the first blank line')
    // No blank line after the fields: they end where a line is neither a field nor a field's continuation.
    const noBlank = readMarkdown('---\ntitle: No end\ntags:\n- storm\n- flood\nplaces:\n  - Dover\nThe senator said on Monday that "we will win."\n\nMore.\n')
    expect(noBlank).toMatchObject({ title: 'No end', body: 'The senator said on Monday that "we will win."\n\nMore.' })
    expect(noBlank.problem).toBe('front matter has no closing `---` line; read up to the first line that is not a field')
    // A capitalized key is none the reader takes: prose after a rule, kept whole.
    expect(readMarkdown('---\nSource: Officials said on Monday that 40 people were hurt.\nThe fire began at 3 a.m.\n')).toEqual(
      expect.objectContaining({ title: null, body: 'Source: Officials said on Monday that 40 people were hurt. The fire began at 3 a.m.' }),
    )
    // List items and indented lines go on with a field only after a key with no value beside it.
    expect(readMarkdown('---\ntitle: Bridge to close\n- The mayor said the bridge would close.\n- Officials said 40 workers would repair it.\n')).toMatchObject({
      title: 'Bridge to close',
      body: 'The mayor said the bridge would close.\n\nOfficials said 40 workers would repair it.',
    })
    expect(readMarkdown('---\ntitle: No end\ndate: Monday\nProse.\n').problem).toBe(
      'front matter has no closing `---` line; read up to the first line that is not a field; the date "Monday" names no day (write it as 2019-02-25); kept as written',
    )
    // A rule that opens a file above prose is no front matter, nor is a dateline, and a rule further down closes nothing.
    expect(readMarkdown('---\nThe senator spoke.\n')).toMatchObject({ body: 'The senator spoke.' })
    expect(readMarkdown('---\nThe senator spoke.\n')).not.toHaveProperty('problem')
    expect(readMarkdown('---\nWASHINGTON: The president said on Monday that "we will rebuild."\n\nThe storm passed.\n').body).toBe(
      'WASHINGTON: The president said on Monday that "we will rebuild."\n\nThe storm passed.',
    )
    expect(readMarkdown('---\ntitle: Storm\noutlet: Alpha\n\nPara 1.\n\n---\n\nPara 2.\n')).toMatchObject({ title: 'Storm', outlet: 'Alpha', body: 'Para 1.\n\nPara 2.' })
  })

  it('keeps the words on either side of a hard line break apart', () => {
    const read = readMarkdown('She said [it](https://example.com) was done.  \nThen *she* left.\\\nAnd waved.\n')
    expect(read.body).toBe('She said it was done. Then she left. And waved.')
  })
})
