/**
 * Hostile and broken ONNX models through the CLI as a process: each is refused with exit 2 and one line naming the
 * model (and, for bad scores, the image), and no report is written.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import * as ort from 'onnxruntime-node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IMAGENET_NORMALISATION } from '../helpers/onnx/colour-classifier.js'
import { GraphBuilder, type ElementType } from '../helpers/onnx/graph-builder.js'
import { PALETTE } from '../model/helpers/palette.js'
import { colourLogits, writeNanModel } from './broken-models.js'
import {
  compare,
  expectCliPass,
  type CompareRun,
  expectCliRefusal,
  scratch,
  writeGoodSet
} from './helpers.js'

let dir: string
let at: (...parts: string[]) => string
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ dir, at, cleanup } = await scratch('models'))
  await writeGoodSet(dir)
})
afterAll(() => cleanup())

/** The good set with `candidate` as the candidate model. */
const withCandidate = (candidate: string): Promise<CompareRun> =>
  compare(dir, [
    '--baseline',
    'models/good.onnx',
    '--candidate',
    candidate,
    '--data',
    'data/manifest.csv',
    '--classes',
    'data/classes.txt'
  ])

describe('models whose scores are not numbers', () => {
  it('[model-nan] a model whose output is NaN for some images (Log of a negative): refused, naming the model and the first such image', async () => {
    // NaN for green.png and blue.png, whose red channel is below the mean; red.png comes first and is fine.
    await writeNanModel(at('models', 'nan.onnx'))

    expectCliRefusal(
      await withCandidate('models/nan.onnx'),
      /^classdiff: model models\/nan\.onnx produced NaN or infinite scores for image "green\.png"$/
    )
  })

  it('[model-inf] a model whose output is +∞ (Div by zero): refused, naming the model and the image', async () => {
    const { g, logits } = colourLogits()
    const infinite = g.op('Div', [g.op('Abs', [logits]), g.constant(Float32Array.of(0), [])])
    g.output(infinite, 'logits', 'float32', ['batch', 4])
    await g.save(at('models', 'inf.onnx'))

    expectCliRefusal(
      await withCandidate('models/inf.onnx'),
      /^classdiff: model models\/inf\.onnx produced NaN or infinite scores for image "red\.png"$/
    )
  })

  it('[model-inf] a row of only −∞ (log of a zero everywhere): refused like +∞', async () => {
    const { g, logits } = colourLogits()
    const zero = g.op('Relu', [g.op('Neg', [g.op('Abs', [logits])])])
    g.output(g.op('Log', [zero]), 'logits', 'float32', ['batch', 4])
    await g.save(at('models', 'minus-inf.onnx'))

    expectCliRefusal(
      await withCandidate('models/minus-inf.onnx'),
      /^classdiff: model models\/minus-inf\.onnx produced NaN or infinite scores for image "red\.png"$/
    )
  })

  it('[model-inf] −∞ for some classes is a probability of 0, not an error: log-probabilities that underflow are ranked as usual', async () => {
    // log(softmax) of very confident logits: the far classes' probabilities underflow to 0, their logs to −∞.
    const { g, logits } = colourLogits(0.0005)
    g.output(g.op('Log', [g.softmax(logits, 1)]), 'log_probabilities', 'float32', ['batch', 4])
    const model = await g.save(at('models', 'log-probabilities.onnx'))

    // The model really does output −∞: three per image, the right class at log(1) = 0.
    const session = await ort.InferenceSession.create(model)
    const colours = Float32Array.from(
      PALETTE.flatMap((rgb) =>
        rgb.map(
          (v, c) => (v / 255 - IMAGENET_NORMALISATION.mean[c]) / IMAGENET_NORMALISATION.std[c]
        )
      )
    )
    const output = await session.run({ image: new ort.Tensor('float32', colours, [4, 3, 1, 1]) })
    await session.release()
    const scores = [...((output.log_probabilities as ort.Tensor).data as Float32Array)]
    expect(scores.filter((v) => v === -Infinity)).toHaveLength(12)

    expectCliPass(await withCandidate('models/log-probabilities.onnx'))
  })
})

describe('models that try to read files outside their folder', () => {
  beforeAll(async () => {
    await mkdir(at('models', 'external'))
    await writeFile(at('secret.bin'), Buffer.alloc(3 * 4 * 4))
    await symlink(at('secret.bin'), at('models', 'external', 'weights.bin'))
  })

  /** A colour-classifier-shaped model whose [3, 4] weights are ONNX external data at `location`. */
  async function externalModel(name: string, location: string): Promise<string> {
    const g = new GraphBuilder('external_weights')
    const image = g.input('image', 'float32', ['batch', 3, 'height', 'width'])
    const pooled = g.flatten(g.globalAveragePool(image))
    g.output(g.matMul(pooled, g.externalConstant([3, 4], location)), 'logits', 'float32', [
      'batch',
      4
    ])
    await g.save(at('models', 'external', name))
    return `models/external/${name}`
  }

  it.each([
    ['a relative path up and out', 'up.onnx', () => '../../secret.bin'],
    ['an absolute path', 'absolute.onnx', () => at('secret.bin')],
    ['a symbolic link in its folder that points out', 'link.onnx', () => 'weights.bin']
  ])(
    '[model-external-data] external weights at %s: refused before anything is read, naming the model',
    async (_what, name, location) => {
      const model = await externalModel(name, location())
      expectCliRefusal(
        await withCandidate(model),
        new RegExp(
          `^classdiff: ${model.replace(/\./g, '\\.')}: refused external weights outside the model's folder \\(`
        )
      )
    }
  )
})

describe('models that do not take an image', () => {
  it('[model-input-rank] an input of rank 3 instead of 4: refused, naming the model, the input and its shape', async () => {
    const g = new GraphBuilder('rank_3')
    const rows = g.input('image', 'float32', ['batch', 3, 'length'])
    const mean = g.op('ReduceMean', [rows], { axes: [2], keepdims: 0 })
    g.output(g.matMul(mean, g.constant(new Float32Array(12), [3, 4])), 'logits', 'float32', [
      'batch',
      4
    ])
    await g.save(at('models', 'rank3.onnx'))

    expectCliRefusal(
      await withCandidate('models/rank3.onnx'),
      /^classdiff: models\/rank3\.onnx: input "image" has shape \[batch, 3, length\]; classdiff feeds 4-d images \(NCHW or NHWC\)$/
    )
  })

  it.each<ElementType>(['int64', 'uint8'])(
    '[model-input-type] an image input of type %s: refused, naming the model, the input and its type',
    async (type) => {
      const g = new GraphBuilder(`${type}_input`)
      const image = g.input('pixels', type, ['batch', 3, 'height', 'width'])
      const pooled = g.flatten(g.globalAveragePool(g.cast(image, 'float32')))
      g.output(g.matMul(pooled, g.constant(new Float32Array(12), [3, 4])), 'logits', 'float32', [
        'batch',
        4
      ])
      await g.save(at('models', `${type}.onnx`))

      expectCliRefusal(
        await withCandidate(`models/${type}.onnx`),
        new RegExp(
          `^classdiff: models/${type}\\.onnx: input "pixels" is ${type}; classdiff feeds float32 or float16 images$`
        )
      )
    }
  )
})
