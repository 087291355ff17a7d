import { markdownTable } from 'markdown-table'

/** The parts of report.json the demo's summary reads. */
export interface DemoReport {
  readonly metric: 'multi-label' | 'original'
  readonly verdict: string
  readonly summary: {
    readonly baseline: Accuracies
    readonly candidate: Accuracies
    readonly delta: number
  }
  readonly classes: readonly DemoClass[]
}

interface Accuracies {
  readonly accuracy: number
  readonly multiLabelAccuracy: number | null
}

export interface DemoClass {
  readonly index: number
  readonly name: string
  readonly status: string
  readonly baseline: Accuracies
  readonly candidate: Accuracies
  readonly delta: number
  readonly kind: string | null
  readonly absorbedBy: readonly { readonly name: string; readonly count: number }[]
}

export interface DemoOutcome {
  /** Demo 1's hurt classes, as demo 1 reports them. */
  readonly hurt: readonly DemoClass[]
  /** Demo 2's result for each class, by index: candidate → class-conditional. */
  readonly after: ReadonlyMap<number, DemoClass>
  /** Points the hurt classes lost from baseline to candidate, summed (positive). */
  readonly drop: number
  /** Points they got back from candidate to class-conditional, summed. */
  readonly recovered: number
  /** Class-conditional average minus candidate average (demo 2's summary delta). */
  readonly averageChange: number
}

const accuracy = (a: Accuracies, metric: DemoReport['metric']): number =>
  metric === 'multi-label' ? (a.multiLabelAccuracy ?? a.accuracy) : a.accuracy

/** What the README claims about the demo, computed from the two comparisons' report.json files. */
export function demoOutcome(first: DemoReport, second: DemoReport): DemoOutcome {
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

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`
const points = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(1)} pt`

/** The README's mini-replication table, from demo 1 (baseline → candidate) and demo 2 (candidate → class-conditional). */
export function demoTable(first: DemoReport, second: DemoReport): string {
  const metric = first.metric
  const outcome = demoOutcome(first, second)
  const rows: string[][] = [
    [
      `average ${metric} accuracy`,
      pct(accuracy(first.summary.baseline, metric)),
      `${pct(accuracy(first.summary.candidate, metric))} (${points(first.summary.delta)})`,
      `${pct(accuracy(second.summary.candidate, metric))} (${points(second.summary.delta)})`
    ]
  ]
  for (const c of outcome.hurt) {
    const partner = c.absorbedBy[0]
    const why = partner ? `, ${partner.count} images to ${partner.name}` : ''
    const fixed = outcome.after.get(c.index)
    rows.push([
      `${c.name}: hurt, ${c.kind ?? 'kind undecided'}${why}`,
      pct(accuracy(c.baseline, metric)),
      `${pct(accuracy(c.candidate, metric))} (${points(c.delta)})`,
      fixed ? `${pct(accuracy(fixed.candidate, metric))} (${points(fixed.delta)})` : '–'
    ])
  }
  const share = outcome.drop > 0 ? `${((100 * outcome.recovered) / outcome.drop).toFixed(0)}%` : '–'
  rows.push([
    'hurt classes, total',
    '',
    points(-outcome.drop),
    `${points(outcome.recovered)}: ${share} of the drop recovered`
  ])
  return markdownTable([['', 'baseline', 'candidate', 'class-conditional'], ...rows])
}
