import { describe, expect, it } from 'vitest'
import {
  absorbingClasses,
  falsePositiveGrowth,
  MAX_ABSORBERS
} from '../../src/analysis/confusion.js'
import { indexByClass } from '../../src/analysis/scoring.js'

describe('absorbingClasses', () => {
  // Class 0 has 30 images, all right in the baseline. The candidate sends 3 to class 5, 3 to class 2,
  // 1 each to classes 3, 4, 6 … 15, and keeps the rest.
  const sent = [5, 5, 5, 2, 2, 2, 3, 4, ...Array.from({ length: 10 }, (_, k) => 6 + k)]
  const labels = new Int32Array(30)
  const candidate = Int32Array.from({ length: 30 }, (_, i) => sent[i] ?? 0)
  const baseline = new Int32Array(30)
  const outcome = {
    scored: new Uint8Array(30).fill(1),
    baselineRight: Uint8Array.from(baseline, (p, i) => (p === labels[i] ? 1 : 0)),
    candidateRight: Uint8Array.from(candidate, (p, i) => (p === labels[i] ? 1 : 0))
  }

  it('lists where lost images went: most first, ties by class index, at most MAX_ABSORBERS', () => {
    const absorbed = absorbingClasses(0, indexByClass(labels, 16), outcome, candidate)
    expect(absorbed).toHaveLength(MAX_ABSORBERS)
    expect(absorbed.slice(0, 4)).toEqual([
      { index: 2, count: 3 },
      { index: 5, count: 3 },
      { index: 3, count: 1 },
      { index: 4, count: 1 }
    ])
  })

  it('counts only images the baseline got right and the metric scores', () => {
    const notScored = {
      ...outcome,
      scored: Uint8Array.from({ length: 30 }, (_, i) => (i < 3 ? 0 : 1))
    }
    expect(absorbingClasses(0, indexByClass(labels, 16), notScored, candidate)[0]).toEqual({
      index: 2,
      count: 3
    })
    const baselineWrong = {
      ...outcome,
      baselineRight: Uint8Array.from({ length: 30 }, (_, i) => (i < 6 ? 0 : 1))
    }
    expect(absorbingClasses(0, indexByClass(labels, 16), baselineWrong, candidate)[0]).toEqual({
      index: 3,
      count: 1
    })
  })
})

describe('falsePositiveGrowth', () => {
  it('is candidate minus baseline wrong predictions of each class, over scored images', () => {
    const baseline = Int32Array.from([1, 1, 2, 0])
    const candidate = Int32Array.from([2, 2, 2, 1])
    const outcome = {
      scored: Uint8Array.from([1, 1, 1, 0]),
      baselineRight: Uint8Array.from([0, 1, 0, 0]),
      candidateRight: Uint8Array.from([0, 0, 1, 0])
    }
    // Baseline false positives: class 1 once (image 0), class 2 once (image 2). Candidate: class 2 twice.
    expect(Array.from(falsePositiveGrowth(outcome, baseline, candidate, 3))).toEqual([0, -1, 1])
  })
})
