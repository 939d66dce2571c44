import type { DifferenceLevel, Verdict } from '../types.js'

/**
 * What a piece of text means on screen. Views speak in tones, never in
 * colours, so that one module decides how each meaning looks.
 */
export type Tone =
  | 'conflict'
  | 'variant'
  | 'equivalent'
  | 'identical'
  | 'unique'
  | 'heading'
  | 'accent'
  | 'muted'
  | 'selected'
  | 'changed'
  | 'removed'
  | 'quote'
  | 'status'
  | 'error'

/** The subset of Ink's `<Text>` props a tone maps to. */
export interface ToneStyle {
  color?: string
  bold?: boolean
  dimColor?: boolean
  inverse?: boolean
  underline?: boolean
  strikethrough?: boolean
}

export interface Theme {
  /** False when `NO_COLOR` is set: only attributes (bold, inverse, …) remain, markers carry the meaning. */
  isColor: boolean
  style: (tone: Tone | undefined) => ToneStyle
}

const palette: Record<Tone, ToneStyle> = {
  conflict: { color: 'red', bold: true },
  variant: { color: 'yellow' },
  equivalent: { color: 'cyan' },
  identical: { color: 'green' },
  unique: { color: 'magenta' },
  heading: { bold: true },
  accent: { color: 'blue', bold: true },
  muted: { dimColor: true },
  selected: { inverse: true },
  changed: { color: 'yellow', bold: true, underline: true },
  removed: { color: 'red', strikethrough: true },
  quote: { color: 'cyan' },
  status: { color: 'green' },
  error: { color: 'red', bold: true },
}

/** https://no-color.org: set and not empty means no colour. */
export function createTheme(environment: Readonly<Record<string, string | undefined>> = process.env): Theme {
  const isColor = !environment.NO_COLOR
  return {
    isColor,
    style(tone) {
      if (tone === undefined) return {}
      const { color, ...attributes } = palette[tone]
      return isColor ? palette[tone] : attributes
    },
  }
}

export const theme = createTheme()

export const verdictTone: Record<Verdict, Tone> = {
  conflict: 'conflict',
  variant: 'variant',
  equivalent: 'equivalent',
  identical: 'identical',
}

/** One-character markers so verdicts read without colour. */
export const verdictMarker: Record<Verdict, string> = {
  conflict: '!',
  variant: '~',
  equivalent: '≈',
  identical: '=',
}

export const levelMarker: Record<DifferenceLevel, string> = {
  conflict: '!',
  wording: '~',
  context: '^',
  cosmetic: '·',
}

export const levelTone: Record<DifferenceLevel, Tone> = {
  conflict: 'conflict',
  wording: 'variant',
  context: 'accent',
  cosmetic: 'equivalent',
}
