import { describe, expect, it } from 'vitest'
import { compareWords, wordedText } from '../../src/check/compare-words.js'

function compare(before: string, after: string) {
  const comparison = compareWords(wordedText(before), wordedText(after))
  return {
    shape: comparison.shape,
    hasElision: comparison.hasElision,
    regions: comparison.regions,
    cosmetic: comparison.cosmetic.map((pair) => `${pair.kind}: ${pair.before.text} / ${pair.after.text}`),
  }
}

describe('compareWords', () => {
  it('sees censored and typographic spellings of the same words as cosmetic pairs', () => {
    expect(compare('I’m so fucking proud of you!', "I'm so f*cking proud of you!")).toEqual({
      shape: 'same',
      hasElision: false,
      regions: [],
      cosmetic: ["typography: I’m / I'm", 'censorship: fucking / f*cking'],
    })
  })

  it('sees a number format and a placeholder for a profanity as cosmetic too', () => {
    expect(compare('There can be 100 people', 'There can be a hundred people').cosmetic).toEqual(['typography: 100 / a hundred'])
    expect(compare('so (expletive) proud', 'so fucking proud').cosmetic).toEqual(['censorship: expletive / fucking'])
  })

  it('sees a percent sign spelled out on one side as a spelling, not a rewording', () => {
    const spelled = (before: string, after: string) => {
      const comparison = compareWords(wordedText(before), wordedText(after))
      return [comparison.shape, comparison.compounds.map((spelling) => `${spelling.before} / ${spelling.after}`)]
    }
    expect(spelled('Unemployment is at 5 percent and falling', 'Unemployment is at 5% and falling')).toEqual(['same', ['5 percent / 5%']])
    expect(spelled('It rose 5.4% this year', 'It rose 5.4 per cent this year')).toEqual(['same', ['5.4% / 5.4 per cent']])
    // Not another figure, nor the word without a sign on the other side.
    expect(spelled('Unemployment is at 5 percent and falling', 'Unemployment is at 6% and falling')[0]).toBe('reworded')
    expect(spelled('Unemployment is at 5 percent and falling', 'Unemployment is at 5 and falling')[0]).toBe('reworded')
  })

  it.each([
    ['cut at the edges', 'I am so proud of you and of everyone here', 'so proud of you', 'cut', false],
    ['cut behind an ellipsis', 'I am so proud of you and of everyone here', 'I am so proud . . . of everyone here', 'cut', true],
    ['cut behind a single-character ellipsis', 'I am so proud of you and of everyone here', 'I am so proud … everyone here', 'cut', true],
    ['silent cut in the middle', 'I am so proud of you and of everyone here', 'I am so proud of everyone here', 'reworded', false],
    ['words added at the edges', 'so proud of you', 'I am so proud of you', 'extended', false],
    ['words replaced', 'I am so proud of you', 'I am incredibly proud of all of you', 'reworded', false],
    ['words replaced at an edge', 'love you all', 'adore you all', 'reworded', false],
    ['two stretches of one remark, overlapping', 'I will always speak truth to power', 'will always speak truth to power. #unapologeticallyMe', 'overlap', false],
    ['an overlap too short to be one remark', 'we will win it', 'will win it again', 'reworded', false],
    ['an overlap with a word changed inside', 'I will always speak truth to power', 'will always tell truth to power. #unapologeticallyMe', 'reworded', false],
    ['an overlap that leaves out a negation next to the shared words', 'We are not going to raise taxes on working families,', 'going to raise taxes on working families this year.', 'reworded', false],
    ['overlapping stretches, one cut behind an ellipsis', 'However, we would be proud … if we did not lose the vote of the city', 'We would be proud of you and of the team if we did not lose the vote', 'overlap', true],
    ['an overlap with a negation cut behind the ellipsis', 'Frankly, we will … raise taxes on working families in this state.', 'We will never raise taxes on working families in this state this year.', 'reworded', false],
    ['an overlap with a cut no ellipsis marks', 'However, we would be proud if we did not lose the vote of the city', 'We would be proud of you and of the team if we did not lose the vote', 'reworded', false],
    ['an overlap with a word for a word behind an ellipsis', 'However, we would be glad … if we did not lose the vote of the city', 'We would be proud of you and of the team if we did not lose the vote', 'reworded', false],
    ['an overlap with a negation at an end only one side has', 'We are not going to raise … taxes on working families this year', 'going to raise all the taxes on working families', 'reworded', false],
    ['an overlap with a negation in a sentence of its own past them', 'I was surprised, but in any event we will fight on for the riders of this city,', 'But in any event, we will fight on for the riders of this city. I do not like that vote,', 'overlap', false],
  ])('%s', (_, before, after, shape, hasElision) => {
    expect(compare(before, after)).toMatchObject({ shape, hasElision })
  })

  it('shows the changed stretch on both sides as printed', () => {
    expect(compare('I am so proud of you', 'I am incredibly proud of all of you').regions).toEqual([
      { before: 'so', after: 'incredibly' },
      { before: 'of you', after: 'of all of you' },
    ])
    // Each change between kept words is one stretch: a long quote with two edits shows the two, not all between.
    expect(compare('We have learned something important since the days that I served in Vietnam, and you exemplify it', 'We have learned something very important since the days that I served in Vietnam, and you show it').regions).toEqual([
      { before: 'something important', after: 'something very important' },
      { before: 'exemplify', after: 'show' },
    ])
  })

  it('shows a changed count with the word a hyphen joins it to', () => {
    expect(compare('We arrested a 22-year-old man', 'We arrested a 23-year-old man').regions).toEqual([{ before: '22-year-old', after: '23-year-old' }])
    expect(compare('The court ruled 5-4 on it', 'The court ruled 6-3 on it').regions).toEqual([{ before: '5-4', after: '6-3' }])
  })

  it('adds a word of context on each side of a pure insertion or deletion', () => {
    expect(compare('We rehearsed for weeks.', 'We rehearsed for many weeks.').regions).toEqual([{ before: 'for weeks', after: 'for many weeks' }])
  })
})
