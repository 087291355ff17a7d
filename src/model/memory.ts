/**
 * The memory budget (`--memory-budget`, docs/failure-modes.md "Memory"). A model can ask for more memory
 * than the machine has — a huge fixed input size, or intermediate tensors that blow up while it runs — and
 * the kernel's OOM killer would end the run with SIGKILL and no word. classdiff checks what it will allocate
 * itself before it starts (the input tensors, from the model's input shape and the batch size), and the
 * watchdog thread (watchdog.ts) watches the process's resident memory while onnxruntime loads and runs a
 * model, ending the run with a line naming the model when it passes the budget.
 */
import os from 'node:os'
import { InputError } from '../errors.js'
import type { TensorGeometry } from './preprocess.js'
import type { MemoryGuard } from './watchdog.js'

/** Share of the machine's (or the container's) memory the default budget allows. */
const DEFAULT_SHARE = 0.8

/** The default budget: 80% of the memory this process can have (the container's limit when lower). */
export function defaultMemoryBudget(): number {
  const total = os.totalmem()
  const constrained =
    typeof process.constrainedMemory === 'function' ? process.constrainedMemory() : 0
  const limit =
    constrained !== undefined && constrained > 0 && constrained < total ? constrained : total
  return Math.floor(limit * DEFAULT_SHARE)
}

export function formatMemory(bytes: number): string {
  const GiB = 1024 ** 3
  if (bytes >= 1024 * GiB) return `${(bytes / (1024 * GiB)).toFixed(1)} TiB`
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(1)} GiB`
  return `${Math.ceil(bytes / 1024 ** 2)} MiB`
}

/** The watchdog's guard for one onnxruntime call; `doing` says what the call was (`model m: loading it`). */
export function memoryGuard(
  options: { readonly memoryBudget?: number },
  doing: string
): MemoryGuard | undefined {
  const bytes = options.memoryBudget ?? 0
  if (!(bytes > 0)) return undefined
  return {
    bytes,
    message: `${doing} needed more than the memory budget of ${formatMemory(bytes)} (--memory-budget raises it; 0 turns it off)`
  }
}

/** One tensor the pipeline fills per batch, and the model it feeds (for the message). */
export interface PlannedTensor {
  readonly model: string
  readonly geometry: TensorGeometry
  /** float32 values per batch. */
  readonly bufferLength: number
}

/**
 * Refuses, before anything is allocated, input tensors that cannot fit: `buffers` batches of each tensor are
 * alive at once (decoding runs ahead of inference). Also refuses a tensor beyond what a typed array can hold,
 * which would otherwise end as V8's "Invalid typed array length".
 */
export function checkTensorMemory(
  tensors: readonly PlannedTensor[],
  batchSize: number,
  buffers: number,
  budget: number
): void {
  let total = 0
  for (const tensor of tensors) {
    const bytes = tensor.bufferLength * 4
    total += bytes * buffers
    const { channels, height, width } = tensor.geometry
    const shape = `${batchSize} × ${channels} × ${height} × ${width}`
    if (budget > 0 && total > budget) {
      throw new InputError(
        `model ${tensor.model}: input batches of ${shape} float32 values need ${formatMemory(total)} (${buffers} batches in flight), more than the memory budget of ${formatMemory(budget)} (lower --batch-size, or raise --memory-budget)`
      )
    }
    if (!Number.isSafeInteger(tensor.bufferLength) || tensor.bufferLength > 2 ** 32 - 1) {
      throw new InputError(
        `model ${tensor.model}: an input batch of ${shape} values is larger than one tensor can be; lower --batch-size or the input size`
      )
    }
  }
}
