import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { openModel, type ModelSession, type SessionOptions } from '../../src/model/session.js'
import {
  writeColourClassifier,
  type ColourClassifierOptions
} from '../helpers/onnx/colour-classifier.js'
import { GraphBuilder } from '../helpers/onnx/graph-builder.js'
import { tempDir } from './helpers/images.js'
import { PALETTE } from './helpers/palette.js'

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({ dir, cleanup } = await tempDir()))
afterAll(() => cleanup())

const cpu: SessionOptions = { threads: 1, executionProvider: 'cpu' }

async function withModel<T>(
  name: string,
  options: Partial<ColourClassifierOptions>,
  use: (session: ModelSession) => Promise<T>
): Promise<T> {
  const file = await writeColourClassifier(path.join(dir, name), {
    prototypes: PALETTE,
    ...options
  })
  const session = await openModel(file, cpu)
  try {
    return await use(session)
  } finally {
    await session.release()
  }
}

async function openError(file: string, options = cpu): Promise<string> {
  const error = await openModel(file, options).then(
    async (session) => {
      await session.release()
      return null
    },
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return (error as Error).message
}

/** A batch of solid-colour images already normalised the ImageNet way, NCHW. */
function solidBatch(colours: readonly (readonly number[])[], size: number): Float32Array {
  const mean = [0.485, 0.456, 0.406]
  const std = [0.229, 0.224, 0.225]
  const plane = size * size
  const data = new Float32Array(colours.length * 3 * plane)
  colours.forEach((colour, n) => {
    for (let c = 0; c < 3; c++) {
      data.fill(
        ((colour[c] as number) / 255 - (mean[c] as number)) / (std[c] as number),
        (n * 3 + c) * plane,
        (n * 3 + c + 1) * plane
      )
    }
  })
  return data
}

describe('openModel reads the signature from the model', () => {
  it('dynamic batch and size, NCHW float32 in, [N, C] logits out', async () => {
    await withModel('dynamic.onnx', {}, async (session) => {
      expect(session.signature).toEqual({
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
      })
    })
  })

  it('fixed batch 1 and a fixed 32×32 input', async () => {
    await withModel('fixed.onnx', { batch: 1, size: [32, 32] }, async (session) => {
      expect(session.signature).toMatchObject({ batchSize: 1, height: 32, width: 32 })
    })
  })

  it('NHWC input, float16 in and out, [N, C, 1, 1] softmax output', async () => {
    await withModel('nhwc.onnx', { layout: 'NHWC' }, async (session) => {
      expect(session.signature).toMatchObject({ layout: 'NHWC', channels: 3 })
    })
    await withModel(
      'half.onnx',
      { inputType: 'float16', outputType: 'float16' },
      async (session) => {
        expect(session.signature).toMatchObject({ inputType: 'float16', outputType: 'float16' })
      }
    )
    await withModel(
      'nc11.onnx',
      { outputShape: 'NC11', output: 'probabilities' },
      async (session) => {
        expect(session.signature).toMatchObject({
          outputName: 'probabilities',
          outputRank: 4,
          classes: 4
        })
      }
    )
  })
})

describe('ModelSession.run', () => {
  const colours = [PALETTE[2], PALETTE[0], PALETTE[3]] as (readonly number[])[]

  it('scores a batch: the nearest class colour wins', async () => {
    await withModel('run.onnx', {}, async (session) => {
      const { scores, classes } = await session.run(solidBatch(colours, 8), 3, 8, 8)
      expect(classes).toBe(4)
      const argmax = [0, 1, 2].map((n) => {
        const row = Array.from(scores.subarray(n * 4, n * 4 + 4))
        return row.indexOf(Math.max(...row))
      })
      expect(argmax).toEqual([2, 0, 3])
    })
  })

  it('runs a fixed-batch model in chunks, padding the last one, with the same scores as a dynamic model', async () => {
    const input = solidBatch(colours, 8)
    const dynamic = await withModel('run-dynamic.onnx', {}, (session) =>
      session.run(input, 3, 8, 8)
    )
    const fixed = await withModel('run-fixed2.onnx', { batch: 2, size: [8, 8] }, (session) =>
      session.run(input, 3, 8, 8)
    )
    expect(fixed.scores.length).toBe(12)
    for (let i = 0; i < 12; i++) expect(fixed.scores[i]).toBeCloseTo(dynamic.scores[i] as number, 4)
  })

  it('converts float16 input and output through Uint16 bits', async () => {
    const input = solidBatch(colours, 8)
    const full = await withModel('f32.onnx', {}, (session) => session.run(input, 3, 8, 8))
    const half = await withModel(
      'f16.onnx',
      { inputType: 'float16', outputType: 'float16' },
      (session) => session.run(input, 3, 8, 8)
    )
    // float16 keeps about 3 significant digits of logits in the tens.
    for (let i = 0; i < 12; i++)
      expect(Math.abs((half.scores[i] as number) - (full.scores[i] as number))).toBeLessThan(0.1)
  })

  it('takes a [N, C, 1, 1] output as N rows of C', async () => {
    await withModel(
      'run-nc11.onnx',
      { outputShape: 'NC11', output: 'probabilities' },
      async (session) => {
        const { scores, classes } = await session.run(solidBatch(colours, 4), 3, 4, 4)
        expect(classes).toBe(4)
        for (let n = 0; n < 3; n++)
          expect(scores.subarray(n * 4, n * 4 + 4).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5)
      }
    )
  })
})

describe('openModel rejects what is not a usable model, naming the file', () => {
  it('missing, empty and directory paths', async () => {
    expect(await openError(path.join(dir, 'absent.onnx'))).toMatch(
      /absent\.onnx: model file not found/
    )
    const empty = path.join(dir, 'empty.onnx')
    await writeFile(empty, '')
    expect(await openError(empty)).toMatch(/empty\.onnx: model file is empty/)
    const folder = path.join(dir, 'folder.onnx')
    await mkdir(folder)
    expect(await openError(folder)).toMatch(/folder\.onnx: is a directory/)
  })

  it('truncated and non-ONNX files', async () => {
    const whole = await readFile(
      await writeColourClassifier(path.join(dir, 'whole.onnx'), { prototypes: PALETTE })
    )
    const truncated = path.join(dir, 'truncated.onnx')
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)))
    expect(await openError(truncated)).toMatch(
      /truncated\.onnx: not an ONNX model, or a truncated one/
    )
    const text = path.join(dir, 'readme.onnx')
    await writeFile(text, '# not a model\n')
    expect(await openError(text)).toMatch(/readme\.onnx: not an ONNX model/)
  })

  it('external weights that point outside the model folder', async () => {
    const folder = path.join(dir, 'external')
    await mkdir(folder)
    await writeFile(path.join(dir, 'secret.bin'), Buffer.alloc(16))
    const g = new GraphBuilder()
    const x = g.input('x', 'float32', [4])
    g.output(g.add(x, g.externalConstant([4], '../secret.bin')), 'y', 'float32', [4])
    const file = await g.save(path.join(folder, 'model.onnx'))
    expect(await openError(file)).toMatch(
      /model\.onnx: refused external weights outside the model's folder/
    )
  })

  it('models that do not take one image tensor or do not output class scores', async () => {
    const twoInputs = new GraphBuilder()
    const a = twoInputs.input('a', 'float32', ['n', 3, 8, 8])
    const b = twoInputs.input('b', 'float32', ['n', 3, 8, 8])
    twoInputs.output(
      twoInputs.flatten(twoInputs.globalAveragePool(twoInputs.add(a, b))),
      'y',
      'float32',
      ['n', 3]
    )
    expect(await openError(await twoInputs.save(path.join(dir, 'two.onnx')))).toMatch(
      /two\.onnx: the model has 2 inputs \(a, b\)/
    )

    const bytes = new GraphBuilder()
    const u8 = bytes.input('pixels', 'uint8', ['n', 3, 8, 8])
    bytes.output(
      bytes.flatten(bytes.globalAveragePool(bytes.cast(u8, 'float32'))),
      'y',
      'float32',
      ['n', 3]
    )
    expect(await openError(await bytes.save(path.join(dir, 'uint8.onnx')))).toMatch(
      /uint8\.onnx: input "pixels" is uint8/
    )

    const flat = new GraphBuilder()
    const v = flat.input('v', 'float32', ['n', 10])
    flat.output(flat.relu(v), 'y', 'float32', ['n', 10])
    expect(await openError(await flat.save(path.join(dir, 'flat.onnx')))).toMatch(
      /flat\.onnx: input "v" has shape \[n, 10\]/
    )

    const spatial = new GraphBuilder()
    const image = spatial.input('image', 'float32', ['n', 3, 8, 8])
    spatial.output(spatial.relu(image), 'mask', 'float32', ['n', 3, 8, 8])
    expect(await openError(await spatial.save(path.join(dir, 'spatial.onnx')))).toMatch(
      /spatial\.onnx: output "mask" has shape \[n, 3, 8, 8\]; classdiff reads \[N, classes\]/
    )
  })

  it('executionProvider cuda without onnxruntime’s CUDA provider: says what to install', async () => {
    const file = await writeColourClassifier(path.join(dir, 'cuda.onnx'), { prototypes: PALETTE })
    const message = await openError(file, { threads: 1, executionProvider: 'cuda' })
    expect(message).toMatch(/cuda/)
    // Only where the provider library is absent (this CI); a GPU runner gets onnxruntime's own reason instead.
    const library = path.join(
      'node_modules/onnxruntime-node/bin/napi-v6',
      process.platform,
      process.arch,
      'libonnxruntime_providers_cuda.so'
    )
    if (!existsSync(library)) {
      expect(message).toMatch(
        /executionProvider cuda is not available.*--onnxruntime-node-install=cuda12.*or use executionProvider cpu/
      )
    }
  })
})
