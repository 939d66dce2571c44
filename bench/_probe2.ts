import { readFileSync, readdirSync } from 'node:fs'
import v8 from 'node:v8'
import { processText } from '../src/pipeline/index.js'
const dir = process.argv[2]
const bodies = readdirSync(dir).filter(f => f.endsWith('.md')).map(f => readFileSync(dir + '/' + f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
const arts = bodies.map(b => ({ body: b, sentences: processText(b).sentences }))
function t(name: string, fn: () => void) { const s = performance.now(); fn(); console.log(name, (performance.now() - s).toFixed(0)) }
let js: string[] = [], vs: Buffer[] = []
t('json.stringify', () => { js = arts.map(a => JSON.stringify(a)) })
t('v8.serialize', () => { vs = arts.map(a => v8.serialize(a)) })
console.log('sizes', js.reduce((s, x) => s + x.length, 0), vs.reduce((s, x) => s + x.length, 0))
t('json.parse', () => { for (const j of js) JSON.parse(j) })
t('v8.deserialize', () => { for (const v of vs) v8.deserialize(v) })
t('json.parse2', () => { for (const j of js) JSON.parse(j) })
t('v8.deserialize2', () => { for (const v of vs) v8.deserialize(v) })
