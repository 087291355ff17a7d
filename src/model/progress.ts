/** Where progress goes: stderr by default. `isTTY` decides between a live line and occasional log lines. */
export interface ProgressStream {
  write(text: string): unknown
  readonly isTTY?: boolean
}

export interface ProgressOptions {
  readonly stream?: ProgressStream
  /** Prefix of every line. */
  readonly label?: string
  /** Milliseconds since some fixed point; injectable so tests control time. */
  readonly now?: () => number
  /** On a terminal: redraw at most this often (ms). */
  readonly redrawMs?: number
  /** Not on a terminal: stay silent until the run has lasted this long (ms), then log a line this often. */
  readonly logEveryMs?: number
}

export interface ProgressReporter {
  /** Record progress; matches `EvaluateOptions.onProgress`. */
  update(done: number, total: number): void
  /** End the live line (terminal) or log the final count (long runs). */
  finish(): void
}

/** `75s` → `1m15s`, `3725s` → `1h02m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}

/** One progress line: images done, share, throughput and the time left at that pace. */
export function formatProgress(done: number, total: number, elapsedMs: number): string {
  const seconds = elapsedMs / 1000
  const rate = seconds > 0 ? done / seconds : 0
  const share = total > 0 ? ((100 * done) / total).toFixed(1) : '100.0'
  const eta = rate > 0 && done < total ? `, ETA ${formatDuration((total - done) / rate)}` : ''
  return `${done}/${total} images (${share}%), ${rate.toFixed(1)} images/s${eta}`
}

/**
 * A throttled progress reporter for long evaluations. On a terminal it redraws one line in place; in CI
 * logs (no TTY) it stays quiet for short runs and prints a line now and then for long ones.
 */
export function createProgressReporter(options: ProgressOptions = {}): ProgressReporter {
  const stream = options.stream ?? process.stderr
  const label = options.label ?? 'classdiff'
  const now = options.now ?? (() => performance.now())
  const redrawMs = options.redrawMs ?? 250
  const logEveryMs = options.logEveryMs ?? 30_000
  const live = stream.isTTY === true
  const started = now()
  let lastShown = -Infinity
  let shown = false
  let shownDone = -1
  let last: { done: number; total: number } | null = null

  const line = (done: number, total: number): string =>
    `${label}: ${formatProgress(done, total, now() - started)}`

  return {
    update(done, total) {
      last = { done, total }
      const time = now()
      if (live) {
        if (time - lastShown < redrawMs && done < total) return
        stream.write(`\r${line(done, total)}\x1b[K`)
      } else {
        if (time - started < logEveryMs || time - lastShown < logEveryMs) return
        stream.write(`${line(done, total)}\n`)
      }
      lastShown = time
      shown = true
      shownDone = done
    },
    finish() {
      if (!shown || !last) return
      if (live) stream.write(`\r${line(last.done, last.total)}\x1b[K\n`)
      else if (shownDone !== last.done) stream.write(`${line(last.done, last.total)}\n`)
      shown = false
    }
  }
}
