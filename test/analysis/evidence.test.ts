import { describe, expect, it } from 'vitest'
import { cooccurrence, HierarchyDistances } from '../../src/analysis/evidence.js'
import { indexByClass } from '../../src/analysis/scoring.js'
import type { Hierarchy } from '../../src/data/types.js'
import { classIndex, loadImageNetLabels } from './imagenet-labels.js'

describe('cooccurrence ρ(c, l)', () => {
  // Class 0 has four images: two list class 1 as valid too, one lists only itself, one is left out ([]).
  const labels = Int32Array.from([0, 0, 0, 0, 1, 1])
  const multiLabels = [[0, 1], [1], [0], [], [1, 0], null]
  const byClass = indexByClass(labels, 3)

  it('is the share of c’s images with a non-empty valid set whose set holds l', () => {
    expect(cooccurrence(multiLabels, byClass, 0, 1)).toBe(2 / 3)
    expect(cooccurrence(multiLabels, byClass, 0, 2)).toBe(0)
    // Class 1: one image with a set (holding 0), one unknown (null).
    expect(cooccurrence(multiLabels, byClass, 1, 0)).toBe(1)
  })

  it('is null when no image of c has a valid set', () => {
    expect(cooccurrence(multiLabels, byClass, 2, 0)).toBeNull()
    expect(cooccurrence([null, null, null, null, null, null], byClass, 0, 1)).toBeNull()
  })
})

describe('HierarchyDistances', () => {
  //            entity
  //          /        \
  //      animal      device
  //      /    \          \
  //    cat    dog ─┐    computer
  //   /   \        │    /      \
  // tabby tiger   wolfdog   laptop  notebook        (wolfdog has two parents: dog and wolf)
  //               │
  //             wolf ─ animal
  const hierarchy: Hierarchy = {
    classNodes: ['tabby', 'tiger', 'laptop', 'notebook', 'wolfdog', 'cat', 'island'],
    parents: new Map([
      ['tabby', ['cat']],
      ['tiger', ['cat']],
      ['cat', ['animal']],
      ['dog', ['animal']],
      ['wolf', ['animal']],
      ['wolfdog', ['dog', 'wolf']],
      ['animal', ['entity']],
      ['laptop', ['computer']],
      ['notebook', ['computer']],
      ['computer', ['device']],
      ['device', ['entity']]
    ]),
    names: new Map()
  }
  const distances = new HierarchyDistances(hierarchy)

  it('counts edges through the lowest common ancestor', () => {
    expect(distances.between(0, 1)).toBe(2) // siblings
    expect(distances.between(2, 3)).toBe(2)
    expect(distances.between(0, 2)).toBe(6) // tabby → cat → animal → entity ← device ← computer ← laptop
    expect(distances.between(0, 4)).toBe(4) // through animal, by either parent of wolfdog
    expect(distances.between(0, 5)).toBe(1) // a class and its ancestor
    expect(distances.between(3, 3)).toBe(0)
  })

  it('is symmetric', () => {
    for (let a = 0; a < 6; a++)
      for (let b = 0; b < 6; b++) expect(distances.between(a, b)).toBe(distances.between(b, a))
  })

  it('is null for classes that share no ancestor, and knows which classes it places', () => {
    expect(distances.between(0, 6)).toBeNull()
    expect(distances.knows(0)).toBe(true)
    expect(distances.knows(5)).toBe(true) // an inner node: it is a parent
    expect(distances.knows(6)).toBe(false)
  })

  it('measures the WordNet pairs of the ImageNet preset', () => {
    const imagenet = loadImageNetLabels()
    const wordnet = new HierarchyDistances(imagenet.hierarchy)
    const d = (a: string, b: string) =>
      wordnet.between(classIndex(imagenet, a), classIndex(imagenet, b))
    expect(d('laptop', 'notebook')).toBe(2)
    expect(d('tiger cat', 'tabby')).toBe(2)
    expect(d('academic gown', 'mortarboard')).toBe(6)
    expect(d('sunglass', 'sunglasses')).toBe(8)
    expect(d('golden retriever', 'Labrador retriever')).toBe(2)
    expect(d('volcano', 'toaster')).toBe(13)
  })
})
