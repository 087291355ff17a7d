/**
 * Per-image scoring under the two metrics (docs/design.md#statistics), as flat typed arrays so every later
 * quantity is one pass over the images.
 */
import type { AnalysisInput, Metric, MultiLabelCoverage } from './types.js'

/**
 * How multi-label scoring scored an image (docs/failure-modes.md, "multilabel-partial-coverage"): by its
 * valid-label set; by its original label, because the multi-labels file has no entry for it (or its class
 * has no image with a set, so the class would otherwise drop out of gating); or not at all, because its
 * entry is an empty set (ReaL's "no label fits").
 */
export const SCORED_BY_SET = 1
export const SCORED_BY_LABEL = 2

/** Which images a metric scores, and whether a model's top-1 is right on each. */
export interface MetricScoring {
  readonly metric: Metric
  /** 1 when the image counts for this metric: always for `original`; see `scoredBy` for `multi-label`. */
  readonly scored: Uint8Array
  /** Multi-label scoring only: SCORED_BY_SET, SCORED_BY_LABEL, or 0 (left out). */
  readonly scoredBy: Uint8Array | null
}

/** True when the image has a non-empty multi-label set (ReaL leaves images with an empty set out). */
export function hasValidSet(set: readonly number[] | null | undefined): set is readonly number[] {
  return set !== null && set !== undefined && set.length > 0
}

/** True when at least one image carries a non-empty multi-label set. */
export function anyMultiLabels(input: AnalysisInput): boolean {
  return input.multiLabels.some(hasValidSet)
}

export function metricScoring(input: AnalysisInput, metric: Metric): MetricScoring {
  const n = input.labels.length
  const scored = new Uint8Array(n)
  if (metric === 'original') {
    scored.fill(1)
    return { metric, scored, scoredBy: null }
  }
  const scoredBy = new Uint8Array(n)
  const classCount = input.classNames.length
  const bySetInClass = new Int32Array(classCount)
  for (let i = 0; i < n; i++) {
    const set = input.multiLabels[i]
    if (hasValidSet(set)) {
      scoredBy[i] = SCORED_BY_SET
      bySetInClass[input.labels[i]]++
    } else if (set === null || set === undefined) {
      // No entry: an image a partial multi-labels file leaves out still gates, on its original label.
      scoredBy[i] = SCORED_BY_LABEL
    }
  }
  for (let i = 0; i < n; i++) {
    // A class none of whose images has a set (all empty) is scored on original labels, so its collapse
    // still fails the gate whatever the coverage.
    if (scoredBy[i] === 0 && bySetInClass[input.labels[i]] === 0) scoredBy[i] = SCORED_BY_LABEL
    scored[i] = scoredBy[i] === 0 ? 0 : 1
  }
  return { metric, scored, scoredBy }
}

/** How many images multi-label scoring scored each way, overall and per class. */
export function multiLabelCoverage(
  scoring: MetricScoring,
  labels: Int32Array,
  classCount: number
): { overall: MultiLabelCoverage; byClass: MultiLabelCoverage[] } {
  const counts = Array.from({ length: classCount }, () => [0, 0, 0])
  const total = [0, 0, 0]
  const scoredBy = scoring.scoredBy as Uint8Array
  for (let i = 0; i < labels.length; i++) {
    const way = scoredBy[i] === SCORED_BY_SET ? 0 : scoredBy[i] === SCORED_BY_LABEL ? 1 : 2
    ;(counts[labels[i]] as number[])[way]++
    total[way]++
  }
  const coverage = ([bySet, byLabel, out]: number[]): MultiLabelCoverage => ({
    byLabelSet: bySet as number,
    byOriginalLabel: byLabel as number,
    leftOut: out as number
  })
  return { overall: coverage(total), byClass: counts.map(coverage) }
}

/** 1 where `predictions[i]` is right on image i under the metric (0 for images the metric does not score). */
export function rightFlags(
  input: AnalysisInput,
  scoring: MetricScoring,
  predictions: Int32Array
): Uint8Array {
  const n = input.labels.length
  const right = new Uint8Array(n)
  if (scoring.metric === 'original') {
    for (let i = 0; i < n; i++) right[i] = predictions[i] === input.labels[i] ? 1 : 0
  } else {
    const scoredBy = scoring.scoredBy as Uint8Array
    for (let i = 0; i < n; i++) {
      if (scoredBy[i] === SCORED_BY_SET) {
        right[i] = (input.multiLabels[i] as readonly number[]).includes(predictions[i]) ? 1 : 0
      } else if (scoredBy[i] === SCORED_BY_LABEL) {
        right[i] = predictions[i] === input.labels[i] ? 1 : 0
      }
    }
  }
  return right
}

/** Image indices grouped by original label (CSR layout): images of class c are `order[start[c] … start[c + 1])`. */
export interface ClassIndex {
  readonly start: Int32Array
  readonly order: Int32Array
}

export function indexByClass(labels: Int32Array, classCount: number): ClassIndex {
  const start = new Int32Array(classCount + 1)
  for (let i = 0; i < labels.length; i++) start[labels[i] + 1]++
  for (let c = 0; c < classCount; c++) start[c + 1] += start[c]
  const next = start.slice(0, classCount)
  const order = new Int32Array(labels.length)
  for (let i = 0; i < labels.length; i++) order[next[labels[i]]++] = i
  return { start, order }
}
