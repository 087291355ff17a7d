import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLASSES, makeSamples, writeColourSet, type Sample } from '../helpers/colour-set.js'
import { writeImageParquet, type ParquetRow } from '../helpers/parquet.js'
import { runCli } from '../helpers/run-cli.js'
import { tempDir } from '../model/helpers/images.js'

/**
 * A parquet copy of an evaluation set is the same evaluation set: through the CLI as a process, real ONNX models
 * (nearest-colour classifiers) on the same PNG bytes give the same per-class figures from the parquet file as
 * from the manifest, and so do predictions files.
 */

describe('parquet evaluation sets through classdiff compare', () => {
  let dir: string
  let cleanup: () => Promise<void>
  const samples = makeSamples()
  let parquetRows: ParquetRow[]

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-parquet-'))
    await writeColourSet(dir, samples)
    parquetRows = await Promise.all(
      samples.map(async (sample: Sample) => ({
        bytes: await readFile(path.join(dir, 'data', sample.file)),
        path: sample.file,
        label: sample.label
      }))
    )
    // One file, with paths (ids are the manifest's paths); row groups of 16, so batches straddle them.
    writeImageParquet(path.join(dir, 'eval.parquet'), parquetRows, {
      names: CLASSES,
      rowGroupSize: 16
    })
    // The Hub's layout, two shards, no paths: ids are FILE#ROW.
    await mkdir(path.join(dir, 'hub', 'data'), { recursive: true })
    const half = parquetRows.length / 2
    const noPaths = parquetRows.map((row) => ({ ...row, path: null }))
    writeImageParquet(
      path.join(dir, 'hub', 'data', 'test-00000-of-00002.parquet'),
      noPaths.slice(0, half),
      { names: CLASSES, rowGroupSize: 7, codec: 'GZIP' }
    )
    writeImageParquet(
      path.join(dir, 'hub', 'data', 'test-00001-of-00002.parquet'),
      noPaths.slice(half),
      { names: CLASSES, rowGroupSize: 7, codec: 'GZIP' }
    )
  })
  afterAll(() => cleanup())

  async function compare(
    outDir: string,
    args: string[]
  ): Promise<{ code: number | null; report: Record<string, unknown> }> {
    const run = await runCli(['compare', ...args, '--out-dir', path.join(dir, outDir)])
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect([0, 1], run.stderr).toContain(run.code)
    const report = JSON.parse(await readFile(path.join(dir, outDir, 'report.json'), 'utf8'))
    return { code: run.code, report }
  }

  const models = (): string[] => [
    '--baseline',
    path.join(dir, 'baseline.onnx'),
    '--candidate',
    path.join(dir, 'candidate.onnx')
  ]

  it.each([
    ['original', []],
    ['multi-label', ['--multi-labels']]
  ] as const)(
    'gives the per-class figures of its manifest, with real ONNX models (%s labels)',
    async (metric, extra) => {
      const multiLabels =
        extra.length > 0 ? [...extra, path.join(dir, 'data', 'multi-labels.jsonl')] : []
      const manifest = await compare(`manifest-${metric}`, [
        ...models(),
        '--data',
        path.join(dir, 'data', 'manifest.csv'),
        '--classes',
        path.join(dir, 'data', 'classes.txt'),
        ...multiLabels
      ])
      const parquet = await compare(`parquet-${metric}`, [
        ...models(),
        '--data',
        path.join(dir, 'eval.parquet'),
        ...multiLabels
      ])
      expect(parquet.report.metric).toBe(metric)
      expect(parquet.report.classes).toEqual(manifest.report.classes)
      expect(parquet.report.summary).toEqual(manifest.report.summary)
      expect(parquet.code).toBe(manifest.code)
      // The candidate hurt yellow: the comparison is not vacuous.
      expect((manifest.report.summary as { hurt: number }).hurt).toBeGreaterThan(0)
      // Predictions name the images by the parquet paths, which are the manifest's paths.
      const predictions = await readFile(
        path.join(dir, `parquet-${metric}`, 'predictions-candidate.jsonl'),
        'utf8'
      )
      expect(JSON.parse(predictions.split('\n')[0] as string).id).toBe(samples[0]?.file)
    }
  )

  it("gives the same figures from the Hub's folder layout, ids FILE#ROW", async () => {
    const manifest = await compare('manifest-hub', [
      ...models(),
      '--data',
      path.join(dir, 'data', 'manifest.csv'),
      '--classes',
      path.join(dir, 'data', 'classes.txt')
    ])
    const hub = await compare('hub', [...models(), '--data', path.join(dir, 'hub')])
    expect(hub.report.classes).toEqual(manifest.report.classes)
    const lines = (
      await readFile(path.join(dir, 'hub', 'predictions-baseline.jsonl'), 'utf8')
    ).split('\n')
    expect(JSON.parse(lines[0] as string).id).toBe('data/test-00000-of-00002.parquet#0')
    expect(JSON.parse(lines[60] as string).id).toBe('data/test-00001-of-00002.parquet#0')
  })

  it('merges shards of a parquet set with another label column into the unsharded report, and caches the baseline', async () => {
    writeImageParquet(path.join(dir, 'fine.parquet'), parquetRows, {
      names: CLASSES,
      rowGroupSize: 16,
      labelColumn: 'fine_label'
    })
    const common = [
      ...models(),
      '--data',
      path.join(dir, 'fine.parquet'),
      '--label-column',
      'fine_label'
    ]
    const whole = await compare('fine-whole', [...common, '--cache-dir', path.join(dir, 'cache')])
    for (const shard of [1, 2]) {
      const run = await runCli([
        'compare',
        ...common,
        '--shard',
        `${shard}/2`,
        '--out-dir',
        path.join(dir, 'fine-shards', `shard-${shard}`)
      ])
      expect(run.code, run.stderr).toBe(0)
    }
    // `classdiff report` reloads the set from the shards' manifests: the label column travels with them.
    const merged = await runCli([
      'report',
      '--shards',
      path.join(dir, 'fine-shards'),
      '--out-dir',
      path.join(dir, 'fine-merged')
    ])
    expect(merged.code, merged.stderr).toBe(whole.code)
    const mergedReport = await readFile(path.join(dir, 'fine-merged', 'report.json'), 'utf8')
    expect(mergedReport).toBe(await readFile(path.join(dir, 'fine-whole', 'report.json'), 'utf8'))
    // A second run answers the baseline from the cache: the fingerprint covers parquet images.
    const again = await runCli([
      'compare',
      ...common,
      '--cache-dir',
      path.join(dir, 'cache'),
      '--out-dir',
      path.join(dir, 'fine-again')
    ])
    expect(again.stderr).toMatch(/predictions from the cache/)
    expect(await readFile(path.join(dir, 'fine-again', 'report.json'), 'utf8')).toBe(mergedReport)
  })

  it('gives the per-class figures of its manifest from predictions files alone', async () => {
    const fromModels = await compare('models-for-predictions', [
      ...models(),
      '--data',
      path.join(dir, 'data', 'manifest.csv'),
      '--classes',
      path.join(dir, 'data', 'classes.txt')
    ])
    const predictions = [
      '--baseline-predictions',
      path.join(dir, 'models-for-predictions', 'predictions-baseline.jsonl'),
      '--candidate-predictions',
      path.join(dir, 'models-for-predictions', 'predictions-candidate.jsonl')
    ]
    const manifest = await compare('manifest-predictions', [
      ...predictions,
      '--data',
      path.join(dir, 'data', 'manifest.csv'),
      '--classes',
      path.join(dir, 'data', 'classes.txt')
    ])
    const parquet = await compare('parquet-predictions', [
      ...predictions,
      '--data',
      path.join(dir, 'eval.parquet')
    ])
    expect(parquet.report.classes).toEqual(manifest.report.classes)
    expect(manifest.report.classes).toEqual(fromModels.report.classes)
  })
})
