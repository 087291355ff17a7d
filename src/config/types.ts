import type { GatePolicy } from '../analysis/types.js'

/**
 * One side of the comparison: an ONNX model or a predictions file computed elsewhere. `reference` is the
 * `git:` / `hf://` / `https://` text the user gave (src/source/ turns it into a local `path` before the data
 * and model stages run).
 */
export type ModelSource =
  | {
      readonly kind: 'onnx'
      readonly path: string
      readonly preprocess: string | null
      /** How the report names this side when it is not the path (a reference, the PR's base). */
      readonly label?: string
      readonly reference?: string
      /** The model's sha256 when known before it is downloaded (an LFS oid): the prediction cache's key. */
      readonly contentSha256?: string
      /** Downloads the model to `path`; present while it is not there yet. */
      readonly fetch?: () => Promise<void>
    }
  | {
      readonly kind: 'predictions'
      readonly path: string
      /** How the report names this side when it is not the path (a reference). */
      readonly label?: string
      readonly reference?: string
    }

/** The one validated configuration both fronts (CLI flags, action inputs) produce. */
export interface Config {
  /** The baseline, then further baselines that differ only by seed (for seed-noise calibration). */
  readonly baselines: readonly ModelSource[]
  readonly candidate: ModelSource
  /** ImageFolder root, CSV or JSONL manifest, parquet file or folder of shards; null with a preset and predictions alone. */
  readonly data: string | null
  /** `--data` as given when it is a reference (`hf://datasets/…`); `data` is then where it will be fetched. */
  readonly dataReference?: string
  /**
   * After the source stage: `dataReference` pinned to the commit that was fetched (`hf://datasets/O/N@SHA/…`),
   * which shards record so a merge on another runner reads the same files (docs/sources.md).
   */
  readonly dataPinned?: string
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
  /** Bytes the process may use while models load and run; 0 = no budget (src/model/memory.ts). */
  readonly memoryBudget: number
  /** The model output holding the class scores (`--output`), for models with several; null = the only one. */
  readonly output: string | null
  /** Where baseline predictions are cached; null = no cache. */
  readonly cacheDir: string | null
  /** Evaluate only this deterministic slice (sharded evaluation). */
  readonly shard: { readonly index: number; readonly count: number } | null
  /**
   * Let image paths and symlinks resolve outside the data root (off by default,
   * docs/design.md#security-model).
   */
  readonly allowOutsideRoot: boolean
  /**
   * The working directory (CLI) or workspace (action) that relative paths resolve against; with the data
   * root, the only place inputs may be read from unless `allowOutsideRoot` (docs/failure-modes.md).
   */
  readonly workspace: string
  /** The image column (a `{bytes, path}` struct) and the label column of a parquet set. */
  readonly imageColumn: string
  readonly labelColumn: string
}
