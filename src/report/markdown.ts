import { JOB_SUMMARY_LIMIT, fitsIn, truncateToLimit } from './budget.js'
import { formatCount, formatNumber, formatPointsText, plural } from './format.js'
import { dropChart } from './mermaid.js'
import {
  calibrationNote,
  dropTableFull,
  explainedTable,
  headlineParagraph,
  helpedTable,
  howToReadList,
  inputsLine,
  metricLabel,
  policyList,
  powerNote,
  reasonsList,
  seedNoiseCaveat,
  verdictHeading
} from './sections.js'
import { explainedClasses, helpedClasses, hurtClasses, suspectedClasses } from './order.js'
import { SUSPECTED_Q } from '../analysis/gate.js'
import type { ReportJson } from './types.js'

/** How much of each list a rendering shows; the full report shows everything. */
interface Layout {
  /** Bars of the Mermaid chart of hurt and suspected drops; 0 leaves it out. */
  readonly chartBars: number
  readonly rows: number
  readonly nameLength: number
  readonly reasons: number
}

const FULL: Layout = {
  chartBars: Number.POSITIVE_INFINITY,
  rows: Number.POSITIVE_INFINITY,
  nameLength: 200,
  reasons: Number.POSITIVE_INFINITY
}

/** Where a shortened job summary sends the reader for the rest. */
const ELSEWHERE = 'report.md and report.json in the report artifact of this run'

/** The full `report.md`, also written as the job summary when it fits (see {@link renderJobSummary}). */
export function renderMarkdownReport(report: ReportJson): string {
  return render(report, FULL)
}

/**
 * The job summary: the full report when it fits GitHub's 1 MiB, else the same report with fewer rows per
 * table and a pointer to the artifact. Never throws on size.
 */
export function renderJobSummary(report: ReportJson, limit: number = JOB_SUMMARY_LIMIT): string {
  const layouts: Layout[] = [
    FULL,
    { chartBars: Number.POSITIVE_INFINITY, rows: 1000, nameLength: 200, reasons: 100 },
    { chartBars: Number.POSITIVE_INFINITY, rows: 200, nameLength: 120, reasons: 20 },
    { chartBars: Number.POSITIVE_INFINITY, rows: 50, nameLength: 80, reasons: 10 },
    { chartBars: 0, rows: 0, nameLength: 80, reasons: 5 }
  ]
  for (const layout of layouts) {
    const text = render(report, layout)
    if (fitsIn(text, limit)) return text
  }
  return truncateToLimit(
    render(report, layouts[layouts.length - 1]),
    limit,
    `\n\n…cut to fit; see ${ELSEWHERE}.\n`
  )
}

function render(report: ReportJson, layout: Layout): string {
  const style = { nameLength: layout.nameLength }
  const { metric } = report
  const blocks: string[] = [verdictHeading(report, undefined, '#')]
  if (report.reasons.length > 0) blocks.push(reasonsList(report, layout.reasons, 1000).join('\n'))
  blocks.push(headlineParagraph(report, true))
  const chart = dropChart(report, layout.chartBars)
  if (chart !== '') blocks.push(chart)

  const section = (
    title: string,
    intro: string,
    rows: ReturnType<typeof hurtClasses>,
    tableOf: (shown: typeof rows) => string
  ): void => {
    blocks.push(`## ${title} (${formatCount(rows.length)})`)
    if (rows.length === 0) {
      blocks.push(intro.length > 0 ? `None. ${intro}` : 'None.')
      return
    }
    if (intro.length > 0) blocks.push(intro)
    const shown = rows.slice(0, layout.rows)
    if (shown.length > 0) blocks.push(tableOf(shown))
    if (shown.length < rows.length) {
      blocks.push(
        `…and ${plural(rows.length - shown.length, 'more class', 'more classes')}: the full list is in ${ELSEWHERE}.`
      )
    }
  }

  section(
    'Hurt classes',
    `Dropped by at least ${formatPointsText(report.policy.maxClassDrop)} in ${metricLabel(metric)}, significantly; these gate the merge.`,
    hurtClasses(report),
    (rows) => dropTableFull(rows, metric, style)
  )
  const caveat = seedNoiseCaveat(report)
  if (caveat !== null) blocks.push(caveat)
  section(
    'Drops explained by multi-labels',
    'Dropped under the original labels, but not once every valid label counts.',
    explainedClasses(report),
    (rows) => explainedTable(rows, style)
  )
  section(
    'Suspected classes',
    `Dropped beyond the margin with q ≤ ${formatNumber(SUSPECTED_Q, 4)} on either drop test, but not ` +
      'significantly; shown, not gating (up to a quarter of them may be noise).',
    suspectedClasses(report),
    (rows) => dropTableFull(rows, metric, style)
  )
  section('Helped classes', '', helpedClasses(report), (rows) => helpedTable(rows, metric, style))

  blocks.push('## Statistical power and noise', powerNote(report), calibrationNote(report))
  blocks.push('## Policy', policyList(report).join('\n'))
  blocks.push('## How to read this', howToReadList().join('\n'))
  blocks.push('---', inputsLine(report))
  return `${blocks.join('\n\n')}\n`
}
