import { describe, expect, it } from 'vitest'
import type { ClassResult } from '../../src/analysis/types.js'
import {
  buildReport,
  parseUntrustedReport,
  roundSignificant,
  serializeReport
} from '../../src/report/json.js'
import { INPUTS, classResult, sampleComparison, sampleReport } from './fixtures.js'

describe('buildReport', () => {
  it('carries the report.json contract of issue 2', () => {
    const report = JSON.parse(serializeReport(sampleReport()))

    expect(report.schemaVersion).toBe(1)
    expect(report.verdict).toBe('fail')
    expect(report.metric).toBe('multi-label')
    expect(report.summary).toMatchObject({
      images: 300,
      hurt: 1,
      helped: 1,
      baseline: { accuracy: 0.76, multiLabelAccuracy: 0.8 },
      candidate: { accuracy: 0.74, multiLabelAccuracy: 0.79 }
    })
    const laptop = report.classes[1]
    expect(Object.keys(laptop)).toEqual(
      expect.arrayContaining([
        'index',
        'name',
        'support',
        'multiLabelSupport',
        'baseline',
        'candidate',
        'delta',
        'lost',
        'gained',
        'pValue',
        'qValue',
        'ci95',
        'status'
      ])
    )
    expect(laptop).toMatchObject({
      index: 1,
      name: 'laptop',
      support: 50,
      multiLabelSupport: 50,
      delta: -0.22,
      lost: 12,
      gained: 1,
      pValue: 0.0017,
      qValue: 0.0085,
      ci95: [-0.34, -0.1],
      status: 'hurt'
    })
  })

  it('carries kind, explainedByMultiLabels and absorbedBy of issue 4', () => {
    const report = JSON.parse(serializeReport(sampleReport()))

    expect(report.classes[1].kind).toBe('fine-grained')
    expect(report.classes[4].explainedByMultiLabels).toBe(true)
    expect(report.classes[1].absorbedBy[0]).toEqual({
      index: 2,
      name: 'notebook',
      count: 9,
      falsePositiveGrowth: 11,
      cooccurrence: 0.04,
      hierarchyDistance: 2
    })
  })

  it('counts hurt, suspected and helped classes and lists classes in index order', () => {
    const comparison = sampleComparison()
    const shuffled = { ...comparison, classes: [...comparison.classes].reverse() }
    const report = buildReport(shuffled, INPUTS, '0.1.0')

    expect(report.classes.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5])
    expect(report.summary).toMatchObject({ classes: 6, hurt: 1, suspected: 1, helped: 1 })
    expect(report.tool).toEqual({ name: 'classdiff', version: '0.1.0' })
    expect(report.inputs).toEqual(INPUTS)
  })
})

describe('serializeReport', () => {
  it('writes byte-identical text however the objects were built', () => {
    const comparison = sampleComparison()
    // The same content with every class's keys in reverse order and classes in reverse order.
    const reversedKeys = (c: ClassResult): ClassResult =>
      Object.fromEntries(Object.entries(c).reverse()) as unknown as ClassResult
    const scrambled = { ...comparison, classes: comparison.classes.map(reversedKeys).reverse() }

    const a = serializeReport(buildReport(comparison, INPUTS, '0.1.0'))
    const b = serializeReport(buildReport(scrambled, INPUTS, '0.1.0'))
    expect(b).toBe(a)
  })

  it('rounds away floating-point noise, so summation order cannot change the file', () => {
    // 0.1 + 0.2 and 0.3 differ in the last bit, as sums in another order or thread count may.
    const noisy = sampleComparison({
      classes: [
        classResult({ index: 0, name: 'a', delta: 0.1 + 0.2, ci95: [0.1 + 0.2 - 0.5, 0.3] })
      ]
    })
    const clean = sampleComparison({
      classes: [classResult({ index: 0, name: 'a', delta: 0.3, ci95: [0.3 - 0.5, 0.3] })]
    })
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(serializeReport(buildReport(noisy, INPUTS, '1'))).toBe(
      serializeReport(buildReport(clean, INPUTS, '1'))
    )
  })

  it('keeps integers exact and writes −0 as 0', () => {
    expect(roundSignificant(123456789012)).toBe(123456789012)
    expect(Object.is(roundSignificant(-0), 0)).toBe(true)
    expect(roundSignificant(1 / 3)).toBe(0.3333333333)
    expect(roundSignificant(1.23456789012e-30)).toBe(1.23456789e-30)
  })

  it('writes keys in the documented order, one line per class, and ends with a newline', () => {
    const text = serializeReport(sampleReport())
    const lines = text.split('\n')

    expect(lines[0]).toBe('{')
    expect(lines[1]).toBe('  "schemaVersion": 1,')
    expect(lines.slice(1, 13).map((l) => /"(\w+)"/.exec(l)?.[1])).toEqual([
      'schemaVersion',
      'tool',
      'verdict',
      'metric',
      'reasons',
      'summary',
      'policy',
      'calibration',
      'power',
      'evidence',
      'inputs',
      'classes'
    ])
    expect(lines.filter((l) => l.startsWith('    {"index":'))).toHaveLength(6)
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('refuses to write a non-finite number, which would turn into null', () => {
    const broken = sampleComparison({
      classes: [classResult({ index: 0, name: 'a', delta: Number.NaN })]
    })
    expect(() => serializeReport(buildReport(broken, INPUTS, '1'))).toThrow(/not a finite number/)
  })

  it('round-trips through the untrusted-report validator unchanged', () => {
    const text = serializeReport(sampleReport())
    const parsed = parseUntrustedReport(text, 'report.json')
    expect(serializeReport(parsed)).toBe(text)
  })
})
