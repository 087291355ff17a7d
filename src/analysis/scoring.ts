/**
 * Per-image scoring under the two metrics of DESIGN §4, as flat typed arrays so every later quantity is
 * one pass over the images.
 */
import type { AnalysisInput, Metric } from './types.js'

/** Which images a metric scores, and whether a model's top-1 is right on each. */
export interface MetricScoring {
  readonly metric: Metric
  /** 1 when the image counts for this metric: always for `original`, a non-empty valid set for `multi-label`. */
  readonly scored: Uint8Array
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
  if (metric === 'original') scored.fill(1)
  else for (let i = 0; i < n; i++) scored[i] = hasValidSet(input.multiLabels[i]) ? 1 : 0
  return { metric, scored }
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
    for (let i = 0; i < n; i++) {
      if (scoring.scored[i] === 0) continue
      right[i] = (input.multiLabels[i] as readonly number[]).includes(predictions[i]) ? 1 : 0
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
