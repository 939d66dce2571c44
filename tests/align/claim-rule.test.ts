import { describe, expect, it } from 'vitest'
import { profileClaims } from '../../src/align/claim-profiles.js'
import { ClaimRule } from '../../src/align/claim-rule.js'
import { tokensOf } from '../helpers/tokens.js'

const texts = {
  gagaLong: 'Lady Gaga reportedly turned to Bradley Cooper and said she was proud of him',
  gagaShort: 'Then Gaga turned to Cooper and said she was so proud of him',
  namesOnly: 'Gaga and Cooper arrived at the Dolby Theatre with friends',
  blocked: 'Sometimes drivers blocked traffic',
  reversed: 'Traffic jams happen sometimes',
  inOrder: 'Sometimes traffic jams happen',
  bridge: 'The mayor said that the bridge will be closed for the whole summer',
  fire: 'The fire destroyed fourteen thousand acres of forest near the town',
  vigil: 'More than a hundred people attended the vigil outside the church',
  jobsAdded: 'The country added 559,000 jobs as the pandemic receded, shaking off fears of a slowdown in hiring after a disappointing April report from the department',
  jobsShowed: 'Payrolls showed the economy added 559,000 jobs last month, lighter than expected, as the unemployment rate slipped to a fresh low',
  yearAdded: 'The country added jobs in 2021 as the pandemic receded, shaking off fears of a slowdown in hiring after a disappointing April report from the department',
  yearShowed: 'Payrolls showed the economy added jobs in 2021, lighter than expected, as the unemployment rate slipped to a fresh low',
  countAdded: 'The country added 12 jobs as the pandemic receded, shaking off fears of a slowdown in hiring after a disappointing April report from the department',
  countShowed: 'Payrolls showed the economy added 12 jobs last month, lighter than expected, as the unemployment rate slipped to a fresh low',
}
type Name = keyof typeof texts
const names = Object.keys(texts) as Name[]
const { profiles, keyCount } = profileClaims(
  names.map((name) => tokensOf(texts[name])),
  names.map((name) => tokensOf(texts[name])),
)
const profileOf = (name: Name) => profiles[names.indexOf(name)]

describe('ClaimRule', () => {
  const rule = new ClaimRule(keyCount)
  const match = (a: Name, b: Name) => rule.match(profileOf(a), profileOf(b))

  it('matches two wordings of one claim and lists the shared words rarest first', () => {
    expect(match('gagaLong', 'gagaShort').isSame).toBe(true)
    // `turned` and `proud` are in these two units only; the names are in a third too.
    const shared = rule.sharedWords(profileOf('gagaLong'), profileOf('gagaShort'))
    expect(shared.slice(0, 2).sort()).toEqual(['proud', 'turned'])
    expect(shared.slice(2).sort()).toEqual(['cooper', 'gaga'])
  })

  it('needs more than shared names', () => {
    expect(match('gagaShort', 'namesOnly').isSame).toBe(false)
  })

  it('needs shared words in the same order', () => {
    expect(match('blocked', 'reversed').isSame).toBe(false)
    expect(match('blocked', 'inOrder').isSame).toBe(true)
    expect(match('blocked', 'inOrder').score).toBeCloseTo(match('blocked', 'reversed').score, 12)
  })

  it('rejects unrelated claims', () => {
    expect(match('bridge', 'fire').isSame).toBe(false)
    expect(match('fire', 'vigil').score).toBeLessThan(0.25)
  })

  it('takes a shared telling figure as the evidence two long sentences lack, but not a year or a small count', () => {
    const figure = match('jobsAdded', 'jobsShowed')
    expect(figure).toMatchObject({ isSame: true, figures: 1 })
    expect(figure.score).toBeLessThan(0.25)
    expect(match('yearAdded', 'yearShowed')).toMatchObject({ isSame: false, figures: 0 })
    expect(match('countAdded', 'countShowed')).toMatchObject({ isSame: false, figures: 0 })
  })

  it('gives each pair the same result whatever pairs came before', () => {
    const pairs = names.flatMap((a) => names.filter((b) => b !== a).map((b) => [a, b] as const))
    const inOrder = pairs.map(([a, b]) => match(a, b))
    const alone = pairs.map(([a, b]) => new ClaimRule(keyCount).match(profileOf(a), profileOf(b)))
    expect(inOrder).toEqual(alone)
    expect(pairs.map(([a, b]) => match(b, a).score)).toEqual(inOrder.map((result) => result.score))
  })
})
