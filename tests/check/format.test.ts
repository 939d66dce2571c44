import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { dropInfo, exitCodeOf, formatJson, formatText, makeWarningsErrors } from '../../src/check/format.js'

const place = (line: number, column: number, endColumn: number) => ({ start: { line, column }, end: { line, column: endColumn } })

function files(): VFile[] {
  const a = new VFile({ path: 'articles/a.txt' })
  a.info('Unexpected `I\'m`, expected `I’m` as in b', { place: place(3, 5, 20), ruleId: 'quote-typography', source: 'crosscheck' })
  const trimmed = a.message('Unexpected shorter quote `so proud`, expected `so proud of you` as in b', {
    place: place(1, 2, 10),
    ruleId: 'quote-trimmed',
    source: 'crosscheck',
  })
  trimmed.actual = 'so proud'
  trimmed.expected = ['so proud of you']
  trimmed.url = 'https://github.com/crosscheck/crosscheck#quote-trimmed'
  trimmed.sources = ['b']
  const b = new VFile({ path: 'articles/b.txt' })
  return [a, b]
}

describe('format', () => {
  it('prints the vfile-reporter report grouped by file, with its summary line', () => {
    expect(formatText(files())).toBe(
      [
        'articles/a.txt',
        '1:2-1:10 warning Unexpected shorter quote `so proud`, expected `so proud of you` as in b quote-trimmed    crosscheck',
        "3:5-3:20 info    Unexpected `I'm`, expected `I’m` as in b                                quote-typography crosscheck",
        '',
        'articles/b.txt: no issues found',
        '',
        '2 messages (⚠ 1 warning)',
        '',
      ].join('\n'),
    )
  })

  it('breaks a long reason over lines under the reason column, to fit the width', () => {
    const [a] = files()
    a.message('Unexpected `a spot at the` in quote `a spot at the bar.`, expected `dress like you deserve respect, not a spot at a` as in hpo', {
      place: place(10, 208, 226),
      ruleId: 'quote-wording-conflict',
      source: 'crosscheck',
    }).fatal = true
    const lines = formatText([a], { width: 100 }).split('\n')
    expect(lines.slice(0, 6)).toEqual([
      'articles/a.txt',
      '1:2-1:10      warning Unexpected shorter quote `so proud`,        quote-trimmed          crosscheck',
      '                      expected `so proud of you` as in b',
      "3:5-3:20      info    Unexpected `I'm`, expected `I’m` as in b    quote-typography       crosscheck",
      '10:208-10:226 error   Unexpected `a spot at the` in quote `a spot quote-wording-conflict crosscheck',
      '                      at the bar.`, expected `dress like you',
    ])
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100)
    // At 80 columns the source column goes, so that the reasons keep some room.
    const narrow = formatText([a], { width: 80 }).split('\n')
    expect(Math.max(...narrow.map((line) => line.length))).toBeLessThanOrEqual(80)
    expect(narrow[1]).toMatch(/^1:2-1:10 {6}warning Unexpected shorter quote .* quote-trimmed$/)
    // The messages themselves keep their reasons whole.
    expect(a.messages.every((message) => !message.reason.includes('\n'))).toBe(true)
  })

  it('adds a summary line when there are only info messages, or none', () => {
    const [a, b] = files()
    a.messages = a.messages.filter((message) => message.ruleId === 'quote-typography')
    expect(formatText([a, b]).split('\n').slice(-2)).toEqual(['1 info message, no errors or warnings', ''])
    expect(formatText([b])).toBe('articles/b.txt: no issues found\n\nno quote problems found in 1 file\n')
    // Nothing compared is not a clean bill: the summary says so.
    expect(formatText([b], { compared: { quotes: 4, checked: 0 } })).toBe(
      'articles/b.txt: no issues found\n\nno quote problems found in 1 file (4 quotes read, none in more than one source, so none was compared; --primary holds each to a transcript)\n',
    )
    expect(formatText([b], { compared: { quotes: 0, checked: 0 } })).toBe('articles/b.txt: no issues found\n\nno quote problems found in 1 file (no quotes in them)\n')
    expect(formatText([b], { compared: { quotes: 4, checked: 2 } })).toBe('articles/b.txt: no issues found\n\nno quote problems found in 1 file\n')
  })

  it('shows only errors and warnings, and only files with them, when quiet', () => {
    const all = files()
    dropInfo(all)
    expect(formatText(all, { quiet: true })).toBe(
      [
        'articles/a.txt',
        '1:2-1:10 warning Unexpected shorter quote `so proud`, expected `so proud of you` as in b quote-trimmed crosscheck',
        '',
        '⚠ 1 warning',
        '',
      ].join('\n'),
    )
    const [, b] = files()
    expect(formatText([b], { quiet: true })).toBe('')
  })

  it('turns warnings into errors when strict, which sets the exit code', () => {
    const all = files()
    expect(exitCodeOf(all)).toBe(0)
    makeWarningsErrors(all)
    expect(exitCodeOf(all)).toBe(1)
    expect(all[0].messages.map((message) => message.fatal)).toEqual([undefined, true])
  })

  it('writes JSON: an array of files with their messages', () => {
    const output = JSON.parse(formatJson(files())) as unknown
    expect(output).toEqual([
      {
        file: 'articles/a.txt',
        messages: [
          {
            file: 'articles/a.txt',
            line: 3,
            column: 5,
            endLine: 3,
            endColumn: 20,
            ruleId: 'quote-typography',
            severity: 'info',
            reason: "Unexpected `I'm`, expected `I’m` as in b",
            actual: null,
            expected: [],
            sources: [],
            url: null,
          },
          {
            file: 'articles/a.txt',
            line: 1,
            column: 2,
            endLine: 1,
            endColumn: 10,
            ruleId: 'quote-trimmed',
            severity: 'warning',
            reason: 'Unexpected shorter quote `so proud`, expected `so proud of you` as in b',
            actual: 'so proud',
            expected: ['so proud of you'],
            sources: ['b'],
            url: 'https://github.com/crosscheck/crosscheck#quote-trimmed',
          },
        ],
      },
      { file: 'articles/b.txt', messages: [] },
    ])
    expect((JSON.parse(formatJson(files(), { quiet: true })) as Array<{ file: string }>).map((file) => file.file)).toEqual(['articles/a.txt'])
  })
})
