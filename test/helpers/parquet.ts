import { brotliCompressSync, gzipSync } from 'node:zlib'
import { parquetWriteFile } from 'hyparquet-writer'
import { zstdStore } from './zstd.js'

/**
 * Parquet files in Hugging Face's image-classification layout, written by a real parquet writer
 * (hyparquet-writer): the schema `datasets` writes (`image: struct<bytes: binary, path: string>`,
 * `label: int64`) and its `huggingface` key-value metadata naming the ClassLabel classes.
 */

export interface ParquetRow {
  /** Encoded image; null or absent: the cell holds only a path (or nothing). */
  readonly bytes?: Uint8Array | null
  readonly path?: string | null
  /** A ClassLabel index (int64), or a class name (string column). */
  readonly label: number | string | null
}

export interface ParquetLayout {
  /** ClassLabel names written to the `huggingface` metadata; null: no metadata at all. */
  readonly names?: readonly string[] | null
  /** Rows per row group (`datasets` writes 100 for image sets). */
  readonly rowGroupSize?: number
  readonly codec?: 'SNAPPY' | 'GZIP' | 'BROTLI' | 'ZSTD' | 'UNCOMPRESSED'
  readonly imageColumn?: string
  readonly labelColumn?: string
}

/**
 * Compressors for the codecs hyparquet-writer does not build in: node's zlib does the real work, and zstd is
 * written by a storing encoder (runs of one byte as RLE blocks), which is what a decompression bomb needs.
 */
const COMPRESSORS = {
  GZIP: (input: Uint8Array) => new Uint8Array(gzipSync(input)),
  BROTLI: (input: Uint8Array) => new Uint8Array(brotliCompressSync(input)),
  ZSTD: zstdStore
}

export function writeImageParquet(
  file: string,
  rows: readonly ParquetRow[],
  layout: ParquetLayout = {}
): void {
  const imageColumn = layout.imageColumn ?? 'image'
  const labelColumn = layout.labelColumn ?? 'label'
  const names = layout.names ?? null
  const stringLabels = rows.some((row) => typeof row.label === 'string')
  const schema: NonNullable<Parameters<typeof parquetWriteFile>[0]['schema']> = [
    { name: 'schema', num_children: 2 },
    { name: imageColumn, repetition_type: 'OPTIONAL', num_children: 2 },
    { name: 'bytes', type: 'BYTE_ARRAY', repetition_type: 'OPTIONAL' },
    { name: 'path', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
    stringLabels
      ? {
          name: labelColumn,
          type: 'BYTE_ARRAY',
          converted_type: 'UTF8',
          repetition_type: 'OPTIONAL'
        }
      : { name: labelColumn, type: 'INT64', repetition_type: 'OPTIONAL' }
  ]
  const features = {
    [imageColumn]: { _type: 'Image' },
    [labelColumn]: { names, _type: 'ClassLabel' }
  }
  parquetWriteFile({
    filename: file,
    schema,
    columnData: [
      {
        name: imageColumn,
        data: rows.map((row) => ({ bytes: row.bytes ?? null, path: row.path ?? null }))
      },
      {
        name: labelColumn,
        data: rows.map((row) =>
          row.label === null ? null : stringLabels ? String(row.label) : BigInt(row.label)
        )
      }
    ],
    rowGroupSize: layout.rowGroupSize ?? 100,
    codec: layout.codec ?? 'SNAPPY',
    compressors: COMPRESSORS,
    kvMetadata:
      names === null ? [] : [{ key: 'huggingface', value: JSON.stringify({ info: { features } }) }]
  })
}
