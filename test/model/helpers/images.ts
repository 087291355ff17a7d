import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp, { type Sharp } from 'sharp'

export type Rgb = readonly [number, number, number]

/** A fresh temporary folder, and a function that removes it. */
export async function tempDir(
  prefix = 'classdiff-model-'
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** Writes an image of one colour; the format follows the extension (.png, .jpg, .webp). */
export async function writeSolidImage(
  file: string,
  colour: Rgb,
  width = 48,
  height = 40
): Promise<string> {
  const image = sharp({
    create: { width, height, channels: 3, background: { r: colour[0], g: colour[1], b: colour[2] } }
  })
  await encode(image, file)
  return file
}

/** Writes raw 8-bit pixels (row-major, `channels` per pixel) as an image file, losslessly unless JPEG. */
export async function writePixels(
  file: string,
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: 1 | 2 | 3 | 4 = 3
): Promise<string> {
  await encode(sharp(Buffer.from(pixels), { raw: { width, height, channels } }), file)
  return file
}

async function encode(image: Sharp, file: string): Promise<void> {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.png') await image.png().toFile(file)
  else if (extension === '.jpg' || extension === '.jpeg')
    await image.jpeg({ quality: 95 }).toFile(file)
  else if (extension === '.webp') await image.webp({ lossless: true }).toFile(file)
  else if (extension === '.gif') await image.gif().toFile(file)
  else throw new Error(`writeSolidImage: unknown extension ${extension}`)
}
