import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ClassList } from '../../src/data/classes.js'
import { readHierarchy, siblingNamesFile } from '../../src/data/hierarchy.js'
import { loadEvalSet } from '../../src/data/load.js'
import { ancestors, expectInputError, options, tempDir, writeTree } from './helpers.js'

function files(tree: Record<string, string>): string {
  const dir = tempDir()
  for (const [name, content] of Object.entries(tree)) writeFileSync(join(dir, name), content)
  return dir
}

const classes = (names: string[], ids: string[] | null = null): ClassList => ({
  names,
  ids,
  source: 'test classes'
})

describe('edge-line hierarchies (parent child)', () => {
  const edges = [
    '# WordNet-style, comments and blank lines allowed',
    'animal dog',
    'animal cat',
    '',
    'dog husky',
    'dog\tpug   ',
    'pet pug',
    'animal dog'
  ].join('\n')

  it('maps classes to nodes by name and records every parent (a DAG)', () => {
    const dir = files({ 'tree.txt': edges })
    const hierarchy = readHierarchy(join(dir, 'tree.txt'), classes(['husky', 'pug', 'cat']))
    expect(hierarchy.classNodes).toEqual(['husky', 'pug', 'cat'])
    expect(hierarchy.parents.get('pug')).toEqual(['dog', 'pet'])
    expect(hierarchy.parents.get('dog')).toEqual(['animal'])
    expect(hierarchy.parents.get('animal')).toEqual([])
    expect([...ancestors(hierarchy, 'husky')].sort()).toEqual(['animal', 'dog', 'husky'])
    expect(hierarchy.names.size).toBe(0)
  })

  it('reads display names from the sibling <stem>.names.txt and maps classes by WordNet id or display name', () => {
    const dir = files({
      'wn.txt': 'n1 n2\nn2 n3\nn2 n4\n',
      'wn.names.txt': 'n1\tentity\nn2\tdog, domestic dog\nn3\tpug, pug-dog\nn4 husky\n'
    })
    expect(siblingNamesFile(join(dir, 'wn.txt'))).toBe(join(dir, 'wn.names.txt'))
    const byId = readHierarchy(join(dir, 'wn.txt'), classes(['Pug', 'Husky'], ['n3', 'n4']))
    expect(byId.classNodes).toEqual(['n3', 'n4'])
    expect(byId.names.get('n2')).toBe('dog, domestic dog')

    // No ids: "pug" is the first name of n3's display name, "husky" n4's whole name.
    expect(readHierarchy(join(dir, 'wn.txt'), classes(['pug', 'husky'])).classNodes).toEqual([
      'n3',
      'n4'
    ])
  })

  it('gives a class the hierarchy does not know a node of its own, distinct from all others', () => {
    const dir = files({ 'tree.txt': 'animal dog\nanimal cat\n' })
    const hierarchy = readHierarchy(
      join(dir, 'tree.txt'),
      classes(['dog', 'animal#9', 'car', 'car'])
    )
    expect(hierarchy.classNodes).toEqual(['dog', 'animal#9', 'car', 'car#3'])
    expect(hierarchy.parents.get('car')).toEqual([])
    expect(hierarchy.parents.get('car#3')).toEqual([])
  })

  it('refuses a hierarchy that matches no class, malformed lines, no edges and cycles', async () => {
    const dir = files({
      'tree.txt': 'animal dog\n',
      'three.txt': 'animal dog\nanimal dog cat\n',
      'empty.txt': '# nothing\n\n',
      'cycle.txt': 'a b\nb c\nc a\nc d\n',
      'self.txt': 'a a\n'
    })
    const list = classes(['dog', 'cat'])
    await expectInputError(
      () => readHierarchy(join(dir, 'tree.txt'), classes(['car', 'bus'])),
      /^--hierarchy .*tree\.txt: none of the 2 classes is a node of it/
    )
    await expectInputError(
      () => readHierarchy(join(dir, 'three.txt'), list),
      /three\.txt:2: expected "parent child" \(two ids separated by whitespace\), got "animal dog cat"$/
    )
    await expectInputError(
      () => readHierarchy(join(dir, 'empty.txt'), list),
      /^--hierarchy .*empty\.txt: no edges$/
    )
    await expectInputError(
      () => readHierarchy(join(dir, 'cycle.txt'), classes(['a', 'd'])),
      /cycle\.txt:1: the hierarchy has a cycle: a → b → c → a$/
    )
    await expectInputError(
      () => readHierarchy(join(dir, 'self.txt'), classes(['a'])),
      /self\.txt:1: the hierarchy has a cycle: a → a$/
    )
    await expectInputError(
      () => readHierarchy(join(dir, 'missing.txt'), list),
      /^--hierarchy .*missing\.txt: not found$/
    )
  })

  it('names the line of a bad names file', async () => {
    const dir = files({ 'tree.txt': 'animal dog\n', 'tree.names.txt': 'animal\tan animal\ndog\n' })
    await expectInputError(
      () => readHierarchy(join(dir, 'tree.txt'), classes(['dog'])),
      /tree\.names\.txt:2: expected "id<TAB>name"$/
    )
  })
})

describe('class,superclass CSV groupings', () => {
  it('reads rows with or without a header, and deeper levels', () => {
    const withHeader = files({
      'groups.csv': 'class,superclass\nhusky,dog\npug,dog\ncat,feline\ndog,animal\nfeline,animal\n'
    })
    const hierarchy = readHierarchy(
      join(withHeader, 'groups.csv'),
      classes(['husky', 'pug', 'cat'])
    )
    expect(hierarchy.classNodes).toEqual(['husky', 'pug', 'cat'])
    expect(hierarchy.parents.get('husky')).toEqual(['dog'])
    expect(hierarchy.parents.get('dog')).toEqual(['animal'])

    const bare = files({ 'groups.csv': 'husky,dog\npug,dog\n' })
    expect(
      readHierarchy(join(bare, 'groups.csv'), classes(['husky', 'pug'])).parents.get('pug')
    ).toEqual(['dog'])
  })

  it('matches rows to classes by WordNet id too', () => {
    const dir = files({ 'groups.csv': 'n01440764,fish\n' })
    expect(
      readHierarchy(join(dir, 'groups.csv'), classes(['tench'], ['n01440764'])).parents.get(
        'n01440764'
      )
    ).toEqual(['fish'])
  })

  it('refuses an unknown class, wrong column counts and empty cells, naming the line', async () => {
    const dir = files({
      'typo.csv': 'class,superclass\nhusky,dog\npgu,dog\n',
      'ragged.csv': 'husky,dog\npug,dog,animal\n',
      'blank.csv': 'husky,dog\n,dog\n',
      'cycle.csv': 'husky,dog\ndog,husky\n'
    })
    const list = classes(['husky', 'pug'])
    await expectInputError(
      () => readHierarchy(join(dir, 'typo.csv'), list),
      /typo\.csv:3: unknown class "pgu" \(not in the test classes, nor a superclass of another row\)$/
    )
    await expectInputError(
      () => readHierarchy(join(dir, 'ragged.csv'), list),
      /ragged\.csv:2: malformed CSV \(Invalid Record Length/
    )
    await expectInputError(
      () => readHierarchy(join(dir, 'blank.csv'), list),
      /blank\.csv:2: empty class or superclass$/
    )
    await expectInputError(
      () => readHierarchy(join(dir, 'cycle.csv'), list),
      /cycle\.csv:\d: the hierarchy has a cycle: /
    )
  })
})

describe('--hierarchy through loadEvalSet', () => {
  it('attaches the hierarchy to the set, mapped to its classes', async () => {
    const root = tempDir()
    await writeTree(root, { 'husky/1.jpg': null, 'pug/1.jpg': null })
    const dir = files({ 'groups.csv': 'pug,dog\nhusky,dog\n' })
    const set = await loadEvalSet(options({ data: root, hierarchy: join(dir, 'groups.csv') }))
    expect(set.hierarchy?.classNodes).toEqual(['husky', 'pug'])
    expect(set.hierarchy?.parents.get('pug')).toEqual(['dog'])
  })
})
