import { createHash } from 'node:crypto'
import { mkdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'
import type { EvalImage } from '../data/types.js'
import { InputError } from '../errors.js'
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
