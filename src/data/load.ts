/**
 * The dataset stage: `--data`, `--classes`, `--multi-labels`, `--hierarchy` and `--preset` in, one
 * `EvalSet` out. Formats and their rules live beside each reader (imagefolder, manifest, classes,
 * multilabels, hierarchy, imagenet); this module decides which apply.
 *
 * Decisions worth knowing:
 * - `--data` is a folder (ImageFolder, torchvision's order), or a `.csv` / `.jsonl` / `.ndjson` manifest
 *   whose folder is the data root. Manifest rows keep file order; ids are the paths as written.
 * - A `.parquet` file, or a folder holding `*.parquet` shards (or `data/*.parquet`, the Hub's layout), is a
 *   parquet set in Hugging Face's image-classification layout (parquet.ts); rows keep file order.
 * - Without `--classes`, a manifest's classes are inferred: all-index labels give classes `0…max`, named
 *   by their index; names give the sorted distinct names. With `--classes`, labels outside it are errors.
 * - Image paths must stay inside the data root, lexically and after resolving symbolic links, unless
 *   `allowOutsideRoot`. With `requireFiles` off (predictions-only comparisons) images need not exist.
 * - The same image twice in a manifest (also `a.jpg` and `./a.jpg`) is an error naming both lines.
 * - A class folder with no images is an error; a class of the classes file without images is allowed.
 * - `ids` matters only with a preset and no `--data`: then those ids are the set.
 */
import { realpathSync, statSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import type { Config } from '../config/types.js'
import { InputError } from '../errors.js'
import {
  checkClassLimits,
  inferClasses,
  LabelResolver,
  readClassesFile,
  type ClassList
} from './classes.js'
import { readHierarchy } from './hierarchy.js'
import { scanImageFolder } from './imagefolder.js'
import {
  imagenetImagesFromFolder,
  imagenetImagesFromIds,
  imagenetValNumber,
  loadImagenetPreset
} from './imagenet.js'
import { manifestFormat, readManifest, type ManifestRow } from './manifest.js'
import { readMultiLabels } from './multilabels.js'
import { ALLOW_OUTSIDE_HINT, checkInputFile, messagePath, type InputScope } from './input-file.js'
import {
  DEFAULT_PARQUET_COLUMNS,
  findParquetFiles,
  readParquetSet,
  type ParquetColumns
} from './parquet.js'
import { DataRoot, isBelow } from './paths.js'
import { fileProblem } from './text.js'
import type { EvalImage, EvalSet, Hierarchy } from './types.js'

/**
 * What the evaluation set is and where the run may read it from: taken from a `Config` (`dataOf`) or, when
 * `classdiff report` merges shards, from their manifest (src/shard/merge.ts).
 */
export interface DataDescription {
  /** ImageFolder dir, *.csv or *.jsonl manifest (paths relative to the manifest's folder), parquet. */
  readonly data: string | null
  readonly preset: 'imagenet' | null
  /** One class name per line, index order (or `wnid name` lines). */
  readonly classes: string | null
  /** JSONL {"file"|"id", "labels": [...]} or a JSON list aligned with the set's images (ReaL). */
  readonly multiLabels: string | null
  /** `parent child` edge lines (+ sibling `<stem>.names.txt`) or a `class,superclass` CSV. */
  readonly hierarchy: string | null
  /** Let paths / symlinks resolve outside the data root. */
  readonly allowOutsideRoot: boolean
  /**
   * The working directory (CLI) or workspace (action): side files (classes, multi-labels, hierarchy) may lie
   * here or in the data root, nowhere else unless `allowOutsideRoot` (docs/failure-modes.md).
   */
  readonly workspace: string
  /** The image and label columns of a parquet set (default `image`, `label`). */
  readonly parquetColumns?: ParquetColumns
  /**
   * A set fetched from a reference: as the user wrote it (what reports name) and pinned to the fetched commit
   * (what shards record, so the merge fetches the same files). `data` is then the fetched copy.
   */
  readonly reference?: { readonly written: string; readonly pinned: string }
}

/** The data description a configuration holds. */
export function dataOf(config: Config): DataDescription {
  return {
    data: config.data,
    preset: config.preset,
    classes: config.classes,
    multiLabels: config.multiLabels,
    hierarchy: config.hierarchy,
    allowOutsideRoot: config.allowOutsideRoot,
    workspace: config.workspace,
    parquetColumns: { image: config.imageColumn, label: config.labelColumn },
    ...(config.dataReference === undefined
      ? {}
      : {
          reference: {
            written: config.dataReference,
            pinned: config.dataPinned ?? config.dataReference
          }
        })
  }
}

export interface EvalSetOptions extends DataDescription {
  /** Without `classes`: the names a model's config states (id2label), in its output order. */
  readonly modelClasses?: ClassList | null
  /** With a preset and no data: the set is these ids (from predictions files). */
  readonly ids?: readonly string[]
  /** False: image files need not exist (predictions-only comparisons). */
  readonly requireFiles: boolean
}

export async function loadEvalSet(options: EvalSetOptions): Promise<EvalSet> {
  return options.preset === 'imagenet' ? loadImagenetSet(options) : loadUserSet(options)
}

async function loadUserSet(options: EvalSetOptions): Promise<EvalSet> {
  const { data } = options
  if (data === null) {
    throw new InputError(
      '--data is required: an ImageFolder directory, a .csv or .jsonl manifest, parquet files (or --preset imagenet)'
    )
  }
  checkDataPath(data, options)
  const scope = sideFileScope(data, options)
  const classFile =
    options.classes === null
      ? (options.modelClasses ?? null)
      : readClassesFile(options.classes, scope)
  let classes: ClassList
  let images: EvalImage[]
  let root: DataRoot
  const isFolder = isDirectory(data)
  const parquet = findParquetFiles(data, isFolder, options.allowOutsideRoot)
  if (parquet !== null) {
    root = parquet.root
    // Each shard under the side files' rule: a regular file inside the data root or the workspace.
    for (const file of parquet.files) checkInputFile(file, `--data ${messagePath(file)}`, scope)
    ;({ classes, images } = await readParquetSet(parquet.files, root, {
      columns: options.parquetColumns ?? DEFAULT_PARQUET_COLUMNS,
      classes: classFile,
      requireFiles: options.requireFiles
    }))
  } else if (isFolder) {
    root = new DataRoot(data, data, options.allowOutsideRoot)
    const scanned = scanImageFolder(root, classFile)
    classes = scanned.classes
    images = scanned.images.map((image) => ({ ...image, multiLabels: null }))
  } else {
    const rows = readManifest(data, formatOf(data), scope)
    classes =
      classFile ??
      inferClasses(
        rows.map(({ label, where }) => ({ label, where })),
        `labels of ${data}`
      )
    root = manifestRoot(data, options.allowOutsideRoot)
    images = manifestImages(
      rows,
      root,
      new LabelResolver(classes),
      options.requireFiles,
      () => null
    )
  }
  return finish(images, classes, root.dir, data, options, null, scope)
}

async function loadImagenetSet(options: EvalSetOptions): Promise<EvalSet> {
  if (options.classes !== null) {
    throw new InputError(
      '--classes cannot be combined with --preset imagenet (the preset fixes the 1,000 ImageNet classes)'
    )
  }
  const preset = loadImagenetPreset()
  const { data } = options
  if (data === null) {
    if (options.requireFiles) {
      throw new InputError(
        '--preset imagenet without --data has no images to run models on: give --data (a folder of ILSVRC2012_val_*.JPEG files) or predictions files'
      )
    }
    const images = imagenetImagesFromIds(preset, options.ids)
    const scope: InputScope = {
      roots: [options.workspace],
      allowOutsideRoot: options.allowOutsideRoot
    }
    return finish(images, preset.classes, '', 'preset:imagenet', options, preset.hierarchy, scope)
  }
  checkDataPath(data, options)
  const scope = sideFileScope(data, options)
  let images: EvalImage[]
  let root: DataRoot
  const isFolder = isDirectory(data)
  const parquet = findParquetFiles(data, isFolder, options.allowOutsideRoot)
  if (parquet !== null) {
    root = parquet.root
    // Each shard under the side files' rule: a regular file inside the data root or the workspace.
    for (const file of parquet.files) checkInputFile(file, `--data ${messagePath(file)}`, scope)
    const read = await readParquetSet(parquet.files, root, {
      columns: options.parquetColumns ?? DEFAULT_PARQUET_COLUMNS,
      classes: preset.classes,
      requireFiles: options.requireFiles
    })
    // ReaL labels by validation number, from the image path: the Hub's files are named
    // ILSVRC2012_val_00000001_n01751748.JPEG, with the class's WordNet id appended.
    images = read.images.map((image) => {
      const n = imagenetValNumber(image.id.replace(/_n\d{8}(\.[A-Za-z0-9]+)?$/, '$1'))
      return { ...image, multiLabels: n === null ? null : preset.real[n - 1] }
    })
  } else if (isFolder) {
    root = new DataRoot(data, data, options.allowOutsideRoot)
    images = imagenetImagesFromFolder(preset, root)
  } else {
    const rows = readManifest(data, formatOf(data), scope)
    root = manifestRoot(data, options.allowOutsideRoot)
    const realOf = (row: ManifestRow): readonly number[] | null => {
      const n = imagenetValNumber(row.path.replace(/\\/g, '/'))
      return n === null ? null : preset.real[n - 1]
    }
    images = manifestImages(
      rows,
      root,
      new LabelResolver(preset.classes),
      options.requireFiles,
      realOf
    )
  }
  return finish(images, preset.classes, root.dir, data, options, preset.hierarchy, scope)
}

/** Resolves each manifest row: path inside the root, label, no image twice. */
function manifestImages(
  rows: readonly ManifestRow[],
  root: DataRoot,
  resolver: LabelResolver,
  requireFiles: boolean,
  multiLabelsOf: (row: ManifestRow) => readonly number[] | null
): EvalImage[] {
  const lineOfFile = new Map<string, number>()
  return rows.map((row) => {
    const file = root.locate(row.path, row.where, requireFiles)
    const earlier = lineOfFile.get(file)
    if (earlier !== undefined) {
      throw new InputError(
        `${row.where}: duplicate image ${JSON.stringify(row.path)} (first on line ${earlier})`
      )
    }
    lineOfFile.set(file, row.line)
    return {
      id: row.path,
      file,
      label: resolver.resolve(row.label, row.where),
      multiLabels: multiLabelsOf(row)
    }
  })
}

/** Applies `--multi-labels` and `--hierarchy` (each replacing what a preset built in) and assembles the set. */
function finish(
  images: EvalImage[],
  classes: ClassList,
  root: string,
  source: string,
  options: EvalSetOptions,
  builtInHierarchy: Hierarchy | null,
  scope: InputScope
): EvalSet {
  if (options.multiLabels !== null) {
    const sets = readMultiLabels(
      options.multiLabels,
      images.map(({ id }) => id),
      new LabelResolver(classes),
      scope
    )
    images = images.map((image, i) => ({ ...image, multiLabels: sets[i] }))
  }
  checkClassLimits(classes.names, classes.source)
  const hierarchy =
    options.hierarchy === null ? builtInHierarchy : readHierarchy(options.hierarchy, classes, scope)
  return {
    root,
    classNames: classes.names,
    ...(classes.ids === null ? {} : { classIds: classes.ids }),
    images,
    hasMultiLabels: images.some(({ multiLabels }) => multiLabels !== null),
    hierarchy,
    source
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch (error) {
    throw new InputError(`--data ${path}: ${fileProblem(error)}`)
  }
}

function formatOf(path: string): 'csv' | 'jsonl' {
  const format = manifestFormat(path)
  if (format === null) {
    throw new InputError(
      `--data ${path}: expected an ImageFolder directory, a .csv or a .jsonl manifest, or .parquet files`
    )
  }
  return format
}

/** A manifest's folder is its data root. */
function manifestRoot(manifest: string, allowOutsideRoot: boolean): DataRoot {
  const dir = dirname(manifest)
  return new DataRoot(dir, `${dir} (the folder of ${basename(manifest)})`, allowOutsideRoot)
}

/** The data root `--data` names: the folder itself, or a manifest's folder. */
export function dataRootOf(data: string): string {
  try {
    if (statSync(data).isDirectory()) return data
  } catch {
    // A missing --data is reported by the data stage, naming it.
  }
  return dirname(data)
}

/** Where side files may lie: the workspace and the data root. */
function sideFileScope(data: string, options: EvalSetOptions): InputScope {
  return {
    roots: [options.workspace, dataRootOf(data)],
    allowOutsideRoot: options.allowOutsideRoot
  }
}

/**
 * `--data` defines the data root, so it may name any folder; but a path written inside the workspace that a
 * symbolic link carries outside it is a pull request reaching out of the checkout, refused like an image's.
 */
function checkDataPath(data: string, options: EvalSetOptions): void {
  if (options.allowOutsideRoot) return
  const workspace = resolve(options.workspace)
  const absolute = resolve(data)
  if (!isBelow(workspace, absolute)) return
  let real: string
  let realWorkspace: string
  try {
    real = realpathSync.native(absolute)
    realWorkspace = realpathSync.native(workspace)
  } catch {
    return // isDirectory names a missing path next
  }
  if (!isBelow(realWorkspace, real) && !isBelow(workspace, real)) {
    throw new InputError(
      `--data ${data}: resolves (through a symbolic link) outside the working directory (${ALLOW_OUTSIDE_HINT})`
    )
  }
}
