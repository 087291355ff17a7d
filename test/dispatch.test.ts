import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RawOptions } from '../src/config/parse.js'
import { dispatch } from '../src/dispatch.js'
import { InputError } from '../src/errors.js'
import { silentLogger } from '../src/log.js'
import { makeSamples, writeColourSet } from './helpers/colour-set.js'
import { tempDir } from './model/helpers/images.js'

/** The one dispatch behind both fronts: `classdiff <command>` and the action's `mode`. */
describe('dispatch', () => {
  let dir: string
  let cleanup: () => Promise<void>
  const compare: RawOptions = {
    baseline: ['baseline.onnx'],
    candidate: 'candidate.onnx',
    data: 'data/manifest.csv',
    classes: 'data/classes.txt'
  }
  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-dispatch-'))
    await writeColourSet(dir, makeSamples())
  })
  afterAll(() => cleanup())

  it('compares on the whole set and reports, with paths resolved against the working directory', async () => {
    const outcome = await dispatch('compare', { ...compare, 'out-dir': 'whole' }, dir, silentLogger)
    expect(outcome.kind).toBe('report')
    if (outcome.kind !== 'report') return
    expect(outcome.result.report.verdict).toBe('fail')
    expect(outcome.result.files.reportJson).toBe(path.join(dir, 'whole', 'report.json'))
  })

  it('evaluates one shard with --shard, and merges shards with report into the same report', async () => {
    for (const index of [1, 2]) {
      const outcome = await dispatch(
        'compare',
        { ...compare, shard: `${index}/2`, 'out-dir': `shards/${index}` },
        dir,
        silentLogger
      )
      expect(outcome.kind).toBe('shard')
      if (outcome.kind !== 'shard') return
      expect(outcome.result.shard).toEqual({ index, count: 2 })
      expect(outcome.result.images).toBe(60)
    }
    const merged = await dispatch(
      'report',
      { shards: ['shards'], 'out-dir': 'merged' },
      dir,
      silentLogger
    )
    expect(merged.kind).toBe('report')
    expect(await readFile(path.join(dir, 'merged', 'report.json'), 'utf8')).toBe(
      await readFile(path.join(dir, 'whole', 'report.json'), 'utf8')
    )
  })

  it("applies the front's changes to the parsed configuration before the run", async () => {
    const outcome = await dispatch(
      'compare',
      { ...compare, 'out-dir': 'labelled' },
      dir,
      silentLogger,
      {
        configure: (config) => ({
          ...config,
          baselines: config.baselines.map((source) => ({
            ...source,
            label: 'model.onnx (PR base)'
          }))
        })
      }
    )
    expect(outcome.kind === 'report' && outcome.result.report.inputs.baseline).toBe(
      'model.onnx (PR base)'
    )
  })

  it('refuses an unknown command as bad input', async () => {
    await expect(dispatch('frobnicate', {}, dir, silentLogger)).rejects.toThrowError(
      new InputError('unknown command "frobnicate" (see classdiff --help)')
    )
  })
})
