/**
 * `--preset imagenet`: the ILSVRC-2012 validation set's classes (names and WordNet ids), original labels by
 * file name, ReaL multi-labels and the WordNet hierarchy, read from the bundled `data/imagenet/` folder
 * (provenance and licences in its README).
 *
 * Validation images are known by file name (`ILSVRC2012_val_00000001.JPEG`, the id in predictions files),
 * wherever they sit. Any extension, or none, is accepted after the number, and ids given as paths are
 * matched by their last segment. The set can come from:
 * - a folder of validation images, flat (any subset of the 50,000), or in class sub-folders named by
 *   WordNet id (`n01440764/`) or by class index (`0/` … `999/`, the ImageNet-V2 layout). In sub-folders the
 *   folder decides the label; files there that are not validation images (ImageNet-V2) keep their path
 *   relative to the root as id and have no ReaL labels. A loose image at the top that is not a validation
 *   file name is an error naming it;
 * - a CSV/JSONL manifest (labels by index, name or WordNet id; ReaL labels for rows whose file is a
 *   validation image);
 * - the ids of predictions files alone (no images), or, with neither, all 50,000 images.
 * Images are ordered by validation number, then (other files) by class and path.
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError } from '../errors.js'
import { compareCodePoints, firstName, LabelResolver, type ClassList } from './classes.js'
import { buildHierarchy, readEdgeLines, readNamesFile } from './hierarchy.js'
import { pathInRoot, isImageName, listEntries, listImagesBelow } from './imagefolder.js'
import type { DataRoot } from './paths.js'
import type { EvalImage, Hierarchy } from './types.js'
import { quote } from './text.js'

export const IMAGENET_VAL_IMAGES = 50_000
export const IMAGENET_CLASSES = 1_000

/** Everything the preset knows, parsed once per process. */
export interface ImagenetPreset {
  readonly classes: ClassList
  /** Original label of validation image n (1-based) at index n − 1. */
  readonly valLabels: Int32Array
  /** ReaL valid-label set of validation image n at index n − 1 (empty: left out of multi-label scoring). */
  readonly real: readonly (readonly number[])[]
  readonly hierarchy: Hierarchy
  readonly dataDir: string
}

/**
 * The folder holding the preset's files. Looked up relative to the module's folder: `./data/imagenet`
 * (the bundle: `dist/cli.js` and `dist/index.js` beside `dist/data/imagenet/`), then `../data/imagenet`
 * (a bundle in a repository checkout) and `../../data/imagenet` (these sources, `src/data/`).
 */
export function imagenetDataDir(moduleDir = dirname(fileURLToPath(import.meta.url))): string {
  const candidates = ['data/imagenet', '../data/imagenet', '../../data/imagenet'].map((rel) =>
    resolve(moduleDir, rel)
  )
  const found = candidates.find((dir) => {
    try {
      return statSync(join(dir, 'synset_words.txt')).isFile()
    } catch {
      return false
    }
  })
  if (found === undefined) {
    throw new Error(
      `the imagenet preset's files are missing (looked in ${candidates.join(', ')}); reinstall classdiff`
    )
  }
  return found
}

let cached: ImagenetPreset | null = null

/** The preset, parsed once per process (a fraction of a second). */
export function loadImagenetPreset(): ImagenetPreset {
  cached ??= readImagenetPreset(imagenetDataDir())
  return cached
}

/** Parses the preset's files in `dataDir`. */
export function readImagenetPreset(dataDir: string): ImagenetPreset {
  const read = (name: string): string => readFileSync(join(dataDir, name), 'utf8')

  const ids: string[] = []
  const names: string[] = []
  for (const line of read('synset_words.txt').split('\n')) {
    if (line === '') continue
    const space = line.indexOf(' ')
    ids.push(line.slice(0, space))
    names.push(firstName(line.slice(space + 1)))
  }
  const classes: ClassList = { names, ids, source: 'imagenet preset' }

  const valLabels = new Int32Array(IMAGENET_VAL_IMAGES)
  const lines = read('val_labels.txt').split('\n')
  for (let i = 0; i < IMAGENET_VAL_IMAGES; i++) {
    // `ILSVRC2012_val_00000001.JPEG 65`: the label starts after the fixed-width name.
    const line = lines[i] ?? ''
    const label = line.length > 29 ? Number(line.slice(29)) : NaN
    if (!(Number.isInteger(label) && label >= 0 && label < IMAGENET_CLASSES))
      damaged(dataDir, 'val_labels.txt')
    valLabels[i] = label
  }
  const real = JSON.parse(read('real.json')) as number[][]
  checkPreset(dataDir, classes, lines, real)
  // Sorted like every other multi-label set classdiff reads (most hold one label: skip those).
  for (const set of real) if (set.length > 1 && !isAscending(set)) set.sort((a, b) => a - b)

  const hierarchy = buildHierarchy(
    readEdgeLines(join(dataDir, 'wordnet_is_a.txt'), 'imagenet preset'),
    readNamesFile(join(dataDir, 'wordnet_names.txt')),
    classes,
    'imagenet preset'
  )
  return { classes, valLabels, real, hierarchy, dataDir }
}

function isAscending(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i - 1] > values[i]) return false
  return true
}

/** The files are ours, but a broken copy in `dist/` must fail loudly, not mislabel 50,000 images. */
function checkPreset(
  dataDir: string,
  classes: ClassList,
  lines: readonly string[],
  real: readonly unknown[]
): void {
  if (classes.names.length !== IMAGENET_CLASSES) damaged(dataDir, 'synset_words.txt')
  if (
    !lines[0].startsWith(imagenetValName(1)) ||
    !lines[IMAGENET_VAL_IMAGES - 1].startsWith(imagenetValName(IMAGENET_VAL_IMAGES))
  ) {
    damaged(dataDir, 'val_labels.txt')
  }
  if (real.length !== IMAGENET_VAL_IMAGES || !real.every(Array.isArray))
    damaged(dataDir, 'real.json')
}

function damaged(dataDir: string, file: string): never {
  throw new Error(`the imagenet preset's ${join(dataDir, file)} is damaged; reinstall classdiff`)
}

const VAL_NAME = /^ILSVRC2012_val_(\d{8})(?:\.[A-Za-z0-9]+)?$/

/** The 1-based validation number of `ILSVRC2012_val_00000042.JPEG` (also as a path's last segment), or null. */
export function imagenetValNumber(id: string): number | null {
  const match = VAL_NAME.exec(id.slice(id.lastIndexOf('/') + 1))
  if (match === null) return null
  const n = Number(match[1])
  return n >= 1 && n <= IMAGENET_VAL_IMAGES ? n : null
}

/** `ILSVRC2012_val_00000042.JPEG` for n = 42. */
export function imagenetValName(n: number): string {
  return `ILSVRC2012_val_${String(n).padStart(8, '0')}.JPEG`
}

/** A validation image with its preset labels. */
function valImage(
  preset: ImagenetPreset,
  n: number,
  id: string,
  file: string,
  label?: number
): EvalImage {
  return { id, file, label: label ?? preset.valLabels[n - 1], multiLabels: preset.real[n - 1] }
}

/** The images named by predictions-file ids; every id must be a validation file name. */
export function imagenetImagesFromIds(
  preset: ImagenetPreset,
  ids: readonly string[] | undefined
): EvalImage[] {
  if (ids === undefined) {
    return Array.from({ length: IMAGENET_VAL_IMAGES }, (_, i) =>
      valImage(preset, i + 1, imagenetValName(i + 1), '')
    )
  }
  // Indexed by validation number: finds repeats and yields the numeric order without sorting.
  const idOfNumber: (string | undefined)[] = new Array(IMAGENET_VAL_IMAGES + 1)
  for (const id of ids) {
    const n = imagenetValNumber(id)
    if (n === null) {
      throw new InputError(
        `image id ${quote(id)} is not an ImageNet validation file name (ILSVRC2012_val_00000001.JPEG … ILSVRC2012_val_00050000.JPEG)`
      )
    }
    const earlier = idOfNumber[n]
    if (earlier !== undefined) {
      throw new InputError(
        `image ids ${quote(earlier)} and ${quote(id)} name the same validation image`
      )
    }
    idOfNumber[n] = id
  }
  const images: EvalImage[] = []
  idOfNumber.forEach((id, n) => {
    if (id !== undefined) images.push(valImage(preset, n, id, ''))
  })
  return images
}

/** The images of a folder laid out for the preset (see the module comment). */
export function imagenetImagesFromFolder(preset: ImagenetPreset, root: DataRoot): EvalImage[] {
  const { dirs, files } = listEntries(root, '')
  const byNumber = new Map<number, EvalImage>()
  const relByNumber = new Map<number, string>()
  const others: { label: number; image: EvalImage }[] = []
  const addVal = (n: number, rel: string, label?: number): void => {
    const earlier = relByNumber.get(n)
    if (earlier !== undefined) {
      throw new InputError(
        `image ${pathInRoot(root, rel)}: validation image ${n} is already at ${pathInRoot(root, earlier)} (duplicate id)`
      )
    }
    relByNumber.set(n, rel)
    byNumber.set(
      n,
      valImage(preset, n, rel.slice(rel.lastIndexOf('/') + 1), join(root.dir, rel), label)
    )
  }
  for (const name of files) {
    if (!isImageName(name) && imagenetValNumber(name) === null) continue
    const n = imagenetValNumber(name)
    if (n === null) {
      throw new InputError(
        `image ${pathInRoot(root, name)} is not an ImageNet validation file name (ILSVRC2012_val_00000001.JPEG … ILSVRC2012_val_00050000.JPEG)`
      )
    }
    addVal(n, name)
  }
  const resolver = new LabelResolver(preset.classes)
  for (const dir of dirs) {
    const label = classOfFolder(preset, resolver, dir, pathInRoot(root, dir))
    for (const { rel, file } of listImagesBelow(root, dir)) {
      const n = imagenetValNumber(rel)
      if (n !== null) addVal(n, rel, label)
      else others.push({ label, image: { id: rel, file, label, multiLabels: null } })
    }
  }
  if (byNumber.size === 0 && others.length === 0) {
    throw new InputError(
      `--data ${root.display}: no images (expected ILSVRC2012_val_*.JPEG files, flat or in class folders named by WordNet id)`
    )
  }
  others.sort((a, b) => a.label - b.label || compareCodePoints(a.image.id, b.image.id))
  return [
    ...[...byNumber.entries()].sort(([a], [b]) => a - b).map(([, image]) => image),
    ...others.map((o) => o.image)
  ]
}

function classOfFolder(
  preset: ImagenetPreset,
  resolver: LabelResolver,
  dir: string,
  display: string
): number {
  const isWordnetId = /^n\d{8}$/.test(dir) && preset.classes.ids?.includes(dir)
  const isIndex = /^(0|[1-9]\d{0,2})$/.test(dir)
  if (!isWordnetId && !isIndex) {
    throw new InputError(
      `folder ${display} is not an ImageNet class (expected a WordNet id such as n01440764, or a class index 0–999)`
    )
  }
  return resolver.resolve(dir, `folder ${display}`)
}
