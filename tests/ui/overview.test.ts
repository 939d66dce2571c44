import { describe, expect, it } from 'vitest'
import { formatOverview } from '../../src/ui/overview.js'
import { seedLikeAnalysis } from './fixture.js'

describe('the static overview', () => {
  it('counts what only one source reports as the report does: claims, then lone quotes', () => {
    const summary = formatOverview(seedLikeAnalysis).trim().split('\n').find((line) => line.includes('groups ('))
    expect(summary).toMatch(/, 3 unique claims, 2 lone quotes$/)
  })

  it('cuts each line to a terminal\'s width when given one, and keeps them whole for a pipe', () => {
    const lines = (width?: number) => formatOverview(seedLikeAnalysis, width).trimEnd().split('\n')
    expect(Math.max(...lines().map((line) => line.length))).toBeGreaterThan(60)
    expect(lines(60).every((line) => Array.from(line).length <= 60)).toBe(true)
    expect(lines(60).some((line) => line.endsWith('…'))).toBe(true)
    expect(lines(60)).toHaveLength(lines().length)
  })
})
