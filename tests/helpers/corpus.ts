import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const outlets = ['Harbor Gazette', 'Valley Times', 'Coast Report', 'Metro Daily']
const mayorQuotes = [
  'We will rebuild the bridge by June, and we will not raise taxes to do it.',
  'This city has waited long enough for a crossing that works.',
  'I am damn proud of the crews who worked through the storm.',
]

/**
 * A folder of `count` small Markdown articles about one made-up event, with
 * quotes and claims that recur across outlets in slightly different forms
 * (censored words, changed numbers, cut sentences), as real coverage does.
 */
export function writeEventCorpus(count: number): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-corpus-'))
  mkdirSync(folder, { recursive: true })
  for (let index = 0; index < count; index++) {
    const outlet = outlets[index % outlets.length]
    const cost = [42, 42, 45, 40][index % 4]
    const quote = mayorQuotes[index % mayorQuotes.length].replace('damn', index % 2 === 0 ? 'damn' : 'd*mn')
    const paragraphs = [
      `The Harbor Street bridge will reopen next summer after repairs costing $${cost} million, city officials said on Tuesday.`,
      `"${quote}" Mayor Ana Ruiz said at a news conference.`,
      index % 3 === 0 ? 'Council member Joe Park said the plan "ignores the people who cross every day."' : 'Traffic has been diverted through the old ferry road since March.',
      `The bridge carried about ${12000 + (index % 2) * 500} vehicles a day before the storm damaged two of its piers.`,
    ]
    const frontMatter = `---\ntitle: "Bridge to reopen next summer (${index})"\noutlet: "${outlet}"\ndate: 2024-05-0${1 + (index % 9)}\n---\n\n`
    writeFileSync(path.join(folder, `${String(index).padStart(2, '0')}-${outlet.toLowerCase().replace(/\s+/g, '-')}.md`), frontMatter + paragraphs.join('\n\n') + '\n')
  }
  return folder
}
