import { analyzeOrFail } from '../cli.js'
import { defaultPaths, type RegisterCommand } from './context.js'
import { writeJson } from '../write-json.js'

export const registerAnalyze: RegisterCommand = (program, { io }) => {
  program
    .command('analyze')
    .description('print the whole analysis as JSON on stdout')
    .argument('[paths...]', 'article files or folders', defaultPaths)
    .option('--json', 'JSON output (the only format; accepted for scripts)')
    .action(async (paths: string[]) => {
      const result = await analyzeOrFail(paths, io)
      // Piece by piece: thousands of articles make tens of megabytes of JSON, never held as one string.
      writeJson(result.analysis, (chunk) => io.stdout.write(chunk))
      io.stdout.write('\n')
    })
}
