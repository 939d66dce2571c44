import { InputError } from '../cli.js'
import type { RegisterCommand } from './context.js'

// Placeholder: replaced by the issue that builds `crosscheck add`.
export const registerAdd: RegisterCommand = (program) => {
  program
    .command('add')
    .description('not available yet')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new InputError('add: not available yet')
    })
}
