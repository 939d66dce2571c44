import { analyzeOrFail } from '../cli.js'
import { defaultPaths, type RegisterCommand } from './context.js'

export const registerAnalyze: RegisterCommand = (program, { io }) => {
  program
    .command('analyze')
    .description('print the whole analysis as JSON on stdout')
    .argument('[paths...]', 'article files or folders', defaultPaths)
    .option('--json', 'JSON output (the only format; accepted for scripts)')
    .action(async (paths: string[]) => {
      const result = await analyzeOrFail(paths, io)
      io.stdout.write(JSON.stringify(result.analysis, null, 2) + '\n')
    })
}
