import { describe, expect, it } from 'vitest'
import { readHtml } from '../../src/sources/html.js'

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Gaga and Cooper sing Shallow at the Oscars | The Daily Example</title>
  <meta property="og:title" content="Gaga and Cooper sing Shallow at the Oscars">
  <meta property="og:site_name" content="The Daily Example">
  <meta property="og:url" content="https://daily.example/og-url">
  <meta property="article:published_time" content="2019-02-25T23:30:00-08:00">
  <link rel="canonical" href="https://daily.example/2019/02/25/shallow">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}</script>
  <style>p { color: red } .SECRET_STYLE {}</style>
  <script>globalThis.crosscheckScriptRan = true; document.write('<p>INJECTED BY SCRIPT</p>')</script>
</head>
<body onload="globalThis.crosscheckOnloadRan = true">
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>Gaga and Cooper sing Shallow at the Oscars</h1>
    <p>Lady Gaga and Bradley Cooper performed their duet "Shallow" at the 2019 Oscars on Sunday night, and the audience rose to its feet before the last note.</p>
    <p>The two sat down in the front row, walked up to the stage together and sang at a single piano, in one continuous shot that the <em>broadcast</em> kept tight on their faces.</p>
    <h2>Backstage</h2>
    <p>As soon as they were off the stage, Gaga asked the crew whether she had nailed it, according to People, and Cooper answered that she had.</p>
    <ul><li>The song won the Oscar for best original song.</li><li>Gaga thanked her co-writers by name.</li></ul>
    <blockquote><p>There can be a hundred people in a room, and 99 don't believe in you, but one does.</p></blockquote>
    <p>The performance has since been watched millions of times online, and clips of the duet circulated on every social network through the following week.</p>
    <script>document.write('<p>ALSO INJECTED</p>')</script>
  </article>
  <footer>Copyright 2019 The Daily Example</footer>
</body>
</html>`

describe('readHtml', () => {
  it('extracts the article as paragraphs, one per block element', () => {
    expect(readHtml(page).body.split('\n\n')).toEqual([
      'Lady Gaga and Bradley Cooper performed their duet "Shallow" at the 2019 Oscars on Sunday night, and the audience rose to its feet before the last note.',
      'The two sat down in the front row, walked up to the stage together and sang at a single piano, in one continuous shot that the broadcast kept tight on their faces.',
      'Backstage',
      'As soon as they were off the stage, Gaga asked the crew whether she had nailed it, according to People, and Cooper answered that she had.',
      'The song won the Oscar for best original song.',
      'Gaga thanked her co-writers by name.',
      // A block quotation reads as one: in quote marks.
      "“There can be a hundred people in a room, and 99 don't believe in you, but one does.”",
      'The performance has since been watched millions of times online, and clips of the duet circulated on every social network through the following week.',
    ])
  })

  it('puts a block quotation of prose in quote marks, a quote in it in single ones, its signature and a set-off table left out', () => {
    const quoted = (inner: string) =>
      readHtml(`<html><body><article><p>The chief executive wrote in a memo to the staff on Monday morning, as the deal closed:</p>${inner}<p>The company did not say what the deal was worth, and its shares rose by four percent in the afternoon.</p></article></body></html>`).body.split('\n\n').slice(1, -1)
    expect(quoted('<blockquote><p>We have built something together over many years of work.</p><p>I told the board, "This is only the start of it," and I meant every word.</p></blockquote>')).toEqual([
      '“We have built something together over many years of work.',
      '“I told the board, ‘This is only the start of it,’ and I meant every word.”',
    ])
    // A signature after the words stays outside them.
    expect(quoted('<blockquote><p>The deal is done and the staff stays on, all of them, at every one of our sites.</p><p>— Jane Roe, chief executive</p></blockquote>')).toEqual([
      '“The deal is done and the staff stays on, all of them, at every one of our sites.”',
      '— Jane Roe, chief executive',
    ])
    // Not an embedded post, whose signature names its author and is taken off as page furniture (read as a quote, the
    // post would go to the last speaker named), nor a pull quote repeating the article's words.
    const post = '<p>The deal is done and the staff stays on, all of them, at every one of our sites.</p>&mdash; John Doe (@johndoe) May 4, 2021'
    expect(quoted(`<blockquote class="twitter-tweet">${post}</blockquote>`)).toEqual([
      'The deal is done and the staff stays on, all of them, at every one of our sites.',
      '— John Doe (@johndoe) May 4, 2021',
    ])
    expect(quoted(`<blockquote>${post}</blockquote>`)[0]).not.toMatch(/^“/)
    const pulled = 'The deal keeps every job at every one of the company’s sites across the country.'
    expect(quoted(`<p>${pulled}</p><blockquote class="quote"><p>${pulled}</p></blockquote>`)).toEqual([pulled, pulled])
    expect(quoted('<blockquote>“We have built something together over many years of work,” she wrote in the memo.</blockquote>')).toEqual(['“We have built something together over many years of work,” she wrote in the memo.'])
    expect(quoted('<blockquote><table><tr><th>Release</th><th>Date</th></tr><tr><td>4.1</td><td>April 2014</td></tr></table></blockquote>')).toEqual(['Release Date', '4.1 April 2014'])
  })

  it('reads title, outlet, byline, date (as written) and canonical URL from the page metadata', () => {
    const { body: _body, ...metadata } = readHtml(page)
    expect(metadata).toEqual({
      title: 'Gaga and Cooper sing Shallow at the Oscars',
      outlet: 'The Daily Example',
      author: 'Jane Doe',
      date: '2019-02-25',
      url: 'https://daily.example/2019/02/25/shallow',
    })
  })

  it('never runs scripts and keeps no script, style or markup in the body', () => {
    const { body } = readHtml(page)
    expect(body).not.toMatch(/INJECTED|SECRET_STYLE|globalThis|<|>/)
    expect('crosscheckScriptRan' in globalThis).toBe(false)
    expect('crosscheckOnloadRan' in globalThis).toBe(false)
  })

  it('falls back to <time datetime>, application-name, the author meta tag and og:url', () => {
    const fallback = `<html><head><title>Council votes</title><meta name="application-name" content="Town Crier">
      <meta name="author" content="By John Roe March 3, 2021"><meta property="og:url" content="https://crier.example/vote"></head>
      <body><article><p>The council voted on Tuesday to close the old library, after a debate that ran past midnight and drew a crowd of more than two hundred residents.</p>
      <p>Published <time datetime="2021-03-02T21:00:00Z">last night</time>.</p></article></body></html>`
    expect(readHtml(fallback)).toMatchObject({ outlet: 'Town Crier', author: 'John Roe', date: '2021-03-02', url: 'https://crier.example/vote' })
  })

  it('names the outlet by host when the site name is a URL', () => {
    const html = `<html><head><meta property="og:site_name" content="http://www.tmz.example"></head><body><p>${'A sentence of ordinary prose that goes on. '.repeat(5)}</p></body></html>`
    expect(readHtml(html).outlet).toBe('tmz.example')
    // Without a site name, the page's canonical address names it; without that too, nothing does.
    const prose = `<p>${'A sentence of ordinary prose that goes on. '.repeat(5)}</p>`
    expect(readHtml(`<html><head><link rel="canonical" href="https://www.nytimes.example/2019/a.html"></head><body>${prose}</body></html>`).outlet).toBe('nytimes.example')
    expect(readHtml(`<html><head></head><body>${prose}</body></html>`).outlet).toBeNull()
  })

  it.each([
    ['a fragment', '<p>PROSE</p>'],
    ['head and body without <html>', '<head><title>Duet</title></head><body><p>PROSE</p></body>'],
    ['a doctype and no <html>', '<!doctype html><title>Duet</title><p>PROSE</p>'],
  ])('reads %s', (_name, markup) => {
    const prose = 'Lady Gaga and Bradley Cooper performed their duet at the Oscars on Sunday night, to a standing ovation.'
    const read = readHtml(markup.replace('PROSE', prose))
    expect(read.body).toBe(prose)
    if (markup.includes('<title>')) expect(read.title).toBe('Duet')
  })

  it('gives an empty body for a page with no article', () => {
    const noArticle = `<html><head><title>Example</title><script>var x = 'a long script that is not prose at all, no matter how long it gets';</script></head>
      <body><nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/contact">Contact</a></nav><footer>Copyright</footer></body></html>`
    expect(readHtml(noArticle).body).toBe('')
  })
})
