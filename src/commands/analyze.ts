import { analyzeOrFail } from '../cli.js'
import { defaultPaths, type RegisterCommand } from './context.js'

export const registerAnalyze: RegisterCommand = (program, { io }) => {
  program
    .command('analyze')
    .description('print the whole analysis as JSON on stdout')
    .argument('[paths...]', 'article files or folders', defaultPaths)
    .option('--json', 'JSON output (the only format; accepted for scripts)')
    .action(async (paths: string[]) => {
      const result = await analyzeOrFail(paths, io, { printsJson: true })
      // Piece by piece: thousands of articles make tens of megabytes of JSON, never held as one string.
      result.printJson((chunk) => io.stdout.write(chunk))
      io.stdout.write('\n')
    })
}
