export { checkQuotes, type CheckOptions } from './check.js'
export { readPrimary, primaryFromDocument, type PrimarySource } from './primary.js'
export { dropInfo, exitCodeOf, formatJson, formatText, makeWarningsErrors, type FormatOptions, type JsonFile, type JsonMessage } from './format.js'
export { rules, ruleUrl, type Rule, type RuleId, type Severity } from './rules.js'
