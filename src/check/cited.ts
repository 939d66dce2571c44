import type { Analysis, Quote, Source } from '../types.js'
import { processText } from '../pipeline/index.js'
import { wordedText } from './compare-words.js'
import { findPassage, indexText, type IndexedText } from './passage.js'
import { findCitedSource, isSameSpeaker } from './names.js'
import { findCitations, isOwnOutlet } from '../quotes/cites.js'
import { words } from '../quotes/words.js'
import { changedWording, code, type Finding } from './finding.js'

/**
 * When a source credits a quote to a report that is itself among the inputs
 * (`according to People` and a People article), the report must hold the
 * quote with the same words and speaker; otherwise the credit is wrong. A
 * report that does not hold the quote at all is only a warning: the outlet
 * may have printed it in another report (an interview years before, a
 * follow-up) than the one among the inputs.
 */
export function checkCitedReports(analysis: Analysis): Finding[] {
  const indexed = new Map<string, IndexedText>()
  const sources = new Map(analysis.sources.map((source) => [source.id, source]))
  const findings: Finding[] = []
  for (const quote of analysis.quotes) {
    if (quote.nestedIn !== null || !quote.cites) continue
    const report = findCitedSource(quote.cites, analysis.sources, quote.source)
    // Words said on an outlet's air or at its event are not what its article among the inputs prints: that may quote
    // another occasion (see isSaidOnAir).
    const source = sources.get(quote.source)
    if (!report || (source && isSaidOnAir(quote, source))) continue
    let text = indexed.get(report.id)
    if (!text) {
      text = indexReport(report, analysis.quotes)
      indexed.set(report.id, text)
    }
    findings.push(...checkQuote(quote, quote.cites, report, text))
  }
  return findings
}

/**
 * Whether the quote's paragraph credits its outlet only for words said on its air or at its event (`Mr. Gingrich said
 * on the Fox News program “Fox and Friends”`): the outlet's article among the inputs is another thing it published,
 * which need not hold them, or may hold words of another occasion.
 */
function isSaidOnAir(quote: Quote, source: Source): boolean {
  const { body } = source
  const start = body.lastIndexOf('\n\n', quote.start) + 1
  const next = body.indexOf('\n\n', quote.end)
  const end = next === -1 ? body.length : next
  const credits = findCitations(body, words(body, start, end), () => true).filter((citation) => namesReport(citation.outlet, quote.cites!))
  return credits.length > 0 && credits.every((citation) => citation.isOnAir)
}

/** A credit as printed names the report as the articles call it (`the Times`, The New York Times). */
function namesReport(printed: string, report: string): boolean {
  return printed === report || isOwnOutlet(printed, { outlet: report })
}

/** The report's words, with the speaker of the innermost quote around an offset. */
function indexReport(report: Source, quotes: readonly Quote[]): IndexedText {
  const own = quotes.filter((quote) => quote.source === report.id)
  const tokens = processText(report.body).sentences.flatMap((sentence) => sentence.tokens)
  return indexText(report.body, tokens, (offset) => {
    const around = own.filter((quote) => quote.start <= offset && offset < quote.end)
    around.sort((a, b) => a.end - a.start - (b.end - b.start))
    return around.find((quote) => quote.speaker !== null)?.speaker ?? null
  })
}

function checkQuote(quote: Quote, cited: string, report: Source, text: IndexedText): Finding[] {
  const match = findPassage(text, wordedText(quote.text))
  const base = { ruleId: 'quote-misattributed-report' as const, source: quote.source, quote: quote.id, start: quote.start, end: quote.end, sources: [report.id] }
  const credited = `credited to ${cited}`

  if (match.kind === 'absent' || !match.passage || !match.comparison) {
    const closest = match.passage ? `, closest passage ${code(match.passage.text)}` : ''
    return [
      {
        ...base,
        ruleId: 'quote-not-in-cited-report',
        reason: `Unexpected quote ${code(quote.text)} ${credited}, not found in ${report.id}${closest}`,
        actual: quote.text,
        expected: match.passage ? [match.passage.text] : [],
      },
    ]
  }
  const findings: Finding[] = []
  if (match.kind === 'reworded') {
    const changed = changedWording(match.comparison.regions)
    findings.push({
      ...base,
      reason: `Unexpected ${changed.reasonActual} in quote ${code(quote.text)} ${credited}, expected ${changed.reasonExpected} as in ${report.id} (${code(match.passage.text)})`,
      actual: changed.actual,
      expected: [changed.expected],
    })
  }
  const reportSpeaker = text.speakerAt(match.passage.start)
  if (quote.speaker && reportSpeaker && !isSameSpeaker(quote.speaker, reportSpeaker)) {
    findings.push({
      ...base,
      reason: `Unexpected speaker ${code(quote.speaker)} for ${code(quote.text)} ${credited}, expected ${code(reportSpeaker)} as in ${report.id}`,
      actual: quote.speaker,
      expected: [reportSpeaker],
    })
  }
  return findings
}
