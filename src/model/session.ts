import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import * as ort from 'onnxruntime-node'
import { InputError } from '../errors.js'
import { threadIds } from './decode-priority.js'
import { float16ToFloat32, float32ToFloat16 } from './float16.js'
import type { ModelSignature } from './types.js'

export type ExecutionProvider = 'cpu' | 'cuda'

export interface SessionOptions {
  /** onnxruntime intra-op threads; 0 = choose for this machine. */
  readonly threads: number
  readonly executionProvider: ExecutionProvider
  /** The output holding the class scores (`--output`); needed when a model has more than one. */
  readonly output?: string | null
}

/** An open model: its signature and a way to score images already laid out as its input tensor. */
export interface ModelSession {
  readonly path: string
  readonly signature: ModelSignature
  /** Threads onnxruntime started for this session (empty where the platform does not list threads). */
  readonly threads: ReadonlySet<number>
  /**
   * Scores `count` images stored back to back in `input` (float32, the model's layout, `height`×`width`).
   * Returns `count × classes` scores, row per image. Fixed-batch models run in chunks, the last one padded.
   */
  run(
    input: Float32Array,
    count: number,
    height: number,
    width: number
  ): Promise<{ scores: Float32Array; classes: number }>
  release(): Promise<void>
}

/** Intra-op threads when the user leaves it to us: every core (decoding runs on libuv threads beside it). */
export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism())
}

let ortConfigured = false
function configureOrt(): void {
  if (ortConfigured) return
  ortConfigured = true
  // onnxruntime's own log lines (coloured, on stderr, quoting node names from the model file) must not reach
  // the user's log raw: every error it has also surfaces as an exception, which classdiff words as one line.
  ort.env.logLevel = 'fatal'
}

/** Folder of the onnxruntime-node native binding, where optional provider libraries must sit. */
function bindingFolder(): string {
  const entry = createRequire(import.meta.url).resolve('onnxruntime-node')
  return path.join(path.dirname(entry), '..', 'bin', 'napi-v6', process.platform, process.arch)
}

function cudaProviderLibrary(): string {
  const name =
    process.platform === 'win32'
      ? 'onnxruntime_providers_cuda.dll'
      : 'libonnxruntime_providers_cuda.so'
  return path.join(bindingFolder(), name)
}

/** Refuses CUDA up front when its provider library is absent (onnxruntime would only log and throw). */
function checkExecutionProvider(provider: ExecutionProvider): void {
  if (provider !== 'cuda') return
  const library = cudaProviderLibrary()
  if (!existsSync(library)) {
    throw new InputError(
      `executionProvider cuda is not available: onnxruntime-node has no CUDA provider (${path.basename(library)} is missing ` +
        `from ${path.dirname(library)}); install it with \`npm install onnxruntime-node --onnxruntime-node-install=cuda12\` ` +
        'on a runner with an NVIDIA GPU, CUDA 12 and cuDNN 9, or use executionProvider cpu'
    )
  }
}

/** onnxruntime's load error, without its own "Load model from … failed:" prefix and source paths. */
function ortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return (message.split('\n')[0] ?? '')
    .replace(/^Load model from .*? failed:/, '')
    .replace(/\/onnxruntime_src\/\S+ /g, '')
    .trim()
}

function loadFailure(file: string, error: unknown, provider: ExecutionProvider): InputError {
  const reason = ortReason(error)
  if (/protobuf parsing failed/i.test(reason) || /No graph was found/i.test(reason)) {
    return new InputError(`${file}: not an ONNX model, or a truncated one (${reason})`)
  }
  if (/external data/i.test(reason)) {
    return new InputError(
      `${file}: refused external weights outside the model's folder (${reason})`
    )
  }
  if (provider === 'cuda' && /cuda/i.test(reason)) {
    return new InputError(
      `${file}: executionProvider cuda failed to start (${reason}); use executionProvider cpu`
    )
  }
  return new InputError(`${file}: onnxruntime cannot load the model (${reason})`)
}

const isChannels = (dim: number | string | undefined): dim is 1 | 3 => dim === 1 || dim === 3

/**
 * The output that holds the class scores: the only one, or the one `--output` names. A model with several
 * outputs (logits and features, or auxiliary heads) is refused rather than guessed at.
 */
function scoreOutput(
  file: string,
  session: ort.InferenceSession,
  wanted: string | null
): ort.InferenceSession.ValueMetadata | undefined {
  const outputs = session.outputMetadata
  const names = outputs.map((output) => JSON.stringify(output.name)).join(', ')
  if (wanted !== null) {
    const found = outputs.find((output) => output.name === wanted)
    if (!found) {
      throw new InputError(
        `${file}: has no output named ${JSON.stringify(wanted)} (--output); its outputs: ${names}`
      )
    }
    return found
  }
  if (outputs.length > 1) {
    throw new InputError(
      `${file}: the model has ${outputs.length} outputs (${names}); name the one with the class scores with --output NAME`
    )
  }
  return outputs[0]
}

function readSignature(
  file: string,
  session: ort.InferenceSession,
  wantedOutput: string | null
): ModelSignature {
  const inputs = session.inputMetadata
  if (inputs.length !== 1) {
    throw new InputError(
      `${file}: the model has ${inputs.length} inputs (${session.inputNames.join(', ')}); classdiff feeds one image tensor`
    )
  }
  const input = inputs[0] as ort.InferenceSession.ValueMetadata
  if (!input.isTensor || (input.type !== 'float32' && input.type !== 'float16')) {
    const type = input.isTensor ? input.type : 'non-tensor'
    throw new InputError(
      `${file}: input "${input.name}" is ${type}; classdiff feeds float32 or float16 images`
    )
  }
  const shape = input.shape
  if (shape.length !== 4) {
    throw new InputError(
      `${file}: input "${input.name}" has shape [${shape.join(', ')}]; classdiff feeds 4-d images (NCHW or NHWC)`
    )
  }
  let layout: 'NCHW' | 'NHWC'
  if (isChannels(shape[1])) layout = 'NCHW'
  else if (isChannels(shape[3])) layout = 'NHWC'
  else if (typeof shape[1] === 'string' && typeof shape[3] === 'string')
    layout = 'NCHW' // nothing to go on: the ONNX convention
  else {
    throw new InputError(
      `${file}: input "${input.name}" has shape [${shape.join(', ')}]; expected 1 or 3 channels in dimension 1 (NCHW) or 3 (NHWC)`
    )
  }
  const [batchDim, heightDim, widthDim, channelDim] =
    layout === 'NCHW'
      ? [shape[0], shape[2], shape[3], shape[1]]
      : [shape[0], shape[1], shape[2], shape[3]]
  const fixed = (dim: number | string | undefined): number | null =>
    typeof dim === 'number' && dim > 0 ? dim : null

  const output = scoreOutput(file, session, wantedOutput)
  if (!output || !output.isTensor || (output.type !== 'float32' && output.type !== 'float16')) {
    const what = !output
      ? 'no output'
      : `output "${output.name}" of type ${output.isTensor ? output.type : 'non-tensor'}`
    throw new InputError(
      `${file}: the model has ${what}; classdiff reads float32 or float16 class scores`
    )
  }
  const outShape = output.shape
  const trailingOnes =
    outShape.length === 4 &&
    [outShape[2], outShape[3]].every((d) => d === 1 || typeof d === 'string')
  if (outShape.length !== 0 && outShape.length !== 2 && !trailingOnes) {
    throw new InputError(
      `${file}: output "${output.name}" has shape [${outShape.join(', ')}]; classdiff reads [N, classes] or [N, classes, 1, 1]`
    )
  }
  return {
    inputName: input.name,
    outputName: output.name,
    layout,
    channels: isChannels(channelDim) ? channelDim : 3,
    inputType: input.type,
    batchSize: fixed(batchDim),
    height: fixed(heightDim),
    width: fixed(widthDim),
    classes: fixed(outShape[1]),
    outputType: output.type,
    outputRank: outShape.length === 4 ? 4 : 2
  }
}

/**
 * Opens an ONNX model with onnxruntime-node (never with custom-op libraries; onnxruntime itself refuses
 * external-data paths that leave the model's folder) and reads its signature.
 */
export async function openModel(file: string, options: SessionOptions): Promise<ModelSession> {
  configureOrt()
  let size: number
  try {
    const info = await stat(file)
    if (info.isDirectory()) throw new InputError(`${file}: is a directory, not an ONNX model file`)
    size = info.size
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`${file}: model file not found`)
  }
  if (size === 0) throw new InputError(`${file}: model file is empty (0 bytes)`)
  checkExecutionProvider(options.executionProvider)

  let session: ort.InferenceSession
  const threadsBefore = threadIds()
  try {
    session = await ort.InferenceSession.create(file, {
      executionProviders: [options.executionProvider],
      intraOpNumThreads: options.threads > 0 ? options.threads : defaultThreads(),
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      logSeverityLevel: 4,
      // Idle onnxruntime threads would otherwise spin between batches, taking the cores decoding needs.
      extra: { session: { intra_op: { allow_spinning: '0' } } }
    })
  } catch (error) {
    throw loadFailure(file, error, options.executionProvider)
  }
  let signature: ModelSignature
  try {
    signature = readSignature(file, session, options.output ?? null)
  } catch (error) {
    await session.release()
    throw error
  }
  const threads = new Set([...threadIds()].filter((id) => !threadsBefore.has(id)))
  return new OrtModelSession(file, session, signature, threads)
}

class OrtModelSession implements ModelSession {
  private padded: Float32Array | null = null

  constructor(
    readonly path: string,
    private readonly session: ort.InferenceSession,
    readonly signature: ModelSignature,
    readonly threads: ReadonlySet<number>
  ) {}

  async run(
    input: Float32Array,
    count: number,
    height: number,
    width: number
  ): Promise<{ scores: Float32Array; classes: number }> {
    const { channels, batchSize } = this.signature
    const perImage = channels * height * width
    const chunk = batchSize ?? count
    let scores: Float32Array | null = null
    let classes = 0
    for (let start = 0; start < count; start += chunk) {
      const n = Math.min(chunk, count - start)
      let data = input.subarray(start * perImage, (start + n) * perImage)
      if (n < chunk) {
        // A fixed-batch model takes exactly `chunk` images: pad the last batch with zeros.
        if (this.padded?.length !== chunk * perImage)
          this.padded = new Float32Array(chunk * perImage)
        this.padded.fill(0)
        this.padded.set(data)
        data = this.padded
      }
      const rows = await this.runChunk(data, chunk, height, width)
      if (scores === null) {
        classes = rows.classes
        scores = new Float32Array(count * classes)
      } else if (rows.classes !== classes) {
        throw new InputError(
          `${this.path}: the number of classes changed between batches (${classes}, then ${rows.classes})`
        )
      }
      scores.set(rows.scores.subarray(0, n * classes), start * classes)
    }
    return { scores: scores ?? new Float32Array(0), classes }
  }

  private async runChunk(
    data: Float32Array,
    n: number,
    height: number,
    width: number
  ): Promise<{ scores: Float32Array; classes: number }> {
    const { inputName, outputName, inputType, layout, channels } = this.signature
    const dims = layout === 'NCHW' ? [n, channels, height, width] : [n, height, width, channels]
    const tensor =
      inputType === 'float16'
        ? new ort.Tensor('float16', float32ToFloat16(data), dims)
        : new ort.Tensor('float32', data, dims)
    let result: ort.InferenceSession.ReturnType
    try {
      result = await this.session.run({ [inputName]: tensor }, [outputName])
    } catch (error) {
      throw new InputError(
        `${this.path}: onnxruntime failed to run the model on a [${dims.join(', ')}] input (${ortReason(error)})`
      )
    }
    const output = result[outputName] as ort.Tensor
    const shape = output.dims
    const validShape =
      shape[0] === n &&
      (shape.length === 2 || (shape.length === 4 && shape[2] === 1 && shape[3] === 1)) &&
      (shape[1] ?? 0) > 0
    if (!validShape) {
      throw new InputError(
        `${this.path}: output "${outputName}" has shape [${shape.join(', ')}] for ${n} images; classdiff reads [N, classes] or [N, classes, 1, 1]`
      )
    }
    const classes = shape[1] as number
    let scores: Float32Array
    if (output.type === 'float32') scores = output.data as Float32Array
    else if (output.type === 'float16') scores = float16ToFloat32(output.data as Uint16Array)
    else
      throw new InputError(
        `${this.path}: output "${outputName}" is ${output.type}; classdiff reads float32 or float16 scores`
      )
    return { scores, classes }
  }

  async release(): Promise<void> {
    await this.session.release()
  }
}
