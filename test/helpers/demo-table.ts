import { markdownTable } from 'markdown-table'
import type { ClassResult } from '../../src/analysis/types.js'
import { summaryGatingAccuracy as summaryAccuracy } from '../../src/github/outputs.js'
import { formatDelta, formatPercent } from '../../src/report/format.js'
import { classGatingAccuracy as classAccuracy } from '../../src/report/sections.js'
import type { ReportJson } from '../../src/report/types.js'

export interface DemoOutcome {
  /** Demo 1's hurt classes, as demo 1 reports them. */
  readonly hurt: readonly ClassResult[]
  /** Demo 2's result for each class, by index: candidate → class-conditional. */
  readonly after: ReadonlyMap<number, ClassResult>
  /** Points the hurt classes lost from baseline to candidate, summed (positive). */
  readonly drop: number
  /** Points they got back from candidate to class-conditional, summed. */
  readonly recovered: number
  /** Class-conditional average minus candidate average (demo 2's summary delta). */
  readonly averageChange: number
}

/** What the README claims about the demo, computed from the two comparisons' report.json files. */
export function demoOutcome(first: ReportJson, second: ReportJson): DemoOutcome {
  const hurt = first.classes.filter((c) => c.status === 'hurt')
  const after = new Map(second.classes.map((c) => [c.index, c]))
  return {
    hurt,
    after,
    drop: hurt.reduce((sum, c) => sum - c.delta, 0),
    recovered: hurt.reduce((sum, c) => sum + (after.get(c.index)?.delta ?? 0), 0),
    averageChange: second.summary.delta
  }
}

/** The README's mini-replication table, from demo 1 (baseline → candidate) and demo 2 (candidate → class-conditional). */
export function demoTable(first: ReportJson, second: ReportJson): string {
  const metric = first.metric
  const outcome = demoOutcome(first, second)
  const average = (side: ReportJson['summary']['baseline']): string =>
    formatPercent(summaryAccuracy(side, metric))
  const rows: string[][] = [
    [
      `average ${metric} accuracy`,
      average(first.summary.baseline),
      `${average(first.summary.candidate)} (${formatDelta(first.summary.delta)})`,
      `${average(second.summary.candidate)} (${formatDelta(second.summary.delta)})`
    ]
  ]
  for (const c of outcome.hurt) {
    const partner = c.absorbedBy[0]
    const why = partner ? `, ${partner.count} images to ${partner.name}` : ''
    const fixed = outcome.after.get(c.index)
    rows.push([
      `${c.name}: hurt, ${c.kind ?? 'kind undecided'}${why}`,
      formatPercent(classAccuracy(c.baseline, metric)),
      `${formatPercent(classAccuracy(c.candidate, metric))} (${formatDelta(c.delta)})`,
      fixed
        ? `${formatPercent(classAccuracy(fixed.candidate, metric))} (${formatDelta(fixed.delta)})`
        : '–'
    ])
  }
  const share = outcome.drop > 0 ? `${((100 * outcome.recovered) / outcome.drop).toFixed(0)}%` : '–'
  rows.push([
    'hurt classes, total',
    '',
    formatDelta(-outcome.drop),
    `${formatDelta(outcome.recovered)}: ${share} of the drop recovered`
  ])
  return markdownTable([['', 'baseline', 'candidate', 'class-conditional'], ...rows])
}
