import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messagePath } from '../../src/data/input-file.js'
import type { DataDescription } from '../../src/data/load.js'
import { readPredictions } from '../../src/model/predictions-file.js'
import { readShards } from '../../src/shard/manifest.js'
import { shardSlice, writeShard } from '../../src/shard/slice.js'
import { tempDir } from '../model/helpers/images.js'

describe('a shard of the set', () => {
  it('takes image i into shard i mod N, so the shards cover the set once in its order', () => {
    const images = Array.from({ length: 11 }, (_, i) => `image-${i}`)
    for (const count of [1, 2, 3, 4, 11, 12]) {
      const slices = Array.from({ length: count }, (_, i) =>
        shardSlice(images, { index: i + 1, count })
      )
      expect(slices.flat().sort()).toEqual([...images].sort())
      for (const [i, slice] of slices.entries()) {
        expect(slice).toEqual(images.filter((_, k) => k % count === i))
      }
    }
  })
})

describe('writing a shard', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => ({ dir, cleanup } = await tempDir('classdiff-shard-')))
  afterAll(() => cleanup())

  const data = (): DataDescription => ({
    data: path.join(dir, 'data', 'manifest.csv'),
    preset: null,
    classes: null,
    multiLabels: null,
    hierarchy: null,
    allowOutsideRoot: false,
    workspace: dir,
    parquetColumns: { image: 'img', label: 'fine_label' }
  })
  const sides = [
    { role: 'baseline', label: 'baseline.onnx', predictions: [{ id: 'a.png', top: [1, 0] }] },
    { role: 'candidate', label: 'candidate.onnx', predictions: [{ id: 'a.png', top: [0, 1] }] }
  ]

  it('writes each side predictions and a manifest the merge accepts', async () => {
    const outDir = path.join(dir, 'shard-1')
    const result = await writeShard(outDir, {
      shard: { index: 1, count: 1 },
      images: 1,
      totalImages: 1,
      data: data(),
      modelClasses: null,
      sides
    })
    expect(result.predictions.map((file) => path.basename(file))).toEqual([
      'predictions-baseline.jsonl',
      'predictions-candidate.jsonl'
    ])
    expect(await readPredictions(result.predictions[1] as string)).toEqual(sides[1]?.predictions)
    const { manifest, predictionFiles } = await readShards([outDir], {
      roots: [dir],
      allowOutsideRoot: false
    })
    expect(manifest.data).toEqual({
      data: messagePath(path.join(dir, 'data', 'manifest.csv')),
      preset: null,
      classes: null,
      multiLabels: null,
      hierarchy: null,
      allowOutsideRoot: false,
      imageColumn: 'img',
      labelColumn: 'fine_label'
    })
    expect(manifest.sources.map((source) => source.label)).toEqual([
      'baseline.onnx',
      'candidate.onnx'
    ])
    expect(predictionFiles).toEqual([[result.predictions[0]], [result.predictions[1]]])
  })

  it('carries the class names a model stated, so the merge names and orders the classes alike', async () => {
    const outDir = path.join(dir, 'shard-with-classes')
    await writeShard(outDir, {
      shard: { index: 1, count: 1 },
      images: 1,
      totalImages: 1,
      data: data(),
      modelClasses: { names: ['tabby', 'tiger'], ids: null, source: 'model config.json' },
      sides
    })
    const manifest = JSON.parse(await readFile(path.join(outDir, 'shard.json'), 'utf8'))
    expect(manifest.data.classes).toBe(messagePath(path.join(outDir, 'model-classes.txt')))
    expect(await readFile(path.join(outDir, 'model-classes.txt'), 'utf8')).toBe('tabby\ntiger\n')
  })
})
