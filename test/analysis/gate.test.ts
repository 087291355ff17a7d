import { describe, expect, it } from 'vitest'
import { classStatus, decideVerdict, SUSPECTED_Q } from '../../src/analysis/gate.js'
import type { ClassResult, OverallResult } from '../../src/analysis/types.js'
import { DEFAULT_POLICY } from '../helpers/policy.js'

describe('classStatus', () => {
  it('hurt needs both the margin and significance; suspected the margin and q ≤ 0.25', () => {
    expect(classStatus(-0.05, 0.05, null, 1, DEFAULT_POLICY)).toBe('hurt') // both thresholds inclusive
    expect(classStatus(-0.05, 0.0501, null, 1, DEFAULT_POLICY)).toBe('suspected')
    expect(classStatus(-0.05, SUSPECTED_Q, null, 1, DEFAULT_POLICY)).toBe('suspected')
    expect(classStatus(-0.3, 0.2501, null, 1, DEFAULT_POLICY)).toBe('unchanged') // a drop noise explains
    expect(classStatus(-0.049, 0.001, null, 1, DEFAULT_POLICY)).toBe('unchanged')
    expect(classStatus(-3 / 60, 0.01, null, 1, DEFAULT_POLICY)).toBe('hurt') // 3 of 60 images is exactly 5 points
  })

  it('either drop test can make a class hurt or suspected: McNemar or the pair shift', () => {
    expect(classStatus(-0.2, 0.4, 0.01, 1, DEFAULT_POLICY)).toBe('hurt')
    expect(classStatus(-0.2, 0.01, 0.4, 1, DEFAULT_POLICY)).toBe('hurt')
    expect(classStatus(-0.2, 0.6, 0.2, 1, DEFAULT_POLICY)).toBe('suspected')
    expect(classStatus(-0.2, 0.6, 0.3, 1, DEFAULT_POLICY)).toBe('unchanged')
    // the margin still applies to the observed drop
    expect(classStatus(-0.04, 0.6, 1e-9, 1, DEFAULT_POLICY)).toBe('unchanged')
  })

  it('helped is the mirror of hurt; there is no "suspected" gain', () => {
    expect(classStatus(0.05, 1, null, 0.05, DEFAULT_POLICY)).toBe('helped')
    expect(classStatus(0.3, 1, null, 0.2, DEFAULT_POLICY)).toBe('unchanged')
  })

  it('leaves untested classes and no change at all unchanged, even with a zero margin', () => {
    expect(classStatus(0, null, null, null, DEFAULT_POLICY)).toBe('unchanged')
    expect(classStatus(0, 1, null, 1, { ...DEFAULT_POLICY, maxClassDrop: 0 })).toBe('unchanged')
    expect(classStatus(-0.01, 0.01, null, 1, { ...DEFAULT_POLICY, maxClassDrop: 0 })).toBe('hurt')
  })
})

describe('decideVerdict', () => {
  const overall: OverallResult = {
    images: 1000,
    baseline: { accuracy: 0.8, multiLabelAccuracy: null },
    candidate: { accuracy: 0.8, multiLabelAccuracy: null },
    delta: 0,
    lost: 0,
    gained: 0,
    pValue: 1,
    ci95: [-0.01, 0.01]
  }
  const hurtClass = (index: number, name: string, delta: number) =>
    ({ index, name, delta, status: 'hurt' }) as ClassResult

  it('passes with no reasons when nothing is hurt', () => {
    expect(decideVerdict([], overall, DEFAULT_POLICY, 'original')).toEqual({
      verdict: 'pass',
      reasons: []
    })
  })

  it('names the worst hurt classes first and keeps the line short, whatever the names', () => {
    const long = 'a very long class name\nwith a line break and more words than anyone should need'
    const classes = [
      hurtClass(0, 'laptop', -0.1),
      hurtClass(1, long, -0.4),
      ...Array.from({ length: 6 }, (_, k) => hurtClass(2 + k, `class ${2 + k}`, -0.2))
    ]
    const { verdict, reasons } = decideVerdict(classes, overall, DEFAULT_POLICY, 'original')
    expect(verdict).toBe('fail')
    expect(reasons).toEqual([
      '8 classes dropped by 5 points or more (q ≤ 0.05): a very long class name with a line brea…, ' +
        'class 2, class 3, class 4, class 5 and 3 more'
    ])
  })

  it('fails on the overall drop only when it is both beyond the limit and significant', () => {
    const drop = { ...overall, delta: -0.012, pValue: 0.01 }
    expect(decideVerdict([], drop, DEFAULT_POLICY, 'multi-label').reasons).toEqual([
      'overall multi-label accuracy dropped by 1.20 points (p = 0.010), more than the 1-point limit'
    ])
    expect(decideVerdict([], { ...drop, pValue: 0.2 }, DEFAULT_POLICY, 'original').verdict).toBe(
      'pass'
    )
    expect(decideVerdict([], { ...drop, delta: -0.01 }, DEFAULT_POLICY, 'original').verdict).toBe(
      'pass'
    )
  })
})
