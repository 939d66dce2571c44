import { describe, expect, it } from 'vitest'
import { formatOverview } from '../../src/ui/overview.js'
import { seedLikeAnalysis } from './fixture.js'

describe('the static overview', () => {
  it('counts what only one source reports as the report does: claims, then lone quotes', () => {
    const summary = formatOverview(seedLikeAnalysis).trim().split('\n').find((line) => line.includes('groups ('))
    expect(summary).toMatch(/, 3 unique claims, 2 lone quotes$/)
  })
})
