import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  compareCodePoints,
  inferClasses,
  LabelResolver,
  readClassesFile
} from '../../src/data/classes.js'
import { expectInputError, tempDir } from './helpers.js'

function classesFile(content: string): string {
  const path = join(tempDir(), 'classes.txt')
  writeFileSync(path, content)
  return path
}

describe('classes files', () => {
  it('reads one name per line in index order, trimming spaces, CRLF and trailing blank lines', () => {
    const path = classesFile('\ufeffcat \r\ndog\r\ngreat white shark\r\n\r\n\n')
    expect(readClassesFile(path)).toEqual({
      names: ['cat', 'dog', 'great white shark'],
      ids: null,
      source: `classes file ${path}`
    })
  })

  it('keeps WordNet ids from "wnid name, synonyms" lines, naming each class by its first name', () => {
    const path = classesFile(
      'n01440764 tench, Tinca tinca\nn01443537\tgoldfish, Carassius auratus\nn01484850\n'
    )
    expect(readClassesFile(path)).toMatchObject({
      names: ['tench', 'goldfish', 'n01484850'],
      ids: ['n01440764', 'n01443537', 'n01484850']
    })
  })

  it('treats a file that merely starts with ids as plain names', () => {
    expect(readClassesFile(classesFile('n01440764 tench\nnot a wordnet line\n')).ids).toBeNull()
  })

  it('refuses an empty file, a blank line inside the list and a repeated WordNet id', async () => {
    await expectInputError(
      () => readClassesFile(classesFile('\n\n')),
      /^--classes .*classes\.txt: no class names$/
    )
    await expectInputError(
      () => readClassesFile(classesFile('cat\n\ndog\n')),
      /classes\.txt:2: empty class name \(one class per line, in index order\)$/
    )
    await expectInputError(
      () =>
        readClassesFile(
          classesFile('n01440764 tench\nn01443537 goldfish\nn01440764 tench again\n')
        ),
      /classes\.txt:3: duplicate WordNet id n01440764 \(first on line 1\)$/
    )
    await expectInputError(
      () => readClassesFile(join(tempDir(), 'none.txt')),
      /^--classes .*none\.txt: not found$/
    )
  })
})

describe('reading a label', () => {
  const resolver = new LabelResolver({
    names: ['tench', '7', 'crane', 'crane'],
    ids: ['n01440764', 'n00000001', 'n02012849', 'n03126707'],
    source: 'test list'
  })

  it('takes indices (numbers or digit strings), names and WordNet ids', () => {
    expect(resolver.resolve(0, 'x')).toBe(0)
    expect(resolver.resolve(' 3 ', 'x')).toBe(3)
    expect(resolver.resolve('tench', 'x')).toBe(0)
    expect(resolver.resolve('n03126707', 'x')).toBe(3)
  })

  it('lets a class named like a number win over the index', () => {
    expect(resolver.resolve('7', 'x')).toBe(1)
    // A JSON number is always an index.
    expect(() => resolver.resolve(7, 'f:1')).toThrow(
      /^f:1: label 7 is out of range: the test list has 4 classes \(0–3\)$/
    )
  })

  it('refuses an ambiguous name but accepts its WordNet id', () => {
    expect(() => resolver.resolve('crane', 'f:2')).toThrow(
      /^f:2: class name "crane" is ambiguous \(classes 2 and 3 in the test list\); use the index$/
    )
    expect(resolver.resolve('n02012849', 'x')).toBe(2)
  })

  it('refuses empty labels and values of other types', () => {
    expect(() => resolver.resolve('  ', 'f:3')).toThrow(/^f:3: empty label$/)
    expect(() => resolver.resolve(null, 'f:4')).toThrow(
      /^f:4: a label must be a class index or a class name, got null$/
    )
    expect(() => resolver.resolve([1], 'f:5')).toThrow(/got a list$/)
  })
})

describe('classes inferred from a manifest without --classes', () => {
  const rows = (...labels: unknown[]) =>
    labels.map((label, i) => ({ label, where: `m.jsonl:${i + 1}` }))

  it('makes classes 0…max from indices, leaving malformed ones for the resolver', () => {
    expect(inferClasses(rows(2, '0', ' 1 '), 'm').names).toEqual(['0', '1', '2'])
    expect(inferClasses(rows(1, -1, 2.5, null), 'm').names).toEqual(['0', '1'])
    expect(() => inferClasses(rows(-1, null), 'm')).toThrow(
      /^m\.jsonl:1: label -1 is not a class index or name$/
    )
  })

  it('makes sorted distinct names from names, refusing indices and blanks among them', () => {
    expect(inferClasses(rows('dog', 'cat', 'dog'), 'm').names).toEqual(['cat', 'dog'])
    expect(() => inferClasses(rows('dog', '3'), 'm')).toThrow(
      /^m\.jsonl:2: label "3" is not a class name, but other rows name classes; give --classes/
    )
    expect(() => inferClasses(rows('dog', ' '), 'm')).toThrow(/^m\.jsonl:2: empty label$/)
  })
})

describe('sorting like Python', () => {
  it('compares by code point, so astral characters sort after the rest of the BMP', () => {
    const names = ['\u{1F600}', '\uFF21', 'b', 'B', 'é']
    expect([...names].sort(compareCodePoints)).toEqual(['B', 'b', 'é', '\uFF21', '\u{1F600}'])
    // JavaScript's default sort (UTF-16 units) would put the emoji before U+FF21.
    expect([...names].sort()).not.toEqual([...names].sort(compareCodePoints))
  })
})
