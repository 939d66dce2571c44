import type { CosmeticPair, WordComparison } from './compare-words.js'
import { code, type Finding } from './finding.js'

type FindingBase = Pick<Finding, 'source' | 'quote' | 'start' | 'end' | 'sources'>

/**
 * Info findings for words spelled differently in a quote (`after`) and in
 * what it is compared with (`before`, found in `where`): one for censored
 * spellings, one for typography, case, number format and words written as
 * one, as two or hyphenated, one for contractions.
 */
export function cosmeticFindings(comparison: Pick<WordComparison, 'cosmetic' | 'contractions' | 'compounds'>, base: FindingBase, where: string): Finding[] {
  const { cosmetic: pairs, contractions, compounds } = comparison
  const findings: Finding[] = []
  const censored = pairs.filter((pair) => pair.kind === 'censorship')
  const typographic = pairs.filter((pair) => pair.kind === 'typography')
  if (censored.length > 0) {
    const isCensoredHere = censored.some((pair) => pair.after.isCensored)
    findings.push({
      ...base,
      ruleId: 'quote-censored',
      reason: `Unexpected ${isCensoredHere ? 'censored' : 'uncensored'} ${spellings(censored, 'after')}, expected ${spellings(censored, 'before')} as in ${where}`,
      actual: texts(censored, 'after'),
      expected: [texts(censored, 'before')],
    })
  }
  // Words written apart or together (`work force` / `workforce`) are typography too, in the quote's order.
  const spelled = [...typographic.map((pair) => ({ before: pair.before.text, after: pair.after.text, at: pair.after.start })), ...compounds]
    .sort((one, other) => one.at - other.at)
  if (spelled.length > 0) {
    findings.push({
      ...base,
      ruleId: 'quote-typography',
      reason: `Unexpected ${spelled.map((pair) => code(pair.after)).join(', ')}, expected ${spelled.map((pair) => code(pair.before)).join(', ')} as in ${where}`,
      actual: spelled.map((pair) => pair.after).join(' '),
      expected: [spelled.map((pair) => pair.before).join(' ')],
    })
  }
  if (contractions.length > 0) {
    findings.push({
      ...base,
      ruleId: 'quote-contraction',
      reason: `Unexpected ${contractions.map((pair) => code(pair.after)).join(', ')}, expected ${contractions.map((pair) => code(pair.before)).join(', ')} as in ${where}`,
      actual: contractions.map((pair) => pair.after).join(' '),
      expected: [contractions.map((pair) => pair.before).join(' ')],
    })
  }
  return findings
}

function spellings(pairs: readonly CosmeticPair[], side: 'before' | 'after'): string {
  return pairs.map((pair) => code(pair[side].text)).join(', ')
}

function texts(pairs: readonly CosmeticPair[], side: 'before' | 'after'): string {
  return pairs.map((pair) => pair[side].text).join(' ')
}
