import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { JsonFile } from '../../src/check/format.js'
import type { Analysis } from '../../src/types.js'

// The built binary, as users and CI run it (`npm test` builds before vitest).
const repository = path.resolve(import.meta.dirname, '../..')
const binary = path.join(repository, 'bin/crosscheck.js')
const workspace = mkdtempSync(path.join(tmpdir(), 'crosscheck-quotes-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

function crosscheck(cwd: string, ...argv: string[]) {
  return spawnSync(process.execPath, [binary, 'quotes', ...argv], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
}

/** Write articles into a fresh folder under the workspace; returns the folder. */
function articles(name: string, files: Record<string, string>): string {
  const folder = path.join(workspace, name)
  mkdirSync(folder, { recursive: true })
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true })
    writeFileSync(path.join(folder, file), text)
  }
  return folder
}

/** `line:column` of the first occurrence of `needle` in a file, as an editor counts. */
function positionOf(file: string, needle: string, after = ''): string {
  const text = readFileSync(file, 'utf8')
  const offset = text.indexOf(needle, after ? text.indexOf(after) + after.length : 0)
  if (offset === -1) throw new Error(`${needle} not in ${file}`)
  const lines = text.slice(0, offset).split('\n')
  return `${lines.length}:${lines[lines.length - 1].length + 1}`
}

function messagesOf(stdout: string) {
  return (JSON.parse(stdout) as JsonFile[]).flatMap((file) => file.messages)
}

/** `crosscheck quotes . --format json` in a folder: its exit code and messages, with nothing on stderr. */
function checkAsJson(folder: string) {
  const result = crosscheck(folder, '.', '--format', 'json')
  expect(result.stderr).toBe('')
  return { status: result.status, messages: messagesOf(result.stdout) }
}

describe('crosscheck quotes on the seed articles', () => {
  const seed = (id: string) => path.join('sources', `${id}.txt`)

  it('exits 0 and reports the censored and typographic differences of "so proud" as info', () => {
    const result = crosscheck(repository, 'sources')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const proud = ['000_757aa98372dae68e', '001_6024fb6beea2f398'].map((id) => {
      const quote = id.startsWith('000') ? 'I’m so fucking proud of you!' : "I'm so f*cking proud of you!"
      return { file: seed(id), at: positionOf(path.join(repository, seed(id)), quote) }
    })
    const lines = result.stdout.split('\n')
    const infoAt = (rule: string) =>
      proud.filter(({ file, at }) => {
        const block = lines.slice(lines.indexOf(file))
        return block.some((line) => line.trimStart().startsWith(`${at}-`) && /\binfo\b/.test(line) && line.includes(rule))
      })
    expect(infoAt('quote-censored')).toHaveLength(1)
    expect(infoAt('quote-typography')).toHaveLength(1)
    expect(result.stdout).not.toMatch(/\berror\b/)
  })

  it('says the same in JSON, and never reports the title "Shallow"', () => {
    const result = crosscheck(repository, 'sources', '--format', 'json')
    expect(result.status).toBe(0)
    const messages = messagesOf(result.stdout)
    const infos = messages.filter((message) => message.severity === 'info')
    expect(infos.map((message) => message.ruleId).sort()).toEqual(['quote-censored', 'quote-typography'])
    const censored = infos.find((message) => message.ruleId === 'quote-censored')!
    const quote = censored.file.includes('000_') ? 'I’m so fucking proud of you!' : "I'm so f*cking proud of you!"
    expect(`${censored.line}:${censored.column}`).toBe(positionOf(path.join(repository, censored.file), quote))
    expect([censored.actual, ...censored.expected].sort()).toEqual(['f*cking', 'fucking'])
    // The title may stand inside a longer quote; it must never be the quote a message is about.
    expect(messages.filter((message) => /for `Shallow,?`|quote `Shallow,?`|^Shallow,?$/m.test(`${message.reason}\n${message.actual}`))).toEqual([])
  })

  it('shows no info messages when quiet', () => {
    const result = crosscheck(repository, 'sources', '--quiet')
    expect(result.status).toBe(0)
    expect(result.stdout).not.toMatch(/\binfo\b/)
  })
})

describe('crosscheck quotes on articles that disagree', () => {
  it('reports a speaker conflict at the quote in the article that differs, and exits 1', () => {
    const folder = articles('speaker', {
      'herald.txt': 'The council met on Tuesday.\n\n"We are going to finish this bridge before the winter," Jane Smith said at the meeting.\n',
      'courier.md': '---\ntitle: Bridge plan\noutlet: Courier\n---\n\nCouncil members heard the plan.\n\n"We are going to finish this bridge before the winter," Jane Smith told reporters.\n',
      'gazette.txt': 'A plan for the bridge.\n\nThe plan was announced on Tuesday. "We are going to finish this bridge before the winter," Tom Brown said.\n',
    })
    const result = crosscheck(folder, '.')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const at = positionOf(path.join(folder, 'gazette.txt'), 'We are going to finish')
    const gazette = result.stdout.slice(result.stdout.indexOf('gazette.txt\n')).split('\n\n')[0]
    expect(gazette).toMatch(
      // A long reason goes on over the next lines, after the rule.
      new RegExp(`\\n\\s*${at}-\\S+\\s+error\\s+Unexpected speaker \`Tom Brown\`[^\\n]*quote-speaker-conflict\\s+crosscheck\\n[^\\n]*expected \`Jane Smith\``),
    )
    expect(result.stdout).toMatch(/✖ 1 error/)
  })

  it('exits 1 on findings when the reader closes the pipe before the output ends', () => {
    // Output well past a pipe's buffer (64 KB), so that writing it meets the closed pipe.
    const remarks = Array.from({ length: 300 }, (_, index) => `"Bridge number ${index} will open before the ${index}th winter of the plan," Jane Smith said.`)
    const folder = articles('closed-pipe', {
      'herald.txt': `Plans.\n\n${remarks.join('\n\n')}\n`,
      'gazette.txt': `Plans.\n\n${remarks.map((remark) => remark.replace('will open', 'may open')).join('\n\n')}\n`,
    })
    // (The check's own status, not the pipe's: bash's PIPESTATUS.)
    const piped = spawnSync('/bin/bash', ['-c', `"${process.execPath}" "${binary}" quotes --no-cache . | head -c 1 > /dev/null; exit "\${PIPESTATUS[0]}"`], { cwd: folder, encoding: 'utf8' })
    expect(piped.stderr).toBe('')
    expect(piped.status).toBe(1)
  })

  it('holds a short remark of one speaker to another source\'s, one word apart, and exits 1', () => {
    const folder = articles('short-remark', {
      'herald.txt': 'Jobs at the plant.\n\nMayor Dana Ortiz said "we lost 300 jobs" at the meeting on Monday.\n',
      'courier.txt': 'The plant closes.\n\nOrtiz told reporters: "we lost 500 jobs"\n',
    })
    const result = crosscheck(folder, '--format', 'json', '.')
    expect(result.status).toBe(1)
    const wording = messagesOf(result.stdout).filter((message) => message.ruleId === 'quote-wording-conflict')
    expect(wording.map((message) => `${message.actual} / ${message.expected}`)).toEqual(['500 / 300', '300 / 500'])
  })

  it('reports a reworded quote as a wording conflict, in JSON too', () => {
    const folder = articles('reworded', {
      'a.txt': 'The budget was presented on Monday.\n\n"The budget will be balanced by next spring," the treasurer said.\n',
      'b.txt': 'Officials spoke on Monday.\n\n"The budget will be balanced by next spring," said the treasurer, Ann Lee.\n',
      'c.txt': 'Budget news.\n\nThe treasurer promised more. "The budget will be fully balanced by the end of spring," she said.\n',
    })
    const { status, messages } = checkAsJson(folder)
    expect(status).toBe(1)
    const errors = messages.filter((message) => message.severity === 'error')
    expect(errors.map((message) => [message.file, message.ruleId, `${message.line}:${message.column}`])).toEqual([
      ['c.txt', 'quote-wording-conflict', positionOf(path.join(folder, 'c.txt'), 'The budget will be fully')],
    ])
    expect(errors[0].sources).toEqual(['a', 'b'])
    // `actual` and `expected` hold the changed words as printed, each stretch between ` … `, as the reason shows them.
    expect([errors[0].actual, errors[0].expected]).toEqual(['be fully balanced … the end of', ['be balanced … next']])
    expect(errors[0].reason).toMatch(/^Unexpected `be fully balanced`, `the end of` in quote .*, expected `be balanced`, `next` as in a and b/)
  })

  // Spellings only: a contraction, a word written as one, as two or hyphenated, a percent sign spelled out.
  it.each([
    ['words contracted in one source and spelled out in another', 'contracted', {
      'a.txt': 'The river crested on Monday.\n\n"We\'ve done it in the past and we\'ll do it again," Mayor Ana Ortiz said.\n',
      'b.txt': 'Flood news.\n\n"We have done it in the past and we will do it again," Mayor Ana Ortiz said on Monday.\n',
      'c.txt': 'The town will rebuild.\n\n"We have done it in the past and we will do it again," said Ana Ortiz, the mayor.\n',
    }, ['a.txt', 'quote-contraction', 'info', "Unexpected `We've`, `we'll`, expected `We have`, `we will` as in b and c"]],
    ['a word written as one, as two or hyphenated', 'compounds', {
      'a.txt': 'The plant will close.\n\n"This might affect our workforce and a state-funded program," the company said.\n',
      'b.txt': 'Closing news.\n\n"This might affect our work force and a state funded program," the company said on Monday.\n',
      'c.txt': 'The plant closes.\n\n"This might affect our work force and a state funded program," said the company.\n',
    }, ['a.txt', 'quote-typography', 'info', 'Unexpected `workforce`, `state-funded`, expected `work force`, `state funded` as in b and c']],
    ['a percent sign spelled out in one source', 'percent', {
      'a.txt': 'Jobs news.\n\n"Unemployment is at 5 percent and we will bring it down," Mayor Ann Cole said.\n',
      'b.txt': 'The mayor spoke.\n\n"Unemployment is at 5% and we will bring it down," Mayor Ann Cole said on Monday.\n',
      'c.txt': 'City news.\n\n"Unemployment is at 5 percent and we will bring it down," said Ann Cole, the mayor.\n',
    }, ['b.txt', 'quote-typography', 'info', 'Unexpected `5%`, expected `5 percent` as in a and c']],
  ] as const)('reports %s as info, and exits 0', (_, name, files, expected) => {
    const { status, messages } = checkAsJson(articles(name, files))
    expect(status).toBe(0)
    expect(messages.map((message) => [message.file, message.ruleId, message.severity, message.reason])).toEqual([expected])
  })

  it('shows a word written apart whole in the words around a change, and typography in the quote\'s order', () => {
    const folder = articles('compound-region', {
      'a.txt': 'Jobs news.\n\n"We will train our work force now and we can’t wait," the mayor said.\n',
      'b.txt': 'The mayor spoke.\n\n"We will train our work force now and we can’t wait," the mayor said on Monday.\n',
      'c.txt': 'City news.\n\n"We will train our entire workforce now and we can\'t wait," the mayor said.\n',
    })
    const { messages } = checkAsJson(folder)
    const byRule = new Map(messages.map((message) => [message.ruleId, message]))
    expect(byRule.get('quote-wording-conflict')?.reason).toMatch(/^Unexpected `our entire workforce` in quote .*, expected `our work force` as in a and b/)
    expect(byRule.get('quote-typography')?.reason).toBe("Unexpected `workforce`, `can't`, expected `work force`, `can’t` as in a and b")
  })

  it('calls a cut quote with a contraction at the cut a trim, and tells the contraction', () => {
    const full = '"Honestly, we have rebuilt this town before and we will rebuild it again after this flood," Mayor Ana Ortiz said.'
    const folder = articles('contracted-cut', {
      'a.txt': `The river crested on Monday.\n\n${full}\n`,
      'b.txt': 'Flood news.\n\n"We\'ve rebuilt this town before and we will rebuild it again after this flood," Mayor Ana Ortiz said.\n',
      'c.txt': `The town will rebuild.\n\n${full}\n`,
    })
    const { status, messages } = checkAsJson(folder)
    expect(status).toBe(0)
    expect(messages.map((message) => [message.file, message.ruleId])).toEqual([
      ['b.txt', 'quote-trimmed'],
      ['b.txt', 'quote-contraction'],
    ])
  })

  it('holds each half of a split quote against the half it repeats, not against the other half', () => {
    const halves = '"We have learned something important since the days that I served in Vietnam," the senator said. "And you exemplify it. Whatever we think about the war, we owe our soldiers unconditional support."'
    const folder = articles('split', {
      'a.txt': `The senator spoke at the rally on Sunday.\n\n${halves}\n`,
      'b.txt': `A rally on Sunday.\n\n${halves.replace('the senator said', 'he told the crowd')}\n`,
      // Both halves in one quote: it joins them in one group.
      'c.txt': 'Sunday rally.\n\nThe senator said: "We have learned something important since the days that I served in Vietnam ... whatever we think about the war, we owe our soldiers unconditional support."\n',
    })
    const { messages } = checkAsJson(folder)
    const errorsIn = (file: string) => messages.filter((message) => message.severity === 'error' && message.file === file)
    expect(errorsIn('a.txt')).toEqual([])
    expect(errorsIn('b.txt')).toEqual([])
  })

  it('calls the second half of a quote another outlet prints whole a trim, not a wording conflict', () => {
    const folder = articles('split-whole', {
      'whole.txt': 'Fire chief speaks\n\n"We did everything we could to save them. We will not stop now," Chief Ana Lopez said on Monday.\n',
      'halves.txt': 'Chief on fire\n\n"We did everything we could," Chief Ana Lopez said on Monday. "We will not stop now."\n',
    })
    const { status, messages } = checkAsJson(folder)
    expect(status).toBe(0)
    expect(messages.map((message) => [message.file, message.ruleId, message.severity])).toEqual([
      ['halves.txt', 'quote-trimmed', 'warning'],
      ['halves.txt', 'quote-trimmed', 'warning'],
    ])
  })

  it('joins each source\'s parts of a remark both split at their attributions, at different places, and tells only what differs', () => {
    const folder = articles('split-apart', {
      'a.txt': 'Hearing on Wednesday\n\nLois Lerner spoke first. "I have not done anything wrong," she said. "I have not broken any laws. I have not violated any rules or regulations, and I have not misled this committee."\n',
      'b.txt':
        'The hearing\n\n"I have not done anything wrong. I have not broken any laws," said Ms. Lerner, who leads the I.R.S.\u2019s division on tax-exempt groups. "I have not violated any rules and regulations, and I have not misled this committee."\n',
    })
    const { status, messages } = checkAsJson(folder)
    expect(status).toBe(1)
    // No half is taken for a cut of the other source's half, nor for a rewording of the words it splits off: `or` /
    // `and` is the one difference, told for both sources (two sources, no majority), each over its whole remark.
    expect(messages.map((message) => [message.file, message.ruleId, message.reason.match(/Unexpected `(\w+)`/)?.[1]])).toEqual([
      ['a.txt', 'quote-wording-conflict', 'or'],
      ['b.txt', 'quote-wording-conflict', 'and'],
    ])
    expect(messages.map((message) => message.column)).toEqual([27, 2])
  })

  it('counts a split quote\'s part for the wording another source prints alike, so the odd one out is told', () => {
    const folder = articles('split-backs', {
      'a.txt': 'Rally\n\nRick Santorum told voters the agenda is "not about you. It\'s not about your jobs. It\'s about some phony ideal. Not a theology based on the Bible."\n',
      'b.txt': 'Rally\n\n"It\'s not about you. It\'s not about your jobs," Rick Santorum said. "It\'s about some phony ideal. Oh, not a theology based on the Bible."\n',
      'c.txt': 'Rally\n\n"It\'s about some phony ideal. Oh, not a theology based on the Bible," Rick Santorum said.\n',
    })
    const { messages } = checkAsJson(folder)
    // b's second part and c print `Oh, not`: a's `Not` is the odd one out, not theirs.
    expect(messages.filter((message) => message.ruleId === 'quote-wording-conflict').map((message) => message.file)).toEqual(['a.txt'])
  })

  it('keeps the whole remark the reference when a split source prints it whole and a third source a part', () => {
    const folder = articles('split-whole-part', {
      'a.txt': 'Bridge\n\n"We will rebuild the old river bridge and we will fund every public school in the county," Mayor Jane Smith said on Monday at City Hall.\n',
      'b.txt': 'Bridge\n\n"We will rebuild the old river bridge," Mayor Jane Smith said on Monday. "And we will fund every public school in the county."\n',
      'c.txt': 'Bridge\n\nAt a rally on Monday, Mayor Jane Smith promised that "we will fund every public school in the county."\n',
    })
    const { messages } = checkAsJson(folder)
    // (A split source's parts had backed the part alone too: a and b were told `promised` as in c, helper-83. Nor is
    // b's `And` that opens its second part a case difference from a's `and`.)
    expect(new Set(messages.map((message) => message.file))).toEqual(new Set(['c.txt']))
  })

  it('joins the parts of a quote in one paragraph, never across paragraphs', () => {
    const parts = (between: string) =>
      articles(`split-paragraphs-${between.length}`, {
        'a.txt': `Bridge\n\n"We will rebuild the bridge this year," Mayor Ana Lowe said on Monday at the site of the collapse.${between}"It will open to traffic in May," she said.\n`,
        'b.txt': 'Bridge\n\n"We will rebuild the bridge this year. It will open to traffic in May," Mayor Ana Lowe said.\n',
      })
    const joinedParts = (folder: string) => {
      const result = spawnSync(process.execPath, [binary, 'analyze', '--json', '--no-cache', folder], { encoding: 'utf8' })
      const { groups } = JSON.parse(result.stdout) as Analysis
      return groups.flatMap((group) => group.members.filter((member) => member.continuesPrevious).map((member) => member.text))
    }
    expect(joinedParts(parts(' '))).toEqual(['It will open to traffic in May,'])
    expect(joinedParts(parts('\n\n'))).toEqual([])
  })

  it('tells a source that differs only in house style no more than that, when a third source changes the date', () => {
    const said = (date: string) => `Council news.\n\nThe hearing ran late. "The vote will be held on ${date} 3 and not a day later," Mayor Ana Lowe said.\n`
    const folder = articles('house-style-date', { 'a.txt': said('Feb.'), 'b.txt': said('February'), 'c.txt': said('March') })
    const { messages } = checkAsJson(folder)
    expect(messages.map((message) => [message.file, message.ruleId, message.severity])).toEqual([
      ['b.txt', 'quote-typography', 'info'],
      ['c.txt', 'quote-wording-conflict', 'error'],
    ])
  })

  it('tells sources that print the country for the pronoun (`U.S.` for `us`), one or several', () => {
    const said = (word: string) => `City news.\n\n"They are laughing at ${word}, and we will not take it anymore," Mayor Ana Lowe said.\n`
    const one = checkAsJson(articles('us-one', { 'a.txt': said('us'), 'b.txt': said('us'), 'c.txt': said('U.S.') }))
    expect(one.messages.map((message) => [message.file, message.ruleId])).toEqual([['c.txt', 'quote-wording-conflict']])
    const two = checkAsJson(articles('us-two', { 'a.txt': said('us'), 'b.txt': said('U.S.'), 'c.txt': said('U.S.') }))
    expect(two.messages.map((message) => [message.file, message.ruleId])).toEqual([
      ['b.txt', 'quote-wording-conflict'],
      ['c.txt', 'quote-wording-conflict'],
    ])
  })

  it('warns about a trimmed quote, exits 0, and exits 1 with --strict', () => {
    const folder = articles('trimmed', {
      'full.txt': 'The mayor spoke on Friday.\n\n"We will rebuild the old bridge, and we will do it before the first snow," the mayor said.\n',
      'short.txt': 'Friday news.\n\nThe mayor promised that "we will rebuild the old bridge" soon.\n',
    })
    const result = crosscheck(folder, '.')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const at = positionOf(path.join(folder, 'short.txt'), 'we will rebuild')
    const short = result.stdout.slice(result.stdout.indexOf('short.txt\n')).split('\n\n')[0]
    expect(short).toMatch(new RegExp(`\\n\\s*${at}-\\S+\\s+warning\\s+Unexpected shorter quote \`we will rebuild the old bridge\`.*quote-trimmed\\s+crosscheck(\\n|$)`))
    expect(crosscheck(folder, '.', '--strict').status).toBe(1)
    // A file that cannot be read is one line on stderr; the run goes on, and under --strict it fails with 2.
    const withMissing = crosscheck(folder, '.', 'missing.txt')
    expect([withMissing.status, withMissing.stderr]).toEqual([0, 'crosscheck: missing.txt: no such file or folder\n'])
    const strict = crosscheck(folder, '.', 'missing.txt', '--strict')
    expect([strict.status, strict.stderr]).toEqual([2, 'crosscheck: missing.txt: no such file or folder\n'])
    expect(strict.stdout).toMatch(/quote-trimmed/)
  })

  it('reports a quote credited to a report among the inputs that names another speaker', () => {
    const folder = articles('misattributed', {
      'people.md': '---\ntitle: Backstage at the Oscars\noutlet: People\n---\n\nBackstage, the actor was overjoyed. "I never doubted her for a single second," Bradley Cooper said.\n',
      'relay.txt': 'Oscars recap.\n\nThe night was long. According to People, Lady Gaga said backstage: "I never doubted her for a single second."\n',
    })
    const { status, messages } = checkAsJson(folder)
    expect(status).toBe(1)
    const errors = messages.filter((message) => message.severity === 'error')
    expect(errors.map((message) => [message.file, message.ruleId, `${message.line}:${message.column}`])).toEqual([
      ['relay.txt', 'quote-misattributed-report', positionOf(path.join(folder, 'relay.txt'), 'I never doubted')],
    ])
    expect(errors[0].reason).toMatch(/credited to People/)
    expect(errors[0].sources).toEqual(['people'])
  })

  it('holds a quote to a report credited before its sentence ends, by its short name too, not to one credited later on', () => {
    const times = '---\ntitle: Mayor on fares\noutlet: The Riverside Times\n---\n\nThe mayor spoke at the pier on Monday. "We will not raise fares this year," Ana Lowe said.\n'
    const relayed = (paragraph: string) =>
      checkAsJson(articles(`credit-${paragraph.length}`, { 'times.md': times, 'relay.txt': `Fares recap.\n\n${paragraph}\n` })).messages.filter(
        (message) => message.ruleId === 'quote-not-in-cited-report',
      )
    expect(relayed('According to the Times, the union called the plan "a betrayal of every rider" on Monday.')).toHaveLength(1)
    expect(relayed('The union called the plan "a betrayal of every rider" on Monday. The mayor, according to the Times, said fares would stay.')).toEqual([])
  })

  it('does not hold words said on an outlet\'s air to its article among the inputs, but words told to it', () => {
    // The article quotes him from another occasion, in other words.
    const people = '---\ntitle: Backstage at the Oscars\noutlet: People\n---\n\nBackstage, the actor was overjoyed. "I never doubted her for a single minute of the shoot," Bradley Cooper said.\n'
    const relayed = (how: string) => `Oscars recap.\n\nThe actor spoke on Monday. "I never doubted her for a single second of the shoot," Bradley Cooper ${how}.\n`
    const misattributed = (how: string) =>
      checkAsJson(articles(`on-air-${how.split(' ')[0]}`, { 'people.md': people, 'relay.txt': relayed(how) })).messages.filter((message) => message.ruleId === 'quote-misattributed-report')
    expect(misattributed('said on People TV')).toEqual([])
    expect(misattributed('told People')).toHaveLength(1)
  })
})

describe('crosscheck quotes --primary', () => {
  const transcript = [
    'MAYOR JANE SMITH: Good morning. We will rebuild the bridge before winter comes. The money is already there.',
    'REPORTER: When does the work start?',
    'MAYOR JANE SMITH: Work starts on Monday, and nobody will lose their job.',
  ].join('\n\n')

  it('finds the one misquote against a transcript', () => {
    const folder = articles('primary', {
      'transcript.txt': `${transcript}\n`,
      'articles/one.txt': 'City news.\n\n"We will rebuild the bridge before winter comes," Jane Smith said. She said: "Work starts on Monday, and nobody will lose their job."\n',
      'articles/two.txt': 'Bridge update.\n\nThe mayor spoke on Tuesday. "Work starts on Monday, and some people will lose their jobs," Smith said.\n',
    })
    const result = crosscheck(folder, 'articles', '--primary', 'transcript.txt')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const at = positionOf(path.join(folder, 'articles/two.txt'), 'Work starts')
    expect(result.stdout).toMatch(
      new RegExp(`articles/two\\.txt\\n\\s*${at}-\\S+\\s+error\\s+Unexpected [^\\n]*quote-wording-conflict\\s+crosscheck\\n[\\s\\S]* expected [\\s\\S]* as in\\s+the\\s+primary\\s+source\\s+transcript\\.txt\\n\\n`),
    )
    expect(result.stdout).toMatch(/✖ 1 error/)
  })

  it('tells a quote that only spells out the transcript\'s contractions, as info', () => {
    const folder = articles('primary-contracted', {
      'transcript.txt': 'MAYOR JANE SMITH: We\'ll rebuild the bridge before winter comes, and it won\'t cost more.\n',
      'articles/one.txt': 'City news.\n\n"We will rebuild the bridge before winter comes, and it will not cost more," Jane Smith said.\n',
    })
    const result = crosscheck(folder, 'articles', '--primary', 'transcript.txt', '--format', 'json')
    expect(result.status).toBe(0)
    expect(messagesOf(result.stdout).map((message) => [message.ruleId, message.reason])).toEqual([
      ['quote-contraction', "Unexpected `We will`, `will not`, expected `We'll`, `won't` as in the primary source transcript.txt"],
    ])
  })

  it('says when it reads the primary source past its front matter', () => {
    const folder = articles('primary-front-matter', {
      'transcript.md': `---\ntitle: "unclosed\n---\n\n${transcript}\n`,
      'articles/one.txt': 'City news.\n\n"We will rebuild the bridge before winter comes," Jane Smith said.\n',
    })
    const result = crosscheck(folder, 'articles', '--primary', 'transcript.md')
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/^crosscheck: transcript\.md: front matter is not valid YAML \(.+\); read without it \(--primary\)\n$/)
  })

  it('reports a quote given to another speaker than the transcript names, and a quote it does not hold', () => {
    const folder = articles('primary-speaker', {
      'transcript.txt': `${transcript}\n`,
      'one.txt': 'City news.\n\n"When does the work start?" Jane Smith asked. She also said: "I have never lost a vote in this city."\n',
    })
    const result = crosscheck(folder, 'one.txt', '--primary', 'transcript.txt', '--format', 'json')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const messages = messagesOf(result.stdout)
    expect(messages.map((message) => [message.ruleId, `${message.line}:${message.column}`])).toEqual([
      ['quote-speaker-differs-from-primary', positionOf(path.join(folder, 'one.txt'), 'When does')],
      ['quote-not-in-primary', positionOf(path.join(folder, 'one.txt'), 'I have never lost')],
    ])
    expect(messages[0].expected).toEqual(['REPORTER'])
  })

  it('checks a single article: without a primary there is nothing to compare, with one its misquote is an error', () => {
    const folder = articles('single', {
      'transcript.txt': `${transcript}\n`,
      'one.txt': 'City news.\n\n"Work starts on Monday, and some people will lose their jobs," Jane Smith said.\n',
    })
    const alone = crosscheck(folder, 'one.txt')
    expect([alone.status, alone.stderr, alone.stdout]).toEqual([
      0,
      '',
      'one.txt: no issues found\n\nno quote problems found in 1 file (1 quote read, none in more than one source, so none was compared; --primary holds each to a transcript)\n',
    ])
    const checked = crosscheck(folder, 'one.txt', '--primary', 'transcript.txt', '--quiet')
    expect(checked.status).toBe(1)
    expect(checked.stdout).toMatch(new RegExp(`^one\\.txt\\n\\s*${positionOf(path.join(folder, 'one.txt'), 'Work starts')}-\\S+\\s+error .*quote-wording-conflict`))
  })

  it('leaves the primary out of the articles when it sits in the same folder', () => {
    const folder = articles('primary-inside', {
      'transcript.txt': `${transcript}\n`,
      'one.txt': 'City news.\n\n"We will rebuild the bridge before winter comes," Jane Smith said.\n',
    })
    const result = crosscheck(folder, '.', '--primary', 'transcript.txt', '--format', 'json')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect((JSON.parse(result.stdout) as JsonFile[]).map((file) => file.file)).toEqual(['one.txt'])
  })
})

describe('crosscheck quotes on bad input', () => {
  it.each([
    [['no-such-folder'], 'crosscheck: no-such-folder: no such file or folder\n'],
    [['sources', '--primary', 'missing.txt'], 'crosscheck: missing.txt: no such file or folder (--primary)\n'],
    [['sources', '--format', 'xml'], "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json.\n"],
  ])('%j exits 2 with one line on stderr', (argv, stderr) => {
    const result = crosscheck(repository, ...argv)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(stderr)
  })
})
