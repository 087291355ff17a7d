import type { Hierarchy } from '../data/types.js'

/** Which accuracy the gate looks at. */
export type Metric = 'multi-label' | 'original'
export type ClassStatus = 'hurt' | 'suspected' | 'helped' | 'unchanged'
/** Kirichenko et al. 2023's four kinds of class pair behind a drop (docs/design.md#explaining-a-drop). */
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
  /**
   * Top-1 of further baseline checkpoints that differ only by seed; calibrates the test
   * (docs/design.md#statistics).
   */
  readonly baselineReplicates: readonly Int32Array[]
  readonly hierarchy: Hierarchy | null
}

/**
 * Thresholds that sort a drop into a kind (docs/design.md#explaining-a-drop). Defaults and the measurements
 * behind them: `DEFAULT_KIND_THRESHOLDS` in `kinds.ts` and `docs/kinds.md`.
 */
export interface KindThresholds {
  /** ρ(c, l) at or above which l counts as a frequent valid co-label of c. */
  readonly cooccurrence: number
  /** Hierarchy distance (edges through the lowest common ancestor) at or below which c and l count as close. */
  readonly hierarchyDistance: number
  /**
   * Co-occurrence in both directions — min(ρ(c, l), ρ(l, c)) — at or above which a frequent co-label is
   * a second name for the same thing (ambiguous) rather than a second object in the picture (co-occurring).
   */
  readonly mutualCooccurrence: number
  /** Hierarchy distance at or below which a frequent co-label is another name for the same thing (ambiguous). */
  readonly ambiguousDistance: number
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
  /** Benjamini–Hochberg q-value of `pValue` across the classes tested. */
  readonly qValue: number | null
  /** The mirror test: exact one-sided McNemar p for a gain (drives `helped`); null when not tested. Always set by `compare`. */
  readonly gainPValue?: number | null
  /** Benjamini–Hochberg q-value of `gainPValue`. Always set by `compare`. */
  readonly gainQValue?: number | null
  /**
   * The pair-shift test (docs/statistics.md): p that the class lost this many images to one partner by chance,
   * against an empirical null fitted on the run's own pairs; null when not tested. Always set by `compare`.
   */
  readonly shiftPValue?: number | null
  /** Benjamini–Hochberg q-value of `shiftPValue` across the classes tested. Always set by `compare`. */
  readonly shiftQValue?: number | null
  /** The partner the pair-shift test looked at (most extreme under the null); null when nothing was lost. Always set by `compare`. */
  readonly shiftPartner?: number | null
  /** 95% interval for `delta` (Newcombe's hybrid score interval, widened by √dispersion under seed-noise calibration). */
  readonly ci95: readonly [number, number]
  readonly status: ClassStatus
  /**
   * For hurt and suspected classes and for drops explained by multi-labels; null otherwise or when the
   * evidence does not decide (see `missingEvidence`).
   */
  readonly kind: Kind | null
  /**
   * True when the class drops by the margin on original labels, significantly (one-sided McNemar q ≤ α on
   * those images, across the classes with multi-labels), but not by the margin on multi-labels, both scored
   * on the images that have a multi-label set (the drop does not survive multi-label scoring); false when it
   * survives; null when there is no significant original-label drop there, or no multi-labels for the class.
   */
  readonly explainedByMultiLabels: boolean | null
  /**
   * Classes that took this class's lost images, best first (count, then index), at most
   * `MAX_ABSORBERS`; scored on the gating metric, or on original labels for a drop explained by
   * multi-labels. Empty for classes that need no explanation.
   */
  readonly absorbedBy: readonly Absorber[]
  /** Evidence the kind could not use, e.g. `multi-labels`, `hierarchy`. */
  readonly missingEvidence: readonly string[]
  /** With multi-labels: how this class's images were scored (by set, by original label, left out). */
  readonly multiLabelCoverage?: MultiLabelCoverage
}

/** How many images multi-label scoring scored by their label set, by their original label, or left out. */
export interface MultiLabelCoverage {
  readonly byLabelSet: number
  readonly byOriginalLabel: number
  readonly leftOut: number
}

export interface OverallResult {
  readonly images: number
  readonly baseline: { readonly accuracy: number; readonly multiLabelAccuracy: number | null }
  readonly candidate: { readonly accuracy: number; readonly multiLabelAccuracy: number | null }
  /** Paired change on the gating metric over all images. */
  readonly delta: number
  readonly lost: number
  readonly gained: number
  /**
   * Two-sided exact McNemar p for the overall change; with seed replicates, quasi-binomial with the classes'
   * φ averaged by their discordant images (seed noise adds up over classes, it does not cancel).
   */
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
  /** What the set can detect. Always set by `compare`. */
  readonly power?: Power
  /** Evidence available to the kinds: multi-labels (non-empty sets) and a class hierarchy. Always set by `compare`. */
  readonly evidence?: { readonly multiLabels: boolean; readonly hierarchy: boolean }
  /** With multi-labels: how the set's images were scored. */
  readonly multiLabelCoverage?: MultiLabelCoverage
}

/** One class the augmentation plan names, with the partners that absorbed its images. */
export interface AugmentationPlanEntry {
  readonly index: number
  readonly name: string
  readonly role: 'hurt'
  /** Paired change on the plan's metric, fraction 0–1. */
  readonly delta: number
  readonly qValue: number | null
  readonly kind: Kind | null
  readonly partners: readonly {
    readonly index: number
    readonly name: string
    readonly count: number
    readonly cooccurrence: number | null
    readonly hierarchyDistance: number | null
  }[]
  /** One sentence: what dropped, where its images went, the evidence. */
  readonly reason: string
}

/**
 * `augmentation-plan.json`: the classes that should get weaker augmentation (the hurt classes and the
 * partners that absorbed their images), for a training script to read. `classIndices` is a contract (a demo
 * training script reads it). Drops explained by multi-labels are left out on purpose: their labels are
 * ambiguous, so the drop is not the model's fault and augmentation would not fix it.
 */
export interface AugmentationPlan {
  readonly schemaVersion: 1
  readonly generator: 'classdiff'
  readonly metric: Metric
  /** Sorted unique class indices: hurt classes and their partners. */
  readonly classIndices: readonly number[]
  /** Names of `classIndices`, same order. */
  readonly classNames: readonly string[]
  readonly entries: readonly AugmentationPlanEntry[]
  readonly recommendation: string
}

export interface SeedCalibration {
  readonly replicates: number
  /** Over-dispersion factor applied to the per-class test (1 = none). */
  readonly dispersion: number
  readonly method: string
  /** The raw estimate before it is floored at 1 (below 1 = seeds disagree less than chance would make them). */
  readonly estimate?: number
  /** How many (class, baseline pair) cells with discordant images the estimate averages over. */
  readonly cells?: number
  /**
   * φ per group of classes of similar size (within a factor of two), smallest first, when the classes fall in
   * more than one group; each class is tested with its group's φ (docs/seed-noise.md).
   */
  readonly bySize?: readonly {
    readonly fromImages: number
    readonly toImages: number
    readonly dispersion: number
    readonly cells: number
  }[]
}

/**
 * How much a change must be to be seen at all on this set: say so rather than hide it
 * (docs/design.md#statistics).
 */
export interface Power {
  /** Median images per tested class on the gating metric. */
  readonly medianClassImages: number
  /** Classes tested (images on the gating metric). */
  readonly classesTested: number
  /**
   * Fewest lost images (none gained) a lone hurt class needs to reach q ≤ α when all the classes are
   * tested: the smallest k with p(k lost, 0 gained) · classesTested ≤ α. Accounts for seed-noise calibration.
   * Null when no class has that many images: no lone class can be called hurt on this set.
   */
  readonly minimumLostForSignificance: number | null
  /**
   * Fewest images a lone class of median size must lose to one other class (none gained back from it) for
   * the pair-shift test to reach q ≤ α: the smallest M whose p · classesTested ≤ α under the run's empirical
   * null. Null when the pair-shift test did not run (fewer than 50 classes tested) or no count gets there.
   * Always set by `compare`.
   */
  readonly minimumLostToOnePartner?: number | null
}
