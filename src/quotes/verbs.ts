import { isCapitalized, type Word } from './words.js'

/**
 * Reporting verbs: the words that introduce or close a direct quote
 * (`said`, `asked the crowd`, `famously repeated a line:`). Each base form
 * brings its inflections.
 */
const bases = [
  'say', 'tell', 'ask', 'add', 'continue', 'explain', 'write', 'tweet', 'post', 'note', 'recall', 'reply', 'respond',
  'repeat', 'sing', 'shout', 'yell', 'scream', 'joke', 'quip', 'declare', 'insist', 'argue', 'claim', 'state',
  'admit', 'acknowledge', 'announce', 'warn', 'caution', 'conclude', 'concede', 'confirm', 'remark', 'exclaim',
  'whisper', 'observe', 'muse', 'boast', 'brag', 'complain', 'lament', 'predict', 'promise', 'vow', 'charge',
  'counter', 'retort', 'urge', 'emphasize', 'emphasise', 'stress', 'allege', 'agree', 'chant', 'cry', 'begin',
  'start', 'reason', 'wonder', 'suggest', 'offer', 'assert', 'maintain', 'contend', 'testify', 'pledge', 'proclaim',
  'gush', 'rave', 'laugh', 'sigh', 'snap', 'plead', 'beg', 'demand', 'inquire', 'query', 'interject', 'interrupt',
  'elaborate', 'clarify', 'reiterate', 'echo', 'mock', 'tease', 'scoff', 'sneer', 'thunder', 'fire', 'shoot', 'hit',
  'blast', 'slam', 'rip', 'attack', 'accuse', 'deny', 'defend', 'praise', 'thank', 'mention', 'describe', 'call',
  'dub', 'label', 'brand', 'read', 'quote', 'cite', 'sign', 'opine', 'report', 'reveal', 'disclose', 'confide',
  'gripe', 'grumble', 'murmur', 'mutter', 'mumble', 'stammer', 'comment', 'answer', 'propose', 'recount', 'relate',
  'preach', 'exult', 'crow', 'bellow', 'holler', 'roar', 'shriek', 'sob', 'groan', 'hiss', 'jest', 'josh', 'finish',
  'close', 'open', 'question', 'bark', 'beam', 'gloat', 'hammer', 'marvel', 'enthuse', 'huff', 'fume', 'rant',
  'snipe', 'scold', 'chide', 'lecture', 'shrug', 'smile', 'grin', 'chuckle', 'giggle', 'cheer', 'taunt', 'dismiss',
  'sniff', 'growl', 'snarl', 'grouse', 'carp', 'wail', 'moan', 'whine', 'rejoin', 'volunteer', 'venture', 'posit',
  'aver', 'affirm', 'attest', 'avow', 'hint', 'pronounce', 'rail', 'jab', 'needle', 'zing', 'crack',
  'admonish', 'advise', 'instruct', 'inform', 'assure', 'reassure', 'remind', 'recommend', 'speculate', 'surmise',
  'guess', 'estimate', 'calculate', 'figure', 'theorize', 'summarize', 'bemoan', 'deplore', 'decry', 'denounce',
  'condemn', 'criticize', 'criticise', 'ridicule', 'lambaste', 'recite', 'sum', 'put', 'point', 'go', 'chime',
  'weigh', 'spell', 'lay', 'riff', 'characterize', 'characterise', 'hail', 'laud', 'tout', 'deride', 'dispute',
]

// Verbs that report speech only with their particle: `put it`, `pointed out`, `went on`.
const particles: Record<string, string> = {
  put: 'it', sum: 'up', point: 'out', go: 'on', chime: 'in', weigh: 'in', fire: 'back', shoot: 'back', spell: 'out', lay: 'out',
}

const irregular: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], sing: ['sang', 'sung'], begin: ['began', 'begun'],
  read: [], shoot: ['shot'], hit: [], rip: ['ripped', 'ripping'], snap: ['snapped', 'snapping'],
  dub: ['dubbed', 'dubbing'], quip: ['quipped', 'quipping'], plead: ['pled', 'pleaded'], admit: ['admitted', 'admitting'],
  slam: ['slammed', 'slamming'], aver: ['averred', 'averring'], brag: ['bragged', 'bragging'], marvel: ['marvelled', 'marvelling'],
  opine: ['opined', 'opines', 'opining'], sob: ['sobbed', 'sobbing'], label: ['labeled', 'labelled', 'labeling', 'labelling'],
  put: ['putting'], go: ['went', 'goes', 'gone'], sum: ['summed', 'summing'], lay: ['laid'], spell: ['spelled', 'spelt'],
  jab: ['jabbed', 'jabbing'], chime: ['chimed'], grin: ['grinned', 'grinning'], shrug: ['shrugged', 'shrugging'],
  beg: ['begged', 'begging'], riff: ['riffed', 'riffing'],
}

/** Verbs too common in other senses to count without a quote right beside them. */
const weakBases = new Set([
  'smile', 'grin', 'chuckle', 'giggle', 'cheer', 'dismiss', 'sniff', 'volunteer', 'figure', 'guess', 'estimate',
  'calculate', 'recite', 'condemn', 'criticize', 'criticise', 'denounce', 'inform', 'remind', 'advise', 'hammer',
  'shrug', 'beam', 'crack', 'needle', 'rail', 'go', 'lay', 'spell', 'sum', 'weigh', 'chime', 'point', 'put',
  'add', 'continue', 'begin', 'start', 'fire', 'shoot', 'hit', 'blast', 'slam', 'rip', 'attack', 'read', 'sign',
  'post', 'offer', 'maintain', 'charge', 'counter', 'open', 'close', 'finish', 'call', 'describe', 'praise', 'thank',
  'defend', 'deny', 'accuse', 'mock', 'report', 'reveal', 'answer', 'relate', 'cite', 'quote', 'laugh', 'sigh',
  'echo', 'mention', 'reason', 'state', 'crow', 'roar', 'josh', 'jest', 'wonder', 'demand', 'propose', 'promise',
  'hail', 'laud', 'tout', 'deride', 'dispute',
])

const forms = new Map<string, string>()
for (const base of bases) {
  for (const form of inflect(base)) if (!forms.has(form)) forms.set(form, base)
}

function inflect(base: string): string[] {
  // `deny`: `denies`, `denied`, `denying`.
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`, ...(irregular[base] ?? [])]
  const stem = base.endsWith('e') ? base.slice(0, -1) : base
  const regular = [
    base,
    base.endsWith('s') || base.endsWith('sh') || base.endsWith('ch') || base.endsWith('x') ? `${base}es` : `${base}s`,
    base.endsWith('e') ? `${base}d` : `${base}ed`,
    `${stem}ing`,
  ]
  return [...regular, ...(irregular[base] ?? [])]
}

/**
 * The base form of a reporting verb (`said` → `say`), or undefined.
 * Capitalized words are names (`States`, `Read`) unless `atSentenceStart`.
 * `next` is the word after: `put` reports speech only in `put it`.
 */
export function reportingVerb(word: Word, atSentenceStart = false, next?: Word): string | undefined {
  if (!atSentenceStart && isCapitalized(word.text)) return undefined
  if (word.lower === 'state' && next !== undefined && !next.isPunctuation && !opensStatement.has(next.lower) && !/^\p{Ll}+ly$/u.test(next.text)) return undefined
  const base = forms.get(word.lower)
  if (base === undefined || particles[base] === undefined) return base
  return next?.lower === particles[base] ? base : undefined
}

// `state` before another word is mostly a noun (`urging state lawmakers to "recall" the bill`, `state law`): a verb
// only before what a statement opens with (`the rules state that`, `they state the obvious`) or an adverb (`state flatly`).
const opensStatement = new Set([
  'that', 'the', 'a', 'an', 'this', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'it', 'they',
  'we', 'he', 'she', 'i', 'you', 'what', 'how', 'why', 'whether', 'otherwise', 'in', 'on', 'for', 'as', 'there',
])

// Verbs that only say that words were spoken, nothing about how, where or to whom: `said` and `added` tell one story.
const plainBases = new Set(['say', 'add', 'continue', 'note', 'state', 'explain', 'remark', 'comment', 'go'])

/**
 * What a printed reporting verb (`said`, `went on`, `tweeted`) tells of the
 * circumstances, for comparing two sources' verbs: `say` for the plain ones,
 * the base form for others (`tweet`), the text lower-cased when unknown.
 */
export function reportingSense(verb: string): string {
  const first = verb.toLowerCase().split(/\s+/)[0]
  const base = forms.get(first)
  if (base === undefined) return verb.toLowerCase()
  // `the report read` is what it wrote.
  return plainBases.has(base) ? 'say' : base === 'read' ? 'write' : base
}

// Bare forms that are their past tense too: `the email read`, `he put it`.
const pastAsBare = new Set(['read', 'hit', 'put', 'quit', 'cut', 'set', 'let', 'bet', 'spread'])

/** True when the word is a verb form that is both bare and past (`read`), so that its subject's number tells nothing. */
export function isPastAsBare(word: string): boolean {
  return pastAsBare.has(word.toLowerCase())
}

/** True for verbs that report speech only with their particle (`pointed out`). */
export function takesParticle(base: string): boolean {
  return particles[base] !== undefined
}

/** True for verbs that only report speech right beside a quote (`added`, `continued`). */
export function isWeakVerb(base: string): boolean {
  return weakBases.has(base)
}

/** Verbs that carry on the last speaker's words: `she continued`, `he added`. */
export function isContinuationVerb(base: string): boolean {
  return base === 'continue' || base === 'add' || base === 'go' || base === 'conclude' || base === 'finish' || base === 'chime'
}

/** Verbs that take the person spoken to as object: `told People`, `asked the crowd`. */
export function takesAddressee(base: string): boolean {
  return base === 'tell' || base === 'ask' || base === 'thank' || base === 'urge' || base === 'warn' || base === 'beg'
}

/** Whether a quote's verb, as printed, is `according to` (`According to` at a sentence's start), which reads before its speaker. */
export function isAccordingToVerb(verb: string): boolean {
  return /^according to$/i.test(verb)
}

/**
 * Whether a quote's verb, as printed, is a bare form (`declare` in `the ability to declare`, `say` in `will say`),
 * which no singular speaker goes with: not a past spelled the same (`read`).
 */
export function isBareVerb(verb: string): boolean {
  const first = verb.toLowerCase().split(/\s+/)[0]
  return forms.get(first) === first && !pastAsBare.has(first)
}

export function isAccordingTo(first: Word, second: Word | undefined): boolean {
  return first.lower === 'according' && second?.lower === 'to'
}
