import { describe, expect, it } from 'vitest'
import { compare } from '../../src/analysis/compare.js'
import type { AnalysisInput } from '../../src/analysis/types.js'
import { classesWithEvidence, imagesInPlan, planEvidence } from '../../src/report/evidence.js'
import { buildReport } from '../../src/report/json.js'
import { INPUTS, POLICY } from './fixtures.js'

/**
 * 6 classes × 60 images, every image multi-labelled with its own class and, for class 1, also class 2 (so
 * predicting 2 on a class-1 image is right under multi-label scoring). The candidate moves class 0's images
 * to 3 and 4, and class 1's to 2 (not a loss under multi-labels) and to 5 (a loss).
 */
function input(): AnalysisInput {
  const classes = 6
  const per = 60
  const n = classes * per
  const labels = new Int32Array(n)
  const baseline = new Int32Array(n)
  const candidate = new Int32Array(n)
  const multiLabels: number[][] = []
  for (let c = 0; c < classes; c++) {
    for (let k = 0; k < per; k++) {
      const i = c * per + k
      labels[i] = c
      baseline[i] = c
      candidate[i] = c
      multiLabels.push(c === 1 ? [1, 2] : [c])
      if (c === 0 && k < 30) candidate[i] = k % 3 === 0 ? 4 : 3
      if (c === 1 && k < 20) candidate[i] = 2
      if (c === 1 && k >= 20 && k < 45) candidate[i] = 5
    }
  }
  return {
    classNames: ['a', 'b', 'c', 'd', 'e', 'f'],
    labels,
    multiLabels,
    baseline,
    candidate,
    baselineReplicates: [],
    hierarchy: null
  }
}

describe('planEvidence', () => {
  const data = input()
  const report = buildReport(compare(data, POLICY), INPUTS, '1')
  const plans = planEvidence(data, report, { lostPerClass: 12, absorbers: 2, imagesPerAbsorber: 3 })

  it('counts exactly the images the report counts as lost, on the gating metric', () => {
    expect(report.metric).toBe('multi-label')
    expect(plans.map((p) => p.index)).toEqual(classesWithEvidence(report).map((c) => c.index))
    for (const plan of plans) {
      expect(plan.lostTotal).toBe(report.classes[plan.index]?.lost)
    }
    // Class 1's images now called c are right under multi-labels: only the 25 sent to f are lost.
    expect(plans.find((p) => p.index === 1)?.lostTotal).toBe(25)
  })

  it('shows the lost images grouped by the class that took most, then in set order, capped', () => {
    const a = plans.find((p) => p.index === 0)
    // 20 went to d, 10 to e: d's first.
    expect(a?.lost).toHaveLength(12)
    expect(a?.lost.every((i) => data.candidate[i] === 3)).toBe(true)
    expect(a?.lost).toEqual([...(a?.lost ?? [])].sort((x, y) => x - y))
    expect(a?.absorbers.map((x) => x.index)).toEqual([3, 4])
    // Images of the absorbing class the candidate gets right.
    for (const absorber of a?.absorbers ?? []) {
      expect(absorber.images).toHaveLength(3)
      for (const i of absorber.images) {
        expect(data.labels[i]).toBe(absorber.index)
        expect(data.candidate[i]).toBe(absorber.index)
      }
    }
  })

  it('lists every shown image once, for the thumbnails', () => {
    const all = imagesInPlan(plans)
    expect(new Set(all).size).toBe(all.length)
    expect(all).toEqual([...all].sort((x, y) => x - y))
    const expected = new Set(
      plans.flatMap((p) => [...p.lost, ...p.absorbers.flatMap((x) => x.images)])
    )
    expect(all.length).toBe(expected.size)
  })
})
