import os from 'node:os'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 20_000,
    // Tests (and the CLI they spawn) keep their analysis cache out of the user's ~/.cache.
    env: { CROSSCHECK_CACHE_DIR: path.join(os.tmpdir(), 'crosscheck-test-cache') },
  },
})
