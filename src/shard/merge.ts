/**
 * `classdiff report`'s merge, in memory: the shards' manifests are checked (manifest.ts), each side's
 * predictions are concatenated in shard order, and the evaluation set is described as the shards saw it, so
 * the analysis and report that follow are those of the unsharded run, byte for byte.
 */
import path from 'node:path'
import type { ReportOptions } from '../config/parse.js'
import type { InputScope } from '../data/input-file.js'
import type { DataDescription } from '../data/load.js'
import type { Logger } from '../log.js'
import type { SidePredictions } from '../model/align.js'
import { readPredictions } from '../model/predictions-file.js'
import type { Prediction } from '../model/types.js'
import { readShards } from './manifest.js'

export interface MergedShards {
  /** The evaluation set as the manifests describe it; where it may be read is the merge's own (`options`). */
  readonly data: DataDescription
  /** Baseline(s), then the candidate, named as the shards named them. */
  readonly sides: readonly SidePredictions[]
}

export async function mergeShards(options: ReportOptions, log: Logger): Promise<MergedShards> {
  const scope: InputScope = {
    roots: [options.workspace],
    allowOutsideRoot: options.allowOutsideRoot
  }
  const { manifest, predictionFiles } = await readShards(options.shards, scope)
  const sides = await log.group('Reading predictions files', async () => {
    const read: SidePredictions[] = []
    for (const [i, source] of manifest.sources.entries()) {
      const merged: Prediction[] = []
      for (const file of predictionFiles[i] as readonly string[]) {
        // A loop, not push(...list): spreading 50,000 predictions would overflow the call stack.
        for (const prediction of await readPredictions(file, undefined, scope))
          merged.push(prediction)
      }
      read.push({ label: source.label, predictions: merged })
    }
    return read
  })
  const resolve = (file: string | null): string | null =>
    file === null ? null : path.resolve(file)
  const { data } = manifest
  return {
    data: {
      data: resolve(data.data),
      preset: data.preset,
      classes: resolve(data.classes),
      multiLabels: resolve(data.multiLabels),
      hierarchy: resolve(data.hierarchy),
      // The merge step's own flag: a shard manifest cannot widen where the merge may read.
      allowOutsideRoot: options.allowOutsideRoot,
      workspace: options.workspace,
      // Manifests written before parquet sets name no columns: the defaults.
      parquetColumns: { image: data.imageColumn ?? 'image', label: data.labelColumn ?? 'label' },
      ...(data.reference === undefined ? {} : { reference: data.reference })
    },
    sides
  }
}
