import { describe, expect, it } from 'vitest'
import { compare } from '../../src/analysis/compare.js'
import { estimateSeedDispersion } from '../../src/analysis/seed-noise.js'
import { mcnemarDropPValue, mcnemarTwoSidedPValue } from '../../src/analysis/stats.js'
import type { Comparison, SeedCalibration } from '../../src/analysis/types.js'
import { InputError } from '../../src/errors.js'
import { Population } from './populations.js'
import { DEFAULT_POLICY } from '../helpers/policy.js'
import { SeedPopulation } from './scenarios.js'

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

describe('seed-noise calibration by class size (mixed sizes)', () => {
  // 50 classes × 400 images and 50 × 50; seeds pull classes by 3 points. A pull of 3 points is a dozen images
  // in a class of 400 and one or two in a class of 50: their over-dispersion differs several-fold.
  const sizes = Array.from({ length: 100 }, (_, c) => (c < 50 ? 400 : 50))
  const runs = [1, 2, 3, 4, 5, 6].map((run) => {
    const population = new Population(
      { classes: 100, imagesPerClass: sizes, noise: 'seed-like' },
      8000 + run
    )
    const [baseline, replicate, candidate] = [1, 2, 3].map((k) =>
      population.model(8100 + 10 * run + k)
    )
    return compare(population.input(baseline, candidate, [replicate]), DEFAULT_POLICY)
  })

  it('estimates φ per size group and tests each class with its own group’s φ', () => {
    for (const result of runs) {
      const calibration = result.calibration as SeedCalibration
      const groups = calibration.bySize ?? []
      expect(groups.map((g) => [g.fromImages, g.toImages])).toEqual([
        [50, 50],
        [400, 400]
      ])
      expect(groups[1].dispersion).toBeGreaterThan(2 * groups[0].dispersion)
      // The pooled φ lies in between: too small for the large classes, too large for the small ones.
      expect(calibration.dispersion).toBeGreaterThan(groups[0].dispersion)
      expect(calibration.dispersion).toBeLessThan(groups[1].dispersion)
      const large = result.classes[0]
      expect(large.pValue).toBe(mcnemarDropPValue(large.lost, large.gained, groups[1].dispersion))
      const small = result.classes[99]
      expect(small.pValue).toBe(mcnemarDropPValue(small.lost, small.gained, groups[0].dispersion))
    }
  })

  it('keeps the large classes near the nominal rate, where one pooled φ does not', () => {
    let pooled = 0
    let bySize = 0
    for (const result of runs) {
      const phi = (result.calibration as SeedCalibration).dispersion
      for (const c of result.classes.slice(0, 50)) {
        if (mcnemarDropPValue(c.lost, c.gained, phi) <= 0.05) pooled++
        if ((c.pValue as number) <= 0.05) bySize++
      }
    }
    // 300 one-sided tests at p ≤ 0.05: about 15 expected when calibrated.
    expect(pooled).toBeGreaterThan(25)
    expect(bySize).toBeLessThanOrEqual(20)
  })
})

describe('the overall test under seed noise', () => {
  it('calibrated, it stops reporting seed-to-seed variation as an overall change', () => {
    let plain = 0
    let calibrated = 0
    for (let run = 1; run <= 20; run++) {
      const population = new SeedPopulation(100, 400, 0.03, 0.15, 9000 + run)
      const [baseline, replicate, candidate] = [1, 2, 3].map((k) =>
        population.checkpoint(9100 + 10 * run + k)
      )
      const result = compare(population.input(baseline, candidate, [replicate]), DEFAULT_POLICY)
      if (mcnemarTwoSidedPValue(result.overall.lost, result.overall.gained) <= 0.05) plain++
      if (result.overall.pValue <= 0.05) calibrated++
    }
    // Nominal: 1 run in 20. Here 5 uncalibrated, 1 calibrated; docs/statistics.md: 12 and 3 of 40.
    expect(plain).toBeGreaterThanOrEqual(4)
    expect(calibrated).toBeLessThanOrEqual(1)
  })
})

describe('a seed replicate that is a copy', () => {
  it('is refused: it would pull φ towards 1 without a word', () => {
    const population = new SeedPopulation(20, 50, 0.03, 0.15, 5)
    const baseline = population.checkpoint(1)
    const candidate = population.checkpoint(2)
    expect(() =>
      compare(population.input(baseline, candidate, [baseline.slice()]), DEFAULT_POLICY)
    ).toThrow(
      new InputError(
        'baseline 2 predicts exactly what baseline 1 predicts on every image: a seed replicate must be a ' +
          'checkpoint trained with another seed (a copy would understate seed noise)'
      )
    )
    const other = population.checkpoint(3)
    expect(() =>
      compare(population.input(baseline, candidate, [other, other.slice()]), DEFAULT_POLICY)
    ).toThrow(/baseline 3 predicts exactly what baseline 2 predicts/)
    // A real second seed is accepted.
    expect(
      compare(population.input(baseline, candidate, [other]), DEFAULT_POLICY).calibration
    ).not.toBeNull()
  })
})
