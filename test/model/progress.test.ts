import { describe, expect, it } from 'vitest'
import { createProgressReporter, formatDuration, formatProgress } from '../../src/model/progress.js'

/** A stream that records what was written, and a clock the test moves. */
function harness(isTTY: boolean) {
  const writes: string[] = []
  let time = 0
  const reporter = createProgressReporter({
    stream: { isTTY, write: (text: string) => writes.push(text) },
    now: () => time,
    label: 'eval'
  })
  return { writes, reporter, advance: (ms: number) => (time += ms) }
}

describe('progress lines', () => {
  it('say images done, share, images/s and the time left', () => {
    expect(formatProgress(250, 1000, 10_000)).toBe(
      '250/1000 images (25.0%), 25.0 images/s, ETA 30s'
    )
    expect(formatProgress(1000, 1000, 20_000)).toBe('1000/1000 images (100.0%), 50.0 images/s')
    expect([45, 75, 3725].map(formatDuration)).toEqual(['45s', '1m15s', '1h02m'])
  })
})

describe('createProgressReporter', () => {
  it('on a terminal redraws one line, at most every 250 ms, and ends it with a newline', () => {
    const { writes, reporter, advance } = harness(true)
    advance(1000)
    reporter.update(10, 100)
    advance(100)
    reporter.update(20, 100) // too soon: skipped
    advance(200)
    reporter.update(30, 100)
    reporter.finish()
    expect(writes).toEqual([
      '\reval: 10/100 images (10.0%), 10.0 images/s, ETA 9s\x1b[K',
      '\reval: 30/100 images (30.0%), 23.1 images/s, ETA 3s\x1b[K',
      '\reval: 30/100 images (30.0%), 23.1 images/s, ETA 3s\x1b[K\n'
    ])
  })

  it('in a CI log stays silent for short runs', () => {
    const { writes, reporter, advance } = harness(false)
    for (let done = 1; done <= 10; done++) {
      advance(1000)
      reporter.update(done, 10)
    }
    reporter.finish()
    expect(writes).toEqual([])
  })

  it('in a CI log prints a line every 30 s of a long run, and the final count', () => {
    const { writes, reporter, advance } = harness(false)
    for (let done = 1; done <= 70; done++) {
      advance(1000)
      reporter.update(done, 70)
    }
    reporter.finish()
    expect(writes).toEqual([
      'eval: 30/70 images (42.9%), 1.0 images/s, ETA 40s\n',
      'eval: 60/70 images (85.7%), 1.0 images/s, ETA 10s\n',
      'eval: 70/70 images (100.0%), 1.0 images/s\n'
    ])
  })
})
