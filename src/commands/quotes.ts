import { InputError } from '../cli.js'
import type { RegisterCommand } from './context.js'

// Placeholder: replaced by the issue that builds `crosscheck quotes`.
export const registerQuotes: RegisterCommand = (program) => {
  program
    .command('quotes')
    .description('not available yet')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new InputError('quotes: not available yet')
    })
}
