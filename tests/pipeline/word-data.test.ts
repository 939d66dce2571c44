import type { Word } from 'nlcst'
import { describe, expect, it } from 'vitest'
import { processText } from '../../src/pipeline/index.js'

function words(node: { type: string; children?: unknown[] }): Word[] {
  if (node.type === 'WordNode') return [node as Word]
  return (node.children ?? []).flatMap((child) => words(child as { type: string; children?: unknown[] }))
}

describe('word data', () => {
  it('has the same fields in the same order on every word, whatever the plugins recorded', () => {
    // Numbers (merged figures, number words), censored words, plain and curly typography.
    const { tree } = processText('He said “I’m so f*cking proud” of the 17,000 fans and ninety-nine others.\n\nThen 1.5 million more came.')
    const all = words(tree)
    expect(all.length).toBeGreaterThan(15)
    const shapes = new Set(all.map((word) => Object.keys(word.data ?? {}).join(',')))
    expect([...shapes]).toEqual(['typographic,normal,stem,isCensored,isStopword,value,valueEnd,isNumberPart'])
  })
})
