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
// Case matters for the name (capitalized words), not for the leading "By".
const bylineLine = /^(?:[Bb]y|[Ww]ritten [Bb]y)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}(,|\s+and\s+|$)/

const maxBoilerplateWords = 14
const maxRepeatedWords = 20

/**
 * Take photo credits, share and subscribe lines, bylines and lines repeated
 * within the article out of the prose. Each removed line is returned with its
 * reason so that nothing disappears silently.
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
  for (const paragraph of paragraphs) {
    const reason = boilerplateReason(paragraph, counts.get(paragraph) ?? 0)
    if (reason) boilerplate.push({ text: paragraph, reason })
    else kept.push(paragraph)
  }
  return { body: kept.join('\n\n'), boilerplate }
}

function boilerplateReason(paragraph: string, count: number): Boilerplate['reason'] | undefined {
  if (paragraph.includes('\n')) return undefined
  if (readOnLine.test(paragraph) && paragraph.split(/\s+/).length <= maxBoilerplateWords) return 'share or subscribe'
  const endsLikeSentence = endsWithSentenceEnd(paragraph)
  // Most paragraphs: a sentence, said once; no need to count their words.
  if (endsLikeSentence && count <= 1) return undefined
  const words = paragraph.split(/\s+/).length
  if (words <= maxBoilerplateWords && !endsLikeSentence) {
    if (photoCredit.test(paragraph)) return 'photo credit'
    if (shareOrSubscribe.test(paragraph)) return 'share or subscribe'
    if (bylineLine.test(paragraph)) return 'byline'
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
