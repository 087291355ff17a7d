/**
 * Reads the real ImageNet label files the `imagenet` preset ships (data/imagenet/): original labels, ReaL
 * multi-labels, class names and the WordNet hierarchy — straight from the files, so these tests check the
 * analysis against the real evidence without depending on the data stage.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Hierarchy } from '../../src/data/types.js'

export const IMAGENET_DIR = fileURLToPath(new URL('../../data/imagenet/', import.meta.url))

export interface ImageNetLabels {
  /** First name of each class (`tench`), by index. */
  readonly classNames: readonly string[]
  /** Original label of each of the 50,000 validation images, in file-name order. */
  readonly labels: Int32Array
  /** ReaL valid-label sets, aligned with `labels` ([] = left out of multi-label scoring). */
  readonly multiLabels: readonly (readonly number[])[]
  readonly hierarchy: Hierarchy
}

function lines(file: string): string[] {
  return readFileSync(IMAGENET_DIR + file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
}

let cached: ImageNetLabels | null = null

export function loadImageNetLabels(): ImageNetLabels {
  if (cached) return cached
  const synsets = lines('synset_words.txt').map((line) => {
    const space = line.indexOf(' ')
    return {
      wnid: line.slice(0, space),
      name: line
        .slice(space + 1)
        .split(',')[0]
        .trim()
    }
  })
  const labels = Int32Array.from(lines('val_labels.txt'), (line) => Number(line.split(' ')[1]))
  const multiLabels = JSON.parse(readFileSync(IMAGENET_DIR + 'real.json', 'utf8')) as number[][]
  const parents = new Map<string, string[]>()
  for (const line of lines('wordnet_is_a.txt')) {
    const [parent, child] = line.split(' ')
    const list = parents.get(child) ?? []
    list.push(parent)
    parents.set(child, list)
  }
  const names = new Map<string, string>()
  for (const line of lines('wordnet_names.txt')) {
    const [wnid, name] = line.split('\t')
    names.set(wnid, name)
  }
  cached = {
    classNames: synsets.map((synset) => synset.name),
    labels,
    multiLabels,
    hierarchy: { classNodes: synsets.map((synset) => synset.wnid), parents, names }
  }
  return cached
}

/** Index of the class whose first name is `name` (throws on the two shared names: use the index there). */
export function classIndex(labels: ImageNetLabels, name: string): number {
  const first = labels.classNames.indexOf(name)
  if (first < 0 || labels.classNames.indexOf(name, first + 1) >= 0)
    throw new Error(`no unique class "${name}"`)
  return first
}
