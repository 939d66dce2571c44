import type { Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { changedShare, changesToPhrasing, cosmeticPair, memberChanges, renderChanges, sideText } from '../../src/report/changes.js'
import type { WordChange } from '../../src/types.js'
import { fixture } from './fixture.js'

const words = (kind: WordChange['kind'], value: string): WordChange[] => value.split(' ').map((text) => ({ kind, text }))

describe('changesToPhrasing', () => {
  it('strikes removed words and bolds added ones, spacing word tokens like prose', () => {
    const changes = [...words('same', 'The gown cost'), { kind: 'removed', text: '$14,000' }, { kind: 'added', text: '$17,000' }, ...words('same', ', a stylist said.')] as WordChange[]
    expect(changesToPhrasing(changes)).toEqual([
      { type: 'text', value: 'The gown cost ' },
      { type: 'delete', children: [{ type: 'text', value: '$14,000' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: '$17,000' }] },
      { type: 'text', value: ', a stylist said.' },
    ])
  })

  it('keeps the spaces of jsdiff runs outside the marks, so they still parse', () => {
    const changes: WordChange[] = [
      { kind: 'same', text: 'I’m so ' },
      { kind: 'removed', text: 'fucking ' },
      { kind: 'added', text: 'f*cking ' },
      { kind: 'same', text: 'proud\nof you!' },
    ]
    expect(changesToPhrasing(changes)).toEqual([
      { type: 'text', value: 'I’m so ' },
      { type: 'delete', children: [{ type: 'text', value: 'fucking' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: 'f*cking' }] },
      { type: 'text', value: ' proud of you!' },
    ])
  })

  it('closes up the spaces the engine puts between word tokens and punctuation', () => {
    const changes: WordChange[] = [
      { kind: 'same', text: 'so proud of you !' },
      { kind: 'removed', text: '( really )' },
      { kind: 'same', text: ', he said .' },
    ]
    expect(changesToPhrasing(changes)).toEqual([
      { type: 'text', value: 'so proud of you! ' },
      { type: 'delete', children: [{ type: 'text', value: '(really)' }] },
      { type: 'text', value: ', he said.' },
    ])
  })

  it('keeps the space before a quote mark that opens, as some outlets print it (`says: ’Momma`)', () => {
    const changes: WordChange[] = [
      { kind: 'same', text: 'and says: ’Momma, look' },
      { kind: 'removed', text: 'you' },
      { kind: 'same', text: 'won. I said, ’Baby' },
    ]
    expect(changesToPhrasing(changes)).toEqual([
      { type: 'text', value: 'and says: ’Momma, look ' },
      { type: 'delete', children: [{ type: 'text', value: 'you' }] },
      { type: 'text', value: ' won. I said, ’Baby' },
    ])
  })

  it('cuts long changed runs when asked, for table cells', () => {
    const changes = [...words('same', 'kept'), ...words('removed', 'one two three four five six seven')]
    expect(changesToPhrasing(changes, { maxRunLength: 14 })[1]).toEqual({ type: 'delete', children: [{ type: 'text', value: 'one two three…' }] })
  })

  it('drops removed spaces and keeps added ones as plain text', () => {
    const changes: WordChange[] = [
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: ' ' },
      { kind: 'added', text: '  ' },
      { kind: 'same', text: 'b' },
    ]
    expect(changesToPhrasing(changes)).toEqual([{ type: 'text', value: 'a b' }])
  })
})

describe('renderChanges', () => {
  it('writes a few changes inline and a rewrite as a diff block', () => {
    expect(renderChanges([...words('same', 'so very'), ...words('removed', 'proud'), ...words('added', 'happy')]).type).toBe('paragraph')
    const rewrite = [...words('removed', 'Cooper held her hand'), ...words('added', 'hand in hand')]
    expect(renderChanges(rewrite)).toEqual({ type: 'code', lang: 'diff', value: '- Cooper held her hand\n+ hand in hand' })
  })

  it('quotes the reference as it is printed on the - line, though shared words are spelled as the other member does', () => {
    // Changes spell shared words as the member does: `a hundred`, where the reference printed `100`.
    const changes = [
      ...words('same', 'There can be a hundred people in a room'),
      ...words('removed', 'but after a killer Oscars performance, sometimes there are only two'),
      ...words('added', 'and 99 don\'t believe in you, but one does'),
    ]
    const reference = 'There can be 100 people in a room, but after a killer Oscars performance, sometimes there are only two'
    const other = "There can be a hundred people in a room, and 99 don't believe in you, but one does"
    expect(renderChanges(changes, { reference, other })).toEqual({ type: 'code', lang: 'diff', value: `- ${reference}\n+ ${other}` })
    // Several members with these changes: the + line falls back to the changes' words, the - line stays the reference.
    expect(renderChanges(changes, { reference })).toMatchObject({ value: expect.stringMatching(/^- There can be 100 people in a room, but after/) })
  })

  it('shows a cut and an edit inline, the cut ends short, however much the cut leaves out', () => {
    const changes = [
      ...words('removed', 'How we go forward in our caucus to put forth our values, which are what unite us as a caucus, to'),
      ...words('same', 'differentiate between us and the administration'),
      ...words('removed', 'that will come into Washington'),
      ...words('added', 'coming'),
      ...words('same', 'in January'),
      ...words('removed', 'to take that message clearly to the public, is something that is a historic challenge'),
    ]
    const rendered = renderChanges(changes)
    expect(rendered.type).toBe('paragraph')
    expect(toMarkdown(rendered)).toBe(
      '~~…forth our values, which are what unite us as a caucus, to~~ differentiate between us and the administration ~~that will come into Washington~~ **coming** in January ~~to take that message clearly to the public, is something…~~',
    )
  })

  it('shows two stretches of text that meet in a few words as two lines, not as an edit', () => {
    // (One side's words before the few kept ones, the other side's after: AllSides 5817.)
    const changes = [
      ...words('removed', 'The United States will not lock down again to curb the pandemic,'),
      ...words('same', 'Dr. Anthony Fauci'),
      ...words('removed', 'said on'),
      ...words('added', 'warned'),
      ...words('same', 'Sunday'),
      ...words('added', 'that more pain and suffering lies ahead for the unvaccinated'),
    ]
    expect(renderChanges(changes).type).toBe('code')
  })

  it('strikes a cut inline however long it is', () => {
    expect(renderChanges([...words('same', 'What I have is a backbone'), ...words('removed', 'and I want to move Maine forward')]).type).toBe('paragraph')
  })

  it('measures the share of changed words on both sides', () => {
    expect(changedShare(words('same', 'a b c'))).toBe(0)
    expect(changedShare([...words('same', 'a b'), ...words('removed', 'c'), ...words('added', 'd')])).toBe(0.5)
    expect(sideText([...words('same', 'a'), ...words('removed', 'b'), ...words('added', 'c'), ...words('same', '!')], 'added')).toBe('a c!')
  })
})

describe('cosmeticPair', () => {
  it('turns `reference / other` into a struck and a bold spelling, and nothing else', () => {
    expect(cosmeticPair('fucking / f*cking')).toEqual([
      { type: 'delete', children: [{ type: 'text', value: 'fucking' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: 'f*cking' }] },
    ])
    expect(cosmeticPair('a / b / c')).toBeNull()
    expect(cosmeticPair('reworded')).toBeNull()
  })
})

describe('memberChanges', () => {
  it('finds the changes of the difference naming the member’s source, none for the reference', () => {
    const proud = fixture.groups[1]
    expect(memberChanges(proud, 0)).toBeUndefined()
    // Cosmetic differences carry no word changes.
    expect(memberChanges(proud, 1)).toBeUndefined()
    const number = fixture.groups[4]
    expect(memberChanges(number, 1)).toBe(number.differences[0].changes)
    expect(memberChanges(fixture.groups[2], 1)).toBeUndefined()
  })

  it('tells apart two parts of one quote that a source prints separately', () => {
    const whole = 'I am looking at all options. I think so.'
    const first: WordChange[] = [...words('same', 'I am looking at all options'), ...words('removed', 'I think so')]
    const second: WordChange[] = [...words('removed', 'I am looking at all options'), ...words('same', 'I think so')]
    const group = structuredClone(fixture.groups[3])
    group.members = [
      { source: 'a', text: whole, start: 0, end: whole.length },
      { source: 'b', text: 'I am looking at all options,', start: 0, end: 28 },
      { source: 'b', text: 'I think so.', start: 40, end: 51 },
    ]
    group.differences = [
      { type: 'omission', level: 'wording', detail: 'cut', sources: ['b'], changes: first },
      { type: 'omission', level: 'wording', detail: 'cut', sources: ['b'], changes: second },
    ]
    expect(memberChanges(group, 1)).toBe(first)
    expect(memberChanges(group, 2)).toBe(second)
  })
})

function toMarkdown(node: RootContent): string {
  const root: Root = { type: 'root', children: [node] }
  return unified().use(remarkStringify).use(remarkGfm).stringify(root).trim()
}
