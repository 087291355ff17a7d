/**
 * Broken parquet evaluation sets through the CLI as a process: each is refused with exit 2 and one line naming the
 * file (and row, where there is one), and no report is written. The files are written by a real parquet
 * writer (hyparquet-writer) in Hugging Face's image-classification layout, then broken the way files break.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { writeImageParquet, type ParquetRow } from '../helpers/parquet.js'
import {
  CLASSES,
  compare,
  expectCliPass,
  expectCliRefusal,
  scratch,
  type CompareRun
} from './helpers.js'
import { writeGoodSet } from './helpers.js'

let dir: string
let at: (...parts: string[]) => string
let cleanup: () => Promise<void>
/** The good set as parquet rows: each PNG's bytes, its name as path, its class. */
let goodRows: ParquetRow[]

beforeAll(async () => {
  ;({ dir, at, cleanup } = await scratch('parquet'))
  await writeGoodSet(dir)
  goodRows = await Promise.all(
    CLASSES.map(async (name, label) => ({
      bytes: await readFile(at('data', `${name}.png`)),
      path: `${name}.png`,
      label
    }))
  )
})
afterAll(() => cleanup())

/** Good predictions on both sides (ids red.png …), on this parquet set. */
function comparePredictions(data: string, extra: string[] = []): Promise<CompareRun> {
  return compare(dir, [
    '--baseline-predictions',
    'predictions/good.jsonl',
    '--candidate-predictions',
    'predictions/good.jsonl',
    '--data',
    data,
    ...extra
  ])
}

/** The good model on both sides: images are decoded. */
function compareModels(data: string): Promise<CompareRun> {
  return compare(dir, [
    '--baseline',
    'models/good.onnx',
    '--candidate',
    'models/good.onnx',
    '--data',
    data
  ])
}

describe('parquet sets', () => {
  it('the good set as parquet passes, with models and with predictions (the checks below are not vacuous)', async () => {
    writeImageParquet(at('data', 'good.parquet'), goodRows, { names: CLASSES })
    expectCliPass(await compareModels('data/good.parquet'))
    expectCliPass(await comparePredictions('data/good.parquet'))
  })

  it('[parquet-missing-column] no label column: refused, naming the file and the columns it has', async () => {
    writeImageParquet(at('data', 'nolabel.parquet'), goodRows, {
      names: CLASSES,
      labelColumn: 'fine_label'
    })
    expectCliRefusal(
      await comparePredictions('data/nolabel.parquet'),
      /^classdiff: data\/nolabel\.parquet: no label column "label" \(it has "image", "fine_label"; --label-column names another\)$/
    )
  })

  it('[parquet-missing-column] no image column: refused the same way; --image-column reads it', async () => {
    writeImageParquet(at('data', 'noimage.parquet'), goodRows, {
      names: CLASSES,
      imageColumn: 'picture'
    })
    expectCliRefusal(
      await comparePredictions('data/noimage.parquet'),
      /^classdiff: data\/noimage\.parquet: no image column "image" \(it has "picture", "label"; --image-column names another\)$/
    )
    expectCliPass(await comparePredictions('data/noimage.parquet', ['--image-column', 'picture']))
  })

  it('[parquet-label-outside-classlabel] a label past the ClassLabel names: refused, naming file and row', async () => {
    const rows = goodRows.map((row, i) => (i === 2 ? { ...row, label: 4 } : row))
    writeImageParquet(at('data', 'label.parquet'), rows, { names: CLASSES })
    expectCliRefusal(
      await comparePredictions('data/label.parquet'),
      /^classdiff: data\/label\.parquet row 2: label 4 is out of range: the ClassLabel names of data\/label\.parquet has 4 classes \(0–3\)$/
    )
  })

  it('[parquet-label-outside-classlabel] -1, the label of an unlabelled split: refused the same way', async () => {
    const rows = goodRows.map((row, i) => (i === 0 ? { ...row, label: -1 } : row))
    writeImageParquet(at('data', 'unlabelled.parquet'), rows, { names: CLASSES })
    expectCliRefusal(
      await comparePredictions('data/unlabelled.parquet'),
      /^classdiff: data\/unlabelled\.parquet row 0: label -1 is out of range: /
    )
  })

  it('[parquet-corrupt] a parquet file cut short: refused, naming it', async () => {
    writeImageParquet(at('data', 'whole.parquet'), goodRows, { names: CLASSES })
    const whole = await readFile(at('data', 'whole.parquet'))
    await writeFile(at('data', 'cut.parquet'), whole.subarray(0, Math.floor(whole.length * 0.6)))
    expectCliRefusal(
      await comparePredictions('data/cut.parquet'),
      /^classdiff: data\/cut\.parquet: not a readable parquet file \(.+\)$/
    )
  })

  it('[parquet-corrupt] a file that is not parquet at all: refused, naming it', async () => {
    await writeFile(at('data', 'text.parquet'), 'file,label\nred.png,0\n')
    expectCliRefusal(
      await comparePredictions('data/text.parquet'),
      /^classdiff: data\/text\.parquet: not a readable parquet file \(.+\)$/
    )
  })

  it('[parquet-page-bomb] a gzip or zstd page that would inflate to 70 MiB: refused, naming file, row group and codec', async () => {
    const bomb = { bytes: new Uint8Array(70 * 2 ** 20), path: 'bomb.png', label: 0 }
    for (const codec of ['GZIP', 'ZSTD'] as const) {
      const name = `bomb-${codec.toLowerCase()}.parquet`
      writeImageParquet(at('data', name), [bomb, ...goodRows.slice(1)], { names: CLASSES, codec })
      expectCliRefusal(
        await comparePredictions(`data/${name}`),
        new RegExp(
          `^classdiff: data/bomb-${codec.toLowerCase()}\\.parquet: cannot read row group 0 \\(rows 0–3\\): a ${codec} page of \\d+ KiB claims 70 MiB uncompressed, more than the 64 MiB classdiff inflates a page of that size to$`
        )
      )
    }
  })

  it('[parquet-corrupt] a damaged data page: refused, naming the file and the row group', async () => {
    writeImageParquet(at('data', 'pages.parquet'), goodRows, { names: CLASSES, codec: 'GZIP' })
    const bytes = Buffer.from(await readFile(at('data', 'pages.parquet')))
    // The first column chunk's pages start after the 4-byte magic; overwrite its compressed body.
    bytes.fill(0xa5, 40, 120)
    await writeFile(at('data', 'damaged.parquet'), bytes)
    expectCliRefusal(
      await comparePredictions('data/damaged.parquet'),
      /^classdiff: data\/damaged\.parquet: cannot read row group 0 \(rows 0–3\): .+$/
    )
  })

  it('[parquet-image-cell-empty] an image cell with neither bytes nor a path: refused, naming file and row', async () => {
    const rows = goodRows.map((row, i) => (i === 1 ? { ...row, bytes: null, path: null } : row))
    writeImageParquet(at('data', 'empty-cell.parquet'), rows, { names: CLASSES })
    expectCliRefusal(
      await comparePredictions('data/empty-cell.parquet'),
      /^classdiff: data\/empty-cell\.parquet row 1: the image cell has neither bytes nor a path$/
    )
  })

  it('[parquet-folder-empty] a folder with neither parquet files nor class folders: refused, naming it', async () => {
    await mkdir(at('empty-set'))
    await writeFile(at('empty-set', 'README.md'), '# a dataset card, and no data\n')
    expectCliRefusal(
      await comparePredictions('empty-set'),
      /^classdiff: --data \S*empty-set: no class folders and no parquet files \(expected .*\*\.parquet or .*data\/\*\.parquet, or a \.csv or \.jsonl manifest\)$/
    )
  })

  it('[path-outside-root] a cell holding only a path that leaves the data root: refused, naming file and row', async () => {
    const rows = goodRows.map((row, i) =>
      i === 3 ? { ...row, bytes: null, path: '../models/good.onnx' } : row
    )
    writeImageParquet(at('data', 'outside.parquet'), rows, { names: CLASSES })
    expectCliRefusal(
      await compareModels('data/outside.parquet'),
      /^classdiff: data\/outside\.parquet row 3: image path "\.\.\/models\/good\.onnx" is outside the data root \S+ \(the folder of outside\.parquet\) \(--allow-outside-root allows it\)$/
    )
  })

  it('[image-truncated] a parquet cell holding a PNG cut short: refused, naming file and row', async () => {
    const rows = goodRows.map((row, i) =>
      i === 2 ? { ...row, bytes: (row.bytes as Uint8Array).subarray(0, 40) } : row
    )
    writeImageParquet(at('data', 'cut-image.parquet'), rows, { names: CLASSES })
    expectCliRefusal(
      await compareModels('data/cut-image.parquet'),
      /^classdiff: data\/cut-image\.parquet row 2: cannot decode image \(.+\)$/
    )
  })
})
