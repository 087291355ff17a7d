import type {
  ClassResult,
  GatePolicy,
  Metric,
  MultiLabelCoverage,
  Power,
  SeedCalibration
} from '../analysis/types.js'

/**
 * `report.json`, schema version 1. A contract: the PR bot (publish mode), other tools and users read these
 * names. Accuracies and deltas are fractions 0–1. No timestamps or absolute paths, so the same inputs give
 * byte-identical files.
 */
export interface ReportJson {
  readonly schemaVersion: 1
  readonly tool: { readonly name: 'classdiff'; readonly version: string }
  readonly verdict: 'pass' | 'fail'
  readonly metric: Metric
  readonly reasons: readonly string[]
  readonly summary: {
    readonly images: number
    readonly classes: number
    readonly hurt: number
    readonly suspected: number
    readonly helped: number
    readonly baseline: { readonly accuracy: number; readonly multiLabelAccuracy: number | null }
    readonly candidate: { readonly accuracy: number; readonly multiLabelAccuracy: number | null }
    /** Overall paired change on the gating metric, its 95% interval and two-sided McNemar p. */
    readonly delta: number
    readonly ci95: readonly [number, number]
    readonly pValue: number
  }
  readonly policy: GatePolicy
  readonly calibration: SeedCalibration | null
  /** What the set can detect (from the analysis); absent in reports written before it existed. */
  readonly power?: Power
  /** Which evidence the kinds could use; absent in reports written before it existed. */
  readonly evidence?: { readonly multiLabels: boolean; readonly hierarchy: boolean }
  /**
   * With multi-labels: how many images were scored by their label set, by their original label (no entry in
   * the multi-labels file, or a class without any set), or left out (an empty set). Per class in `classes`.
   */
  readonly multiLabelCoverage?: MultiLabelCoverage
  /** What was compared, as the user named it (paths relative to the workspace or as given). */
  readonly inputs: { readonly baseline: string; readonly candidate: string; readonly data: string }
  readonly classes: readonly ClassResult[]
}
