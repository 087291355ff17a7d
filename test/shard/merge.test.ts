import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig, parseReportOptions, type RawOptions } from '../../src/config/parse.js'
import { messagePath } from '../../src/data/input-file.js'
import { silentLogger } from '../../src/log.js'
import { readPredictions } from '../../src/model/predictions-file.js'
import { runCompare, runReport, runShard } from '../../src/pipeline.js'
import { mergeShards } from '../../src/shard/merge.js'
import { makeSamples, writeColourSet } from '../helpers/colour-set.js'
import { tempDir } from '../model/helpers/images.js'

/**
 * `classdiff report` merges in memory: each side's predictions concatenated in shard order, the set loaded
 * from the manifests' data description, then the same analysis and report as an unsharded run.
 */
describe('merging shards', () => {
  let dir: string
  let cleanup: () => Promise<void>
  const options: RawOptions = {
    baseline: ['baseline.onnx'],
    candidate: 'candidate.onnx',
    data: 'data/manifest.csv',
    classes: 'data/classes.txt',
    'multi-labels': 'data/multi-labels.jsonl'
  }
  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-merge-'))
    await writeColourSet(dir, makeSamples())
    // Shards in reverse order: the merge orders them by index, not by when or where they were written.
    for (const index of [3, 2, 1]) {
      const config = parseConfig(
        { ...options, shard: `${index}/3`, 'out-dir': `shards/shard-${index}` },
        dir
      )
      await runShard(config, silentLogger)
    }
  })
  afterAll(() => cleanup())

  it('writes the files of the unsharded run, byte for byte', async () => {
    const whole = await runCompare(
      parseConfig({ ...options, 'out-dir': 'whole' }, dir),
      silentLogger
    )
    const merged = await runReport(
      parseReportOptions({ shards: ['shards'], 'out-dir': 'merged' }, dir),
      silentLogger
    )
    expect(merged.report).toEqual(whole.report)
    const written = (files: typeof whole.files): string[] => [
      files.reportJson,
      files.reportMarkdown,
      files.commentPreview,
      files.reportHtml,
      files.augmentationPlan,
      ...files.predictions
    ]
    const pairs = written(whole.files).map((file, i) => [file, written(merged.files)[i]])
    expect(pairs).toHaveLength(7)
    for (const [a, b] of pairs) {
      const same = (await readFile(a as string)).equals(await readFile(b as string))
      expect(same, path.basename(a as string)).toBe(true)
    }
  })

  it('concatenates each side in shard order, named as the shards named it', async () => {
    const { sides } = await mergeShards(
      parseReportOptions({ shards: ['shards'] }, dir),
      silentLogger
    )
    expect(sides.map((side) => side.label)).toEqual([
      messagePath(path.join(dir, 'baseline.onnx')),
      messagePath(path.join(dir, 'candidate.onnx'))
    ])
    const shardFile = (index: number) =>
      path.join(dir, 'shards', `shard-${index}`, 'predictions-candidate.jsonl')
    const inShardOrder = [
      ...(await readPredictions(shardFile(1))),
      ...(await readPredictions(shardFile(2))),
      ...(await readPredictions(shardFile(3)))
    ]
    expect(sides[1]?.predictions).toEqual(inShardOrder)
    // Together the shards cover every image of the set once.
    const ids = inShardOrder.map((prediction) => prediction.id)
    expect(ids.sort()).toEqual(
      makeSamples()
        .map((sample) => sample.file)
        .sort()
    )
  })

  it('describes the set as the manifests do, but reads only where the merge itself may', async () => {
    const manifestFile = path.join(dir, 'shards', 'shard-1', 'shard.json')
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'))
    const { data } = await mergeShards(
      parseReportOptions({ shards: ['shards'] }, dir),
      silentLogger
    )
    expect(data).toEqual({
      data: path.resolve(manifest.data.data),
      preset: null,
      classes: path.resolve(manifest.data.classes),
      multiLabels: path.resolve(manifest.data.multiLabels),
      hierarchy: null,
      allowOutsideRoot: false,
      workspace: dir,
      parquetColumns: { image: 'image', label: 'label' }
    })

    // A manifest claiming allowOutsideRoot does not widen the merge's reach.
    for (const index of [1, 2, 3]) {
      const file = path.join(dir, 'shards', `shard-${index}`, 'shard.json')
      const text = await readFile(file, 'utf8')
      await writeFile(file, text.replace('"allowOutsideRoot": false', '"allowOutsideRoot": true'))
    }
    const widened = await mergeShards(parseReportOptions({ shards: ['shards'] }, dir), silentLogger)
    expect(widened.data.allowOutsideRoot).toBe(false)
  })
})
