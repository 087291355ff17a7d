import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  benjaminiHochberg,
  binomialUpperTail,
  mcnemarDropPValue,
  mcnemarTwoSidedPValue,
  pairedDifferenceInterval
} from '../../src/analysis/stats.js'

// Fixed seed: the properties are checked on the same cases every run (and reproducibly on failure).
const runs = { seed: 20_231_207, numRuns: 300 }

const count = fc.integer({ min: 0, max: 400 })
// Both extremes (fast-check's doubles crowd near 0) and ordinary values, with ties.
const pValue = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.noBias(fc.integer({ min: 0, max: 100 })).map((percent) => percent / 100)
)

describe('p-values', () => {
  it('lie in [0, 1], for any counts and dispersion', () => {
    fc.assert(
      fc.property(
        count,
        count,
        fc.double({ min: 1, max: 20, noNaN: true }),
        (lost, gained, dispersion) => {
          const p = mcnemarDropPValue(lost, gained, dispersion)
          expect(p).toBeGreaterThanOrEqual(0)
          expect(p).toBeLessThanOrEqual(1)
          const twoSided = mcnemarTwoSidedPValue(lost, gained)
          expect(twoSided).toBeGreaterThanOrEqual(0)
          expect(twoSided).toBeLessThanOrEqual(1)
        }
      ),
      runs
    )
  })

  it('fall as more images are lost (gains fixed) and rise as more are gained', () => {
    fc.assert(
      fc.property(count, count, (lost, gained) => {
        expect(mcnemarDropPValue(lost + 1, gained)).toBeLessThanOrEqual(
          mcnemarDropPValue(lost, gained)
        )
        expect(mcnemarDropPValue(lost, gained + 1)).toBeGreaterThanOrEqual(
          mcnemarDropPValue(lost, gained)
        )
      }),
      runs
    )
  })

  it('grow with the dispersion when more was lost than gained: calibration makes a drop less significant', () => {
    fc.assert(
      fc.property(
        count,
        count,
        fc.double({ min: 1, max: 10, noNaN: true }),
        (lost, gained, dispersion) => {
          fc.pre(lost > gained)
          expect(mcnemarDropPValue(lost, gained, dispersion * 1.5)).toBeGreaterThanOrEqual(
            mcnemarDropPValue(lost, gained, dispersion) - 1e-12
          )
        }
      ),
      runs
    )
  })

  it('drop and gain tests of the same class are complementary: P(X ≥ lost) + P(X ≥ gained + 1) = 1', () => {
    fc.assert(
      fc.property(count, count, (lost, gained) => {
        const drop = mcnemarDropPValue(lost, gained)
        const noGainBeyond = binomialUpperTail(gained + 1, lost + gained)
        expect(drop + noGainBeyond).toBeCloseTo(1, 10)
      }),
      runs
    )
  })
})

describe('Benjamini–Hochberg q-values', () => {
  const pValues = fc.array(fc.option(pValue, { nil: null, freq: 5 }), { maxLength: 60 })

  it('are never below their p-value, never above 1, and null exactly where p is', () => {
    fc.assert(
      fc.property(pValues, (ps) => {
        const qs = benjaminiHochberg(ps)
        ps.forEach((p, i) => {
          if (p === null) return expect(qs[i]).toBeNull()
          expect(qs[i]).toBeGreaterThanOrEqual(p)
          expect(qs[i]).toBeLessThanOrEqual(1)
        })
      }),
      runs
    )
  })

  it('keep the order of the p-values (monotone)', () => {
    fc.assert(
      fc.property(pValues, (ps) => {
        const qs = benjaminiHochberg(ps)
        ps.forEach((p, i) =>
          ps.forEach((r, j) => {
            if (p !== null && r !== null && p <= r)
              expect(qs[i] as number).toBeLessThanOrEqual(qs[j] as number)
          })
        )
      }),
      runs
    )
  })

  it('do not depend on the order of the classes', () => {
    fc.assert(
      fc.property(
        pValues.chain((ps) =>
          fc.tuple(
            fc.constant(ps),
            fc.shuffledSubarray(
              ps.map((_, i) => i),
              { minLength: ps.length }
            )
          )
        ),
        ([ps, order]) => {
          const qs = benjaminiHochberg(ps)
          const shuffledQs = benjaminiHochberg(order.map((i) => ps[i]))
          order.forEach((i, k) => expect(shuffledQs[k]).toBe(qs[i]))
        }
      ),
      runs
    )
  })
})

describe('paired interval', () => {
  it('contains Δ and lies in [−1, 1]', () => {
    fc.assert(
      fc.property(count, count, count, count, (bothRight, lost, gained, bothWrong) => {
        fc.pre(bothRight + lost + gained + bothWrong > 0)
        const [low, high] = pairedDifferenceInterval({ bothRight, lost, gained, bothWrong })
        const delta = (gained - lost) / (bothRight + lost + gained + bothWrong)
        expect(low).toBeGreaterThanOrEqual(-1)
        expect(high).toBeLessThanOrEqual(1)
        expect(low).toBeLessThanOrEqual(delta + 1e-12)
        expect(high).toBeGreaterThanOrEqual(delta - 1e-12)
      }),
      runs
    )
  })

  it('mirrors when baseline and candidate swap', () => {
    fc.assert(
      fc.property(count, count, count, count, (bothRight, lost, gained, bothWrong) => {
        fc.pre(bothRight + lost + gained + bothWrong > 0)
        const [low, high] = pairedDifferenceInterval({ bothRight, lost, gained, bothWrong })
        const [swappedLow, swappedHigh] = pairedDifferenceInterval({
          bothRight,
          lost: gained,
          gained: lost,
          bothWrong
        })
        expect(swappedLow).toBeCloseTo(-high, 12)
        expect(swappedHigh).toBeCloseTo(-low, 12)
      }),
      runs
    )
  })
})
