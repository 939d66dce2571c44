import { InputError } from '../cli.js'
import type { RegisterCommand } from './context.js'

// Placeholder: replaced by the issue that builds `crosscheck report`.
export const registerReport: RegisterCommand = (program) => {
  program
    .command('report')
    .description('not available yet')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new InputError('report: not available yet')
    })
}
