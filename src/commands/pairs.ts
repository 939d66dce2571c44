import { InputError } from '../cli.js'
import type { RegisterCommand } from './context.js'

// Placeholder: replaced by the issue that builds `crosscheck pairs`.
export const registerPairs: RegisterCommand = (program) => {
  program
    .command('pairs')
    .description('not available yet')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new InputError('pairs: not available yet')
    })
}
