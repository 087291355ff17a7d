/**
 * The pieces report.md and the PR comment are made of. Every string that came from the user (class names,
 * reasons that quote them, paths, the calibration method) goes through `escapeMarkdownText`; everything else
 * is our own fixed text and numbers.
 */
import { markdownTable } from 'markdown-table'
import type { ClassResult, ClassScore, Metric } from '../analysis/types.js'
import { escapeMarkdownText } from './escape.js'
import {
  MISSING,
  MINUS,
  formatCount,
  formatDeltaWithInterval,
  formatNumber,
  formatPercent,
  formatProbability,
  formatPointsText,
  formatSignedPoints,
  plural
} from './format.js'
import { hurtClasses } from './order.js'
import type { ReportJson } from './types.js'
import { SUSPECTED_Q } from '../analysis/gate.js'

/** The gating metric's accuracy of one model on one class. */
export function classGatingAccuracy(score: ClassScore, metric: Metric): number | null {
  return metric === 'multi-label' ? score.multiLabelAccuracy : score.accuracy
}

export function metricLabel(metric: Metric): string {
  return metric === 'multi-label' ? 'multi-label accuracy' : 'original-label accuracy'
}

// ---------------------------------------------------------------------------------------------- headline

/** `## ❌ classdiff: fail — 3 classes hurt`. */
export function verdictHeading(
  report: ReportJson,
  title: string | undefined,
  level = '##'
): string {
  const name =
    title === undefined || title === ''
      ? 'classdiff'
      : escapeMarkdownText(title, { maxLength: 100 })
  const { hurt, suspected } = report.summary
  if (report.verdict === 'fail') {
    const what = hurt > 0 ? ` — ${plural(hurt, 'class', 'classes')} hurt` : ''
    return `${level} ❌ ${name}: fail${what}`
  }
  const what = hurt > 0 ? `${plural(hurt, 'class', 'classes')} hurt` : 'no class hurt'
  const doubt = suspected > 0 ? `, ${formatCount(suspected)} suspected` : ''
  return `${level} ✅ ${name}: pass — ${what}${doubt}`
}

/** Why the gate failed, as a list; at most `max` reasons of at most `maxLength` characters. */
export function reasonsList(report: ReportJson, max: number, maxLength: number): string[] {
  const shown = report.reasons.slice(0, max).map((r) => `- ${escapeMarkdownText(r, { maxLength })}`)
  const rest = report.reasons.length - shown.length
  if (rest > 0) shown.push(`- …and ${plural(rest, 'more reason')}`)
  return shown
}

function probabilityText(name: string, p: number | null): string {
  const text = formatProbability(p)
  return text.startsWith('<') ? `${name} < ${text.slice(1)}` : `${name} = ${text}`
}

/**
 * Average accuracy both ways, the overall change, and the class counts: one paragraph, a line each (a
 * backslash before the newline is a hard break), so it never merges with a neighbouring list.
 */
export function headlineParagraph(report: ReportJson, always = false): string {
  const { summary } = report
  const { baseline, candidate } = summary
  const accuracy = [
    `original labels ${formatPercent(baseline.accuracy)} → ${formatPercent(candidate.accuracy)}`
  ]
  if (baseline.multiLabelAccuracy !== null || candidate.multiLabelAccuracy !== null) {
    accuracy.push(
      `multi-label ${formatPercent(baseline.multiLabelAccuracy)} → ${formatPercent(candidate.multiLabelAccuracy)}`
    )
  }
  const coverage = coverageLine(report, always)
  return [
    `**Average accuracy**, baseline → candidate: ${accuracy.join(' · ')}`,
    ...(coverage === null ? [] : [coverage]),
    `**Overall change** in ${metricLabel(report.metric)}: ${formatDeltaWithInterval(summary.delta, summary.ci95)}, ` +
      `${probabilityText('p', summary.pValue)} (paired McNemar, two-sided; ` +
      `${report.calibration === null ? 'these images and these two checkpoints only, seed noise not calibrated' : 'calibrated for seed noise'})`,
    `**Classes**: ${formatCount(summary.hurt)} hurt · ${formatCount(summary.suspected)} suspected · ` +
      `${formatCount(summary.helped)} helped, of ${plural(summary.classes, 'class', 'classes')} ` +
      `and ${plural(summary.images, 'image')}`
  ].join('\\\n')
}

/**
 * How multi-label scoring scored the images, when the multi-labels file did not cover every image (or
 * `always`): an image without an entry is scored on its original label, an empty set is left out.
 */
export function coverageLine(report: ReportJson, always: boolean): string | null {
  const coverage = report.multiLabelCoverage
  if (coverage === undefined) return null
  if (!always && coverage.byOriginalLabel === 0 && coverage.leftOut === 0) return null
  return (
    `**Multi-label scoring**: ${plural(coverage.byLabelSet, 'image')} by their label set · ` +
    `${formatCount(coverage.byOriginalLabel)} by their original label (no multi-label entry) · ` +
    `${formatCount(coverage.leftOut)} left out (empty label set)`
  )
}

// ---------------------------------------------------------------------------------------------- tables

export interface TableStyle {
  /** Longest class name shown, in characters. */
  readonly nameLength: number
}

export function classCell(result: { index: number; name: string }, style: TableStyle): string {
  return `${escapeMarkdownText(result.name, { maxLength: style.nameLength })} (${result.index})`
}

function accuracyChange(before: number | null, after: number | null): string {
  return `${formatPercent(before)} → ${formatPercent(after)}`
}

function signedCount(n: number): string {
  if (n === 0) return '0'
  return `${n < 0 ? MINUS : '+'}${formatCount(Math.abs(n))}`
}

/** The class that took most of the lost images: `notebook (681) ×23`, with its false-positive growth in full. */
export function partnerCell(
  result: ClassResult,
  style: TableStyle,
  withFalsePositives: boolean
): string {
  const top = result.absorbedBy[0]
  if (top === undefined) return MISSING
  const base = `${classCell(top, style)} ×${formatCount(top.count)}`
  return withFalsePositives
    ? `${base}, false positives ${signedCount(top.falsePositiveGrowth)}`
    : base
}

/** ρ and hierarchy distance of the top partner, and which evidence was missing. */
export function evidenceCell(result: ClassResult): string {
  const top = result.absorbedBy[0]
  const parts: string[] = []
  if (top !== undefined) {
    parts.push(`ρ ${top.cooccurrence === null ? MISSING : top.cooccurrence.toFixed(2)}`)
    parts.push(
      `distance ${top.hierarchyDistance === null ? MISSING : formatNumber(top.hierarchyDistance)}`
    )
  }
  if (result.missingEvidence.length > 0) {
    const missing = result.missingEvidence.map((m) => escapeMarkdownText(m, { maxLength: 40 }))
    parts.push(`no ${missing.join(', ')}`)
  }
  return parts.length === 0 ? MISSING : parts.join(' · ')
}

export function kindCell(result: ClassResult): string {
  const kind =
    result.kind ??
    (result.status === 'hurt' || result.status === 'suspected' ? 'undetermined' : MISSING)
  return result.explainedByMultiLabels === true ? `${kind}, explained by multi-labels` : kind
}

/** The drop test's q, and the pair-shift q when it is the smaller (the one that decided the status). */
export function dropQCell(result: ClassResult): string {
  const q = formatProbability(result.qValue)
  const shift = result.shiftQValue ?? null
  if (shift === null || result.qValue === null || shift >= result.qValue) return q
  return `${q} (to one class: ${formatProbability(shift)})`
}

const table = (rows: string[][], align: readonly string[]): string =>
  markdownTable(rows, { align: [...align], alignDelimiters: false })

/** Hurt or suspected classes, every column (report.md). */
export function dropTableFull(
  rows: readonly ClassResult[],
  metric: Metric,
  style: TableStyle
): string {
  return table(
    [
      [
        'Class',
        'Baseline → candidate',
        'Δ (95% CI)',
        'Lost / gained',
        'q',
        'Kind',
        'Absorbed by',
        'Evidence'
      ],
      ...rows.map((c) => [
        classCell(c, style),
        accuracyChange(
          classGatingAccuracy(c.baseline, metric),
          classGatingAccuracy(c.candidate, metric)
        ),
        formatDeltaWithInterval(c.delta, c.ci95),
        `${formatCount(c.lost)} / ${formatCount(c.gained)}`,
        dropQCell(c),
        kindCell(c),
        partnerCell(c, style, true),
        evidenceCell(c)
      ])
    ],
    ['l', 'c', 'r', 'r', 'r', 'l', 'l', 'l']
  )
}

/** Hurt or suspected classes, the columns a reviewer needs (PR comment). */
export function dropTableCompact(
  rows: readonly ClassResult[],
  metric: Metric,
  style: TableStyle
): string {
  return table(
    [
      ['Class', 'Baseline → candidate', 'Δ (95% CI)', 'q', 'Absorbed by', 'Kind (evidence)'],
      ...rows.map((c) => [
        classCell(c, style),
        accuracyChange(
          classGatingAccuracy(c.baseline, metric),
          classGatingAccuracy(c.candidate, metric)
        ),
        formatDeltaWithInterval(c.delta, c.ci95),
        dropQCell(c),
        partnerCell(c, style, false),
        `${kindCell(c)} (${evidenceCell(c)})`
      ])
    ],
    ['l', 'c', 'r', 'r', 'l', 'l']
  )
}

function accuracyWithChange(before: number | null, after: number | null): string {
  const change =
    before === null || after === null ? '' : ` (${formatSignedPoints(after - before)} pt)`
  return `${accuracyChange(before, after)}${change}`
}

/** Classes whose original-label drop vanishes under multi-label scoring. */
export function explainedTable(rows: readonly ClassResult[], style: TableStyle): string {
  return table(
    [
      ['Class', 'Original labels', 'Multi-label', 'Absorbed by', 'Evidence'],
      ...rows.map((c) => [
        classCell(c, style),
        accuracyWithChange(c.baseline.accuracy, c.candidate.accuracy),
        accuracyWithChange(c.baseline.multiLabelAccuracy, c.candidate.multiLabelAccuracy),
        partnerCell(c, style, false),
        evidenceCell(c)
      ])
    ],
    ['l', 'c', 'c', 'l', 'l']
  )
}

/** Helped classes; q here is the mirror test's (a gain), when the analysis ran it. */
export function helpedTable(
  rows: readonly ClassResult[],
  metric: Metric,
  style: TableStyle
): string {
  return table(
    [
      ['Class', 'Baseline → candidate', 'Δ (95% CI)', 'Lost / gained', 'q (gain)'],
      ...rows.map((c) => [
        classCell(c, style),
        accuracyChange(
          classGatingAccuracy(c.baseline, metric),
          classGatingAccuracy(c.candidate, metric)
        ),
        formatDeltaWithInterval(c.delta, c.ci95),
        `${formatCount(c.lost)} / ${formatCount(c.gained)}`,
        formatProbability(c.gainQValue ?? null)
      ])
    ],
    ['l', 'c', 'r', 'r', 'r']
  )
}

// ---------------------------------------------------------------------------------------------- notes

/** Smallest k with ½^k ≤ level: the fewest discordant images, all one way, that can reach p ≤ level. */
export function minimumDiscordant(level: number): number | null {
  if (!(level > 0)) return null
  let k = 1
  while (0.5 ** k > level && k < 1100) k++
  return k
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * What the data can and cannot detect, from the report's own supports (docs/design.md#statistics). The
 * analysis' own figure for a lone class after the correction is used when present, as it accounts for
 * seed-noise calibration.
 */
export function powerNote(report: ReportJson): string {
  const { metric, policy } = report
  const tested = report.classes.filter((c) => c.pValue !== null)
  if (tested.length === 0) {
    return `**Statistical power.** No class had images scored on ${metricLabel(metric)}, so no class was tested.`
  }
  const supports = tested
    .map((c) => (metric === 'multi-label' ? c.multiLabelSupport : c.support))
    .sort((a, b) => a - b)
  const typical = median(supports)
  const points = (images: number): string =>
    typical > 0 ? formatPointsText((images / typical) * 100, 1) : MISSING
  const sentences = [
    `**Statistical power.** ${plural(tested.length, 'class was', 'classes were')} tested on ` +
      `${metricLabel(metric)}, with a median of ${plural(typical, 'image')} each (fewest ` +
      `${formatCount(supports[0])}, most ${formatCount(supports[supports.length - 1])}), so one image moves ` +
      `a median class by ${points(1)}.`
  ]
  const alpha = formatNumber(policy.alpha, 4)
  const lone = minimumDiscordant(policy.alpha)
  // The analysis' own figure accounts for calibration; a report without it (older writers) gets the
  // uncalibrated bound, and then says so rather than claim a calibration it did not use.
  const analysed = report.power !== undefined
  const corrected = analysed
    ? (report.power?.minimumLostForSignificance ?? null)
    : minimumDiscordant(policy.alpha / tested.length)
  const calibrated = analysed && report.calibration !== null
  const share = (images: number): string =>
    images > typical ? 'more than a median class holds' : `${points(images)} of a median class`
  if (lone !== null) {
    let text =
      `The one-sided McNemar test cannot reach p ≤ ${alpha} with fewer than ${plural(lone, 'lost image')} ` +
      `and no gains (${share(lone)})`
    if (tested.length > 1) {
      const after =
        `after the Benjamini–Hochberg correction over ${formatCount(tested.length)} classes` +
        `${calibrated ? ' and the seed-noise calibration' : ''}`
      text +=
        corrected === null
          ? `; ${after}, no class here has enough images to be called hurt on its own`
          : `; ${after}, a class hurt on its own needs at least ${formatCount(corrected)} (${share(corrected)})`
    }
    sentences.push(`${text}.`)
  }
  const onePartner = report.power?.minimumLostToOnePartner ?? null
  if (onePartner !== null) {
    sentences.push(
      `A class that loses its images to one other class needs fewer: the pair-shift test calls ` +
        `${formatCount(onePartner)} lost to one class (${share(onePartner)}) significant on its own here.`
    )
  }
  sentences.push(
    'Smaller drops are at most listed as suspected: more images per class is the only way to see them.'
  )
  return sentences.join(' ')
}

/**
 * Class size from which a retraining with another seed alone makes McNemar call classes hurt: 9 of 1,000
 * classes per run at 100 images a class, 92 at 200, none at 50 (docs/statistics.md, "Power against class size").
 */
export const SEED_NOISE_CLASS_SIZE = 100

/**
 * Without seed-noise calibration, the hurt classes of SEED_NOISE_CLASS_SIZE images or more that McNemar alone
 * called hurt (the pair-shift test, whose null comes from the run itself, did not): at that size seed noise
 * can do it, and the reader should know. Null when calibrated or when there are none.
 */
export function seedNoiseCaveat(report: ReportJson): string | null {
  if (report.calibration !== null) return null
  const alpha = report.policy.alpha
  const hurt = hurtClasses(report)
  const byMcNemarAlone = hurt.filter(
    (c) =>
      c.support >= SEED_NOISE_CLASS_SIZE &&
      !(typeof c.shiftQValue === 'number' && c.shiftQValue <= alpha)
  )
  if (byMcNemarAlone.length === 0) return null
  const count = byMcNemarAlone.length
  const total = hurt.length
  const subject =
    count === total
      ? count === 1
        ? 'The hurt class'
        : `All ${formatCount(count)} hurt classes`
      : `${count === 1 ? 'One' : formatCount(count)} of the ${formatCount(total)} hurt classes`
  const [has, was] = count === 1 ? ['has', 'was'] : ['have', 'were']
  return (
    `**Seed noise not calibrated.** ${subject} ${has} ${formatCount(SEED_NOISE_CLASS_SIZE)} images or more ` +
    `and ${was} called hurt by the per-class McNemar test alone, not by the pair-shift test. At that size a ` +
    'retraining that changed nothing but the seed is enough for McNemar (in simulation, 9 of 1,000 classes ' +
    'at 100 images a class, 92 at 200). Give a baseline retrained with another seed as a second `baseline` ' +
    'to tell seed noise from the change.'
  )
}

export function calibrationNote(report: ReportJson): string {
  const { calibration } = report
  if (calibration === null) {
    return (
      '**Seed noise.** Not calibrated: pass several baseline checkpoints trained with different seeds to measure ' +
      'how far classes move by chance alone.'
    )
  }
  return (
    `**Seed noise.** Calibrated on ${plural(calibration.replicates, 'extra baseline checkpoint')} ` +
    `(${escapeMarkdownText(calibration.method, { maxLength: 200 })}): over-dispersion factor ` +
    `${formatNumber(calibration.dispersion, 2)}, applied to the per-class tests so that seed-to-seed variation ` +
    'is not reported as harm.'
  )
}

export function policyList(report: ReportJson): string[] {
  const { policy } = report
  const { kinds } = policy
  const alpha = formatNumber(policy.alpha, 4)
  const share = (fraction: number): string => `${formatNumber(fraction * 100, 1)}%`
  return [
    `- Gating metric: ${metricLabel(report.metric)} (setting: ${policy.metric}).`,
    `- A class is **hurt** when its observed drop is at least ${formatPointsText(policy.maxClassDrop)} and ` +
      `a drop of any size is significant at q ≤ ${alpha} by either of two tests, each corrected across the ` +
      'tested classes (Benjamini–Hochberg): the one-sided exact McNemar test of its lost against its gained ' +
      'images, or the pair-shift test of the most images it lost to any one other class, against the run’s ' +
      'own empirical null. Each test keeps the expected share of false alarms among the classes it flags at ' +
      `${share(policy.alpha)} at most, so together at most ${share(2 * policy.alpha)}. The tests ask ` +
      'whether the class dropped at all, not whether it dropped by more than the margin: a real drop just under ' +
      'the margin is called hurt whenever chance pushes its observed drop past it. **Suspected**: the same ' +
      `drop with q ≤ ${formatNumber(SUSPECTED_Q, 4)} on either test, not hurt (shown, not gating; up to a quarter ` +
      'of them may be noise). **Helped** is the mirror image of the McNemar test. Measured power and false ' +
      'alarms: docs/statistics.md.',
    `- The average fails the gate when it drops by more than ${formatPointsText(policy.maxMeanDrop)} and ` +
      `the drop is significant (p ≤ ${alpha}).`,
    `- Kinds: a partner that is also a valid label on at least ${share(kinds.cooccurrence)} of the ` +
      `class's images (ρ ≥ ${formatNumber(kinds.cooccurrence, 3)}) is a frequent co-label: **ambiguous** ` +
      `when the two are frequent co-labels both ways (ρ ≥ ${formatNumber(kinds.mutualCooccurrence, 3)} ` +
      `each way) or at most ${formatNumber(kinds.ambiguousDistance, 2)} apart in the hierarchy, ` +
      '**co-occurring** otherwise. A rarer partner at most ' +
      `${formatNumber(kinds.hierarchyDistance, 2)} apart in the hierarchy is **fine-grained**; anything ` +
      'else is **other**.'
  ]
}

export function howToReadList(): string[] {
  return [
    '- **Baseline → candidate**: the class accuracy of each model on the gating metric. **Δ**: the paired ' +
      'change in points, (gained − lost) / images, with its 95% interval.',
    '- **Lost / gained**: images the baseline got right and the candidate got wrong, and the reverse. ' +
      '**q**: the one-sided McNemar p-value for a drop, adjusted for testing every class (Benjamini–Hochberg); ' +
      '**to one class** is the pair-shift q, shown when it is the smaller: the chance of losing that many ' +
      'images to a single other class, against the run’s own empirical null.',
    '- **Hurt**: the class fell by at least the margin and a drop is significant (q ≤ α) on either test. The ' +
      'tests ask whether it dropped at all, not by more than the margin. Each keeps the expected share of false ' +
      'alarms among the classes it flags at α, so together at most 2α; measured power and false-alarm rates are ' +
      'in classdiff’s docs/statistics.md.',
    '- **Absorbed by**: the class the candidate now predicts for most of the lost images (×count), and how much ' +
      'its false positives grew over the whole set.',
    '- **Kind**: ambiguous (two names for one thing), co-occurring (usually pictured together), fine-grained ' +
      "(visually close) or other. **ρ** is the share of the class's images on which the partner is also a valid " +
      'label; **distance** counts the edges between the two in the class hierarchy.',
    '- **Explained by multi-labels**: the drop under original labels disappears when every valid label counts, ' +
      'so the images were not really misclassified.',
    `- **Suspected**: dropped beyond the margin with q ≤ ${formatNumber(SUSPECTED_Q, 4)} but not significant; ` +
      'up to a quarter of them may be noise. Rerun with more images to decide.'
  ]
}

/** What was compared, and by which version. */
export function inputsLine(report: ReportJson): string {
  const { inputs, tool } = report
  const path = (p: string): string => escapeMarkdownText(p, { maxLength: 200 })
  return (
    `Baseline: ${path(inputs.baseline)} · candidate: ${path(inputs.candidate)} · data: ${path(inputs.data)} · ` +
    `classdiff ${escapeMarkdownText(tool.version, { maxLength: 40 })}, report schema ${report.schemaVersion}.`
  )
}
