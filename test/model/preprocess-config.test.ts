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

describe('transformers preprocessor_config.json', () => {
  /** The model at `onnx/model.onnx` with the configs one folder up, as the Hub's ONNX exports lay it out. */
  async function hubLayout(files: Record<string, unknown>): Promise<string> {
    const dir = path.join(root, `hub-${counter++}`)
    await mkdir(path.join(dir, 'onnx'), { recursive: true })
    await writeFile(path.join(dir, 'onnx', 'model.onnx'), 'onnx bytes')
    for (const [name, content] of Object.entries(files)) {
      await writeFile(path.join(dir, name), JSON.stringify(content))
    }
    return path.join(dir, 'onnx', 'model.onnx')
  }

  it('ViT: resize to height×width, mean/std as given, bilinear', async () => {
    const model = await hubLayout({
      'config.json': { id2label: { 0: 'a' } },
      'preprocessor_config.json': {
        do_resize: true,
        size: { height: 224, width: 224 },
        resample: 2,
        do_rescale: true,
        rescale_factor: 0.00392156862745098,
        do_normalize: true,
        image_mean: [0.5, 0.5, 0.5],
        image_std: [0.5, 0.5, 0.5]
      }
    })
    const preprocess = await resolvePreprocess(model, null)
    expect(preprocess).toMatchObject({
      inputSize: [3, 224, 224],
      cropPct: 1,
      cropMode: 'squash',
      interpolation: 'bilinear',
      channelOrder: 'RGB'
    })
    preprocess.mean.forEach((v) => expect(v).toBeCloseTo(0.5, 12))
    expect(preprocess.source).toMatch(/preprocessor_config\.json$/)
  })

  it('ResNet/ConvNeXt: shortest edge with crop_pct crops below 384 and warps above', async () => {
    const small = await hubLayout({
      'preprocessor_config.json': { size: { shortest_edge: 224 }, crop_pct: 0.875, resample: 3 }
    })
    expect(await resolvePreprocess(small, null)).toMatchObject({
      inputSize: [3, 224, 224],
      cropPct: 0.875,
      cropMode: 'center',
      interpolation: 'bicubic'
    })
    const large = await hubLayout({
      'preprocessor_config.json': { size: { shortest_edge: 384 }, crop_pct: 0.875 }
    })
    expect(await resolvePreprocess(large, null)).toMatchObject({
      inputSize: [3, 384, 384],
      cropPct: 1,
      cropMode: 'squash'
    })
  })

  it('a centre crop after a shortest-edge resize: crop_pct = crop / edge, exact under floor()', async () => {
    for (const [edge, crop] of [
      [256, 224],
      [438, 384],
      [232, 224],
      [249, 224]
    ] as const) {
      const model = await hubLayout({
        'preprocessor_config.json': {
          size: { shortest_edge: edge },
          do_center_crop: true,
          crop_size: { height: crop, width: crop }
        }
      })
      const preprocess = await resolvePreprocess(model, null)
      expect(preprocess.inputSize).toEqual([3, crop, crop])
      expect(preprocess.cropMode).toBe('center')
      // preprocess.ts resizes the shorter side to floor(size / crop_pct): that must be the config's edge.
      expect(Math.floor(crop / preprocess.cropPct)).toBe(edge)
    }
  })

  it('DeiT: resize to 256×256 then crop 224 is squash mode', async () => {
    const model = await hubLayout({
      'preprocessor_config.json': {
        size: { height: 256, width: 256 },
        do_center_crop: true,
        crop_size: { height: 224, width: 224 }
      }
    })
    const preprocess = await resolvePreprocess(model, null)
    expect(preprocess).toMatchObject({ inputSize: [3, 224, 224], cropMode: 'squash' })
    expect(Math.floor(224 / preprocess.cropPct)).toBe(256)
  })

  it('any rescale factor maps exactly: 0–255 statistics without rescaling', async () => {
    const model = await hubLayout({
      'preprocessor_config.json': {
        size: { height: 32, width: 32 },
        do_rescale: false,
        image_mean: [127.5, 127.5, 127.5],
        image_std: [255, 255, 255]
      }
    })
    const preprocess = await resolvePreprocess(model, null)
    preprocess.mean.forEach((v) => expect(v).toBeCloseTo(0.5, 12))
    preprocess.std.forEach((v) => expect(v).toBeCloseTo(1, 12))
  })

  it('timm keys in config.json win over preprocessor_config.json in the same folder', async () => {
    const model = await hubLayout({
      'config.json': { pretrained_cfg: { input_size: [3, 64, 64] } },
      'preprocessor_config.json': { size: { height: 32, width: 32 } }
    })
    expect((await resolvePreprocess(model, null)).inputSize).toEqual([3, 64, 64])
  })

  it.each([
    [
      { size: { shortest_edge: 224 }, do_center_crop: true },
      /"do_center_crop" is true but there is no "crop_size"/
    ],
    [
      { size: { shortest_edge: 224, height: 224, width: 224 } },
      /gives both shortest_edge and height\/width/
    ],
    [
      {
        size: { shortest_edge: 224 },
        do_center_crop: true,
        crop_size: { height: 256, width: 256 }
      },
      /"crop_size" 256 is larger than the resized shortest edge 224/
    ],
    [
      { size: { height: 32, width: 32 }, image_mean: [0.5, 0.5, 0.5], image_std: [0.5] },
      /"image_mean" has 3 values and "image_std" 1/
    ],
    [
      { size: { height: 32, width: 32 }, rescale_factor: 0 },
      /"rescale_factor" must be a number greater than 0/
    ],
    [{ size: { height: 32, width: 32 }, resample: 4 }, /"resample" must be 0 \(nearest\)/],
    [{ size: { shortest_edge: 224 } }, /shortest_edge" without a crop/]
  ])('refuses contradicting or unreproducible keys: %j', async (config, message) => {
    const model = await hubLayout({ 'preprocessor_config.json': config })
    await expect(resolvePreprocess(model, null)).rejects.toThrow(message)
  })
})
