/**
 * The step's outputs, computed from the report (and what publishing produced). All strings, as GitHub
 * stores them; `hurt-classes` is JSON so workflows can read it with `fromJSON`.
 */
import { hurtClasses } from '../report/order.js'
import type { ReportJson } from '../report/types.js'

export interface HurtClassOutput {
  readonly index: number
  readonly name: string
  /** Paired change on the gating metric, fraction (−0.12 = 12 points down). */
  readonly delta: number
  readonly qValue: number | null
}

export interface ActionOutputs {
  readonly verdict: 'pass' | 'fail'
  readonly 'hurt-count': string
  readonly 'hurt-classes': string
  readonly 'baseline-accuracy': string
  readonly 'candidate-accuracy': string
  readonly 'report-json': string
  readonly 'comment-url': string
}

/** Hurt classes, largest drop first (ties by class index): the order of the comment and the annotations. */
export function hurtClassesOf(report: ReportJson): HurtClassOutput[] {
  return hurtClasses(report).map((c) => ({
    index: c.index,
    name: c.name,
    delta: c.delta,
    qValue: c.qValue
  }))
}

/** Average accuracy on the gating metric (multi-label accuracy when the report gates on it), fraction 0–1. */
export function summaryGatingAccuracy(
  side: ReportJson['summary']['baseline'],
  metric: ReportJson['metric']
): number {
  return metric === 'multi-label' && side.multiLabelAccuracy !== null
    ? side.multiLabelAccuracy
    : side.accuracy
}

export function actionOutputs(
  report: ReportJson,
  reportJsonPath: string,
  commentUrl: string | null
): ActionOutputs {
  const hurt = hurtClassesOf(report)
  return {
    verdict: report.verdict,
    'hurt-count': String(hurt.length),
    'hurt-classes': JSON.stringify(hurt),
    'baseline-accuracy': String(summaryGatingAccuracy(report.summary.baseline, report.metric)),
    'candidate-accuracy': String(summaryGatingAccuracy(report.summary.candidate, report.metric)),
    'report-json': reportJsonPath,
    'comment-url': commentUrl ?? ''
  }
}
