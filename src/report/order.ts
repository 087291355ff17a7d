/**
 * The order classes are shown in, written once: every table, chart, summary line, action output and
 * annotation lists hurt classes largest drop first, ties by class index, so they read the same everywhere.
 */
import type { ClassResult } from '../analysis/types.js'
import type { ReportJson } from './types.js'

/** Largest drop first (most negative `delta`), ties by class index. */
export function byLargestDrop(a: ClassResult, b: ClassResult): number {
  return a.delta - b.delta || a.index - b.index
}

/** Largest gain first, ties by class index. */
function byLargestGain(a: ClassResult, b: ClassResult): number {
  return b.delta - a.delta || a.index - b.index
}

/** Hurt classes, largest drop first (ties by index). */
export function hurtClasses(report: ReportJson): ClassResult[] {
  return report.classes.filter((c) => c.status === 'hurt').sort(byLargestDrop)
}

/** Suspected classes, largest drop first (ties by index). */
export function suspectedClasses(report: ReportJson): ClassResult[] {
  return report.classes.filter((c) => c.status === 'suspected').sort(byLargestDrop)
}

/** Hurt classes, then suspected ones, each largest drop first: the order of report.md's tables. */
export function hurtThenSuspectedClasses(report: ReportJson): ClassResult[] {
  return [...hurtClasses(report), ...suspectedClasses(report)]
}

/** Helped classes, largest gain first. */
export function helpedClasses(report: ReportJson): ClassResult[] {
  return report.classes.filter((c) => c.status === 'helped').sort(byLargestGain)
}

/** Classes whose original-label drop vanishes under multi-label scoring, largest original drop first. */
export function explainedClasses(report: ReportJson): ClassResult[] {
  const originalChange = (c: ClassResult): number =>
    (c.candidate.accuracy ?? 0) - (c.baseline.accuracy ?? 0)
  return report.classes
    .filter((c) => c.explainedByMultiLabels === true)
    .sort((a, b) => originalChange(a) - originalChange(b) || a.index - b.index)
}
