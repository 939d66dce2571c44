/**
 * Catastrophic backtracking, measured: every regular-expression literal
 * under src/ runs over long runs of one character (spaces, marks, letters,
 * quotes, ...) ended by a character that may make it fail, at two lengths.
 * A linear expression takes about 4 times as long on 4 times the input; one
 * that retries a run from every position (`[^a]+$`, `\s+x`) takes 16 times.
 * Expressions built at run time (`new RegExp(...)`) are listed for review by
 * eye: their shape depends on the data.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export interface RegexFinding {
  /** `src/file.ts:line` */
  place: string
  source: string
  /** Time on the longer input over time on the shorter one (4 times the length). */
  ratio: number
  milliseconds: number
  input: string
}

export interface RegexReview {
  literals: number
  /** `new RegExp(...)` calls, by place: reviewed by eye. */
  constructed: string[]
  superLinear: RegexFinding[]
}

const units = [' ', '\t', '\n', 'a', 'A', '1', '.', ',', '-', '*', '"', "'", '\u2019', '\u201D', ':', '(', '<', '!', '\u00A0', '\u00E9', 'by ', 'a.', '. ', ' \n']
const endings = ['', 'x', '!', '\u0001']
const shortLength = 4_000
const longLength = 16_000
/** Below this, timings are noise. */
const minMilliseconds = 5
/** Linear is 4, quadratic 16. */
const maxRatio = 8

export function reviewRegularExpressions(sourceRoot: string): RegexReview {
  const literals: Array<{ place: string; expression: RegExp }> = []
  const constructed: string[] = []
  for (const file of typeScriptFiles(sourceRoot)) {
    const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const place = (node: ts.Node) => `${path.relative(path.dirname(sourceRoot), file)}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText()
        const flagsAt = text.lastIndexOf('/')
        literals.push({ place: place(node), expression: new RegExp(text.slice(1, flagsAt), text.slice(flagsAt + 1)) })
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
        constructed.push(place(node))
      }
      ts.forEachChild(node, visit)
    }
    visit(tree)
  }
  const superLinear = literals.map(({ place, expression }) => worstCase(place, expression)).filter((finding): finding is RegexFinding => finding !== undefined)
  return { literals: literals.length, constructed, superLinear }
}

/** The input on which `expression` grows fastest, when it grows faster than linear. */
function worstCase(place: string, expression: RegExp): RegexFinding | undefined {
  let worst: RegexFinding | undefined
  for (const unit of units) {
    for (const ending of endings) {
      const input = (length: number) => unit.repeat(Math.ceil(length / unit.length)) + ending
      const short = input(shortLength)
      const long = input(longLength)
      const longTime = timeMatch(expression, long)
      if (longTime < minMilliseconds) continue
      // Confirm with the best of a few runs: one slow run may be a collection pause.
      const shortTime = Math.min(timeMatch(expression, short), timeMatch(expression, short), timeMatch(expression, short))
      const bestLong = Math.min(longTime, timeMatch(expression, long))
      const ratio = bestLong / Math.max(shortTime, 0.01)
      if (bestLong >= minMilliseconds && ratio > maxRatio && (!worst || ratio > worst.ratio)) {
        worst = { place, source: String(expression), ratio, milliseconds: bestLong, input: `${JSON.stringify(unit)} x ${longLength / unit.length} + ${JSON.stringify(ending)}` }
      }
    }
  }
  return worst
}

/** How the code uses an expression: a global one scans the whole input (replace), another finds its first match. */
function timeMatch(expression: RegExp, input: string): number {
  const start = performance.now()
  if (expression.global) input.replace(expression, '')
  else expression.exec(input)
  return performance.now() - start
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) return typeScriptFiles(full)
      return /\.tsx?$/.test(entry.name) ? [full] : []
    })
    .sort()
}
