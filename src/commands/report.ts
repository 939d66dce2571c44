import { analyzeOrFail, InputError } from '../cli.js'
import { defaultPaths, type RegisterCommand } from './context.js'
import { visiblePath } from '../sources/printable.js'
import { leftOutFiles } from '../sources/problems.js'

interface ReportCommandOptions {
  output?: string
  name?: string
}

export const registerReport: RegisterCommand = (program, { io }) => {
  program
    .command('report')
    .description('write a Markdown report of the comparison and print its path')
    .argument('[paths...]', 'article files or folders', defaultPaths)
    .option('-o, --output <file>', 'write to FILE instead of reports/<name>.md; - writes to stdout')
    .option('--name <name>', "report name (default: the input folder's or file's name; for several, the folder holding them)")
    .action(async (paths: string[], options: ReportCommandOptions) => {
      const result = await analyzeOrFail(paths, io)
      const { analysis } = result
      const leftOut = leftOutFiles(result)
      // The report modules (remark-stringify) load only for this command.
      const [{ renderReport }, { reportName, ReportWriteError, writeReport }] = await Promise.all([import('../report/build.js'), import('../report/write.js')])
      const name = options.name ?? reportName(paths)
      if (options.output === '-') {
        io.stdout.write(renderReport(analysis, { name, leftOut }))
        return
      }
      try {
        // (The default folder, reports/, is made without a word.)
        const onCreatedFolder = options.output === undefined ? undefined : (folder: string) => io.stderr.write(`crosscheck: created the folder ${visiblePath(folder)}\n`)
        io.stdout.write(`${await writeReport(analysis, { output: options.output, name, leftOut, onCreatedFolder })}\n`)
      } catch (error) {
        if (error instanceof ReportWriteError) throw new InputError(error.message)
        throw error
      }
    })
}
