/**
 * Where the evaluation data lives: $CROSSCHECK_DATA, else ../shared/data next
 * to the repository. Scripts and benchmarks read it there and never copy it in.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// (An empty value is no folder: the default, as when unset.)
export const dataFolder = path.resolve(process.env.CROSSCHECK_DATA || path.join(repoRoot, '../shared/data'))
