import { describe, expect, it } from 'vitest'
import { matchQuotes } from '../../src/align/quote-match.js'
import { tokensOf } from '../helpers/tokens.js'

const match = (a: string, b: string) => matchQuotes(tokensOf(a), tokensOf(b))

describe('matchQuotes', () => {
  it('matches a short quote word for word', () => {
    expect(match('Did I nail it?', 'Did I nail it?')).toMatchObject({ kind: 'exact', shared: 4, score: 1 })
  })

  it('matches a two-word quote word for word, though it shares fewer words than a rewording needs', () => {
    expect(match('deep state', 'Deep state')).toMatchObject({ kind: 'exact', shared: 2, score: 1 })
  })

  it('matches censored and typographic spellings as the same quote', () => {
    expect(match('I’m so fucking proud of you!', "I'm so f*cking proud of you!")).toMatchObject({ kind: 'exact' })
  })

  it('matches a fragment inside a longer quote', () => {
    expect(match('so f**king proud', "I'm so f*cking proud of you!")).toMatchObject({ kind: 'fragment', shared: 3 })
  })

  it('matches a reworded quote that keeps most words', () => {
    expect(match('And it turns out joy did a whole lot for me.', 'And it turns out joy did a lot for me.')).toMatchObject({ kind: 'reworded' })
  })

  it('does not glue quotes that share only short function words', () => {
    expect(match('Tell me something, girl, are you happy in this modern world?', 'Did I nail it?')).toBeUndefined()
    expect(match('I think so', 'I think that is wrong and I will say so to anyone')).toBeUndefined()
  })

  it('does not match a short quote whose words a long one holds only strewn apart', () => {
    const long =
      'The declaration would be an abuse of his constitutional oath and an affront to the separation of powers. ' +
      'Congress has the power of the purse, and this is a gross abuse of power that cannot be tolerated.'
    expect(match(long, 'gross abuse of the power of the presidency')).toBeUndefined()
    // Kept together, a rewording inside a long quote still matches, also past one stretch left out.
    expect(match(long, 'this was a gross abuse of power that cannot stand')).toMatchObject({ kind: 'reworded' })
    const statement = 'I think a lot of people are upset, and I understand that. But I think the governor made the right call'
    expect(match(statement, 'I think the governor made the right call today')).toMatchObject({ kind: 'reworded' })
    const pledge = 'We will not, under any circumstances and whatever the pressure from Washington this year, raise taxes on working families'
    expect(match(pledge, 'We will not ... raise taxes on families')).toMatchObject({ kind: 'reworded' })
  })

  it('does not match one-word quotes', () => {
    expect(match('OK.', 'OK.')).toBeUndefined()
  })

  it('does not match different quotes with a few shared words', () => {
    expect(
      match('All of my hair stood up, and it felt like someone hugging my soul', "I'm so fucking proud of you!"),
    ).toBeUndefined()
  })

})
