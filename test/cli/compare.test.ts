import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rgb } from '../helpers/onnx/colour-classifier.js'
import {
  BASELINE_PROTOTYPES,
  CANDIDATE_PROTOTYPES,
  CLASSES,
  makeSamples,
  writeColourSet,
  type Sample
} from '../helpers/colour-set.js'
import { runCli } from '../helpers/run-cli.js'
import { tempDir } from '../model/helpers/images.js'

/**
 * `classdiff compare` end to end through the CLI as a process: real ONNX models (nearest-colour classifiers), real
 * PNG files, and every per-class figure checked against an independent computation from the image colours.
 */

/** The classifier's rule, computed independently: the prototype nearest the image colour. */
function nearest(colour: Rgb, prototypes: readonly Rgb[]): number {
  let best = 0
  let bestDistance = Infinity
  prototypes.forEach((prototype, k) => {
    const distance = prototype.reduce(
      (sum, value, j) => sum + (value - (colour[j] as number)) ** 2,
      0
    )
    if (distance < bestDistance) {
      bestDistance = distance
      best = k
    }
  })
  return best
}

function binomialUpperTail(k: number, n: number): number {
  let total = 0
  for (let i = k; i <= n; i++) {
    let coefficient = 1
    for (let j = 1; j <= i; j++) coefficient = (coefficient * (n - i + j)) / j
    total += coefficient / 2 ** n
  }
  return Math.min(1, total)
}

interface Expected {
  support: number
  baselineCorrect: number
  candidateCorrect: number
  lost: number
  gained: number
  pValue: number
  qValue: number
}

function expectedFigures(samples: readonly Sample[], multiLabel: boolean): Expected[] {
  const rows = CLASSES.map(() => ({
    support: 0,
    baselineCorrect: 0,
    candidateCorrect: 0,
    lost: 0,
    gained: 0
  }))
  for (const sample of samples) {
    const row = rows[sample.label] as (typeof rows)[number]
    const valid = multiLabel ? sample.valid : [sample.label]
    const baselineRight = valid.includes(nearest(sample.colour, BASELINE_PROTOTYPES))
    const candidateRight = valid.includes(nearest(sample.colour, CANDIDATE_PROTOTYPES))
    row.support++
    row.baselineCorrect += Number(baselineRight)
    row.candidateCorrect += Number(candidateRight)
    row.lost += Number(baselineRight && !candidateRight)
    row.gained += Number(!baselineRight && candidateRight)
  }
  const pValues = rows.map((row) => binomialUpperTail(row.lost, row.lost + row.gained))
  // Textbook Benjamini–Hochberg: q_(i) = min over j ≥ i of p_(j)·m/j.
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0])
  const qValues = new Array<number>(rows.length)
  let running = 1
  for (let rank = order.length; rank >= 1; rank--) {
    const [p, i] = order[rank - 1] as readonly [number, number]
    running = Math.min(running, (p * order.length) / rank)
    qValues[i] = running
  }
  return rows.map((row, i) => ({
    ...row,
    pValue: pValues[i] as number,
    qValue: qValues[i] as number
  }))
}

describe('classdiff compare on real ONNX models', () => {
  let dir: string
  let cleanup: () => Promise<void>
  const samples = makeSamples()

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-cli-'))
    await writeColourSet(dir, samples)
  })
  afterAll(() => cleanup())

  const compareArgs = (outDir: string, extra: string[] = []): string[] => [
    'compare',
    '--baseline',
    path.join(dir, 'baseline.onnx'),
    '--candidate',
    path.join(dir, 'candidate.onnx'),
    '--data',
    path.join(dir, 'data', 'manifest.csv'),
    '--classes',
    path.join(dir, 'data', 'classes.txt'),
    '--out-dir',
    path.join(dir, outDir),
    ...extra
  ]

  it.each([
    ['original', false],
    ['multi-label', true]
  ] as const)(
    'matches an independent computation of every per-class figure (%s labels)',
    async (metric, multiLabel) => {
      const extra = multiLabel
        ? ['--multi-labels', path.join(dir, 'data', 'multi-labels.jsonl')]
        : []
      const run = await runCli(compareArgs(`out-${metric}`, extra))
      const report = JSON.parse(
        await readFile(path.join(dir, `out-${metric}`, 'report.json'), 'utf8')
      )
      const expected = expectedFigures(samples, multiLabel)
      expect(report.metric).toBe(metric)
      expect(report.summary.images).toBe(samples.length)
      for (const [i, want] of expected.entries()) {
        const got = report.classes[i]
        expect(got.name).toBe(CLASSES[i])
        expect(got.support).toBe(want.support)
        expect(got.lost).toBe(want.lost)
        expect(got.gained).toBe(want.gained)
        const gatingKey = multiLabel ? 'multiLabelAccuracy' : 'accuracy'
        expect(got.baseline[gatingKey]).toBeCloseTo(want.baselineCorrect / want.support, 9)
        expect(got.candidate[gatingKey]).toBeCloseTo(want.candidateCorrect / want.support, 9)
        expect(got.delta).toBeCloseTo((want.gained - want.lost) / want.support, 9)
        expect(got.pValue).toBeCloseTo(want.pValue, 9)
        expect(got.qValue).toBeCloseTo(want.qValue, 9)
      }
      // The gate follows from those figures: hurt = Δ ≤ −5 points and q ≤ 0.05.
      const hurt = expected.filter(
        (row) => (row.gained - row.lost) / row.support <= -0.05 && row.qValue <= 0.05
      ).length
      expect(report.summary.hurt).toBe(hurt)
      expect(run.code).toBe(hurt > 0 ? 1 : 0)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
  )

  it('fails the gate on the hurt class, names it on stdout and writes every report file', async () => {
    const run = await runCli(compareArgs('out-gate'))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^classdiff: FAIL/)
    expect(run.stdout).toMatch(/hurt: yellow −?-?\d+\.\d pt .*lost \d+ to red/)
    const files = [
      'report.json',
      'report.md',
      'comment.md',
      'report.html',
      'augmentation-plan.json',
      'predictions-baseline.jsonl',
      'predictions-candidate.jsonl'
    ]
    for (const file of files) {
      await expect(readFile(path.join(dir, 'out-gate', file), 'utf8')).resolves.not.toBe('')
    }
    const markdown = await readFile(path.join(dir, 'out-gate', 'report.md'), 'utf8')
    expect(markdown).toContain('yellow')
    const firstLine = (
      await readFile(path.join(dir, 'out-gate', 'predictions-baseline.jsonl'), 'utf8')
    ).split('\n')[0]
    const prediction = JSON.parse(firstLine as string)
    expect(prediction.id).toBe('red/00.png')
    expect(prediction.top).toHaveLength(CLASSES.length)
    expect(prediction.scores).toHaveLength(CLASSES.length)
  })

  it('passes the same checkpoint compared with itself: nothing hurt, exit 0', async () => {
    const args = compareArgs('out-self', [
      '--multi-labels',
      path.join(dir, 'data', 'multi-labels.jsonl')
    ])
    args[4] = path.join(dir, 'baseline.onnx')
    const run = await runCli(args)
    expect(run.code).toBe(0)
    const report = JSON.parse(await readFile(path.join(dir, 'out-self', 'report.json'), 'utf8'))
    expect(report.verdict).toBe('pass')
    expect(report.summary).toMatchObject({ hurt: 0, suspected: 0, helped: 0 })
    expect(
      report.classes.every(
        (entry: { lost: number; gained: number }) => entry.lost + entry.gained === 0
      )
    ).toBe(true)
  })

  it('writes byte-identical reports for the same inputs, whatever the batch size and threads', async () => {
    await runCli(compareArgs('out-a', ['--batch-size', '7', '--threads', '1']))
    await runCli(compareArgs('out-b', ['--batch-size', '64', '--threads', '2']))
    for (const file of ['report.json', 'report.md', 'predictions-candidate.jsonl']) {
      const a = await readFile(path.join(dir, 'out-a', file))
      const b = await readFile(path.join(dir, 'out-b', file))
      expect(a.equals(b)).toBe(true)
    }
  })
})
