/**
 * The engine on the three seed articles in sources/, against what a correct
 * analysis finds (the expectations of the project's gold file, written out
 * here so the suite runs without ../shared).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { analyzePaths, type AnalyzeResult } from '../src/analyze.js'
import type { Group } from '../src/types.js'

const first = '000_757aa98372dae68e'
const second = '001_6024fb6beea2f398'
const third = '002_b74358b56c09aadc'

let result: AnalyzeResult
beforeAll(async () => {
  result = await analyzePaths(['sources'])
})

/** The group whose members include text containing each of the given strings (one per member). */
function groupWith(kind: Group['kind'], ...parts: Array<{ source: string; contains: string }>): Group | undefined {
  return result.analysis.groups.find(
    (group) =>
      group.kind === kind &&
      parts.every((part) => group.members.some((member) => member.source === part.source && member.text.includes(part.contains))),
  )
}

function groupsContaining(source: string, text: string): Group[] {
  return result.analysis.groups.filter((group) =>
    group.members.some((member) => member.source === source && (member.text.includes(text) || text.includes(member.text))),
  )
}

describe('quote groups on the seeds', () => {
  it('finds "Did I nail it?" said by Lady Gaga in both articles, identical, relayed from People', () => {
    const group = groupWith('quote', { source: first, contains: 'Did I nail it?' }, { source: second, contains: 'Did I nail it?' })
    expect(group?.verdict).toBe('identical')
    expect(group?.members.map((member) => member.speaker)).toEqual(['Lady Gaga', 'Lady Gaga'])
    expect(group?.provenance.singleOrigin).toBe('People')
  })

  it('finds "so proud" equivalent, with the censored spelling and the apostrophe named', () => {
    const group = groupWith('quote', { source: first, contains: 'so fucking proud' }, { source: second, contains: 'so f*cking proud' })
    expect(group?.verdict).toBe('equivalent')
    expect(group?.differences.map((difference) => `${difference.type}: ${difference.detail}`).sort()).toEqual([
      'censorship: fucking / f*cking',
      'typography: I’m / I\'m',
    ])
  })

  it('never joins unrelated quotes', () => {
    const lyric = groupsContaining(third, 'Tell me something, girl')
    expect(lyric.filter((group) => group.members.some((member) => member.text.includes('Did I nail it')))).toEqual([])
    const hair = groupsContaining(third, 'All of my hair stood up')
    expect(hair.filter((group) => group.members.some((member) => member.text.includes('proud of you')))).toEqual([])
  })
})

describe('claim groups on the seeds', () => {
  it('finds that Gaga turned to Cooper in both accounts', () => {
    const group = groupWith('claim', { source: first, contains: 'turned to Cooper and said' }, { source: second, contains: 'turned to Cooper and said' })
    expect(group?.verdict).toBe('variant')
  })

  it('finds at least three of the four further shared claims', () => {
    const found = [
      groupWith('claim', { source: first, contains: 'There can be 100 people in a room' }, { source: second, contains: 'There can be a hundred people' }),
      groupWith('claim', { source: first, contains: "Cooper held Gaga's hand" }, { source: second, contains: 'hand in hand' }),
      groupWith('claim', { source: first, contains: 'get back to their seat' }, { source: second, contains: 'returned to their seats' }),
      groupWith('claim', { source: first, contains: 'Oscar-winning' }, { source: third, contains: 'took home the gold' }),
    ].filter(Boolean)
    expect(found.length).toBeGreaterThanOrEqual(3)
  })

  it('lists the claims only one article makes as unique', () => {
    const unique = (source: string, text: string) =>
      result.analysis.unique.some((claim) => claim.source === source && claim.text.includes(text))
    expect(unique(first, '325 MILLION views on YouTube')).toBe(true)
    expect(unique(second, "mirroring each other's body language")).toBe(true)
    expect(unique(third, 'plenty of Jameson')).toBe(true)
  })

  it('keeps the photo credits out of every group and every unique claim', () => {
    const texts = [...result.analysis.groups.flatMap((group) => group.members), ...result.analysis.unique].map((item) => item.text)
    expect(texts.filter((text) => text.includes('Getty Images'))).toEqual([])
    expect(result.analysis.sources[1].boilerplate.filter((line) => line.reason === 'photo credit')).toHaveLength(7)
  })

  it('gives every member and unique claim valid offsets into its source body', () => {
    const bodies = new Map(result.analysis.sources.map((source) => [source.id, source.body]))
    for (const item of [...result.analysis.groups.flatMap((group) => group.members), ...result.analysis.unique]) {
      expect(bodies.get(item.source)!.slice(item.start, item.end)).toBe(item.text)
    }
  })
})
