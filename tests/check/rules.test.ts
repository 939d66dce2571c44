import { describe, expect, it } from 'vitest'
import { ruleUrl, rules, severityOf } from '../../src/check/rules.js'

describe('rules', () => {
  it('are exported with the check from the index', async () => {
    expect(Object.keys(await import('../../src/check/index.js')).sort()).toEqual([
      'checkQuotes',
      'dropInfo',
      'exitCodeOf',
      'formatJson',
      'formatText',
      'makeWarningsErrors',
      'primaryFromDocument',
      'readPrimary',
      'ruleUrl',
      'rules',
    ])
  })

  it('lists every rule once, kebab-case, with the severity the contract gives it', () => {
    expect(rules.map((rule) => [rule.id, rule.severity])).toEqual([
      ['quote-speaker-conflict', 'error'],
      ['quote-wording-conflict', 'error'],
      ['quote-misattributed-report', 'error'],
      ['quote-not-in-cited-report', 'warning'],
      ['quote-not-in-primary', 'warning'],
      ['quote-speaker-differs-from-primary', 'error'],
      ['quote-trimmed', 'warning'],
      ['quote-context-differs', 'warning'],
      ['quote-censored', 'info'],
      ['quote-typography', 'info'],
      ['quote-contraction', 'info'],
    ])
    for (const rule of rules) expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)+$/)
    expect(severityOf('quote-trimmed')).toBe('warning')
  })

  it('links each rule to its anchor in the README', () => {
    expect(ruleUrl('quote-speaker-conflict')).toBe('https://github.com/crosscheck/crosscheck#quote-speaker-conflict')
  })
})
