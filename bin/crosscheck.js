#!/usr/bin/env node
import { run, tuneEngineForOneRun } from '../dist/cli.js'

tuneEngineForOneRun()

// A reader that stops early (`crosscheck analyze --json | head`) closes the pipe: stop quietly, output is its choice.
// Any other failure to write (a full disk) is no finding of the quote check: one line, exit 2.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  process.stderr.write(`crosscheck: cannot write the output (${String(error.message).split(',')[0]})\n`)
  process.exit(2)
})

process.exitCode = await run(process.argv.slice(2))
