import { cp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InputScope } from '../../src/data/input-file.js'
import { readShards } from '../../src/shard/manifest.js'
import { writeShard, type Shard } from '../../src/shard/slice.js'
import { tempDir } from '../model/helpers/images.js'

/**
 * Shard outputs travel between jobs as artifacts, so `classdiff report` reads their manifests defensively:
 * they must describe the same run and cover shards 1..N exactly once.
 */
describe('reading shard manifests', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let scope: InputScope
  const at = (...parts: string[]): string => path.join(dir, ...parts)

  async function shard(folder: string, which: Shard, candidate = 'candidate.onnx'): Promise<void> {
    await writeShard(folder, {
      shard: which,
      images: 1,
      totalImages: which.count,
      data: {
        data: path.join(dir, 'data', 'manifest.csv'),
        preset: null,
        classes: null,
        multiLabels: null,
        hierarchy: null,
        allowOutsideRoot: false,
        workspace: dir
      },
      modelClasses: null,
      sides: [
        { role: 'baseline', label: 'baseline.onnx', predictions: [] },
        { role: 'candidate', label: candidate, predictions: [] }
      ]
    })
  }

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-manifest-'))
    scope = { roots: [dir], allowOutsideRoot: false }
    for (const index of [1, 2, 3]) await shard(at('run', `shard-${index}`), { index, count: 3 })
  })
  afterAll(() => cleanup())

  it('finds shards one level down and orders each side files by shard index', async () => {
    const { manifest, predictionFiles } = await readShards(
      [at('run', 'shard-3'), at('run', 'shard-1'), at('run', 'shard-2')],
      scope
    )
    expect(manifest.shard.count).toBe(3)
    const order = [1, 2, 3].map((index) =>
      at('run', `shard-${index}`, 'predictions-candidate.jsonl')
    )
    expect(predictionFiles[1]).toEqual(order)
    expect((await readShards([at('run')], scope)).predictionFiles).toEqual(predictionFiles)
  })

  it('refuses a shard given twice, naming both manifests', async () => {
    await cp(at('run', 'shard-2'), at('twice', 'a'), { recursive: true })
    await cp(at('run', 'shard-2'), at('twice', 'b'), { recursive: true })
    await expect(readShards([at('twice')], scope)).rejects.toThrow(
      `${at('twice', 'b', 'shard.json')}: shard 2/3 appears twice (also ${at('twice', 'a', 'shard.json')})`
    )
  })

  it('refuses shards that count differently or evaluated another candidate', async () => {
    await shard(at('other-count'), { index: 1, count: 2 })
    await expect(readShards([at('run', 'shard-1'), at('other-count')], scope)).rejects.toThrow(
      /other-count\/shard\.json: is shard 1\/2, but .* counts 3 shards/
    )
    await shard(at('other-model'), { index: 2, count: 3 }, 'candidate-v2.onnx')
    await expect(
      readShards([at('run', 'shard-1'), at('other-model'), at('run', 'shard-3')], scope)
    ).rejects.toThrow(/other-model\/shard\.json: evaluated other data or models than/)
  })

  it('refuses a manifest whose predictions file would lie outside its shard folder', async () => {
    await cp(at('run', 'shard-1'), at('escape'), { recursive: true })
    const file = at('escape', 'shard.json')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('"predictions-baseline.jsonl"', '"../../secret.jsonl"'))
    await expect(readShards([at('escape')], scope)).rejects.toThrow(
      `${file}: "sources" must list the baseline(s) and the candidate with their predictions files`
    )
  })

  it('records a fetched set by its pinned reference, never by the shard runner’s copy, and checks it', async () => {
    const pinned = `hf://datasets/acme/set@${'c'.repeat(40)}/images`
    await writeShard(at('fetched'), {
      shard: { index: 1, count: 1 },
      images: 1,
      totalImages: 1,
      data: {
        data: path.join(dir, 'cache', 'snapshots', 'images'),
        preset: null,
        classes: null,
        multiLabels: null,
        hierarchy: null,
        allowOutsideRoot: false,
        workspace: dir,
        reference: { written: 'hf://datasets/acme/set@v1/images', pinned }
      },
      modelClasses: null,
      sides: [
        { role: 'baseline', label: 'baseline.onnx', predictions: [] },
        { role: 'candidate', label: 'candidate.onnx', predictions: [] }
      ]
    })
    const { manifest } = await readShards([at('fetched')], scope)
    expect(manifest.data.data).toBeNull()
    expect(manifest.data.reference).toEqual({ written: 'hf://datasets/acme/set@v1/images', pinned })
    // A reference beside a local path is not what a shard writes: refused.
    const file = at('fetched', 'shard.json')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('"data": null', '"data": "/etc"'))
    await expect(readShards([at('fetched')], scope)).rejects.toThrow(`${file}: "data" is malformed`)
  })
})
