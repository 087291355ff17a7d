/**
 * Multi-label ("ReaL") annotations, in one of two forms told apart by their first character:
 *
 * - a JSON list aligned with the evaluation set's images (the ReaL `real.json` form): entry i holds the valid
 *   labels of image i, in the set's order (manifest row order; torchvision order for ImageFolder). Its length
 *   must equal the number of images; a `null` entry means unknown;
 * - JSON Lines `{"file": "...", "labels": [...]}` (or `"id"` instead of `"file"`), keyed by image id. An
 *   entry for an image that is not in the set is an error (a typo would otherwise silently drop the image
 *   from multi-label scoring); so is a second entry for the same image. Images without an entry get no
 *   multi-label set (unknown).
 *
 * Labels are indices, names or WordNet ids, as anywhere else. An empty list leaves the image out of
 * multi-label scoring. Each set is returned sorted, without repeats.
 */
import { posix } from 'node:path'
import { InputError } from '../errors.js'
import type { LabelResolver } from './classes.js'
import { parseJsonDocument, parseJsonLine } from './json.js'
import { ANY_PLACE, type InputScope } from './input-file.js'
import { quote, readTextFile, splitLines } from './text.js'

/** Valid-label sets aligned with `imageIds`; null where the file says nothing about an image. */
export function readMultiLabels(
  path: string,
  imageIds: readonly string[],
  resolver: LabelResolver,
  scope: InputScope = ANY_PLACE
): (readonly number[] | null)[] {
  const text = readTextFile(path, '--multi-labels', 'multiLabels', scope)
  return text.trimStart().startsWith('[')
    ? readAlignedList(text, path, imageIds, resolver)
    : readKeyedLines(text, path, imageIds, resolver)
}

function readAlignedList(
  text: string,
  path: string,
  imageIds: readonly string[],
  resolver: LabelResolver
): (readonly number[] | null)[] {
  const list = parseJsonDocument(text, path)
  if (!Array.isArray(list)) throw new InputError(`--multi-labels ${path}: expected a JSON list`)
  if (list.length !== imageIds.length) {
    throw new InputError(
      `--multi-labels ${path}: ${list.length} entries, but the evaluation set has ${imageIds.length} images (a ReaL-style list must hold one entry per image, in order)`
    )
  }
  return list.map((entry, i) =>
    labelSet(entry, `${path}: entry ${i + 1} (image ${quote(imageIds[i])})`, resolver)
  )
}

function readKeyedLines(
  text: string,
  path: string,
  imageIds: readonly string[],
  resolver: LabelResolver
): (readonly number[] | null)[] {
  const indexById = new Map<string, number>()
  imageIds.forEach((id, i) => indexById.set(normaliseId(id), i))
  const sets: (readonly number[] | null)[] = imageIds.map(() => null)
  const lineOfImage = new Map<number, number>()
  splitLines(text).forEach((content, i) => {
    if (content.trim() === '') return
    const where = `${path}:${i + 1}`
    const record = parseJsonLine(content, where)
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new InputError(`${where}: expected an object {"file": ..., "labels": [...]}`)
    }
    const { file, id, labels } = record as { file?: unknown; id?: unknown; labels?: unknown }
    const key = file ?? id
    if (typeof key !== 'string') {
      throw new InputError(`${where}: "file" (or "id") must be a string naming an image of the set`)
    }
    const image = indexById.get(normaliseId(key))
    if (image === undefined) {
      throw new InputError(`${where}: image ${quote(key)} is not in the evaluation set`)
    }
    const earlier = lineOfImage.get(image)
    if (earlier !== undefined) {
      throw new InputError(
        `${where}: second entry for image ${quote(key)} (first on line ${earlier})`
      )
    }
    lineOfImage.set(image, i + 1)
    sets[image] = labelSet(labels, where, resolver)
  })
  return sets
}

function labelSet(
  entry: unknown,
  where: string,
  resolver: LabelResolver
): readonly number[] | null {
  if (entry === null) return null
  if (!Array.isArray(entry))
    throw new InputError(`${where}: "labels" must be a list of class indices or names`)
  const set = new Set<number>()
  for (const label of entry) set.add(resolver.resolve(label, where))
  return [...set].sort((a, b) => a - b)
}

/** `./a//b.jpg` and `a/b.jpg` name the same image. */
export function normaliseId(id: string): string {
  const normal = posix.normalize(id)
  return normal.startsWith('./') ? normal.slice(2) : normal
}
