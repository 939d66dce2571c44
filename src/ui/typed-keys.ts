import type { Key } from 'ink'

const noKey: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
}

/**
 * Ink hands over plain text that arrives in one read as one input: keys
 * typed faster than the terminal is read (`j` then Enter) come as `j\r`.
 * Split such input back into one key each.
 */
export function typedKeys(input: string, key: Key): Array<[string, Key]> {
  if (Array.from(input).length <= 1) return [[input, key]]
  return Array.from(input, (character): [string, Key] => {
    if (character === '\r' || character === '\n') return ['', { ...noKey, return: true }]
    if (character === '\t') return ['', { ...noKey, tab: true }]
    if (character === '\u007F') return ['', { ...noKey, delete: true }]
    if (character === '\b') return ['', { ...noKey, backspace: true }]
    return [character, { ...noKey, shift: /[A-Z]/.test(character) }]
  })
}
