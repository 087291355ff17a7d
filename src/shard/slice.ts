/**
 * One slice of a sharded evaluation: image i of the set belongs to shard i mod N, so the slices are fixed by
 * the set alone and together cover it once. A shard's outputs are each side's predictions and a `shard.json`
 * (manifest.ts) that `classdiff report` checks and merges (merge.ts).
 */
import path from 'node:path'
import type { ClassList } from '../data/classes.js'
import { reportedPath } from '../data/input-scope.js'
import type { DataDescription } from '../data/load.js'
import { DEFAULT_PARQUET_COLUMNS } from '../data/parquet.js'
import { predictionsFileName, writePredictions } from '../model/predictions-file.js'
import type { Prediction } from '../model/types.js'
import { clearOutput, intoOutDir, writeOutput } from '../report/out-dir.js'
import { SHARD_MANIFEST, serializeShardManifest } from './manifest.js'

export interface Shard {
  /** 1-based. */
  readonly index: number
  readonly count: number
}

export interface ShardResult {
  readonly shard: Shard
  /** Images this shard evaluated. */
  readonly images: number
  readonly manifest: string
  readonly predictions: readonly string[]
}

/** The shard's slice of the set's images (or of anything in the set's order). */
export function shardSlice<T>(images: readonly T[], shard: Shard): T[] {
  return images.filter((_, i) => i % shard.count === shard.index - 1)
}

/** What a shard writes: its predictions and what the merge needs to rebuild the set. */
export interface ShardContent {
  readonly shard: Shard
  readonly images: number
  readonly totalImages: number
  readonly data: DataDescription
  /** Class names a model stated (id2label), when they named the classes. */
  readonly modelClasses: ClassList | null
  /** Baseline(s), then the candidate: role, label and predictions on the slice. */
  readonly sides: readonly {
    readonly role: string
    readonly label: string
    readonly predictions: readonly Prediction[]
  }[]
}

/** Writes the shard's predictions and manifest into `outDir`. */
export async function writeShard(outDir: string, content: ShardContent): Promise<ShardResult> {
  const { data } = content
  const files = content.sides.map(({ role }) => path.join(outDir, predictionsFileName(role)))
  const manifest = path.join(outDir, SHARD_MANIFEST)
  const columns = data.parquetColumns ?? DEFAULT_PARQUET_COLUMNS
  const named = (file: string | null): string | null => (file === null ? null : reportedPath(file))
  await intoOutDir(outDir, async () => {
    // Class names a model stated travel with the shard, so the merge names and orders classes alike.
    let classes = data.classes
    if (content.modelClasses !== null) {
      classes = path.join(outDir, 'model-classes.txt')
      await writeOutput(classes, content.modelClasses.names.join('\n') + '\n')
    }
    for (const [i, target] of files.entries()) {
      await clearOutput(target)
      await writePredictions(target, content.sides[i]?.predictions ?? [])
    }
    await writeOutput(
      manifest,
      serializeShardManifest({
        schemaVersion: 1,
        shard: content.shard,
        images: content.images,
        totalImages: content.totalImages,
        data: {
          // A fetched set's copy is this runner's: the merge fetches the pinned reference again.
          data: data.reference === undefined ? named(data.data) : null,
          preset: data.preset,
          classes: named(classes),
          multiLabels: named(data.multiLabels),
          hierarchy: named(data.hierarchy),
          allowOutsideRoot: data.allowOutsideRoot,
          imageColumn: columns.image,
          labelColumn: columns.label,
          ...(data.reference === undefined ? {} : { reference: data.reference })
        },
        sources: content.sides.map((side, i) => ({
          role: side.role,
          label: side.label,
          predictions: path.basename(files[i] as string)
        }))
      })
    )
  })
  return { shard: content.shard, images: content.images, manifest, predictions: files }
}
