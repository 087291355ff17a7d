import sharp, { type Metadata } from 'sharp'
import { InputError } from '../errors.js'
import { readImageFile } from './image-source.js'
import type { Preprocess } from './types.js'

/**
 * Largest image we decode, in pixels: PIL's own decompression-bomb limit (2 × `Image.MAX_IMAGE_PIXELS`), so
 * anything a PyTorch data loader opens, we open too, and a tiny file claiming a gigapixel is refused.
 */
export const MAX_INPUT_PIXELS = 178_956_970

/** Formats an evaluation set may hold; others (SVG, PDF, TIFF, GIF …) widen the parser surface for no gain. */
const SUPPORTED_FORMATS = new Set(['jpeg', 'png', 'webp'])

const SHARP_KERNEL = {
  bilinear: 'linear',
  bicubic: 'cubic', // Catmull–Rom, PIL's bicubic (a = −0.5)
  nearest: 'nearest',
  lanczos: 'lanczos3'
} as const

/** Where the model's input tensor lives and how it is laid out. */
export interface TensorGeometry {
  readonly layout: 'NCHW' | 'NHWC'
  readonly channels: 1 | 3
  readonly height: number
  readonly width: number
}

/** How an image of a given size becomes the model's input: resize to this size, then take this window. */
export interface ResizePlan {
  readonly resizeWidth: number
  readonly resizeHeight: number
  /** Top-left of the crop window in the resized image; negative when the window reaches past it (padding). */
  readonly left: number
  readonly top: number
}

/** Python's round(): halves go to the even neighbour (torchvision computes crop offsets with it). */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value)
  const fraction = value - floor
  if (fraction > 0.5) return floor + 1
  if (fraction < 0.5) return floor
  return floor % 2 === 0 ? floor : floor + 1
}

/** Crop window start on one axis: centred, torchvision's CenterCrop; padding splits with the extra pixel after. */
function centreStart(size: number, crop: number): number {
  return size >= crop ? roundHalfEven((size - crop) / 2) : -Math.floor((crop - size) / 2)
}

/**
 * The resize and crop timm's eval transform applies (`transforms_imagenet_eval`):
 * - center: `Resize(floor(size / crop_pct))` on the shorter side (torchvision truncates the longer side), or
 *   timm's ResizeKeepRatio for non-square sizes, then `CenterCrop(size)`;
 * - squash: both sides to `floor(size / crop_pct)`, then `CenterCrop(size)`;
 * - border: the longer side to `floor(size / crop_pct)` keeping the ratio, then centre crop or pad.
 */
export function planResize(
  imageWidth: number,
  imageHeight: number,
  preprocess: Preprocess
): ResizePlan {
  const [, height, width] = preprocess.inputSize
  const scaleHeight = Math.floor(height / preprocess.cropPct)
  const scaleWidth = Math.floor(width / preprocess.cropPct)
  let resizeWidth: number
  let resizeHeight: number
  if (preprocess.cropMode === 'squash') {
    resizeWidth = scaleWidth
    resizeHeight = scaleHeight
  } else if (preprocess.cropMode === 'center' && scaleHeight === scaleWidth) {
    const size = scaleHeight
    if (imageWidth <= imageHeight) {
      resizeWidth = size
      resizeHeight =
        imageWidth === size ? imageHeight : Math.floor((size * imageHeight) / imageWidth)
    } else {
      resizeHeight = size
      resizeWidth =
        imageHeight === size ? imageWidth : Math.floor((size * imageWidth) / imageHeight)
    }
  } else {
    // timm ResizeKeepRatio: shorter side to its target (center), or the longer side inside (border).
    const ratioHeight = imageHeight / scaleHeight
    const ratioWidth = imageWidth / scaleWidth
    const ratio =
      preprocess.cropMode === 'border'
        ? Math.max(ratioHeight, ratioWidth)
        : Math.min(ratioHeight, ratioWidth)
    resizeWidth = Math.max(1, roundHalfEven(imageWidth / ratio))
    resizeHeight = Math.max(1, roundHalfEven(imageHeight / ratio))
  }
  return {
    resizeWidth,
    resizeHeight,
    left: centreStart(resizeWidth, width),
    top: centreStart(resizeHeight, height)
  }
}

/** The part of the crop window that lies inside the resized image, as 8-bit RGB, row-major HWC. */
export interface DecodedCrop {
  readonly pixels: Uint8Array
  /** Size of the decoded region and where it sits in the crop window (non-zero only with padding). */
  readonly width: number
  readonly height: number
  readonly x: number
  readonly y: number
}

function decodeFailure(file: string, error: unknown): InputError {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  if (/pixel limit/i.test(message ?? '')) {
    return new InputError(
      `${file}: image has more than ${MAX_INPUT_PIXELS} pixels; refusing to decode it (decompression-bomb guard)`
    )
  }
  return new InputError(`${file}: cannot decode image (${message})`)
}

/**
 * Decodes an image file into the crop window of the model input: EXIF orientation applied, alpha dropped,
 * grey and CMYK turned into sRGB, resized (antialiased) and cropped as the Preprocess says.
 */
export async function decodeCrop(file: string, preprocess: Preprocess): Promise<DecodedCrop> {
  return decodeEncodedCrop(await readImageFile(file), file, preprocess)
}

/** `decodeCrop` for an image already in memory (a parquet cell); `file` names it in messages. */
export async function decodeEncodedCrop(
  bytes: Buffer,
  file: string,
  preprocess: Preprocess
): Promise<DecodedCrop> {
  const options = { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS, autoOrient: true } as const
  let metadata: Metadata
  try {
    metadata = await sharp(bytes, options).metadata()
  } catch (error) {
    throw decodeFailure(file, error)
  }
  if (!SUPPORTED_FORMATS.has(metadata.format)) {
    throw new InputError(
      `${file}: ${metadata.format} images are not supported (use JPEG, PNG or WebP)`
    )
  }
  const { width: imageWidth, height: imageHeight } = metadata.autoOrient
  if (imageWidth * imageHeight > MAX_INPUT_PIXELS)
    throw decodeFailure(file, new Error('pixel limit'))

  const [, cropHeight, cropWidth] = preprocess.inputSize
  const plan = planResize(imageWidth, imageHeight, preprocess)
  const left = Math.max(0, plan.left)
  const top = Math.max(0, plan.top)
  const width = Math.min(plan.resizeWidth, plan.left + cropWidth) - left
  const height = Math.min(plan.resizeHeight, plan.top + cropHeight) - top

  let pipeline = sharp(bytes, options).removeAlpha().toColourspace('srgb')
  if (plan.resizeWidth !== imageWidth || plan.resizeHeight !== imageHeight) {
    pipeline = pipeline.resize(plan.resizeWidth, plan.resizeHeight, {
      fit: 'fill',
      kernel: SHARP_KERNEL[preprocess.interpolation],
      // Keep at least a factor of two for the antialiased resize: sharp still decodes JPEGs 4× or more larger
      // than the target at 1/2, 1/4 or 1/8 scale (about 2× faster for 2000×1500 photos, mean 0.5 levels from a
      // full decode), but never as coarsely as `true` would (docs/performance.md).
      fastShrinkOnLoad: false
    })
  }
  if (left !== 0 || top !== 0 || width !== plan.resizeWidth || height !== plan.resizeHeight) {
    pipeline = pipeline.extract({ left, top, width, height })
  }
  let pixels: Buffer
  try {
    pixels = await pipeline.raw({ depth: 'uchar' }).toBuffer()
  } catch (error) {
    throw decodeFailure(file, error)
  }
  if (pixels.length !== width * height * 3) {
    throw new InputError(
      `${file}: decoded to an unexpected size (${pixels.length} bytes for ${width}×${height})`
    )
  }
  return { pixels, width, height, x: left - plan.left, y: top - plan.top }
}

/**
 * Per-channel lookup tables from 8-bit pixel to normalised input, `(x/255 − mean)/std`, computed in double
 * precision once, so writing a tensor is a lookup per value and equals the formula exactly.
 */
export interface Normaliser {
  readonly geometry: TensorGeometry
  /** Table per model channel, 256 entries each. */
  readonly tables: readonly Float32Array[]
  /** Which RGB channel feeds each model channel (BGR reverses them); unused for one channel (luma). */
  readonly source: readonly number[]
  /** Normalised value of padding, per model channel. */
  readonly fill: readonly number[]
}

export function createNormaliser(preprocess: Preprocess, geometry: TensorGeometry): Normaliser {
  const channels = geometry.channels
  const tables: Float32Array[] = []
  const fill: number[] = []
  for (let c = 0; c < channels; c++) {
    const mean = preprocess.mean[c] as number
    const std = preprocess.std[c] as number
    const table = new Float32Array(256)
    for (let x = 0; x < 256; x++) table[x] = (x / 255 - mean) / std
    tables.push(table)
    // torchvision pads CenterCrop with black; timm's border mode pads with the mean colour.
    const fillPixel = preprocess.cropMode === 'border' ? Math.round(255 * mean) : 0
    fill.push(table[Math.min(255, Math.max(0, fillPixel))] as number)
  }
  const source = channels === 1 ? [0] : preprocess.channelOrder === 'BGR' ? [2, 1, 0] : [0, 1, 2]
  return { geometry, tables, source, fill }
}

/** PIL's convert('L'): ITU-R 601-2 luma in 16-bit fixed point, as torchvision's Grayscale computes it. */
function luma(r: number, g: number, b: number): number {
  return (r * 19595 + g * 38470 + b * 7471 + 0x8000) >>> 16
}

/**
 * Writes one image into its slot of a batch tensor: `target` holds the whole batch, `slot` is the image's
 * index in it. Padding outside the decoded region gets the fill value.
 */
export function writeTensor(
  crop: DecodedCrop,
  normaliser: Normaliser,
  target: Float32Array,
  slot: number
): void {
  const { layout, channels, height, width } = normaliser.geometry
  const plane = height * width
  const base = slot * channels * plane
  const padded = crop.width !== width || crop.height !== height
  const { tables, source, fill, geometry } = normaliser
  const pixels = crop.pixels

  if (padded) {
    for (let c = 0; c < channels; c++) {
      const value = fill[c] as number
      if (layout === 'NCHW') target.fill(value, base + c * plane, base + (c + 1) * plane)
      else for (let i = 0; i < plane; i++) target[base + i * channels + c] = value
    }
  }
  // Strides of the model layout: NCHW walks channel planes, NHWC interleaves channels.
  const channelStride = geometry.layout === 'NCHW' ? plane : 1
  const pixelStride = geometry.layout === 'NCHW' ? 1 : channels
  const rowLength = crop.width
  // Hoisted per-channel tables and offsets: this loop runs 150,000 times per 224² image.
  const table0 = tables[0] as Float32Array
  if (channels === 1) {
    for (let y = 0; y < crop.height; y++) {
      let from = y * rowLength * 3
      let to = base + (y + crop.y) * width + crop.x
      for (let x = 0; x < rowLength; x++, from += 3, to++) {
        target[to] = table0[luma(pixels[from]!, pixels[from + 1]!, pixels[from + 2]!)]!
      }
    }
    return
  }
  const table1 = tables[1] as Float32Array
  const table2 = tables[2] as Float32Array
  const [source0, source1, source2] = source as [number, number, number]
  const offset1 = channelStride
  const offset2 = 2 * channelStride
  for (let y = 0; y < crop.height; y++) {
    let from = y * rowLength * 3
    let to = base + ((y + crop.y) * width + crop.x) * pixelStride
    for (let x = 0; x < rowLength; x++, from += 3, to += pixelStride) {
      target[to] = table0[pixels[from + source0]!]!
      target[to + offset1] = table1[pixels[from + source1]!]!
      target[to + offset2] = table2[pixels[from + source2]!]!
    }
  }
}

/** Decodes `file` and writes it into slot `slot` of `target`: the whole preprocessing of one image. */
export async function preprocessImage(
  file: string,
  preprocess: Preprocess,
  normaliser: Normaliser,
  target: Float32Array,
  slot: number
): Promise<void> {
  writeTensor(await decodeCrop(file, preprocess), normaliser, target, slot)
}

let sharpConfigured = false

/**
 * Process-wide sharp settings for evaluation: no operation cache (every image is new, caching only holds
 * memory). Called once before decoding starts.
 */
export function configureSharp(): void {
  if (sharpConfigured) return
  sharpConfigured = true
  sharp.cache(false)
}
