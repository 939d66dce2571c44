import { readFileSync, readdirSync } from 'node:fs'
import { unified } from 'unified'
import retextEnglish from 'retext-english'
import { readMarkdown } from '../src/sources/markdown.js'
import { processText } from '../src/pipeline/index.js'
const dir = process.argv[2]
const files = readdirSync(dir).filter(f => f.endsWith('.md')).map(f => readFileSync(dir + '/' + f, 'utf8'))
const bodies = files.map(t => t.replace(/^---\n[\s\S]*?\n---\n/, ''))
const p = unified().use(retextEnglish)
function t(name: string, fn: () => void) { const s = performance.now(); fn(); console.log(name, (performance.now() - s).toFixed(0)) }
t('retext', () => { for (const b of bodies) p.parse(b) })
t('retext2', () => { for (const b of bodies) p.parse(b) })
t('markdown', () => { for (const f of files) readMarkdown(f) })
t('pipeline', () => { for (const b of bodies) processText(b) })
t('pipeline2', () => { for (const b of bodies) processText(b) })
t('markdown2', () => { for (const f of files) readMarkdown(f) })
t('pipeline3', () => { for (const b of bodies) processText(b) })
