/**
 * A Mermaid `xychart-beta` of the hurt and suspected classes' drops for the PR comment and job summary
 * (docs/html-report.md). GitHub draws it; mobile apps show it as code, so the table beside it stays.
 *
 * Bars are drops in points (positive lengths): Mermaid draws bars up from the axis minimum, so negative
 * deltas on a −max → 0 axis would make the largest drop the shortest bar. A line marks the policy's margin.
 */
import { formatNumber } from './format.js'
import { hurtThenSuspectedClasses } from './order.js'
import { metricLabel } from './sections.js'
import type { ReportJson } from './types.js'

/** More bars than this make an unreadable chart; the table lists the rest. */
export const MAX_CHART_BARS = 20
/** Longest bar label, in code points. */
export const CHART_LABEL_LENGTH = 30

/**
 * A class name as a Mermaid category label: only letters, marks, digits, spaces and a few harmless
 * punctuation marks survive. Everything else (quotes that end the string, brackets and commas of the list,
 * `#…;` entities, `%%` comments, backticks that would close the markdown fence, `<` of HTML, `@`, `:`) and
 * every control, bidi or line-break character becomes a space.
 */
export function mermaidLabel(name: string, maxLength = CHART_LABEL_LENGTH): string {
  const cleaned = name
    .replace(/[^\p{L}\p{M}\p{N} _.+\-()'!?*=]/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
  const chars = Array.from(cleaned)
  return chars.length <= maxLength ? cleaned : `${chars.slice(0, maxLength - 1).join('')}…`
}

/**
 * The chart as a fenced `mermaid` block, at most `maxBars` bars; '' when there is nothing to chart or no
 * bar may be shown.
 */
export function dropChart(report: ReportJson, maxBars: number = MAX_CHART_BARS): string {
  const all = hurtThenSuspectedClasses(report)
  const shown = all.slice(0, Math.min(maxBars, MAX_CHART_BARS))
  if (shown.length === 0) return ''
  const used = new Set<string>()
  const labels = shown.map((c) => {
    let label = mermaidLabel(c.name)
    // Mermaid merges equal categories; cleaning can make two names equal, and names may be empty.
    if (label === '' || used.has(label)) label = `${label} (${c.index})`.trim()
    used.add(label)
    return `"${label}"`
  })
  const drops = shown.map((c) => Math.max(0, -c.delta * 100))
  const margin = report.policy.maxClassDrop
  const top = Math.max(5, Math.ceil(Math.max(margin, ...drops) / 5) * 5)
  const more = all.length - shown.length
  const title =
    `Drop in ${metricLabel(report.metric)}, points` +
    (more > 0 ? ` (largest ${shown.length} of ${all.length})` : '')
  return [
    '```mermaid',
    // Mermaid's default 500 px is too tall for two bars and too short for twenty.
    '---',
    'config:',
    '  xyChart:',
    `    height: ${120 + 36 * shown.length}`,
    '---',
    'xychart-beta horizontal',
    `    title "${title}"`,
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "Drop in points, line at the ${formatNumber(margin)}-point margin" 0 --> ${top}`,
    `    bar [${drops.map((d) => formatNumber(d, 1)).join(', ')}]`,
    `    line [${shown.map(() => formatNumber(margin)).join(', ')}]`,
    '```'
  ].join('\n')
}
