import { describe, expect, it } from 'vitest'
import { changedShare, changesToPhrasing, memberChanges, renderChanges, sideText } from '../../src/report/changes.js'
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

  it('measures the share of changed words on both sides', () => {
    expect(changedShare(words('same', 'a b c'))).toBe(0)
    expect(changedShare([...words('same', 'a b'), ...words('removed', 'c'), ...words('added', 'd')])).toBe(0.5)
    expect(sideText([...words('same', 'a'), ...words('removed', 'b'), ...words('added', 'c'), ...words('same', '!')], 'added')).toBe('a c!')
  })
})

describe('memberChanges', () => {
  it('finds the changes of the difference naming the member’s source, none for the reference', () => {
    const proud = fixture.groups[1]
    expect(memberChanges(proud, 0)).toBeUndefined()
    expect(memberChanges(proud, 1)).toBe(proud.differences[0].changes)
    expect(memberChanges(fixture.groups[2], 1)).toBeUndefined()
  })
})
