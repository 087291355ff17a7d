import { tmpdir } from 'node:os'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadEvalSet } from '../../src/data/load.js'
import { InputError } from '../../src/errors.js'
import { ImageSource } from '../../src/model/image-source.js'
import { writeImageParquet, type ParquetRow } from '../helpers/parquet.js'
import { tempDir } from './helpers/images.js'

/** The model stage's image bytes: from files, and from parquet cells a row group at a time. */

const options = {
  preset: null,
  classes: null,
  multiLabels: null,
  hierarchy: null,
  requireFiles: true,
  allowOutsideRoot: false,
  // The sets live in the system's temp folder: it plays the working directory.
  workspace: tmpdir()
} as const

describe('ImageSource', () => {
  let dir: string
  let cleanup: () => Promise<void>
  const rows: ParquetRow[] = Array.from({ length: 23 }, (_, i) => ({
    bytes: new Uint8Array(10 + i).fill(i),
    path: i === 5 ? null : `img_${i}.png`,
    label: i % 2
  }))

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-image-source-'))
    await writeFile(path.join(dir, 'plain.png'), Buffer.from([1, 2, 3]))
  })
  afterAll(() => cleanup())

  it('gives every cell its own bytes, across row groups, and names it by file and row', async () => {
    const file = path.join(dir, 'set.parquet')
    writeImageParquet(file, rows, { names: ['a', 'b'], rowGroupSize: 4 })
    const set = await loadEvalSet({ ...options, data: file })
    const source = new ImageSource()
    const read = await Promise.all(set.images.map((image) => source.read(image)))
    read.forEach(({ bytes, name }, i) => {
      expect([...bytes]).toEqual([...(rows[i]?.bytes as Uint8Array)])
      expect(name).toBe(`${file} row ${i}`)
    })
  })

  it('reads image files as before', async () => {
    const file = path.join(dir, 'plain.png')
    const { bytes, name } = await new ImageSource().read({
      id: 'plain.png',
      file
    })
    expect([...bytes]).toEqual([1, 2, 3])
    expect(name).toBe(file)
  })

  it('refuses a cell that changed since the set was loaded, naming file and row', async () => {
    const file = path.join(dir, 'changing.parquet')
    writeImageParquet(file, rows, { names: ['a', 'b'], rowGroupSize: 4 })
    const set = await loadEvalSet({ ...options, data: file })
    const shorter = rows.map((row, i) => (i === 9 ? { ...row, bytes: new Uint8Array(3) } : row))
    writeImageParquet(file, shorter, { names: ['a', 'b'], rowGroupSize: 4 })
    const source = new ImageSource()
    await expect(source.read(set.images[8] as (typeof set.images)[number])).resolves.toBeDefined()
    const failure = source.read(set.images[9] as (typeof set.images)[number])
    await expect(failure).rejects.toBeInstanceOf(InputError)
    await expect(failure).rejects.toThrow(
      `${file} row 9: the image changed since the set was loaded`
    )
  })
})
