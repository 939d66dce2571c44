import type { Command } from 'commander'
import type { CliIo } from '../cli.js'

/** What every command gets: where to write and how to set the exit code. */
export interface CommandContext {
  io: CliIo
  setExitCode: (code: number) => void
}

export type RegisterCommand = (program: Command, context: CommandContext) => void

export const defaultPaths = ['sources']
