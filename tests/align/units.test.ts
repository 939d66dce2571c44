import { describe, expect, it } from 'vitest'
import { claimUnits, tokensInSpan } from '../../src/align/units.js'
import { processText } from '../../src/pipeline/index.js'

function unitsOf(body: string) {
  return claimUnits('a', body, processText(body).sentences)
}

describe('claimUnits', () => {
  it('keeps a plain sentence whole', () => {
    const body = 'Gaga and Cooper returned to their seats after the show.'
    expect(unitsOf(body).map((unit) => unit.text)).toEqual(['Gaga and Cooper returned to their seats after the show'])
  })

  it('sets off parentheses, semicolons and dashes as claims of their own', () => {
    const body =
      'Their duet was gorgeous, just like the one in the film (which has 325 million views on YouTube since it came out in the fall) and the number in Las Vegas. ' +
      'The pair sang one song; the crowd wanted another one.'
    expect(unitsOf(body).map((unit) => unit.text)).toEqual([
      'Their duet was gorgeous, just like the one in the film',
      'which has 325 million views on YouTube since it came out in the fall',
      'and the number in Las Vegas',
      'The pair sang one song',
      'the crowd wanted another one',
    ])
  })

  it('takes in the signs of a figure at its edges, which are no words to the parser', () => {
    const body = '$3 billion will go to the states. Prices rose by 5%. The low on Tuesday was this: -5 was a record.'
    expect(unitsOf(body).map((unit) => unit.text)).toEqual(['$3 billion will go to the states', 'Prices rose by 5%', 'The low on Tuesday was this', '-5 was a record'])
    // The hyphen of a range is no sign.
    expect(unitsOf('Scores were 3-5 at the half.').map((unit) => unit.text)).toEqual(['Scores were 3-5 at the half'])
  })

  it('keeps a clock time whole: its colon sets off nothing', () => {
    const body = 'The last plane lifted off at 3:29 p.m. on Monday, officials said: the airport is closed.'
    expect(unitsOf(body).map((unit) => unit.text)).toEqual(['The last plane lifted off at 3:29 p.m. on Monday, officials said', 'the airport is closed'])
  })

  it('takes in the quote mark that pairs one inside the unit, and keeps offsets on the text', () => {
    const body = 'Some prose here about the event. "Hello there, everyone," said John Smith. She said it was “a fine day for a walk by the river.”'
    const units = unitsOf(body)
    expect(units.map((unit) => unit.text)).toEqual([
      'Some prose here about the event',
      '"Hello there, everyone," said John Smith',
      'She said it was “a fine day for a walk by the river.”',
    ])
    for (const unit of units) expect(body.slice(unit.start, unit.end)).toBe(unit.text)
  })

  it('reads on past a short parenthesis: the clause goes on after it', () => {
    const body = 'Pelosi defeated her lone challenger, Rep. Tim Ryan (Ohio), by a vote of 134 to 63. The win was clear, and it (barely) cleared the two-thirds bar that the rules set.'
    expect(unitsOf(body).map((unit) => unit.text)).toEqual([
      'Pelosi defeated her lone challenger, Rep. Tim Ryan (Ohio), by a vote of 134 to 63',
      'The win was clear, and it (barely) cleared the two-thirds bar that the rules set',
    ])
    // An outside review found `2021 to more than 1 million` in no list: a fragment too short to be a claim.
    expect(unitsOf('Arrests rose again in June, bringing the total in fiscal year (FY) 2021 to more than 1 million.').map((unit) => unit.text)).toEqual([
      'Arrests rose again in June, bringing the total in fiscal year (FY) 2021 to more than 1 million',
    ])
  })

  it('takes in the bracket that closes a short parenthesis that ends a sentence', () => {
    expect(unitsOf('Pelosi defeated her lone challenger, Rep. Tim Ryan (Ohio).').map((unit) => unit.text)).toEqual(['Pelosi defeated her lone challenger, Rep. Tim Ryan (Ohio)'])
  })

  it('reads on past a short aside in dashes too, but keeps a long aside a claim of its own', () => {
    expect(unitsOf('Continuing claims — which are reported a week late — fell to 3,655,000, a decrease of 45,000.').map((unit) => unit.text)).toEqual([
      'Continuing claims — which are reported a week late — fell to 3,655,000, a decrease of 45,000',
    ])
    // An aside in several pieces is counted whole, and folded back whole when short (a second review, helper-58).
    expect(unitsOf('The city plan (approved in March; vetoed later) will cost twelve million dollars next year.').map((unit) => unit.text)).toEqual([
      'The city plan (approved in March; vetoed later) will cost twelve million dollars next year',
    ])
    expect(unitsOf('The city council plan (which the members approved in March; the mayor vetoed it later) will cost the city twelve million dollars.')).toHaveLength(4)
    // A dateline's dash opens no aside; a range's dash is no boundary.
    expect(unitsOf('WASHINGTON — Leaders met after a White House meeting — the first in 22 days — and could not agree.').map((unit) => unit.text)).toEqual([
      'WASHINGTON — Leaders met after a White House meeting — the first in 22 days — and could not agree',
    ])
    expect(unitsOf('Prices rose sharply in 2010–2015 in the region, the report said — a rise the agency blamed on fuel.').map((unit) => unit.text)).toEqual([
      'Prices rose sharply in 2010–2015 in the region, the report said',
      'a rise the agency blamed on fuel',
    ])
    // One dash sets off what follows; it closes no aside.
    expect(unitsOf('The council approved the plan — the mayor signed it on Monday.').map((unit) => unit.text)).toEqual(['The council approved the plan', 'the mayor signed it on Monday'])
    const body = 'The council approved the plan (which had been debated for more than three years in two committees of the city) and the mayor signed it.'
    expect(unitsOf(body).map((unit) => unit.text)).toEqual([
      'The council approved the plan',
      'which had been debated for more than three years in two committees of the city',
      'and the mayor signed it',
    ])
  })

  it('joins a clause too short to stand alone to its neighbour', () => {
    const body = 'He said: yes, that is what happened at the hearing.'
    expect(unitsOf(body)).toHaveLength(1)
  })

  it('gives offsets into the body', () => {
    const body = 'First paragraph here.\n\nThe second one (with an aside in it) ends here.'
    for (const unit of unitsOf(body)) expect(body.slice(unit.start, unit.end)).toBe(unit.text)
  })
})

describe('tokensInSpan', () => {
  it('returns the tokens inside a stretch of the body', () => {
    const body = 'Gaga asked the crowd, "Did I nail it?" Then she left.'
    const start = body.indexOf('Did')
    const tokens = tokensInSpan(processText(body).sentences, start, body.indexOf('?') + 1)
    expect(tokens.map((token) => token.text)).toEqual(['Did', 'I', 'nail', 'it'])
  })
})
