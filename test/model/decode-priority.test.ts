import { readFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { DecoderPriority, threadIds } from '../../src/model/decode-priority.js'

/** A thread's nice value, field 19 of /proc/self/task/<id>/stat (after the command name in parentheses). */
function niceOf(id: number): number {
  const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8')
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])
}

describe.runIf(process.platform === 'linux')('decoder priority (Linux)', () => {
  it('lists the threads of this process, the main thread among them', () => {
    const ids = threadIds()
    expect(ids.has(process.pid)).toBe(true)
    expect(ids.size).toBeGreaterThan(1)
  })

  it('lowers every thread it is not told to keep, including threads started later', async () => {
    const mainNice = niceOf(process.pid)
    const priority = new DecoderPriority(new Set([process.pid]))
    priority.lowerNewThreads()
    const worker = new Worker('setInterval(() => {}, 1000)', { eval: true })
    await new Promise((resolve) => worker.once('online', resolve))
    const started = [...threadIds()].filter((id) => niceOf(id) !== 19 && id !== process.pid)
    expect(started.length).toBeGreaterThan(0)
    priority.lowerNewThreads()
    try {
      for (const id of threadIds()) {
        expect(niceOf(id), `thread ${id}`).toBe(id === process.pid ? mainNice : 19)
      }
    } finally {
      await worker.terminate()
    }
  })
})
