import { expect, test } from 'vitest'
import { diffAgainstReference } from '../../src/ui/word-diff.js'

test('marks words spelled differently, whole', () => {
  expect(diffAgainstReference('I’m so fucking proud of you!', "I'm so f*cking proud of you!")).toEqual([
    { text: "I'm", change: 'changed' },
    { text: 'so', change: 'same' },
    { text: 'f*cking', change: 'changed' },
    { text: 'proud of you!', change: 'same' },
  ])
})

test('added and left-out words', () => {
  expect(diffAgainstReference('There can be 100 people in a room', 'There can be 100 people')).toEqual([
    { text: 'There can be 100 people', change: 'same' },
    { text: 'in a room', change: 'removed' },
  ])
  expect(diffAgainstReference('Did I nail it?', 'Did I really nail it?')).toEqual([
    { text: 'Did I', change: 'same' },
    { text: 'really', change: 'added' },
    { text: 'nail it?', change: 'same' },
  ])
  expect(diffAgainstReference('Did I nail it?', 'Did I nail it?')).toEqual([{ text: 'Did I nail it?', change: 'same' }])
})

test('lines words up by their folded form, and marks the spelling that differs', () => {
  // Matched as printed, `dress` found no partner in `Dress` and `like` met the wrong `like`.
  expect(
    diffAgainstReference(
      'dress like you deserve respect, not a spot at a bar,',
      'Rise to the occasion. Act like being in the White House matters to you. Dress like you deserve respect, not a spot at a bar.',
    ),
  ).toEqual([
    { text: 'Rise to the occasion. Act like being in the White House matters to you.', change: 'added' },
    { text: 'Dress', change: 'changed' },
    { text: 'like you deserve respect, not a spot at a', change: 'same' },
    { text: 'bar.', change: 'changed' },
  ])
})
