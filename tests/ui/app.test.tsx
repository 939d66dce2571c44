import { afterEach, describe, expect, test } from 'vitest'
import { seedLikeAnalysis, withManyGroups } from './fixture.js'
import { keys, renderApp, type RenderedApp } from './render.js'

let app: RenderedApp | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

/** The list row the `›` marker is on. */
function selectedRow(frame: string): string {
  return frame.split('\n').find((line) => line.startsWith('› ')) ?? ''
}

/** Within the terminal, and no view drawn over the header or the footer (views are not clipped: Pane keeps to its height). */
function assertFits(frame: string, columns: number, rows: number) {
  const lines = frame.split('\n')
  expect(lines.length).toBeLessThanOrEqual(rows)
  for (const line of lines) expect(Array.from(line).length, line).toBeLessThanOrEqual(columns)
  expect(lines[0]).toMatch(/^crosscheck /)
  expect(lines.at(-1)).toMatch(/(q quit|closes? the help)$/)
}

describe('the UI', () => {
  test('opens on the groups list, conflicts first, with "Did I nail it?"', async () => {
    app = await renderApp(seedLikeAnalysis)
    const frame = app.frame()
    expect(frame).toContain('[Groups]')
    expect(frame).toContain('filter [all]')
    expect(frame).toMatch(/= identical\s+“Did I nail it\?” Lady Gaga\s+000 001/)
    expect(selectedRow(frame)).toMatch(/^› ! conflict\s+“Let's just drop a little bit of joy\.”/)
  })

  test('arrows and j/k move the selection', async () => {
    app = await renderApp(seedLikeAnalysis)
    await app.press(keys.down)
    expect(selectedRow(app.frame())).toMatch(/~ variant\s+Cooper held Gaga's hand/)
    await app.press('j', 'j')
    expect(selectedRow(app.frame())).toMatch(/≈ equivalent\s+“I’m so fucking proud of you!”/)
    await app.press('k', keys.up)
    expect(selectedRow(app.frame())).toMatch(/~ variant\s+Cooper held Gaga's hand/)
    await app.press('k')
    expect(selectedRow(app.frame())).toMatch(/! conflict/)
  })

  test('the detail counts the groups ←/→ step through: the list\'s, under a filter', async () => {
    app = await renderApp(seedLikeAnalysis)
    await app.press(keys.enter)
    expect(app.frame()).toMatch(/Group g\d+ · 1 of 5 · ←\/→ previous\/next group/)
    await app.press(keys.escape)
    await app.press('f', 'f', keys.enter)
    // (`quotes`: the three quote groups.)
    expect(app.frame()).toMatch(/Group g\d+ · 1 of 3 · /)
    await app.press(keys.right)
    expect(app.frame()).toMatch(/Group g\d+ · 2 of 3 · /)
  })

  test('a narrow terminal shows the search being typed', async () => {
    app = await renderApp(seedLikeAnalysis, { columns: 40, rows: 12 })
    await app.press('/', 'G', 'a', 'g', 'a')
    expect(app.frame().split('\n')[1]).toMatch(/^search \/Gaga█ {2}filter \[all\]/)
  })

  test('keys typed faster than they are read still count one by one', async () => {
    app = await renderApp(seedLikeAnalysis)
    await app.press('jjj\r')
    expect(app.frame()).toContain('Group g3')
    await app.press('/nail\r')
    expect(app.frame()).toContain('search /nail 1 found')
  })

  test('the "so proud" detail shows both spellings, the censored one marked', async () => {
    app = await renderApp(seedLikeAnalysis)
    await app.press('j', 'j', 'j', keys.enter)
    const frame = app.frame()
    expect(frame).toContain('Group g3')
    expect(frame).toContain('≈ equivalent')
    expect(frame).toContain('· censorship fucking / f*cking (001)')
    expect(frame).toContain('“I’m so fucking proud of you!”')
    // The other source's wording against the reference: apostrophe and censored word marked.
    expect(frame).toContain("“[I'm] so [f*cking] proud of you!”")
    expect(frame).toContain('why: same quoted words after normalization (6 of 6)')
  })

  test('the speaker conflict marks the differing speaker', async () => {
    app = await renderApp(seedLikeAnalysis)
    await app.press(keys.enter)
    const frame = app.frame()
    expect(frame).toContain('! speaker Bradley Cooper / Lady Gaga (000)')
    expect(frame).toContain('[Lady Gaga], told')
    expect(frame).toMatch(/Bradley Cooper, said\s+· reference/)
  })

  test('a group opens at its verdict even when its differences fill the screen; long ones take two lines', async () => {
    const crowded = structuredClone(seedLikeAnalysis)
    // The conflict, which the list shows first.
    const group = crowded.groups.find((candidate) => candidate.verdict === 'conflict')!
    const leftOut = 'I am so proud of everyone here tonight and of all the people at home who believed in this song from the very first day we played it'
    for (let count = 0; count < 12; count++) group.differences.push({ type: 'omission', level: 'wording', detail: `leaves out "${leftOut} ${leftOut}"`, sources: [group.members[1].source] })
    app = await renderApp(crowded)
    await app.press(keys.enter)
    let lines = app.frame().split('\n')
    expect(lines[3]).toMatch(new RegExp(`^! conflict · quote · 2 sources · ${group.id}$`))
    const omissions = lines.flatMap((line, row) => (line.startsWith('~ omission leaves out') ? [row] : []))
    expect(omissions.length).toBeGreaterThan(0)
    // The line after each is its last: cut short, with the source still named; then the next difference.
    for (const row of omissions) {
      expect(lines[row + 1]).toMatch(/^ {4}.*… \(\d+\)$/)
      if (row + 2 < lines.length - 1) expect(lines[row + 2]).toMatch(/^~ omission/)
    }
    // The first passage is below the screen: the first ↓ brings it into view rather than skipping to the second.
    await app.press(keys.down)
    lines = app.frame().split('\n')
    expect(lines[3]).not.toMatch(/conflict · quote/)
    expect(selectedRow(app.frame())).toMatch(/^› 000 /)
    await app.press(keys.down)
    expect(selectedRow(app.frame())).toMatch(/^› 002 /)
    await app.press(keys.up)
    expect(selectedRow(app.frame())).toMatch(/^› 000 /)
  })

  test('in a source, an arrow after paging the text picks up from what is on screen', async () => {
    app = await renderApp(seedLikeAnalysis, { columns: 50, rows: 14 })
    await app.press('s', keys.right)
    expect(app.frame()).toContain('▶[only]which has 325 MILLION')
    await app.press(keys.pageDown)
    expect(app.frame()).not.toContain('325 MILLION')
    // The first passage on screen, not the one after the passage selected before paging (g1, now off screen).
    await app.press(keys.down)
    expect(app.frame()).toContain('▶[≈g3]"I’m so fucking')
    await app.press(keys.up)
    expect(app.frame()).toContain('▶[=g2]"Did I nail it?"')
  })

  test('Esc and Backspace go back; Enter in the detail shows the passage in its source', async () => {
    app = await renderApp(seedLikeAnalysis)
    await app.press('j', 'j', 'j', keys.enter, 'j', keys.enter)
    expect(app.frame()).toContain('[Source (s)]')
    expect(app.frame()).toContain('▶[≈g3]"I\'m so f*cking proud of you!"')
    await app.press(keys.backspace)
    expect(app.frame()).toContain('Group g3')
    await app.press(keys.escape)
    expect(selectedRow(app.frame())).toMatch(/≈ equivalent/)
  })

  test('f switches the filter, / searches', async () => {
    app = await renderApp(seedLikeAnalysis)
    await app.press('f')
    expect(app.frame()).toContain('[conflicts]')
    expect(app.frame()).not.toContain('Did I nail it?')
    await app.press('f', 'f', 'f')
    expect(app.frame()).toContain('[unique]')
    expect(app.frame()).toContain('325 MILLION views')
    expect(app.frame()).not.toContain('conflict  ')
    await app.press('f', '/', 'n', 'a', 'i', 'l')
    expect(app.frame()).toContain('search /nail█')
    await app.press(keys.enter)
    expect(app.frame()).toContain('search /nail 1 found')
    expect(selectedRow(app.frame())).toContain('“Did I nail it?”')
    // With the search line closed, letters are commands again.
    await app.press('c')
    expect(app.frame()).toContain('[Coverage (c)]')
  })

  test('lists a quote only one source prints as a lone quote, says which group shares its words, and marks it in its source', async () => {
    app = await renderApp(seedLikeAnalysis, { columns: 80, rows: 24 })
    await app.press('G')
    const frame = app.frame()
    expect(selectedRow(frame)).toMatch(/· lone quote +“He said, 'Let's just drop/)
    expect(frame).toMatch(/· q8: only 002 prints this quote by \S/)
    expect(frame).toContain('its words are also in g4')
    await app.press(keys.enter)
    expect(app.frame()).toContain('▶[only]"He said')
  })

  test('c shows coverage with a cell per source, and what only one source reports as the report numbers it', async () => {
    app = await renderApp(seedLikeAnalysis, { columns: 80, rows: 24 })
    await app.press('c')
    const frame = app.frame()
    expect(frame).toMatch(/group\s+000 001 002/)
    // Two sources, two speakers: both sides of the split are marked.
    expect(frame).toMatch(/! “Let's just drop a little bit of joy\.”\s+!\s+·\s+!/)
    expect(frame).toMatch(/= “Did I nail it\?”\s+=\s+=\s+·/)
    expect(frame).toMatch(/≈ “I’m so fucking proud of you!”\s+=\s+≈\s+·/)
    expect(frame).toMatch(/~ Cooper held Gaga's hand.*\s+=\s+~\s+·/)
    expect(frame).toMatch(/unique claims\s+1\s+1\s+1/)
    expect(frame).toContain('Only one source: 3 claims, 2 lone quotes')
    expect(frame).toContain('u3 002 Ronson told the press')
    expect(frame).toContain('q7 002 “Tell me something, girl')
  })

  test('← and → move the coverage’s columns when the sources do not all fit, and come back at once from past the last', async () => {
    const [first] = seedLikeAnalysis.sources
    const extra = Array.from({ length: 15 }, (_, index) => ({ ...first, id: `extra-${index}`, file: `extra-${String(index).padStart(2, '0')}.txt` }))
    app = await renderApp({ ...seedLikeAnalysis, sources: [...seedLikeAnalysis.sources, ...extra] }, { columns: 80, rows: 24 })
    await app.press('c')
    const headerKeys = () => app!.frame().split('\n').find((line) => /^\s*group\s/.test(line))!.trim().split(/\s+/).slice(1)
    const shown = headerKeys()
    expect(shown.length).toBeLessThan(18)
    expect(app.frame()).toContain(`sources 1–${shown.length} of 18 shown (←/→ for the others)`)
    // The title says so too, on top, whatever the rows' scroll.
    expect(app.frame().split('\n').find((line) => line.includes('Coverage: 18 sources'))).toContain(`· sources 1–${shown.length} shown, ←/→ for the others`)
    await app.press(keys.right, keys.right)
    expect(headerKeys()).toEqual([...shown.slice(2), expect.any(String), expect.any(String)])
    expect(app.frame()).toContain(`sources 3–${shown.length + 2} of 18 shown`)
    // Far past the last source the last columns stay; one ← then moves them back.
    await app.press(...Array.from({ length: 30 }, () => keys.right))
    const last = headerKeys()
    expect(app.frame()).toContain(`sources ${19 - shown.length}–18 of 18 shown`)
    await app.press(keys.left)
    expect(headerKeys().slice(1)).toEqual(last.slice(0, -1))
    expect(app.frame()).toContain(`sources ${18 - shown.length}–17 of 18 shown`)
  })

  test('r writes the report and shows its path', async () => {
    app = await renderApp(seedLikeAnalysis, { writeReport: async () => 'reports/sources.md' })
    await app.press('r')
    expect(app.frame()).toContain('report written: reports/sources.md')
    app.unmount()
    app = await renderApp(seedLikeAnalysis, { writeReport: async () => Promise.reject(new Error('reports/x.md: cannot write the report (EACCES)')) })
    await app.press('r')
    expect(app.frame()).toContain('report failed: reports/x.md: cannot write the report (EACCES)')
    app.unmount()
    app = await renderApp(seedLikeAnalysis)
    await app.press('r')
    expect(app.frame()).toContain('report: not available here (no report writer)')
  })

  test('? shows the keys; q quits', async () => {
    app = await renderApp(seedLikeAnalysis, { columns: 80, rows: 24 })
    await app.press('?')
    expect(app.frame()).toContain('Keys')
    expect(app.frame()).toContain('write the Markdown report')
    // All of it fits 80x24, the markers of differences and coverage too.
    expect(app.frame()).toContain('[!g3] [only]')
    expect(app.frame()).toContain('^ ·')
    expect(app.frame()).not.toContain('more lines')
    expect(app.frame()).toContain('any key closes the help')
    await app.press(keys.escape)
    expect(app.frame()).toContain('filter [all]')
    // Any key: one that does nothing elsewhere closes it too.
    await app.press('?', 'x')
    expect(app.frame()).toContain('filter [all]')
    // On a short terminal the help scrolls: the arrows and page keys move it, other keys close it.
    await app.resize(60, 12)
    await app.press('?')
    expect(app.frame()).toMatch(/lines 1–7 of \d+: ↑↓ PgUp PgDn scroll/)
    expect(app.frame()).toContain('other keys close the help')
    expect(app.frame()).not.toContain('write the Markdown report')
    await app.press(keys.pageDown, keys.pageDown, keys.pageDown)
    expect(app.frame()).toContain('[!g3] [only]')
    expect(app.frame()).toMatch(/lines \d+–(\d+) of \1: /)
    await app.press(keys.up)
    expect(app.frame()).toMatch(/lines \d+–(\d+) of (?!\1)\d+: /)
    // Past the end, one key back moves at once (helper-93).
    await app.press('G', 'G', keys.down, keys.down, keys.up)
    expect(app.frame()).toMatch(/lines \d+–(\d+) of (?!\1)\d+: /)
    await app.press('x')
    expect(app.frame()).toContain('filter [all]')
    expect(app.isListening()).toBe(true)
    await app.press('q')
    expect(app.isListening()).toBe(false)
  })

  test('keeps the letter keys in the footer at 80 columns, leaving out the arrows and Enter first', async () => {
    app = await renderApp(seedLikeAnalysis, { columns: 80, rows: 24 })
    const footer = () => app!.frame().split('\n').at(-1)!
    expect(footer()).toContain('Tab preview  r report  ? help  q quit')
    expect(footer()).toMatch(/^f filter/)
    app.unmount()
    app = await renderApp(seedLikeAnalysis, { columns: 120, rows: 24 })
    expect(footer()).toMatch(/^↑↓ move  ⏎ open  f filter/)
  })

  test('fits 80x24 in every view and uses a larger terminal after a resize', async () => {
    app = await renderApp(withManyGroups(30), { columns: 80, rows: 24 })
    for (const step of [[], [keys.enter], [keys.escape, 'c'], [keys.tab], [keys.escape, 's'], [keys.tab], ['?']]) {
      await app.press(...step)
      assertFits(app.frame(), 80, 23)
    }
    await app.press(keys.escape, keys.escape, keys.escape)
    await app.resize(200, 50)
    const wide = app.frame()
    assertFits(wide, 200, 49)
    // Side by side: the list and the preview of the selected group.
    expect(wide).toMatch(/▸ 35 groups, 3 unique, 2 lone quotes +│ +Preview: group g4 \(Enter opens\)/)
    expect(selectedRow(wide)).toMatch(/^› ! conflict .*│/)
    expect(wide).toMatch(/│.*! speaker Bradley Cooper \/ Lady Gaga \(000\)/)
    expect(wide.split('\n')).toHaveLength(49)
  })

  test('a narrow terminal keeps the counts in the title line, with fewer of them and shorter tabs', async () => {
    app = await renderApp(seedLikeAnalysis, { columns: 80, rows: 24 })
    expect(app.frame().split('\n')[0]).toMatch(/^crosscheck \[Groups\] Coverage \(c\) +Source \(s\) +5 groups · 1 conflict$/)
    await app.resize(60, 24)
    expect(app.frame().split('\n')[0]).toMatch(/^crosscheck \[Groups\] Coverage +Source +5 groups · 1 conflict$/)
    await app.resize(50, 24)
    expect(app.frame().split('\n')[0]).toMatch(/^crosscheck \[Groups\] Coverage +Source +1 conflict$/)
  })
})
