/**
 * Images that must not be decoded, or cannot be, through the CLI as a process: decompression bombs are refused from
 * their header, before a pixel is decoded; empty and truncated files are refused by name.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_INPUT_PIXELS } from '../../src/model/preprocess.js'
import { compare, expectCliRefusal, scratch, writeGoodSet, type CompareRun } from './helpers.js'

let dir: string
let at: (...parts: string[]) => string
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ dir, at, cleanup } = await scratch('images'))
  await writeGoodSet(dir)
})
afterAll(() => cleanup())

/** Both models on the good set plus one more row, `image` labelled yellow. */
async function withImage(image: string): Promise<CompareRun> {
  const manifest = `with-${image.replace(/\W/g, '-')}.csv`
  const good = await readFile(at('data', 'manifest.csv'), 'utf8')
  await writeFile(at('data', manifest), `${good}${image},3\n`)
  return compare(dir, [
    '--baseline',
    'models/good.onnx',
    '--candidate',
    'models/good.onnx',
    '--data',
    `data/${manifest}`,
    '--classes',
    'data/classes.txt'
  ])
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A genuine PNG of one colour, `width`×`height`, 1-bit greyscale: every row is a filter byte and zeros, which
 * deflate squeezes ~230:1, so 30,000² pixels take half a megabyte on disk and 2.7 GB as RGB.
 */
function blackPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 1 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** A small JPEG whose frame header (SOF0) claims `width`×`height`: the header is all a bomb needs. */
async function jpegClaiming(width: number, height: number): Promise<Buffer> {
  const jpeg = await sharp({
    create: { width: 16, height: 16, channels: 3, background: { r: 230, g: 220, b: 40 } }
  })
    .jpeg()
    .toBuffer()
  for (let at = 2; at < jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
    if (jpeg[at + 1] === 0xc0) {
      jpeg.writeUInt16BE(height, at + 5)
      jpeg.writeUInt16BE(width, at + 7)
      return jpeg
    }
  }
  throw new Error('no SOF0 marker')
}

/** A noisy image, so that its compressed data is worth cutting. */
function noise(format: 'png' | 'jpeg'): Promise<Buffer> {
  return sharp({
    create: {
      width: 64,
      height: 64,
      channels: 3,
      background: 'black',
      noise: { type: 'gaussian', mean: 128, sigma: 40 }
    }
  })
    .toFormat(format)
    .toBuffer()
}

describe('decompression bombs', () => {
  it('[image-bomb-png] a 30,000 × 30,000 PNG of one colour (half a megabyte): refused from its header, naming the file', async () => {
    const bomb = blackPng(30_000, 30_000)
    expect(bomb.length).toBeLessThan(1_000_000)
    expect(30_000 * 30_000).toBeGreaterThan(MAX_INPUT_PIXELS)
    await writeFile(at('data', 'bomb.png'), bomb)
    // Decoding it would take 2.7 GB of RGB; the guard reads the size from the header and stops there.
    expectCliRefusal(
      await withImage('bomb.png'),
      /^classdiff: \S*data\/bomb\.png: image has more than 178956970 pixels; refusing to decode it \(decompression-bomb guard\)$/
    )
  })

  it('[image-bomb-jpeg] a JPEG whose header claims 40,000 × 40,000 pixels: refused, naming the file', async () => {
    await writeFile(at('data', 'bomb.jpg'), await jpegClaiming(40_000, 40_000))
    expectCliRefusal(
      await withImage('bomb.jpg'),
      /^classdiff: \S*data\/bomb\.jpg: image has more than 178956970 pixels; refusing to decode it \(decompression-bomb guard\)$/
    )
  })
})

describe('empty and truncated image files', () => {
  it('[image-empty] a zero-byte image: refused, naming the file', async () => {
    await writeFile(at('data', 'empty.png'), '')
    expectCliRefusal(
      await withImage('empty.png'),
      /^classdiff: \S*data\/empty\.png: image file is empty \(0 bytes\)$/
    )
  })

  it.each([
    ['PNG', 'png', 'cut.png'],
    ['JPEG', 'jpeg', 'cut.jpg']
  ] as const)(
    '[image-truncated] a %s cut off after 60% of its bytes: refused, naming the file and the decoder’s reason',
    async (_name, format, file) => {
      const whole = await noise(format)
      await writeFile(at('data', file), whole.subarray(0, Math.floor(whole.length * 0.6)))
      expectCliRefusal(
        await withImage(file),
        new RegExp(
          `^classdiff: \\S*data/${file.replace('.', '\\.')}: cannot decode image \\(.+\\)$`
        )
      )
    }
  )
})
