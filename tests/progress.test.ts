import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createProgressReporter, createStepGate } from '../src/progress.js'
import { run } from '../src/cli.js'
import type { ProgressEvent } from '../src/analyze.js'

function recorder() {
  const chunks: string[] = []
  const stream = new PassThrough()
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')))
  return { stream, text: () => chunks.join('') }
}

describe('createProgressReporter', () => {
  it('says nothing for a run shorter than its delay', async () => {
    const output = recorder()
    let time = 0
    const progress = createProgressReporter(output.stream, { delay: 300, now: () => time })
    progress.onProgress({ stage: 'read', sources: 3 })
    time = 100
    progress.onProgress({ stage: 'compare', groups: 2 })
    progress.finish()
    await new Promise((resolve) => setImmediate(resolve))
    expect(output.text()).toBe('')
  })

  it('redraws one line in place, then leaves a summary', async () => {
    const output = recorder()
    let time = 0
    const progress = createProgressReporter(output.stream, { delay: 300, interval: 100, now: () => time })
    progress.onProgress({ stage: 'read', sources: 1200 })
    time = 400
    progress.onProgress({ stage: 'analyse', total: 1200, cached: 200, threads: 2 })
    time = 450
    progress.onProgress({ stage: 'article', done: 201, total: 1200 })
    time = 600
    progress.onProgress({ stage: 'article', done: 202, total: 1200 })
    progress.onProgress({ stage: 'compare', groups: 37 })
    progress.finish()
    await new Promise((resolve) => setImmediate(resolve))
    expect(output.text().split('\r\x1b[K').slice(1)).toEqual([
      'crosscheck: 1,200 files read · 200/1,200 articles analysed (200 cached, 2 threads)',
      'crosscheck: 1,200 files read · 202/1,200 articles analysed (200 cached, 2 threads)',
      'crosscheck: 1,200 files read · 202/1,200 articles analysed (200 cached, 2 threads) · 37 groups formed',
      'crosscheck: 1,200 files read · 202/1,200 articles analysed (200 cached, 2 threads) · 37 groups formed\n',
    ])
  })
})

describe('createStepGate', () => {
  it('lets stage changes and the last article through at once, other steps once per interval', () => {
    let time = 0
    const isDue = createStepGate(100, () => time)
    const passed: string[] = []
    const offer = (event: ProgressEvent) => {
      if (isDue(event)) passed.push(event.stage === 'article' ? `article ${event.done}` : event.stage)
    }
    offer({ stage: 'read', sources: 1000 })
    offer({ stage: 'analyse', total: 1000, cached: 0, threads: 0 })
    // A thousand articles in 250 ms: a step every 100 ms gets through, plus the last.
    for (let done = 1; done <= 1000; done++) {
      time = done / 4
      offer({ stage: 'article', done, total: 1000 })
    }
    offer({ stage: 'compare', groups: 12 })
    expect(passed).toEqual(['read', 'analyse', 'article 400', 'article 800', 'article 1000', 'compare'])
  })
})

describe('progress in the CLI', () => {
  it('writes nothing on stderr when it is not a terminal', async () => {
    const stdout = recorder()
    const stderr = recorder()
    const code = await run(['analyze', '--json', 'sources'], { stdout: stdout.stream, stderr: stderr.stream })
    await new Promise((resolve) => setImmediate(resolve))
    expect(code).toBe(0)
    expect(stderr.text()).toBe('')
    expect(JSON.parse(stdout.text())).toHaveProperty('sources')
  })
})
