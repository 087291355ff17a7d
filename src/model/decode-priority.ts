import { readdirSync } from 'node:fs'
import { setPriority } from 'node:os'

/**
 * Decoding on the cycles inference leaves idle.
 *
 * onnxruntime already keeps every core busy while it scores a batch; image decoding (sharp on the libuv pool
 * and libvips' own workers) running beside it at the same priority preempts onnxruntime's threads mid
 * operator, and its barriers then wait for the preempted thread. On 2 cores that cost more than the
 * decoding itself (docs/performance.md). At the lowest priority the decoders run when onnxruntime waits
 * (between operators and batches, or when it waits for pixels), and inference is barely slowed.
 *
 * Linux only (per-thread nice through /proc/self/task); elsewhere every call is a no-op. A process cannot
 * raise a thread's priority back without privileges, so the lowered threads stay lowered: after evaluation
 * they only write files.
 */

const LOWEST = 19

/** The process's thread ids, or an empty set where /proc/self/task does not exist. */
export function threadIds(): Set<number> {
  try {
    return new Set(readdirSync('/proc/self/task').map(Number))
  } catch {
    return new Set()
  }
}

export class DecoderPriority {
  private readonly lowered = new Set<number>()

  /** `keep`: threads left at normal priority (the main thread, onnxruntime's pools). */
  constructor(private readonly keep: ReadonlySet<number>) {}

  /** Lowers every thread not kept and not lowered yet; the pools grow lazily, so call it as work is queued. */
  lowerNewThreads(): void {
    for (const id of threadIds()) {
      if (this.keep.has(id) || this.lowered.has(id)) continue
      this.lowered.add(id)
      try {
        setPriority(id, LOWEST)
      } catch {
        // The thread ended between the listing and the call, or the system refuses: decoding still works.
      }
    }
  }
}
