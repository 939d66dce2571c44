import { readFileSync } from 'node:fs'
import { InputError } from '../cli.js'
import type { PairFile } from '../align/similarity-pairs.js'
import type { RegisterCommand } from './context.js'
import { visiblePath } from '../sources/printable.js'

/**
 * `crosscheck pairs FILE.tsv`: score sentence pairs in the MSRP layout and
 * print `id1<TAB>id2<TAB>score<TAB>same` per pair, by the sentence model
 * trained on MSRP (align/similarity.ts; claim grouping has its own rule, see
 * claim-rule.ts). IDF comes from all the sentences of the file.
 */
export const registerPairs: RegisterCommand = (program, { io }) => {
  program
    .command('pairs')
    .description('score sentence pairs (MSRP layout) and say which state the same claim')
    .argument('<file>', 'TSV: Quality, #1 ID, #2 ID, #1 String, #2 String, with a header line')
    .action(async (file: string) => {
      // The scorer loads the whole pipeline: only for this command.
      const { PairFileError, parsePairFile, scorePairs } = await import('../align/similarity-pairs.js')
      const text = readPairText(file)
      let parsed: PairFile
      try {
        parsed = parsePairFile(text)
      } catch (error) {
        if (error instanceof PairFileError) throw new InputError(`${file}: ${error.message}`)
        throw error
      }
      for (const problem of parsed.problems) io.stderr.write(`crosscheck: ${visiblePath(file)}:${problem.line}: ${problem.reason}; line skipped\n`)
      if (parsed.pairs.length === 0) throw new InputError(`${file}: no sentence pairs`)
      const lines = scorePairs(parsed.pairs).map(({ pair, result }) => `${pair.id1}\t${pair.id2}\t${result.score.toFixed(4)}\t${result.isSame ? 1 : 0}\n`)
      io.stdout.write(lines.join(''))
    })
}

function readPairText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, expected a TSV file' : 'cannot be read'}`)
  }
}
