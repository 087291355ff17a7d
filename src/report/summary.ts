/**
 * The CLI's short summary on stdout; the full story is in report.md. Plain text: the CLI makes each line safe
 * for the terminal (`safeLine`) as it prints it.
 */
import { formatPercent, formatPlainPoints, formatPlainProbability } from './format.js'
import { hurtClasses } from './order.js'
import type { ReportJson } from './types.js'

/** Hurt classes listed on stdout; the rest are counted in one line. */
const MAX_HURT_LINES = 10

/** Where a model has no accuracy on a metric (no images for it). */
const NOT_AVAILABLE = 'n/a'

/** The summary's lines: verdict and counts, accuracies, the largest drops, the reasons and where report.md is. */
export function summaryLines(report: ReportJson, reportPath: string): string[] {
  const { summary } = report
  const percent = (fraction: number | null): string => formatPercent(fraction, NOT_AVAILABLE)
  const lines = [
    `classdiff: ${report.verdict === 'pass' ? 'PASS' : 'FAIL'} — ${summary.hurt} hurt, ${summary.suspected} suspected, ${summary.helped} helped of ${summary.classes} classes (${summary.images} images, gating on ${report.metric} accuracy)`,
    `  accuracy              ${percent(summary.baseline.accuracy)} → ${percent(summary.candidate.accuracy)}`
  ]
  if (summary.baseline.multiLabelAccuracy !== null) {
    lines.push(
      `  multi-label accuracy  ${percent(summary.baseline.multiLabelAccuracy)} → ${percent(summary.candidate.multiLabelAccuracy)}`
    )
  }
  const hurt = hurtClasses(report)
  for (const entry of hurt.slice(0, MAX_HURT_LINES)) {
    const partner = entry.absorbedBy[0]
    const q = entry.qValue === null ? NOT_AVAILABLE : formatPlainProbability(entry.qValue)
    lines.push(
      `  hurt: ${entry.name} ${formatPlainPoints(entry.delta)} pt (q=${q})${partner ? `, lost ${partner.count} to ${partner.name}` : ''}${entry.kind ? ` [${entry.kind}]` : ''}`
    )
  }
  if (hurt.length > MAX_HURT_LINES)
    lines.push(`  … and ${hurt.length - MAX_HURT_LINES} more hurt classes`)
  for (const reason of report.reasons) lines.push(`  reason: ${reason}`)
  lines.push(`  report: ${reportPath}`)
  return lines
}
