/**
 * `JSON.stringify(value, null, space)` written out piece by piece: the
 * outer objects and arrays (down to `streamDepth`) are walked here and each
 * inner value is stringified on its own, so a large analysis never exists as
 * one string (or one string plus its UTF-8 copy). The text is the same as
 * JSON.stringify's, byte for byte.
 */
export interface WriteJsonOptions {
  /** Indentation, as JSON.stringify's `space` (a number of spaces). Default 2; 0 for compact. */
  space?: number
  /** Containers nested deeper than this are stringified whole. Default 2. */
  streamDepth?: number
  /** Pieces are gathered up to about this many characters before `write` is called. Default 65536. */
  chunkSize?: number
}

export function writeJson(value: unknown, write: (chunk: string) => void, options: Readonly<WriteJsonOptions> = {}): void {
  // As JSON.stringify takes a number: whole spaces, at most ten.
  const space = Math.min(10, Math.max(0, Math.floor(options.space ?? 2)))
  const streamDepth = options.streamDepth ?? 2
  const chunkSize = options.chunkSize ?? 65536
  let pending: string[] = []
  let pendingLength = 0
  const emit = (text: string) => {
    pending.push(text)
    pendingLength += text.length
    if (pendingLength >= chunkSize) flush()
  }
  const flush = () => {
    if (pending.length > 0) write(pending.join(''))
    pending = []
    pendingLength = 0
  }

  const newline = (depth: number) => (space > 0 ? `\n${' '.repeat(space * depth)}` : '')
  // A value nested in `depth` arrays comes out of JSON.stringify indented for that depth: cut the arrays off
  // again, instead of indenting each line of the value's own text (a pattern over all of it).
  const wrappers: Array<{ before: number; after: number }> = []
  const atDepth = (item: unknown, depth: number): string => {
    if (space === 0 || depth === 0) return JSON.stringify(item, null, space) ?? 'null'
    const wrapper = (wrappers[depth] ??= wrapperAt(depth, space))
    const text = JSON.stringify(nestedIn(item, depth), null, space)
    return text.slice(wrapper.before, text.length - wrapper.after)
  }
  // `item` as JSON.stringify sees it, after `toJSON` (see `prepared`).
  const emitValue = (item: unknown, depth: number) => {
    if (depth >= streamDepth || item === null || typeof item !== 'object' || isBoxed(item)) {
      emit(atDepth(item, depth))
      return
    }
    if (Array.isArray(item)) {
      if (item.length === 0) return emit('[]')
      emit('[')
      item.forEach((element, index) => {
        emit(`${index > 0 ? ',' : ''}${newline(depth + 1)}`)
        emitValue(prepared(element, String(index)), depth + 1)
      })
      emit(`${newline(depth)}]`)
      return
    }
    const record = item as Record<string, unknown>
    const entries = Object.keys(record)
      .map((name) => [name, prepared(record[name], name)] as const)
      .filter(([, field]) => isSerializable(field))
    if (entries.length === 0) return emit('{}')
    emit('{')
    entries.forEach(([name, field], index) => {
      emit(`${index > 0 ? ',' : ''}${newline(depth + 1)}${JSON.stringify(name)}:${space > 0 ? ' ' : ''}`)
      emitValue(field, depth + 1)
    })
    emit(`${newline(depth)}}`)
  }

  emitValue(prepared(value, ''), 0)
  flush()
}

/** How many characters `depth` nested arrays add before and after a value in JSON.stringify's text. */
function wrapperAt(depth: number, space: number): { before: number; after: number } {
  const text = JSON.stringify(nestedIn(0, depth), null, space)
  const at = text.indexOf('0')
  return { before: at, after: text.length - at - 1 }
}

/** `value` inside `depth` arrays, one in another. */
function nestedIn(value: unknown, depth: number): unknown {
  let nested = value
  for (let level = 0; level < depth; level++) nested = [nested]
  return nested
}

/** A value as JSON.stringify sees it: after `toJSON`. */
function prepared(value: unknown, key: string): unknown {
  const withToJson = value as { toJSON?: (key: string) => unknown } | null | undefined
  return typeof withToJson?.toJSON === 'function' ? withToJson.toJSON(key) : value
}

/** `new String('x')` and the like, which JSON writes as their primitive. */
function isBoxed(value: object): boolean {
  return value instanceof String || value instanceof Number || value instanceof Boolean
}

/** False for what JSON.stringify leaves out of objects (and writes as null in arrays). */
function isSerializable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol'
}
