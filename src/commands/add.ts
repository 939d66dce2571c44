import { InputError } from '../cli.js'
import type { RegisterCommand } from './context.js'
import { visiblePath } from '../sources/printable.js'

export const registerAdd: RegisterCommand = (program, { io }) => {
  program
    .command('add')
    .description('import an article (saved .html page, .md or .txt file, or http(s) URL) as Markdown with front matter')
    .argument('<url-or-file>', 'an http(s) URL or a saved page or article file')
    .option('--to <dir>', 'folder to write the Markdown file to', 'sources')
    .action(async (input: string, options: { to: string }) => {
      // The importer (HTML reader view, fetch) loads only for this command.
      const { AddError, addArticle } = await import('../sources/add.js')
      try {
        const { file, isNew, createdFolder, article } = await addArticle(input, { to: options.to })
        if (article.problem !== undefined) io.stderr.write(`crosscheck: ${visiblePath(input)}: ${article.problem}\n`)
        if (!isNew) io.stderr.write(`crosscheck: ${visiblePath(input)}: already added as ${file}; not added again\n`)
        if (createdFolder) io.stderr.write(`crosscheck: created the folder ${visiblePath(createdFolder)}\n`)
        io.stdout.write(`${file}\n`)
      } catch (error) {
        if (error instanceof AddError) throw new InputError(error.message)
        throw error
      }
    })
}
