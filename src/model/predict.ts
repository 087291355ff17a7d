/**
 * The model stage for a comparison's sources: every ONNX side run on the images in one pass (so each image is
 * decoded once per distinct preprocessing), baselines answered from the prediction cache when it holds them.
 */
import type { Config, ModelSource } from '../config/types.js'
import type { InputScope } from '../data/input-file.js'
import { sourceLabel, sourceScope } from '../data/input-scope.js'
import type { EvalImage } from '../data/types.js'
import type { Logger } from '../log.js'
import { evaluateModels } from './evaluate.js'
import { predictThroughCache, type CacheableModel, type RemoteCache } from './prediction-cache.js'
import { resolvePreprocess } from './preprocess-config.js'
import type { Prediction } from './types.js'

/** How many classes each predictions line keeps (top-1 decides; the rest helps users debug). */
const TOP_K = 5

type OnnxSource = Extract<ModelSource, { kind: 'onnx' }>

/** What the sources run on, and where they may be read from and cached. */
export interface SourceRun {
  /** The set's images, or a shard's slice of them. */
  readonly images: readonly EvalImage[]
  /** Classes of the evaluation set: every model must output this many. */
  readonly classCount: number
  /** Where local sources may be read (src/data/input-scope.ts). */
  readonly scope: InputScope
  /** The store behind `--cache-dir`, if the front has one. */
  readonly remoteCache: RemoteCache | null
}

/** Predictions of the ONNX sources, by source index (baselines first, the candidate last). */
export async function predictSources(
  config: Config,
  sources: readonly ModelSource[],
  { images, classCount, scope, remoteCache }: SourceRun,
  log: Logger
): Promise<Map<number, Prediction[]>> {
  const onnx = [...sources.entries()].filter(
    (entry): entry is [number, OnnxSource] => entry[1].kind === 'onnx'
  )
  if (onnx.length === 0) return new Map()
  // Preprocessing is resolved model by model as the cache looks each up, so a bad file fails in source order.
  async function* models(): AsyncGenerator<CacheableModel & { source: OnnxSource }> {
    for (const [i, source] of onnx) {
      yield {
        source,
        label: sourceLabel(source),
        path: source.path,
        preprocess: await resolvePreprocess(
          source.path,
          source.preprocess,
          sourceScope(source, scope)
        ),
        baseline: i < sources.length - 1,
        contentSha256: source.contentSha256
      }
    }
  }
  const cache = config.cacheDir === null ? null : { dir: config.cacheDir, remote: remoteCache }
  const run = { images, classCount, topK: TOP_K, timeoutSeconds: config.timeout }
  const predictions = await predictThroughCache(models(), cache, run, log, async (pending) => {
    for (const { source } of pending) if (source.fetch !== undefined) await source.fetch()
    return log.group(`Running ${pending.length} model(s) on ${images.length} images`, () =>
      evaluateModels(
        images,
        pending.map(({ label, path, preprocess }) => ({ label, path, preprocess })),
        {
          batchSize: config.batchSize,
          threads: config.threads,
          executionProvider: config.executionProvider,
          topK: TOP_K,
          classCount,
          timeout: config.timeout,
          memoryBudget: config.memoryBudget,
          output: config.output,
          onProgress: log.progress?.bind(log)
        }
      )
    )
  })
  return new Map(onnx.map(([i], k) => [i, predictions[k] as Prediction[]]))
}
