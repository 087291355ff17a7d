/**
 * Synthetic photographs for the benchmark: JPEGs of ImageNet's typical sizes whose decoding costs what a
 * real photo's does. JPEG decoding time follows the number of non-zero DCT coefficients, so each image
 * mixes what photos have: smooth gradients (sky, walls), hard-edged objects, mid-frequency texture
 * (foliage, fabric) and sensor noise, in proportions that vary from image to image.
 */
import sharp from 'sharp'
import { SeededRandom } from '../test/helpers/onnx/networks.js'

/** ImageNet validation's common sizes (landscape 4:3 dominates, then portrait and 3:2), width × height. */
export const SIZES: readonly (readonly [number, number])[] = [
  [500, 375],
  [500, 375],
  [500, 375],
  [375, 500],
  [500, 333]
]

function clampByte(value: number): number {
  return value < 0 ? 0 : value > 255 ? 255 : Math.round(value)
}

/** A grid of random values upsampled bilinearly to width × height: a smooth field with `cells` features across. */
function smoothField(
  random: SeededRandom,
  width: number,
  height: number,
  cells: number,
  amplitude: number
): Float32Array {
  const gridWidth = cells + 2
  const gridHeight = Math.ceil((cells * height) / width) + 2
  const grid = random.weights(gridWidth * gridHeight, amplitude / Math.sqrt(3))
  const field = new Float32Array(width * height)
  const scale = cells / width
  // Column positions are the same on every row: compute them once.
  const column = new Int32Array(width)
  const columnFraction = new Float32Array(width)
  for (let x = 0; x < width; x++) {
    column[x] = Math.floor(x * scale)
    columnFraction[x] = x * scale - column[x]!
  }
  const row = new Float32Array(gridWidth)
  for (let y = 0; y < height; y++) {
    const gy = y * scale
    const y0 = Math.floor(gy)
    const fy = gy - y0
    const top = y0 * gridWidth
    const bottom = top + gridWidth
    for (let g = 0; g < gridWidth; g++) row[g] = grid[top + g]! * (1 - fy) + grid[bottom + g]! * fy
    const out = y * width
    for (let x = 0; x < width; x++) {
      const g = column[x]!
      const fx = columnFraction[x]!
      field[out + x] = row[g]! * (1 - fx) + row[g + 1]! * fx
    }
  }
  return field
}

/** Raw RGB pixels of one synthetic photo. */
export function photoPixels(seed: number, width: number, height: number): Buffer {
  const random = new SeededRandom(seed)
  const pixels = Buffer.alloc(width * height * 3)
  // Per image: how much fine detail and noise, so the set spans smooth and busy photos as a real one does.
  const detail = 0.6 + random.uniform() * 3
  const noise = 8 + random.uniform() * 20
  const base = [0, 1, 2].map(() => 60 + random.uniform() * 140)
  const tint = [0, 1, 2].map(() => smoothField(random, width, height, 3, 50))
  const chroma = [0, 1, 2].map(() => smoothField(random, width, height, 24, 12 * detail))
  // Luminance detail at every scale with amplitude falling slowly with frequency, as natural images' spectra do.
  const luminance = new Float32Array(width * height)
  for (let cells = 4, amplitude = 28; cells <= 256; cells *= 2, amplitude *= 0.95) {
    const octave = smoothField(random, width, height, cells, amplitude * (cells >= 32 ? detail : 1))
    for (let i = 0; i < luminance.length; i++) luminance[i] = luminance[i]! + octave[i]!
  }
  for (let i = 0, p = 0; i < width * height; i++, p += 3) {
    const shared = luminance[i]!
    for (let c = 0; c < 3; c++) {
      pixels[p + c] = clampByte(base[c]! + tint[c]![i]! + chroma[c]![i]! + shared)
    }
  }
  // Hard-edged objects: ellipses and rectangles in flat-ish colours over the background.
  const objects = 3 + Math.floor(random.uniform() * 8)
  for (let k = 0; k < objects; k++) {
    const centreX = random.uniform() * width
    const centreY = random.uniform() * height
    const radiusX = 15 + random.uniform() * width * 0.25
    const radiusY = 15 + random.uniform() * height * 0.25
    const ellipse = random.uniform() < 0.6
    const colour = [0, 1, 2].map(() => random.uniform() * 255)
    const x0 = Math.max(0, Math.floor(centreX - radiusX))
    const x1 = Math.min(width - 1, Math.ceil(centreX + radiusX))
    const y0 = Math.max(0, Math.floor(centreY - radiusY))
    const y1 = Math.min(height - 1, Math.ceil(centreY + radiusY))
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const dx = (x - centreX) / radiusX
        const dy = (y - centreY) / radiusY
        if (ellipse && dx * dx + dy * dy > 1) continue
        const p = (y * width + x) * 3
        const shade = 0.75 + 0.25 * (1 - dy)
        for (let c = 0; c < 3; c++)
          pixels[p + c] = clampByte(colour[c]! * shade + (pixels[p + c]! - 128) * 0.3)
      }
    }
  }
  // Sensor noise, last, as a camera adds it: mostly luminance, a little per channel.
  const grain = random.weights(width * height, noise)
  const speckle = random.weights(pixels.length, noise * 0.3)
  for (let i = 0, p = 0; i < grain.length; i++, p += 3) {
    for (let c = 0; c < 3; c++)
      pixels[p + c] = clampByte(pixels[p + c]! + grain[i]! + speckle[p + c]!)
  }
  return pixels
}

/** JPEG qualities photo sites and cameras save with; ImageNet's Flickr photos span about this range. */
export const QUALITIES = [90, 93, 95, 92] as const

/** Encodes photo `index` as a baseline JPEG with 4:2:0 chroma, as cameras and photo sites save them. */
export async function photoJpeg(index: number): Promise<Buffer> {
  const [width, height] = SIZES[index % SIZES.length]!
  return sharp(photoPixels(1000 + index, width, height), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: QUALITIES[(index * 7) % QUALITIES.length]!, chromaSubsampling: '4:2:0' })
    .toBuffer()
}
