import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ModelSource } from '../../src/config/types.js'
import { ANY_PLACE, messagePath } from '../../src/data/input-file.js'
import {
  checkModelFiles,
  dataLabel,
  inputScope,
  sourceLabel,
  sourceScope
} from '../../src/data/input-scope.js'
import type { DataDescription } from '../../src/data/load.js'
import { tempDir } from '../model/helpers/images.js'

describe("a run's input scope", () => {
  let dir: string
  let cleanup: () => Promise<void>
  let workspace: string
  let dataRoot: string
  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-scope-'))
    workspace = path.join(dir, 'checkout')
    dataRoot = path.join(dir, 'sets', 'colours')
    await mkdir(workspace, { recursive: true })
    await mkdir(dataRoot, { recursive: true })
    await writeFile(path.join(dataRoot, 'manifest.csv'), 'file,label\n')
    await writeFile(path.join(dir, 'stray.onnx'), 'not inside')
  })
  afterAll(() => cleanup())

  const described = (data: string | null): DataDescription => ({
    data,
    preset: data === null ? 'imagenet' : null,
    classes: null,
    multiLabels: null,
    hierarchy: null,
    allowOutsideRoot: false,
    workspace
  })

  it('is the workspace and the data root: a manifest lends its folder, an image folder itself', () => {
    expect(inputScope(described(path.join(dataRoot, 'manifest.csv')))).toEqual({
      roots: [workspace, dataRoot],
      allowOutsideRoot: false
    })
    expect(inputScope(described(dataRoot)).roots).toEqual([workspace, dataRoot])
    expect(inputScope(described(null)).roots).toEqual([workspace])
  })

  it('holds a local source to the run scope; a fetched reference only to the regular-file checks', () => {
    const scope = inputScope(described(dataRoot))
    const local: ModelSource = { kind: 'onnx', path: 'model.onnx', preprocess: null }
    const fetched: ModelSource = { ...local, reference: 'hf://org/model/model.onnx' }
    expect(sourceScope(local, scope)).toBe(scope)
    expect(sourceScope(fetched, scope)).toBe(ANY_PLACE)
  })

  it('refuses a local model outside the scope before anything reads it, naming it', () => {
    const stray: ModelSource = {
      kind: 'onnx',
      path: path.join(dir, 'stray.onnx'),
      preprocess: null
    }
    expect(() => checkModelFiles([stray], inputScope(described(dataRoot)))).toThrow(
      `model ${messagePath(stray.path)}: is outside the data root and the working directory`
    )
    // Predictions files are read (and checked) by the model stage, with line numbers.
    expect(() =>
      checkModelFiles([{ kind: 'predictions', path: stray.path }], inputScope(described(dataRoot)))
    ).not.toThrow()
  })

  it('names sides by label, else by path; the data by its reference, its path or the preset', () => {
    expect(
      sourceLabel({ kind: 'onnx', path: path.join(workspace, 'm.onnx'), preprocess: null })
    ).toBe(messagePath(path.join(workspace, 'm.onnx')))
    expect(
      sourceLabel({ kind: 'predictions', path: '/store/ab12', label: 'git:main:./preds.jsonl' })
    ).toBe('git:main:./preds.jsonl')
    expect(dataLabel(described(dataRoot))).toBe(messagePath(dataRoot))
    expect(
      dataLabel({
        ...described(dataRoot),
        reference: {
          written: 'hf://datasets/org/set',
          pinned: `hf://datasets/org/set@${'a'.repeat(40)}`
        }
      })
    ).toBe('hf://datasets/org/set')
    expect(dataLabel(described(null))).toBe('preset:imagenet')
  })
})
