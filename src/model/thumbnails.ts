/**
 * Thumbnails for report.html (docs/html-report.md): the few images the report shows (a hurt class's lost
 * images, its absorbers' examples) are read again and shrunk to a small JPEG. Only those images: on the
 * glyph demo that is a few dozen files next to the 10,800 decoded for inference.
 */
import { existsSync } from 'node:fs'
import sharp from 'sharp'
import { ImageSource, type ImageRef } from './image-source.js'
import { MAX_INPUT_PIXELS } from './preprocess.js'

/** A small JPEG or WebP, base64-encoded, shown inline in report.html as a `data:` URL. */
export interface Thumbnail {
  readonly mime: 'image/jpeg' | 'image/webp'
  readonly base64: string
}

/** Why an image has no thumbnail. */
export type ThumbnailGap = 'no image file' | 'unreadable' | 'page size budget'

export interface ThumbnailOptions {
  /** Longest side, in pixels. */
  readonly size: number
  /** JPEG quality, 1–100. */
  readonly quality: number
  /** Images shrunk at once. */
  readonly concurrency: number
}

/** ~96 px at quality 70: 2–4 KB for a photo, so thousands fit the page's budget (docs/html-report.md). */
export const DEFAULT_THUMBNAIL_OPTIONS: ThumbnailOptions = { size: 96, quality: 70, concurrency: 4 }

/** Sources larger than this are not worth a thumbnail (the decode for inference caps pixels, not bytes). */
const MAX_SOURCE_BYTES = 64 * 1024 * 1024

/**
 * One thumbnail per image, in order, its bytes read the way inference reads them (a file, or a parquet cell:
 * image-source.ts). An image whose file does not exist (a predictions-only comparison) or that cannot be
 * read or decoded gives a gap instead of failing the report. The same image gives the same bytes.
 */
export async function makeThumbnails(
  images: readonly ImageRef[],
  options: ThumbnailOptions = DEFAULT_THUMBNAIL_OPTIONS
): Promise<(Thumbnail | ThumbnailGap)[]> {
  const results: (Thumbnail | ThumbnailGap)[] = new Array(images.length)
  const source = new ImageSource()
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < images.length) {
      const i = next++
      results[i] = await makeThumbnail(images[i] as ImageRef, source, options)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker))
  return results
}

async function makeThumbnail(
  image: ImageRef,
  source: ImageSource,
  options: ThumbnailOptions
): Promise<Thumbnail | ThumbnailGap> {
  // A predictions-only comparison names images it never needed to read.
  if (image.parquet === undefined && (image.file === '' || !existsSync(image.file))) {
    return 'no image file'
  }
  try {
    const { bytes } = await source.read(image)
    if (bytes.length > MAX_SOURCE_BYTES) return 'unreadable'
    const jpeg = await sharp(bytes, {
      failOn: 'error',
      limitInputPixels: MAX_INPUT_PIXELS,
      autoOrient: true
    })
      .resize(options.size, options.size, { fit: 'inside' })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: options.quality, chromaSubsampling: '4:2:0' })
      .toBuffer()
    return { mime: 'image/jpeg', base64: jpeg.toString('base64') }
  } catch {
    return 'unreadable'
  }
}
