import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeColourClassifier } from '../helpers/onnx/colour-classifier.js'
import { writeImageParquet, type ParquetRow } from '../helpers/parquet.js'
import { randomInt, seededRandom } from '../helpers/random.js'
import { REPO_ROOT, runCli } from '../helpers/run-cli.js'
import { tempDir } from '../model/helpers/images.js'

/**
 * Memory stays flat on a parquet set: the CLI's peak RSS grows by far less than the images' bytes when
 * the set grows. (bench/parquet-memory.ts measures 50,000 images; docs/parquet.md has the figures.)
 */

const RSS_PRELOAD = path.join(REPO_ROOT, 'bench', 'rss-preload.mjs')
const SMALL = 256
const LARGE = 1024
/** A noise PNG of 240×240 does not compress: about 173 KB per image, 130 MB more for the large set. */
const SIDE = 240

describe('memory on parquet sets', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let imageBytes: number

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-parquet-memory-'))
    const next = seededRandom(5)
    const noise = Buffer.alloc(SIDE * SIDE * 3)
    for (let i = 0; i < noise.length; i++) noise[i] = randomInt(next, 256)
    const png = await sharp(noise, { raw: { width: SIDE, height: SIDE, channels: 3 } })
      .png()
      .toBuffer()
    imageBytes = png.length
    for (const count of [SMALL, LARGE]) {
      const rows: ParquetRow[] = Array.from({ length: count }, (_, i) => ({
        bytes: png,
        path: `img_${i}.png`,
        label: i % 2
      }))
      writeImageParquet(path.join(dir, `set-${count}.parquet`), rows, {
        names: ['a', 'b'],
        codec: 'UNCOMPRESSED'
      })
      await writeFile(
        path.join(dir, `predictions-${count}.jsonl`),
        rows.map((row) => JSON.stringify({ id: row.path, top: [row.label] })).join('\n') + '\n'
      )
    }
    await writeColourClassifier(path.join(dir, 'model.onnx'), {
      prototypes: [
        [0, 0, 0],
        [255, 255, 255]
      ]
    })
  })
  afterAll(() => cleanup())

  /** Peak RSS in MB of one `classdiff compare` run on `set-<count>.parquet`, which must exit with `exitCode`. */
  async function peakRss(count: number | string, sources: string[], exitCode = 0): Promise<number> {
    const rssFile = path.join(dir, `rss-${count}-${sources[0]}.json`)
    const { code } = await runCli(
      [
        'compare',
        ...sources,
        '--data',
        path.join(dir, `set-${count}.parquet`),
        '--out-dir',
        path.join(dir, `out-${count}-${sources[0]}`)
      ],
      { nodeArgs: ['--import', RSS_PRELOAD], env: { BENCH_RSS_FILE: rssFile } }
    )
    expect(code).toBe(exitCode)
    return (JSON.parse(await readFile(rssFile, 'utf8')) as { maxRssMB: number }).maxRssMB
  }

  it(`predictions only: ${LARGE} images cost less than half their bytes more than ${SMALL}`, async () => {
    const predictions = (count: number): string[] => [
      '--baseline-predictions',
      path.join(dir, `predictions-${count}.jsonl`),
      '--candidate-predictions',
      path.join(dir, `predictions-${count}.jsonl`)
    ]
    const small = await peakRss(SMALL, predictions(SMALL))
    const large = await peakRss(LARGE, predictions(LARGE))
    const allBytes = ((LARGE - SMALL) * imageBytes) / 2 ** 20
    expect(allBytes).toBeGreaterThan(70)
    expect(large - small, `peak RSS ${small} → ${large} MB`).toBeLessThan(allBytes / 2)
  })

  it('a zstd page that would inflate to 256 MiB is refused before it is allocated', async () => {
    // Written by another process: a child keeps its parent's peak RSS across exec.
    execFileSync(process.execPath, [
      '--import',
      'tsx',
      path.join(REPO_ROOT, 'test', 'helpers', 'write-parquet-bomb.ts'),
      path.join(dir, 'set-bomb.parquet'),
      '256',
      'ZSTD'
    ])
    const predictions = path.join(dir, 'predictions-bomb.jsonl')
    await writeFile(predictions, '{"id":"bomb.png","top":[0]}\n{"id":"small.png","top":[1]}\n')
    const sources = ['--baseline-predictions', predictions, '--candidate-predictions', predictions]
    const peak = await peakRss('bomb', sources, 2)
    expect(peak, `peak RSS ${peak} MB`).toBeLessThan(200)
  })

  it(`with a real ONNX model: ${LARGE} images cost less than half their bytes more than ${SMALL}`, async () => {
    const model = path.join(dir, 'model.onnx')
    const models = ['--baseline', model, '--candidate', model]
    const small = await peakRss(SMALL, models)
    const large = await peakRss(LARGE, models)
    const allBytes = ((LARGE - SMALL) * imageBytes) / 2 ** 20
    expect(large - small, `peak RSS ${small} → ${large} MB`).toBeLessThan(allBytes / 2)
  })
})
