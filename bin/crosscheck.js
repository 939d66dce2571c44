#!/usr/bin/env node
import { run, tuneEngineForOneRun } from '../dist/cli.js'

tuneEngineForOneRun()

// A reader that stops early (`crosscheck analyze --json | head`) closes the pipe: stop quietly, output is its choice.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await run(process.argv.slice(2))
