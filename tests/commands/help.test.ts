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

  it('takes a first word that names no file but reads as a command misspelt for that command: exit 2, never a run', async () => {
    expect(await runCli(['quote', 'sources'])).toEqual({ code: 2, stdout: '', stderr: 'crosscheck: unknown command "quote" (did you mean quotes?)\n' })
    expect((await runCli(['analyse', 'sources', '--json'])).stderr).toBe('crosscheck: unknown command "analyse" (did you mean analyze?)\n')
    expect((await runCli(['Report', 'sources'])).stderr).toBe('crosscheck: unknown command "Report" (did you mean report?)\n')
    // After a global option too; and a folder two letters from a short command's name is a folder (`pages`, not `pairs`).
    expect((await runCli(['--no-cache', 'quote', 'sources'])).stderr).toBe('crosscheck: unknown command "quote" (did you mean quotes?)\n')
    expect((await runCli(['pages'])).stderr).toBe('crosscheck: pages: no such file or folder\n')
    // A word far from every command is a path, missing or not; so is a name with an extension or a folder in it.
    expect((await runCli(['sourcse'])).stderr).toBe('crosscheck: sourcse: no such file or folder\n')
    expect((await runCli(['quote.md'])).stderr).toBe('crosscheck: quote.md: no such file or folder\n')
  })

  it('names the commands there are when asked for one there is not', async () => {
    expect(await runCli(['help', 'nosuch'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'crosscheck: help: no command "nosuch" (the commands: analyze, report, quotes, add, pairs)\n',
    })
  })
})
