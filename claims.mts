import { analyzePaths } from '/work/main/src/analyze.ts'
import { claimUnits } from '/work/main/src/align/units.ts'
import { compareProfiled, profileSentence, TermStatistics } from '/work/main/src/align/similarity.ts'
const r = await analyzePaths([process.argv[2] ?? 'sources'])
const units = r.analysis.sources.flatMap(s => claimUnits(s.id, s.body, r.sentences.get(s.id)!))
const stats = TermStatistics.fromSentences(units.map(u => u.tokens))
const prof = units.map(u => profileSentence(u.tokens, stats))
const rows = []
for (let i=0;i<units.length;i++) for (let j=i+1;j<units.length;j++) { if (units[i].source===units[j].source) continue
  const a = prof[i], b = prof[j]; let shared=0, wa=0, wb=0; const keys=[]
  for (const [k,w] of a.content) { wa+=w; if (b.content.has(k)) { shared+=w; keys.push(k+':'+w.toFixed(2)) } }
  for (const w of b.content.values()) wb+=w
  const dice = 2*shared/(wa+wb)
  const c = compareProfiled(a, b); if (shared > 0.8) rows.push([dice, shared, c.score, units[i].source.slice(0,3)+': '+units[i].text.slice(0,70), units[j].source.slice(0,3)+': '+units[j].text.slice(0,70), keys.join(',')]) }
rows.sort((a,b)=>b[0]-a[0]); for (const r of rows.slice(0,+(process.argv[3]??40))) console.log(r[0].toFixed(2), r[1].toFixed(2), r[2].toFixed(2), r[5], '\n   ', r[3], '\n   ', r[4])
