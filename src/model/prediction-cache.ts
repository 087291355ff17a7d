import { createHash } from 'node:crypto'
import { mkdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'
import type { EvalImage } from '../data/types.js'
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { sha256OfFile } from '../source/store.js'
import { readPredictions, writePredictions } from './predictions-file.js'
import { preprocessKey } from './preprocess-config.js'
import type { Prediction, Preprocess } from './types.js'

/**
 * Baseline predictions cached on disk, so a baseline is evaluated once per baseline version rather than on
 * every push. The key covers everything that can change a prediction: the model's bytes, the preprocessing,
 * how many classes a line keeps, and the evaluation set (each image's id and size — hashing the pixels of
 * 50,000 images would cost more than it saves; a same-size replacement of an image under the same name is the
 * one change this misses, and a new manifest or file name changes the key).
 */

/** Bump when the predictions a model yields could change for the same inputs (preprocessing code, rounding). */
const CACHE_FORMAT = 1

/**
 * The model file's sha256. The model is known to be a regular file by now (data/input-file.ts), and a huge
 * one stops at `--timeout` like a slow load would.
 */
function hashModel(file: string, label: string, timeoutSeconds: number): Promise<string> {
  const started = Date.now()
  return sha256OfFile(file, () => {
    if (timeoutSeconds > 0 && Date.now() - started > timeoutSeconds * 1000) {
      throw new InputError(
        `model ${label}: hashing it for the cache took longer than the ${timeoutSeconds} s time-out (--timeout)`
      )
    }
  })
}

/** A fingerprint of the evaluation set: ids and file sizes (a parquet cell's encoded size) in order. */
export async function datasetFingerprint(images: readonly EvalImage[]): Promise<string> {
  const hash = createHash('sha256')
  const sizes = await Promise.all(
    images.map(async (image) =>
      image.parquet !== undefined
        ? image.parquet.size
        : image.file === ''
          ? -1
          : (await stat(image.file)).size
    )
  )
  images.forEach((image, i) => hash.update(`${image.id}\0${sizes[i]}\n`))
  return hash.digest('hex')
}

export interface CacheKeyParts {
  readonly modelPath: string
  /** The model as messages name it. */
  readonly modelLabel: string
  /** `--timeout` in seconds (0: none): hashing a model is bounded like loading it. */
  readonly timeoutSeconds: number
  /** The sha256 of the model's bytes when known without reading them (a Git LFS oid): then the file need not exist. */
  readonly modelSha256?: string
  readonly preprocess: Preprocess
  readonly topK: number
  readonly datasetFingerprint: string
}

export async function predictionCacheKey(parts: CacheKeyParts): Promise<string> {
  const hash = createHash('sha256')
  hash.update(
    JSON.stringify({
      format: CACHE_FORMAT,
      model:
        parts.modelSha256 ??
        (await hashModel(parts.modelPath, parts.modelLabel, parts.timeoutSeconds)),
      // What the preprocessing does, not which file it came from (paths differ between checkouts).
      preprocess: preprocessKey(parts.preprocess),
      topK: parts.topK,
      dataset: parts.datasetFingerprint
    })
  )
  return hash.digest('hex').slice(0, 40)
}

/** Where an entry lives in the local cache folder. */
export function cacheEntryPath(cacheDir: string, key: string): string {
  return path.join(cacheDir, `predictions-${key}.jsonl`)
}

/**
 * A shared store behind the local cache folder — in the action, the GitHub Actions cache — so the entry
 * survives from one workflow run to the next. Failures of the store are warnings, never errors: a cache
 * can only make a run faster.
 */
export interface RemoteCache {
  /** Brings the entry for `key` to `file` when the store has it; true on a hit. */
  restore(file: string, key: string): Promise<boolean>
  /** Stores `file` under `key`. */
  save(file: string, key: string): Promise<void>
}

/** The cached predictions for this key, or null on a miss. */
export async function readCachedPredictions(
  cacheDir: string,
  key: string,
  classCount: number
): Promise<Prediction[] | null> {
  const file = cacheEntryPath(cacheDir, key)
  try {
    await stat(file)
  } catch {
    return null
  }
  // A regular file of bounded size, like every input (readPredictions checks).
  return readPredictions(file, classCount)
}

/** Stores predictions atomically (write then rename), so a crashed run never leaves half an entry. */
export async function writeCachedPredictions(
  cacheDir: string,
  key: string,
  predictions: readonly Prediction[]
): Promise<string> {
  await mkdir(cacheDir, { recursive: true })
  const file = cacheEntryPath(cacheDir, key)
  const partial = `${file}.${process.pid}.partial`
  await writePredictions(partial, predictions)
  await rename(partial, file)
  return file
}

/** The cache a run uses: the local folder (`--cache-dir`) and the store behind it, if any. */
export interface PredictionCache {
  readonly dir: string
  readonly remote: RemoteCache | null
}

/** A model the cache may answer for: what its key is made of. */
export interface CacheableModel {
  /** The model as messages name it. */
  readonly label: string
  readonly path: string
  readonly preprocess: Preprocess
  /** Baselines are cached; the candidate never is. */
  readonly baseline: boolean
  /** The model's sha256 when known before it is downloaded (an LFS oid): a hit fetches nothing. */
  readonly contentSha256?: string
}

/** What every key shares: the evaluation set and the shape of a predictions line. */
export interface CacheRun {
  readonly images: readonly EvalImage[]
  readonly classCount: number
  readonly topK: number
  /** `--timeout` in seconds (0: none): hashing a model is bounded like loading it. */
  readonly timeoutSeconds: number
}

/**
 * The cache policy: each model's predictions on the run's images, in the order given. Only baselines are
 * cached, since the candidate changes with every push: a baseline the cache holds (locally or in the remote
 * store) is answered from it and not evaluated; every other model goes to `evaluate` in one call, so all of
 * them share one pass over the images, and the baselines among them are saved. `models` may arrive lazily
 * (an async iterable): each is looked up as it comes, so a broken input fails in source order.
 */
export async function predictThroughCache<M extends CacheableModel>(
  models: Iterable<M> | AsyncIterable<M>,
  cache: PredictionCache | null,
  run: CacheRun,
  log: Logger,
  evaluate: (pending: readonly M[]) => Promise<Prediction[][]>
): Promise<Prediction[][]> {
  const results: Prediction[][] = []
  const pending: { at: number; model: M; key: string | null }[] = []
  const fingerprint = cache === null ? '' : await datasetFingerprint(run.images)
  for await (const model of models) {
    const at = results.push([]) - 1
    let key: string | null = null
    if (cache !== null && model.baseline) {
      key = await predictionCacheKey({
        modelPath: model.path,
        modelLabel: model.label,
        timeoutSeconds: run.timeoutSeconds,
        // Known before download for LFS / Hub / pinned models: a hit fetches nothing (docs/sources.md).
        modelSha256: model.contentSha256,
        preprocess: model.preprocess,
        topK: run.topK,
        datasetFingerprint: fingerprint
      })
      await cache.remote?.restore(cacheEntryPath(cache.dir, key), key)
      const cached = await readCachedPredictions(cache.dir, key, run.classCount)
      if (cached !== null) {
        log.info(`${model.label}: predictions from the cache (key ${key.slice(0, 12)})`)
        results[at] = cached
        continue
      }
    }
    pending.push({ at, model, key })
  }
  if (pending.length === 0) return results
  const evaluated = await evaluate(pending.map((entry) => entry.model))
  for (const [i, { at, key }] of pending.entries()) {
    const predictions = evaluated[i] as Prediction[]
    results[at] = predictions
    if (cache !== null && key !== null) {
      const file = await writeCachedPredictions(cache.dir, key, predictions)
      await cache.remote?.save(file, key)
    }
  }
  return results
}
