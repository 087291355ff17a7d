import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EvalImage } from '../../src/data/types.js'
import { InputError } from '../../src/errors.js'
import {
  evaluateModels,
  fitModelInput,
  groupInputs,
  type EvaluateOptions,
  type ModelJob
} from '../../src/model/evaluate.js'
import { IMAGENET_DEFAULTS, resolvePreprocess } from '../../src/model/preprocess-config.js'
import type { ModelSignature, Prediction, Preprocess } from '../../src/model/types.js'
import {
  writeColourClassifier,
  type ColourClassifierOptions
} from '../helpers/onnx/colour-classifier.js'
import { mobileNetV2 } from '../helpers/onnx/networks.js'
import { tempDir, writeSolidImage } from './helpers/images.js'
import { PALETTE, SAMPLES } from './helpers/palette.js'

let dir: string
let cleanup: () => Promise<void>
let images: EvalImage[]
const labels = SAMPLES.map((sample) => sample.label)

beforeAll(async () => {
  ;({ dir, cleanup } = await tempDir())
  // Real files of every supported format and a few sizes and aspect ratios.
  const formats = ['png', 'jpg', 'webp']
  images = await Promise.all(
    SAMPLES.map(async (sample, i) => {
      const id = `${sample.name}/${i}.${formats[i % 3]}`
      const file = await writeSolidImage(
        path.join(dir, `${sample.name}-${i}.${formats[i % 3]}`),
        sample.colour,
        40 + 13 * i,
        60 - 3 * i
      )
      return { id, file, label: sample.label, multiLabels: null }
    })
  )
})
afterAll(() => cleanup())

const options: EvaluateOptions = { batchSize: 3, threads: 1, executionProvider: 'cpu', topK: 3 }
/** Small inputs keep the tests fast; the model pools globally so any size works. */
const small: Preprocess = { ...IMAGENET_DEFAULTS, inputSize: [3, 16, 16], source: 'test' }

let modelCounter = 0
async function model(
  modelOptions: Partial<ColourClassifierOptions> = {},
  preprocess: Preprocess = small
): Promise<ModelJob> {
  const file = await writeColourClassifier(path.join(dir, `model-${modelCounter++}.onnx`), {
    prototypes: PALETTE,
    ...modelOptions
  })
  return { label: path.basename(file), path: file, preprocess }
}

const top1 = (predictions: readonly Prediction[]): number[] =>
  predictions.map((p) => p.top[0] as number)

async function inputError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return (error as Error).message
}

describe('evaluateModels runs real ONNX models over real image files', () => {
  it('dynamic batch: predictions aligned with the images, top-k best first with softmax probabilities', async () => {
    const [predictions] = await evaluateModels(images, [await model()], options)
    expect(predictions?.map((p) => p.id)).toEqual(images.map((image) => image.id))
    expect(top1(predictions ?? [])).toEqual(labels)
    for (const prediction of predictions ?? []) {
      expect(prediction.top).toHaveLength(3)
      expect(new Set(prediction.top).size).toBe(3)
      const scores = prediction.scores ?? []
      expect([...scores].sort((a, b) => b - a)).toEqual(scores)
      expect(scores.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.000001)
      for (const score of scores) expect(Number(score.toFixed(6))).toBe(score)
    }
  })

  it('fixed batch size 1, with a larger --batch-size', async () => {
    const [predictions] = await evaluateModels(images, [await model({ batch: 1 })], {
      ...options,
      batchSize: 4
    })
    expect(top1(predictions ?? [])).toEqual(labels)
  })

  it('fixed batch size 4 over 7 images pads the last batch and matches the dynamic model exactly', async () => {
    const [fixed, dynamic] = await evaluateModels(
      images,
      [await model({ batch: 4 }), await model()],
      options
    )
    expect(fixed).toEqual(dynamic)
  })

  it('float16 input and output', async () => {
    const [half, full] = await evaluateModels(
      images,
      [await model({ inputType: 'float16', outputType: 'float16' }), await model()],
      options
    )
    expect(top1(half ?? [])).toEqual(labels)
    half?.forEach((prediction, i) => {
      expect(Math.abs((prediction.scores?.[0] ?? 0) - (full?.[i]?.scores?.[0] ?? 0))).toBeLessThan(
        0.01
      )
    })
  })

  it('[N, C, 1, 1] softmax output: probabilities are taken as they are, not softmaxed again', async () => {
    const [probabilities, logits] = await evaluateModels(
      images,
      [await model({ outputShape: 'NC11', output: 'probabilities' }), await model()],
      options
    )
    expect(top1(probabilities ?? [])).toEqual(labels)
    // The logits model's softmax equals the probability model's output; a second softmax would flatten it.
    probabilities?.forEach((prediction, i) => {
      prediction.scores?.forEach((score, k) =>
        expect(Math.abs(score - (logits?.[i]?.scores?.[k] ?? -1))).toBeLessThanOrEqual(2e-6)
      )
    })
  })

  it('NHWC input', async () => {
    const [predictions] = await evaluateModels(images, [await model({ layout: 'NHWC' })], options)
    expect(top1(predictions ?? [])).toEqual(labels)
  })

  it('BGR with mean-only normalisation (std 1/255), read from the model’s sidecar JSON', async () => {
    const caffe = {
      mean: [103.94 / 255, 116.78 / 255, 123.68 / 255],
      std: [1 / 255, 1 / 255, 1 / 255],
      channelOrder: 'BGR'
    } as const
    const file = await writeColourClassifier(path.join(dir, 'caffe.onnx'), {
      prototypes: PALETTE,
      normalisation: caffe
    })
    await writeFile(
      path.join(dir, 'caffe.json'),
      JSON.stringify({
        input_size: [3, 16, 16],
        channel_order: 'BGR',
        mean: caffe.mean,
        std: caffe.std
      })
    )
    const preprocess = await resolvePreprocess(file, null)
    const [predictions] = await evaluateModels(
      images,
      [{ label: 'caffe.onnx', path: file, preprocess }],
      options
    )
    expect(top1(predictions ?? [])).toEqual(labels)

    // Fed RGB, the same model sees red as blue: the channel order really reaches the tensor.
    const [wrong] = await evaluateModels(
      images,
      [{ label: 'caffe.onnx', path: file, preprocess: { ...preprocess, channelOrder: 'RGB' } }],
      options
    )
    expect(top1(wrong ?? [])[0]).toBe(2)
  })

  it('is deterministic: the batch size does not change a byte of the predictions', async () => {
    const job = await model()
    const [a] = await evaluateModels(images, [job], { ...options, batchSize: 1 })
    const [b] = await evaluateModels(images, [job], { ...options, batchSize: 5 })
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })

  it('a convolutional network gives byte-identical predictions whatever the batch (sharding relies on it)', async () => {
    const file = await mobileNetV2({ classes: 10, size: 32, seed: 5 }).save(
      path.join(dir, 'mobilenet.onnx')
    )
    const job: ModelJob = { label: 'mobilenet.onnx', path: file, preprocess: IMAGENET_DEFAULTS }
    const [one] = await evaluateModels(images, [job], { ...options, batchSize: 1, topK: 10 })
    const [four] = await evaluateModels(images, [job], { ...options, batchSize: 4, topK: 10 })
    expect(JSON.stringify(four)).toBe(JSON.stringify(one))
    // Random weights still separate the images: the comparison is not between constant outputs.
    expect(new Set(one?.map((p) => JSON.stringify(p.scores))).size).toBeGreaterThan(1)
  })

  it('reports progress after every batch, ending at the total', async () => {
    const seen: [number, number][] = []
    await evaluateModels(images, [await model()], {
      ...options,
      onProgress: (done, total) => seen.push([done, total])
    })
    expect(seen).toEqual([
      [3, 7],
      [6, 7],
      [7, 7]
    ])
  })

  it('keeps fewer than top-k classes when the model has fewer classes', async () => {
    const [predictions] = await evaluateModels(images, [await model()], { ...options, topK: 10 })
    expect(predictions?.[0]?.top).toHaveLength(4)
  })
})

describe('models sharing preprocessing share decoding and tensors', () => {
  const signature: ModelSignature = {
    inputName: 'image',
    outputName: 'logits',
    layout: 'NCHW',
    channels: 3,
    inputType: 'float32',
    batchSize: null,
    height: null,
    width: null,
    classes: 4,
    outputType: 'float32',
    outputRank: 2
  }

  it('the ImageNet defaults adopt a model’s fixed input size; an explicit file that disagrees is an error', () => {
    const fixed = { ...signature, height: 32, width: 48 }
    const fitted = fitModelInput(
      { label: 'm.onnx', path: '/m.onnx', preprocess: IMAGENET_DEFAULTS },
      fixed
    )
    expect(fitted.preprocess.inputSize).toEqual([3, 32, 48])
    expect(fitted.geometry).toEqual({ layout: 'NCHW', channels: 3, height: 32, width: 48 })
    expect(() =>
      fitModelInput(
        {
          label: 'm.onnx',
          path: '/m.onnx',
          preprocess: { ...IMAGENET_DEFAULTS, source: 'm.json' }
        },
        fixed
      )
    ).toThrow(
      /m\.onnx: the model takes 32×48 images but its preprocessing \(m\.json\) says input_size 224×224/
    )
  })

  it('gives the same predictions for a model evaluated alone and next to a model sharing its tensors', async () => {
    const job = await model()
    const [alone] = await evaluateModels(images, [job], options)
    const [first, second, third] = await evaluateModels(
      images,
      [job, await model(), await model({ layout: 'NHWC' })],
      options
    )
    expect(first).toEqual(alone)
    expect(second).toEqual(alone)
    expect(top1(third ?? [])).toEqual(labels)
  })

  it('plans one decode per distinct resize and one tensor per distinct normalisation and layout', () => {
    const input = (preprocess: Preprocess, layout: 'NCHW' | 'NHWC' = 'NCHW') =>
      fitModelInput({ label: 'm', path: 'm', preprocess }, { ...signature, layout })
    const caffe: Preprocess = {
      ...small,
      mean: [0.4, 0.45, 0.48],
      std: [1 / 255, 1 / 255, 1 / 255],
      channelOrder: 'BGR'
    }
    const larger: Preprocess = { ...small, inputSize: [3, 24, 24] }
    const { decodeGroups, tensorGroups } = groupInputs(
      [
        input(small),
        input({ ...small, source: 'elsewhere.json' }),
        input(small, 'NHWC'),
        input(caffe),
        input(larger)
      ],
      8
    )
    // Jobs 0 and 1 share a tensor (where the config came from does not matter); 2 and 3 differ only after decoding.
    expect(tensorGroups.map((group) => group.jobs)).toEqual([[0, 1], [2], [3], [4]])
    expect(
      decodeGroups.map((group) => group.tensors.map((tensor) => tensorGroups.indexOf(tensor)))
    ).toEqual([[0, 1, 2], [3]])
    expect(tensorGroups[0]?.bufferLength).toBe(8 * 3 * 16 * 16)
  })
})

describe('evaluateModels reports bad input naming the culprit', () => {
  it('models with different class counts name both models', async () => {
    const four = await model()
    const three = await model({ prototypes: PALETTE.slice(0, 3) })
    expect(await inputError(evaluateModels(images, [four, three], options))).toBe(
      `model ${four.label} outputs 4 classes but model ${three.label} outputs 3`
    )
  })

  it('a model whose class count differs from the evaluation set', async () => {
    const job = await model()
    expect(await inputError(evaluateModels(images, [job], { ...options, classCount: 10 }))).toBe(
      `model ${job.label} outputs 4 classes but the evaluation set has 10`
    )
  })

  it('a zero-byte image names the file', async () => {
    const empty = path.join(dir, 'zero.jpg')
    await writeFile(empty, '')
    const withEmpty: EvalImage[] = [
      ...images,
      { id: 'zero.jpg', file: empty, label: 1, multiLabels: null }
    ]
    expect(await inputError(evaluateModels(withEmpty, [await model()], options))).toBe(
      `${empty}: image file is empty (0 bytes)`
    )
  })

  it('a missing, truncated or non-ONNX model names the model as the user wrote it', async () => {
    const absent: ModelJob = {
      label: 'models/absent.onnx',
      path: path.join(dir, 'absent.onnx'),
      preprocess: small
    }
    expect(await inputError(evaluateModels(images, [absent], options))).toBe(
      'models/absent.onnx: model file not found'
    )
    const junk = path.join(dir, 'junk.onnx')
    await writeFile(junk, 'definitely not protobuf')
    expect(
      await inputError(
        evaluateModels(images, [{ label: 'junk.onnx', path: junk, preprocess: small }], options)
      )
    ).toMatch(/^junk\.onnx: not an ONNX model/)
  })

  it('invalid batch size, threads or top-k', async () => {
    const job = await model()
    expect(await inputError(evaluateModels(images, [job], { ...options, batchSize: 0 }))).toMatch(
      /batch size must be a positive integer/
    )
    expect(await inputError(evaluateModels(images, [job], { ...options, threads: -1 }))).toMatch(
      /threads must be 0/
    )
    expect(await inputError(evaluateModels(images, [job], { ...options, topK: 0 }))).toMatch(
      /top-k must be a positive integer/
    )
  })
})
