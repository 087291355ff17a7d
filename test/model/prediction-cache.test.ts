import { copyFile, mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EvalImage } from '../../src/data/types.js'
import { silentLogger } from '../../src/log.js'
import { evaluateModels } from '../../src/model/evaluate.js'
import {
  predictThroughCache,
  type CacheableModel,
  type CacheRun,
  type RemoteCache
} from '../../src/model/prediction-cache.js'
import { IMAGENET_DEFAULTS } from '../../src/model/preprocess-config.js'
import type { Prediction } from '../../src/model/types.js'
import { makeSamples, writeColourSet } from '../helpers/colour-set.js'
import { tempDir } from './helpers/images.js'

/**
 * The cache policy (docs/design.md#the-pipeline, step 5): only baselines are cached, since the candidate
 * changes with every push. Real models on real images; `evaluate` is the real evaluateModels, recorded so the
 * tests can see what the policy asked it to run.
 */
describe('predictThroughCache', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let run: CacheRun
  let models: CacheableModel[]
  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-cache-policy-'))
    const samples = makeSamples()
    await writeColourSet(dir, samples)
    const images: EvalImage[] = samples.map((sample) => ({
      id: sample.file,
      file: path.join(dir, 'data', sample.file),
      label: sample.label,
      multiLabels: null
    }))
    run = { images, classCount: 4, topK: 3, timeoutSeconds: 0 }
    const preprocess = { ...IMAGENET_DEFAULTS, inputSize: [3, 16, 16] as const, source: 'test' }
    models = [
      { label: 'baseline.onnx', path: path.join(dir, 'baseline.onnx'), preprocess, baseline: true },
      {
        label: 'candidate.onnx',
        path: path.join(dir, 'candidate.onnx'),
        preprocess,
        baseline: false
      }
    ]
  })
  afterAll(() => cleanup())

  /** The real model stage, remembering which models each call was asked to run. */
  function recordingEvaluate(calls: string[][]) {
    return (pending: readonly CacheableModel[]): Promise<Prediction[][]> => {
      calls.push(pending.map((model) => model.label))
      return evaluateModels(run.images, pending, {
        batchSize: 16,
        threads: 1,
        executionProvider: 'cpu',
        topK: run.topK,
        classCount: run.classCount
      })
    }
  }

  it('evaluates every model in one pass and writes nothing without a cache', async () => {
    const calls: string[][] = []
    const predictions = await predictThroughCache(
      models,
      null,
      run,
      silentLogger,
      recordingEvaluate(calls)
    )
    expect(calls).toEqual([['baseline.onnx', 'candidate.onnx']])
    expect(predictions.map((list) => list.length)).toEqual([120, 120])
  })

  it('answers a cached baseline from the cache without evaluating it; the candidate is evaluated every time and never cached', async () => {
    const cache = { dir: path.join(dir, 'cache'), remote: null }
    const cold: string[][] = []
    const first = await predictThroughCache(
      models,
      cache,
      run,
      silentLogger,
      recordingEvaluate(cold)
    )
    expect(cold).toEqual([['baseline.onnx', 'candidate.onnx']])
    // One entry: the baseline's.
    expect(await readdir(cache.dir)).toHaveLength(1)

    const warm: string[][] = []
    const said: string[] = []
    const log = { ...silentLogger, info: (message: string) => said.push(message) }
    const second = await predictThroughCache(models, cache, run, log, recordingEvaluate(warm))
    expect(warm).toEqual([['candidate.onnx']])
    expect(said).toEqual([expect.stringMatching(/^baseline\.onnx: predictions from the cache/)])
    expect(await readdir(cache.dir)).toHaveLength(1)
    expect(second).toEqual(first)
  })

  it('asks nothing of the model stage when the cache holds every baseline and there is no candidate model', async () => {
    const cache = { dir: path.join(dir, 'cache-baselines-only'), remote: null }
    const baselineOnly = models.filter((model) => model.baseline)
    await predictThroughCache(baselineOnly, cache, run, silentLogger, recordingEvaluate([]))
    const calls: string[][] = []
    const again = await predictThroughCache(
      baselineOnly,
      cache,
      run,
      silentLogger,
      recordingEvaluate(calls)
    )
    expect(calls).toEqual([])
    expect(again[0]).toHaveLength(120)
  })

  it('restores a baseline from the remote store and saves only the baselines it computed', async () => {
    const stored = new Map<string, string>()
    const restored: string[] = []
    const remote: RemoteCache = {
      async restore(file, key) {
        const from = stored.get(key)
        if (from === undefined) return false
        await mkdir(path.dirname(file), { recursive: true })
        await copyFile(from, file)
        restored.push(key)
        return true
      },
      async save(file, key) {
        const keep = path.join(dir, `store-${key}`)
        await copyFile(file, keep)
        stored.set(key, keep)
      }
    }
    const runner1 = { dir: path.join(dir, 'runner-1'), remote }
    await predictThroughCache(models, runner1, run, silentLogger, recordingEvaluate([]))
    expect(stored.size).toBe(1)

    // A fresh runner: an empty cache folder, the same store.
    const calls: string[][] = []
    const runner2 = { dir: path.join(dir, 'runner-2'), remote }
    await predictThroughCache(models, runner2, run, silentLogger, recordingEvaluate(calls))
    expect(restored).toEqual([...stored.keys()])
    expect(calls).toEqual([['candidate.onnx']])
    expect(stored.size).toBe(1)
  })
})
