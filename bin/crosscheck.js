#!/usr/bin/env node
import { exitCodeOfRun, run, tuneEngineForOneRun } from '../dist/cli.js'

tuneEngineForOneRun()

// A reader that stops early (`crosscheck analyze --json | head`) closes the pipe: stop quietly, output is its choice,
// with the exit code the run has set (`crosscheck quotes | head -1` still exits 1 on findings).
// Any other failure to write (a full disk) is no finding of the quote check: one line, exit 2.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(exitCodeOfRun())
  process.stderr.write(`crosscheck: cannot write the output (${String(error.message).split(',')[0]})\n`)
  process.exit(2)
})

process.exitCode = await run(process.argv.slice(2))
