/**
 * Class lists and the one rule for reading a label.
 *
 * A classes file holds one class per line, in index order. When every line starts with a WordNet id
 * (`n01440764 tench, Tinca tinca`, the ILSVRC `synset_words.txt` form) the ids are kept and the class name is
 * the first name after the id. Blank lines inside the list are refused (they would shift every index after
 * them); trailing blank lines are ignored. Two classes may share a name (ImageNet has two "crane"s); only a
 * label that names such a class is refused, as ambiguous.
 *
 * A label is a class index (a JSON number, or a string of digits) or a class name or WordNet id. When a class
 * is itself named like a number ("3"), the name wins over the index, so folders named 0…999 (ImageNet-V2)
 * mean what their names say.
 */
import { InputError } from '../errors.js'
import { ANY_PLACE, type InputScope } from './input-file.js'
import { quote, readTextFile, splitLines } from './text.js'

export interface ClassList {
  /** Class names by index. */
  readonly names: readonly string[]
  /** WordNet ids by index, when known. */
  readonly ids: readonly string[] | null
  /** Where the list came from, for messages: `classes file x.txt`, `preset imagenet`, `folder data`. */
  readonly source: string
}

/**
 * Longest class name and most classes a run takes: the limits publish mode holds a report to
 * (report/validate.ts reads them from here), so every report an evaluation writes can be published.
 */
export const MAX_CLASS_NAME_LENGTH = 1000
export const MAX_CLASSES = 100_000

/** Refuses class names or counts no report could carry; `source` names where they came from. */
export function checkClassLimits(names: readonly string[], source: string): void {
  if (names.length > MAX_CLASSES) {
    throw new InputError(
      `${source}: ${names.length} classes, more than the ${MAX_CLASSES} classdiff reports on`
    )
  }
  names.forEach((name, i) => {
    if (name.length > MAX_CLASS_NAME_LENGTH) {
      throw new InputError(
        `${source}: the name of class ${i} is ${name.length} characters, more than the ${MAX_CLASS_NAME_LENGTH} a report may hold (it starts ${quote(name.slice(0, 40))})`
      )
    }
  })
}

const WORDNET_LINE = /^(n\d{8})(?:\s+(.*))?$/

/** Reads a `--classes` file. */
export function readClassesFile(path: string, scope: InputScope = ANY_PLACE): ClassList {
  const lines = splitLines(readTextFile(path, '--classes', 'classes', scope)).map((line) =>
    line.trim()
  )
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  if (lines.length === 0) throw new InputError(`--classes ${path}: no class names`)
  const blank = lines.indexOf('')
  if (blank >= 0) {
    throw new InputError(
      `${path}:${blank + 1}: empty class name (one class per line, in index order)`
    )
  }
  const source = `classes file ${path}`
  if (!lines.every((line) => WORDNET_LINE.test(line))) return { names: lines, ids: null, source }

  const ids: string[] = []
  const names: string[] = []
  const firstLineOfId = new Map<string, number>()
  lines.forEach((line, i) => {
    const [, id, rest] = WORDNET_LINE.exec(line) as RegExpExecArray
    const earlier = firstLineOfId.get(id)
    if (earlier !== undefined) {
      throw new InputError(
        `${path}:${i + 1}: duplicate WordNet id ${id} (first on line ${earlier})`
      )
    }
    firstLineOfId.set(id, i + 1)
    ids.push(id)
    names.push(firstName(rest ?? '') || id)
  })
  return { names, ids, source }
}

/** The first of a synset's comma-separated names: `tench, Tinca tinca` → `tench`. */
export function firstName(synonyms: string): string {
  return synonyms.split(',')[0].trim()
}

const DIGITS = /^\d+$/

/** Turns raw labels (index, name or WordNet id) into class indices, with messages that name the culprit. */
export class LabelResolver {
  private readonly byName = new Map<string, number[]>()

  constructor(readonly classes: ClassList) {
    const add = (key: string, index: number): void => {
      const list = this.byName.get(key)
      if (list === undefined) this.byName.set(key, [index])
      else if (!list.includes(index)) list.push(index)
    }
    classes.names.forEach((name, index) => add(name, index))
    classes.ids?.forEach((id, index) => add(id, index))
  }

  get count(): number {
    return this.classes.names.length
  }

  /** The class index of `raw`; `where` (`file:line`) starts every error message. */
  resolve(raw: unknown, where: string): number {
    if (typeof raw === 'number') return this.index(raw, where)
    if (typeof raw !== 'string') {
      throw new InputError(
        `${where}: a label must be a class index or a class name, got ${describe(raw)}`
      )
    }
    const label = raw.trim()
    if (label === '') throw new InputError(`${where}: empty label`)
    const named = this.byName.get(label)
    if (named !== undefined) {
      if (named.length > 1) {
        throw new InputError(
          `${where}: class name ${quote(label)} is ambiguous (classes ${named.join(' and ')} in the ${this.classes.source}); use the index`
        )
      }
      return named[0]
    }
    if (DIGITS.test(label)) return this.index(Number(label), where)
    throw new InputError(
      `${where}: unknown class ${quote(label)} (not in the ${this.classes.source})`
    )
  }

  private index(value: number, where: string): number {
    if (!Number.isInteger(value)) {
      throw new InputError(`${where}: label ${value} is not a whole number`)
    }
    if (value < 0 || value >= this.count) {
      throw new InputError(
        `${where}: label ${value} is out of range: the ${this.classes.source} has ${this.count} classes (0–${this.count - 1})`
      )
    }
    return value
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value
}

/** Sorts strings by Unicode code point, as Python's `sorted` (and so torchvision) does. */
export function compareCodePoints(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

/**
 * Infers the class list from the labels of a manifest given without `--classes`: all indices → classes
 * `0…max` named by their index; otherwise the distinct names, sorted as torchvision sorts folders.
 */
export function inferClasses(
  labels: readonly { readonly label: unknown; readonly where: string }[],
  source: string
): ClassList {
  const isName = (label: unknown): boolean =>
    typeof label === 'string' && label.trim() !== '' && !DIGITS.test(label.trim())
  if (!labels.some(({ label }) => isName(label))) {
    // Index labels; anything malformed (-1, 2.5, null) is left for the resolver to name.
    let max = -1
    for (const { label } of labels) {
      const value = typeof label === 'string' && DIGITS.test(label.trim()) ? Number(label) : label
      if (typeof value === 'number' && Number.isInteger(value) && value > max) max = value
    }
    if (max < 0) {
      throw new InputError(
        `${labels[0].where}: label ${show(labels[0].label)} is not a class index or name`
      )
    }
    return { names: Array.from({ length: max + 1 }, (_, i) => String(i)), ids: null, source }
  }
  const names = new Set<string>()
  for (const { label, where } of labels) {
    if (typeof label === 'string' && label.trim() === '') {
      throw new InputError(`${where}: empty label`)
    }
    if (!isName(label)) {
      throw new InputError(
        `${where}: label ${show(label)} is not a class name, but other rows name classes; give --classes to fix the index order`
      )
    }
    names.add((label as string).trim())
  }
  return { names: [...names].sort(compareCodePoints), ids: null, source }
}

function show(label: unknown): string {
  if (typeof label === 'string') return quote(label)
  return typeof label === 'number' ? String(label) : describe(label)
}
