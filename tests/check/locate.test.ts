import { describe, expect, it } from 'vitest'
import { locateSpans } from '../../src/check/locate.js'

function spanOf(body: string, text: string, from = 0) {
  const start = body.indexOf(text, from)
  return { start, end: start + text.length }
}

function at(original: string, body: string, spans: Array<{ start: number; end: number }>) {
  return locateSpans(original, body, spans).map(({ start, end }) => `${start.line}:${start.column}-${end.line}:${end.column}`)
}

describe('locateSpans', () => {
  it('maps body offsets past a date prefix and a title to lines and columns of the file', () => {
    const original = ' date 2019-02-25 A title\n\nShe said, "Hi."\n\nHe said, "Hi."\n'
    const body = 'She said, "Hi."\n\nHe said, "Hi."'
    const first = spanOf(body, 'Hi.')
    const second = spanOf(body, 'Hi.', first.end)
    expect(at(original, body, [second, first])).toEqual(['5:11-5:14', '3:12-3:15'])
  })

  it('takes the occurrence nearest to where the text was expected, not the first (a title may repeat a quote)', () => {
    const original = 'Title: "Did I nail it?"\n\nBody text. Gaga asked, "Did I nail it?"\n'
    const body = 'Body text. Gaga asked, "Did I nail it?"'
    expect(at(original, body, [spanOf(body, 'Did I nail it?')])).toEqual(['3:25-3:39'])
  })

  it('finds a quote whose lines Markdown joined or whose words carry emphasis', () => {
    const original = '---\ntitle: T\n---\n\nShe said "I was *so*\ndetermined to live my dreams" and left.\n'
    const body = 'She said "I was so determined to live my dreams" and left.'
    expect(at(original, body, [spanOf(body, 'I was so determined to live my dreams')])).toEqual(['5:11-6:29'])
  })

  it('finds a quote through HTML tags and entities, Markdown escapes and links, to its last word and mark', () => {
    const html = '<p>She said &ldquo;Hi&nbsp;there, <em>dear</em> friends,&rdquo; and don&#8217;t forget it.</p>'
    expect(at(html, 'She said “Hi there, dear friends,” and don’t forget it.', [{ start: 10, end: 33 }])).toEqual(['1:20-1:57'])
    const markdown = 'She said "We will build a [hundred](http://example.com/a) new \\[bus] shelters,\nand we will not raise fares this year, not one, not ever, no," and left.\n'
    const body = 'She said "We will build a hundred new [bus] shelters, and we will not raise fares this year, not one, not ever, no," and left.'
    expect(at(markdown, body, [spanOf(body, 'We will build a hundred new [bus] shelters, and we will not raise fares this year, not one, not ever, no,')])).toEqual(['1:11-2:62'])
  })

  it('finds a quote through a link with a title or a reference, and past markup without letters', () => {
    const titled = 'She said "we will build a [hundred](http://example.com/a "the plan") new shelters" and left.\n'
    const reference = 'She said "we will build a [hundred][1] new shelters" and left.\n\n[1]: http://example.com/a\n'
    const body = 'She said "we will build a hundred new shelters" and left.'
    const quote = spanOf(body, 'we will build a hundred new shelters')
    expect([...at(titled, body, [quote]), ...at(reference, body, [quote])]).toEqual(['1:11-1:82', '1:11-1:52'])
    // A divider of markup with no letters (`<><>…`, `](#)`) right after a word is read one way, not tried in every way.
    const divider = `Nobody ${'<>'.repeat(40)}\n\nShe said "Nobody believed this [transit plan](https://example.com/p) would work."\n`
    const dividedBody = 'Nobody\n\nShe said "Nobody believed this transit plan would work."'
    expect(at(divider, dividedBody, [spanOf(dividedBody, 'Nobody believed this transit plan would work.')])).toEqual(['3:11-3:81'])
  })

  it('falls back to the start of the file when the text is not there', () => {
    const original = '<p>She said &ldquo;Hello&rdquo;</p>'
    const body = 'She said “Hi there”'
    expect(at(original, body, [spanOf(body, 'Hi there')])).toEqual(['1:1-1:1'])
  })

  it('counts columns after a carriage return line ending like vfile does', () => {
    const original = 'First line.\r\nShe said "so proud".\r\n'
    const body = 'First line.\nShe said "so proud".'
    expect(at(original, body, [spanOf(body, 'so proud')])).toEqual(['2:11-2:19'])
  })
})
