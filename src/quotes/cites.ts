import type { Span } from '../types.js'
import { isCapitalized, type Word } from './words.js'

/** An outside report an article relays, where the text names it. */
export interface Citation extends Span {
  /** Normalized outlet name (`PEOPLE` → `People`). */
  outlet: string
  /** Said on the outlet's air or at its event (`said on CNN`): the report relayed, unless the sentence names another. */
  isOnAir?: boolean
}

// Outlets by their usual name; matched without regard to case, written as here.
const knownOutlets = [
  'People', 'Us Weekly', 'E! News', 'E! Online', 'Entertainment Tonight', 'ET', 'TMZ', 'Page Six', 'Variety',
  'The Hollywood Reporter', 'Billboard', 'Rolling Stone', 'Vanity Fair', 'Vogue', 'Elle', 'Glamour', 'InStyle',
  'Cosmopolitan', "Harper's Bazaar", 'GQ', 'Esquire', 'Teen Vogue', 'BuzzFeed News', 'BuzzFeed', 'Entertainment Weekly',
  'Access Hollywood', 'Extra', 'Good Morning America', 'Today', 'Daily Mail', 'The Sun', 'The Mirror', 'The Guardian',
  'The Times', 'The Telegraph', 'The Independent', 'BBC News', 'BBC', 'Sky News', 'CNN', 'Fox News', 'Fox Business',
  'MSNBC', 'NBC News', 'NBC', 'ABC News', 'ABC', 'CBS News', 'CBS', 'NPR', 'PBS', 'Reuters', 'Associated Press', 'AP',
  'AFP', 'Bloomberg News', 'Bloomberg', 'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post',
  'The Wall Street Journal', 'Wall Street Journal', 'USA Today', 'Politico', 'The Hill', 'Axios', 'Time', 'Newsweek',
  'The Atlantic', 'The New Yorker', 'Huffington Post', 'HuffPost', 'Breitbart News', 'Breitbart', 'Los Angeles Times',
  'Chicago Tribune', 'Boston Globe', 'New York Post', 'The Daily Beast', 'Daily Beast', 'Vox', 'Slate', 'Salon',
  'Yahoo News', 'Business Insider', 'Insider', 'Forbes', 'Fortune', 'CNBC', 'ESPN', 'Radar Online', 'HollywoodLife',
  'Hollywood Life', 'Just Jared', 'Life & Style', 'In Touch Weekly', 'In Touch', 'OK!', 'Hello!', 'Deadline',
  'IndieWire', 'Pitchfork', 'NME', 'SiriusXM', 'The View', 'Bustle', 'Refinery29', 'Mashable', 'The Verge',
  'Washington Examiner', 'The Blaze', 'National Review', 'The Daily Caller', 'Daily Caller', 'Mother Jones',
  'The Intercept', 'ProPublica', 'Al Jazeera', 'Der Spiegel', 'Le Monde', 'Financial Times', 'The Economist',
  'Gawker', 'Mediaite', 'Deadspin', 'Jezebel', 'Talking Points Memo', 'Raw Story', 'Daily Kos', 'The Daily Wire', 'Daily Wire',
  'The Federalist', 'Newsmax', 'RedState', 'Townhall', 'The Root', 'TheGrio', 'Univision', 'Telemundo',
  // Papers whose last word names other things too (`the Sentinel program`, `Cox Automotive Dealer`): known by their full names.
  'Orlando Sentinel', 'Milwaukee Journal Sentinel', 'The Plain Dealer', 'Plain Dealer', 'The Star-Ledger', 'Star-Ledger',
]
// The same outlet under another name.
const aliases: Record<string, string> = {
  'the new york times': 'The New York Times', 'new york times': 'The New York Times',
  'the washington post': 'The Washington Post', 'washington post': 'The Washington Post',
  'the wall street journal': 'The Wall Street Journal', 'wall street journal': 'The Wall Street Journal',
  // Papers' usual abbreviations, as a source's front matter may give its outlet (`outlet: NYT`).
  nyt: 'The New York Times', wsj: 'The Wall Street Journal', wapo: 'The Washington Post',
  'the daily beast': 'The Daily Beast', 'daily beast': 'The Daily Beast', 'huffington post': 'HuffPost',
  'the daily caller': 'The Daily Caller', 'daily caller': 'The Daily Caller', 'e! online': 'E! News',
  'associated press': 'Associated Press', ap: 'Associated Press', 'ap news': 'Associated Press', 'breitbart news': 'Breitbart', 'hollywood life': 'HollywoodLife',
  'in touch weekly': 'In Touch', 'daily wire': 'The Daily Wire',
  // A network and its news division are one report's source (`said on ABC's "This Week"`, `told ABC News`).
  nbc: 'NBC News', abc: 'ABC News', cbs: 'CBS News', bbc: 'BBC News',
  'pbs news hour': 'PBS NewsHour', 'pbs news': 'PBS NewsHour',
}
const byLength = [...knownOutlets].sort((a, b) => b.length - a.length)

/** The name an outlet goes by among its aliases (`The Huffington Post` → `HuffPost`), else the name as given. */
export function canonicalOutlet(name: string): string {
  const lower = name.toLowerCase().trim()
  return aliases[lower] ?? aliases[lower.replace(/^the\s+/, '')] ?? name
}
// Words that end an outlet's name (`Daily News`, `Sunday Times`).
const outletHeads = /^(News|Times|Post|Journal|Magazine|Weekly|Daily|Tribune|Herald|Radio|TV|Reporter|Gazette|Telegraph|Review|Network|Chronicle|Observer|Insider|Monthly|Online|Today|Live|Podcast|Examiner|Standard|Express|Inquirer|Register|Dispatch|Sun|Star|Globe|Bee)$/
// Words only papers end in, read only at the end of a name (`Advertiser Perceptions` is a firm): `Star Advertiser`.
const paperOnlyHeads = /^(Advertiser|Enquirer|Courant|Picayune)$/

interface KnownOutlet {
  name: string
  /** The name in lower case, as printed text is compared with it. */
  lower: string
  /** `ET`, `AP` and the like match only in capitals. */
  isAcronym: boolean
}

// Known names by their first two characters in lower case, longest first: a capitalized word
// is compared only with the names it can start (by first letter alone, a word met ~20 names).
const knownByStart = new Map<number, KnownOutlet[]>()
for (const name of byLength) {
  const lower = name.toLowerCase()
  const start = pairKey(lower.charCodeAt(0), lower.charCodeAt(1))
  const bucket = knownByStart.get(start) ?? []
  bucket.push({ name, lower, isAcronym: name === name.toUpperCase() })
  knownByStart.set(start, bucket)
}

function pairKey(first: number, second: number): number {
  return first * 0x10000 + second
}

/**
 * The lower-case code unit that `isPrintedAt` takes a code unit of the text
 * for (the names are ASCII), or -1 when it lower-cases to more than one.
 */
function foldedUnit(code: number): number {
  if (code >= 65 && code <= 90) return code + 32
  if (code < 128) return code
  const folded = String.fromCharCode(code).toLowerCase()
  return folded.length === 1 ? folded.charCodeAt(0) : -1
}

/**
 * The outlet whose name starts at word `index`, normalized, with the index
 * after its last word; undefined when no outlet name starts there.
 */
export function outletAt(text: string, list: readonly Word[], index: number, requireKnown = false): { outlet: string; next: number } | undefined {
  const word = list[index]
  if (!word || !isCapitalized(word.text)) return undefined
  const candidates = word.start + 1 < text.length ? knownByStart.get(pairKey(foldedUnit(text.charCodeAt(word.start)), foldedUnit(text.charCodeAt(word.start + 1)))) : undefined
  for (let candidate = 0; candidates !== undefined && candidate < candidates.length; candidate++) {
    const known = candidates[candidate]
    const end = word.start + known.name.length
    if (!(known.isAcronym ? text.startsWith(known.name, word.start) : isPrintedAt(text, word.start, known.lower))) continue
    if (/[\p{L}\p{N}]/u.test(text[end] ?? '')) continue
    let next = index
    while (next < list.length && list[next].start < end) next++
    return { outlet: aliases[known.lower] ?? known.name, next }
  }
  return requireKnown ? undefined : outletNamedLike(list, index)
}

/**
 * An unknown name at word `index` that ends like an outlet (`Daily News`, `The Sunday Times`), with the index after it.
 * Apart from outletAt, which runs for every capitalized word and is compiled before any article reaches this.
 */
function outletNamedLike(list: readonly Word[], index: number): { outlet: string; next: number } | undefined {
  let last = index
  while (last + 1 < list.length && isCapitalized(list[last + 1].text) && list[last + 1].start - list[last].end <= 1) last++
  // (`the Journal of the American Medical Association`: a name that goes on past `of` is no outlet's.)
  if (list[last + 1]?.lower === 'of') return undefined
  for (let head = last; head >= index; head--) {
    // (`Star-Advertiser`, `Times-Picayune`: the last part is the head; not `Post-Traumatic`, `Star-Spangled`.)
    const headWord = list[head].text.split(/[-\u2010\u2011]/).pop()!
    if (!outletHeads.test(headWord) && !(paperOnlyHeads.test(headWord) && head === last)) continue
    // `Standard & Poor’s`: a name joined by an ampersand goes on past its head word.
    let end = head
    while (list[end + 1]?.text === '&' && isCapitalized(list[end + 2]?.text ?? '')) end += 2
    const outlet = list.slice(index, end + 1).map((part) => titleCase(part.text)).join(' ')
    return { outlet, next: end + 1 }
  }
  return undefined
}

/**
 * True when the text at `start` reads `lower` in any case: the same as
 * comparing the lower-cased slice, without making strings for every name tried.
 */
function isPrintedAt(text: string, start: number, lower: string): boolean {
  for (let offset = 0; offset < lower.length; offset++) {
    const code = text.charCodeAt(start + offset)
    const expected = lower.charCodeAt(offset)
    if (code === expected) continue
    if (code >= 65 && code <= 90) {
      if (code + 32 !== expected) return false
    } else if (code < 128 || Number.isNaN(code) || text[start + offset].toLowerCase() !== lower[offset]) return false
  }
  return true
}

const tellForms = new Set(['told', 'tells', 'telling', 'tell'])
const spokeForms = new Set(['spoke', 'speaking', 'speaks', 'talked', 'talking', 'talks', 'said', 'says'])
const toOrWith = new Set(['to', 'with'])
const viaOrBy = new Set(['via', 'by'])
const beforeViaOrBy = new Set(['reported', 'first', 'was', 'were', 'obtained', 'published'])
const interviewNouns = /^(interview|conversation|chat|sit-down)s?$/
// After a report verb, what says the report was wrong.
const refuted = /^(incorrectly|falsely|wrongly|erroneously|mistakenly|inaccurately)$/
// When something was said, between the verb and the air it was said on.
const dayWords = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/
// `projects`: election calls (`the AP projected`, `NBC News projects`).
const reportVerbs = new Set(['reports', 'reported', 'reporting', 'confirms', 'confirmed', 'reveals', 'revealed', 'learned', 'projects', 'projected', 'has', 'first'])
const reportParticiples = new Set(['reported', 'learned', 'confirmed'])
// `Reuters said, citing officials`, `The New York Times wrote`: an outlet that says something relays its report.
const sayVerbs = new Set(['said', 'says', 'wrote', 'writes'])
// Outlets of one word that is nobody's name nor an English word: they may say things (`Politico said`), while
// `Bloomberg said` is mostly Michael Bloomberg and `People said` people. Names of more words (`Fox News`) and
// acronyms (`CNN`) may too.
const outletsThatSay = new Set(['Reuters', 'Politico', 'Axios', 'HuffPost', 'BuzzFeed', 'Breitbart', 'Newsweek', 'ProPublica', 'IndieWire', 'Mashable', 'Refinery29', 'HollywoodLife', 'SiriusXM'])
// Events an outlet holds, where what is said is its broadcast: `at an MSNBC town hall`, `at a CNN debate`.
const broadcastEvents = new Set(['town', 'debate', 'forum', 'event', 'interview', 'summit'])
// Every word that may introduce a cited outlet below: most words are none, and need one lookup.
const citingWords = new Set(['according', ...tellForms, ...spokeForms, ...viaOrBy, 'with', 'on', 'at', 'citing'])

/**
 * The reports an article relays, from its narration words: `PEOPLE reports`,
 * `according to People`, `told E! News`, `an eyewitness who spoke to People`,
 * `a source tells Us Weekly`, `(via CNN)`, `said on CNN`, `in an interview on
 * NBC`, `at an MSNBC town hall`.
 */
export function findCitations(text: string, list: readonly Word[], isNarration: (index: number) => boolean): Citation[] {
  const found: Citation[] = []
  // The loop runs over every word; what only a few words reach is in functions of its own, so that the loop, compiled
  // before any article reached them, is not compiled again when one does.
  for (let index = 0; index < list.length; index++) {
    if (!isNarration(index)) continue
    const form = list[index].lower
    const at = citingWords.has(form) ? outletStartAfter(list, index, form) : undefined
    if (at !== undefined) {
      // On air (`in an interview on`, `said on`) or at an event (`at a`): only known outlets, `said on Capitol Hill` and
      // `at a Sunday Times party` being places.
      const isOnAir = form === 'at' || list[at - 1]?.lower === 'on'
      const outlet = outletAfterArticle(text, list, at, tellForms.has(form) || form === 'citing' || isOnAir)
      const isHeld = outlet !== undefined && (form !== 'at' || broadcastEvents.has(list[outlet.next]?.lower ?? ''))
      if (outlet && isHeld) {
        const citation: Citation = { outlet: outlet.outlet, start: list[index].start, end: list[outlet.next - 1].end }
        if (isOnAir) citation.isOnAir = true
        found.push(citation)
        // `according to CNN and Politico`, `first reported by The New York Times and The Washington Post`.
        const joined = outletJoinedAfter(text, list, outlet.next)
        if (joined) found.push({ ...citation, outlet: joined.outlet, end: list[joined.next - 1].end })
      }
      continue
    }
    // Outlets are capitalized: a lower-case ASCII word (most words) or a mark needs no look.
    const code = list[index].text.charCodeAt(0)
    if ((code >= 97 && code <= 122) || list[index].isPunctuation) continue
    const outlet = outletAt(text, list, index, true) ?? shortNameAt(list, index)
    // `CNN and NBC reported`: both report.
    const joined = outlet && outletJoinedAfter(text, list, outlet.next)
    const verb = list[(joined ?? outlet)?.next ?? -1]?.lower ?? ''
    // (`ABC News reported incorrectly that …`: a report the article corrects is none it relays.)
    const isCorrected = refuted.test(list[((joined ?? outlet)?.next ?? -2) + 1]?.lower ?? '')
    if (outlet && !isCorrected && (reportVerbs.has(verb) || (sayVerbs.has(verb) && maySay(list, index, outlet)))) {
      const report = reportAt(list, index, joined ? { ...outlet, next: joined.next } : outlet)
      if (report) found.push({ ...report, outlet: outlet.outlet }, ...(joined ? [{ ...report, outlet: joined.outlet }] : []))
      index = (joined ?? outlet).next - 1
    }
  }
  return found
}

/** Where the outlet that the citing word at `index` introduces starts (`according to` X, `told` X), or undefined. */
function outletStartAfter(list: readonly Word[], index: number, form: string): number | undefined {
  const formAt = (at: number) => list[at]?.lower ?? ''
  if (form === 'according' && formAt(index + 1) === 'to') return afterReportNoun(list, index + 2)
  if (tellForms.has(form)) return index + 1
  // `told to`, `said on CNN`, `speaking on NBC’s “Meet the Press”`, `said Tuesday on PBS`.
  if (spokeForms.has(form) && (toOrWith.has(formAt(index + 1)) || formAt(index + 1) === 'on')) return index + 2
  if (spokeForms.has(form) && dayWords.test(formAt(index + 1)) && formAt(index + 2) === 'on') return index + 3
  if (viaOrBy.has(form) && beforeViaOrBy.has(formAt(index - 1))) return index + 1
  if (form === 'via') return index + 1
  // `in an interview with Fox News`, `in an interview on CNN`.
  if ((form === 'with' || form === 'on') && interviewNouns.test(formAt(index - 1))) return index + 1
  // `at an MSNBC town hall` (the event is asked for by the caller).
  if (form === 'at' && (formAt(index + 1) === 'a' || formAt(index + 1) === 'an')) return index + 2
  // `…, citing Reuters`, `citing a report in The Washington Post` (known outlets only: `citing Live Nation data`).
  if (form === 'citing') return afterReportNoun(list, index + 1)
  return undefined
}

// `according to a new report from the Associated Press`: the words before the outlet.
const reportNouns = /^(report|story|article|analysis|survey|poll|investigation|review|study|interview|statement|data|tally|count|estimate)s?$/
const reportFrom = new Set(['from', 'by', 'in', 'of', 'at'])
const maxReportWords = 6

/** Past `a (new) report from` to its outlet, when the words after `according to` are such a phrase; else `at` itself. */
function afterReportNoun(list: readonly Word[], at: number): number {
  if (list[at]?.lower !== 'a' && list[at]?.lower !== 'an' && list[at]?.lower !== 'the') return at
  for (let next = at + 1; next < at + maxReportWords && next + 1 < list.length; next++) {
    if (reportNouns.test(list[next].lower) && reportFrom.has(list[next + 1].lower)) return next + 2
    if (list[next].isPunctuation) break
  }
  return at
}

/**
 * Whether the outlet named at `index` can be the one saying something: see
 * outletsThatSay. Its name must be printed as a name, every word after a
 * first `The` capitalized (`The economist said` is a person).
 */
function maySay(list: readonly Word[], index: number, outlet: { outlet: string; next: number }): boolean {
  for (let at = index + 1; at < outlet.next; at++) if (!isCapitalized(list[at].text) && !list[at].isPunctuation) return false
  if (outlet.next - index > 1 || outletsThatSay.has(outlet.outlet)) return true
  const name = list[index].text
  return name.length >= 2 && name === name.toUpperCase()
}

/** `PEOPLE reports`, `CNN has learned`: the citation, when the outlet named at `index` is followed by a report verb. */
function reportAt(list: readonly Word[], index: number, outlet: { outlet: string; next: number }): Citation | undefined {
  const verb = list[outlet.next]
  const isReport = verb.text !== 'has' && verb.text !== 'first' ? true : reportParticiples.has(list[outlet.next + 1]?.lower ?? '')
  return isReport ? { outlet: outlet.outlet, start: list[index].start, end: verb.end } : undefined
}

/** A second known outlet joined by `and` at word `index` (`CNN and Politico`), past a `the` before it. */
function outletJoinedAfter(text: string, list: readonly Word[], index: number): ReturnType<typeof outletAt> {
  return list[index]?.lower === 'and' ? outletAfterArticle(text, list, index + 1, true) : undefined
}

/** `the Times`, `the Post`: a paper by the short name it goes by, after a lower-case `the` (`the Times reported`, `told the Times`). */
function shortNameAt(list: readonly Word[], index: number): { outlet: string; next: number } | undefined {
  const word = list[index]
  // (Not part of a longer name: `the Journal of the American Medical Association`, `the Independent Election Commission`.)
  const next = list[index + 1]
  const isWhole = next === undefined || (next.lower !== 'of' && !/^\p{Lu}/u.test(next.text))
  return list[index - 1]?.text === 'the' && isWhole && /^\p{Lu}/u.test(word?.text ?? '') && shortSelfNames.test(word.lower) ? { outlet: `The ${word.text}`, next: index + 1 } : undefined
}

/** The outlet named at `index`, past a `the` before it (`according to the Daily Tribune`, `according to The Associated Press`). */
function outletAfterArticle(text: string, list: readonly Word[], index: number, requireKnown: boolean): ReturnType<typeof outletAt> {
  const article = list[index]?.text
  if (article === 'the' && isCapitalized(list[index + 1]?.text ?? '')) return outletAt(text, list, index + 1, requireKnown) ?? shortNameAt(list, index + 1)
  // A capital `The` may be part of the name (`The New York Times`) or not (`The Associated Press`).
  return outletAt(text, list, index, requireKnown) ?? (article === 'The' ? outletAt(text, list, index + 1, requireKnown) : undefined)
}

/** `PEOPLE` → `People`; acronyms of four letters or fewer stay. */
function titleCase(word: string): string {
  if (word.length <= 4 || word !== word.toUpperCase()) return word
  return word[0] + word.slice(1).toLowerCase()
}

// The last word of a paper's name that it calls itself by (`the Times`, `the Post`); not `Today`, which names other outlets too.
const shortSelfNames = /^(times|post|journal|globe|tribune|herald|guardian|telegraph|chronicle|examiner|inquirer|register|gazette|observer|independent|dispatch|bee)$/

/**
 * Words that only tell an outlet's product or medium: `BBC` and `BBC News` are one outlet, `New York` and `New York
 * Times` are not; `PBS NewsHour` is PBS's news programme, under whose name its reporting is published.
 */
const outletKindWords = new Set(['news', 'newshour', 'online', 'digital', 'magazine', 'network', 'com', 'tv', 'radio', 'channel', 'politics', 'world', 'service'])

/**
 * The same outlet: the same name, one name the other plus words that only
 * tell its medium, or the other's last words (`the Times` in The New York
 * Times, `the Post` in The Washington Post: a paper's short name for itself).
 */
export function isOwnOutlet(outlet: string, source: { outlet: string | null }, withShortName = true): boolean {
  if (source.outlet === null) return false
  if (canonicalOutlet(outlet).toLowerCase() === canonicalOutlet(source.outlet).toLowerCase()) return true
  const nameWords = (name: string) => name.toLowerCase().replace(/^the\s+/, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const [cited, own] = [nameWords(outlet), nameWords(source.outlet)]
  const [shorter, longer] = [cited, own].sort((a, b) => a.length - b.length)
  if (shorter.length === 0) return false
  const isMediumOnly = shorter.every((word, index) => longer[index] === word) && longer.slice(shorter.length).every((word) => outletKindWords.has(word))
  const isShortName = cited.length === 1 && own.length > 1 && own[own.length - 1] === cited[0] && shortSelfNames.test(cited[0])
  return isMediumOnly || (withShortName && isShortName)
}

/**
 * Short names of papers (`the Times`, `Times`, `the Post`) to the one full
 * name among `names` (the sources' outlets and every report cited) that
 * ends in the same word, so that one paper is one report across articles:
 * `The Times` in one and `The New York Times` in another. A short name that
 * more than one full name ends in (the Los Angeles and the New York Times)
 * is left out.
 */
export function fullOutletNames(names: readonly string[]): Map<string, string> {
  const fullByWord = new Map<string, Set<string>>()
  for (const name of names) {
    const words = canonicalOutlet(name).toLowerCase().replace(/^the\s+/, '').split(/\s+/)
    const last = words[words.length - 1]
    if (words.length > 1 && shortSelfNames.test(last)) fullByWord.set(last, (fullByWord.get(last) ?? new Set()).add(canonicalOutlet(name)))
  }
  const full = new Map<string, string>()
  for (const name of names) {
    const word = shortWord(name)
    const candidates = word === undefined ? undefined : fullByWord.get(word)
    if (candidates?.size === 1) full.set(name, [...candidates][0])
  }
  return full
}

/** One form of a paper's short name however printed (`Post`, `the Post` → `The Post`), or undefined for other names. */
export function shortOutletForm(name: string): string | undefined {
  const word = shortWord(name)
  return word === undefined ? undefined : `The ${word[0].toUpperCase()}${word.slice(1)}`
}

/**
 * Short names that `cites` use (`the Post`) to the paper the article's
 * `text` names anywhere, in no citation too (`On Sunday, the New York Post
 * publicized images … According to the Post`): when every name it gives
 * that ends in that word is one known paper's (`The Jerusalem Post obtained
 * … an op-ed in the Washington Post` gives none). Not for a word the
 * article's own outlet ends in, which most often means that outlet (`The
 * Times reviewed …` in The New York Times), nor a bestseller list's name.
 */
export function papersNamedIn(cites: readonly string[], text: string, ownOutlet: string | null): Map<string, string> {
  const ownWord = ownOutlet === null ? undefined : canonicalOutlet(ownOutlet).toLowerCase().split(/\s+/).pop()
  const named = new Map<string, string>()
  for (const cite of cites) {
    const word = shortWord(cite)
    if (word === undefined || word === ownWord) continue
    const head = `${word[0].toUpperCase()}${word.slice(1)}`
    const names = new Set<string>()
    for (const match of text.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}'\u2019.&-]*\\s+){1,4})${head}\\b(?![\\s-]*best)`, 'gu'))) {
      // (`The Times` itself is the short name again.)
      const before = match[1].replace(/^The\s+/, '')
      if (before !== '') names.add(canonicalOutlet(`${before}${head}`))
    }
    const [only] = names
    if (names.size === 1 && knownLowerNames.has(only.toLowerCase())) named.set(cite, only)
  }
  return named
}

const knownLowerNames = new Set([...knownOutlets, ...Object.values(aliases)].map((name) => name.toLowerCase()))

function shortWord(name: string): string | undefined {
  const words = name.toLowerCase().replace(/^the\s+/, '').split(/\s+/)
  return words.length === 1 && shortSelfNames.test(words[0]) ? words[0] : undefined
}

/**
 * Two names of one outlet, as one article names another: the same name, or
 * one the other plus words that only tell its medium (`BBC` / `BBC News`);
 * not a short name, which may stand for any paper ending in it.
 */
export function isSameOutlet(one: string, other: string | null): boolean {
  return other !== null && isOwnOutlet(one, { outlet: other }, false)
}

