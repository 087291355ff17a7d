import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ModelSource } from '../../src/config/types.js'
import type { EvalSet } from '../../src/data/types.js'
import { InputError } from '../../src/errors.js'
import {
  alignPredictions,
  alignTop1,
  analysisInput,
  readPredictionFiles
} from '../../src/model/align.js'
import type { Prediction } from '../../src/model/types.js'
import { tempDir } from './helpers/images.js'

/** Three images of three classes, the second with a multi-label set. */
const evalSet: EvalSet = {
  root: '',
  classNames: ['cat', 'dog', 'fox'],
  images: [
    { id: 'a.png', file: '', label: 0, multiLabels: null },
    { id: 'b.png', file: '', label: 1, multiLabels: [1, 2] },
    { id: 'c.png', file: '', label: 2, multiLabels: null }
  ],
  hasMultiLabels: true,
  hierarchy: null,
  source: '/data/manifest.csv'
}

/** The same predictions in another order than the set's. */
const shuffled: Prediction[] = [
  { id: 'c.png', top: [2, 0] },
  { id: 'a.png', top: [0, 1] },
  { id: 'b.png', top: [2, 1] }
]

describe('aligning predictions to the evaluation set', () => {
  it('reduces predictions in any order to top-1 class indices in the set order', () => {
    expect([...alignTop1(shuffled, evalSet, 'preds.jsonl')]).toEqual([0, 2, 2])
  })

  it('puts predictions in the set order, so files written from them do not depend on how they were made', () => {
    expect(alignPredictions(shuffled, evalSet).map((prediction) => prediction.id)).toEqual([
      'a.png',
      'b.png',
      'c.png'
    ])
  })

  it('refuses a prediction for an image the set does not have, naming the file and line', () => {
    const unknown = [...shuffled, { id: 'typo.png', top: [0] }]
    const lineOf = new Map([['typo.png', 4]])
    expect(() => alignTop1(unknown, evalSet, 'preds.jsonl', lineOf)).toThrowError(
      new InputError(
        'preds.jsonl:4: prediction for unknown image "typo.png" (not in /data/manifest.csv)'
      )
    )
  })

  it('refuses a class index outside the set classes anywhere in "top", not only the best', () => {
    const outside = [{ id: 'a.png', top: [0, 3] }, ...shuffled.slice(0, 1), shuffled[2]]
    expect(() => alignTop1(outside as Prediction[], evalSet, 'candidate.onnx')).toThrowError(
      'candidate.onnx: prediction for "a.png" names class 3, outside the 3 classes of /data/manifest.csv'
    )
  })

  it('refuses a set image without a prediction, naming the side', () => {
    expect(() => alignTop1(shuffled.slice(1), evalSet, 'baseline.onnx')).toThrowError(
      'baseline.onnx: no prediction for image "c.png"'
    )
  })

  it('hands the analysis the first side as the baseline, the last as the candidate and the rest as seed replicates', () => {
    const side = (label: string, best: number[]) => ({
      label,
      predictions: evalSet.images.map((image, i) => ({ id: image.id, top: [best[i] as number] }))
    })
    const input = analysisInput(evalSet, [
      side('baseline', [0, 1, 2]),
      side('baseline-2', [0, 1, 1]),
      side('candidate', [0, 0, 2])
    ])
    expect([...input.labels]).toEqual([0, 1, 2])
    expect(input.multiLabels).toEqual([null, [1, 2], null])
    expect([...input.baseline]).toEqual([0, 1, 2])
    expect(input.baselineReplicates.map((top1) => [...top1])).toEqual([[0, 1, 1]])
    expect([...input.candidate]).toEqual([0, 0, 2])
  })
})

describe('reading the predictions files among the sources', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => ({ dir, cleanup } = await tempDir()))
  afterAll(() => cleanup())

  it('reads only the predictions sides, by source index, with the line of each id', async () => {
    const file = path.join(dir, 'candidate.jsonl')
    await writeFile(file, '{"id": "a.png", "top": [0]}\n\n{"id": "b.png", "top": [1]}\n')
    const sources: ModelSource[] = [
      { kind: 'onnx', path: path.join(dir, 'baseline.onnx'), preprocess: null },
      { kind: 'predictions', path: file }
    ]
    const files = await readPredictionFiles(sources, { roots: [dir], allowOutsideRoot: false })
    expect([...files.keys()]).toEqual([1])
    expect(files.get(1)?.predictions.map((prediction) => prediction.id)).toEqual(['a.png', 'b.png'])
    expect([...(files.get(1)?.lineOf ?? [])]).toEqual([
      ['a.png', 1],
      ['b.png', 3]
    ])
  })

  it('holds a local predictions file to the run scope', async () => {
    const elsewhere = await tempDir()
    try {
      const file = path.join(elsewhere.dir, 'candidate.jsonl')
      await writeFile(file, '{"id": "a.png", "top": [0]}\n')
      await expect(
        readPredictionFiles([{ kind: 'predictions', path: file }], {
          roots: [dir],
          allowOutsideRoot: false
        })
      ).rejects.toThrow(/outside the data root and the working directory/)
    } finally {
      await elsewhere.cleanup()
    }
  })
})
