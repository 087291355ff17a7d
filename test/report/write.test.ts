import { lstat, mkdir, readdir, readFile, symlink } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compare } from '../../src/analysis/compare.js'
import type { AnalysisInput } from '../../src/analysis/types.js'
import type { EvalSet } from '../../src/data/types.js'
import { serializeReport } from '../../src/report/json.js'
import { REPORT_LIMITS } from '../../src/report/validate.js'
import { reportOf, writeReport, type ReportContent } from '../../src/report/write.js'
import { tempDir } from '../model/helpers/images.js'
import { INPUTS, POLICY } from './fixtures.js'

/** A predictions-only comparison (no image files): 3 classes × 30 images, the candidate loses half of "b". */
function content(): ReportContent {
  const classNames = ['a', 'b', 'c']
  const images = Array.from({ length: 90 }, (_, i) => ({
    id: `${classNames[Math.floor(i / 30)]}/${i}.png`,
    file: '',
    label: Math.floor(i / 30),
    multiLabels: null
  }))
  const evalSet: EvalSet = {
    root: '',
    classNames,
    images,
    hasMultiLabels: false,
    hierarchy: null,
    source: 'data/val.csv'
  }
  const labels = Int32Array.from(images, (image) => image.label)
  const candidate = labels.map((label, i) => (label === 1 && i % 2 === 0 ? 2 : label))
  const input: AnalysisInput = {
    classNames,
    labels,
    multiLabels: images.map(() => null),
    baseline: labels,
    candidate,
    baselineReplicates: [],
    hierarchy: null
  }
  const comparison = compare(input, POLICY)
  const top = (best: Int32Array) =>
    images.map((image, i) => ({ id: image.id, top: [best[i] as number] }))
  return {
    report: reportOf(comparison, INPUTS),
    comparison,
    input,
    evalSet,
    predictions: [
      { role: 'baseline', predictions: top(labels) },
      { role: 'candidate', predictions: top(candidate) }
    ]
  }
}

describe('writing the report files', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => ({ dir, cleanup } = await tempDir('classdiff-write-')))
  afterAll(() => cleanup())

  it('writes report.json, report.md, the comment preview, report.html, the plan and each side predictions', async () => {
    const made = content()
    const outDir = path.join(dir, 'out')
    const files = await writeReport(outDir, made)
    expect((await readdir(outDir)).sort()).toEqual([
      'augmentation-plan.json',
      'comment.md',
      'predictions-baseline.jsonl',
      'predictions-candidate.jsonl',
      'report.html',
      'report.json',
      'report.md'
    ])
    expect(await readFile(files.reportJson, 'utf8')).toBe(serializeReport(made.report))
    expect(made.report.verdict).toBe('fail')
    expect(await readFile(files.commentPreview, 'utf8')).toContain('<!-- classdiff:preview -->')
    const candidate = (await readFile(files.predictions[1] as string, 'utf8')).split('\n')
    expect(candidate[1]).toBe('{"id":"a/1.png","top":[0]}')
    expect(candidate[30]).toBe('{"id":"b/30.png","top":[2]}')
  })

  it('writes into a real folder only: a symbolic link at --out-dir is refused and nothing is written', async () => {
    const target = path.join(dir, 'elsewhere')
    await mkdir(target)
    const link = path.join(dir, 'linked-out')
    await symlink(target, link)
    await expect(writeReport(link, content())).rejects.toThrow(/is a symbolic link/)
    expect(await readdir(target)).toEqual([])
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
  })

  it('names sides as report.json may hold them: a path longer than its limit keeps its end', () => {
    const { comparison } = content()
    const long = `models/${'x'.repeat(REPORT_LIMITS.maxNameLength)}/candidate.onnx`
    const report = reportOf(comparison, { ...INPUTS, candidate: long })
    expect(report.inputs.candidate).toHaveLength(REPORT_LIMITS.maxNameLength)
    expect(report.inputs.candidate.startsWith('…')).toBe(true)
    expect(report.inputs.candidate.endsWith('/candidate.onnx')).toBe(true)
    expect(report.inputs.baseline).toBe(INPUTS.baseline)
  })
})
