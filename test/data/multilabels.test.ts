import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadEvalSet } from '../../src/data/load.js'
import { expectInputError, options, tempDir, writeTree } from './helpers.js'

/** A manifest of three images (classes cat, dog, fox) plus the given files. */
async function setWith(files: Record<string, string>): Promise<string> {
  const root = tempDir()
  await writeTree(root, {
    'a.jpg': null,
    'b.jpg': null,
    'sub/c.jpg': null,
    'classes.txt': 'cat\ndog\nfox\n',
    'set.csv': 'file,label\na.jpg,cat\nb.jpg,dog\nsub/c.jpg,fox\n',
    ...files
  })
  return root
}

const load = (root: string, multiLabels: string) =>
  loadEvalSet(
    options({
      data: join(root, 'set.csv'),
      classes: join(root, 'classes.txt'),
      multiLabels: join(root, multiLabels)
    })
  )

describe('multi-labels as JSON Lines keyed by image', () => {
  it('matches "file" or "id" to the set, takes names or indices, sorts and de-duplicates each set', async () => {
    const root = await setWith({
      'real.jsonl': [
        '{"file": "sub/c.jpg", "labels": ["fox", 0, "fox"]}',
        '',
        '{"id": "./a.jpg", "labels": []}'
      ].join('\n')
    })
    const set = await load(root, 'real.jsonl')
    // b.jpg has no entry: unknown (null), unlike a.jpg's empty list, which leaves it out of multi-label scoring.
    expect(set.images.map(({ id, multiLabels }) => [id, multiLabels])).toEqual([
      ['a.jpg', []],
      ['b.jpg', null],
      ['sub/c.jpg', [0, 2]]
    ])
    expect(set.hasMultiLabels).toBe(true)
  })

  it('refuses an entry for an image not in the set, a second entry, and bad lines, naming the line', async () => {
    const root = await setWith({
      'stranger.jsonl': '{"file": "a.jpg", "labels": [0]}\n{"file": "z.jpg", "labels": [1]}\n',
      'twice.jsonl':
        '{"file": "a.jpg", "labels": [0]}\n{"id": "b.jpg", "labels": [1]}\n{"file": "a.jpg", "labels": [1]}\n',
      'broken.jsonl': '{"file": "a.jpg", "labels": [0]\n',
      'nolabels.jsonl': '{"file": "a.jpg"}\n',
      'nokey.jsonl': '{"labels": [0]}\n',
      'range.jsonl': '{"file": "b.jpg", "labels": [1, 3]}\n'
    })
    await expectInputError(
      () => load(root, 'stranger.jsonl'),
      /stranger\.jsonl:2: image "z\.jpg" is not in the evaluation set$/
    )
    await expectInputError(
      () => load(root, 'twice.jsonl'),
      /twice\.jsonl:3: second entry for image "a\.jpg" \(first on line 1\)$/
    )
    await expectInputError(() => load(root, 'broken.jsonl'), /broken\.jsonl:1: not valid JSON/)
    await expectInputError(
      () => load(root, 'nolabels.jsonl'),
      /nolabels\.jsonl:1: "labels" must be a list/
    )
    await expectInputError(
      () => load(root, 'nokey.jsonl'),
      /nokey\.jsonl:1: "file" \(or "id"\) must be a string/
    )
    await expectInputError(
      () => load(root, 'range.jsonl'),
      /range\.jsonl:1: label 3 is out of range: the classes file .* has 3 classes \(0–2\)$/
    )
  })
})

describe('multi-labels as a JSON list aligned with the set (ReaL format)', () => {
  it('gives entry i to image i, in manifest order', async () => {
    const root = await setWith({ 'real.json': '[[0, 1], [], [2, "cat"]]' })
    const set = await load(root, 'real.json')
    expect(set.images.map(({ multiLabels }) => multiLabels)).toEqual([[0, 1], [], [0, 2]])
  })

  it('aligns with torchvision order for an ImageFolder', async () => {
    const root = tempDir()
    await writeTree(root, { 'dog/2.jpg': null, 'cat/1.jpg': null, 'dog/1.jpg': null })
    const elsewhere = tempDir()
    await writeTree(elsewhere, { 'real.json': '[[0], [1], [0, 1]]' })
    const set = await loadEvalSet(
      options({ data: root, multiLabels: join(elsewhere, 'real.json') })
    )
    expect(set.images.map(({ id, multiLabels }) => [id, multiLabels])).toEqual([
      ['cat/1.jpg', [0]],
      ['dog/1.jpg', [1]],
      ['dog/2.jpg', [0, 1]]
    ])
  })

  it('refuses a list whose length differs from the set, and bad entries by number', async () => {
    const root = await setWith({
      'short.json': '[[0], [1]]',
      'entry.json': '[[0], 1, [2]]',
      'range.json': '[[0], [1], [7]]',
      'object.json': '{"a.jpg": [0]}',
      'broken.json': '[\n  [0],\n  [1],,\n  [2]\n]'
    })
    await expectInputError(
      () => load(root, 'short.json'),
      /short\.json: 2 entries, but the evaluation set has 3 images \(a ReaL-style list must hold one entry per image, in order\)$/
    )
    await expectInputError(
      () => load(root, 'entry.json'),
      /entry\.json: entry 2 \(image "b\.jpg"\): "labels" must be a list/
    )
    await expectInputError(
      () => load(root, 'range.json'),
      /range\.json: entry 3 \(image "sub\/c\.jpg"\): label 7 is out of range/
    )
    // Not a list: read as JSON Lines, whose one record names no image.
    await expectInputError(
      () => load(root, 'object.json'),
      /object\.json:1: "file" \(or "id"\) must be a string/
    )
    await expectInputError(
      () => load(root, 'broken.json'),
      /broken\.json:3:7: not valid JSON \(Unexpected token/
    )
  })

  it('names a missing file', async () => {
    const root = await setWith({})
    await expectInputError(
      () => load(root, 'nope.json'),
      /^--multi-labels .*nope\.json: not found$/
    )
  })
})
