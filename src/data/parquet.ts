/**
 * Parquet evaluation sets in Hugging Face's image-classification layout (docs/parquet.md): an image column
 * that is a struct `{bytes, path}`, a label column (a `ClassLabel` index, or a class name), and the class names
 * in the file's `huggingface` key-value metadata (`info.features.<label>.names`).
 *
 * `--data` is one `.parquet` file, a folder of shards (`*.parquet`, sorted by name), or a dataset folder in
 * the Hub's layout (`data/<split>-00000-of-00002.parquet`, one split). The data root is the file's folder, or
 * the folder given; an image cell holding only a `path` is resolved there under the manifest rules (paths.ts).
 *
 * Ids: the images' `path`s when every row has one and no two are equal; otherwise `FILE#ROW` for every image
 * (FILE relative to the data root with `/`, ROW counted from 0 within that file, as `datasets` counts).
 *
 * Memory: files are read one row group at a time, here and when the model stage fetches the encoded images
 * (`readImageColumn`); an image's bytes are never kept by the evaluation set, only where they are.
 */
import { statSync } from 'node:fs'
import { basename, dirname, join, relative, sep } from 'node:path'
import {
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetReadObjects,
  parquetSchema,
  type AsyncBuffer,
  type Compressors,
  type FileMetaData
} from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { decompress as decompressZstd } from 'fzstd'
import { InputError } from '../errors.js'
import { compareCodePoints, inferClasses, LabelResolver, type ClassList } from './classes.js'
import { listEntries } from './imagefolder.js'
import { messagePath } from './input-file.js'
import { DataRoot } from './paths.js'
import { fileProblem, oneLine, quote } from './text.js'
import type { EvalImage } from './types.js'

/** Which columns hold the image and the label (`--image-column`, `--label-column`). */
export interface ParquetColumns {
  readonly image: string
  readonly label: string
}

export const DEFAULT_PARQUET_COLUMNS: ParquetColumns = { image: 'image', label: 'label' }

export function isParquetName(path: string): boolean {
  return path.toLowerCase().endsWith('.parquet')
}

/** A parquet file opened for reading: its footer parsed once. */
export interface ParquetFile {
  /** Absolute path. */
  readonly path: string
  /** How ids name it: relative to the data root, with `/`. */
  readonly name: string
  /** How messages name it: relative to the working directory when inside it, else absolute. */
  readonly display: string
  readonly buffer: AsyncBuffer
  readonly metadata: FileMetaData
}

/** Opens a parquet file and parses its footer; a file that is not parquet (or is cut short) is an input error. */
export async function openParquet(path: string, name: string): Promise<ParquetFile> {
  const display = messagePath(path)
  let buffer: AsyncBuffer
  try {
    if (!statSync(path).isFile()) throw new InputError(`--data ${display}: not a file`)
    buffer = await asyncBufferFromFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`--data ${display}: ${fileProblem(error)}`)
  }
  try {
    const metadata = await parquetMetadataAsync(buffer)
    return { path, name, display, buffer, metadata }
  } catch (error) {
    throw new InputError(`${display}: not a readable parquet file (${reason(error)})`)
  }
}

function reason(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error), 160)
}

/**
 * How far a page may inflate: at most this many times its stored size, or up to the floor below whatever it
 * stores. Image bytes barely compress (JPEG, PNG); a label column of a million rows fits the floor. A page
 * header is read from the file, so without this a few kilobytes of zstd or gzip from a pull request could make
 * the reader allocate gigabytes (docs/parquet.md#memory).
 */
export const PAGE_INFLATION = { ratio: 64, floorBytes: 64 * 1024 * 1024 } as const

/** The largest page, in bytes, that `storedBytes` of a compressed page may claim to hold. */
export function maxInflatedPage(storedBytes: number): number {
  return Math.max(PAGE_INFLATION.floorBytes, PAGE_INFLATION.ratio * storedBytes)
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} KiB`
    : `${(bytes / 1024 / 1024).toFixed(0)} MiB`
}

/**
 * hyparquet-compressors' decompressors behind the page-size check. Zstandard decodes into a buffer of the
 * checked size: left to itself it allocates what the frame inside asks for, which the check never sees.
 */
const boundedCompressors: Compressors = Object.fromEntries(
  Object.entries({
    ...compressors,
    ZSTD: (input: Uint8Array, length: number) => decompressZstd(input, new Uint8Array(length))
  }).map(([codec, decompress]) => [
    codec,
    (input: Uint8Array, length: number): Uint8Array => {
      if (!(length <= maxInflatedPage(input.length))) {
        throw new Error(
          `a ${codec} page of ${sizeText(input.length)} claims ${sizeText(length)} uncompressed, more than the ${sizeText(maxInflatedPage(input.length))} classdiff inflates a page of that size to`
        )
      }
      return decompress(input, length)
    }
  ])
)

/** First row (in the file) of each row group, and the row count after the last. */
export function rowGroupStarts(metadata: FileMetaData): number[] {
  const starts = [0]
  for (const group of metadata.row_groups) {
    starts.push((starts[starts.length - 1] as number) + Number(group.num_rows))
  }
  return starts
}

/**
 * Reads `columns` of one row group as row objects. Binary values stay bytes (`utf8: false`); strings the file
 * marks as text are still strings. A damaged page is an input error naming the file and the row group.
 */
export async function readRowGroup(
  file: ParquetFile,
  group: number,
  columns: readonly string[]
): Promise<Record<string, unknown>[]> {
  const starts = rowGroupStarts(file.metadata)
  try {
    return await parquetReadObjects({
      file: file.buffer,
      metadata: file.metadata,
      columns: [...columns],
      rowStart: starts[group],
      rowEnd: starts[group + 1],
      utf8: false,
      compressors: boundedCompressors
    })
  } catch (error) {
    throw new InputError(
      `${file.display}: cannot read row group ${group} (rows ${starts[group]}–${(starts[group + 1] as number) - 1}): ${reason(error)}`
    )
  }
}

/**
 * The encoded image of every row of one row group (`null` where the cell holds no bytes): what the model
 * stage decodes, fetched a row group at a time as evaluation reaches it.
 */
export async function readImageColumn(
  file: ParquetFile,
  group: number,
  column: string
): Promise<(Uint8Array | null)[]> {
  const rows = await readRowGroup(file, group, [column])
  return rows.map((row) => imageBytes(row[column]))
}

function imageBytes(cell: unknown): Uint8Array | null {
  if (cell === null || typeof cell !== 'object') return null
  const bytes = (cell as { bytes?: unknown }).bytes
  return bytes instanceof Uint8Array && bytes.length > 0 ? bytes : null
}

function imagePath(cell: unknown): string | null {
  if (cell === null || typeof cell !== 'object') return null
  const path = (cell as { path?: unknown }).path
  if (path instanceof Uint8Array) return new TextDecoder().decode(path)
  return typeof path === 'string' && path !== '' ? path : null
}

/** The parquet files `--data` names, or null when it names none (an ImageFolder, a manifest). */
export function findParquetFiles(
  data: string,
  isFolder: boolean,
  allowOutsideRoot: boolean
): { files: string[]; root: DataRoot } | null {
  if (!isFolder) {
    if (!isParquetName(data)) return null
    const dir = dirname(data)
    const root = new DataRoot(dir, `${dir} (the folder of ${basename(data)})`, allowOutsideRoot)
    return { files: [data], root }
  }
  const root = new DataRoot(data, data, allowOutsideRoot)
  const { dirs, files } = listEntries(root, '')
  let shards = files.filter(isParquetName)
  let where = ''
  if (shards.length === 0 && dirs.includes('data')) {
    // The Hub's layout: DIR/data/<split>-00000-of-00002.parquet.
    shards = listEntries(root, 'data').files.filter(isParquetName)
    where = 'data'
  }
  if (shards.length === 0) return null
  shards.sort(compareCodePoints)
  checkShardSet(shards, where === '' ? data : join(data, where))
  return { files: shards.map((name) => join(root.dir, where, name)), root }
}

/** `<split>-00000-of-00002.parquet`, the name `datasets` gives shards. */
const HUB_SHARD = /^(.+)-(\d{5})-of-(\d{5})\.parquet$/i

/** Refuses a folder holding several splits, or a split with a shard missing. */
function checkShardSet(names: readonly string[], folder: string): void {
  const bySplit = new Map<string, { count: number; present: Set<number> }>()
  for (const name of names) {
    const match = HUB_SHARD.exec(name)
    if (!match) continue
    const split = match[1] as string
    const entry = bySplit.get(split) ?? { count: Number(match[3]), present: new Set<number>() }
    entry.present.add(Number(match[2]))
    bySplit.set(split, entry)
  }
  if (bySplit.size > 1) {
    throw new InputError(
      `--data ${folder}: holds the shards of several splits (${[...bySplit.keys()].sort(compareCodePoints).join(', ')}); give a folder or file of one split`
    )
  }
  for (const [split, { count, present }] of bySplit) {
    for (let index = 0; index < count; index++) {
      if (!present.has(index)) {
        const name = `${split}-${String(index).padStart(5, '0')}-of-${String(count).padStart(5, '0')}.parquet`
        throw new InputError(
          `--data ${folder}: shard ${name} is missing (${present.size} of ${count} present)`
        )
      }
    }
  }
}

/** The ClassLabel names the `huggingface` metadata gives the label column, or null when it gives none. */
export function classLabelNames(file: ParquetFile, labelColumn: string): string[] | null {
  const entry = file.metadata.key_value_metadata?.find(({ key }) => key === 'huggingface')
  if (entry?.value === undefined) return null
  let info: unknown
  try {
    info = JSON.parse(entry.value)
  } catch (error) {
    throw new InputError(
      `${file.display}: the "huggingface" metadata is not JSON (${reason(error)})`
    )
  }
  const features = (info as { info?: { features?: unknown } } | null)?.info?.features
  const feature =
    features !== null && typeof features === 'object'
      ? (features as Record<string, unknown>)[labelColumn]
      : undefined
  if (feature === null || typeof feature !== 'object') return null
  const { _type: type, names } = feature as { _type?: unknown; names?: unknown }
  if (type !== 'ClassLabel') return null
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string')) {
    throw new InputError(
      `${file.display}: the ClassLabel of column ${quote(labelColumn)} has no list of class names`
    )
  }
  return names as string[]
}

/** Refuses a file without the image or the label column, naming the columns it has. */
function checkColumns(file: ParquetFile, columns: ParquetColumns): void {
  const schema = parquetSchema(file.metadata)
  const names = schema.children.map((child) => child.element.name)
  const has = `it has ${names.map((name) => quote(name)).join(', ') || 'no columns'}`
  for (const [role, column] of [
    ['image', columns.image],
    ['label', columns.label]
  ] as const) {
    if (!names.includes(column)) {
      throw new InputError(
        `${file.display}: no ${role} column ${quote(column)} (${has}; --${role}-column names another)`
      )
    }
  }
  const image = schema.children.find((child) => child.element.name === columns.image)
  const fields = image?.children.map((child) => child.element.name) ?? []
  if (!fields.includes('bytes') && !fields.includes('path')) {
    throw new InputError(
      `${file.display}: the image column ${quote(columns.image)} is not a {bytes, path} struct (Hugging Face's Image feature)`
    )
  }
}

/** One row as read at load time: the label and where the image is, not its bytes. */
interface RowEntry {
  readonly file: ParquetFile
  readonly row: number
  readonly group: number
  readonly indexInGroup: number
  readonly label: unknown
  readonly path: string | null
  /** Encoded size, or 0 when the cell holds only a path. */
  readonly size: number
  readonly where: string
}

export interface ParquetSetOptions {
  readonly columns: ParquetColumns
  /** From `--classes` (or a preset); it then fixes the class order. */
  readonly classes: ClassList | null
  readonly requireFiles: boolean
}

/**
 * Reads the labels and image locations of a parquet set, one row group at a time (the image bytes are read
 * and dropped: this checks every cell holds bytes or a path, and takes each image's size for the cache key).
 */
export async function readParquetSet(
  paths: readonly string[],
  root: DataRoot,
  options: ParquetSetOptions
): Promise<{ classes: ClassList; images: EvalImage[] }> {
  const { columns } = options
  const entries: RowEntry[] = []
  let labelNames: { names: string[]; file: ParquetFile } | null = null
  for (const path of paths) {
    const file = await openParquet(path, relative(root.dir, path).split(sep).join('/'))
    checkColumns(file, columns)
    const names = classLabelNames(file, columns.label)
    if (names !== null) {
      if (labelNames === null) labelNames = { names, file }
      else if (JSON.stringify(names) !== JSON.stringify(labelNames.names)) {
        throw new InputError(
          `${file.display}: its ClassLabel names differ from those of ${labelNames.file.display}`
        )
      }
    }
    const starts = rowGroupStarts(file.metadata)
    for (let group = 0; group < file.metadata.row_groups.length; group++) {
      const rows = await readRowGroup(file, group, [columns.image, columns.label])
      rows.forEach((record, indexInGroup) => {
        const row = (starts[group] as number) + indexInGroup
        const where = `${file.display} row ${row}`
        const cell = record[columns.image]
        const bytes = imageBytes(cell)
        const imageFile = imagePath(cell)
        if (bytes === null && imageFile === null) {
          throw new InputError(`${where}: the image cell has neither bytes nor a path`)
        }
        const label = record[columns.label]
        entries.push({
          file,
          row,
          group,
          indexInGroup,
          label: typeof label === 'bigint' ? Number(label) : label,
          path: imageFile,
          size: bytes?.length ?? 0,
          where
        })
      })
    }
  }
  if (entries.length === 0) {
    throw new InputError(`--data ${root.display}: the parquet set has no rows`)
  }
  const classes = classList(entries, labelNames, options.classes, columns.label)
  const resolver = new LabelResolver(classes)
  const labels = entries.map((entry) => {
    if (entry.label === null || entry.label === undefined) {
      throw new InputError(`${entry.where}: no label (column ${quote(columns.label)} is empty)`)
    }
    return resolver.resolve(entry.label, entry.where)
  })
  const pathIds = uniquePaths(entries)
  const fileOf = new Map<string, string>()
  return {
    classes,
    images: entries.map((entry, i): EvalImage => {
      const id = pathIds ? (entry.path as string) : `${entry.file.name}#${entry.row}`
      const base = { id, label: labels[i] as number, multiLabels: null }
      if (entry.size > 0) {
        return {
          ...base,
          file: '',
          parquet: {
            file: entry.file.path,
            name: entry.file.display,
            column: columns.image,
            rowGroup: entry.group,
            indexInGroup: entry.indexInGroup,
            row: entry.row,
            size: entry.size
          }
        }
      }
      const file = root.locate(entry.path as string, entry.where, options.requireFiles)
      const earlier = fileOf.get(file)
      if (earlier !== undefined) {
        throw new InputError(
          `${entry.where}: duplicate image ${quote(entry.path as string)} (also ${earlier})`
        )
      }
      fileOf.set(file, entry.where)
      return { ...base, file }
    })
  }
}

/** `--classes` first; else the files' ClassLabel names; else inferred from the labels as for manifests. */
function classList(
  entries: readonly RowEntry[],
  labelNames: { names: string[]; file: ParquetFile } | null,
  given: ClassList | null,
  labelColumn: string
): ClassList {
  if (given !== null) {
    if (labelNames !== null && labelNames.names.length !== given.names.length) {
      throw new InputError(
        `${labelNames.file.display}: its ClassLabel has ${labelNames.names.length} classes but the ${given.source} has ${given.names.length}`
      )
    }
    return given
  }
  if (labelNames !== null) {
    const files = new Set(entries.map((entry) => entry.file.name))
    const source =
      files.size === 1
        ? `ClassLabel names of ${labelNames.file.display}`
        : `ClassLabel names of ${labelNames.file.display} and the other shards`
    return { names: labelNames.names, ids: null, source }
  }
  return inferClasses(entries, `labels of column ${quote(labelColumn)}`)
}

/** True when every image has a path and no two paths are equal: then the paths are the ids. */
function uniquePaths(entries: readonly RowEntry[]): boolean {
  const seen = new Set<string>()
  for (const { path } of entries) {
    if (path === null || seen.has(path)) return false
    seen.add(path)
  }
  return true
}
