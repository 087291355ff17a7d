import { describe, expect, it } from 'vitest'
import type { PairedOutcome } from '../../src/analysis/confusion.js'
import { MIN_GROUP_CLASSES, pairShiftTests } from '../../src/analysis/shift.js'
import { Population } from './populations.js'

/** The paired outcome of two top-1 arrays under original labels. */
function outcome(labels: Int32Array, baseline: Int32Array, candidate: Int32Array): PairedOutcome {
  return {
    scored: new Uint8Array(labels.length).fill(1),
    baselineRight: Uint8Array.from(labels, (c, i) => (baseline[i] === c ? 1 : 0)),
    candidateRight: Uint8Array.from(labels, (c, i) => (candidate[i] === c ? 1 : 0))
  }
}

function sizes(labels: Int32Array, classCount: number): Int32Array {
  const size = new Int32Array(classCount)
  for (const c of labels) size[c]++
  return size
}

describe('pairShiftTests', () => {
  it('counts the most images lost to one partner (M) and won back from one partner (W)', () => {
    // 60 classes of 10 images. Class 0: 4 images lost to class 1, 1 to class 2, 2 won back from class 3.
    const classCount = 60
    const labels = Int32Array.from({ length: 600 }, (_, i) => Math.floor(i / 10))
    const baseline = labels.slice()
    const candidate = labels.slice()
    candidate.set([1, 1, 1, 1, 2], 0)
    baseline.set([3, 3], 5)
    const result = pairShiftTests(
      labels,
      outcome(labels, baseline, candidate),
      baseline,
      candidate,
      sizes(labels, classCount)
    )
    expect(result.lostToPartner[0]).toBe(4)
    expect(result.partners[0]).toBe(1)
    expect(result.wonBackFromPartner[0]).toBe(2)
    expect(result.partners[5]).toBeNull()
    // Every other class lost and won back nothing: under that null, 4 lost to one partner is rare…
    expect(result.pValues[0] as number).toBeLessThan(0.01)
    // …and a class that lost nothing has p = 1.
    expect(result.pValues[5]).toBe(1)
    expect(result.groups).toHaveLength(1)
    expect(result.groups[0]).toMatchObject({ fromImages: 10, toImages: 10, classes: 60 })
  })

  it(`does not run with fewer than ${MIN_GROUP_CLASSES} classes: too few for an empirical null`, () => {
    const classCount = MIN_GROUP_CLASSES - 1
    const labels = Int32Array.from({ length: classCount * 10 }, (_, i) => Math.floor(i / 10))
    const candidate = labels.map((c) => (c + 1) % classCount)
    const result = pairShiftTests(
      labels,
      outcome(labels, labels, candidate),
      labels,
      candidate,
      sizes(labels, classCount)
    )
    expect(result.pValues.every((p) => p === null)).toBe(true)
    expect(result.groups).toEqual([])
  })

  it('compares classes with classes of similar size', () => {
    const classCount = 120
    const perClass = Array.from({ length: classCount }, (_, c) => (c < 60 ? 50 : 400))
    const population = new Population(
      { classes: classCount, imagesPerClass: perClass, noise: 'structured' },
      3
    )
    const [baseline, candidate] = [1, 2].map((seed) => population.model(seed))
    const result = pairShiftTests(
      population.labels,
      outcome(population.labels, baseline, candidate),
      baseline,
      candidate,
      sizes(population.labels, classCount)
    )
    expect(result.groups.map((g) => [g.fromImages, g.toImages, g.classes])).toEqual([
      [50, 50, 60],
      [400, 400, 60]
    ])
  })

  it('holds its level under noise: p ≤ 0.05 in about 5% of classes, never far below 0.001', () => {
    let small = 0
    let tiny = 0
    let tests = 0
    for (const run of [1, 2, 3]) {
      for (const noise of ['structured', 'seed-like'] as const) {
        const population = new Population({ classes: 1000, imagesPerClass: 50, noise }, 40 + run)
        const [baseline, candidate] = [1, 2].map((seed) => population.model(100 * run + seed))
        const result = pairShiftTests(
          population.labels,
          outcome(population.labels, baseline, candidate),
          baseline,
          candidate,
          sizes(population.labels, 1000)
        )
        for (const p of result.pValues) {
          tests++
          if ((p as number) <= 0.05) small++
          if ((p as number) <= 0.001) tiny++
        }
      }
    }
    // The statistic is discrete, so the test is conservative rather than exact at a given level.
    expect(small / tests).toBeLessThanOrEqual(0.06)
    expect(tiny / tests).toBeLessThanOrEqual(0.002)
  })

  it('adds seed replicates to its null: a shift the seeds alone make is no evidence', () => {
    // 60 classes of 20 images, no other noise. The second baseline seed moves 8 images of class 5 to class 6;
    // the candidate moves 8 images of class 10 to class 11.
    const classCount = 60
    const labels = Int32Array.from({ length: 1200 }, (_, i) => Math.floor(i / 20))
    const baseline = labels.slice()
    const replicate = labels.slice()
    replicate.fill(6, 100, 108)
    const candidate = labels.slice()
    candidate.fill(11, 200, 208)
    const args = [
      labels,
      outcome(labels, baseline, candidate),
      baseline,
      candidate,
      sizes(labels, classCount)
    ] as const
    const right = Uint8Array.from(labels, (c, i) => (replicate[i] === c ? 1 : 0))
    const without = pairShiftTests(...args).pValues[10] as number
    const withReplicate = pairShiftTests(...args, [{ right, predictions: replicate }])
      .pValues[10] as number
    expect(without).toBeLessThan(0.001)
    expect(withReplicate).toBeGreaterThan(10 * without)
  })
})
