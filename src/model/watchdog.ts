/**
 * Time-outs for onnxruntime's calls (`--timeout`).
 *
 * onnxruntime-node loads a model and runs it synchronously on Node's main thread (its `run()` is a promise
 * around a blocking call), so while a hostile or oversized model loads or scores a batch, no timer on the main
 * thread can fire and no JavaScript can interrupt the call. A watchdog thread (worker_threads) watches the
 * deadline in shared memory instead: the main thread arms it with the time-out and the failure line before each
 * call and disarms it after. When a call outlives its deadline the watchdog writes the front's one-line failure
 * (`classdiff: …` on stderr for the CLI, an `::error::` command for the action) and kills the process with
 * SIGKILL: the native call cannot be stopped, and Node cannot exit normally while it runs. So a time-out ends
 * the process at once with exit status 137 (128 + SIGKILL), nothing written after it.
 *
 * One deadline at a time: the pipeline opens and runs models one after another.
 */
import { Worker } from 'node:worker_threads'

/** What the watchdog writes when a deadline passes: the bytes, and the file descriptor to write them to. */
export interface FatalReport {
  readonly fd: number
  readonly text: string
}

/** Turns a failure message into the line the front prints; the action installs its own (setFatalReporter). */
export type FatalReporter = (message: string) => FatalReport

const cliReporter: FatalReporter = (message) => ({ fd: 2, text: `classdiff: ${message}\n` })
let reporter: FatalReporter = cliReporter

/** How the running front reports a time-out. The CLI's form is the default. */
export function setFatalReporter(next: FatalReporter): void {
  reporter = next
}

/** Longest failure line kept, in bytes (UTF-8). */
const MESSAGE_BYTES = 4096

// Shared state, Int32 slots: the generation (bumped on every arm and disarm), the armed time-out in ms
// (0 = disarmed), the message length and the file descriptor.
const GENERATION = 0
const TIMEOUT_MS = 1
const LENGTH = 2
const FD = 3

/** Runs in the watchdog thread (CommonJS, eval'd: the bundle ships no separate worker file). */
const WATCHDOG_SOURCE = `
const { workerData } = require('node:worker_threads')
const { writeSync } = require('node:fs')
const state = new Int32Array(workerData.state)
const message = new Uint8Array(workerData.message)
for (;;) {
  const generation = Atomics.load(state, ${GENERATION})
  const timeout = Atomics.load(state, ${TIMEOUT_MS})
  if (timeout <= 0) {
    Atomics.wait(state, ${GENERATION}, generation)
    continue
  }
  if (Atomics.wait(state, ${GENERATION}, generation, timeout) !== 'timed-out') continue
  if (Atomics.load(state, ${GENERATION}) !== generation) continue
  try {
    writeSync(Atomics.load(state, ${FD}), message.subarray(0, Atomics.load(state, ${LENGTH})))
  } finally {
    process.kill(process.pid, 'SIGKILL')
  }
}
`

interface Watchdog {
  readonly state: Int32Array
  readonly message: Uint8Array
}

let watchdog: Watchdog | null = null

function start(): Watchdog {
  if (watchdog !== null) return watchdog
  const state = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT))
  const message = new Uint8Array(new SharedArrayBuffer(MESSAGE_BYTES))
  const worker = new Worker(WATCHDOG_SOURCE, {
    eval: true,
    workerData: { state: state.buffer, message: message.buffer }
  })
  // Never keeps the process alive; Atomics.wait is interrupted when the process exits.
  worker.unref()
  watchdog = { state, message }
  return watchdog
}

function arm(dog: Watchdog, milliseconds: number, report: FatalReport): void {
  let bytes = Buffer.from(report.text, 'utf8')
  if (bytes.length > MESSAGE_BYTES) {
    bytes = Buffer.concat([bytes.subarray(0, MESSAGE_BYTES - 1), Buffer.from('\n')])
  }
  dog.message.set(bytes)
  Atomics.store(dog.state, LENGTH, bytes.length)
  Atomics.store(dog.state, FD, report.fd)
  Atomics.store(dog.state, TIMEOUT_MS, milliseconds)
  Atomics.add(dog.state, GENERATION, 1)
  Atomics.notify(dog.state, GENERATION)
}

function disarm(dog: Watchdog): void {
  Atomics.store(dog.state, TIMEOUT_MS, 0)
  Atomics.add(dog.state, GENERATION, 1)
  Atomics.notify(dog.state, GENERATION)
}

/**
 * Runs `fn` (one onnxruntime call: a load or a batch) under a deadline of `seconds`; 0 means no limit. When the
 * deadline passes, the process ends with `message` as its one failure line (see the module comment).
 */
export async function withDeadline<T>(
  seconds: number,
  message: string,
  fn: () => Promise<T>
): Promise<T> {
  if (!(seconds > 0)) return fn()
  const dog = start()
  const milliseconds = Math.max(1, Math.min(0x7fffffff, Math.round(seconds * 1000)))
  arm(dog, milliseconds, reporter(message))
  try {
    return await fn()
  } finally {
    disarm(dog)
  }
}
