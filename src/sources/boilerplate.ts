import type { Boilerplate } from '../types.js'

export interface BoilerplateResult {
  body: string
  boilerplate: Boilerplate[]
}

// Credits name an agency or say what the line is; they are short and never
// end like a sentence.
const photoCredit =
  /\b(getty images|ap photo|associated press|reuters|afp|shutterstock|handout|photo(graph)? by|photo:|image:|credit:|courtesy of|wireimage|filmmagic|invision)\b/i
const shareOrSubscribe =
  /^(share( this)?( on \w+)?|tweet|pin it|email|print|comments?|advertisement|sign up|subscribe|newsletter|follow us|read more|related( stories| articles)?:?|click here|watch:?|see also:?)\b/i
// Links to other articles, which may end like a sentence: `Continue reading the main story` (The New York Times), `Read: Can Biden win?`.
const readOnLine = /^(?:continue reading\b|read:)/i
// A pointer to the whole text elsewhere: `Read the full rant via Gawker:`. What follows it is that text, not links.
const fullTextPointer = /^(?:read|see|watch|listen to) the (?:full|whole|entire|complete)\b/i

/** Whether a line points at the whole text elsewhere (`Read the full rant via Gawker:`): it names whose text it is. */
export function isFullTextPointer(line: string): boolean {
  return fullTextPointer.test(line)
}

// An embedded post's footer, after its text: `#MorningJoe pic.twitter.com/tBp5aXWhBj — Morning Joe (@Morning_Joe)
// December 4, 2017` (the fallback text of a Twitter embed). The post's text is the article's; the footer is not.
// The standard embed prints the footer as a paragraph of its own, and the post's picture link ends the post's.
const embedFooter = /(?:^|(?<=\S)\s+)(?:#\w+\s+)*(?:pic\.twitter\.com\/\w+\s+)?[\u2014\u2013\u2015]\s[^\u2014\u2013\u2015()]{1,60}\(@\w{1,15}\)\s[A-Z][a-z]+\.? \d{1,2}, \d{4}$/
const embedLink = /(?<=\S)\s+(?:#\w+\s+)*pic\.twitter\.com\/\w+$/
// Case matters for the name (capitalized words), not for the leading "By".
const bylineLine = /^(?:[Bb]y|[Ww]ritten [Bb]y)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}(,|\s+and\s+|$)/
// A byline after the time of posting: `2/26/2015 7:11 AM PST BY TMZ STAFF`.
const datedByline = /^\d{1,2}\/\d{1,2}\/\d{2,4}\b.*\b(?:By|BY|by)\s+[A-Z]/
// When the page was posted or changed, with its clock time: `First published February 1, 2016: 1:28 AM ET`,
// `Updated 9:04 PM ET` (not `The Dow posted its best day since 2008`).
const timestampLine = /\b(?:first published|published|updated|last updated|posted)\b.*\b\d{1,2}:\d{2}\b/i
// A caption ends with its picture's credit: `… Credit Jane Roe/Agence France-Presse — Getty Images` (The New York
// Times), `…(Jane Roe/ State Space Agency photo via AP)`, `(AP Photo/Jane Roe)`. The caption is the page's text; the
// credit is not. `Credit` in its own case, naming an agency or a photographer/outlet pair (not `… Credit Suisse shares
// gained 5 percent`). No white space at the end: paragraphs come trimmed, and trying it made the pattern quadratic.
const captionCredit =
  /(?<=[.!?]["”’]?\s?)(?:Credit\s+[^.!?]{0,80}(?:\/|Getty Images|Associated Press|Reuters|Agence France-Presse)[^.!?]{0,60}|\((?:[^()]*\b[Pp]hoto\b[^()]*|[^()]*\/[^()]*\b(?:Getty Images|AP|Reuters|AFP|EPA)\b[^()]*)\))$/u
// Who else reported, after the article: `Jane Roe contributed to this report.`, `Reporting by Jane Roe; Editing by
// Tom Poe`. Before `contributed`, names and places only (not `… the findings contributed to this report.`).
const contributorLine = /^(?:(?:[A-Z][\p{L}.'-]*|and|in|from|of|the|also|staff|writer|writers|reporters?|correspondents?|editors?)[\s,]+)+contributed (?:reporting|to this (?:report|article|story))(?: from [^.]+)?\.$/u
const creditsLine = /^(?:additional )?(?:reporting|editing) by\b/i
const maxContributorWords = 40
const maxCreditsWords = 15
// A list of links follows a line such as `Read more:` or `Related:`: headlines, short and not sentences.
const maxHeadlineWords = 20

const maxBoilerplateWords = 14
const maxRepeatedWords = 20

/**
 * Take photo credits (also at the end of a caption), share and subscribe
 * lines with the links listed after them, embedded posts' footers, bylines, posting times,
 * contributor lines and lines repeated within the article out of the
 * prose. Each removed line is returned with its reason so that nothing
 * disappears silently.
 */
export function removeBoilerplate(body: string): BoilerplateResult {
  const paragraphs = body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)

  const counts = new Map<string, number>()
  for (const paragraph of paragraphs) counts.set(paragraph, (counts.get(paragraph) ?? 0) + 1)

  const kept: string[] = []
  const boilerplate: Boilerplate[] = []
  const captions = new Set<string>()
  let isInLinkList = false
  for (const paragraph of paragraphs) {
    const reason: Boilerplate['reason'] | undefined = isInLinkList && isHeadline(paragraph) ? 'related links' : boilerplateReason(paragraph, counts.get(paragraph) ?? 0)
    isInLinkList = reason === 'related links' || (reason === 'share or subscribe' && paragraph.endsWith(':') && !isFullTextPointer(paragraph))
    if (reason) {
      boilerplate.push({ text: paragraph, reason })
      continue
    }
    const footer = paragraph.includes('(@') ? embedFooter.exec(paragraph) : paragraph.includes('pic.twitter.com/') ? embedLink.exec(paragraph) : null
    if (footer) {
      if (footer.index > 0) kept.push(paragraph.slice(0, footer.index))
      boilerplate.push({ text: footer[0].trim(), reason: 'embed footer' })
      continue
    }
    const credit = paragraph.includes('\n') || endsWithSentenceEnd(paragraph) ? null : captionCredit.exec(paragraph)
    if (!credit) {
      kept.push(paragraph)
      continue
    }
    // A page may print a caption twice (the picture, then a gallery): once is the text, and its credit is listed once.
    if (captions.has(paragraph)) {
      boilerplate.push({ text: paragraph, reason: 'repeated line' })
      continue
    }
    kept.push(paragraph.slice(0, credit.index).trimEnd())
    boilerplate.push({ text: credit[0].trim(), reason: 'photo credit' })
    captions.add(paragraph)
  }
  return { body: kept.join('\n\n'), boilerplate }
}

/** One line, short, and not a sentence: a link's title. */
function isHeadline(paragraph: string): boolean {
  return !paragraph.includes('\n') && !endsWithSentenceEnd(paragraph) && paragraph.split(/\s+/).length <= maxHeadlineWords
}

function boilerplateReason(paragraph: string, count: number): Boilerplate['reason'] | undefined {
  if (paragraph.includes('\n')) return undefined
  const endsLikeSentence = endsWithSentenceEnd(paragraph)
  // (A pointer ends on its colon or on its link, not like a sentence: `Watch the full video, which shows …` is one.)
  const isPointer = readOnLine.test(paragraph) || (isFullTextPointer(paragraph) && !endsLikeSentence)
  if (isPointer && paragraph.split(/\s+/).length <= maxBoilerplateWords) return 'share or subscribe'
  // (A cheap test first: every paragraph passes here.)
  if (endsLikeSentence && paragraph.includes('ontributed') && paragraph.split(/\s+/).length <= maxContributorWords && contributorLine.test(paragraph)) return 'contributor line'
  if (creditsLine.test(paragraph) && paragraph.split(/\s+/).length <= maxCreditsWords) return 'contributor line'
  // Most paragraphs: a sentence, said once; no need to count their words.
  if (endsLikeSentence && count <= 1) return undefined
  const words = paragraph.split(/\s+/).length
  if (words <= maxBoilerplateWords && !endsLikeSentence) {
    if (photoCredit.test(paragraph)) return 'photo credit'
    if (shareOrSubscribe.test(paragraph)) return 'share or subscribe'
    if (bylineLine.test(paragraph) || datedByline.test(paragraph)) return 'byline'
    if (timestampLine.test(paragraph)) return 'timestamp'
  }
  if (count > 1 && words <= maxRepeatedWords) return 'repeated line'
  return undefined
}

/** `/[.!?]["'”’)]?$/`, read from the end: the pattern would try every character of the paragraph. */
function endsWithSentenceEnd(paragraph: string): boolean {
  let last = paragraph.length - 1
  if (last > 0 && `"'”’)`.includes(paragraph[last])) last--
  return last >= 0 && `.!?`.includes(paragraph[last])
}
