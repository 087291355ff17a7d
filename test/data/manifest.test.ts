import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadEvalSet } from '../../src/data/load.js'
import { expectInputError, options, tempDir, writeTree } from './helpers.js'

/** A data root holding images a.jpg, b.png, sub/c.webp and the given text files. */
async function rootWith(files: Record<string, string>): Promise<string> {
  const root = tempDir()
  await writeTree(root, { 'a.jpg': null, 'b.png': null, 'sub/c.webp': null, ...files })
  return root
}

describe('CSV manifests (file,label header)', () => {
  it('keeps file order, ids as written, paths relative to the manifest folder, labels by index or name', async () => {
    const root = await rootWith({
      'classes.txt': 'cat\ndog\n',
      // Columns in any order, extra columns ignored, BOM and CRLF tolerated, quoted fields.
      'set.csv':
        '\ufeffnote,label,file\r\nx,dog,sub/c.webp\r\n"y, with comma",0,a.jpg\r\n\r\nz,1,"b.png"\r\n'
    })
    const set = await loadEvalSet(
      options({ data: join(root, 'set.csv'), classes: join(root, 'classes.txt') })
    )
    expect(set.classNames).toEqual(['cat', 'dog'])
    expect(set.images).toEqual([
      { id: 'sub/c.webp', file: join(root, 'sub/c.webp'), label: 1, multiLabels: null },
      { id: 'a.jpg', file: join(root, 'a.jpg'), label: 0, multiLabels: null },
      { id: 'b.png', file: join(root, 'b.png'), label: 1, multiLabels: null }
    ])
    expect(set.root).toBe(root)
    expect(set.source).toBe(join(root, 'set.csv'))
  })

  it('infers classes 0…max from index labels, and sorted names from name labels', async () => {
    const byIndex = await rootWith({ 'set.csv': 'file,label\na.jpg,3\nb.png,0\n' })
    expect((await loadEvalSet(options({ data: join(byIndex, 'set.csv') }))).classNames).toEqual([
      '0',
      '1',
      '2',
      '3'
    ])

    const byName = await rootWith({
      'set.csv': 'file,label\na.jpg,zebra\nb.png,Ant\nsub/c.webp,zebra\n'
    })
    const set = await loadEvalSet(options({ data: join(byName, 'set.csv') }))
    expect(set.classNames).toEqual(['Ant', 'zebra'])
    expect(set.images.map(({ label }) => label)).toEqual([1, 0, 1])
  })

  it('names the line of a malformed row', async () => {
    const root = await rootWith({
      'ragged.csv': 'file,label\na.jpg,0\nb.png,1,extra\n',
      'quote.csv': 'file,label\na.jpg,0\n"b.png,1\n'
    })
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'ragged.csv') })),
      /ragged\.csv:3: malformed CSV \(Invalid Record Length: expect 2, got 3\)$/
    )
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'quote.csv') })),
      /quote\.csv:\d: malformed CSV \(Quote Not Closed/
    )
  })

  it('refuses a header without file and label columns, and a manifest without rows', async () => {
    const root = await rootWith({
      'noheader.csv': 'a.jpg,0\nb.png,1\n',
      'empty.csv': 'file,label\n\n',
      'blank.csv': ''
    })
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'noheader.csv') })),
      /noheader\.csv:1: the header must name the columns file and label \(found: a\.jpg,0\)$/
    )
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'empty.csv') })),
      /empty\.csv: the manifest has no rows$/
    )
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'blank.csv') })),
      /blank\.csv: the manifest has no rows$/
    )
  })
})

describe('JSON Lines manifests', () => {
  it('reads {"file", "label"} records in file order, skipping blank lines', async () => {
    const root = await rootWith({
      'classes.txt': 'cat\ndog\n',
      'set.jsonl':
        '{"file": "b.png", "label": "cat"}\n\n{"file": "./a.jpg", "label": 1, "extra": true}\n'
    })
    const set = await loadEvalSet(
      options({ data: join(root, 'set.jsonl'), classes: join(root, 'classes.txt') })
    )
    expect(set.images.map(({ id, file, label }) => [id, file, label])).toEqual([
      ['b.png', join(root, 'b.png'), 0],
      ['./a.jpg', join(root, 'a.jpg'), 1]
    ])
  })

  it('names the line of bad JSON, a missing label or a path that is not a string', async () => {
    const root = await rootWith({
      'bad.jsonl': '{"file": "a.jpg", "label": 0}\n{"file": "b.png", "label": 0\n',
      'nolabel.jsonl': '{"file": "a.jpg"}\n',
      'nofile.jsonl': '{"path": "a.jpg", "label": 0}\n',
      'list.jsonl': '["a.jpg", 0]\n'
    })
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'bad.jsonl') })),
      /bad\.jsonl:2: not valid JSON \(/
    )
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'nolabel.jsonl') })),
      /nolabel\.jsonl:1: missing "label"$/
    )
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'nofile.jsonl') })),
      /nofile\.jsonl:1: "file" must be a string/
    )
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'list.jsonl') })),
      /list\.jsonl:1: expected an object/
    )
  })
})

describe('labels', () => {
  it('refuses a label outside the classes file, naming file, line and class count', async () => {
    const root = await rootWith({
      'classes.txt': 'cat\ndog\n',
      'set.csv': 'file,label\na.jpg,1\nb.png,2\n'
    })
    await expectInputError(
      () =>
        loadEvalSet(options({ data: join(root, 'set.csv'), classes: join(root, 'classes.txt') })),
      /set\.csv:3: label 2 is out of range: the classes file .*classes\.txt has 2 classes \(0–1\)$/
    )
  })

  it('refuses an unknown class name, an ambiguous one, and a fractional or negative index', async () => {
    const root = await rootWith({
      'classes.txt': 'crane\ncat\ncrane\n',
      'unknown.jsonl': '{"file": "a.jpg", "label": "dgo"}\n',
      'ambiguous.jsonl': '{"file": "a.jpg", "label": "crane"}\n',
      'fraction.jsonl': '{"file": "a.jpg", "label": 1.5}\n',
      'negative.jsonl': '{"file": "a.jpg", "label": -1}\n',
      'object.jsonl': '{"file": "a.jpg", "label": {"id": 1}}\n'
    })
    const load = (name: string) => () =>
      loadEvalSet(options({ data: join(root, name), classes: join(root, 'classes.txt') }))
    await expectInputError(
      load('unknown.jsonl'),
      /unknown\.jsonl:1: unknown class "dgo" \(not in the classes file/
    )
    await expectInputError(
      load('ambiguous.jsonl'),
      /ambiguous\.jsonl:1: class name "crane" is ambiguous \(classes 0 and 2 in the classes file .*\); use the index$/
    )
    await expectInputError(
      load('fraction.jsonl'),
      /fraction\.jsonl:1: label 1\.5 is not a whole number$/
    )
    await expectInputError(load('negative.jsonl'), /negative\.jsonl:1: label -1 is out of range/)
    await expectInputError(
      load('object.jsonl'),
      /object\.jsonl:1: a label must be a class index or a class name, got an object$/
    )
  })

  it('asks for --classes when rows mix indices and names', async () => {
    const root = await rootWith({
      'set.jsonl': '{"file": "a.jpg", "label": "cat"}\n{"file": "b.png", "label": 4}\n'
    })
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'set.jsonl') })),
      /set\.jsonl:2: label 4 is not a class name, but other rows name classes; give --classes/
    )
  })
})

describe('image paths', () => {
  it('refuses the same image twice, naming both lines (also ./a.jpg and a.jpg)', async () => {
    const root = await rootWith({ 'set.csv': 'file,label\na.jpg,0\nb.png,1\n./a.jpg,1\n' })
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'set.csv') })),
      /set\.csv:4: duplicate image "\.\/a\.jpg" \(first on line 2\)$/
    )
  })

  it('refuses paths that leave the data root, lexically or through a symbolic link, unless allowed', async () => {
    const outside = tempDir()
    await writeTree(outside, { 'secret.jpg': null })
    // Both temp folders are siblings, so ../<outside>/secret.jpg climbs out of the root.
    const up = `../${basename(outside)}/secret.jpg`
    const root = await rootWith({
      'up.csv': `file,label\na.jpg,0\n${up},0\n`,
      'absolute.csv': `file,label\n${join(outside, 'secret.jpg')},0\n`,
      'link.csv': 'file,label\nlinked/secret.jpg,0\n',
      'inside.csv': `file,label\n${join('sub', '..', 'a.jpg')},0\n`
    })
    symlinkSync(outside, join(root, 'linked'))
    const load =
      (name: string, allowOutsideRoot = false) =>
      () =>
        loadEvalSet(options({ data: join(root, name), allowOutsideRoot }))

    await expectInputError(
      load('up.csv'),
      /up\.csv:3: image path "\.\.\/.*\/secret\.jpg" is outside the data root .* \(the folder of up\.csv\) \(--allow-outside-root allows it\)$/
    )
    await expectInputError(
      load('absolute.csv'),
      /absolute\.csv:2: image path ".*secret\.jpg" is outside the data root/
    )
    await expectInputError(
      load('link.csv'),
      /link\.csv:2: image path "linked\/secret\.jpg" resolves \(through a symbolic link\) outside the data root/
    )
    expect((await load('inside.csv')()).images[0].file).toBe(join(root, 'a.jpg'))

    // The escape hatch: resolved outside, still as written in the id.
    const allowed = await load('up.csv', true)()
    expect(allowed.images[1]).toMatchObject({ id: up, file: join(outside, 'secret.jpg') })
    expect((await load('link.csv', true)()).images[0].id).toBe('linked/secret.jpg')
  })

  it('requires images to exist unless comparing predictions only', async () => {
    const root = await rootWith({ 'set.csv': 'file,label\na.jpg,0\nmissing.jpg,1\n' })
    mkdirSync(join(root, 'folder.jpg'))
    writeFileSync(join(root, 'dir.csv'), 'file,label\nfolder.jpg,0\n')
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'set.csv') })),
      /set\.csv:3: image "missing\.jpg" not found$/
    )
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'dir.csv') })),
      /dir\.csv:2: image "folder\.jpg" is not a file$/
    )
    const predictionsOnly = await loadEvalSet(
      options({ data: join(root, 'set.csv'), requireFiles: false })
    )
    expect(predictionsOnly.images.map(({ id, file }) => [id, file])).toEqual([
      ['a.jpg', join(root, 'a.jpg')],
      ['missing.jpg', join(root, 'missing.jpg')]
    ])
  })

  it('refuses a --data file that is neither a folder nor a known manifest, and a missing manifest', async () => {
    const root = await rootWith({ 'set.json': '[]' })
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'set.json') })),
      /^--data .*set\.json: expected an ImageFolder directory, a \.csv or a \.jsonl manifest, or \.parquet files$/
    )
    await expectInputError(
      () => loadEvalSet(options({ data: join(root, 'gone.csv') })),
      /^--data .*gone\.csv: not found$/
    )
  })
})
