import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import {
  IMAGENET_DEFAULTS,
  preprocessKey,
  resolvePreprocess,
  sidecarPath
} from '../../src/model/preprocess-config.js'
import { tempDir } from './helpers/images.js'

let root: string
let cleanup: () => Promise<void>
beforeAll(async () => ({ dir: root, cleanup } = await tempDir()))
afterAll(() => cleanup())

let counter = 0
/** A fresh folder holding `model.onnx` (its bytes do not matter here) and the given JSON files. */
async function modelFolder(
  files: Record<string, unknown>
): Promise<{ model: string; dir: string }> {
  const dir = path.join(root, `case-${counter++}`)
  await mkdir(dir)
  const model = path.join(dir, 'model.onnx')
  await writeFile(model, 'onnx bytes')
  for (const [name, content] of Object.entries(files)) {
    await writeFile(
      path.join(dir, name),
      typeof content === 'string' ? content : JSON.stringify(content)
    )
  }
  return { model, dir }
}

async function inputError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return (error as Error).message
}

describe('resolvePreprocess finds the preprocessing of a model', () => {
  it('uses the ImageNet defaults when nothing is given', async () => {
    const { model } = await modelFolder({})
    const preprocess = await resolvePreprocess(model, null)
    expect(preprocess).toEqual({
      inputSize: [3, 224, 224],
      cropPct: 0.875,
      cropMode: 'center',
      interpolation: 'bilinear',
      mean: [0.485, 0.456, 0.406],
      std: [0.229, 0.224, 0.225],
      channelOrder: 'RGB',
      source: 'defaults'
    })
  })

  it('reads an explicit file first, ignoring sidecars', async () => {
    const { model, dir } = await modelFolder({ 'model.json': { input_size: [3, 100, 100] } })
    const explicit = path.join(dir, 'explicit.json')
    await writeFile(
      explicit,
      JSON.stringify({ input_size: [3, 320, 320], crop_pct: 1.0, interpolation: 'bicubic' })
    )
    const preprocess = await resolvePreprocess(model, explicit)
    expect(preprocess.inputSize).toEqual([3, 320, 320])
    expect(preprocess.cropPct).toBe(1)
    expect(preprocess.interpolation).toBe('bicubic')
    expect(preprocess.mean).toEqual(IMAGENET_DEFAULTS.mean) // missing keys keep the defaults
    expect(preprocess.source).toBe(explicit)
  })

  it('reads the sidecar <model>.json next, before config.json', async () => {
    const { model, dir } = await modelFolder({
      'model.json': { crop_pct: 0.95 },
      'config.json': { pretrained_cfg: { crop_pct: 0.9 } }
    })
    expect(sidecarPath(model)).toBe(path.join(dir, 'model.json'))
    const preprocess = await resolvePreprocess(model, null)
    expect(preprocess.cropPct).toBe(0.95)
    expect(preprocess.source).toBe(path.join(dir, 'model.json'))
  })

  it('reads pretrained_cfg from a timm / Hugging Face config.json beside the model', async () => {
    const { model } = await modelFolder({
      'config.json': {
        architecture: 'convnext_tiny',
        num_classes: 1000,
        pretrained_cfg: {
          input_size: [3, 288, 288],
          crop_pct: 0.95,
          crop_mode: 'squash',
          interpolation: 'bicubic',
          mean: [0.5, 0.5, 0.5],
          std: [0.5, 0.5, 0.5],
          license: 'apache-2.0'
        }
      }
    })
    const preprocess = await resolvePreprocess(model, null)
    expect(preprocess).toMatchObject({
      inputSize: [3, 288, 288],
      cropPct: 0.95,
      cropMode: 'squash',
      interpolation: 'bicubic',
      mean: [0.5, 0.5, 0.5],
      std: [0.5, 0.5, 0.5]
    })
  })

  it('accepts the keys at the top level of config.json too', async () => {
    const { model } = await modelFolder({
      'config.json': { input_size: [3, 256, 256], channel_order: 'bgr' }
    })
    const preprocess = await resolvePreprocess(model, null)
    expect(preprocess.inputSize).toEqual([3, 256, 256])
    expect(preprocess.channelOrder).toBe('BGR')
  })

  it('ignores a config.json without any preprocessing keys (another tool’s config)', async () => {
    const { model } = await modelFolder({ 'config.json': { model_type: 'vit', hidden_size: 768 } })
    expect((await resolvePreprocess(model, null)).source).toBe('defaults')
  })

  it('reads Caffe-style BGR mean-only normalisation in 0–1 units, and single-value mean/std', async () => {
    const { model } = await modelFolder({
      'model.json': {
        channel_order: 'BGR',
        mean: [103.94 / 255, 116.78 / 255, 123.68 / 255],
        std: 1 / 255
      }
    })
    const preprocess = await resolvePreprocess(model, null)
    expect(preprocess.channelOrder).toBe('BGR')
    expect(preprocess.std).toEqual([1 / 255, 1 / 255, 1 / 255])
  })
})

describe('resolvePreprocess rejects bad files, naming the file and the key', () => {
  it('rejects a missing explicit file and invalid JSON', async () => {
    const { model, dir } = await modelFolder({ 'broken.json': '{"crop_pct": 0.9,' })
    expect(await inputError(resolvePreprocess(model, path.join(dir, 'absent.json')))).toMatch(
      /preprocessing file \S*absent\.json: not found/
    )
    expect(await inputError(resolvePreprocess(model, path.join(dir, 'broken.json')))).toMatch(
      /broken\.json:1:\d+: not valid JSON/
    )
  })

  it.each([
    [{ input_size: [224, 224] }, /"input_size" must be \[channels, height, width\]/],
    [{ input_size: [4, 224, 224] }, /"input_size"/],
    [{ crop_pct: 0 }, /"crop_pct" must be a number in \(0, 2\]/],
    [{ crop_pct: '0.9' }, /"crop_pct"/],
    [{ crop_mode: 'random' }, /"crop_mode" must be one of center, squash, border, got "random"/],
    [
      { interpolation: 'hamming' },
      /"interpolation" must be one of bilinear, bicubic, nearest, lanczos/
    ],
    [{ mean: [103.94, 116.78, 123.68] }, /"mean" must be .*divide 0–255 values by 255/],
    [{ std: [0.2, 0, 0.2] }, /"std" must be .*greater than 0/],
    [{ std: [0.2, 0.2] }, /"std" must be a list of 3 numbers/],
    [{ channel_order: 'RGBA' }, /"channel_order" must be "RGB" or "BGR", got "RGBA"/],
    [{ pretrained_cfg: 'timm' }, /"pretrained_cfg" must be an object/],
    [[1, 2, 3], /expected a JSON object/]
  ])('rejects %j', async (content, pattern) => {
    const { model } = await modelFolder({ 'model.json': content })
    const message = await inputError(resolvePreprocess(model, null))
    expect(message).toMatch(/model\.json: /)
    expect(message).toMatch(pattern)
  })
})

describe('preprocessKey', () => {
  it('identifies what changes the tensor, not where it came from', () => {
    expect(preprocessKey({ ...IMAGENET_DEFAULTS, source: 'a.json' })).toBe(
      preprocessKey(IMAGENET_DEFAULTS)
    )
    expect(preprocessKey({ ...IMAGENET_DEFAULTS, cropPct: 0.9 })).not.toBe(
      preprocessKey(IMAGENET_DEFAULTS)
    )
  })
})
