import { fitsIn, sizeOf, truncateToLimit } from './budget.js'
import { escapeMarkdownText, safeLinkUrl } from './escape.js'
import { formatCount, formatNumber, plural } from './format.js'
import { dropChart } from './mermaid.js'
import {
  dropTableCompact,
  explainedTable,
  headlineParagraph,
  howToReadList,
  reasonsList,
  seedNoiseCaveat,
  verdictHeading
} from './sections.js'
import { explainedClasses, hurtClasses, suspectedClasses } from './order.js'
import { SUSPECTED_Q } from '../analysis/gate.js'
import type { ClassResult } from '../analysis/types.js'
import type { ReportJson } from './types.js'

/** Links and a heading the caller knows about; every field optional. */
export interface CommentContext {
  /** The workflow run that produced the report. */
  readonly runUrl?: string
  /** Where the full report can be read or downloaded (the artifact). */
  readonly reportUrl?: string
  /** The job summary holding the full report. */
  readonly summaryUrl?: string
  /** report.html, the page with the lost images (a non-zipped artifact GitHub opens in the browser). */
  readonly pageUrl?: string
  /** Shown instead of "classdiff" in the heading, e.g. to tell two evaluations in one workflow apart. */
  readonly title?: string
}

export interface CommentOptions {
  /** The hidden marker the sticky comment is found by, e.g. `<!-- classdiff:KEY -->`; `''` for none. */
  readonly marker: string
  /** Largest body size (GitHub: 65,536 for comments, 65,535 for check-run summaries). */
  readonly limit: number
}

/** How much one rendering of the comment shows; the stages below shrink it until the body fits. */
interface Layout {
  /** Bars of the Mermaid chart of hurt and suspected drops; 0 leaves it out. */
  readonly chartBars: number
  readonly hurtRows: number
  /** Rows of the collapsed tables (suspected, explained); 0 leaves only their counts. */
  readonly otherRows: number
  readonly nameLength: number
  readonly reasons: number
  readonly reasonLength: number
  readonly howToRead: boolean
}

const STAGES: readonly Layout[] = [
  {
    chartBars: 20,
    hurtRows: 50,
    otherRows: 25,
    nameLength: 120,
    reasons: 5,
    reasonLength: 300,
    howToRead: true
  },
  {
    chartBars: 20,
    hurtRows: 25,
    otherRows: 10,
    nameLength: 80,
    reasons: 5,
    reasonLength: 200,
    howToRead: true
  },
  {
    chartBars: 10,
    hurtRows: 10,
    otherRows: 5,
    nameLength: 60,
    reasons: 3,
    reasonLength: 150,
    howToRead: true
  },
  {
    chartBars: 5,
    hurtRows: 5,
    otherRows: 0,
    nameLength: 40,
    reasons: 3,
    reasonLength: 120,
    howToRead: false
  },
  {
    chartBars: 0,
    hurtRows: 0,
    otherRows: 0,
    nameLength: 40,
    reasons: 1,
    reasonLength: 120,
    howToRead: false
  }
]

/**
 * The sticky PR comment (also a check run's summary): the hidden marker, the verdict and headline, the hurt
 * classes, suspected classes and drops explained by multi-labels collapsed, "how to read this" collapsed,
 * links. Degrades in stages until it fits `limit` (fewer rows with "and N more", then counts only with a
 * pointer to the full report); never throws on size.
 */
export function renderComment(
  report: ReportJson,
  context: CommentContext,
  options: CommentOptions
): string {
  assertMarker(options.marker)
  const head = options.marker === '' ? '' : `${options.marker}\n`
  const room = options.limit - sizeOf(head)
  let body = ''
  for (const layout of STAGES) {
    body = renderBody(report, context, layout)
    if (fitsIn(body, room)) return head + body
  }
  return head + truncateToLimit(body, Math.max(0, room), '\n')
}

function renderBody(report: ReportJson, context: CommentContext, layout: Layout): string {
  const style = { nameLength: layout.nameLength }
  const { metric } = report
  const elsewhere = whereTheFullListIs(context)
  const blocks: string[] = [verdictHeading(report, context.title, '###')]
  if (report.reasons.length > 0)
    blocks.push(reasonsList(report, layout.reasons, layout.reasonLength).join('\n'))
  blocks.push(headlineParagraph(report))
  const chart = dropChart(report, layout.chartBars)
  if (chart !== '') blocks.push(chart)

  const hurt = hurtClasses(report)
  if (hurt.length > 0) {
    blocks.push(`#### Hurt classes (${formatCount(hurt.length)})`)
    const shown = hurt.slice(0, layout.hurtRows)
    if (shown.length > 0) blocks.push(dropTableCompact(shown, metric, style))
    if (shown.length < hurt.length) {
      const rest = hurt.length - shown.length
      blocks.push(
        shown.length === 0
          ? `The list of ${plural(hurt.length, 'hurt class', 'hurt classes')} is too long for a comment: it is in ${elsewhere}.`
          : `…and ${plural(rest, 'more hurt class', 'more hurt classes')}: the full list is in ${elsewhere}.`
      )
    }
    const caveat = seedNoiseCaveat(report)
    if (caveat !== null) blocks.push(caveat)
  }

  const suspected = suspectedClasses(report)
  const explained = explainedClasses(report)
  const collapsed = (
    summary: string,
    rows: readonly ClassResult[],
    tableOf: (shown: readonly ClassResult[]) => string
  ): void => {
    if (rows.length === 0) return
    const shown = rows.slice(0, layout.otherRows)
    const parts = [`<details><summary>${summary}</summary>`, tableOf(shown)]
    if (shown.length < rows.length) {
      const rest = plural(rows.length - shown.length, 'more class', 'more classes')
      parts.push(`…and ${rest}: the full list is in ${elsewhere}.`)
    }
    parts.push('</details>')
    blocks.push(parts.join('\n\n'))
  }
  if (layout.otherRows > 0) {
    collapsed(
      `Suspected classes (${formatCount(suspected.length)}): dropped beyond the margin, q ≤ ${formatNumber(SUSPECTED_Q, 4)} but not significant`,
      suspected,
      (shown) => dropTableCompact(shown, metric, style)
    )
    collapsed(
      `Drops explained by multi-labels (${formatCount(explained.length)})`,
      explained,
      (shown) => explainedTable(shown, style)
    )
  } else {
    const untold = [
      suspected.length > 0 ? plural(suspected.length, 'suspected class', 'suspected classes') : '',
      explained.length > 0
        ? `${plural(explained.length, 'drop', 'drops')} explained by multi-labels`
        : ''
    ].filter((part) => part !== '')
    if (untold.length > 0) blocks.push(`The ${untold.join(' and ')} are listed in ${elsewhere}.`)
  }
  if (layout.howToRead) {
    blocks.push(
      `<details><summary>How to read this</summary>\n\n${howToReadList().join('\n')}\n\n</details>`
    )
  }
  blocks.push(linksLine(report, context))
  return `${blocks.join('\n\n')}\n`
}

/** Where a reader finds what the comment leaves out: the job summary and the report artifact. */
function whereTheFullListIs(context: CommentContext): string {
  const summary = safeLinkUrl(context.summaryUrl)
  const run = safeLinkUrl(context.runUrl)
  const report = safeLinkUrl(context.reportUrl)
  const inSummary =
    summary !== null
      ? `[the job summary](${summary})`
      : run !== null
        ? `the job summary of [this run](${run})`
        : 'the job summary of this run'
  const inReport =
    report !== null ? `[the full report](${report})` : 'report.md in the report artifact'
  return `${inSummary} and ${inReport}`
}

function linksLine(report: ReportJson, context: CommentContext): string {
  const links: string[] = []
  const run = safeLinkUrl(context.runUrl)
  const summary = safeLinkUrl(context.summaryUrl)
  const full = safeLinkUrl(context.reportUrl)
  const page = safeLinkUrl(context.pageUrl)
  if (page !== null) links.push(`[Lost images (report.html)](${page})`)
  if (run !== null) links.push(`[Workflow run](${run})`)
  if (summary !== null) links.push(`[Job summary](${summary})`)
  if (full !== null) links.push(`[Full report](${full})`)
  links.push(`classdiff ${escapeMarkdownText(report.tool.version, { maxLength: 40 })}`)
  return `<sub>${links.join(' · ')}</sub>`
}

/**
 * The marker must be one well-formed HTML comment on one line that nothing inside can close early, or the
 * sticky comment could not be found again (and a marker that leaks would show as text).
 */
export function isValidMarker(marker: string): boolean {
  if (marker === '') return true
  if (!marker.startsWith('<!--') || !marker.endsWith('-->') || marker.length > 200) return false
  const inner = marker.slice(4, -3)
  return !/--|[<>\n\r]|^-|-$/.test(inner)
}

function assertMarker(marker: string): void {
  if (!isValidMarker(marker)) {
    throw new Error(
      `renderComment: marker ${JSON.stringify(marker.slice(0, 60))} is not a one-line HTML comment`
    )
  }
}
