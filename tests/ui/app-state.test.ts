import { describe, expect, test } from 'vitest'
import { indexAnalysis } from '../../src/ui/analysis-index.js'
import { appReducer, currentScreen, initialState, visibleItems, type Action, type AppState } from '../../src/ui/app-state.js'
import { seedLikeAnalysis, withManyGroups } from './fixture.js'

function run(state: AppState, ...actions: Action[]): AppState {
  return actions.reduce(appReducer, state)
}

const start = () => initialState(indexAnalysis(seedLikeAnalysis))

function rowNames(state: AppState): string[] {
  return visibleItems(state).map((item) => (item.kind === 'group' ? item.group.id : item.single.id))
}

describe('the groups list', () => {
  test('sorts conflicts first, then variants, then agreements, then unique claims and quotes in no group', () => {
    expect(rowNames(start())).toEqual(['g4', 'g1', 'g5', 'g3', 'g2', 'u1', 'u2', 'u3', 'q7', 'q8'])
  })

  test('moves the selection within the list', () => {
    expect(currentScreen(run(start(), { type: 'move', delta: 1 })).selected[0]).toBe(1)
    expect(currentScreen(run(start(), { type: 'move', delta: -1 })).selected[0]).toBe(0)
    expect(currentScreen(run(start(), { type: 'move', delta: 99 })).selected[0]).toBe(9)
    expect(currentScreen(run(start(), { type: 'move-to', position: 'last' })).selected[0]).toBe(9)
    expect(currentScreen(run(start(), { type: 'page', delta: 5 })).selected[0]).toBe(5)
  })

  test('cycles filters: all, conflicts, quotes, claims, unique', () => {
    let state = start()
    const seen: Array<[string, string[]]> = []
    for (let step = 0; step < 5; step++) {
      state = run(state, { type: 'cycle-filter' })
      seen.push([state.filter, rowNames(state)])
    }
    expect(seen).toEqual([
      ['conflicts', ['g4']],
      ['quotes', ['g4', 'g3', 'g2']],
      ['claims', ['g1', 'g5']],
      ['unique', ['u1', 'u2', 'u3', 'q7', 'q8']],
      ['all', ['g4', 'g1', 'g5', 'g3', 'g2', 'u1', 'u2', 'u3', 'q7', 'q8']],
    ])
  })

  test('searches by words, with typed straight apostrophes finding curly ones', () => {
    const typed = (text: string) => [...text].map((character): Action => ({ type: 'search-type', text: character }))
    let state = run(start(), { type: 'search-start' }, ...typed('nail'))
    expect(state.search).toEqual({ query: 'nail', isEditing: true })
    expect(rowNames(state)).toEqual(['g2'])
    state = run(state, { type: 'search-erase' }, { type: 'search-erase' }, { type: 'search-erase' }, { type: 'search-erase' }, ...typed("i'm proud"))
    expect(rowNames(state)).toEqual(['g3'])
    state = run(state, { type: 'search-commit' })
    expect(state.search).toEqual({ query: "i'm proud", isEditing: false })
    expect(rowNames(run(state, { type: 'back' }))).toHaveLength(10)
    expect(rowNames(run(state, { type: 'search-start' }, ...typed('cooper')))).toEqual(['g4', 'g1'])
    // Quotation marks typed around the words find the quote, whose text holds none.
    expect(rowNames(run(start(), { type: 'search-start' }, ...typed('"nail it"')))).toEqual(['g2'])
    expect(rowNames(run(start(), { type: 'search-start' }, ...typed("'i'm proud'")))).toEqual(['g3'])
  })

  test('Backspace takes back a whole character: an emoji with its skin tone, a letter with its accent', () => {
    const typed = (text: string) => [...text].map((character): Action => ({ type: 'search-type', text: character }))
    let state = run(start(), { type: 'search-start' }, ...typed('ok 👍🏽 cafe\u0301'))
    state = run(state, { type: 'search-erase' })
    expect(state.search.query).toBe('ok 👍🏽 caf')
    state = run(state, { type: 'search-erase' }, { type: 'search-erase' }, { type: 'search-erase' }, { type: 'search-erase' })
    expect(state.search.query).toBe('ok 👍🏽')
    state = run(state, { type: 'search-erase' })
    expect(state.search.query).toBe('ok ')
    state = run(state, { type: 'search-erase' }, { type: 'search-erase' }, { type: 'search-erase' }, { type: 'search-erase' })
    expect(state.search.query).toBe('')
  })
})

describe('moving between views', () => {
  test('Enter opens the selected group, Esc comes back to the same row', () => {
    const state = run(start(), { type: 'move', delta: 3 }, { type: 'open' })
    expect(currentScreen(state)).toMatchObject({ view: 'detail', groupId: 'g3' })
    const back = run(state, { type: 'back' })
    expect(currentScreen(back)).toMatchObject({ view: 'groups', selected: [3, 0] })
    expect(run(back, { type: 'back' }).stack).toHaveLength(1)
  })

  test('from a member to its passage in the source, and from there back to the group', () => {
    let state = run(start(), { type: 'move', delta: 3 }, { type: 'open' }, { type: 'move', delta: 1 }, { type: 'open' })
    const source = currentScreen(state)
    expect(source).toMatchObject({ view: 'source', sourceId: '001_6024fb6beea2f398' })
    const passage = state.index.passages('001_6024fb6beea2f398')[source.selected[0]]
    expect(passage.text).toBe("I'm so f*cking proud of you!")
    state = run(state, { type: 'open' })
    // Back to the detail it came from rather than a new screen on the stack.
    expect(state.stack.map((screen) => screen.view)).toEqual(['groups', 'detail'])
    expect(currentScreen(state)).toMatchObject({ groupId: 'g3', selected: [1, 0] })
  })

  test('a unique claim or a quote in no group opens in its source; a passage in no group says so', () => {
    let state = run(start(), { type: 'move', delta: 7 }, { type: 'open' })
    const screen = currentScreen(state)
    expect(screen).toMatchObject({ view: 'source', sourceId: '002_b74358b56c09aadc' })
    expect(state.index.passages('002_b74358b56c09aadc')[screen.selected[0]].kind).toBe('unique')
    state = run(state, { type: 'open' })
    expect(currentScreen(state).view).toBe('source')
    expect(state.status?.text).toMatch(/no group/)
    const quote = run(start(), { type: 'move-to', position: 'last' }, { type: 'open' })
    const quoteScreen = currentScreen(quote)
    const passage = quote.index.passages(quoteScreen.sourceId!)[quoteScreen.selected[0]]
    expect(passage).toMatchObject({ kind: 'quote', quote: { id: 'q8' } })
    // q8 is in no group of quotes, but its words are in the claim group g4: Enter opens that, not "no other source".
    const holder = run(quote, { type: 'open' })
    expect(currentScreen(holder)).toMatchObject({ view: 'detail', groupId: 'g4' })
    expect(holder.status).toBeNull()
  })

  test('left and right go round the sources, and through the groups in the detail', () => {
    const source = run(start(), { type: 'show-source' })
    expect(currentScreen(source).sourceId).toBe('002_b74358b56c09aadc')
    expect(currentScreen(run(source, { type: 'sibling', delta: 1 })).sourceId).toBe('000_757aa98372dae68e')
    expect(currentScreen(run(source, { type: 'sibling', delta: -1 })).sourceId).toBe('001_6024fb6beea2f398')
    const detail = run(start(), { type: 'open' }, { type: 'sibling', delta: 1 })
    expect(currentScreen(detail).groupId).toBe('g1')
    expect(currentScreen(run(detail, { type: 'sibling', delta: -1 }, { type: 'sibling', delta: -1 })).groupId).toBe('g4')
  })

  test('back from a group reached with left and right, the list and the coverage select that group', () => {
    const fromList = run(start(), { type: 'open' }, { type: 'sibling', delta: 1 }, { type: 'sibling', delta: 1 }, { type: 'back' })
    expect(rowNames(fromList)[currentScreen(fromList).selected[0]]).toBe('g5')
    const fromCoverage = run(start(), { type: 'toggle-coverage' }, { type: 'open' }, { type: 'sibling', delta: 1 }, { type: 'back' })
    expect(fromCoverage.index.groups[currentScreen(fromCoverage).selected[0]].id).toBe(currentScreen(run(start(), { type: 'toggle-coverage' }, { type: 'open' }, { type: 'sibling', delta: 1 })).groupId)
  })

  test('clearing the search or changing the filter keeps the selected row when it is still listed', () => {
    const typed = (text: string) => [...text].map((character): Action => ({ type: 'search-type', text: character }))
    const searched = run(start(), { type: 'search-start' }, ...typed('cooper'), { type: 'search-commit' }, { type: 'move', delta: 1 })
    expect(rowNames(searched)[currentScreen(searched).selected[0]]).toBe('g1')
    const cleared = run(searched, { type: 'back' })
    expect(rowNames(cleared)[currentScreen(cleared).selected[0]]).toBe('g1')
    // g2 is a quote: the quotes filter lists it again after the conflicts filter left it out; the claims filter does
    // not list it and starts at the top; a row chosen there is the one kept.
    const onQuote = run(start(), { type: 'move', delta: 4 })
    expect(rowNames(onQuote)[currentScreen(onQuote).selected[0]]).toBe('g2')
    const quotes = run(onQuote, { type: 'cycle-filter' }, { type: 'cycle-filter' })
    expect([quotes.filter, rowNames(quotes)[currentScreen(quotes).selected[0]]]).toEqual(['quotes', 'g2'])
    const claims = run(quotes, { type: 'cycle-filter' })
    expect(currentScreen(claims).selected[0]).toBe(0)
    const chosen = run(claims, { type: 'move', delta: 1 }, { type: 'cycle-filter' }, { type: 'cycle-filter' })
    expect([chosen.filter, rowNames(chosen)[currentScreen(chosen).selected[0]]]).toEqual(['all', 'g5'])
  })

  test('c toggles the coverage; Tab moves between its panes', () => {
    const state = run(start(), { type: 'toggle-coverage' }, { type: 'next-pane' }, { type: 'move', delta: 1 })
    expect(currentScreen(state)).toMatchObject({ view: 'coverage', pane: 1, selected: [0, 1] })
    expect(currentScreen(run(state, { type: 'toggle-coverage' })).view).toBe('groups')
  })

  test('the help closes on the next key, which does nothing else', () => {
    const state = run(start(), { type: 'show-help' })
    expect(state.isHelpOpen).toBe(true)
    const after = run(state, { type: 'move', delta: 1 })
    expect(after.isHelpOpen).toBe(false)
    expect(currentScreen(after).selected[0]).toBe(0)
    // A key bound to nothing closes it too, and otherwise changes nothing at all.
    expect(run(state, { type: 'other-key' }).isHelpOpen).toBe(false)
    const idle = start()
    expect(run(idle, { type: 'other-key' })).toBe(idle)
  })

  test('a help taller than the screen scrolls with the arrows and page keys, and closes on any other key', () => {
    const tall = run(start(), { type: 'show-help' }, { type: 'help-viewport', scroll: 0, isScrollable: true })
    const scrolled = run(tall, { type: 'move', delta: 1 }, { type: 'page', delta: 5 })
    expect([scrolled.isHelpOpen, scrolled.help.scroll]).toEqual([true, 6])
    expect(run(scrolled, { type: 'move-to', position: 'first' }).help.scroll).toBe(0)
    expect(run(scrolled, { type: 'move', delta: -10 }).help.scroll).toBe(0)
    expect(run(scrolled, { type: 'open' }).isHelpOpen).toBe(false)
    // Opened again, it starts at the top.
    expect(run(scrolled, { type: 'open' }, { type: 'show-help' }).help.scroll).toBe(0)
  })

  test('a text pane scrolls; the view reports where the scroll stopped', () => {
    const preview = run(start(), { type: 'next-pane' }, { type: 'move', delta: 3 })
    expect(currentScreen(preview)).toMatchObject({ pane: 1, scroll: 3, selected: [0, 0] })
    expect(currentScreen(run(preview, { type: 'viewport', scroll: 1 })).scroll).toBe(1)
  })

  test('a status line lasts until the next key', () => {
    const state = run(start(), { type: 'status', text: 'report written: reports/sources.md', tone: 'status' })
    expect(state.status?.text).toBe('report written: reports/sources.md')
    expect(run(state, { type: 'move', delta: 1 }).status).toBeNull()
  })

  test('long lists keep the selection in range', () => {
    const state = initialState(indexAnalysis(withManyGroups(40)))
    expect(currentScreen(run(state, { type: 'page', delta: 20 }, { type: 'page', delta: 20 }, { type: 'page', delta: 20 })).selected[0]).toBe(49)
  })
})
