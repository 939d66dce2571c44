/**
 * The paragraphs of a block quotation (`<blockquote>`, Markdown's `>`) as
 * news prose prints a quotation of several paragraphs: each opens with a
 * quote mark and the last one closes it, the double marks inside turned to
 * single ones, a quote within the quote. Flattened to plain paragraphs, a
 * blockquote would read as the writer's own words (a CNET page of a CEO's
 * testimony gave no quote at all). A quotation already in marks stays as it is.
 */
export function asQuotation(paragraphs: readonly string[]): string[] {
  const first = paragraphs[0]?.trimStart() ?? ''
  if (first === '' || /^["\u201C\u201E\u00AB]/.test(first)) return [...paragraphs]
  return paragraphs.map((paragraph, index) => {
    const inner = paragraph.replace(/\u201C/g, '\u2018').replace(/\u201D/g, '\u2019').replace(/"([^"]*)"/g, '\u2018$1\u2019')
    return `\u201C${inner}${index === paragraphs.length - 1 ? '\u201D' : ''}`
  })
}
