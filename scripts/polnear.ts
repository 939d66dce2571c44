/** One attribution of a PolNeAR BRAT file: its Content, Source and Cue as character ranges. */
export interface Attribution {
  content: Array<[number, number]>
  source: Array<[number, number]>
  cue: Array<[number, number]>
}

/**
 * Read a BRAT standoff file. A text-bound line is `T1<TAB>Type 12 40;42 50<TAB>text`,
 * whose text may run over several lines; an event line
 * `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1` ties the parts together.
 */
export function parseBrat(value: string): Attribution[] {
  const spans = new Map<string, Array<[number, number]>>()
  const events: Array<Record<string, string>> = []
  for (const line of value.split('\n')) {
    const textBound = /^(T\d+)\t\w+ ([\d ;]+)\t/.exec(line)
    if (textBound) {
      const ranges = textBound[2].split(';').map((range) => range.trim().split(/\s+/).map(Number) as [number, number])
      spans.set(textBound[1], ranges)
      continue
    }
    const event = /^E\d+\t(.*)$/.exec(line)
    if (event) events.push(Object.fromEntries(event[1].trim().split(/\s+/).map((part) => part.split(':') as [string, string])))
  }
  return events
    .filter((event) => event.Content && spans.has(event.Content))
    .map((event) => ({
      content: spans.get(event.Content)!,
      source: (event.Source && spans.get(event.Source)) || [],
      cue: (event.Cue && spans.get(event.Cue)) || [],
    }))
}
