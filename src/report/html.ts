/**
 * report.html (docs/html-report.md): one self-contained page that opens offline. An overview of every
 * class's change with its interval (sorted, filterable by name and status), then for each hurt and
 * suspected class the images it lost, captioned with both models' predictions, next to images of the
 * classes that took them, with the confusion-shift numbers and the kind.
 *
 * Safe to open from an untrusted pull request: a Content-Security-Policy meta allows nothing but this
 * page's own style and script (by hash) and `data:` images, so nothing is fetched from anywhere; every
 * string from the inputs (class names, image ids, paths, model names) is escaped as text. Pure: the same
 * report and thumbnails give the same bytes.
 */
import { createHash } from 'node:crypto'
import type { ClassResult } from '../analysis/types.js'
import {
  MISSING,
  formatCount,
  formatDelta,
  formatDeltaWithInterval,
  formatInterval,
  formatNumber,
  formatPercent,
  formatProbability,
  formatSignedPoints,
  plural
} from './format.js'
import { byLargestDrop } from './order.js'
import type { ReportJson } from './types.js'
import type { Thumbnail, ThumbnailGap } from '../model/thumbnails.js'

/** One image the page shows: its id, both models' top-1 class, and its thumbnail or why there is none. */
export interface EvidenceImage {
  readonly id: string
  readonly baseline: number
  readonly candidate: number
  readonly thumbnail: Thumbnail | ThumbnailGap
}

export interface ClassEvidence {
  readonly index: number
  /** Every image the class lost on the gating metric; `lost` shows the first of them. */
  readonly lostTotal: number
  readonly lost: readonly EvidenceImage[]
  readonly absorbers: readonly {
    readonly index: number
    readonly images: readonly EvidenceImage[]
  }[]
}

export interface HtmlEvidence {
  /** `predictions-only`: the run compared predictions files without the image files; no thumbnails exist. */
  readonly source: 'images' | 'predictions-only'
  /** Hurt and suspected classes, in the order the page shows them. */
  readonly classes: readonly ClassEvidence[]
}

/** Longest class name, id or path shown, in code points. */
const MAX_TEXT = 200

/** Characters that reorder or hide text (bidi overrides, controls, lone surrogates): shown as U+FFFD. */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]/gu

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** An untrusted string as HTML text or a quoted attribute value: inert, printable, at most `maxLength` code points. */
export function escapeHtml(text: string, maxLength = MAX_TEXT): string {
  const printable = text.replace(UNPRINTABLE, '\uFFFD')
  const chars = Array.from(printable)
  const capped =
    chars.length <= maxLength ? printable : `${chars.slice(0, maxLength - 1).join('')}…`
  return capped.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] as string)
}

const STYLE = `
:root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--line:#d1d9e0;--hurt:#cf222e;--suspected:#bf8700;--helped:#1a7f37;--unchanged:#818b98}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--line:#3d444d;--hurt:#f85149;--suspected:#d29922;--helped:#3fb950;--unchanged:#656c76}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1100px;padding:16px 24px 48px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:24px;margin:8px 0}h2{font-size:20px;margin:32px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:17px;margin:0 0 4px}h4{font-size:14px;margin:16px 0 6px}
.muted,.note{color:var(--muted)}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;vertical-align:middle}
.badge.hurt{background:var(--hurt)}.badge.suspected{background:var(--suspected)}.badge.helped{background:var(--helped)}.badge.unchanged{background:var(--unchanged)}
.badge.pass{background:var(--helped)}.badge.fail{background:var(--hurt)}
.controls{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:8px 0}
.controls input[type=search]{font:inherit;padding:4px 8px;min-width:260px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
.scroll{max-height:70vh;overflow:auto;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:3px 8px;border-bottom:1px solid var(--line);vertical-align:middle}
th{position:sticky;top:0;background:var(--bg);z-index:1}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.name{max-width:320px;overflow-wrap:anywhere}
svg.ci{display:block}
svg .zero{stroke:var(--muted);stroke-width:1}
svg .interval{stroke-width:2}svg .point{stroke:none}
svg .hurt{stroke:var(--hurt);fill:var(--hurt)}svg .suspected{stroke:var(--suspected);fill:var(--suspected)}svg .helped{stroke:var(--helped);fill:var(--helped)}svg .unchanged{stroke:var(--unchanged);fill:var(--unchanged)}
section.evidence{border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:16px 0}
.thumbs{display:flex;flex-wrap:wrap;gap:8px}
figure{margin:0;width:104px;font-size:11px;line-height:1.3}
figure img,figure .gap{display:block;width:96px;height:96px;object-fit:contain;border:1px solid var(--line);border-radius:4px;background:#fff}
figure .gap{display:flex;align-items:center;justify-content:center;text-align:center;color:#59636e;font-size:10px;padding:4px}
figcaption{overflow-wrap:anywhere;margin-top:2px}
figcaption .id{color:var(--muted)}
.absorber{margin-top:8px}
`.trim()

const SCRIPT = `
(function(){
var input=document.getElementById('filter');
var boxes=Array.prototype.slice.call(document.querySelectorAll('input[data-status-filter]'));
var rows=Array.prototype.slice.call(document.querySelectorAll('#overview-table tbody tr'));
var shown=document.getElementById('shown-count');
function apply(){
var query=input.value.trim().toLowerCase();
var on={};boxes.forEach(function(b){on[b.value]=b.checked});
var n=0;
rows.forEach(function(row){
var show=on[row.getAttribute('data-status')]===true&&(query===''||row.getAttribute('data-name').indexOf(query)!==-1);
row.hidden=!show;if(show)n++;
});
shown.textContent=String(n);
}
input.addEventListener('input',apply);
boxes.forEach(function(b){b.addEventListener('change',apply)});
apply();
})();
`.trim()

const hashOf = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** Nothing from outside the page: its own style and script by hash, images only as `data:` URLs. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  'img-src data:',
  `style-src ${hashOf(STYLE)}`,
  `script-src ${hashOf(SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

const STATUSES = ['hurt', 'suspected', 'helped', 'unchanged'] as const

export function renderHtmlReport(report: ReportJson, evidence: HtmlEvidence): string {
  const title = `classdiff: ${report.verdict} — ${report.inputs.baseline} → ${report.inputs.candidate}`
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title, 300)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    header(report),
    overview(report),
    evidenceSections(report, evidence),
    `<footer class="muted"><p>classdiff ${escapeHtml(report.tool.version, 40)} · data: ${escapeHtml(report.inputs.data)}</p></footer>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function metricName(report: ReportJson): string {
  return report.metric === 'multi-label' ? 'multi-label accuracy' : 'original-label accuracy'
}

function gating(score: ClassResult['baseline'], report: ReportJson): number | null {
  return report.metric === 'multi-label' ? score.multiLabelAccuracy : score.accuracy
}

function header(report: ReportJson): string {
  const s = report.summary
  const accuracy = (side: 'baseline' | 'candidate'): number | null =>
    report.metric === 'multi-label' ? s[side].multiLabelAccuracy : s[side].accuracy
  const reasons =
    report.reasons.length === 0
      ? ''
      : `<ul>${report.reasons.map((r) => `<li>${escapeHtml(r, 1000)}</li>`).join('')}</ul>`
  return [
    '<header>',
    `<h1>classdiff <span class="badge ${report.verdict}">${report.verdict}</span></h1>`,
    `<p><strong>${escapeHtml(report.inputs.baseline)}</strong> (baseline) → <strong>${escapeHtml(report.inputs.candidate)}</strong> (candidate) on ${escapeHtml(report.inputs.data)}</p>`,
    reasons,
    `<p>${formatCount(s.images)} images, ${plural(s.classes, 'class', 'classes')}, scored on ${metricName(report)}: ` +
      `${formatPercent(accuracy('baseline'))} → ${formatPercent(accuracy('candidate'))}, ` +
      `${formatDeltaWithInterval(s.delta, s.ci95)} overall. ` +
      `<span class="badge hurt">${formatCount(s.hurt)} hurt</span> ` +
      `<span class="badge suspected">${formatCount(s.suspected)} suspected</span> ` +
      `<span class="badge helped">${formatCount(s.helped)} helped</span></p>`,
    '<p class="muted">Δ is the paired change of a class on the gating metric, in percentage points, with its 95% interval. ' +
      'Hurt: dropped beyond the margin, significantly (these fail the check). Suspected: dropped beyond the margin, not significantly. ' +
      'Helped: gained significantly.</p>',
    '</header>'
  ].join('\n')
}

/** Chart width in pixels; the scale is shared by every row so lengths compare across classes. */
const CHART_WIDTH = 240
const CHART_HEIGHT = 14

function overview(report: ReportJson): string {
  const sorted = [...report.classes].sort(byLargestDrop)
  let low = 0
  let high = 0
  for (const c of sorted) {
    low = Math.min(low, c.ci95[0], c.delta)
    high = Math.max(high, c.ci95[1], c.delta)
  }
  if (high - low < 1e-9) high = low + 0.01
  const x = (v: number): string =>
    formatNumber(((v - low) / (high - low)) * (CHART_WIDTH - 8) + 4, 1)
  const zero = x(0)
  const rows = sorted.map((c) => {
    const name = escapeHtml(c.name)
    const link = c.status === 'hurt' || c.status === 'suspected'
    const nameCell = link ? `<a href="#class-${c.index}">${name}</a>` : name
    const svg =
      `<svg class="ci" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" role="img" aria-label="${formatDelta(c.delta)}">` +
      `<line class="zero" x1="${zero}" x2="${zero}" y1="0" y2="${CHART_HEIGHT}"/>` +
      `<line class="interval ${c.status}" x1="${x(c.ci95[0])}" x2="${x(c.ci95[1])}" y1="7" y2="7"/>` +
      `<circle class="point ${c.status}" cx="${x(c.delta)}" cy="7" r="3.5"/></svg>`
    return (
      `<tr data-status="${c.status}" data-name="${escapeHtml(c.name.toLowerCase())}">` +
      `<td class="name">${nameCell}</td><td>${svg}</td>` +
      `<td class="num">${formatDelta(c.delta)}</td><td class="num">${formatInterval(c.ci95)}</td>` +
      `<td class="num">${formatProbability(c.qValue)}</td>` +
      `<td><span class="badge ${c.status}">${c.status}</span></td></tr>`
    )
  })
  const boxes = STATUSES.map(
    (status) =>
      `<label><input type="checkbox" data-status-filter value="${status}" checked> ${status} (${formatCount(report.classes.filter((c) => c.status === status).length)})</label>`
  ).join(' ')
  return [
    '<section id="overview">',
    `<h2>Every class's change (${formatCount(report.classes.length)})</h2>`,
    `<p class="muted">Sorted by Δ, largest drop first. The scale runs from ${formatSignedPoints(low)} to ${formatSignedPoints(high)} points; the grey line is no change.</p>`,
    '<div class="controls">',
    '<input type="search" id="filter" placeholder="Filter classes by name" aria-label="Filter classes by name">',
    boxes,
    `<span class="muted"><span id="shown-count">${formatCount(report.classes.length)}</span> shown</span>`,
    '</div>',
    '<div class="scroll"><table id="overview-table">',
    '<thead><tr><th>Class</th><th>Δ and 95% interval</th><th>Δ</th><th>95% CI</th><th>q</th><th>Status</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table></div>',
    '</section>'
  ].join('\n')
}

function evidenceSections(report: ReportJson, evidence: HtmlEvidence): string {
  const byIndex = new Map(report.classes.map((c) => [c.index, c]))
  const parts = [
    '<section id="classes">',
    '<h2>Hurt and suspected classes: the images they lost</h2>'
  ]
  if (evidence.classes.length === 0) {
    parts.push('<p>No class was hurt or suspected.</p>')
  } else if (evidence.source === 'predictions-only') {
    parts.push(
      '<p class="note">This run compared predictions files without the image files, so there are no thumbnails: the lost images are listed by id.</p>'
    )
  } else {
    const gaps = evidence.classes.reduce(
      (n, c) =>
        n +
        [...c.lost, ...c.absorbers.flatMap((a) => a.images)].filter(
          (image) => image.thumbnail === 'page size budget'
        ).length,
      0
    )
    if (gaps > 0) {
      parts.push(
        `<p class="note">${plural(gaps, 'image is', 'images are')} listed by id only, to keep this page small enough to open.</p>`
      )
    }
  }
  const nameOf = (index: number): string => byIndex.get(index)?.name ?? `#${index}`
  for (const classEvidence of evidence.classes) {
    const result = byIndex.get(classEvidence.index)
    if (result !== undefined) parts.push(classSection(report, result, classEvidence, nameOf))
  }
  parts.push('</section>')
  return parts.join('\n')
}

function classSection(
  report: ReportJson,
  c: ClassResult,
  evidence: ClassEvidence,
  nameOf: (index: number) => string
): string {
  const name = escapeHtml(c.name)
  const parts = [
    `<section class="evidence" id="class-${c.index}">`,
    `<h3>${name} <span class="badge ${c.status}">${c.status}</span></h3>`,
    `<p>${formatPercent(gating(c.baseline, report))} → ${formatPercent(gating(c.candidate, report))} on ${formatCount(c.support)} images: ` +
      `${formatDeltaWithInterval(c.delta, c.ci95)}, ${formatCount(c.lost)} lost, ${formatCount(c.gained)} gained, q ${formatProbability(c.qValue)}.</p>`,
    `<p>Kind: <strong>${kindOf(c)}</strong>. ${kindEvidence(c)}</p>`
  ]
  if (c.absorbedBy.length > 0) {
    parts.push(
      '<table class="shift"><thead><tr><th>Absorbed by</th><th>Lost images it took</th><th>Its false positives (candidate − baseline)</th><th>Co-occurrence ρ</th><th>Hierarchy distance</th></tr></thead><tbody>',
      ...c.absorbedBy.map(
        (a) =>
          `<tr><td class="name">${escapeHtml(a.name)}</td><td class="num">${formatCount(a.count)}</td>` +
          `<td class="num">${signed(a.falsePositiveGrowth)}</td>` +
          `<td class="num">${a.cooccurrence === null ? MISSING : a.cooccurrence.toFixed(2)}</td>` +
          `<td class="num">${a.hierarchyDistance === null ? MISSING : formatNumber(a.hierarchyDistance)}</td></tr>`
      ),
      '</tbody></table>'
    )
  }
  const shownNote =
    evidence.lost.length < evidence.lostTotal
      ? ` (the first ${formatCount(evidence.lost.length)} shown)`
      : ''
  parts.push(
    `<h4>Lost images: ${formatCount(evidence.lostTotal)}${shownNote}, captioned baseline's prediction → candidate's prediction</h4>`,
    figures(evidence.lost, nameOf)
  )
  for (const absorber of evidence.absorbers) {
    parts.push(
      `<div class="absorber"><h4>Images of ${escapeHtml(nameOf(absorber.index))} for comparison</h4>`,
      figures(absorber.images, nameOf),
      '</div>'
    )
  }
  parts.push('</section>')
  return parts.join('\n')
}

function figures(images: readonly EvidenceImage[], nameOf: (index: number) => string): string {
  if (images.length === 0) return '<p class="muted">None.</p>'
  const items = images.map((image) => {
    const id = escapeHtml(image.id, 120)
    const picture =
      typeof image.thumbnail === 'string'
        ? `<div class="gap">${escapeHtml(image.thumbnail)}</div>`
        : `<img src="data:${image.thumbnail.mime};base64,${image.thumbnail.base64}" alt="${id}" title="${id}">`
    return (
      `<figure>${picture}<figcaption>${escapeHtml(nameOf(image.baseline), 60)} → ${escapeHtml(nameOf(image.candidate), 60)}` +
      `<br><span class="id">${id}</span></figcaption></figure>`
    )
  })
  return `<div class="thumbs">${items.join('')}</div>`
}

function kindOf(c: ClassResult): string {
  return c.kind ?? 'undetermined'
}

function kindEvidence(c: ClassResult): string {
  const top = c.absorbedBy[0]
  const parts: string[] = []
  if (top !== undefined) {
    parts.push(
      `Most of its lost images went to ${escapeHtml(top.name)} (${formatCount(top.count)}); ` +
        `co-occurrence ρ ${top.cooccurrence === null ? MISSING : top.cooccurrence.toFixed(2)}, ` +
        `hierarchy distance ${top.hierarchyDistance === null ? MISSING : formatNumber(top.hierarchyDistance)}.`
    )
  }
  if (c.missingEvidence.length > 0)
    parts.push(`Without ${c.missingEvidence.map((m) => escapeHtml(m, 40)).join(', ')}.`)
  return parts.join(' ')
}

function signed(n: number): string {
  return n > 0 ? `+${formatCount(n)}` : n < 0 ? `\u2212${formatCount(-n)}` : '0'
}
