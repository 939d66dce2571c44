/**
 * Text from a file's or a page's bytes, as a browser would read them: by a
 * byte-order mark (UTF-8, UTF-16), else the charset declared outside the
 * text (an HTTP header), else UTF-8 when the bytes are valid UTF-8, else the
 * charset an HTML page declares in its own `<meta>` (`windows-1252`, a
 * saved page from an older site). Undefined when none of these reads them.
 */
export function decodeText(bytes: Uint8Array, declared?: string): string | undefined {
  const byteOrder = utf16ByteOrder(bytes)
  if (byteOrder) return new TextDecoder(byteOrder).decode(bytes)
  const fromHeader = declared === undefined ? undefined : decoderFor(declared)
  if (fromHeader) return fromHeader.decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Not UTF-8 throughout: what the page says it is; a page that says UTF-8 is that with a bad byte or two, or one
    // saved from an older site that kept its head (decodeUndeclared tells which).
    const label = metaCharset(bytes)
    if (label !== undefined && /^utf-?8$/i.test(label)) return decodeUndeclared(bytes)
    return label === undefined ? undefined : decoderFor(label)?.decode(bytes)
  }
}

/**
 * A page that names no charset anywhere, as a browser reads it: UTF-8 when
 * most of its other-than-ASCII bytes read as UTF-8 (a stray bad byte in a
 * UTF-8 page), else windows-1252, the web's default for older pages.
 */
export function decodeUndeclared(bytes: Uint8Array): string {
  const asUtf8 = new TextDecoder('utf-8').decode(bytes)
  let replaced = 0
  let other = 0
  for (let index = 0; index < asUtf8.length; index++) {
    const code = asUtf8.charCodeAt(index)
    if (code === 0xfffd) replaced++
    else if (code > 0x7f) other++
  }
  return other > replaced ? asUtf8 : decodeWindows1252(bytes)
}

/** `utf-16le` or `utf-16be` when the bytes open with that byte-order mark: text with NUL bytes in it. */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/** Where a page declares its charset: in its head, within the first bytes (as browsers look). */
const metaScanBytes = 4096

/** `<meta charset="windows-1252">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`. */
function metaCharset(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every charset it can name: Latin-1 reads it whatever the rest is.
  const head = Buffer.from(bytes.subarray(0, metaScanBytes)).toString('latin1')
  return /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]
}

function decoderFor(label: string): { decode: (bytes: Uint8Array) => string } | undefined {
  // Node's decoder reads these as Latin-1, with C1 controls where the page has curly quotes and dashes.
  if (windows1252Labels.test(label.trim())) return { decode: decodeWindows1252 }
  try {
    return new TextDecoder(label)
  } catch {
    // (A label no decoder knows: read as if undeclared.)
    return undefined
  }
}

// The labels the web reads as windows-1252 (WHATWG Encoding), the common ones.
const windows1252Labels = /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii|ansi_x3\.4-1968)$/i

// windows-1252's characters for the bytes 0x80-0x9F (Latin-1 has C1 controls there); the five it leaves undefined stay as they are.
const windows1252High = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1').replace(/[\u0080-\u009F]/g, (control) => windows1252High[control.charCodeAt(0) - 0x80])
}

/**
 * Where UTF-8 decoding of `bytes` first fails, as an editor counts (line and
 * column, from 1) and as a byte offset (from 0); undefined when it does not.
 * A U+FFFD the file itself holds (EF BF BD) is no failure.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } | undefined {
  const text = new TextDecoder('utf-8').decode(bytes)
  let byte = 0
  let line = 1
  let column = 1
  for (const character of text) {
    const code = character.codePointAt(0)!
    const length = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
    if (code === 0xfffd && !(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) return { line, column, byte }
    // (A replaced sequence is shorter or longer than 3 bytes, but the first failure comes before any.)
    byte += length
    if (character === '\n') {
      line++
      column = 1
    } else column++
  }
  return undefined
}
