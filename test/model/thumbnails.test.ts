import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeThumbnails, type Thumbnail } from '../../src/model/thumbnails.js'
import { tempDir, writePixels, writeSolidImage } from './helpers/images.js'

/** An image of the set, by its file. */
const image = (file: string): { id: string; file: string } => ({ id: file, file })

describe('makeThumbnails', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-thumbs-'))
  })
  afterAll(async () => cleanup())

  it('shrinks each image to a JPEG at most 96 px on its longest side, keeping its shape', async () => {
    const wide = await writeSolidImage(path.join(dir, 'wide.png'), [200, 30, 30], 640, 320)
    const small = await writeSolidImage(path.join(dir, 'small.jpg'), [30, 200, 30], 32, 32)
    const noise = new Uint8Array(500 * 500 * 4).map((_, i) => (i * 2654435761) % 251)
    const photo = await writePixels(path.join(dir, 'noise.webp'), noise, 500, 500, 4)
    const thumbnails = (await makeThumbnails([wide, small, photo].map(image))) as Thumbnail[]
    const sizes = await Promise.all(
      thumbnails.map(async (t) => {
        expect(t.mime).toBe('image/jpeg')
        const meta = await sharp(Buffer.from(t.base64, 'base64')).metadata()
        expect(meta.format).toBe('jpeg')
        return [meta.width, meta.height, meta.channels]
      })
    )
    expect(sizes).toEqual([
      [96, 48, 3],
      [96, 96, 3],
      [96, 96, 3]
    ])
    // Even pure noise, the worst case for JPEG, stays small: the page budget assumes a few KB each.
    expect(Buffer.from((thumbnails[2] as Thumbnail).base64, 'base64').length).toBeLessThan(12_000)
  })

  it('gives the same bytes for the same file', async () => {
    const file = await writeSolidImage(path.join(dir, 'same.png'), [10, 20, 30], 300, 200)
    const [a] = await makeThumbnails([image(file)])
    const [b] = await makeThumbnails([image(file)])
    expect(a).toEqual(b)
  })

  it('gives a gap, not an error, for an empty or corrupt file, and for a file that is not there', async () => {
    const empty = path.join(dir, 'empty.png')
    await writeFile(empty, '')
    const corrupt = path.join(dir, 'corrupt.jpg')
    await writeFile(
      corrupt,
      (await readFile(await writeSolidImage(corrupt, [1, 2, 3]))).subarray(0, 40)
    )
    expect(
      await makeThumbnails([path.join(dir, 'missing.png'), empty, corrupt, ''].map(image))
    ).toEqual(['no image file', 'unreadable', 'unreadable', 'no image file'])
  })
})
