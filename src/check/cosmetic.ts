import type { CosmeticPair, WordComparison } from './compare-words.js'
import { code, type Finding } from './finding.js'

type FindingBase = Pick<Finding, 'source' | 'quote' | 'start' | 'end' | 'sources'>

/** Two spellings as printed: in what the quote is compared with (`before`) and in the quote (`after`). */
interface Spelling {
  before: string
  after: string
}

/**
 * Info findings for words spelled differently in a quote (`after`) and in
 * what it is compared with (`before`, found in `where`): one for censored
 * spellings, one for typography, case, number format and words written as
 * one, as two or hyphenated, one for contractions.
 */
export function cosmeticFindings(comparison: Pick<WordComparison, 'cosmetic' | 'contractions' | 'compounds'>, base: FindingBase, where: string): Finding[] {
  const { cosmetic: pairs, contractions, compounds } = comparison
  const asPrinted = (pair: CosmeticPair) => ({ before: pair.before.text, after: pair.after.text, at: pair.after.start })
  const censored = pairs.filter((pair) => pair.kind === 'censorship')
  const isCensoredHere = censored.some((pair) => pair.after.isCensored)
  // Words written apart or together (`work force` / `workforce`) are typography too, in the quote's order.
  const spelled = [...pairs.filter((pair) => pair.kind === 'typography').map(asPrinted), ...compounds].sort((one, other) => one.at - other.at)
  const spellingFinding = (ruleId: Finding['ruleId'], spellings: readonly Spelling[], adjective = ''): Finding[] =>
    spellings.length === 0
      ? []
      : [{
          ...base,
          ruleId,
          reason: `Unexpected ${adjective}${spellings.map((pair) => code(pair.after)).join(', ')}, expected ${spellings.map((pair) => code(pair.before)).join(', ')} as in ${where}`,
          actual: spellings.map((pair) => pair.after).join(' '),
          expected: [spellings.map((pair) => pair.before).join(' ')],
        }]
  return [
    ...spellingFinding('quote-censored', censored.map(asPrinted), isCensoredHere ? 'censored ' : 'uncensored '),
    ...spellingFinding('quote-typography', spelled),
    ...spellingFinding('quote-contraction', contractions),
  ]
}
