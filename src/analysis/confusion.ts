/**
 * Confusion shift (docs/design.md#explaining-a-drop): where a class's lost images went, and how much each
 * receiving class's false positives grew over the whole set.
 */
import type { ClassIndex } from './scoring.js'

/** At most this many absorbing classes are kept per class (the long tail is single stray images). */
export const MAX_ABSORBERS = 10

/** The paired outcome of both models on every image under one metric. */
export interface PairedOutcome {
  /** 1 when the metric scores the image. */
  readonly scored: Uint8Array
  readonly baselineRight: Uint8Array
  readonly candidateRight: Uint8Array
}

/**
 * Candidate minus baseline false positives per class, over every scored image. A false positive of l is an
 * image predicted l that is wrong under the metric: its original label is not l, or (multi-label scoring)
 * its valid set does not hold l.
 */
export function falsePositiveGrowth(
  outcome: PairedOutcome,
  baseline: Int32Array,
  candidate: Int32Array,
  classCount: number
): Int32Array {
  const growth = new Int32Array(classCount)
  const { scored, baselineRight, candidateRight } = outcome
  for (let i = 0; i < scored.length; i++) {
    if (scored[i] === 0) continue
    if (baselineRight[i] === 0) growth[baseline[i]]--
    if (candidateRight[i] === 0) growth[candidate[i]]++
  }
  return growth
}

/** One class that took lost images, before names and evidence are attached. */
export interface AbsorbedCount {
  readonly index: number
  readonly count: number
}

/**
 * Among the images of class c that the baseline got right and the candidate got wrong, what the candidate
 * predicts now, with counts: most images first, ties by class index, at most `MAX_ABSORBERS`. The class
 * itself is left out — under multi-label scoring the candidate can be wrong by predicting c on an image
 * whose valid set does not hold c, which is not a confusion with another class.
 */
export function absorbingClasses(
  c: number,
  byClass: ClassIndex,
  outcome: PairedOutcome,
  candidate: Int32Array
): AbsorbedCount[] {
  const counts = new Map<number, number>()
  for (let k = byClass.start[c]; k < byClass.start[c + 1]; k++) {
    const i = byClass.order[k]
    if (
      outcome.scored[i] === 0 ||
      outcome.baselineRight[i] === 0 ||
      outcome.candidateRight[i] === 1
    )
      continue
    const predicted = candidate[i]
    if (predicted === c) continue
    counts.set(predicted, (counts.get(predicted) ?? 0) + 1)
  }
  return [...counts]
    .map(([index, count]) => ({ index, count }))
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .slice(0, MAX_ABSORBERS)
}
