import type { CosmeticPair } from './compare-words.js'
import { code, type Finding } from './finding.js'

type FindingBase = Pick<Finding, 'source' | 'quote' | 'start' | 'end' | 'sources'>

/**
 * Info findings for words spelled differently in a quote (`after`) and in
 * what it is compared with (`before`, found in `where`): one for censored
 * spellings, one for typography, case and number format.
 */
export function cosmeticFindings(pairs: readonly CosmeticPair[], base: FindingBase, where: string): Finding[] {
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
  if (typographic.length > 0) {
    findings.push({
      ...base,
      ruleId: 'quote-typography',
      reason: `Unexpected ${spellings(typographic, 'after')}, expected ${spellings(typographic, 'before')} as in ${where}`,
      actual: texts(typographic, 'after'),
      expected: [texts(typographic, 'before')],
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
