/**
 * The statistics behind the gate (docs/design.md#statistics): exact binomial tails, exact McNemar tests,
 * Benjamini–Hochberg q-values and Newcombe's interval for a paired difference. Pure and deterministic.
 */
import betainc from '@stdlib/math-base-special-betainc'
import gammaln from '@stdlib/math-base-special-gammaln'

/** Two-sided 95% normal quantile. */
export const Z_95 = 1.959963984540054

const LN2 = Math.LN2

/** Up to this n the tail is summed in exact integer arithmetic (2^n still fits a double). */
const EXACT_LIMIT = 1000

/**
 * P(X ≥ k) for X ~ Bin(n, ½).
 *
 * Whole k and n ≤ 1000 (every per-class test): Σ C(n, i) over i ≥ k in exact integers, divided by 2^n —
 * the exact value, rounded once. Larger n (the overall test, up to the whole set): the sum of the binomial
 * terms relative to the first one, whose log comes from lgamma, so nothing overflows and no normal
 * approximation is involved; the shorter tail is summed and the other obtained as its complement.
 * Fractional k or n (the quasi-binomial test of seed-noise calibration): the continuous extension
 * I_½(k, n − k + 1), the regularized incomplete beta function, which equals the sum at whole k and n.
 */
export function binomialUpperTail(k: number, n: number): number {
  if (!(n >= 0) || Number.isNaN(k)) {
    throw new RangeError(`binomial tail needs n ≥ 0, got k=${k}, n=${n}`)
  }
  if (k <= 0) return 1
  if (k > n + 1e-12) return 0
  if (!Number.isInteger(k) || !Number.isInteger(n)) {
    return clamp01(betainc(0.5, k, n - k + 1, true, false))
  }
  if (n <= EXACT_LIMIT) return exactUpperTail(k, n)
  if (2 * k > n) return upperTailSum(k, n)
  // k ≤ n/2: P(X ≥ k) = 1 − P(X ≤ k − 1) = 1 − P(X ≥ n − k + 1) by symmetry, and that tail is the short one.
  return clamp01(1 - upperTailSum(n - k + 1, n))
}

/** Σ_{i=k..n} C(n, i) / 2^n in BigInt, for whole 0 < k ≤ n ≤ 1000. */
function exactUpperTail(k: number, n: number): number {
  let coefficient = 1n // C(n, n)
  let sum = 1n
  for (let i = n; i > k; i--) {
    coefficient = (coefficient * BigInt(i)) / BigInt(n - i + 1) // C(n, i − 1), an exact division
    sum += coefficient
  }
  return Number(sum) / 2 ** n
}

/** Σ_{i=k..n} C(n, i) / 2^n for whole 0 < k ≤ n with 2k > n (terms fall from the first one on). */
function upperTailSum(k: number, n: number): number {
  const logFirst = gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1) - n * LN2
  let term = 1
  let sum = 1
  for (let i = k; i < n; i++) {
    term *= (n - i) / (i + 1)
    sum += term
    if (term < sum * 1e-17) break
  }
  return clamp01(Math.exp(logFirst) * sum)
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x
}

/**
 * Exact one-sided McNemar p for a drop: P(X ≥ lost), X ~ Bin(lost + gained, ½). With a seed-noise
 * dispersion φ > 1 the discordant counts are scaled by 1/φ first (quasi-binomial), which the continuous
 * tail handles. 1 when nothing was lost.
 */
export function mcnemarDropPValue(lost: number, gained: number, dispersion = 1): number {
  if (lost <= 0) return 1
  const scale = dispersion > 1 ? 1 / dispersion : 1
  return binomialUpperTail(lost * scale, (lost + gained) * scale)
}

/**
 * Exact two-sided McNemar p: twice the smaller binomial tail of the discordant pairs, capped at 1. With a
 * seed-noise dispersion φ > 1 the counts are scaled by 1/φ first, as for the one-sided test.
 */
export function mcnemarTwoSidedPValue(lost: number, gained: number, dispersion = 1): number {
  if (lost === gained) return 1
  const scale = dispersion > 1 ? 1 / dispersion : 1
  return Math.min(1, 2 * binomialUpperTail(Math.max(lost, gained) * scale, (lost + gained) * scale))
}

/**
 * Benjamini–Hochberg q-values (the step-up adjustment R's `p.adjust(…, "BH")` computes): q of the i-th
 * smallest of m p-values is min over j ≥ i of p_(j)·m/j, capped at 1. Entries that are null (classes not
 * tested) stay null and do not count in m. The result does not depend on the order of the input.
 */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const tested: number[] = []
  pValues.forEach((p, i) => {
    if (p !== null) tested.push(i)
  })
  const q: (number | null)[] = pValues.map(() => null)
  const m = tested.length
  if (m === 0) return q
  // Ties in p share one q whatever their order, so the index tie-break only keeps the sort stable.
  tested.sort((a, b) => (pValues[a] as number) - (pValues[b] as number) || a - b)
  let running = 1
  for (let rank = m; rank >= 1; rank--) {
    const index = tested[rank - 1]
    const p = pValues[index] as number
    running = Math.min(running, (p * m) / rank)
    // Mathematically q ≥ p; the max only undoes rounding in p·m/rank.
    q[index] = Math.max(p, running)
  }
  return q
}

/** Wilson score interval for a single proportion x/n (no continuity correction). */
export function wilsonInterval(successes: number, n: number, z = Z_95): readonly [number, number] {
  if (n <= 0) return [0, 1]
  const p = successes / n
  const z2 = z * z
  const denominator = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denominator
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

/** The paired 2×2 table of two models on the same images. */
export interface PairedTable {
  readonly bothRight: number
  /** Baseline right, candidate wrong. */
  readonly lost: number
  /** Baseline wrong, candidate right. */
  readonly gained: number
  readonly bothWrong: number
}

/**
 * 95% interval for Δ = candidate accuracy − baseline accuracy = (gained − lost)/n on paired data:
 * Newcombe's (1998) method 10, the hybrid score interval that combines the two marginal Wilson intervals
 * with the (continuity-corrected) correlation between them. With a seed-noise dispersion φ > 1 both
 * half-widths are widened by √φ. Truncated to [−1, 1]; [−1, 1] when there are no images.
 */
export function pairedDifferenceInterval(
  table: PairedTable,
  dispersion = 1,
  z = Z_95
): readonly [number, number] {
  const { bothRight: a, gained: b, lost: c, bothWrong: d } = table
  const n = a + b + c + d
  if (n <= 0) return [-1, 1]
  const candidateRight = a + b
  const baselineRight = a + c
  const p1 = candidateRight / n
  const p2 = baselineRight / n
  const [l1, u1] = wilsonInterval(candidateRight, n, z)
  const [l2, u2] = wilsonInterval(baselineRight, n, z)
  const phi = correctedCorrelation(a, b, c, d)
  const delta = p1 - p2
  const below = Math.sqrt(
    Math.max(0, (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2)
  )
  const above = Math.sqrt(
    Math.max(0, (p2 - l2) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1) + (u1 - p1) ** 2)
  )
  const widen = dispersion > 1 ? Math.sqrt(dispersion) : 1
  return [Math.max(-1, delta - widen * below), Math.min(1, delta + widen * above)]
}

/** Newcombe's φ* for method 10: (ad − bc − n/2)/√(row and column totals) when ad − bc > n/2, 0 in between, (ad − bc)/√… when negative. */
function correctedCorrelation(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d
  const product = (a + b) * (c + d) * (a + c) * (b + d)
  if (product === 0) return 0
  const cross = a * d - b * c
  if (cross > n / 2) return (cross - n / 2) / Math.sqrt(product)
  if (cross >= 0) return 0
  return cross / Math.sqrt(product)
}
