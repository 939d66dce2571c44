import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

describe('crosscheck help', () => {
  it('prints the help for the program, or for the command named, and each command lists the options all take', async () => {
    const program = await runCli(['help'])
    expect(program.code).toBe(0)
    expect(program.stdout).toMatch(/^Usage: crosscheck \[options\] \[command\] \[paths\.\.\.\]\n/)
    expect(program.stdout).toContain('help [command]')
    const quotes = await runCli(['help', 'quotes'])
    expect(quotes.code).toBe(0)
    expect(quotes.stdout).toMatch(/^Usage: crosscheck quotes \[options\] \[paths\.\.\.\]\n/)
    expect(quotes.stdout).toMatch(/Global Options:\n[^]*--no-cache/)
    expect((await runCli(['report', '--help'])).stdout).toMatch(/Global Options:\n[^]*--no-cache/)
  })

  it('names the commands there are when asked for one there is not', async () => {
    expect(await runCli(['help', 'nosuch'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'crosscheck: help: no command "nosuch" (the commands: analyze, report, quotes, add, pairs)\n',
    })
  })
})
