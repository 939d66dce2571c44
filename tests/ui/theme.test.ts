import { expect, test } from 'vitest'
import { createTheme } from '../../src/ui/theme.js'

test('colours by meaning; NO_COLOR keeps only attributes', () => {
  expect(createTheme({}).style('conflict')).toEqual({ color: 'red', bold: true })
  expect(createTheme({ NO_COLOR: '1' }).style('conflict')).toEqual({ bold: true })
  expect(createTheme({ NO_COLOR: '1' }).style('selected')).toEqual({ inverse: true })
  // An empty NO_COLOR does not count (no-color.org).
  expect(createTheme({ NO_COLOR: '' }).isColor).toBe(true)
  expect(createTheme({}).style(undefined)).toEqual({})
})
