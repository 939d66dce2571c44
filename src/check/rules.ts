/**
 * The rules of `crosscheck quotes`: every message carries one of these ids,
 * its severity and a link to the rule's section of the README.
 */

export type Severity = 'error' | 'warning' | 'info'

export interface Rule {
  id: string
  severity: Severity
  /** One line for the README's rules table and `--help`. */
  description: string
}

export const rules = [
  {
    id: 'quote-speaker-conflict',
    severity: 'error',
    description: 'the same quote is attributed to different speakers in different sources',
  },
  {
    id: 'quote-wording-conflict',
    severity: 'error',
    description: 'words of the quote are added, dropped or changed (beyond a clean cut or spelling) against another source or the primary',
  },
  {
    id: 'quote-misattributed-report',
    severity: 'error',
    description: 'a source credits a report that is among the inputs, but that report has the quote in other words or from another speaker',
  },
  {
    id: 'quote-not-in-cited-report',
    severity: 'warning',
    description: 'a source credits a report that is among the inputs, which does not hold the quote (it may come from another of that outlet\'s reports)',
  },
  {
    id: 'quote-not-in-primary',
    severity: 'warning',
    description: 'a quote given to the primary source\'s speaker cannot be found in it (said elsewhere, or made up)',
  },
  {
    id: 'quote-speaker-differs-from-primary',
    severity: 'error',
    description: 'the primary source names another speaker for these words',
  },
  {
    id: 'quote-trimmed',
    severity: 'warning',
    description: 'a shorter cut of a quote another source (or the primary) gives in full, or words left out behind an ellipsis',
  },
  {
    id: 'quote-context-differs',
    severity: 'warning',
    description: 'same words, different circumstances: reporting verb, cited report, to whom or when',
  },
  {
    id: 'quote-censored',
    severity: 'info',
    description: 'a word is censored (`f*cking`) in one source and spelled out in another',
  },
  {
    id: 'quote-typography',
    severity: 'info',
    description: 'the quote differs only in typography, letter case or number format (`I’m` / `I\'m`, `100` / `a hundred`, `5 percent` / `5%`)',
  },
  {
    id: 'quote-contraction',
    severity: 'info',
    description: 'words of the quote are contracted in one source and spelled out in another (`we\'ll` / `we will`, `isn\'t` / `is not`)',
  },
] as const satisfies readonly Rule[]

export type RuleId = (typeof rules)[number]['id']

const severities = new Map<string, Severity>(rules.map((rule) => [rule.id, rule.severity]))

export function severityOf(ruleId: RuleId): Severity {
  return severities.get(ruleId)!
}

/** Anchor of the rule's row in the README's rules table. */
export function ruleUrl(ruleId: RuleId): string {
  return `https://github.com/crosscheck/crosscheck#${ruleId}`
}
