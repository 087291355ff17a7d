/**
 * Where the model stage gets an image's encoded bytes: its file, or its cell of a parquet file. Parquet cells
 * are read a row group at a time, as evaluation reaches them, and only a few row groups are kept: memory
 * stays flat however many images a parquet set holds (docs/parquet.md, docs/performance.md).
 */
import { readFile } from 'node:fs/promises'
import { openParquet, readImageColumn, type ParquetFile } from '../data/parquet.js'
import type { EvalImage, ParquetImage } from '../data/types.js'
import { InputError } from '../errors.js'

/** What the source needs to find an image's bytes: its file, or its parquet cell. */
export type ImageRef = Pick<EvalImage, 'id' | 'file' | 'parquet'>

/** An image's encoded bytes and how messages name it. */
export interface EncodedImage {
  readonly bytes: Buffer
  readonly name: string
}

/**
 * Row groups kept decoded. Evaluation asks for images in set order (a shard, in order too), so once the next
 * row group is asked for, the last is not asked for again; images already handed out keep their own bytes
 * alive until decoded. Each kept group costs its image bytes (100 rows of 100 KB: 10 MB).
 */
const ROW_GROUPS_KEPT = 2

/** Reads an image file; a missing, unreadable or empty file is an input error naming it. */
export async function readImageFile(file: string): Promise<Buffer> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`${file}: image file not found`)
    throw new InputError(`${file}: cannot read image (${(error as Error).message})`)
  }
  if (bytes.length === 0) throw new InputError(`${file}: image file is empty (0 bytes)`)
  return bytes
}

export class ImageSource {
  private readonly files = new Map<string, Promise<ParquetFile>>()
  /** Most recently used last. */
  private readonly groups = new Map<string, Promise<(Uint8Array | null)[]>>()

  /** The encoded bytes of `image`; an unreadable or empty image is an input error naming it. */
  async read(image: ImageRef): Promise<EncodedImage> {
    if (image.parquet !== undefined) return this.readCell(image.parquet)
    if (!image.file) throw new InputError(`image "${image.id}" has no file to read`)
    return { bytes: await readImageFile(image.file), name: image.file }
  }

  private async readCell(cell: ParquetImage): Promise<EncodedImage> {
    const name = `${cell.name} row ${cell.row}`
    const column = await this.rowGroup(cell)
    const bytes = column[cell.indexInGroup]
    // The set was read from this file when it loaded; a cell that changed since is a changed file.
    if (bytes === null || bytes === undefined || bytes.length !== cell.size) {
      throw new InputError(`${name}: the image changed since the set was loaded`)
    }
    return { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name }
  }

  private rowGroup(cell: ParquetImage): Promise<(Uint8Array | null)[]> {
    const key = `${cell.file}\0${cell.rowGroup}\0${cell.column}`
    let group = this.groups.get(key)
    if (group !== undefined) {
      this.groups.delete(key)
    } else {
      group = this.file(cell).then((file) => readImageColumn(file, cell.rowGroup, cell.column))
      while (this.groups.size >= ROW_GROUPS_KEPT) {
        this.groups.delete(this.groups.keys().next().value as string)
      }
    }
    this.groups.set(key, group)
    return group
  }

  private file(cell: ParquetImage): Promise<ParquetFile> {
    let file = this.files.get(cell.file)
    if (file === undefined) {
      file = openParquet(cell.file, cell.name)
      this.files.set(cell.file, file)
    }
    return file
  }
}
