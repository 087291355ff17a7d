/**
 * The gate (docs/design.md#statistics): per-class status from the paired test, and the verdict with one short
 * line per cause of failure.
 */
import type { ClassResult, ClassStatus, GatePolicy, Metric, OverallResult } from './types.js'

/** Guards `Δ ≤ −margin` against rounding when Δ and the margin are the same fraction written two ways. */
const EPSILON = 1e-12
/** Names listed in a reason before "and N more". */
const MAX_NAMES_IN_REASON = 5
/** Longest class name quoted in a reason. */
const MAX_NAME_LENGTH = 40

/** The per-class margin as a fraction: `maxClassDrop` is in points. */
export function classMargin(policy: GatePolicy): number {
  return policy.maxClassDrop / 100
}

/** True when Δ (fraction) is a drop, and one of at least the margin. */
export function dropsBeyondMargin(delta: number, margin: number): boolean {
  return delta < 0 && delta <= -margin + EPSILON
}

/**
 * q-value up to which a drop beyond the margin is listed as suspected: Benjamini–Hochberg at this level keeps
 * the expected share of listed classes that did not really drop at most a quarter (docs/statistics.md).
 */
export const SUSPECTED_Q = 0.25

/**
 * hurt: Δ ≤ −margin and either drop test is significant — the per-class McNemar q ≤ α or the pair-shift q ≤ α
 * (docs/statistics.md); suspected: Δ ≤ −margin, not hurt, and the smaller of the two q-values ≤
 * `SUSPECTED_Q`; helped: Δ ≥ margin and the gain test's q ≤ α; unchanged otherwise (untested classes
 * included).
 */
export function classStatus(
  delta: number,
  qValue: number | null,
  shiftQValue: number | null,
  gainQValue: number | null,
  policy: GatePolicy
): ClassStatus {
  const margin = classMargin(policy)
  if (qValue !== null && dropsBeyondMargin(delta, margin)) {
    const q = Math.min(qValue, shiftQValue ?? 1)
    if (q <= policy.alpha) return 'hurt'
    if (q <= SUSPECTED_Q) return 'suspected'
    return 'unchanged'
  }
  const gainsBeyondMargin = dropsBeyondMargin(-delta, margin)
  if (gainQValue !== null && gainsBeyondMargin && gainQValue <= policy.alpha) return 'helped'
  return 'unchanged'
}

export interface Verdict {
  readonly verdict: 'pass' | 'fail'
  readonly reasons: readonly string[]
}

/**
 * Fails when any class is hurt, or when the overall drop exceeds `maxMeanDrop` points and is significant
 * (two-sided p ≤ α). Reasons name the worst classes first and stay short whatever the class names are.
 */
export function decideVerdict(
  classes: readonly ClassResult[],
  overall: OverallResult,
  policy: GatePolicy,
  metric: Metric
): Verdict {
  const reasons: string[] = []
  const hurt = classes
    .filter((result) => result.status === 'hurt')
    .sort((a, b) => a.delta - b.delta || a.index - b.index)
  if (hurt.length > 0) {
    const shown = hurt.slice(0, MAX_NAMES_IN_REASON).map((result) => shortName(result.name))
    const more = hurt.length - shown.length
    const noun = hurt.length === 1 ? 'class' : 'classes'
    reasons.push(
      `${hurt.length} ${noun} dropped by ${formatReasonNumber(policy.maxClassDrop)} points or more ` +
        `(q ≤ ${formatReasonNumber(policy.alpha)}): ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
    )
  }
  const overallDrop = -overall.delta * 100
  if (overallDrop > policy.maxMeanDrop + EPSILON && overall.pValue <= policy.alpha) {
    reasons.push(
      `overall ${metric} accuracy dropped by ${overallDrop.toFixed(2)} points (p = ${formatPValue(overall.pValue)}), ` +
        `more than the ${formatReasonNumber(policy.maxMeanDrop)}-point limit`
    )
  }
  return { verdict: reasons.length > 0 ? 'fail' : 'pass', reasons }
}

/** One line, at most MAX_NAME_LENGTH characters (counted in code points, so no emoji is cut in half). */
function shortName(name: string): string {
  const characters = [...name.replace(/\s+/g, ' ').trim()]
  if (characters.length <= MAX_NAME_LENGTH) return characters.join('')
  return `${characters.slice(0, MAX_NAME_LENGTH - 1).join('')}…`
}

/**
 * Policy figures in the verdict's reasons, to six significant digits (the report's fixed-decimal formatter
 * is `formatNumber` in src/report/format.ts).
 */
function formatReasonNumber(value: number): string {
  return String(Number(value.toPrecision(6)))
}

/** p-values as people read them: three decimals, or scientific notation below 0.001. */
export function formatPValue(p: number): string {
  if (p === 0) return '0'
  return p >= 0.001 ? p.toFixed(3) : p.toExponential(1)
}
