/** Real files for the data-stage tests: images encoded by sharp, text files, temp folders. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import sharp from 'sharp'
import { afterAll, expect } from 'vitest'
import { InputError } from '../../src/errors.js'
import type { EvalSetOptions } from '../../src/data/load.js'
import type { Hierarchy } from '../../src/data/types.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** A fresh temp folder, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'classdiff-data-'))
  made.push(dir)
  return dir
}

const encoded = new Map<string, Promise<Buffer>>()

/** An 8×6 image in the format its extension names, encoded once by sharp and copied thereafter. */
export async function writeImage(path: string): Promise<void> {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  const format = ext === 'jpg' || ext === 'jpeg' ? 'jpeg' : ext === 'png' ? 'png' : 'webp'
  let buffer = encoded.get(format)
  if (buffer === undefined) {
    buffer = sharp({
      create: { width: 8, height: 6, channels: 3, background: { r: 200, g: 40, b: 90 } }
    })
      .toFormat(format)
      .toBuffer()
    encoded.set(format, buffer)
  }
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, await buffer)
}

/** Writes each `relative path → content` under `dir`; content `null` makes an image. */
export async function writeTree(dir: string, tree: Record<string, string | null>): Promise<void> {
  for (const [rel, content] of Object.entries(tree)) {
    const path = join(dir, rel)
    if (content === null) await writeImage(path)
    else {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, content)
    }
  }
}

/** Options with every flag off, overridden by `overrides`. */
export function options(overrides: Partial<EvalSetOptions>): EvalSetOptions {
  return {
    data: null,
    preset: null,
    classes: null,
    multiLabels: null,
    hierarchy: null,
    requireFiles: true,
    allowOutsideRoot: false,
    // Test sets live in the system's temp folder: it plays the working directory.
    workspace: tmpdir(),
    ...overrides
  }
}

/** Asserts `action` fails with an InputError whose single-line message matches `pattern`. */
export async function expectInputError(action: () => unknown, pattern: RegExp): Promise<string> {
  let caught: unknown
  try {
    await action()
  } catch (error) {
    caught = error
  }
  expect(caught, 'expected an InputError').toBeInstanceOf(InputError)
  const message = (caught as InputError).message
  expect(message).not.toContain('\n')
  expect(message).toMatch(pattern)
  return message
}

/** Every ancestor of a node, itself included. */
export function ancestors(hierarchy: Hierarchy, node: string): Set<string> {
  const seen = new Set<string>()
  const stack = [node]
  while (stack.length > 0) {
    const id = stack.pop() as string
    if (seen.has(id)) continue
    seen.add(id)
    stack.push(...(hierarchy.parents.get(id) ?? []))
  }
  return seen
}
