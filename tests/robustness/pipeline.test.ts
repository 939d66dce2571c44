import fc from 'fast-check'
import { describe, it } from 'vitest'
import { asProperty, properties } from './properties.js'

// A fixed seed keeps `npm test` repeatable; `npm run fuzz` draws a new one each run.
const seed = 20_240_601

describe('the whole engine on random input (fast-check)', () => {
  for (const property of properties) {
    it(property.name, async () => {
      await fc.assert(asProperty(property), { numRuns: property.testRuns, seed })
    })
  }
})
