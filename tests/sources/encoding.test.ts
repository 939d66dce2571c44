import { describe, expect, it } from 'vitest'
import { decodeText, decodeUndeclared } from '../../src/sources/encoding.js'

const page = (charset: string, body: string) => `<html><head><meta charset="${charset}"><title>t</title></head><body><p>${body}</p></body></html>`
const cp1252 = (text: string) => Buffer.from([...text].map((character) => ({ '“': 0x93, '”': 0x94, '€': 0x80, '—': 0x97 })[character] ?? character.charCodeAt(0)))

describe('decodeText', () => {
  it('reads UTF-8, with or without its mark, and UTF-16 by its mark', () => {
    expect(decodeText(Buffer.from('Café “ok”'))).toBe('Café “ok”')
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café')]))).toBe('Café')
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café “ok”', 'utf16le')]))).toBe('Café “ok”')
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Café', 'utf16le').swap16()]))).toBe('Café')
  })

  it('reads a page in the charset its meta declares, curly quotes and dashes as windows-1252 has them', () => {
    expect(decodeText(cp1252(page('windows-1252', 'Caf\xe9 owner: “We will reopen” — €5')))).toContain('Café owner: “We will reopen” — €5')
    // Latin-1 is read as windows-1252, as browsers do; the http-equiv form counts too.
    expect(decodeText(cp1252(page('ISO-8859-1', '“Hi”')))).toContain('“Hi”')
    const httpEquiv = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>“Hi”</body></html>'
    expect(decodeText(cp1252(httpEquiv))).toContain('<body>“Hi”</body>')
  })

  it('takes a charset declared outside the text first', () => {
    expect(decodeText(cp1252('“Hi” from Caf\xe9'), 'windows-1252')).toBe('“Hi” from Café')
    expect(decodeText(Buffer.from('Caf\u00e9', 'latin1'), 'latin1')).toBe('Café')
  })

  it('reads a page that says UTF-8 as UTF-8, a bad byte replaced, and a page that says nothing as a browser does', () => {
    const [head, tail] = page('utf-8', '“We will rebuild” the counc|l said.').split('|')
    expect(decodeText(Buffer.concat([Buffer.from(head), Buffer.from([0xe9]), Buffer.from(tail)]))).toContain('“We will rebuild” the counc\uFFFDl said.')
    // A page saved from an older site that kept its UTF-8 head: windows-1252 throughout, read as such.
    expect(decodeText(cp1252(page('utf-8', '“We will rebuild” the councél said.')))).toContain('“We will rebuild” the councél said.')
    expect(decodeUndeclared(Buffer.concat([Buffer.from('“We will rebuild” the counc'), Buffer.from([0xe9]), Buffer.from('l said.')]))).toBe('“We will rebuild” the counc\uFFFDl said.')
    expect(decodeUndeclared(cp1252('“We will rebuild” the counc\xe9l said.'))).toBe('“We will rebuild” the councél said.')
  })

  it('reads nothing it would have to guess: bytes not UTF-8 with no charset, or no known label', () => {
    expect(decodeText(Buffer.from('Caf\xe9 au lait', 'latin1'))).toBeUndefined()
    expect(decodeText(cp1252(page('klingon-1', 'Caf\xe9')))).toBeUndefined()
    expect(decodeText(Buffer.from('Caf\xe9', 'latin1'), 'klingon-1')).toBeUndefined()
  })
})
