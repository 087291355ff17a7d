import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { readPredictions, writePredictions } from '../../src/model/predictions-file.js'
import type { Prediction } from '../../src/model/types.js'
import { tempDir } from './helpers/images.js'

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({ dir, cleanup } = await tempDir()))
afterAll(() => cleanup())

const predictions: Prediction[] = [
  { id: 'cat/1.jpg', top: [3, 1, 0], scores: [0.7, 0.2, 0.05] },
  { id: 'dog/2.jpg', top: [1], scores: [0.999999] },
  { id: 'weird "name"\n.png', top: [0, 2] }
]

describe('predictions files', () => {
  it('write JSON Lines {"id", "top", "scores"} in the order given, and read back the same', async () => {
    const file = path.join(dir, 'round-trip.jsonl')
    await writePredictions(file, predictions)
    expect(await readFile(file, 'utf8')).toBe(
      '{"id":"cat/1.jpg","top":[3,1,0],"scores":[0.7,0.2,0.05]}\n' +
        '{"id":"dog/2.jpg","top":[1],"scores":[0.999999]}\n' +
        '{"id":"weird \\"name\\"\\n.png","top":[0,2]}\n'
    )
    expect(await readPredictions(file, 4)).toEqual(predictions)
  })

  it('read files written elsewhere: CRLF line ends, a BOM, blank lines, keys in any order, null scores', async () => {
    const file = path.join(dir, 'foreign.jsonl')
    await writeFile(
      file,
      '\uFEFF{"top": [2], "id": "a"}\r\n\r\n{"id": "b", "top": [0, 1], "scores": null}\r\n'
    )
    expect(await readPredictions(file)).toEqual([
      { id: 'a', top: [2] },
      { id: 'b', top: [0, 1] }
    ])
  })

  it('an empty file holds no predictions (an empty shard)', async () => {
    const file = path.join(dir, 'empty.jsonl')
    await writeFile(file, '')
    expect(await readPredictions(file)).toEqual([])
  })
})

describe('readPredictions rejects malformed lines, naming file:line', () => {
  async function rejection(content: string, classCount?: number): Promise<string> {
    const file = path.join(dir, 'bad.jsonl')
    await writeFile(file, content)
    const error = await readPredictions(file, classCount).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message.replace(file, 'bad.jsonl')
  }
  const good = '{"id":"a","top":[1]}\n'

  it.each([
    [good + '{"id":"b","top":[1]\n', /^bad\.jsonl:2: not valid JSON/],
    [good + '[1, 2]\n', /^bad\.jsonl:2: expected an object/],
    [good + '{"top":[1]}\n', /^bad\.jsonl:2: "id" must be a non-empty string, got undefined/],
    [good + '{"id":7,"top":[1]}\n', /^bad\.jsonl:2: "id" must be a non-empty string, got 7/],
    [good + '{"id":"b","top":[]}\n', /^bad\.jsonl:2: "top" must be a non-empty list/],
    [
      good + '{"id":"b","top":[1.5]}\n',
      /^bad\.jsonl:2: class index 1.5 in "top" is not a non-negative integer/
    ],
    [good + '{"id":"b","top":["3"]}\n', /^bad\.jsonl:2: class index "3"/],
    [good + '{"id":"b","top":[-1]}\n', /^bad\.jsonl:2: class index -1/],
    [good + '{"id":"b","top":[2,2]}\n', /^bad\.jsonl:2: class index 2 appears twice/],
    [
      good + '{"id":"b","top":[1,2],"scores":[0.5]}\n',
      /^bad\.jsonl:2: "scores" must be a list of 2 numbers/
    ],
    [good + '\n' + good, /^bad\.jsonl:3: duplicate id "a" \(first on line 1\)/]
  ])('%j', async (content, pattern) => {
    expect(await rejection(content)).toMatch(pattern)
  })

  it('class indices out of range when the class count is known', async () => {
    expect(await rejection(good + '{"id":"b","top":[0,10]}\n', 10)).toBe(
      'bad.jsonl:2: class index 10 in "top" is out of range (10 classes: 0–9)'
    )
  })

  it('a missing file', async () => {
    const error = await readPredictions(path.join(dir, 'absent.jsonl')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/predictions file \S*absent\.jsonl: not found/)
  })
})
