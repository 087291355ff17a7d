import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT, runCli } from '../helpers/run-cli.js'
import { tempDir } from '../model/helpers/images.js'

/**
 * `--preset imagenet` with predictions files alone: all 50,000 validation ids, class names, ReaL
 * multi-labels and WordNet built in. The candidate is the baseline with two shifts injected.
 */
const LAPTOP = 620
const NOTEBOOK = 681
const GOLDEN_RETRIEVER = 207
const LABRADOR = 208

describe('classdiff compare --preset imagenet with predictions files', () => {
  let dir: string
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-imagenet-'))
    const lines = (
      await readFile(path.join(REPO_ROOT, 'data', 'imagenet', 'val_labels.txt'), 'utf8')
    )
      .split('\n')
      .filter((line) => line.trim() !== '')
    const baseline: string[] = []
    const candidate: string[] = []
    lines.forEach((line, i) => {
      const [file, labelText] = line.split(/\s+/) as [string, string]
      const label = Number(labelText)
      // A baseline right on 4 of 5 images, its errors spread deterministically over other classes.
      const base = i % 5 === 0 ? (label + 1 + (i % 997)) % 1000 : label
      let next = base
      if (base === label && label === LAPTOP && i % 3 !== 0) next = NOTEBOOK
      if (base === label && label === GOLDEN_RETRIEVER && i % 3 !== 0) next = LABRADOR
      baseline.push(JSON.stringify({ id: file, top: [base] }))
      candidate.push(JSON.stringify({ id: file, top: [next] }))
    })
    await writeFile(path.join(dir, 'baseline.jsonl'), baseline.join('\n') + '\n')
    await writeFile(path.join(dir, 'candidate.jsonl'), candidate.join('\n') + '\n')
  })
  afterAll(() => cleanup())

  it('explains the laptop drop by multi-labels and gates on the fine-grained retriever drop', async () => {
    const run = await runCli(
      [
        'compare',
        '--preset',
        'imagenet',
        '--baseline-predictions',
        path.join(dir, 'baseline.jsonl'),
        '--candidate-predictions',
        path.join(dir, 'candidate.jsonl'),
        '--out-dir',
        path.join(dir, 'out')
      ],
      { cwd: dir }
    )
    expect(run.stderr).not.toMatch(/\n\s+at /)
    const report = JSON.parse(await readFile(path.join(dir, 'out', 'report.json'), 'utf8'))
    expect(report.summary.images).toBe(50_000)
    expect(report.metric).toBe('multi-label')
    const laptop = report.classes[LAPTOP]
    expect(laptop.name).toBe('laptop')
    expect(laptop.explainedByMultiLabels).toBe(true)
    expect(laptop.status).not.toBe('hurt')
    expect(laptop.absorbedBy[0]).toMatchObject({ index: NOTEBOOK, name: 'notebook' })
    expect(laptop.kind).toBe('ambiguous')

    const retriever = report.classes[GOLDEN_RETRIEVER]
    expect(retriever.status).toBe('hurt')
    expect(retriever.kind).toBe('fine-grained')
    expect(retriever.absorbedBy[0]).toMatchObject({ index: LABRADOR, hierarchyDistance: 2 })
    const flagged = report.classes.filter(
      (entry: { status: string }) => entry.status !== 'unchanged'
    )
    expect(flagged.map((entry: { index: number }) => entry.index)).toEqual([GOLDEN_RETRIEVER])
    expect(run.code).toBe(1)

    const markdown = await readFile(path.join(dir, 'out', 'report.md'), 'utf8')
    expect(markdown).toMatch(/golden retriever.*fine-grained.*Labrador retriever/)
  })
})
