import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadImagenetPreset } from '../../src/data/imagenet.js'
import { loadEvalSet } from '../../src/data/load.js'
import { maxInflatedPage, PAGE_INFLATION } from '../../src/data/parquet.js'
import { writeImageParquet, type ParquetRow } from '../helpers/parquet.js'
import { expectInputError, options, tempDir, writeImage } from './helpers.js'

/**
 * Parquet sets in Hugging Face's image-classification layout, written by a real parquet writer: classes from
 * the ClassLabel metadata, ids, shards, the Hub's folder layout, codecs, and cells that hold only a path.
 */

const NAMES = ['cat', 'dog', 'bird']

/** `n` rows with distinct tiny byte strings (never decoded here) and labels 0, 1, 2, 0, … */
function rows(n: number, withPaths = true): ParquetRow[] {
  return Array.from({ length: n }, (_, i) => ({
    bytes: new Uint8Array([0xff, 0xd8, i & 0xff, i >> 8]),
    path: withPaths ? `img_${i}.jpg` : null,
    label: i % 3
  }))
}

describe('one parquet file', () => {
  it('takes the classes from the ClassLabel names, ids from the paths, labels in row order', async () => {
    const dir = tempDir()
    writeImageParquet(join(dir, 'eval.parquet'), rows(250), { names: NAMES, rowGroupSize: 100 })
    const set = await loadEvalSet(options({ data: join(dir, 'eval.parquet') }))
    expect(set.classNames).toEqual(NAMES)
    expect(set.root).toBe(dir)
    expect(set.images).toHaveLength(250)
    expect(set.images.map((image) => image.id).slice(0, 3)).toEqual([
      'img_0.jpg',
      'img_1.jpg',
      'img_2.jpg'
    ])
    expect(set.images.map((image) => image.label).slice(0, 4)).toEqual([0, 1, 2, 0])
    // Row 203 is row 3 of the third row group; the set keeps where it is, never its bytes.
    expect(set.images[203]).toEqual({
      id: 'img_203.jpg',
      file: '',
      label: 2,
      multiLabels: null,
      parquet: {
        file: join(dir, 'eval.parquet'),
        name: join(dir, 'eval.parquet'),
        column: 'image',
        rowGroup: 2,
        indexInGroup: 3,
        row: 203,
        size: 4
      }
    })
  })

  it('names images FILE#ROW when a path is missing or two paths are equal', async () => {
    const dir = tempDir()
    writeImageParquet(join(dir, 'no-paths.parquet'), rows(3, false), { names: NAMES })
    const twice = rows(3).map((row, i) => ({ ...row, path: i === 2 ? 'img_0.jpg' : row.path }))
    writeImageParquet(join(dir, 'twice.parquet'), twice, { names: NAMES })
    for (const file of ['no-paths.parquet', 'twice.parquet']) {
      const set = await loadEvalSet(options({ data: join(dir, file) }))
      expect(set.images.map((image) => image.id)).toEqual([`${file}#0`, `${file}#1`, `${file}#2`])
    }
  })

  it.each(['SNAPPY', 'GZIP', 'BROTLI', 'UNCOMPRESSED'] as const)(
    'reads %s-compressed files',
    async (codec) => {
      const dir = tempDir()
      writeImageParquet(join(dir, 'eval.parquet'), rows(40), { names: NAMES, codec })
      const set = await loadEvalSet(options({ data: join(dir, 'eval.parquet') }))
      expect(set.images).toHaveLength(40)
      expect(set.images[39]?.parquet?.size).toBe(4)
    }
  )

  it('reads other column names when told, and says which columns a file has when one is missing', async () => {
    const dir = tempDir()
    const file = join(dir, 'eval.parquet')
    writeImageParquet(file, rows(3), { names: NAMES, imageColumn: 'img', labelColumn: 'fine' })
    const set = await loadEvalSet(
      options({ data: file, parquetColumns: { image: 'img', label: 'fine' } })
    )
    expect(set.classNames).toEqual(NAMES)
    expect(set.images.map((image) => image.label)).toEqual([0, 1, 2])
    await expectInputError(
      () => loadEvalSet(options({ data: file })),
      /^\S*\/eval\.parquet: no image column "image" \(it has "img", "fine"; --image-column names another\)$/
    )
    await expectInputError(
      () => loadEvalSet(options({ data: file, parquetColumns: { image: 'img', label: 'label' } })),
      /^\S*\/eval\.parquet: no label column "label" \(it has "img", "fine"; --label-column names another\)$/
    )
  })

  it('without ClassLabel metadata infers classes as for manifests: sorted names, or indices 0…max', async () => {
    const dir = tempDir()
    const named = rows(3).map((row, i) => ({ ...row, label: ['dog', 'cat', 'dog'][i] as string }))
    writeImageParquet(join(dir, 'named.parquet'), named)
    const byName = await loadEvalSet(options({ data: join(dir, 'named.parquet') }))
    expect(byName.classNames).toEqual(['cat', 'dog'])
    expect(byName.images.map((image) => image.label)).toEqual([1, 0, 1])
    writeImageParquet(join(dir, 'indexed.parquet'), rows(3))
    const byIndex = await loadEvalSet(options({ data: join(dir, 'indexed.parquet') }))
    expect(byIndex.classNames).toEqual(['0', '1', '2'])
  })

  it('takes --classes over the ClassLabel names, but refuses a different number of classes', async () => {
    const dir = tempDir()
    writeImageParquet(join(dir, 'eval.parquet'), rows(3), { names: NAMES })
    writeFileSync(join(dir, 'classes.txt'), 'Cat\nDog\nBird\n')
    writeFileSync(join(dir, 'two.txt'), 'Cat\nDog\n')
    const set = await loadEvalSet(
      options({ data: join(dir, 'eval.parquet'), classes: join(dir, 'classes.txt') })
    )
    expect(set.classNames).toEqual(['Cat', 'Dog', 'Bird'])
    await expectInputError(
      () =>
        loadEvalSet(options({ data: join(dir, 'eval.parquet'), classes: join(dir, 'two.txt') })),
      /^\S*\/eval\.parquet: its ClassLabel has 3 classes but the classes file \S+two\.txt has 2$/
    )
  })

  it('applies multi-labels by id, as for manifests', async () => {
    const dir = tempDir()
    writeImageParquet(join(dir, 'eval.parquet'), rows(3), { names: NAMES })
    writeFileSync(
      join(dir, 'ml.jsonl'),
      '{"file": "img_1.jpg", "labels": ["dog", "cat"]}\n{"id": "img_2.jpg", "labels": []}\n'
    )
    const set = await loadEvalSet(
      options({ data: join(dir, 'eval.parquet'), multiLabels: join(dir, 'ml.jsonl') })
    )
    expect(set.images.map((image) => image.multiLabels)).toEqual([null, [0, 1], []])
    expect(set.hasMultiLabels).toBe(true)
  })
})

describe('cells holding only a path', () => {
  it('resolve against the data root, like manifest paths', async () => {
    const dir = tempDir()
    await writeImage(join(dir, 'images', 'a.png'))
    writeImageParquet(
      join(dir, 'eval.parquet'),
      [
        { path: 'images/a.png', label: 1 },
        { bytes: new Uint8Array([1, 2, 3]), path: 'inline.png', label: 0 }
      ],
      { names: NAMES }
    )
    const set = await loadEvalSet(options({ data: join(dir, 'eval.parquet') }))
    expect(set.images[0]).toEqual({
      id: 'images/a.png',
      file: join(dir, 'images', 'a.png'),
      label: 1,
      multiLabels: null
    })
    expect(set.images[1]?.parquet?.row).toBe(1)
  })

  it('must stay inside the data root and exist (when models run)', async () => {
    const dir = tempDir()
    writeImageParquet(join(dir, 'out.parquet'), [{ path: '../secret.png', label: 0 }], {
      names: NAMES
    })
    await expectInputError(
      () => loadEvalSet(options({ data: join(dir, 'out.parquet') })),
      /^\S*\/out\.parquet row 0: image path "\.\.\/secret\.png" is outside the data root .* \(--allow-outside-root allows it\)$/
    )
    writeImageParquet(join(dir, 'gone.parquet'), [{ path: 'gone.png', label: 0 }], {
      names: NAMES
    })
    await expectInputError(
      () => loadEvalSet(options({ data: join(dir, 'gone.parquet') })),
      /^\S*\/gone\.parquet row 0: image "gone\.png" not found$/
    )
    // Predictions-only comparisons never read images.
    const set = await loadEvalSet(options({ data: join(dir, 'gone.parquet'), requireFiles: false }))
    expect(set.images.map((image) => image.id)).toEqual(['gone.png'])
  })
})

describe('folders of shards', () => {
  it('reads *.parquet in name order, ids FILE#ROW relative to the folder', async () => {
    const dir = tempDir()
    writeImageParquet(join(dir, 'b.parquet'), rows(2, false), { names: NAMES })
    writeImageParquet(join(dir, 'a.parquet'), rows(3, false), { names: NAMES })
    writeFileSync(join(dir, 'README.md'), 'not a shard')
    const set = await loadEvalSet(options({ data: dir }))
    expect(set.images.map((image) => image.id)).toEqual([
      'a.parquet#0',
      'a.parquet#1',
      'a.parquet#2',
      'b.parquet#0',
      'b.parquet#1'
    ])
  })

  it("reads the Hub's layout, data/<split>-00000-of-00002.parquet, with paths across shards as ids", async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'data'))
    const all = rows(5)
    writeImageParquet(join(dir, 'data', 'test-00001-of-00002.parquet'), all.slice(3), {
      names: NAMES
    })
    writeImageParquet(join(dir, 'data', 'test-00000-of-00002.parquet'), all.slice(0, 3), {
      names: NAMES
    })
    const set = await loadEvalSet(options({ data: dir }))
    expect(set.images.map((image) => image.id)).toEqual(all.map((row) => row.path))
    expect(set.images[4]?.parquet?.name).toBe(join(dir, 'data', 'test-00001-of-00002.parquet'))
    expect(set.root).toBe(dir)
  })

  it('refuses several splits, a missing shard, and shards whose ClassLabel names differ', async () => {
    const dir = tempDir()
    writeImageParquet(join(dir, 'train-00000-of-00001.parquet'), rows(1), { names: NAMES })
    writeImageParquet(join(dir, 'test-00000-of-00001.parquet'), rows(1), { names: NAMES })
    await expectInputError(
      () => loadEvalSet(options({ data: dir })),
      /: holds the shards of several splits \(test, train\); give a folder or file of one split$/
    )
    const gap = tempDir()
    writeImageParquet(join(gap, 'test-00000-of-00003.parquet'), rows(1), { names: NAMES })
    writeImageParquet(join(gap, 'test-00002-of-00003.parquet'), rows(1), { names: NAMES })
    await expectInputError(
      () => loadEvalSet(options({ data: gap })),
      /: shard test-00001-of-00003\.parquet is missing \(2 of 3 present\)$/
    )
    const differ = tempDir()
    writeImageParquet(join(differ, 'a.parquet'), rows(1, false), { names: NAMES })
    writeImageParquet(join(differ, 'b.parquet'), rows(1, false), { names: ['x', 'y', 'z'] })
    await expectInputError(
      () => loadEvalSet(options({ data: differ })),
      /^\S*\/b\.parquet: its ClassLabel names differ from those of \S*\/a\.parquet$/
    )
  })
})

describe('broken parquet', () => {
  it('refuses a truncated file, naming it', async () => {
    const dir = tempDir()
    const file = join(dir, 'eval.parquet')
    writeImageParquet(file, rows(3), { names: NAMES })
    const whole = readFileSync(file)
    writeFileSync(file, whole.subarray(0, whole.length - 20))
    await expectInputError(
      () => loadEvalSet(options({ data: file })),
      /^\S*\/eval\.parquet: not a readable parquet file \(.+\)$/
    )
  })

  it('refuses labels outside the ClassLabel names, naming file and row', async () => {
    const dir = tempDir()
    const bad = rows(4).map((row, i) => ({ ...row, label: i === 3 ? 7 : row.label }))
    writeImageParquet(join(dir, 'eval.parquet'), bad, { names: NAMES })
    await expectInputError(
      () => loadEvalSet(options({ data: join(dir, 'eval.parquet') })),
      /^\S*\/eval\.parquet row 3: label 7 is out of range: the ClassLabel names of \S*\/eval\.parquet has 3 classes \(0–2\)$/
    )
  })
})

describe('decompression bombs', () => {
  /** One image cell of `mebibytes` zeros: a few kilobytes in the file, whatever it claims once inflated. */
  function bombRows(mebibytes: number): ParquetRow[] {
    return [{ bytes: new Uint8Array(mebibytes * 2 ** 20), path: 'bomb.png', label: 0 }, ...rows(2)]
  }

  it('reads pages that inflate within the limit, for every codec', async () => {
    for (const codec of ['SNAPPY', 'GZIP', 'BROTLI', 'ZSTD', 'UNCOMPRESSED'] as const) {
      const file = join(tempDir(), 'eval.parquet')
      writeImageParquet(file, bombRows(1), { names: NAMES, codec })
      const set = await loadEvalSet(options({ data: file }))
      expect(
        set.images.map((image) => image.id),
        codec
      ).toEqual(['bomb.png', 'img_0.jpg', 'img_1.jpg'])
    }
  })

  it('refuses a page that claims to inflate past the limit, naming file, row group and codec', async () => {
    const mebibytes = PAGE_INFLATION.floorBytes / 2 ** 20 + 6
    for (const codec of ['GZIP', 'ZSTD'] as const) {
      const file = join(tempDir(), 'bomb.parquet')
      writeImageParquet(file, bombRows(mebibytes), { names: NAMES, codec })
      await expectInputError(
        () => loadEvalSet(options({ data: file })),
        new RegExp(
          `^\\S*/bomb\\.parquet: cannot read row group 0 \\(rows 0–2\\): a ${codec} page of \\d+ KiB claims ${mebibytes} MiB uncompressed, more than the 64 MiB classdiff inflates a page of that size to$`
        )
      )
    }
  })

  it('lets a page inflate 64 times its stored size past the floor', () => {
    expect(maxInflatedPage(1000)).toBe(PAGE_INFLATION.floorBytes)
    expect(maxInflatedPage(2 ** 21)).toBe(2 ** 27)
  })
})

describe('with --preset imagenet', () => {
  it('takes the labels from the file and ReaL multi-labels by validation number from the paths', async () => {
    const preset = loadImagenetPreset()
    const dir = tempDir()
    writeImageParquet(
      join(dir, 'validation.parquet'),
      [
        // The Hub's imagenet-1k names files with the class's WordNet id appended.
        { bytes: new Uint8Array([1]), path: 'ILSVRC2012_val_00000001_n01751748.JPEG', label: 65 },
        { bytes: new Uint8Array([2]), path: 'ILSVRC2012_val_00000002.JPEG', label: 970 },
        { bytes: new Uint8Array([3]), path: 'elsewhere.jpg', label: 0 }
      ],
      { names: preset.classes.names }
    )
    const set = await loadEvalSet(
      options({ data: join(dir, 'validation.parquet'), preset: 'imagenet' })
    )
    expect(set.classNames).toEqual(preset.classes.names)
    expect(set.images.map((image) => image.label)).toEqual([65, 970, 0])
    expect(set.images.map((image) => image.multiLabels)).toEqual([
      preset.real[0],
      preset.real[1],
      null
    ])
    expect(set.hierarchy).not.toBeNull()
  })
})
