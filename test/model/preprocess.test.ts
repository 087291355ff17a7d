import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { IMAGENET_DEFAULTS } from '../../src/model/preprocess-config.js'
import {
  MAX_INPUT_PIXELS,
  createNormaliser,
  decodeCrop,
  planResize,
  preprocessImage,
  roundHalfEven,
  type TensorGeometry
} from '../../src/model/preprocess.js'
import type { Preprocess } from '../../src/model/types.js'
import { tempDir, writePixels, writeSolidImage } from './helpers/images.js'

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({ dir, cleanup } = await tempDir()))
afterAll(() => cleanup())

const preprocessWith = (changes: Partial<Preprocess>): Preprocess => ({
  ...IMAGENET_DEFAULTS,
  ...changes
})

describe('planResize follows torchvision Resize(int(size / crop_pct)) + CenterCrop(size)', () => {
  it('resizes the shorter side to floor(224 / 0.875) = 256, truncates the longer, centres the crop', () => {
    // torchvision: 500×375 → 341×256 (int(256·500/375) = 341); crop left round(117/2) = round(58.5) = 58 (to even).
    expect(planResize(500, 375, IMAGENET_DEFAULTS)).toEqual({
      resizeWidth: 341,
      resizeHeight: 256,
      left: 58,
      top: 16
    })
    expect(planResize(375, 500, IMAGENET_DEFAULTS)).toEqual({
      resizeWidth: 256,
      resizeHeight: 341,
      left: 16,
      top: 58
    })
  })

  it('rounds half-way crop offsets to even as Python does, and leaves an image already at size alone', () => {
    expect([0.5, 1.5, 2.5, 3.5, 2.4, 2.6].map(roundHalfEven)).toEqual([0, 2, 2, 4, 2, 3])
    // 259 − 256 = 3 → round(1.5) = 2; the shorter side already 256 → no resize.
    expect(planResize(259, 256, IMAGENET_DEFAULTS)).toEqual({
      resizeWidth: 259,
      resizeHeight: 256,
      left: 18,
      top: 16
    })
  })

  it('uses crop_pct 0.95 and 0.9 as timm does: floor(size / crop_pct)', () => {
    expect(planResize(400, 400, preprocessWith({ cropPct: 0.95 })).resizeWidth).toBe(235)
    expect(
      planResize(400, 400, preprocessWith({ inputSize: [3, 288, 288], cropPct: 1 })).resizeWidth
    ).toBe(288)
  })

  it('keeps the aspect ratio for non-square input sizes (timm ResizeKeepRatio) and squashes in squash mode', () => {
    const nonSquare = preprocessWith({ inputSize: [3, 100, 200], cropPct: 1 })
    // Shorter side to its target: ratio = min(300/100, 300/200) = 1.5 → 200×200, crop 200×100 from the middle.
    expect(planResize(300, 300, nonSquare)).toEqual({
      resizeWidth: 200,
      resizeHeight: 200,
      left: 0,
      top: 50
    })
    expect(planResize(640, 480, preprocessWith({ cropMode: 'squash' }))).toEqual({
      resizeWidth: 256,
      resizeHeight: 256,
      left: 16,
      top: 16
    })
  })

  it('fits the longer side inside in border mode and pads the rest (negative offsets)', () => {
    const border = preprocessWith({ cropMode: 'border', cropPct: 1, inputSize: [3, 100, 100] })
    expect(planResize(400, 200, border)).toEqual({
      resizeWidth: 100,
      resizeHeight: 50,
      left: 0,
      top: -25
    })
  })
})

/** A 6×4 image whose every value is distinct, so misplaced pixels show. */
function distinctPixels(width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 3)
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37 + 11) % 256
  return pixels
}

async function tensorOf(
  file: string,
  preprocess: Preprocess,
  geometry: TensorGeometry
): Promise<Float32Array> {
  const target = new Float32Array(2 * geometry.channels * geometry.height * geometry.width).fill(
    NaN
  )
  // Slot 1 of a batch of 2: the image lands in the second half and the first half is untouched.
  await preprocessImage(file, preprocess, createNormaliser(preprocess, geometry), target, 1)
  expect(target.subarray(0, target.length / 2).every(Number.isNaN)).toBe(true)
  return target.subarray(target.length / 2)
}

describe('preprocessing numerics equal a hand computation', () => {
  const width = 6
  const height = 4
  const pixels = distinctPixels(width, height)
  const at = (x: number, y: number, c: number): number => pixels[(y * width + x) * 3 + c] as number
  // input_size 4×4, crop_pct 1: the shorter side is already 4, so no resize; CenterCrop takes columns 1–4.
  const preprocess = preprocessWith({ inputSize: [3, 4, 4], cropPct: 1 })
  const mean = preprocess.mean
  const std = preprocess.std
  let file: string
  beforeAll(async () => {
    file = await writePixels(path.join(dir, 'distinct.png'), pixels, width, height)
  })

  it('writes (x/255 − mean)/std per channel in NCHW order', async () => {
    const tensor = await tensorOf(file, preprocess, {
      layout: 'NCHW',
      channels: 3,
      height: 4,
      width: 4
    })
    for (let c = 0; c < 3; c++)
      for (let y = 0; y < 4; y++)
        for (let x = 0; x < 4; x++) {
          const expected = (at(x + 1, y, c) / 255 - (mean[c] as number)) / (std[c] as number)
          expect(tensor[c * 16 + y * 4 + x]).toBeCloseTo(expected, 6)
        }
  })

  it('interleaves channels in NHWC order', async () => {
    const tensor = await tensorOf(file, preprocess, {
      layout: 'NHWC',
      channels: 3,
      height: 4,
      width: 4
    })
    for (let y = 0; y < 4; y++)
      for (let x = 0; x < 4; x++)
        for (let c = 0; c < 3; c++) {
          const expected = (at(x + 1, y, c) / 255 - (mean[c] as number)) / (std[c] as number)
          expect(tensor[(y * 4 + x) * 3 + c]).toBeCloseTo(expected, 6)
        }
  })

  it('feeds blue first for BGR models, with mean and std in the model channel order (Caffe: x − mean·255)', async () => {
    const caffe = preprocessWith({
      inputSize: [3, 4, 4],
      cropPct: 1,
      channelOrder: 'BGR',
      mean: [103.94 / 255, 116.78 / 255, 123.68 / 255],
      std: [1 / 255, 1 / 255, 1 / 255]
    })
    const tensor = await tensorOf(file, caffe, { layout: 'NCHW', channels: 3, height: 4, width: 4 })
    const caffeMeans = [103.94, 116.78, 123.68]
    for (let c = 0; c < 3; c++)
      for (let y = 0; y < 4; y++)
        for (let x = 0; x < 4; x++) {
          expect(tensor[c * 16 + y * 4 + x]).toBeCloseTo(
            at(x + 1, y, 2 - c) - (caffeMeans[c] as number),
            3
          )
        }
  })

  it('gives one-channel models PIL luma (L = 0.299 R + 0.587 G + 0.114 B), normalised with the first mean/std', async () => {
    const grey = preprocessWith({
      inputSize: [1, 4, 4],
      cropPct: 1,
      mean: [0.5, 0.5, 0.5],
      std: [0.25, 0.25, 0.25]
    })
    const tensor = await tensorOf(file, grey, { layout: 'NCHW', channels: 1, height: 4, width: 4 })
    for (let y = 0; y < 4; y++)
      for (let x = 0; x < 4; x++) {
        const luma = Math.round(
          0.299 * at(x + 1, y, 0) + 0.587 * at(x + 1, y, 1) + 0.114 * at(x + 1, y, 2)
        )
        expect(
          Math.abs((tensor[y * 4 + x] as number) * 0.25 + 0.5 - luma / 255)
        ).toBeLessThanOrEqual(1 / 255 + 1e-6)
      }
  })

  it('pads with black (center) or the mean colour (border) when the crop is larger than the image', async () => {
    const border = preprocessWith({ inputSize: [3, 4, 4], cropPct: 1, cropMode: 'border' })
    // 6×4 fits inside 4×4 as 4×3 (round(4/1.5) = 3 rows): one padded row at the bottom (extra pixel after).
    const tensor = await tensorOf(file, border, {
      layout: 'NCHW',
      channels: 3,
      height: 4,
      width: 4
    })
    for (let c = 0; c < 3; c++) {
      const fill =
        (Math.round(255 * (mean[c] as number)) / 255 - (mean[c] as number)) / (std[c] as number)
      for (let x = 0; x < 4; x++) expect(tensor[c * 16 + 3 * 4 + x]).toBeCloseTo(fill, 6)
      expect(tensor[c * 16]).not.toBeCloseTo(fill, 3)
    }
  })
})

describe('resizing is antialiased and centre-aligned', () => {
  it('downscales a linear ramp to the ramp sampled at the new pixel centres', async () => {
    // v(x) = 16x + 8 over 8 columns; halved, output pixel i is centred on input 2i + 1 → 32i + 16.
    const pixels = new Uint8Array(8 * 8 * 3)
    for (let y = 0; y < 8; y++)
      for (let x = 0; x < 8; x++) pixels.fill(16 * x + 8, (y * 8 + x) * 3, (y * 8 + x + 1) * 3)
    const file = await writePixels(path.join(dir, 'ramp.png'), pixels, 8, 8)
    for (const interpolation of ['bilinear', 'bicubic', 'lanczos'] as const) {
      const crop = await decodeCrop(
        file,
        preprocessWith({ inputSize: [3, 4, 4], cropPct: 1, interpolation })
      )
      expect([crop.width, crop.height]).toEqual([4, 4])
      // Interior pixels (the kernel fits inside the image); edges depend on the border rule.
      expect(Math.abs((crop.pixels[1 * 3] as number) - 48)).toBeLessThanOrEqual(1)
      expect(Math.abs((crop.pixels[2 * 3] as number) - 80)).toBeLessThanOrEqual(1)
    }
    const nearest = await decodeCrop(
      file,
      preprocessWith({ inputSize: [3, 4, 4], cropPct: 1, interpolation: 'nearest' })
    )
    expect([0, 1, 2, 3].map((i) => nearest.pixels[i * 3])).toEqual([24, 56, 88, 120])
  })

  it('crops the centre of a large photo-sized image to exactly the input size', async () => {
    const file = await writeSolidImage(path.join(dir, 'photo.jpg'), [200, 100, 50], 500, 375)
    const crop = await decodeCrop(file, IMAGENET_DEFAULTS)
    expect([crop.width, crop.height, crop.x, crop.y]).toEqual([224, 224, 0, 0])
    expect(crop.pixels.length).toBe(224 * 224 * 3)
  })
})

describe('decoding turns any supported image into RGB', () => {
  const tiny = preprocessWith({ inputSize: [3, 2, 2], cropPct: 1, cropMode: 'squash' })

  it('honours EXIF orientation', async () => {
    // Stored 40×20 with red on the left, blue on the right; orientation 6 shows it rotated: red on top.
    const pixels = new Uint8Array(40 * 20 * 3)
    for (let y = 0; y < 20; y++)
      for (let x = 0; x < 40; x++) pixels[(y * 40 + x) * 3 + (x < 20 ? 0 : 2)] = 255
    const file = path.join(dir, 'rotated.jpg')
    await sharp(Buffer.from(pixels), { raw: { width: 40, height: 20, channels: 3 } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toFile(file)
    const crop = await decodeCrop(file, tiny)
    const topLeft = Array.from(crop.pixels.subarray(0, 3))
    const bottomLeft = Array.from(crop.pixels.subarray(6, 9))
    expect(topLeft[0]).toBeGreaterThan(150) // red
    expect(bottomLeft[2]).toBeGreaterThan(150) // blue
  })

  it('repeats grey into three channels and drops alpha without blending', async () => {
    const grey = await writePixels(path.join(dir, 'grey.png'), new Uint8Array(4).fill(90), 2, 2, 1)
    expect(Array.from((await decodeCrop(grey, tiny)).pixels.subarray(0, 3))).toEqual([90, 90, 90])
    const rgba = new Uint8Array(16)
    for (let i = 0; i < 4; i++) rgba.set([10, 200, 30, 0], i * 4)
    const transparent = await writePixels(path.join(dir, 'transparent.png'), rgba, 2, 2, 4)
    expect(Array.from((await decodeCrop(transparent, tiny)).pixels.subarray(0, 3))).toEqual([
      10, 200, 30
    ])
  })

  it('converts CMYK JPEGs (a few ImageNet photos are CMYK) to RGB', async () => {
    const file = path.join(dir, 'cmyk.jpg')
    await sharp({
      create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 40, b: 30 } }
    })
      .toColourspace('cmyk')
      .jpeg({ quality: 100 })
      .toFile(file)
    expect((await sharp(file).metadata()).space).toBe('cmyk')
    const [r, g, b] = Array.from((await decodeCrop(file, tiny)).pixels.subarray(0, 3)) as [
      number,
      number,
      number
    ]
    expect(r).toBeGreaterThan(170)
    expect(Math.max(g, b)).toBeLessThan(60)
  })

  it('reads WebP as well as PNG and JPEG', async () => {
    const file = await writeSolidImage(path.join(dir, 'solid.webp'), [12, 34, 56], 8, 8)
    expect(Array.from((await decodeCrop(file, tiny)).pixels.subarray(0, 3))).toEqual([12, 34, 56])
  })
})

describe('images that cannot be decoded are input errors naming the file', () => {
  const expectInputError = async (promise: Promise<unknown>, pattern: RegExp): Promise<void> => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(pattern)
  }

  it('refuses a zero-byte file', async () => {
    const file = path.join(dir, 'empty.jpg')
    await writeFile(file, '')
    await expectInputError(decodeCrop(file, IMAGENET_DEFAULTS), /empty\.jpg: image file is empty/)
  })

  it('refuses a missing file, a text file and a truncated JPEG', async () => {
    await expectInputError(
      decodeCrop(path.join(dir, 'nope.jpg'), IMAGENET_DEFAULTS),
      /nope\.jpg: image file not found/
    )
    const text = path.join(dir, 'notes.jpg')
    await writeFile(text, 'not an image')
    await expectInputError(decodeCrop(text, IMAGENET_DEFAULTS), /notes\.jpg: cannot decode image/)
    const noisy = await sharp({
      create: {
        width: 256,
        height: 256,
        channels: 3,
        background: 'black',
        noise: { type: 'gaussian', mean: 128, sigma: 40 }
      }
    })
      .jpeg()
      .toBuffer()
    const truncated = path.join(dir, 'truncated.jpg')
    await writeFile(truncated, noisy.subarray(0, noisy.length >> 1))
    await expectInputError(
      decodeCrop(truncated, IMAGENET_DEFAULTS),
      /truncated\.jpg: cannot decode image/
    )
  })

  it('refuses formats outside JPEG, PNG and WebP', async () => {
    const gif = await writeSolidImage(path.join(dir, 'anim.gif'), [1, 2, 3], 4, 4)
    await expectInputError(
      decodeCrop(gif, IMAGENET_DEFAULTS),
      /anim\.gif: gif images are not supported/
    )
  })

  it('refuses a decompression bomb: a small PNG whose header claims more pixels than the limit', async () => {
    const png = Buffer.from(
      await sharp({ create: { width: 1, height: 1, channels: 3, background: 'black' } })
        .png()
        .toBuffer()
    )
    // IHDR starts at byte 8: length, "IHDR", width, height, …, CRC over type and data.
    png.writeUInt32BE(20_000, 16)
    png.writeUInt32BE(10_000, 20)
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
    expect(20_000 * 10_000).toBeGreaterThan(MAX_INPUT_PIXELS)
    const file = path.join(dir, 'bomb.png')
    await writeFile(file, png)
    await expectInputError(
      decodeCrop(file, IMAGENET_DEFAULTS),
      /bomb\.png: image has more than 178956970 pixels/
    )
  })
})
