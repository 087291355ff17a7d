import betainc from '@stdlib/math-base-special-betainc'
import { describe, expect, it } from 'vitest'
import {
  benjaminiHochberg,
  binomialUpperTail,
  mcnemarDropPValue,
  mcnemarTwoSidedPValue,
  pairedDifferenceInterval,
  wilsonInterval
} from '../../src/analysis/stats.js'

describe('binomialUpperTail: P(X ≥ k), X ~ Bin(n, ½)', () => {
  it('equals hand-counted tails for small n', () => {
    // Bin(10, ½): C(10,8) + C(10,9) + C(10,10) = 45 + 10 + 1 = 56 of 1024 outcomes.
    expect(binomialUpperTail(8, 10)).toBe(56 / 1024)
    expect(binomialUpperTail(5, 5)).toBe(1 / 32)
    expect(binomialUpperTail(3, 4)).toBe(5 / 16)
    // Bin(20, ½), k = 15: (15504 + 4845 + 1140 + 190 + 20 + 1) / 2^20.
    expect(binomialUpperTail(15, 20)).toBeCloseTo(21700 / 1048576, 15)
    // The long tail, through the complement: P(X ≥ 2) for Bin(10, ½) = 1 − 11/1024.
    expect(binomialUpperTail(2, 10)).toBeCloseTo(1 - 11 / 1024, 15)
  })

  it('is 1 at k ≤ 0 and 0 beyond n', () => {
    expect(binomialUpperTail(0, 7)).toBe(1)
    expect(binomialUpperTail(-3, 7)).toBe(1)
    expect(binomialUpperTail(8, 7)).toBe(0)
    expect(binomialUpperTail(0, 0)).toBe(1)
  })

  it('stays accurate and finite up to n = 50,000 (beyond the exact-integer range)', () => {
    // Reference values: the same sums in exact rational arithmetic (Python integers and Fraction). Above
    // n = 1000 the first term comes from lgamma, good to about 1e-11 relative.
    const closeTo = (actual: number, expected: number) =>
      expect(Math.abs(actual / expected - 1)).toBeLessThan(1e-10)
    closeTo(binomialUpperTail(25_300, 50_000), 0.0036939172590177345)
    closeTo(binomialUpperTail(24_800, 50_000), 0.9635401644249916)
    closeTo(binomialUpperTail(25_000, 50_000), 0.5017841151955545)
    closeTo(binomialUpperTail(1_060, 2_000), 0.003888559450989357)
    // Far in the tail: 40,000 heads of 50,000 is about 10^-4,292 — underflows to 0, never NaN.
    expect(binomialUpperTail(40_000, 50_000)).toBe(0)
    expect(binomialUpperTail(10_000, 50_000)).toBe(1)
  })

  it('extends to fractional counts through the incomplete beta function, matching at whole counts', () => {
    for (const [k, n] of [
      [3, 10],
      [17, 20],
      [260, 500],
      [4_100, 8_000]
    ]) {
      expect(binomialUpperTail(k, n)).toBeCloseTo(betainc(0.5, k, n - k + 1), 12)
      // Continuous across the switch from the exact sum to the beta function.
      expect(binomialUpperTail(k + 1e-9, n + 1e-9)).toBeCloseTo(binomialUpperTail(k, n), 7)
    }
    // Between whole counts it lies between its neighbours.
    expect(binomialUpperTail(2.5, 2.5)).toBeCloseTo(2 ** -2.5, 12)
  })
})

describe('McNemar tests', () => {
  it('one-sided: the probability of losing at least this many of the discordant images by chance', () => {
    expect(mcnemarDropPValue(5, 0)).toBe(1 / 32)
    expect(mcnemarDropPValue(8, 2)).toBe(56 / 1024)
    expect(mcnemarDropPValue(0, 9)).toBe(1)
    expect(mcnemarDropPValue(3, 3)).toBeCloseTo(42 / 64, 15)
  })

  it('four lost images alone cannot reach p < 0.05; five can (docs/design.md#statistics)', () => {
    expect(mcnemarDropPValue(4, 0)).toBeGreaterThan(0.05)
    expect(mcnemarDropPValue(5, 0)).toBeLessThan(0.05)
  })

  it('with a dispersion φ, counts are divided by φ: 10 lost at φ = 2 weighs like 5 lost', () => {
    expect(mcnemarDropPValue(10, 0, 2)).toBeCloseTo(1 / 32, 14)
    expect(mcnemarDropPValue(16, 4, 2)).toBeCloseTo(56 / 1024, 12)
    expect(mcnemarDropPValue(10, 0, 1)).toBe(1 / 1024)
  })

  it('two-sided: twice the smaller tail, capped at 1', () => {
    expect(mcnemarTwoSidedPValue(8, 2)).toBe(112 / 1024)
    expect(mcnemarTwoSidedPValue(2, 8)).toBe(112 / 1024)
    expect(mcnemarTwoSidedPValue(4, 4)).toBe(1)
    expect(mcnemarTwoSidedPValue(3, 2)).toBe(1)
    expect(mcnemarTwoSidedPValue(0, 0)).toBe(1)
  })
})

describe('benjaminiHochberg', () => {
  // Benjamini & Hochberg (1995), section 4: fifteen p-values; at q = 0.05 the first four are rejected.
  const textbook = [
    0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719,
    0.6528, 0.759, 1
  ]

  it('reproduces the textbook example', () => {
    const q = benjaminiHochberg(textbook) as number[]
    // q_(i) = min over j ≥ i of p_(j)·15/j, worked by hand.
    const expected = [
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0638571, 0.0638571, 0.0645, 0.0765, 0.486,
      0.5811818, 0.714875, 0.7532308, 0.8132143, 1
    ]
    q.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 6))
    expect(q.filter((value) => value <= 0.05)).toHaveLength(4)
  })

  it('leaves untested classes null and out of the count', () => {
    expect(benjaminiHochberg([0.01, null, 0.04, null])).toEqual([0.02, null, 0.04, null])
    expect(benjaminiHochberg([null, null])).toEqual([null, null])
    expect(benjaminiHochberg([])).toEqual([])
  })

  it('gives tied p-values one q and never exceeds 1', () => {
    expect(benjaminiHochberg([0.02, 0.02, 0.9])).toEqual([0.03, 0.03, 0.9])
    expect(benjaminiHochberg([0.9, 0.95])).toEqual([0.95, 0.95])
  })
})

describe('pairedDifferenceInterval (Newcombe 1998, method 10)', () => {
  it('reproduces Newcombe’s worked example: 36 both right, 12 gained, 2 lost, 0 both wrong', () => {
    const [low, high] = pairedDifferenceInterval({
      bothRight: 36,
      gained: 12,
      lost: 2,
      bothWrong: 0
    })
    expect(low).toBeCloseTo(0.0569, 4)
    expect(high).toBeCloseTo(0.3404, 4)
  })

  it('reproduces Fagerland, Lydersen & Laake’s example (Cavo et al. 2012): estimate −0.0621, −0.1186 to −0.0046', () => {
    const [low, high] = pairedDifferenceInterval({
      bothRight: 59,
      gained: 6,
      lost: 16,
      bothWrong: 80
    })
    expect(low).toBeCloseTo(-0.1186, 4)
    expect(high).toBeCloseTo(-0.0046, 4)
  })

  it('holds Δ, stays within [−1, 1], and is [−1, 1] without images', () => {
    const [low, high] = pairedDifferenceInterval({
      bothRight: 0,
      gained: 0,
      lost: 20,
      bothWrong: 0
    })
    expect(low).toBeGreaterThanOrEqual(-1)
    expect(low).toBeLessThan(-0.8)
    expect(high).toBeGreaterThan(-1)
    expect(high).toBeLessThan(-0.5)
    expect(pairedDifferenceInterval({ bothRight: 0, gained: 0, lost: 0, bothWrong: 0 })).toEqual([
      -1, 1
    ])
  })

  it('widens both sides by √φ under seed-noise calibration', () => {
    const table = { bothRight: 300, gained: 10, lost: 30, bothWrong: 60 }
    const delta = (10 - 30) / 400
    const [low, high] = pairedDifferenceInterval(table)
    const [wideLow, wideHigh] = pairedDifferenceInterval(table, 4)
    expect(delta - wideLow).toBeCloseTo(2 * (delta - low), 12)
    expect(wideHigh - delta).toBeCloseTo(2 * (high - delta), 12)
  })
})

describe('wilsonInterval', () => {
  it('matches the closed form for 81 of 263', () => {
    // Wilson (1927) score interval, z = 1.96: 0.2553 to 0.3662.
    const [low, high] = wilsonInterval(81, 263)
    expect(low).toBeCloseTo(0.2553, 4)
    expect(high).toBeCloseTo(0.3662, 4)
  })
})
