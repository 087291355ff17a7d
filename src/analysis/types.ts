import type { Hierarchy } from '../data/types.js'

/** Which accuracy the gate looks at. */
export type Metric = 'multi-label' | 'original'
export type ClassStatus = 'hurt' | 'suspected' | 'helped' | 'unchanged'
/** Kirichenko et al. 2023's four kinds of class pair behind a drop (DESIGN §5). */
export type Kind = 'ambiguous' | 'co-occurring' | 'fine-grained' | 'other'

/** Everything the analysis needs, aligned by image (index i is the same image everywhere). Pure data, no I/O. */
export interface AnalysisInput {
  readonly classNames: readonly string[]
  /** Original label per image. */
  readonly labels: Int32Array
  /** Valid labels per image: null = unknown, [] = left out of multi-label scoring. */
  readonly multiLabels: readonly (readonly number[] | null)[]
  /** Top-1 class per image of the baseline and of the candidate. */
  readonly baseline: Int32Array
  readonly candidate: Int32Array
  /** Top-1 of further baseline checkpoints that differ only by seed; calibrates the test (DESIGN §4). */
  readonly baselineReplicates: readonly Int32Array[]
  readonly hierarchy: Hierarchy | null
}

/** Thresholds that sort a drop into a kind (DESIGN §5); documented in the README. */
export interface KindThresholds {
  /** ρ(c, l) at or above which l counts as a frequent valid co-label of c. */
  readonly cooccurrence: number
  /** Hierarchy distance (edges through the lowest common ancestor) at or below which c and l count as close. */
  readonly hierarchyDistance: number
}

export interface GatePolicy {
  /** Largest tolerated per-class drop, in points (5 = 5 percentage points). */
  readonly maxClassDrop: number
  /** Largest tolerated overall drop, in points; fails only when the overall drop is also significant. */
  readonly maxMeanDrop: number
  readonly alpha: number
  readonly metric: 'auto' | Metric
  readonly kinds: KindThresholds
}

/** One model's score on one class. Fractions 0–1; null when the class has no images for that metric. */
export interface ClassScore {
  readonly accuracy: number | null
  readonly multiLabelAccuracy: number | null
  readonly correct: number
  readonly multiLabelCorrect: number
}

/** A class that took images the candidate no longer gets right. */
export interface Absorber {
  readonly index: number
  readonly name: string
  /** Images of the hurt class, right in the baseline, now predicted as this class. */
  readonly count: number
  /** Growth of this class's false positives over the whole set (candidate − baseline). */
  readonly falsePositiveGrowth: number
  /** ρ(c, l): share of the hurt class's multi-labelled images whose valid set also holds l; null without multi-labels. */
  readonly cooccurrence: number | null
  /** Edges between c and l through their lowest common ancestor; null without a hierarchy or when unconnected. */
  readonly hierarchyDistance: number | null
}

export interface ClassResult {
  readonly index: number
  readonly name: string
  /** Images whose original label is this class. */
  readonly support: number
  /** Of those, images with a non-empty multi-label set. */
  readonly multiLabelSupport: number
  readonly baseline: ClassScore
  readonly candidate: ClassScore
  /** Paired change on the gating metric, (gained − lost) / n, as a fraction. */
  readonly delta: number
  readonly lost: number
  readonly gained: number
  /** Exact one-sided McNemar p for a drop; null when the class was not tested (no images on the gating metric). */
  readonly pValue: number | null
  readonly qValue: number | null
  readonly ci95: readonly [number, number]
  readonly status: ClassStatus
  /** Only for hurt and suspected classes; null otherwise or when the evidence does not decide. */
  readonly kind: Kind | null
  /** True when the original-label drop does not survive multi-label scoring; null when not applicable. */
  readonly explainedByMultiLabels: boolean | null
  readonly absorbedBy: readonly Absorber[]
  /** Evidence the kind could not use, e.g. `multi-labels`, `hierarchy`. */
  readonly missingEvidence: readonly string[]
}

export interface OverallResult {
  readonly images: number
  readonly baseline: { readonly accuracy: number; readonly multiLabelAccuracy: number | null }
  readonly candidate: { readonly accuracy: number; readonly multiLabelAccuracy: number | null }
  /** Paired change on the gating metric over all images. */
  readonly delta: number
  readonly lost: number
  readonly gained: number
  /** Two-sided exact McNemar p for the overall change. */
  readonly pValue: number
  readonly ci95: readonly [number, number]
}

export interface Comparison {
  readonly metric: Metric
  readonly verdict: 'pass' | 'fail'
  /** One line each, why the gate failed (empty when it passed). */
  readonly reasons: readonly string[]
  readonly overall: OverallResult
  readonly classes: readonly ClassResult[]
  readonly policy: GatePolicy
  /** Seed-noise calibration, when replicates were given. */
  readonly calibration: SeedCalibration | null
}

export interface SeedCalibration {
  readonly replicates: number
  /** Over-dispersion factor applied to the per-class test (1 = none). */
  readonly dispersion: number
  readonly method: string
}
