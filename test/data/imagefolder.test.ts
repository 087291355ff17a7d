import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadEvalSet } from '../../src/data/load.js'
import { expectInputError, options, tempDir, writeImage, writeTree } from './helpers.js'

describe('ImageFolder layout (root/<class>/<image>)', () => {
  it('orders classes and images as torchvision does, with ids "class/file"', async () => {
    const root = tempDir()
    await writeTree(root, {
      // Code point order: uppercase before lowercase, "é" after "z".
      'zebra/1.jpg': null,
      'Ant/b.png': null,
      'Ant/a.JPEG': null,
      'écureuil/x.webp': null,
      // os.walk's tuples sorted by folder path: "sub" < "sub-x" < "sub/deep" ('-' < '/').
      'zebra/sub/2.jpg': null,
      'zebra/sub/deep/4.jpg': null,
      'zebra/sub-x/3.jpg': null,
      'zebra/0.png': null,
      'zebra/notes.txt': 'not an image',
      'zebra/.hidden.jpg': null,
      '.ipynb_checkpoints/c.jpg': null,
      'README.md': 'loose files at the top are not classes'
    })
    const set = await loadEvalSet(options({ data: root }))

    expect(set.classNames).toEqual(['Ant', 'zebra', 'écureuil'])
    expect(set.images.map(({ id, label }) => [id, label])).toEqual([
      ['Ant/a.JPEG', 0],
      ['Ant/b.png', 0],
      ['zebra/0.png', 1],
      ['zebra/1.jpg', 1],
      ['zebra/sub/2.jpg', 1],
      ['zebra/sub-x/3.jpg', 1],
      ['zebra/sub/deep/4.jpg', 1],
      ['écureuil/x.webp', 2]
    ])
    expect(set.images[0].file).toBe(join(root, 'Ant/a.JPEG'))
    expect(set.images.every(({ multiLabels }) => multiLabels === null)).toBe(true)
    expect(set).toMatchObject({ root, hasMultiLabels: false, hierarchy: null, source: root })
    expect(set.classIds).toBeUndefined()
  })

  it('gives the same set twice (deterministic)', async () => {
    const root = tempDir()
    await writeTree(root, { 'b/2.jpg': null, 'b/1.jpg': null, 'a/9.png': null })
    const first = await loadEvalSet(options({ data: root }))
    const second = await loadEvalSet(options({ data: root }))
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
  })

  it('takes the index order from --classes; a listed class without a folder just has no images', async () => {
    const root = tempDir()
    await writeTree(root, {
      'dog/1.jpg': null,
      'cat/1.jpg': null,
      'classes.txt': 'dog\nbird\ncat\n'
    })
    const set = await loadEvalSet(options({ data: root, classes: join(root, 'classes.txt') }))
    expect(set.classNames).toEqual(['dog', 'bird', 'cat'])
    expect(set.images.map(({ id, label }) => [id, label])).toEqual([
      ['dog/1.jpg', 0],
      ['cat/1.jpg', 2]
    ])
  })

  it('matches folders named by WordNet id to a "wnid name" classes file, keeping the ids', async () => {
    const root = tempDir()
    await writeTree(root, {
      'n01443537/1.jpg': null,
      'tench/1.jpg': null,
      'classes.txt': 'n01440764 tench, Tinca tinca\nn01443537 goldfish, Carassius auratus\n'
    })
    const set = await loadEvalSet(options({ data: root, classes: join(root, 'classes.txt') }))
    expect(set.classNames).toEqual(['tench', 'goldfish'])
    expect(set.classIds).toEqual(['n01440764', 'n01443537'])
    expect(set.images.map(({ id, label }) => [id, label])).toEqual([
      ['tench/1.jpg', 0],
      ['n01443537/1.jpg', 1]
    ])
  })

  it('refuses a folder that is not in --classes, naming it', async () => {
    const root = tempDir()
    await writeTree(root, { 'dog/1.jpg': null, 'cta/1.jpg': null })
    const classes = join(tempDir(), 'classes.txt')
    writeFileSync(classes, 'dog\ncat\n')
    await expectInputError(
      () => loadEvalSet(options({ data: root, classes })),
      /^class folder .*cta: unknown class "cta" \(not in the classes file .*classes\.txt\)$/
    )
  })

  it('refuses a class folder with no images, naming the folder', async () => {
    const root = tempDir()
    await writeTree(root, { 'dog/1.jpg': null, 'cat/readme.txt': 'only text here' })
    await expectInputError(
      () => loadEvalSet(options({ data: root })),
      /^class folder .*\/cat has no images \(\.jpg, \.jpeg, \.png, \.webp\)$/
    )
  })

  it('refuses a folder without class folders', async () => {
    const root = tempDir()
    await writeImage(join(root, 'loose.jpg'))
    await expectInputError(
      () => loadEvalSet(options({ data: root })),
      /^--data .*: no class folders/
    )
  })

  it('follows symbolic links inside the root', async () => {
    const root = tempDir()
    await writeTree(root, { 'store/cat/1.jpg': null, 'dog/1.jpg': null })
    symlinkSync(join(root, 'store/cat'), join(root, 'cat'))
    symlinkSync(join(root, 'dog/1.jpg'), join(root, 'dog/2.jpg'))
    const set = await loadEvalSet(options({ data: root }))
    expect(set.classNames).toEqual(['cat', 'dog', 'store'])
    expect(set.images.map(({ id }) => id)).toEqual([
      'cat/1.jpg',
      'dog/1.jpg',
      'dog/2.jpg',
      'store/cat/1.jpg'
    ])
  })

  it('refuses an image or class folder linked from outside the root, unless allowed', async () => {
    const outside = tempDir()
    await writeTree(outside, { 'secret.jpg': null, 'elsewhere/1.jpg': null })

    const fileLink = tempDir()
    await writeTree(fileLink, { 'cat/1.jpg': null })
    symlinkSync(join(outside, 'secret.jpg'), join(fileLink, 'cat/2.jpg'))
    await expectInputError(
      () => loadEvalSet(options({ data: fileLink })),
      /cat\/2\.jpg is a symbolic link that resolves outside the data root .* \(--allow-outside-root allows it\)$/
    )
    const allowed = await loadEvalSet(options({ data: fileLink, allowOutsideRoot: true }))
    expect(allowed.images.map(({ id }) => id)).toEqual(['cat/1.jpg', 'cat/2.jpg'])

    const folderLink = tempDir()
    symlinkSync(join(outside, 'elsewhere'), join(folderLink, 'dog'))
    await expectInputError(
      () => loadEvalSet(options({ data: folderLink })),
      /\/dog is a symbolic link that resolves outside the data root/
    )
  })

  it('refuses a broken link named like an image', async () => {
    const root = tempDir()
    await writeTree(root, { 'cat/1.jpg': null })
    symlinkSync(join(root, 'nowhere.jpg'), join(root, 'cat/2.jpg'))
    await expectInputError(
      () => loadEvalSet(options({ data: root })),
      /^image .*cat\/2\.jpg is a broken symbolic link$/
    )
  })

  it('does not walk a link back to an ancestor forever', async () => {
    const root = tempDir()
    await writeTree(root, { 'cat/1.jpg': null })
    symlinkSync(join(root, 'cat'), join(root, 'cat/again'))
    const set = await loadEvalSet(options({ data: root }))
    expect(set.images.map(({ id }) => id)).toEqual(['cat/1.jpg'])
  })

  it('names a missing --data path', async () => {
    await expectInputError(
      () => loadEvalSet(options({ data: join(tempDir(), 'nope') })),
      /^--data .*nope: not found$/
    )
    await expectInputError(() => loadEvalSet(options({ data: null })), /^--data is required/)
  })

  it('reads an empty folder as no classes, not as a crash', async () => {
    const root = tempDir()
    mkdirSync(join(root, '.git'))
    await expectInputError(() => loadEvalSet(options({ data: root })), /no class folders/)
  })
})
