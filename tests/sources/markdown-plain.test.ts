import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { plainMarkdown, readPlainMarkdown, simpleFrontMatter } from '../../src/sources/markdown-plain.js'
import { readMarkdown, readWithRemark } from '../../src/sources/markdown.js'

describe('plainMarkdown', () => {
  it('splits prose under front matter into blocks', () => {
    expect(plainMarkdown('---\ntitle: "A"\n---\n\nOne line\nand its rest.\n\n\nTwo, with 1,000 “quotes” — and www.example.com.\n')).toEqual({
      yaml: 'title: "A"',
      blocks: ['', 'One line\nand its rest.', 'Two, with 1,000 “quotes” — and www.example.com.\n'],
    })
  })

  it.each([
    ['emphasis', 'Some *emphasis* here.'],
    ['a link', 'See [the report](http://example.com).'],
    ['an entity', 'Fish &amp; chips.'],
    ['a numeric reference', 'It&#39;s here.'],
    ['a hexadecimal reference', 'It&#x27;s here.'],
    ['a full reference link', 'See [the report][1].'],
    ['a link definition', 'Text.\n\n[1]: http://example.com'],
    ['a footnote', 'A claim.[^1]'],
    ['a list', 'Intro\n\n- one\n- two'],
    ['an ordered list', '1. first'],
    ['a heading', '# Title'],
    ['a setext underline', 'Title\n====='],
    ['indented code', 'Text\n\n    code'],
    ['a hard break', 'One  \ntwo'],
    ['a quote block', '> quoted'],
    ['HTML', 'A <b>bold</b> word.'],
    ['an unclosed front matter', '---\ntitle: "A"\n\nText'],
    ['a longer fence', '---\ntitle: "A"\n----\nText'],
    ['two asterisk runs in a block', 'A **strong**\nword.'],
    ['a star list', '* item'],
    ['a plus list', 'Intro\n+ item'],
    ['a dash alone under a line', 'Title\n-'],
    ['a thematic break of stars', 'Text\n\n* * *'],
    ['an empty heading', 'Text\n\n#'],
    ['an equals underline', 'Title\n=='],
    ['an escape', 'Not \\*emphasis\\*.'],
    ['a backslash break', 'One\\\ntwo'],
    ['underscores at word edges', 'Some _emphasis_ here.'],
  ])('leaves %s to the full parser', (_, text) => {
    expect(plainMarkdown(text)).toBeUndefined()
  })

  it.each([
    ['a masked word', 'What the h**l is this?'],
    ['a masked word and a lone asterisk in other blocks', 'That f*****g wall.\n\nIt read: "* This phrase".'],
    ['a dash before a word', 'Intro:\n\n-Here are the facts.\n-And more.'],
    ['dashes before a word', '--Dashes and --- more.'],
    ['a plus before a figure', '+1 for this.'],
    ['a hashtag', '#tag at the start\n#and another.'],
    ['an equals sign before a word', 'One\n=two.'],
    ['a star before a word', '*Starred line.'],
    ['underscores inside words', 'Morning Joe (@Morning_Joe) on snake__case.'],
    ['a backslash before a curly quote', '\\‘It’s the unspoken rule.'],
  ])('reads %s as the parsers do', (_, text) => {
    expect(plainMarkdown(text)).toBeDefined()
    expect(readPlainMarkdown(text)).toEqual(readWithRemark(text))
  })

  it('reads every text it takes as the parsers do', () => {
    // Deterministic texts built from what opens a block or an emphasis at a line's start or inside it.
    let state = 7
    const next = (below: number) => {
      // Park–Miller: the product stays exact in a double.
      state = (state * 48271) % 2147483647
      return state % below
    }
    const pieces = ['-', '--', '---', '-\t', '+', '*', '**', '***', '#', '##', '###', '#######', '=', '==', 'h**l', 'f*ck', '_', '__', 'a_b', 'a_ ', '\\', '\\‘', '\\*', '\\{', '\\~', 'word', 'Two words', '1.', '1,000', '"', '.', ' ', '']
    const separators = [' ', '', '\n', '\n\n']
    let taken = 0
    for (let seed = 0; seed < 3000; seed++) {
      let text = ''
      for (let piece = 0, count = 1 + next(8); piece < count; piece++) text += pieces[next(pieces.length)] + separators[next(separators.length)]
      text += 'end.'
      const read = readPlainMarkdown(text)
      if (!read) continue
      taken++
      expect(read, JSON.stringify(text)).toEqual(readWithRemark(text))
    }
    expect(taken).toBeGreaterThan(300)
  })

  it('takes editorial brackets and bare ampersands as prose', () => {
    const text = 'He said "[Biden] will win" & Johnson & Johnson agreed [sic].'
    expect(plainMarkdown(text)).toEqual({ yaml: null, blocks: [text] })
  })
})

describe('readPlainMarkdown', () => {
  it('reads prose with brackets and ampersands as the parsers do', () => {
    const article = '---\ntitle: "A & B"\ndate: 2021-08-11\n---\n\n"[We] agreed," Johnson & Johnson said.\n\n[The rest] follows.\n'
    expect(readPlainMarkdown(article)).toEqual(readWithRemark(article))
    expect(readPlainMarkdown(article)).toMatchObject({ title: 'A & B', date: '2021-08-11', body: '"[We] agreed," Johnson & Johnson said.\n\n[The rest] follows.' })
  })

  it('leaves front matter that needs the YAML parser', () => {
    expect(readPlainMarkdown('---\ntitle: >\n  Folded title\n---\n\nProse.')).toBeUndefined()
  })

  it('reads hand-written front matter of unquoted strings', () => {
    const article = "---\ntitle: GOP Senators Keep Pressure on Steele Over 'Inaccurate' Comments\noutlet: Fox News\ndate: 2010-07-04\nurl: http://www.foxnews.com/politics/a.html?x=1&y=2#top\n---\n\nProse."
    expect(readPlainMarkdown(article)).toEqual(readWithRemark(article))
    expect(readPlainMarkdown(article)).toMatchObject({ outlet: 'Fox News', date: '2010-07-04', url: 'http://www.foxnews.com/politics/a.html?x=1&y=2#top' })
  })
})

describe('simpleFrontMatter', () => {
  it('reads JSON strings and dates', () => {
    expect(simpleFrontMatter('title: "Escapes \\u00e9 \\" ok"\ndate: 2021-08-11\nurl: "http://x.y/a_b"')).toEqual({
      title: 'Escapes é " ok',
      date: '2021-08-11',
      url: 'http://x.y/a_b',
    })
  })

  it('reads unquoted strings', () => {
    expect(simpleFrontMatter('title: Über: the ride\noutlet: The Times\nurl: https://x.y/a#b')).toBeUndefined()
    expect(simpleFrontMatter('title: Über, the ride [sic]\noutlet: The Times\nurl: https://x.y/a#b')).toEqual({
      title: 'Über, the ride [sic]',
      outlet: 'The Times',
      url: 'https://x.y/a#b',
    })
  })

  it('reads every front matter it takes as the YAML parser does', () => {
    // Deterministic values built from what YAML reads as syntax, a number, a boolean or null, in a plain or quoted value.
    let state = 11
    const next = (below: number) => {
      state = (state * 48271) % 2147483647
      return state % below
    }
    const notStrings = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '~']
    const pieces = ['Word', 'two words', 'é', ':', ': ', ' :', '#', ' #', '-', '- ', '?', ',', '[', ']', '{', '}', "'", '"', '\\', '!', '&', '*', '%', '@', '`', '|', '>', '.', '2021', '0x1F', '1e3', 'yes', ' ', '\t', '\u0085', '\ufeff', 'http://a.b/c?d=1#e']
    let taken = 0
    for (let seed = 0; seed < 4000; seed++) {
      let value = ''
      // One value in four is a boolean or null, alone or with more after it.
      if (next(4) === 0) value = notStrings[next(notStrings.length)]
      for (let piece = 0, count = value === '' ? 1 + next(4) : next(2); piece < count; piece++) value += pieces[next(pieces.length)]
      const yaml = `title: ${value}\ndate: 2021-08-11`
      const record = simpleFrontMatter(yaml)
      if (!record) continue
      taken++
      expect(record, JSON.stringify(yaml)).toEqual(parseYaml(yaml))
    }
    expect(taken).toBeGreaterThan(400)
  })

  it.each([
    ['a folded string', 'title: >\n  Plain title'],
    ['a string going on over two lines', 'title: Plain\n  title'],
    ['a boolean', 'title: true'],
    ['null', 'title: Null'],
    ['a nested mapping', 'title: Plain: title'],
    ['a comment after a plain string', 'title: Plain #title'],
    ['a number', 'title: 2021'],
    ['a repeated key', 'title: "A"\ntitle: "B"'],
    ['keys that repeat as booleans', 'outlet: "Fox News"\ntrue: a\nTrue: b'],
    ['a key too long for YAML', `outlet: Fox News\n${'k'.repeat(1025)}: a`],
    ['a YAML-only escape', 'title: "\\x41"'],
    ['a comment', 'title: "A" # note'],
  ])('leaves %s to the YAML parser', (_, yaml) => {
    expect(simpleFrontMatter(yaml)).toBeUndefined()
  })
})

describe('readMarkdown with and without the fast path', () => {
  it('reads plain prose as the parser would', () => {
    const article = '---\ntitle: "A title"\noutlet: "Daily"\ndate: 2021-08-11\n---\n\nFirst line\nsecond line.\n\nNext paragraph. \n'
    expect(readPlainMarkdown(article)).toEqual(readWithRemark(article))
    expect(readMarkdown(article)).toMatchObject({
      title: 'A title',
      outlet: 'Daily',
      date: '2021-08-11',
      body: 'First line second line.\n\nNext paragraph.',
    })
  })

  it('still strips syntax when there is some', () => {
    expect(readMarkdown('---\ntitle: Plain title\n---\n\nSome *emphasis* and [a link](http://x.y).\n\n- an item\n').body).toBe('Some emphasis and a link.\n\nan item')
  })
})
