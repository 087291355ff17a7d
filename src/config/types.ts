import type { GatePolicy } from '../analysis/types.js'

/** One side of the comparison: an ONNX model or a predictions file computed elsewhere. */
export type ModelSource =
  | { readonly kind: 'onnx'; readonly path: string; readonly preprocess: string | null }
  | {
      readonly kind: 'predictions'
      readonly path: string
      /** How the report names this side when it is not the path (merged shards keep the model's name). */
      readonly label?: string
    }

/** The one validated configuration both fronts (CLI flags, action inputs) produce. */
export interface Config {
  /** The baseline, then further baselines that differ only by seed (for seed-noise calibration). */
  readonly baselines: readonly ModelSource[]
  readonly candidate: ModelSource
  /** ImageFolder root, CSV or JSONL manifest, parquet file or folder of shards; null with a preset and predictions alone. */
  readonly data: string | null
  readonly preset: 'imagenet' | null
  readonly classes: string | null
  readonly multiLabels: string | null
  readonly hierarchy: string | null
  readonly policy: GatePolicy
  readonly outDir: string
  readonly batchSize: number
  /** onnxruntime intra-op threads; 0 = choose for this machine. */
  readonly threads: number
  readonly executionProvider: 'cpu' | 'cuda'
  /** Seconds a model may take to load or to score one batch before classdiff stops; 0 = no limit. */
  readonly timeout: number
  /** Where baseline predictions are cached; null = no cache. */
  readonly cacheDir: string | null
  /** Evaluate only this deterministic slice (sharded evaluation). */
  readonly shard: { readonly index: number; readonly count: number } | null
  /** Let image paths and symlinks resolve outside the data root (off by default, DESIGN §7). */
  readonly allowOutsideRoot: boolean
  /** The image column (a `{bytes, path}` struct) and the label column of a parquet set. */
  readonly imageColumn: string
  readonly labelColumn: string
}
