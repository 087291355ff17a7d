/**
 * What a model or a label file can do to a run beyond the first catalogue, through the CLI as a process:
 * several outputs, a class count that changes between batches, input tensors or run-time allocations past
 * the memory budget; class names that try to become workflow commands; a multi-labels file that covers
 * only a few images.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  writeBatchSizedOutputModel,
  writeHugeInputModel,
  writeMemoryHogModel,
  writeTwoOutputModel
} from './broken-models.js'
import { compare, expectCliPass, expectCliRefusal, scratch, writeGoodSet } from './helpers.js'

let dir: string
let at: (...parts: string[]) => string
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ dir, at, cleanup } = await scratch('models-output'))
  await writeGoodSet(dir)
})
afterAll(() => cleanup())

function onModels(candidate: string, extra: string[] = []): ReturnType<typeof compare> {
  return compare(dir, [
    '--baseline',
    'models/good.onnx',
    '--candidate',
    candidate,
    '--data',
    'data/manifest.csv',
    '--classes',
    'data/classes.txt',
    ...extra
  ])
}

describe('model outputs', () => {
  it('[model-multiple-outputs] a model with two outputs: refused, listing them; --output picks one', async () => {
    await writeTwoOutputModel(at('models', 'two.onnx'))
    expectCliRefusal(
      await onModels('models/two.onnx'),
      /^classdiff: models\/two\.onnx: the model has 2 outputs \("features", "logits"\); name the one with the class scores with --output NAME$/
    )
    expectCliRefusal(
      await onModels('models/two.onnx', ['--output', 'probs']),
      // The baseline loads first: it names the baseline's one output.
      /^classdiff: models\/good\.onnx: has no output named "probs" \(--output\); its outputs: "logits"$/
    )
    // The good model's one output is "logits" too, so --output applies to both.
    expectCliPass(await onModels('models/two.onnx', ['--output', 'logits']))
  })

  it('[model-class-count-changes] a model whose class count follows the batch: refused at the batch where it changes', async () => {
    await writeBatchSizedOutputModel(at('models', 'batch-sized.onnx'))
    await copyFile(at('data', 'red.png'), at('data', 'red-again.png'))
    const manifest = await readFile(at('data', 'manifest.csv'), 'utf8')
    await writeFile(at('data', 'five.csv'), `${manifest}red-again.png,0\n`)
    const result = await compare(dir, [
      '--baseline',
      'models/good.onnx',
      '--candidate',
      'models/batch-sized.onnx',
      '--data',
      'data/five.csv',
      '--classes',
      'data/classes.txt',
      '--batch-size',
      '4'
    ])
    expectCliRefusal(
      result,
      /^classdiff: model models\/batch-sized\.onnx outputs 1 classes for the batch from "red-again\.png", but 4 for the batches before/
    )
  })
})

describe('memory', () => {
  it('[model-memory-precheck] a model whose fixed input needs more than the budget: refused before any tensor exists', async () => {
    await writeHugeInputModel(at('models', 'huge.onnx'), 20_000)
    const result = await onModels('models/huge.onnx', ['--memory-budget', '1'])
    expectCliRefusal(
      result,
      /^classdiff: model models\/huge\.onnx: input batches of 32 × 3 × 20000 × 20000 float32 values need [\d.]+ [GT]iB \(\d+ batches in flight\), more than the memory budget of 1\.0 GiB \(lower --batch-size, or raise --memory-budget\)$/
    )
  })

  it(
    '[model-memory-runtime] a model that allocates past the budget while it runs: one line naming it, then the process ends (no silent OOM kill)',
    { timeout: 60_000 },
    async () => {
      await writeMemoryHogModel(at('models', 'hog.onnx'), 12_000)
      const result = await onModels('models/hog.onnx', ['--memory-budget', '0.75'])
      expect(result.signal).toBe('SIGKILL')
      const lines = result.stderr.split('\n').filter((line) => line.startsWith('classdiff: '))
      expect(lines).toEqual([
        'classdiff: model models/hog.onnx: scoring a batch of 4 images (from "red.png") needed more than the memory budget of 768 MiB (--memory-budget raises it; 0 turns it off)'
      ])
      // onnxruntime's own (coloured) log lines never reach the user's log.
      expect(result.stderr).not.toContain('\u001b[')
      expect(result.stderr).not.toContain('onnxruntime:')
      expect(result.stdout).toBe('')
    }
  )
})

describe('class names that try to become workflow commands', () => {
  const HOSTILE = ['D\n::error::pwned', '::add-mask::secret', 'tab\u202ebidi', 'esc\u001b[31mred']

  it('[log-injection] class names with line breaks, commands, bidi and escape characters: every printed line stays one inert line', async () => {
    // A JSON Lines manifest may name classes with any string; predictions alone, so no images are read.
    const rows: string[] = []
    const baseline: string[] = []
    const candidate: string[] = []
    const names = [...HOSTILE, 'plain'].sort()
    names.forEach((name, c) => {
      for (let i = 0; i < 20; i++) {
        const id = `c${c}/${i}.png`
        rows.push(JSON.stringify({ file: id, label: name }))
        baseline.push(JSON.stringify({ id, top: [c] }))
        // Every hostile class loses all its images to "plain".
        const plain = names.indexOf('plain')
        candidate.push(JSON.stringify({ id, top: [name === 'plain' ? c : plain] }))
      }
    })
    await writeFile(at('data', 'hostile.jsonl'), rows.join('\n') + '\n')
    await writeFile(at('predictions', 'hostile-baseline.jsonl'), baseline.join('\n') + '\n')
    await writeFile(at('predictions', 'hostile-candidate.jsonl'), candidate.join('\n') + '\n')
    const result = await compare(dir, [
      '--baseline-predictions',
      'predictions/hostile-baseline.jsonl',
      '--candidate-predictions',
      'predictions/hostile-candidate.jsonl',
      '--data',
      'data/hostile.jsonl'
    ])
    expect(result.code, result.stderr).toBe(1)
    const printed = `${result.stdout}\n${result.stderr}`
    for (const line of printed.split('\n')) {
      expect(line.trimStart()).not.toMatch(/^(::|##\[)/)
    }
    // eslint-disable-next-line no-control-regex
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/)
    expect(result.stdout).toContain('hurt: D\\u000a::error::pwned')
    expect(result.stdout).toContain('hurt: esc\\u001b[31mred')
    expect(result.stdout).toContain('hurt: tab\\u202ebidi')
  })
})

describe('partial multi-label coverage', () => {
  it('[multilabel-partial-coverage] a multi-labels file covering one image: a class falling from 100% to 0% still fails the gate, and the report says how each image was scored', async () => {
    const rows = ['file,label']
    const baseline: string[] = []
    const candidate: string[] = []
    for (const [c, name] of ['cat', 'dog'].entries()) {
      for (let i = 0; i < 30; i++) {
        const id = `${name}/${i}.png`
        rows.push(`${id},${name}`)
        baseline.push(JSON.stringify({ id, top: [c] }))
        // The candidate calls every dog a cat.
        candidate.push(JSON.stringify({ id, top: [0] }))
      }
    }
    await writeFile(at('data', 'pets.csv'), rows.join('\n') + '\n')
    await writeFile(at('data', 'pets-labels.jsonl'), '{"file": "cat/0.png", "labels": ["cat"]}\n')
    await writeFile(at('predictions', 'pets-baseline.jsonl'), baseline.join('\n') + '\n')
    await writeFile(at('predictions', 'pets-candidate.jsonl'), candidate.join('\n') + '\n')
    const result = await compare(dir, [
      '--baseline-predictions',
      'predictions/pets-baseline.jsonl',
      '--candidate-predictions',
      'predictions/pets-candidate.jsonl',
      '--data',
      'data/pets.csv',
      '--multi-labels',
      'data/pets-labels.jsonl'
    ])
    expect(result.code, result.stderr).toBe(1)
    expect(result.stdout).toMatch(/hurt: dog -100\.0 pt/)
    const report = JSON.parse(await readFile(path.join(result.outDir, 'report.json'), 'utf8'))
    expect(report.metric).toBe('multi-label')
    expect(report.multiLabelCoverage).toEqual({ byLabelSet: 1, byOriginalLabel: 59, leftOut: 0 })
    expect(report.classes[1].multiLabelCoverage).toEqual({
      byLabelSet: 0,
      byOriginalLabel: 30,
      leftOut: 0
    })
    const markdown = await readFile(path.join(result.outDir, 'report.md'), 'utf8')
    expect(markdown).toContain(
      '**Multi-label scoring**: 1 image by their label set · 59 by their original label (no multi-label entry) · 0 left out (empty label set)'
    )
  })
})
