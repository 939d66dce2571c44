import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { toIsoDay } from './dates.js'
import { asQuotation } from './quotation.js'
import type { SourceMetadata } from '../types.js'
import type { ReadResult } from './text.js'

export interface HtmlOptions {
  /**
   * A page whose extracted text has no paragraph of at least this many words
   * has no article (navigation, link lists, error pages). Default 12.
   */
  minParagraphWords?: number
}

const defaultMinParagraphWords = 12
// Real pages nest a few dozen levels (the 29 reader-view test pages at most 34); deeper is flattened.
const maxDepth = 100

// Each of these starts a paragraph of its own; everything else is inline.
const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL',
])
// A table row stays one paragraph, but its cells' words must not run together.
const cellTags = new Set(['TD', 'TH'])
// Never prose, and never run: linkedom executes nothing, and these go before Readability sees the page.
const inertTags = 'script:not([type="application/ld+json"]), style, noscript, template, iframe, object, embed'

/**
 * Read a saved web page the way a reader view does: Readability picks the
 * article, and the page's metadata (Open Graph, JSON-LD, `<time>`, canonical
 * link) gives title, outlet, byline, date and URL. A page without an article
 * gets an empty body.
 */
export function readHtml(value: string, options: Readonly<HtmlOptions> = {}): ReadResult {
  const minParagraphWords = options.minParagraphWords ?? defaultMinParagraphWords
  const { document } = parseHTML(asDocument(value))

  // Read what Readability would otherwise remove or ignore, before it mutates the page.
  const fallback = pageMetadata(document)
  for (const element of Array.from(document.querySelectorAll(inertTags))) element.remove()
  flattenDeepNesting(document as unknown as Document)

  const article = new Readability(document as unknown as Document, { serializer: (node) => node }).parse()
  const paragraphs = article?.content ? blockParagraphs(article.content as Element) : []
  const title = cleanText(article?.title) ?? fallback.title
  // Readability often keeps the headline as the first block; it is metadata, not prose.
  if (title !== null && paragraphs.length > 0 && sameText(paragraphs[0], title)) paragraphs.shift()

  const hasArticle = paragraphs.some((paragraph) => paragraph.split(' ').length >= minParagraphWords)
  // A whole page closes what it opened: one that stops short was saved or downloaded in part, its last quote maybe cut.
  const isCutShort = /<html[\s>]/i.test(value) && !/<\/(?:html|body)\s*>/i.test(value)
  return {
    ...(isCutShort ? { problem: 'the page stops before its closing </html> (saved or downloaded in part?); its text may be cut short' } : {}),
    title,
    // (Without a site name, the page's own address names it, as a site name given as a URL does: `nytimes.com`.)
    outlet: cleanOutlet(article?.siteName) ?? fallback.outlet ?? cleanOutlet(fallback.url),
    date: toIsoDay(article?.publishedTime) ?? fallback.date,
    url: fallback.url,
    author: cleanByline(article?.byline) ?? fallback.author,
    body: hasArticle ? paragraphs.join('\n\n') : '',
  }
}

/** linkedom only builds a document from markup with an `<html>` element: give fragments one. */
function asDocument(value: string): string {
  if (/<html[\s>]/i.test(value)) return value
  const markup = value.replace(/^\s*<!doctype[^>]*>/i, '')
  return /<(head|body)[\s>]/i.test(markup) ? `<!doctype html><html>${markup}</html>` : `<!doctype html><html><head></head><body>${markup}</body></html>`
}

/** Metadata Readability does not look for: more date and site-name tags, `<time>`, canonical URL. */
function pageMetadata(document: ParentNode): SourceMetadata {
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`)
      const content = cleanText(element?.getAttribute('content'))
      if (content) return content
    }
    return null
  }
  const linked = jsonLinkedData(document)
  const time = document.querySelector('time[pubdate][datetime], time[datetime]:not([itemprop="dateModified"])')

  return {
    title: meta('og:title', 'twitter:title') ?? cleanText(document.querySelector('title')?.textContent),
    outlet: cleanOutlet(meta('og:site_name', 'application-name', 'publisher', 'dc.publisher')) ?? linked.publisher,
    date:
      toIsoDay(meta('article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date')) ??
      toIsoDay(linked.datePublished) ??
      toIsoDay(time?.getAttribute('datetime')),
    url: absoluteHttpUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ?? absoluteHttpUrl(meta('og:url')),
    author: cleanByline(meta('author', 'article:author', 'dc.creator', 'parsely-author')) ?? linked.author,
  }
}

interface LinkedData {
  publisher: string | null
  datePublished: string | null
  author: string | null
}

/** The first schema.org article-like object in the page's JSON-LD blocks. */
function jsonLinkedData(document: ParentNode): LinkedData {
  const found: LinkedData = { publisher: null, datePublished: null, author: null }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''))
    } catch {
      continue
    }
    for (const item of flattenGraph(data)) {
      found.publisher ??= nameOf(item.publisher)
      found.datePublished ??= typeof item.datePublished === 'string' ? item.datePublished : null
      found.author ??= nameOf(item.author)
    }
  }
  return found
}

function flattenGraph(data: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(data)) return data.flatMap(flattenGraph)
  if (data === null || typeof data !== 'object') return []
  const record = data as Record<string, unknown>
  return Array.isArray(record['@graph']) ? [record, ...flattenGraph(record['@graph'])] : [record]
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return cleanText(value)
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null)
    return names.length > 0 ? names.join(', ') : null
  }
  if (value !== null && typeof value === 'object') return nameOf((value as Record<string, unknown>).name)
  return null
}

/**
 * Replace what lies deeper than `maxDepth` by its paragraphs as flat `<p>`
 * elements: a page nested thousands of levels deep (broken or hostile) keeps
 * its text, but cannot make Readability, which slows down with the cube of
 * the depth, hang or overflow the stack.
 */
function flattenDeepNesting(document: Document): void {
  const boundary: Element[] = []
  const stack: Array<[Element, number]> = [[document.documentElement, 0]]
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!
    if (depth < maxDepth) for (const child of Array.from(element.children)) stack.push([child, depth + 1])
    else if (element.firstElementChild) boundary.push(element)
  }
  for (const element of boundary) {
    const paragraphs = blockParagraphs(element).map((text) => {
      const paragraph = document.createElement('p')
      paragraph.textContent = text
      return paragraph
    })
    element.replaceChildren(...paragraphs)
  }
}

/** The text of an element, one paragraph per block element, whitespace collapsed. */
function blockParagraphs(root: Element): string[] {
  const paragraphs: string[] = []
  // The block quotation each paragraph sits in (the outermost), if any.
  const quotations: Array<Element | undefined> = []
  let quotation: Element | undefined
  let current = ''
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim()
    if (text.length > 0) {
      paragraphs.push(text)
      quotations.push(quotation)
    }
    current = ''
  }
  // An explicit stack, not recursion: this also reads the subtrees too deep for Readability.
  const stack: Array<Node | { leaving: Element }> = [root]
  while (stack.length > 0) {
    const item = stack.pop()!
    if ('leaving' in item) {
      const tag = item.leaving.tagName.toUpperCase()
      if (blockTags.has(tag)) flush()
      else if (cellTags.has(tag)) current += ' '
      if (item.leaving === quotation) quotation = undefined
    } else if (item.nodeType === 3) {
      current += item.nodeValue ?? ''
    } else if (item.nodeType === 1) {
      const tag = (item as Element).tagName.toUpperCase()
      if (blockTags.has(tag)) flush()
      if (tag === 'BLOCKQUOTE' && quotation === undefined && isQuotation(item as Element, root)) quotation = item as Element
      stack.push({ leaving: item as Element })
      const children = Array.from(item.childNodes)
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
    }
  }
  flush()
  // Each quotation's paragraphs in quote marks (asQuotation).
  const read: string[] = []
  for (let start = 0; start < paragraphs.length; ) {
    let end = start + 1
    while (end < paragraphs.length && quotations[end] !== undefined && quotations[end] === quotations[start]) end++
    const block = paragraphs.slice(start, end)
    // A signature after the words (`— Morning Joe (@Morning_Joe) December 4, 2017`, an embedded post's) says whose
    // they are; it is no part of them.
    const signature = quotations[start] !== undefined && block.length > 1 && /^[\u2014\u2013\u2015-]/.test(block[block.length - 1]) ? block.pop() : undefined
    read.push(...(quotations[start] === undefined ? block : asQuotation(block)), ...(signature === undefined ? [] : [signature]))
    start = end
  }
  return read
}

/**
 * A blockquote that quotes someone in prose: not only a table set off (LWN
 * indents its tables in one), not an embedded post (its signature names
 * whose words they are, and is taken off as page furniture: read as a
 * quote, the post would go to the last speaker named), not a pull quote
 * repeating the article's own words.
 */
function isQuotation(blockquote: Element, article: Element): boolean {
  const holdsProse = Array.from(blockquote.childNodes).some((child) => (child.nodeType === 3 ? /\S/.test(child.nodeValue ?? '') : (child as Element).tagName?.toUpperCase() === 'P'))
  // (Readability strips classes such as `twitter-tweet`: the post's signature tells, `— John Doe (@johndoe) May 4`.)
  if (!holdsProse) return false
  const text = (blockquote.textContent ?? '').replace(/\s+/g, ' ').trim()
  if (/[\u2014\u2013\u2015]\s*\S[^\n]*\(@\w+\)/.test(text)) return false
  const rest = (article.textContent ?? '').replace(/\s+/g, ' ')
  const first = rest.indexOf(text)
  return first === -1 || rest.indexOf(text, first + text.length) === -1
}

function cleanText(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text ? text : null
}

const month = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?'
// Byline blocks often carry the date: `By Nathan Willis March 25, 2015`, `Lucas Nolan22 Dec 2016`.
const bylineDate = new RegExp(
  `(?:\\d{1,2}\\s+${month},?\\s+\\d{4}|\\b${month}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}|\\b(?:updated|published|posted)\\b).*$`,
  'i',
)

/** `By Jane Doe March 25, 2015` is the author Jane Doe; a byline that is only a date names no one. */
function cleanByline(value: string | null | undefined): string | null {
  // On one line, `.*$` in bylineDate reaches the end from the first date; a line break would make it retry at every later one.
  const line = cleanText(value)
  return cleanText(line?.replace(/^by\s+/i, '').replace(bylineDate, '').replace(/(?<![\s,;|·-])[\s,;|·-]+$/, ''))
}

/** Some pages give their site name as a URL (`http://www.tmz.com`): its host names the outlet. */
function cleanOutlet(value: string | null | undefined): string | null {
  const url = absoluteHttpUrl(value)
  return url === null ? cleanText(value) : new URL(url).hostname.replace(/^www\./, '')
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function absoluteHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
