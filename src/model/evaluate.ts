import type { EvalImage } from '../data/types.js'
import { InputError } from '../errors.js'
import { DecoderPriority } from './decode-priority.js'
import { preprocessKey } from './preprocess-config.js'
import {
  configureSharp,
  createNormaliser,
  decodeEncodedCrop,
  writeTensor,
  type Normaliser,
  type TensorGeometry
} from './preprocess.js'
import { ImageSource } from './image-source.js'
import { rankScores } from './scores.js'
import { openModel, type ExecutionProvider, type ModelSession } from './session.js'
import { checkTensorMemory, memoryGuard } from './memory.js'
import { withDeadline } from './watchdog.js'
import type { ModelSignature, Prediction, Preprocess } from './types.js'

export interface ModelJob {
  /** How messages name the model (its path as the user wrote it). */
  readonly label: string
  readonly path: string
  readonly preprocess: Preprocess
}

export interface EvaluateOptions {
  readonly batchSize: number
  /** onnxruntime intra-op threads; 0 = choose for this machine. */
  readonly threads: number
  readonly executionProvider: ExecutionProvider
  /** Classes kept per image, best first. */
  readonly topK: number
  /** Classes of the evaluation set; every model must output exactly this many when given. */
  readonly classCount?: number
  /** Longest a model may take to load, or to score one batch, in seconds (see watchdog.ts); 0 or absent = no limit. */
  readonly timeout?: number
  /**
   * Bytes of memory the process may use while models load and run (see watchdog.ts and memory.ts); 0 or
   * absent = no budget.
   */
  readonly memoryBudget?: number
  /** The output with the class scores, for models with several (`--output`). */
  readonly output?: string | null
  readonly onProgress?: (done: number, total: number) => void
}

/**
 * Images decoded ahead of inference, at least. onnxruntime-node's run() blocks the event loop, and each
 * image needs three hops through it (read, header, decode), so a shallow queue leaves the libuv decoders
 * idle while a batch runs: with 64 images ahead every other batch of 32 waited for its pixels, with 128 none did.
 */
const IMAGES_AHEAD = 128

/** Everything a model needs from the pipeline: the preprocessing adapted to it and its tensor layout. */
export interface ModelInput {
  readonly preprocess: Preprocess
  readonly geometry: TensorGeometry
}

/** Models whose input tensors are identical share one tensor per batch. */
export interface TensorGroup {
  /** Position in the tensor group list, which is also the position of its buffer in a batch. */
  readonly index: number
  readonly normaliser: Normaliser
  readonly jobs: number[]
  /** Float32 values per batch buffer. */
  readonly bufferLength: number
  readonly free: Float32Array[]
}

/** Models whose images are resized and cropped identically share one decode per image. */
export interface DecodeGroup {
  readonly preprocess: Preprocess
  readonly tensors: TensorGroup[]
}

interface PreparedBatch {
  readonly start: number
  readonly count: number
  /** One buffer per tensor group, in `tensorGroups` order. */
  readonly buffers: Float32Array[]
}

const describeSize = (height: number, width: number): string => `${height}×${width}`

/**
 * Reconciles a model's preprocessing with what the model's signature fixes. The ImageNet defaults give way
 * to a model's fixed input size; an explicit preprocessing file that disagrees with the model is an error.
 */
export function fitModelInput(job: ModelJob, signature: ModelSignature): ModelInput {
  const [channels, height, width] = job.preprocess.inputSize
  const adopt = job.preprocess.source === 'defaults'
  const from = job.preprocess.source ? ` (${job.preprocess.source})` : ''
  const fittedHeight = signature.height ?? height
  const fittedWidth = signature.width ?? width
  if (!adopt && (fittedHeight !== height || fittedWidth !== width)) {
    throw new InputError(
      `${job.label}: the model takes ${describeSize(fittedHeight, fittedWidth)} images but its preprocessing${from} says input_size ${describeSize(height, width)}`
    )
  }
  if (!adopt && channels !== signature.channels) {
    throw new InputError(
      `${job.label}: the model takes ${signature.channels}-channel images but its preprocessing${from} says ${channels} channels`
    )
  }
  const preprocess: Preprocess = {
    ...job.preprocess,
    inputSize: [signature.channels, fittedHeight, fittedWidth]
  }
  return {
    preprocess,
    geometry: {
      layout: signature.layout,
      channels: signature.channels,
      height: fittedHeight,
      width: fittedWidth
    }
  }
}

/** What changes the decoded pixels (resize and crop), as opposed to the normalisation applied after. */
function decodeKey(preprocess: Preprocess): string {
  return JSON.stringify([
    preprocess.inputSize.slice(1),
    preprocess.cropPct,
    preprocess.cropMode,
    preprocess.interpolation
  ])
}

/**
 * Plans the sharing: models whose tensors are identical (same preprocessing, layout, channels) share a
 * tensor group; tensor groups whose images are resized and cropped alike share a decode group.
 */
export function groupInputs(
  inputs: readonly ModelInput[],
  batchSize: number
): { decodeGroups: DecodeGroup[]; tensorGroups: TensorGroup[] } {
  const decodeGroups = new Map<string, DecodeGroup>()
  const tensorGroups = new Map<string, TensorGroup>()
  inputs.forEach((input, job) => {
    const { geometry, preprocess } = input
    const tensorKey = JSON.stringify([
      preprocessKey(preprocess),
      geometry.layout,
      geometry.channels
    ])
    let tensor = tensorGroups.get(tensorKey)
    if (!tensor) {
      tensor = {
        index: tensorGroups.size,
        normaliser: createNormaliser(preprocess, geometry),
        jobs: [],
        bufferLength: batchSize * geometry.channels * geometry.height * geometry.width,
        free: []
      }
      tensorGroups.set(tensorKey, tensor)
      const key = decodeKey(preprocess)
      let decode = decodeGroups.get(key)
      if (!decode) {
        decode = { preprocess, tensors: [] }
        decodeGroups.set(key, decode)
      }
      decode.tensors.push(tensor)
    }
    tensor.jobs.push(job)
  })
  return { decodeGroups: [...decodeGroups.values()], tensorGroups: [...tensorGroups.values()] }
}

function checkClassCounts(
  counts: readonly (number | null)[],
  jobs: readonly ModelJob[],
  classCount: number | undefined
): void {
  let first = -1
  counts.forEach((count, i) => {
    if (count === null) return
    if (first < 0) first = i
    else if (count !== counts[first]) {
      throw new InputError(
        `model ${(jobs[first] as ModelJob).label} outputs ${counts[first]} classes but model ${(jobs[i] as ModelJob).label} outputs ${count}`
      )
    }
    if (classCount !== undefined && count !== classCount) {
      throw new InputError(
        `model ${(jobs[i] as ModelJob).label} outputs ${count} classes but the evaluation set has ${classCount}`
      )
    }
  })
}

/** Rethrows a session's input error naming the model as the user wrote it (sessions name the resolved path). */
function renameModel(job: ModelJob): (error: unknown) => never {
  return (error) => {
    if (error instanceof InputError && job.label !== job.path) {
      throw new InputError(error.message.replaceAll(job.path, job.label))
    }
    throw error
  }
}

function validateOptions(options: EvaluateOptions): void {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
    throw new InputError(`batch size must be a positive integer, got ${options.batchSize}`)
  }
  if (!Number.isInteger(options.threads) || options.threads < 0) {
    throw new InputError(
      `threads must be 0 (automatic) or a positive integer, got ${options.threads}`
    )
  }
  if (!Number.isInteger(options.topK) || options.topK < 1) {
    throw new InputError(`top-k must be a positive integer, got ${options.topK}`)
  }
}

/**
 * Runs every model over every image and returns one predictions array per job, aligned with `images`.
 *
 * Decoding runs ahead of inference: sharp decodes and resizes on the libuv thread pool while onnxruntime
 * scores the current batch, with a bounded number of batches in flight so memory stays flat however many
 * images there are. Each image is decoded once per distinct resize/crop, and models with identical input
 * tensors share one tensor.
 */
export async function evaluateModels(
  images: readonly EvalImage[],
  jobs: readonly ModelJob[],
  options: EvaluateOptions
): Promise<Prediction[][]> {
  validateOptions(options)
  if (jobs.length === 0) return []
  configureSharp()

  const sessions: ModelSession[] = []
  try {
    for (const job of jobs) {
      sessions.push(
        await withDeadline(
          options.timeout ?? 0,
          `model ${job.label}: loading took longer than the ${options.timeout} s time-out (--timeout)`,
          () => openModel(job.path, options),
          memoryGuard(options, `model ${job.label}: loading it`)
        ).catch(renameModel(job))
      )
    }
    const classCounts = sessions.map((session) => session.signature.classes)
    checkClassCounts(classCounts, jobs, options.classCount)

    // A fixed-batch model takes batches of its own size; keep pipeline batches at least that large.
    const batchSize = Math.max(
      options.batchSize,
      ...sessions.map((s) => s.signature.batchSize ?? 1)
    )
    const inputs = jobs.map((job, i) => fitModelInput(job, (sessions[i] as ModelSession).signature))
    const { decodeGroups, tensorGroups } = groupInputs(inputs, batchSize)
    const batchesAhead = Math.max(2, Math.ceil(IMAGES_AHEAD / batchSize))
    checkTensorMemory(
      tensorGroups.map((group) => ({
        model: (jobs[group.jobs[0] as number] as ModelJob).label,
        geometry: group.normaliser.geometry,
        bufferLength: group.bufferLength
      })),
      batchSize,
      batchesAhead + 1,
      options.memoryBudget ?? 0
    )

    const predictions: Prediction[][] = jobs.map(() => new Array<Prediction>(images.length))
    const total = images.length
    const batchCount = Math.ceil(total / batchSize)
    const source = new ImageSource()

    const prepare = async (batch: number): Promise<PreparedBatch> => {
      const start = batch * batchSize
      const count = Math.min(batchSize, total - start)
      const buffers = tensorGroups.map(
        (group) => group.free.pop() ?? new Float32Array(group.bufferLength)
      )
      const work: Promise<void>[] = []
      for (let slot = 0; slot < count; slot++) {
        // Asked for in set order, so the image source reads each parquet row group once.
        const encoded = source.read(images[start + slot] as EvalImage)
        for (const decode of decodeGroups) {
          work.push(
            encoded
              .then(({ bytes, name }) => decodeEncodedCrop(bytes, name, decode.preprocess))
              .then((crop) => {
                for (const tensor of decode.tensors) {
                  writeTensor(crop, tensor.normaliser, buffers[tensor.index] as Float32Array, slot)
                }
              })
          )
        }
      }
      await Promise.all(work)
      return { start, count, buffers }
    }

    // Everything but the main thread and onnxruntime's own threads decodes: see decode-priority.ts.
    const priority = new DecoderPriority(
      new Set([process.pid, ...sessions.flatMap((session) => [...session.threads])])
    )
    const inFlight: Promise<PreparedBatch>[] = []
    let nextBatch = 0
    const launch = (): void => {
      const prepared = prepare(nextBatch++)
      priority.lowerNewThreads()
      // Failures surface when the batch is awaited, in order; this only keeps Node from calling them unhandled.
      prepared.catch(() => undefined)
      inFlight.push(prepared)
    }
    while (inFlight.length < batchesAhead && nextBatch < batchCount) launch()

    const runtimeClasses: (number | null)[] = [...classCounts]
    let done = 0
    for (let batch = 0; batch < batchCount; batch++) {
      const prepared = await (inFlight.shift() as Promise<PreparedBatch>)
      if (nextBatch < batchCount) launch()
      for (const [g, group] of tensorGroups.entries()) {
        const buffer = prepared.buffers[g] as Float32Array
        const { height, width } = group.normaliser.geometry
        for (const j of group.jobs) {
          const job = jobs[j] as ModelJob
          const { scores, classes } = await withDeadline(
            options.timeout ?? 0,
            `model ${job.label}: scoring a batch of ${prepared.count} images (from ${JSON.stringify((images[prepared.start] as EvalImage).id)}) took longer than the ${options.timeout} s time-out (--timeout)`,
            () => (sessions[j] as ModelSession).run(buffer, prepared.count, height, width),
            memoryGuard(
              options,
              `model ${job.label}: scoring a batch of ${prepared.count} images (from ${JSON.stringify((images[prepared.start] as EvalImage).id)})`
            )
          ).catch(renameModel(job))
          const expected = runtimeClasses[j] ?? null
          if (expected === null) {
            runtimeClasses[j] = classes
            checkClassCounts(runtimeClasses, jobs, options.classCount)
          } else if (classes !== expected) {
            // Checked on every batch: a model whose output size depends on its input must not slip through.
            throw new InputError(
              `model ${job.label} outputs ${classes} classes for the batch from ${JSON.stringify((images[prepared.start] as EvalImage).id)}, but ${expected} for the batches before (or in its declared output shape)`
            )
          }
          const list = predictions[j] as Prediction[]
          for (let r = 0; r < prepared.count; r++) {
            const image = images[prepared.start + r] as EvalImage
            const ranked = rankScores(scores.subarray(r * classes, (r + 1) * classes), options.topK)
            if (!ranked)
              throw new InputError(
                `model ${job.label} produced NaN or infinite scores for image "${image.id}"`
              )
            list[prepared.start + r] = { id: image.id, top: ranked.top, scores: ranked.scores }
          }
        }
        group.free.push(buffer)
      }
      done += prepared.count
      options.onProgress?.(done, total)
    }
    return predictions
  } finally {
    for (const session of sessions) await session.release()
  }
}
