import { describe, expect, it } from 'vitest'
import { compareProfiled, compareSentences, profileSentence, similarityModel, TermStatistics } from '../../src/align/similarity.js'
import { featureNames } from '../../src/align/similarity-features.js'
import { scoreFeatures } from '../../src/align/similarity-model.js'
import { termKey } from '../../src/align/similarity-terms.js'
import { foldOf, measure, trainModel } from '../../src/align/similarity-training.js'
import { tokensOf } from '../helpers/tokens.js'

// A small "article set": the pairs under test plus unrelated sentences, so
// that IDF tells rare words from common ones as it does in real use.
const sentences = {
  gagaLong: 'Lady Gaga reportedly turned to Bradley Cooper and said she was proud of him.',
  gagaShort: 'Then Gaga turned to Cooper and said she was so proud of him.',
  bridge: 'The mayor said that the bridge will be closed for the whole of the summer.',
  album: 'The singer said that the album was recorded in the spring of the year.',
  fire14: 'The fire destroyed 14,000 acres of forest near the town on Monday.',
  fire17: 'The fire destroyed 17,000 acres of forest near the town on Monday.',
  vigilFigures: 'More than 100 people attended the vigil outside the church.',
  vigilWords: 'More than a hundred people attended the vigil outside the church.',
  vigilOther: 'More than 300 people attended the vigil outside the church.',
  ceremony: 'The couple performed Shallow at the ceremony in Los Angeles.',
  robbery: 'Police arrested two men after the robbery at a jewellery store.',
}
const statistics = TermStatistics.fromSentences(Object.values(sentences).map(tokensOf))
const compare = (a: keyof typeof sentences, b: keyof typeof sentences) => compareSentences(tokensOf(sentences[a]), tokensOf(sentences[b]), statistics)

describe('TermStatistics', () => {
  it('weighs rare terms above common ones, on a 0..1 scale', () => {
    const fire = termKey(tokensOf('fire')[0])
    const vigil = termKey(tokensOf('vigil')[0])
    expect(statistics.documentCount).toBe(11)
    expect(statistics.idf(vigil)).toBeLessThan(statistics.idf(fire))
    expect(statistics.idf(termKey(tokensOf('the')[0]))).toBeLessThan(statistics.idf(vigil))
    expect(statistics.idf('never-seen')).toBe(1)
  })

  it('counts a term once per document', () => {
    const counted = TermStatistics.fromSentences([tokensOf('fire fire fire'), tokensOf('water')])
    expect(counted.idf(termKey(tokensOf('fire')[0]))).toBe(counted.idf(termKey(tokensOf('water')[0])))
  })
})

describe('compareSentences', () => {
  it('calls a reworded account of the same claim the same, naming the shared words rarest first', () => {
    const result = compare('gagaLong', 'gagaShort')
    expect(result.isSame).toBe(true)
    expect(result.score).toBeGreaterThan(0.8)
    expect(result.shared).toEqual(expect.arrayContaining(['gaga', 'turned', 'cooper', 'proud']))
    expect(result.numbersDisagree).toBe(false)
  })

  it('does not join sentences that share only function words', () => {
    const result = compare('bridge', 'album')
    expect(result.isSame).toBe(false)
    expect(result.score).toBeLessThan(0.5)
    expect(result.shared).toEqual([])
  })

  it('keeps unrelated sentences apart', () => {
    expect(compare('ceremony', 'robbery').isSame).toBe(false)
    expect(compare('fire14', 'vigilFigures').isSame).toBe(false)
  })

  it('lowers the score and flags numbers that disagree', () => {
    const same = compare('fire14', 'fire14')
    const different = compare('fire14', 'fire17')
    expect(same.numbersDisagree).toBe(false)
    expect(different.numbersDisagree).toBe(true)
    expect(different.score).toBeLessThan(same.score)
    expect(different.shared).not.toContain('14,000')
    expect(compare('vigilFigures', 'vigilOther').numbersDisagree).toBe(true)
  })

  it('agrees on 100 and a hundred', () => {
    const result = compare('vigilFigures', 'vigilWords')
    expect(result.numbersDisagree).toBe(false)
    expect(result.shared).toContain('100')
    expect(result.score).toBeCloseTo(compare('vigilFigures', 'vigilFigures').score, 6)
    expect(result.score).toBeGreaterThan(compare('vigilFigures', 'vigilOther').score)
  })

  it('gives the same result from profiles as from tokens', () => {
    const a = tokensOf(sentences.gagaLong)
    const b = tokensOf(sentences.gagaShort)
    expect(compareProfiled(profileSentence(a, statistics), profileSentence(b, statistics))).toEqual(compareSentences(a, b, statistics))
  })

  it('ships weights for the current features', () => {
    expect(similarityModel.features).toEqual([...featureNames])
    expect(similarityModel.weights).toHaveLength(similarityModel.means.length)
    expect(similarityModel.threshold).toBeGreaterThan(0)
    expect(similarityModel.threshold).toBeLessThan(1)
  })
})

describe('training', () => {
  it('learns a rule that separates labelled examples and picks its threshold', () => {
    const examples = Array.from({ length: 200 }, (_, index) => {
      const overlap = (index % 100) / 100
      return { features: [overlap, (index * 7) % 13], isSame: overlap > 0.6 }
    })
    const model = trainModel(['overlap', 'noise'], examples, { interactions: false })
    expect(Math.abs(model.weights[0])).toBeGreaterThan(Math.abs(model.weights[1]))
    expect(model.weights[0]).toBeGreaterThan(0)
    const scored = examples.map((example) => scoreFeatures(model, example.features) >= model.threshold)
    expect(measure(scored, examples.map((example) => example.isSame)).accuracy).toBeGreaterThan(97)
  })

  it('measures accuracy and F1 in percent', () => {
    expect(measure([true, true, false, false], [true, false, true, false])).toEqual({ accuracy: 50, f1: 50, precision: 50, recall: 50 })
    expect(measure([true, true], [true, true]).f1).toBe(100)
  })

  it('splits folds deterministically and evenly', () => {
    const counts = new Array(10).fill(0)
    for (let index = 0; index < 4076; index++) counts[foldOf(index, 10)]++
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
    expect(foldOf(23, 10)).toBe(foldOf(23, 10))
  })
})
