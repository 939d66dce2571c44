import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli.js'

async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] }
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk))
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk))
  const code = await run(argv, { stdout, stderr })
  return { code, stdout: Buffer.concat(chunks.stdout).toString(), stderr: Buffer.concat(chunks.stderr).toString() }
}

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
})
