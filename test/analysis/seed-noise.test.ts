import { describe, expect, it } from 'vitest'
import { compare } from '../../src/analysis/compare.js'
import { estimateSeedDispersion } from '../../src/analysis/seed-noise.js'
import type { Comparison } from '../../src/analysis/types.js'
import { DEFAULT_POLICY, SeedPopulation } from './scenarios.js'

const flagged = (comparison: Comparison) =>
  comparison.classes.filter((c) => c.status === 'hurt' || c.status === 'helped').map((c) => c.index)

describe('estimateSeedDispersion', () => {
  it('averages (b − c)²/(b + c) over classes and checkpoint pairs', () => {
    // Two classes of 10 images. Checkpoints 0 and 1: class 0 has b = 4, c = 0 → 16/4 = 4; class 1 has
    // b = 1, c = 1 → 0. Mean over the two cells: 2.
    const labels = Int32Array.from({ length: 20 }, (_, i) => (i < 10 ? 0 : 1))
    const first = Uint8Array.from({ length: 20 }, (_, i) => (i < 4 || i === 10 ? 1 : 0))
    const second = Uint8Array.from({ length: 20 }, (_, i) => (i === 11 ? 1 : 0))
    const calibration = estimateSeedDispersion(
      [first, second],
      new Uint8Array(20).fill(1),
      labels,
      2
    )
    expect(calibration).toMatchObject({ replicates: 1, dispersion: 2, estimate: 2, cells: 2 })
    expect(calibration.method).toMatch(/quasi-binomial/)
  })

  it('never goes below 1: agreement beyond chance does not make the test bolder', () => {
    const labels = new Int32Array(10)
    const first = Uint8Array.from({ length: 10 }, (_, i) => (i < 5 ? 1 : 0))
    const second = Uint8Array.from({ length: 10 }, (_, i) => (i >= 5 ? 1 : 0))
    const calibration = estimateSeedDispersion(
      [first, second],
      new Uint8Array(10).fill(1),
      labels,
      1
    )
    // b = c = 5: (b − c)² = 0.
    expect(calibration.estimate).toBe(0)
    expect(calibration.dispersion).toBe(1)
  })

  it('is about 1 when seeds differ only image by image (no class-level pull)', () => {
    const population = new SeedPopulation(100, 300, 0, 0.15, 7)
    const rights = [11, 12, 13].map((seed) =>
      Uint8Array.from(population.checkpoint(seed), (p, i) => (p === population.labels[i] ? 1 : 0))
    )
    const calibration = estimateSeedDispersion(
      rights,
      new Uint8Array(population.labels.length).fill(1),
      population.labels,
      100
    )
    expect(calibration.replicates).toBe(2)
    expect(calibration.cells).toBe(300) // 100 classes × 3 pairs
    expect(calibration.estimate).toBeGreaterThan(0.8)
    expect(calibration.estimate).toBeLessThan(1.25)
  })
})

describe('seed-noise calibration in compare', () => {
  // 100 classes × 400 images; each seed pulls every class's accuracy by N(0, 3 points) (see SeedPopulation).
  for (const seed of [1, 2, 3]) {
    describe(`population ${seed}`, () => {
      const population = new SeedPopulation(100, 400, 0.03, 0.15, seed)
      const baseline = population.checkpoint(10)
      const otherBaseline = population.checkpoint(11)
      const candidate = population.checkpoint(12) // the same recipe, another seed: nothing really changed

      it('the uncalibrated test reports seed noise as harm and help', () => {
        const uncalibrated = compare(population.input(baseline, candidate), DEFAULT_POLICY)
        expect(uncalibrated.calibration).toBeNull()
        expect(flagged(uncalibrated).length).toBeGreaterThanOrEqual(3)
      })

      it('calibrated on a second baseline, it flags nothing', () => {
        const calibrated = compare(
          population.input(baseline, candidate, [otherBaseline]),
          DEFAULT_POLICY
        )
        expect(calibrated.calibration?.dispersion).toBeGreaterThan(2)
        expect(flagged(calibrated)).toEqual([])
        expect(calibrated.verdict).toBe('pass')
      })

      it('a real drop still stands out: class 7 losing half its right answers stays hurt', () => {
        const dropped = population.withDrop(candidate, 7, 0.5, 99)
        const calibrated = compare(
          population.input(baseline, dropped, [otherBaseline]),
          DEFAULT_POLICY
        )
        expect(calibrated.classes.filter((c) => c.status === 'hurt').map((c) => c.index)).toEqual([
          7
        ])
        // The interval is widened by √φ around the same Δ.
        const plain = compare(population.input(baseline, dropped), DEFAULT_POLICY).classes[7]
        const widened = calibrated.classes[7]
        expect(widened.delta).toBe(plain.delta)
        expect(widened.ci95[0]).toBeLessThan(plain.ci95[0])
        expect(widened.ci95[1]).toBeGreaterThan(plain.ci95[1])
      })
    })
  }
})
