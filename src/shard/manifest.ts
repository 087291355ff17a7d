import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import {
  checkInputFolder,
  messagePath,
  readInputText,
  SIZE_CAPS,
  type InputScope
} from '../data/input-file.js'
import { InputError } from '../errors.js'

/**
 * Sharded evaluation: each job of a GitHub Actions matrix evaluates a slice (`--shard I/N`) and writes its
 * predictions with this manifest; `classdiff report` checks the manifests agree and cover every shard once,
 * then merges. Paths are stored as the shard job saw them, relative to its working directory, so a merge job
 * on another runner with the same checkout resolves them the same way.
 */
export const SHARD_MANIFEST = 'shard.json'

export interface ShardManifest {
  readonly schemaVersion: 1
  readonly shard: { readonly index: number; readonly count: number }
  readonly images: number
  readonly totalImages: number
  readonly data: {
    readonly data: string | null
    readonly preset: 'imagenet' | null
    readonly classes: string | null
    readonly multiLabels: string | null
    readonly hierarchy: string | null
    readonly allowOutsideRoot: boolean
    /** Parquet sets' columns; absent in manifests written before parquet sets (the defaults then). */
    readonly imageColumn?: string
    readonly labelColumn?: string
    /**
     * A set fetched from a Hub reference: as written (the report's name) and pinned to the commit the shard
     * read, which the merge fetches again (`data` is then null: the shard's copy was on its own runner).
     */
    readonly reference?: { readonly written: string; readonly pinned: string }
  }
  /** Baseline(s) then candidate, in the order of the comparison. */
  readonly sources: readonly {
    readonly role: string
    readonly label: string
    readonly predictions: string
  }[]
}

export function serializeShardManifest(manifest: ShardManifest): string {
  return JSON.stringify(manifest, null, 2) + '\n'
}

function fail(file: string, what: string): never {
  throw new InputError(`${file}: ${what}`)
}

function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string'
}

/** Parses and checks one manifest; shard outputs travel as artifacts, so they are read defensively. */
function parseManifest(text: string, file: string): ShardManifest {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    fail(file, 'not valid JSON')
  }
  const manifest = value as ShardManifest
  if (typeof value !== 'object' || value === null || manifest.schemaVersion !== 1) {
    fail(file, 'not a classdiff shard manifest (schemaVersion 1)')
  }
  const { shard, data, sources } = manifest
  if (
    typeof shard !== 'object' ||
    !Number.isInteger(shard?.index) ||
    !Number.isInteger(shard?.count) ||
    shard.index < 1 ||
    shard.index > shard.count
  ) {
    fail(file, '"shard" must be {index, count} with 1 ≤ index ≤ count')
  }
  if (!Number.isInteger(manifest.images) || !Number.isInteger(manifest.totalImages)) {
    fail(file, '"images" and "totalImages" must be whole numbers')
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    ![data.data, data.classes, data.multiLabels, data.hierarchy].every(isNullableString) ||
    !(data.preset === null || data.preset === 'imagenet') ||
    typeof data.allowOutsideRoot !== 'boolean' ||
    ![data.imageColumn, data.labelColumn].every(
      (column) => column === undefined || typeof column === 'string'
    ) ||
    !(
      data.reference === undefined ||
      (typeof data.reference === 'object' &&
        data.reference !== null &&
        typeof data.reference.written === 'string' &&
        typeof data.reference.pinned === 'string' &&
        data.data === null)
    )
  ) {
    fail(file, '"data" is malformed')
  }
  if (
    !Array.isArray(sources) ||
    sources.length < 2 ||
    !sources.every(
      (source) =>
        typeof source?.role === 'string' &&
        /^[a-z0-9-]+$/.test(source.role) &&
        typeof source.label === 'string' &&
        typeof source.predictions === 'string' &&
        path.basename(source.predictions) === source.predictions
    )
  ) {
    fail(file, '"sources" must list the baseline(s) and the candidate with their predictions files')
  }
  return manifest
}

/** Finds shard folders: each given folder is a shard output or holds shard outputs one level down. */
async function shardFolders(dirs: readonly string[]): Promise<string[]> {
  const found: string[] = []
  for (const dir of dirs) {
    const info = await stat(dir).catch(() => null)
    if (!info?.isDirectory()) throw new InputError(`${dir}: no such shard folder`)
    if (await stat(path.join(dir, SHARD_MANIFEST)).catch(() => null)) {
      found.push(dir)
      continue
    }
    const children = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(dir, entry.name))
      .sort()
    const withManifest = []
    for (const child of children) {
      if (await stat(path.join(child, SHARD_MANIFEST)).catch(() => null)) withManifest.push(child)
    }
    if (withManifest.length === 0) throw new InputError(`${dir}: holds no ${SHARD_MANIFEST}`)
    found.push(...withManifest)
  }
  return found
}

export interface ShardSet {
  readonly manifest: ShardManifest
  /** Predictions files per source (baseline(s), then candidate), shard by shard in shard order. */
  readonly predictionFiles: readonly (readonly string[])[]
}

/** Reads the shard outputs, checks they belong together and cover shards 1..N exactly once. */
export async function readShards(dirs: readonly string[], scope: InputScope): Promise<ShardSet> {
  for (const dir of dirs) checkInputFolder(dir, `--shards ${messagePath(dir)}`, scope)
  const folders = await shardFolders(dirs)
  const shards = folders.map((folder) => {
    const file = path.join(folder, SHARD_MANIFEST)
    const text = readInputText(file, file, scope, SIZE_CAPS.shardManifest)
    return { folder, file, manifest: parseManifest(text, file) }
  })
  const first = shards[0]
  if (!first) throw new InputError('no shards to merge')
  const count = first.manifest.shard.count
  const reference = JSON.stringify({
    data: first.manifest.data,
    sources: first.manifest.sources,
    total: first.manifest.totalImages
  })
  const byIndex = new Map<number, (typeof shards)[number]>()
  for (const shard of shards) {
    const { manifest, file } = shard
    if (manifest.shard.count !== count) {
      fail(
        file,
        `is shard ${manifest.shard.index}/${manifest.shard.count}, but ${first.file} counts ${count} shards`
      )
    }
    const same = JSON.stringify({
      data: manifest.data,
      sources: manifest.sources,
      total: manifest.totalImages
    })
    if (same !== reference) fail(file, `evaluated other data or models than ${first.file}`)
    const twin = byIndex.get(manifest.shard.index)
    if (twin) fail(file, `shard ${manifest.shard.index}/${count} appears twice (also ${twin.file})`)
    byIndex.set(manifest.shard.index, shard)
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter(
    (index) => !byIndex.has(index)
  )
  if (missing.length > 0)
    throw new InputError(`shard(s) ${missing.join(', ')} of ${count} are missing`)
  const ordered = Array.from(
    { length: count },
    (_, i) => byIndex.get(i + 1) as (typeof shards)[number]
  )
  return {
    manifest: first.manifest,
    predictionFiles: first.manifest.sources.map((source) =>
      ordered.map((shard) => path.join(shard.folder, source.predictions))
    )
  }
}
