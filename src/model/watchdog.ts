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
import { safeLine } from '../log.js'

/** What the watchdog writes when a deadline passes: the bytes, and the file descriptor to write them to. */
export interface FatalReport {
  readonly fd: number
  readonly text: string
}

/** Turns a failure message into the line the front prints; the action installs its own (setFatalReporter). */
export type FatalReporter = (message: string) => FatalReport

const cliReporter: FatalReporter = (message) => ({
  fd: 2,
  text: `classdiff: ${safeLine(message)}\n`
})
let reporter: FatalReporter = cliReporter

/** How the running front reports a time-out. The CLI's form is the default. */
export function setFatalReporter(next: FatalReporter): void {
  reporter = next
}

/** Longest failure line kept, in bytes (UTF-8). */
const MESSAGE_BYTES = 4096

// Shared state, Int32 slots: the generation (bumped on every arm and disarm), the armed time-out in ms
// (0 = none), the time-out message's length, the file descriptor, the memory budget in MiB (0 = none) and
// the memory message's length.
const GENERATION = 0
const TIMEOUT_MS = 1
const LENGTH = 2
const FD = 3
const MEMORY_MIB = 4
const MEMORY_LENGTH = 5
/** How often the watchdog reads the process's resident memory while a call with a budget runs. */
const MEMORY_POLL_MS = 20

/** Runs in the watchdog thread (CommonJS, eval'd: the bundle ships no separate worker file). */
const WATCHDOG_SOURCE = `
const { workerData } = require('node:worker_threads')
const { writeSync } = require('node:fs')
const state = new Int32Array(workerData.state)
const message = new Uint8Array(workerData.message)
const memoryMessage = new Uint8Array(workerData.memoryMessage)
function die(bytes, length) {
  try {
    writeSync(Atomics.load(state, ${FD}), bytes.subarray(0, length))
  } finally {
    process.kill(process.pid, 'SIGKILL')
  }
}
for (;;) {
  const generation = Atomics.load(state, ${GENERATION})
  const timeout = Atomics.load(state, ${TIMEOUT_MS})
  const budget = Atomics.load(state, ${MEMORY_MIB})
  if (timeout <= 0 && budget <= 0) {
    Atomics.wait(state, ${GENERATION}, generation)
    continue
  }
  const started = Date.now()
  for (;;) {
    const left = timeout > 0 ? timeout - (Date.now() - started) : Infinity
    if (left <= 0) {
      if (Atomics.load(state, ${GENERATION}) === generation) die(message, Atomics.load(state, ${LENGTH}))
      break
    }
    const slice = budget > 0 ? Math.min(${MEMORY_POLL_MS}, left) : left
    if (Atomics.wait(state, ${GENERATION}, generation, slice) !== 'timed-out') break
    if (budget > 0 && process.memoryUsage.rss() > budget * 1048576 &&
        Atomics.load(state, ${GENERATION}) === generation) {
      die(memoryMessage, Atomics.load(state, ${MEMORY_LENGTH}))
    }
  }
}
`

interface Watchdog {
  readonly state: Int32Array
  readonly message: Uint8Array
  readonly memoryMessage: Uint8Array
}

let watchdog: Watchdog | null = null

function start(): Watchdog {
  if (watchdog !== null) return watchdog
  const state = new Int32Array(new SharedArrayBuffer(6 * Int32Array.BYTES_PER_ELEMENT))
  const message = new Uint8Array(new SharedArrayBuffer(MESSAGE_BYTES))
  const memoryMessage = new Uint8Array(new SharedArrayBuffer(MESSAGE_BYTES))
  const worker = new Worker(WATCHDOG_SOURCE, {
    eval: true,
    workerData: {
      state: state.buffer,
      message: message.buffer,
      memoryMessage: memoryMessage.buffer
    }
  })
  // Never keeps the process alive; Atomics.wait is interrupted when the process exits.
  worker.unref()
  watchdog = { state, message, memoryMessage }
  return watchdog
}

function store(target: Uint8Array, text: string): number {
  let bytes = Buffer.from(text, 'utf8')
  if (bytes.length > MESSAGE_BYTES) {
    bytes = Buffer.concat([bytes.subarray(0, MESSAGE_BYTES - 1), Buffer.from('\n')])
  }
  target.set(bytes)
  return bytes.length
}

function arm(
  dog: Watchdog,
  milliseconds: number,
  report: FatalReport,
  memory: ArmedMemory | null
): void {
  Atomics.store(dog.state, LENGTH, store(dog.message, report.text))
  Atomics.store(dog.state, FD, report.fd)
  Atomics.store(dog.state, TIMEOUT_MS, milliseconds)
  if (memory !== null) {
    Atomics.store(dog.state, MEMORY_LENGTH, store(dog.memoryMessage, memory.report.text))
    Atomics.store(dog.state, MEMORY_MIB, memory.mebibytes)
  } else {
    Atomics.store(dog.state, MEMORY_MIB, 0)
  }
  Atomics.add(dog.state, GENERATION, 1)
  Atomics.notify(dog.state, GENERATION)
}

function disarm(dog: Watchdog): void {
  Atomics.store(dog.state, TIMEOUT_MS, 0)
  Atomics.store(dog.state, MEMORY_MIB, 0)
  Atomics.add(dog.state, GENERATION, 1)
  Atomics.notify(dog.state, GENERATION)
}

interface ArmedMemory {
  readonly mebibytes: number
  readonly report: FatalReport
}

/** A memory budget for one onnxruntime call: the process's resident memory may not pass `bytes`. */
export interface MemoryGuard {
  /** Bytes of resident memory the whole process may use; 0 or absent = no budget. */
  readonly bytes: number
  /** The failure line when the call goes past it (names the model and the budget). */
  readonly message: string
}

/**
 * Runs `fn` (one onnxruntime call: a load or a batch) under a deadline of `seconds` (0 means no limit) and,
 * when given, a memory budget. When the deadline passes, or the process's resident memory goes past the
 * budget (a model whose intermediate tensors need more than the machine has would otherwise be killed by
 * the kernel's OOM killer with no word), the process ends with that message as its one failure line (see
 * the module comment).
 */
export async function withDeadline<T>(
  seconds: number,
  message: string,
  fn: () => Promise<T>,
  memory?: MemoryGuard
): Promise<T> {
  const budget = memory !== undefined && memory.bytes > 0 ? memory : null
  if (!(seconds > 0) && budget === null) return fn()
  const dog = start()
  const milliseconds =
    seconds > 0 ? Math.max(1, Math.min(0x7fffffff, Math.round(seconds * 1000))) : 0
  arm(
    dog,
    milliseconds,
    reporter(message),
    budget === null
      ? null
      : {
          mebibytes: Math.max(1, Math.min(0x7fffffff, Math.floor(budget.bytes / 1048576))),
          report: reporter(budget.message)
        }
  )
  try {
    return await fn()
  } finally {
    disarm(dog)
  }
}
