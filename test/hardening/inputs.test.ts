/**
 * Broken manifests, predictions files, multi-label files and class folders, through the CLI as a process: each is
 * refused with exit 2 and one line naming the file and line (or the folder), and no report is written.
 * Predictions stand in for models here (the same checks apply, and no model has to load).
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CLASSES,
  compare,
  expectCliPass,
  expectCliRefusal,
  scratch,
  writeGoodSet,
  type CompareRun
} from './helpers.js'

let dir: string
let at: (...parts: string[]) => string
let cleanup: () => Promise<void>
/** The good predictions file's lines: red.png, green.png, blue.png, yellow.png in that order. */
let goodLines: string[]

beforeAll(async () => {
  ;({ dir, at, cleanup } = await scratch('inputs'))
  await writeGoodSet(dir)
  goodLines = (await readFile(at('predictions', 'good.jsonl'), 'utf8')).trim().split('\n')
})
afterAll(() => cleanup())

async function write(file: string, lines: readonly string[]): Promise<string> {
  await writeFile(at(file), lines.join('\n') + '\n')
  return file
}

/** Good predictions on both sides, with these options replacing the defaults (the good manifest, classes). */
function comparePredictions(options: Record<string, string> = {}): Promise<CompareRun> {
  const settings: Record<string, string> = {
    'baseline-predictions': 'predictions/good.jsonl',
    'candidate-predictions': 'predictions/good.jsonl',
    data: 'data/manifest.csv',
    classes: 'data/classes.txt',
    ...options
  }
  return compare(
    dir,
    Object.entries(settings).flatMap(([name, value]) => [`--${name}`, value])
  )
}

describe('manifests', () => {
  it.each([
    ['the same path twice', 'red.png'],
    ['the same image under another spelling', './red.png']
  ])('[manifest-duplicate-id] %s: refused, naming both lines', async (_what, again) => {
    const manifest = await write('data/twice.csv', [
      'file,label',
      ...CLASSES.map((name, label) => `${name}.png,${label}`),
      `${again},0`
    ])
    expectCliRefusal(
      await comparePredictions({ data: manifest }),
      new RegExp(
        `^classdiff: \\S*data/twice\\.csv:6: duplicate image "${again.replace(/\./g, '\\.')}" \\(first on line 2\\)$`
      )
    )
  })

  it('[csv-malformed] a row with a field too many: refused, naming its line', async () => {
    const manifest = await write('data/ragged.csv', [
      'file,label',
      'red.png,0',
      'green.png,1,extra',
      'blue.png,2',
      'yellow.png,3'
    ])
    expectCliRefusal(
      await comparePredictions({ data: manifest }),
      /^classdiff: \S*data\/ragged\.csv:3: malformed CSV \(Invalid Record Length: expect 2, got 3\)$/
    )
  })

  it('[csv-malformed] a quote that never closes: refused, naming the line it opens on (not the end of the file)', async () => {
    const manifest = await write('data/quote.csv', [
      'file,label',
      'red.png,0',
      '"green.png,1',
      'blue.png,2',
      'yellow.png,3'
    ])
    expectCliRefusal(
      await comparePredictions({ data: manifest }),
      /^classdiff: \S*data\/quote\.csv:3: malformed CSV \(Quote Not Closed: the quoted field that opens on this line never closes\)$/
    )
  })

  it('[json-malformed] a JSON Lines manifest with a broken line: refused, naming the line', async () => {
    const manifest = await write('data/broken.jsonl', [
      '{"file": "red.png", "label": 0}',
      '{"file": "green.png", "label": 1}',
      '{"file": "blue.png" "label": 2}',
      '{"file": "yellow.png", "label": 3}'
    ])
    expectCliRefusal(
      await comparePredictions({ data: manifest }),
      /^classdiff: \S*data\/broken\.jsonl:3: not valid JSON \(.+\)$/
    )
  })

  it('[json-malformed] a multi-label JSON list with a stray comma: refused, naming line and column', async () => {
    const labels = await write('data/real.json', ['[[0],', ' [1],', ' [2,],', ' [3]]'])
    const line = expectCliRefusal(
      await comparePredictions({ 'multi-labels': labels }),
      /^classdiff: \S*data\/real\.json:3:5: not valid JSON \(.+\)$/
    )
    // The reason, not V8's echo of the file.
    expect(line).not.toContain('[3]]')
  })
})

describe('class folders', () => {
  it('[class-empty] a class folder with no images: refused, naming the folder', async () => {
    for (const name of CLASSES) await mkdir(at('folder', name), { recursive: true })
    for (const name of CLASSES.slice(0, 3))
      await copyFile(at('data', `${name}.png`), at('folder', name, 'a.png'))
    await writeFile(at('folder', 'yellow', 'notes.txt'), 'the images did not copy\n')
    expectCliRefusal(
      await compare(dir, [
        '--baseline',
        'models/good.onnx',
        '--candidate',
        'models/good.onnx',
        '--data',
        'folder'
      ]),
      /^classdiff: class folder \S*folder\/yellow has no images \(\.jpg, \.jpeg, \.png, \.webp\)$/
    )
  })

  it('[class-empty] a class of the classes file that no image has: allowed, reported with 0 images and no accuracy', async () => {
    const classes = await write('data/five-classes.txt', [...CLASSES, 'purple'])
    const run = await comparePredictions({ classes })
    expectCliPass(run)
    const report = JSON.parse(await readFile(path.join(run.outDir, 'report.json'), 'utf8'))
    expect(report.classes[4]).toMatchObject({
      name: 'purple',
      support: 0,
      status: 'unchanged',
      baseline: { accuracy: null },
      candidate: { accuracy: null }
    })
  })
})

describe('predictions files', () => {
  it('[predictions-unknown-id] a line for an image not in the set: refused, naming file, line and id', async () => {
    const file = await write('predictions/extra.jsonl', [
      ...goodLines,
      '{"id": "purple.png", "top": [0]}'
    ])
    expectCliRefusal(
      await comparePredictions({ 'candidate-predictions': file }),
      /^classdiff: predictions\/extra\.jsonl:5: prediction for unknown image "purple\.png" \(not in data\/manifest\.csv\)$/
    )
  })

  it('[predictions-unknown-id] a mistyped id is reported where it is, not as the image it misses', async () => {
    const file = await write('predictions/typo.jsonl', [
      ...goodLines.slice(0, 2),
      '{"id": "blue.pgn", "top": [2]}',
      goodLines[3] as string
    ])
    expectCliRefusal(
      await comparePredictions({ 'baseline-predictions': file }),
      /^classdiff: predictions\/typo\.jsonl:3: prediction for unknown image "blue\.pgn"/
    )
  })

  it('[predictions-missing-id] no line for one image: refused, naming the file and the image', async () => {
    const file = await write('predictions/missing.jsonl', goodLines.slice(0, 3))
    expectCliRefusal(
      await comparePredictions({ 'candidate-predictions': file }),
      /^classdiff: predictions\/missing\.jsonl: no prediction for image "yellow\.png"$/
    )
  })

  it.each([
    ['as the best class', '[9]'],
    ['behind a valid best class', '[3, 9]']
  ])(
    '[predictions-class-out-of-range] class 9 of 4 %s: refused, naming file, line and id',
    async (_where, top) => {
      const file = await write('predictions/range.jsonl', [
        ...goodLines.slice(0, 3),
        `{"id": "yellow.png", "top": ${top}}`
      ])
      expectCliRefusal(
        await comparePredictions({ 'candidate-predictions': file }),
        /^classdiff: predictions\/range\.jsonl:4: prediction for "yellow\.png" names class 9, outside the 4 classes of data\/manifest\.csv$/
      )
    }
  )

  it.each([
    ['broken JSON', '{"id": "blue.png", "top": [2]', /not valid JSON \(.+\)/],
    ['a negative class index', '{"id": "blue.png", "top": [-1]}', /class index -1 in "top"/],
    ['no "top"', '{"id": "blue.png"}', /"top" must be a non-empty list of class indices/],
    ['a list, not an object', '["blue.png", 2]', /expected an object/]
  ])(
    '[predictions-malformed-line] a line with %s: refused, naming file and line',
    async (_what, line, reason) => {
      const file = await write('predictions/malformed.jsonl', [
        ...goodLines.slice(0, 2),
        line,
        goodLines[3] as string
      ])
      const refusal = expectCliRefusal(
        await comparePredictions({ 'candidate-predictions': file }),
        /^classdiff: \S*predictions\/malformed\.jsonl:3: /
      )
      expect(refusal).toMatch(reason)
    }
  )

  it('[predictions-duplicate-id] the same id on two lines: refused, naming both lines', async () => {
    const file = await write('predictions/twice.jsonl', [
      ...goodLines,
      '{"id": "green.png", "top": [0]}'
    ])
    expectCliRefusal(
      await comparePredictions({ 'baseline-predictions': file }),
      /^classdiff: \S*predictions\/twice\.jsonl:5: duplicate id "green\.png" \(first on line 2\)$/
    )
  })
})

describe('multi-label files', () => {
  it('[multilabel-unknown-image] an entry for an image not in the set: refused, naming file, line and image', async () => {
    const labels = await write('data/labels.jsonl', [
      '{"file": "red.png", "labels": [0]}',
      '{"file": "purple.png", "labels": [0, 2]}'
    ])
    expectCliRefusal(
      await comparePredictions({ 'multi-labels': labels }),
      /^classdiff: \S*data\/labels\.jsonl:2: image "purple\.png" is not in the evaluation set$/
    )
  })
})
