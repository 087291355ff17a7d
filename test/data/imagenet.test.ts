import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  imagenetDataDir,
  imagenetValName,
  imagenetValNumber,
  loadImagenetPreset,
  readImagenetPreset
} from '../../src/data/imagenet.js'
import { loadEvalSet } from '../../src/data/load.js'
import { ancestors, expectInputError, options, tempDir, writeTree } from './helpers.js'

const preset = (overrides: Parameters<typeof options>[0]) =>
  options({ preset: 'imagenet', requireFiles: false, ...overrides })

describe('the imagenet preset files', () => {
  it('are found in the repository’s data/imagenet from the sources', () => {
    expect(imagenetDataDir()).toBe(resolve(import.meta.dirname, '../../data/imagenet'))
  })

  it('are found beside the bundle (dist/data/imagenet) before the checkout’s copy', async () => {
    const checkout = tempDir()
    await writeTree(checkout, { 'data/imagenet/synset_words.txt': 'x', 'dist/cli.js': '' })
    expect(imagenetDataDir(join(checkout, 'dist'))).toBe(join(checkout, 'data/imagenet'))
    await writeTree(checkout, { 'dist/data/imagenet/synset_words.txt': 'x' })
    expect(imagenetDataDir(join(checkout, 'dist'))).toBe(join(checkout, 'dist/data/imagenet'))
    expect(() => imagenetDataDir(join(tempDir(), 'dist'))).toThrow(
      /the imagenet preset's files are missing/
    )
  })

  it('fail loudly when a copy is damaged, instead of mislabelling images', () => {
    const copy = tempDir()
    cpSync(imagenetDataDir(), copy, { recursive: true })
    expect(readImagenetPreset(copy).valLabels[0]).toBe(65)
    const labels = readFileSync(join(copy, 'val_labels.txt'), 'utf8')
    writeFileSync(join(copy, 'val_labels.txt'), labels.slice(0, labels.length / 2))
    expect(() => readImagenetPreset(copy)).toThrow(
      /the imagenet preset's .*val_labels\.txt is damaged; reinstall classdiff$/
    )
    writeFileSync(join(copy, 'val_labels.txt'), labels.replace(' 970\n', ' 1000\n'))
    expect(() => readImagenetPreset(copy)).toThrow(/val_labels\.txt is damaged/)
    writeFileSync(join(copy, 'val_labels.txt'), labels)
    writeFileSync(join(copy, 'real.json'), '[[1], [2]]')
    expect(() => readImagenetPreset(copy)).toThrow(/real\.json is damaged/)
  })

  it('give 1,000 classes named by their first synonym, with WordNet ids, in the standard order', () => {
    const { classes } = loadImagenetPreset()
    expect(classes.names).toHaveLength(1000)
    expect(classes.names.slice(0, 3)).toEqual(['tench', 'goldfish', 'great white shark'])
    expect(classes.ids?.slice(0, 2)).toEqual(['n01440764', 'n01443537'])
    expect(classes.ids?.[999]).toBe('n15075141')
    expect([classes.names[134], classes.names[517]]).toEqual(['crane', 'crane'])
  })

  it('align original labels with ReaL sets: the label is in the set for 90.0% of the non-empty sets', () => {
    const { valLabels, real } = loadImagenetPreset()
    const nonEmpty = real.filter((set) => set.length > 0)
    expect(nonEmpty).toHaveLength(46_837)
    const agree = real.filter((set, i) => set.includes(valLabels[i])).length
    expect((agree / nonEmpty.length).toFixed(3)).toBe('0.900')
    expect(real[1]).toEqual([795, 970])
  })

  it('carry the WordNet hierarchy with the classes as nodes', () => {
    const { hierarchy } = loadImagenetPreset()
    expect(hierarchy.classNodes[0]).toBe('n01440764')
    expect(hierarchy.parents.size).toBe(1860)
    expect(ancestors(hierarchy, 'n01440764').has('n02512053')).toBe(true)
    expect(hierarchy.names.get('n02512053')).toBe('fish')
    // Chihuahua and Shih-Tzu meet at "toy dog".
    const both = [...ancestors(hierarchy, 'n02085620')].filter((id) =>
      ancestors(hierarchy, 'n02086240').has(id)
    )
    expect(both).toContain('n02085374')
  })

  it('know validation file names, by number', () => {
    expect(imagenetValName(42)).toBe('ILSVRC2012_val_00000042.JPEG')
    expect(imagenetValNumber('ILSVRC2012_val_00000042.JPEG')).toBe(42)
    expect(imagenetValNumber('val/ILSVRC2012_val_00050000.png')).toBe(50_000)
    expect(imagenetValNumber('ILSVRC2012_val_00000042')).toBe(42)
    expect(imagenetValNumber('ILSVRC2012_val_00050001.JPEG')).toBeNull()
    expect(imagenetValNumber('ILSVRC2012_val_00000000.JPEG')).toBeNull()
    expect(imagenetValNumber('ILSVRC2012_val_42.JPEG')).toBeNull()
  })
})

describe('--preset imagenet with predictions alone (ids)', () => {
  it('labels the ids by file name, keeping each id as given, ordered by validation number', async () => {
    const set = await loadEvalSet(
      preset({
        ids: [
          'ILSVRC2012_val_00000293.JPEG',
          'val/ILSVRC2012_val_00000002.JPEG',
          'ILSVRC2012_val_00000001'
        ]
      })
    )
    expect(set.images).toEqual([
      { id: 'ILSVRC2012_val_00000001', file: '', label: 65, multiLabels: [] },
      { id: 'val/ILSVRC2012_val_00000002.JPEG', file: '', label: 970, multiLabels: [795, 970] },
      { id: 'ILSVRC2012_val_00000293.JPEG', file: '', label: 0, multiLabels: [0] }
    ])
    expect(set).toMatchObject({ root: '', source: 'preset:imagenet', hasMultiLabels: true })
    expect(set.classIds?.[0]).toBe('n01440764')
    expect(set.hierarchy?.classNodes[0]).toBe('n01440764')
  })

  it('refuses an id that is not a validation file name, and two ids for one image', async () => {
    await expectInputError(
      () => loadEvalSet(preset({ ids: ['ILSVRC2012_val_00000001.JPEG', 'cat.jpg'] })),
      /^image id "cat\.jpg" is not an ImageNet validation file name \(ILSVRC2012_val_00000001\.JPEG … ILSVRC2012_val_00050000\.JPEG\)$/
    )
    await expectInputError(
      () => loadEvalSet(preset({ ids: ['ILSVRC2012_val_00050001.JPEG'] })),
      /^image id "ILSVRC2012_val_00050001\.JPEG" is not an ImageNet validation file name/
    )
    await expectInputError(
      () =>
        loadEvalSet(
          preset({ ids: ['ILSVRC2012_val_00000002.JPEG', 'a/ILSVRC2012_val_00000002.JPEG'] })
        ),
      /^image ids "ILSVRC2012_val_00000002\.JPEG" and "a\/ILSVRC2012_val_00000002\.JPEG" name the same validation image$/
    )
  })

  it('loads all 50,000 ids well under a second', async () => {
    await loadEvalSet(preset({ ids: [imagenetValName(1)] })) // parse the preset files once
    const ids = Array.from({ length: 50_000 }, (_, i) => imagenetValName(50_000 - i))
    const started = performance.now()
    const set = await loadEvalSet(preset({ ids }))
    const elapsed = performance.now() - started
    expect(set.images).toHaveLength(50_000)
    expect(set.images[0].id).toBe('ILSVRC2012_val_00000001.JPEG')
    expect(elapsed).toBeLessThan(1000)
  })

  it('is the whole validation set when neither data nor ids are given', async () => {
    const set = await loadEvalSet(preset({}))
    expect(set.images).toHaveLength(50_000)
    expect(set.images[49_999]).toEqual({
      id: 'ILSVRC2012_val_00050000.JPEG',
      file: '',
      label: 355,
      multiLabels: [355]
    })
  })

  it('needs images to run models, and refuses --classes', async () => {
    await expectInputError(
      () => loadEvalSet(preset({ requireFiles: true })),
      /^--preset imagenet without --data has no images to run models on/
    )
    await expectInputError(
      () => loadEvalSet(preset({ classes: 'classes.txt' })),
      /^--classes cannot be combined with --preset imagenet/
    )
  })
})

describe('--preset imagenet with a folder of validation images', () => {
  it('reads a flat folder (any subset), ids = file names, ignoring other files', async () => {
    const root = tempDir()
    await writeTree(root, {
      'ILSVRC2012_val_00000293.JPEG': null,
      'ILSVRC2012_val_00000001.JPEG': null,
      'ILSVRC2012_val_00000002.JPEG': null,
      'LOC_val_solution.csv': 'ImageId,PredictionString\n',
      '.DS_Store': ''
    })
    const set = await loadEvalSet(preset({ data: root, requireFiles: true }))
    expect(set.images.map(({ id, file, label }) => [id, file, label])).toEqual([
      ['ILSVRC2012_val_00000001.JPEG', join(root, 'ILSVRC2012_val_00000001.JPEG'), 65],
      ['ILSVRC2012_val_00000002.JPEG', join(root, 'ILSVRC2012_val_00000002.JPEG'), 970],
      ['ILSVRC2012_val_00000293.JPEG', join(root, 'ILSVRC2012_val_00000293.JPEG'), 0]
    ])
    expect(set.images[1].multiLabels).toEqual([795, 970])
    expect(set).toMatchObject({ root, source: root })
  })

  it('reads class folders named by WordNet id or index (ImageNet-V2), the folder deciding the label', async () => {
    const root = tempDir()
    await writeTree(root, {
      'n01440764/ILSVRC2012_val_00000293.JPEG': null,
      '970/ILSVRC2012_val_00000002.JPEG': null,
      '1/0af3b2.jpeg': null,
      'ILSVRC2012_val_00000001.JPEG': null
    })
    const set = await loadEvalSet(preset({ data: root, requireFiles: true }))
    expect(set.images.map(({ id, label, multiLabels }) => [id, label, multiLabels])).toEqual([
      ['ILSVRC2012_val_00000001.JPEG', 65, []],
      ['ILSVRC2012_val_00000002.JPEG', 970, [795, 970]],
      ['ILSVRC2012_val_00000293.JPEG', 0, [0]],
      ['1/0af3b2.jpeg', 1, null]
    ])
    expect(set.images[1].file).toBe(join(root, '970/ILSVRC2012_val_00000002.JPEG'))
  })

  it('refuses unknown image names, folders that are not classes, the same image twice and an empty folder', async () => {
    const loose = tempDir()
    await writeTree(loose, { 'ILSVRC2012_val_00000001.JPEG': null, 'holiday.jpg': null })
    await expectInputError(
      () => loadEvalSet(preset({ data: loose })),
      /^image .*holiday\.jpg is not an ImageNet validation file name/
    )
    const train = tempDir()
    await writeTree(train, { 'train/n01440764_1.JPEG': null })
    await expectInputError(
      () => loadEvalSet(preset({ data: train })),
      /^folder .*train is not an ImageNet class \(expected a WordNet id such as n01440764, or a class index 0–999\)$/
    )
    const twice = tempDir()
    await writeTree(twice, {
      'ILSVRC2012_val_00000293.JPEG': null,
      'n01440764/ILSVRC2012_val_00000293.JPEG': null
    })
    await expectInputError(
      () => loadEvalSet(preset({ data: twice })),
      /^image .*n01440764\/ILSVRC2012_val_00000293\.JPEG: validation image 293 is already at .*ILSVRC2012_val_00000293\.JPEG \(duplicate id\)$/
    )
    const empty = tempDir()
    await writeTree(empty, { 'notes.txt': 'nothing to see' })
    await expectInputError(
      () => loadEvalSet(preset({ data: empty })),
      /^--data .*: no images \(expected ILSVRC2012_val_\*\.JPEG files/
    )
  })
})

describe('--preset imagenet with a manifest, and overrides', () => {
  it('labels rows by WordNet id, name or index, with ReaL sets for validation images', async () => {
    const root = tempDir()
    await writeTree(root, {
      'val/ILSVRC2012_val_00000293.JPEG': null,
      'v2/x.jpg': null,
      'set.csv': 'file,label\nval/ILSVRC2012_val_00000293.JPEG,n01440764\nv2/x.jpg,goldfish\n'
    })
    const set = await loadEvalSet(preset({ data: join(root, 'set.csv'), requireFiles: true }))
    expect(set.images.map(({ id, label, multiLabels }) => [id, label, multiLabels])).toEqual([
      ['val/ILSVRC2012_val_00000293.JPEG', 0, [0]],
      ['v2/x.jpg', 1, null]
    ])
    await writeTree(root, { 'crane.csv': 'file,label\nv2/x.jpg,crane\n' })
    await expectInputError(
      () => loadEvalSet(preset({ data: join(root, 'crane.csv') })),
      /crane\.csv:2: class name "crane" is ambiguous \(classes 134 and 517 in the imagenet preset\); use the index$/
    )
  })

  it('lets --multi-labels and --hierarchy replace the built-in ReaL labels and WordNet', async () => {
    const dir = tempDir()
    await writeTree(dir, {
      'mine.jsonl': '{"id": "ILSVRC2012_val_00000001.JPEG", "labels": ["tench"]}\n',
      'groups.csv': 'tench,fish\ngoldfish,fish\n'
    })
    const set = await loadEvalSet(
      preset({
        ids: ['ILSVRC2012_val_00000001.JPEG', 'ILSVRC2012_val_00000002.JPEG'],
        multiLabels: join(dir, 'mine.jsonl'),
        hierarchy: join(dir, 'groups.csv')
      })
    )
    expect(set.images.map(({ multiLabels }) => multiLabels)).toEqual([[0], null])
    // The CSV names classes, so they map by name; classes it leaves out stand alone under their WordNet id.
    expect(set.hierarchy?.classNodes.slice(0, 3)).toEqual(['tench', 'goldfish', 'n01484850'])
    expect(set.hierarchy?.parents.get('tench')).toEqual(['fish'])
    expect(set.hierarchy?.parents.get('n01484850')).toEqual([])
  })
})
