/**
 * The per-class comparison of a baseline and a candidate (docs/design.md#statistics, #explaining-a-drop):
 * accuracies both ways, the paired test on the gating metric with BH q-values, status, the verdict, and for
 * every drop its confusion shift, evidence and kind. One pass over the images per quantity; classes come back
 * in index order.
 */
import { InputError } from '../errors.js'
import { absorbingClasses, falsePositiveGrowth, type PairedOutcome } from './confusion.js'
import { cooccurrence, HierarchyDistances } from './evidence.js'
import { classMargin, classStatus, decideVerdict, dropsBeyondMargin } from './gate.js'
import { classifyKind, missingEvidence } from './kinds.js'
import {
  anyMultiLabels,
  multiLabelCoverage,
  indexByClass,
  metricScoring,
  rightFlags,
  type ClassIndex,
  type MetricScoring
} from './scoring.js'
import { dispersionFor, estimateSeedDispersion } from './seed-noise.js'
import { pairShiftTests, type ShiftNull } from './shift.js'
import {
  benjaminiHochberg,
  mcnemarDropPValue,
  mcnemarTwoSidedPValue,
  pairedDifferenceInterval
} from './stats.js'
import type {
  Absorber,
  AnalysisInput,
  ClassResult,
  ClassScore,
  Comparison,
  GatePolicy,
  Kind,
  Metric,
  OverallResult,
  Power
} from './types.js'

export function compare(input: AnalysisInput, policy: GatePolicy): Comparison {
  validateInput(input)
  const classCount = input.classNames.length
  const hasMultiLabels = anyMultiLabels(input)
  const metric = gatingMetric(policy.metric, hasMultiLabels)
  const byClass = indexByClass(input.labels, classCount)

  const original = pairedOutcome(input, metricScoring(input, 'original'))
  const multiLabel = hasMultiLabels
    ? pairedOutcome(input, metricScoring(input, 'multi-label'))
    : null
  const gating = metric === 'multi-label' && multiLabel ? multiLabel : original
  const originalCounts = classCounts(input.labels, original, classCount)
  const multiLabelCounts = multiLabel ? classCounts(input.labels, multiLabel, classCount) : null
  // Original-label scoring on the images multi-label scoring keeps: the two scorings of the same images.
  const originalOnMultiLabelled = multiLabel
    ? classCounts(input.labels, { ...original, scored: multiLabel.scored }, classCount)
    : null
  const gatingCounts = gating === original ? originalCounts : (multiLabelCounts as ClassCounts)
  const coverage = multiLabel ? multiLabelCoverage(multiLabel, input.labels, classCount) : null

  const calibration =
    input.baselineReplicates.length > 0
      ? estimateSeedDispersion(
          [
            gating.baselineRight,
            ...input.baselineReplicates.map((r) => rightFlags(input, gating, r))
          ],
          gating.scored,
          input.labels,
          classCount,
          gatingCounts.n,
          [input.baseline, ...input.baselineReplicates]
        )
      : null
  // Each class is tested with the φ of its size group (docs/seed-noise.md).
  const dispersion = Float64Array.from(gatingCounts.n, (n) => dispersionFor(calibration, n))

  const { pValues, qValues, gainPValues, gainQValues } = pairedTests(gatingCounts, dispersion)
  const shift = pairShiftTests(
    input.labels,
    gating,
    input.baseline,
    input.candidate,
    gatingCounts.n,
    input.baselineReplicates.map((predictions) => ({
      right: rightFlags(input, gating, predictions),
      predictions
    })),
    policy.alpha / Math.max(1, testedCount(gatingCounts))
  )
  const shiftQValues = benjaminiHochberg(shift.pValues)

  // An explanation needs a real original-label drop first: the same exact test, on the multi-labelled images.
  const originalDropQ =
    originalOnMultiLabelled && multiLabelCounts
      ? benjaminiHochberg(
          Array.from(multiLabelCounts.n, (n, c) =>
            n > 0
              ? mcnemarDropPValue(
                  originalOnMultiLabelled.lost[c],
                  originalOnMultiLabelled.gained[c],
                  dispersion[c]
                )
              : null
          )
        )
      : null
  const explainer = new DropExplainer(input, policy, byClass, multiLabelCounts?.n ?? null)
  const margin = classMargin(policy)
  const classes: ClassResult[] = []
  for (let c = 0; c < classCount; c++) {
    const n = gatingCounts.n[c]
    const lost = gatingCounts.lost[c]
    const gained = gatingCounts.gained[c]
    const delta = n > 0 ? (gained - lost) / n : 0
    const status = classStatus(delta, qValues[c], shiftQValues[c], gainQValues[c], policy)
    const explained = explainedByMultiLabels(
      c,
      originalOnMultiLabelled,
      multiLabelCounts,
      margin,
      originalDropQ === null || (originalDropQ[c] ?? 1) <= policy.alpha
    )
    const needsExplanation = status === 'hurt' || status === 'suspected' || explained === true
    // A drop that multi-labels explain is a drop on original labels: explain it there.
    const explanation = needsExplanation
      ? explainer.explain(c, status === 'hurt' || status === 'suspected' ? gating : original)
      : null
    classes.push({
      index: c,
      name: input.classNames[c],
      support: originalCounts.n[c],
      multiLabelSupport: multiLabelCounts ? multiLabelCounts.n[c] : 0,
      baseline: classScore(originalCounts, multiLabelCounts, c, 'baseline'),
      candidate: classScore(originalCounts, multiLabelCounts, c, 'candidate'),
      delta,
      lost,
      gained,
      pValue: pValues[c],
      qValue: qValues[c],
      gainPValue: gainPValues[c],
      gainQValue: gainQValues[c],
      shiftPValue: shift.pValues[c],
      shiftQValue: shiftQValues[c],
      shiftPartner: shift.partners[c],
      ci95: pairedDifferenceInterval(
        {
          bothRight: gatingCounts.baselineCorrect[c] - lost,
          lost,
          gained,
          bothWrong: n - gatingCounts.baselineCorrect[c] - gained
        },
        dispersion[c]
      ),
      status,
      kind: explanation?.kind ?? null,
      explainedByMultiLabels: explained,
      absorbedBy: explanation?.absorbedBy ?? [],
      missingEvidence: explanation?.missingEvidence ?? [],
      ...(coverage === null ? {} : { multiLabelCoverage: coverage.byClass[c] })
    })
  }

  const overall = overallResult(
    original,
    multiLabel,
    gating,
    calibration === null ? 1 : overallDispersion(gatingCounts, dispersion)
  )
  const { verdict, reasons } = decideVerdict(classes, overall, policy, metric)
  return {
    metric,
    verdict,
    reasons,
    overall,
    classes,
    policy,
    calibration,
    power: {
      ...power(gatingCounts, dispersion, policy.alpha),
      minimumLostToOnePartner: lostToOnePartnerNeeded(shift.groups, gatingCounts)
    },
    evidence: { multiLabels: hasMultiLabels, hierarchy: input.hierarchy !== null },
    ...(coverage === null ? {} : { multiLabelCoverage: coverage.overall })
  }
}

/**
 * The exact one-sided McNemar test of every class in both directions (drop, gain) and BH q-values across
 * the classes tested; untested classes (no images on the gating metric) get null.
 */
function pairedTests(counts: ClassCounts, dispersion: Float64Array) {
  const pValues: (number | null)[] = []
  const gainPValues: (number | null)[] = []
  for (let c = 0; c < counts.n.length; c++) {
    const tested = counts.n[c] > 0
    pValues.push(tested ? mcnemarDropPValue(counts.lost[c], counts.gained[c], dispersion[c]) : null)
    gainPValues.push(
      tested ? mcnemarDropPValue(counts.gained[c], counts.lost[c], dispersion[c]) : null
    )
  }
  return {
    pValues,
    qValues: benjaminiHochberg(pValues),
    gainPValues,
    gainQValues: benjaminiHochberg(gainPValues)
  }
}

function gatingMetric(requested: GatePolicy['metric'], hasMultiLabels: boolean): Metric {
  if (requested === 'original') return 'original'
  if (requested === 'multi-label' && !hasMultiLabels) {
    throw new InputError(
      '--metric multi-label needs multi-labels (--multi-labels or a preset), but no image has a non-empty label set'
    )
  }
  return hasMultiLabels ? 'multi-label' : 'original'
}

function validateInput(input: AnalysisInput): void {
  const n = input.labels.length
  const classCount = input.classNames.length
  if (classCount === 0) throw new InputError('the evaluation set has no classes')
  if (n === 0) throw new InputError('the evaluation set has no images to compare')
  const arrays: [string, { readonly length: number }][] = [
    ['multi-labels', input.multiLabels],
    ['baseline predictions', input.baseline],
    ['candidate predictions', input.candidate],
    ...input.baselineReplicates.map((r, k): [string, Int32Array] => [
      `baseline ${k + 2} predictions`,
      r
    ])
  ]
  for (const [what, array] of arrays) {
    if (array.length !== n) {
      throw new InputError(`${what} cover ${array.length} images, the evaluation set has ${n}`)
    }
  }
  const inRange = (value: number): boolean => value >= 0 && value < classCount
  for (let i = 0; i < n; i++) {
    if (!inRange(input.labels[i])) {
      throw new InputError(
        `image ${i + 1}: label ${input.labels[i]} is not one of the ${classCount} classes`
      )
    }
    if (!inRange(input.baseline[i]) || !inRange(input.candidate[i])) {
      throw new InputError(
        `image ${i + 1}: a prediction names a class outside the ${classCount} classes`
      )
    }
  }
  input.baselineReplicates.forEach((replicate, k) => {
    const bad = replicate.findIndex((value) => !inRange(value))
    if (bad >= 0) {
      throw new InputError(
        `baseline ${k + 2}, image ${bad + 1}: prediction ${replicate[bad]} is outside the ${classCount} classes`
      )
    }
  })
}

type Outcome = PairedOutcome & MetricScoring

function pairedOutcome(input: AnalysisInput, scoring: MetricScoring): Outcome {
  return {
    ...scoring,
    baselineRight: rightFlags(input, scoring, input.baseline),
    candidateRight: rightFlags(input, scoring, input.candidate)
  }
}

/** Per-class tallies under one metric. */
interface ClassCounts {
  /** Images the metric scores. */
  readonly n: Int32Array
  readonly baselineCorrect: Int32Array
  readonly candidateCorrect: Int32Array
  readonly lost: Int32Array
  readonly gained: Int32Array
}

function classCounts(labels: Int32Array, outcome: PairedOutcome, classCount: number): ClassCounts {
  const counts: ClassCounts = {
    n: new Int32Array(classCount),
    baselineCorrect: new Int32Array(classCount),
    candidateCorrect: new Int32Array(classCount),
    lost: new Int32Array(classCount),
    gained: new Int32Array(classCount)
  }
  const { scored, baselineRight, candidateRight } = outcome
  for (let i = 0; i < labels.length; i++) {
    if (scored[i] === 0) continue
    const c = labels[i]
    const base = baselineRight[i]
    const cand = candidateRight[i]
    counts.n[c]++
    counts.baselineCorrect[c] += base
    counts.candidateCorrect[c] += cand
    if (base > cand) counts.lost[c]++
    else if (cand > base) counts.gained[c]++
  }
  return counts
}

function classScore(
  original: ClassCounts,
  multiLabel: ClassCounts | null,
  c: number,
  model: 'baseline' | 'candidate'
): ClassScore {
  const correct = (model === 'baseline' ? original.baselineCorrect : original.candidateCorrect)[c]
  const multiLabelCorrect = multiLabel
    ? (model === 'baseline' ? multiLabel.baselineCorrect : multiLabel.candidateCorrect)[c]
    : 0
  return {
    accuracy: original.n[c] > 0 ? correct / original.n[c] : null,
    multiLabelAccuracy:
      multiLabel && multiLabel.n[c] > 0 ? multiLabelCorrect / multiLabel.n[c] : null,
    correct,
    multiLabelCorrect
  }
}

/**
 * True when the class dropped by the margin on original labels, significantly (`originalDropSignificant`:
 * the one-sided McNemar q on those images ≤ α), but not by the margin on multi-labels, both scored on the
 * images that have a multi-label set (the drop does not survive multi-label scoring); false when it
 * survives; null when there was no significant original-label drop there, or no multi-labels for the class.
 * Without the significance condition, noise alone "explains" dozens of classes at ImageNet's size.
 */
function explainedByMultiLabels(
  c: number,
  originalOnMultiLabelled: ClassCounts | null,
  multiLabel: ClassCounts | null,
  margin: number,
  originalDropSignificant: boolean
): boolean | null {
  if (!originalOnMultiLabelled || !multiLabel || multiLabel.n[c] === 0) return null
  const n = multiLabel.n[c]
  const originalDelta = (originalOnMultiLabelled.gained[c] - originalOnMultiLabelled.lost[c]) / n
  if (!dropsBeyondMargin(originalDelta, margin) || !originalDropSignificant) return null
  const multiLabelDelta = (multiLabel.gained[c] - multiLabel.lost[c]) / n
  return !dropsBeyondMargin(multiLabelDelta, margin)
}

interface Explanation {
  readonly kind: Kind | null
  readonly absorbedBy: readonly Absorber[]
  readonly missingEvidence: readonly string[]
}

/** Confusion shift, evidence and kind for the few classes that dropped; caches what several of them share. */
class DropExplainer {
  private readonly distances: HierarchyDistances | null
  private readonly growthByMetric = new Map<Metric, Int32Array>()

  constructor(
    private readonly input: AnalysisInput,
    private readonly policy: GatePolicy,
    private readonly byClass: ClassIndex,
    /** Images per class with a non-empty multi-label set; null without multi-labels. */
    private readonly multiLabelSupport: Int32Array | null
  ) {
    this.distances = input.hierarchy ? new HierarchyDistances(input.hierarchy) : null
  }

  explain(c: number, outcome: Outcome): Explanation {
    const growth = this.falsePositiveGrowth(outcome)
    const multiLabels = this.input.multiLabels
    const absorbedBy: Absorber[] = absorbingClasses(
      c,
      this.byClass,
      outcome,
      this.input.candidate
    ).map(({ index, count }) => ({
      index,
      name: this.input.classNames[index],
      count,
      falsePositiveGrowth: growth[index],
      cooccurrence: cooccurrence(multiLabels, this.byClass, c, index),
      hierarchyDistance: this.distances ? this.distances.between(c, index) : null
    }))
    const partner = absorbedBy.at(0)
    const hierarchyKnown =
      this.distances !== null &&
      this.distances.knows(c) &&
      (partner === undefined || this.distances.knows(partner.index))
    const multiLabelsKnown = this.multiLabelSupport !== null && this.multiLabelSupport[c] > 0
    const missing = missingEvidence({ multiLabelsKnown, hierarchyKnown })
    if (partner === undefined) return { kind: null, absorbedBy, missingEvidence: missing }
    const kind = classifyKind(
      {
        cooccurrence: partner.cooccurrence,
        reverseCooccurrence: cooccurrence(multiLabels, this.byClass, partner.index, c),
        hierarchyKnown,
        hierarchyDistance: partner.hierarchyDistance
      },
      this.policy.kinds
    )
    return { kind, absorbedBy, missingEvidence: missing }
  }

  /** False-positive growth over the whole set, once per metric. */
  private falsePositiveGrowth(outcome: Outcome): Int32Array {
    let growth = this.growthByMetric.get(outcome.metric)
    if (!growth) {
      growth = falsePositiveGrowth(
        outcome,
        this.input.baseline,
        this.input.candidate,
        this.input.classNames.length
      )
      this.growthByMetric.set(outcome.metric, growth)
    }
    return growth
  }
}

/**
 * The overall test's φ under seed-noise calibration: the overall b − c is the sum of the classes' b − c,
 * whose variances add up (class pulls cancel in the mean, not in the variance), so its dispersion is the
 * classes' φ averaged with their discordant images as weights.
 */
function overallDispersion(counts: ClassCounts, dispersion: Float64Array): number {
  let weighted = 0
  let discordant = 0
  for (let c = 0; c < counts.n.length; c++) {
    const d = counts.lost[c] + counts.gained[c]
    weighted += dispersion[c] * d
    discordant += d
  }
  return discordant === 0 ? 1 : Math.max(1, weighted / discordant)
}

function overallResult(
  original: Outcome,
  multiLabel: Outcome | null,
  gating: Outcome,
  dispersion: number
): OverallResult {
  const tally = (outcome: PairedOutcome) => {
    let n = 0
    let baseline = 0
    let candidate = 0
    let lost = 0
    let gained = 0
    for (let i = 0; i < outcome.scored.length; i++) {
      if (outcome.scored[i] === 0) continue
      const base = outcome.baselineRight[i]
      const cand = outcome.candidateRight[i]
      n++
      baseline += base
      candidate += cand
      if (base > cand) lost++
      else if (cand > base) gained++
    }
    return { n, baseline, candidate, lost, gained }
  }
  const o = tally(original)
  const m = multiLabel ? tally(multiLabel) : null
  const g = gating === original ? o : (m as ReturnType<typeof tally>)
  return {
    images: o.n,
    baseline: {
      accuracy: o.baseline / o.n,
      multiLabelAccuracy: m && m.n > 0 ? m.baseline / m.n : null
    },
    candidate: {
      accuracy: o.candidate / o.n,
      multiLabelAccuracy: m && m.n > 0 ? m.candidate / m.n : null
    },
    delta: g.n > 0 ? (g.gained - g.lost) / g.n : 0,
    lost: g.lost,
    gained: g.gained,
    pValue: mcnemarTwoSidedPValue(g.lost, g.gained, dispersion),
    ci95: pairedDifferenceInterval(
      {
        bothRight: g.baseline - g.lost,
        lost: g.lost,
        gained: g.gained,
        bothWrong: g.n - g.baseline - g.gained
      },
      dispersion
    )
  }
}

function testedCount(counts: ClassCounts): number {
  return counts.n.reduce((sum, n) => sum + (n > 0 ? 1 : 0), 0)
}

/** The pair-shift figure for a class of median size: its size group's fewest images lost to one partner. */
function lostToOnePartnerNeeded(groups: readonly ShiftNull[], counts: ClassCounts): number | null {
  if (groups.length === 0) return null
  const median = power(counts, 1, 1).medianClassImages
  const group =
    groups.find((g) => median >= g.fromImages && median <= g.toImages) ??
    groups.reduce((best, g) =>
      Math.abs(g.fromImages - median) < Math.abs(best.fromImages - median) ? g : best
    )
  return group.minimumForLevel
}

function power(counts: ClassCounts, dispersion: Float64Array | number, alpha: number): Power {
  const sizes = Array.from(counts.n)
    .filter((n) => n > 0)
    .sort((a, b) => a - b)
  const tested = sizes.length
  const median =
    tested === 0
      ? 0
      : tested % 2 === 1
        ? sizes[(tested - 1) / 2]
        : (sizes[tested / 2 - 1] + sizes[tested / 2]) / 2
  // Per φ in use, the largest class tested with it: a lone class needs k ≤ its size at its own φ.
  const largestByDispersion = new Map<number, number>()
  for (let c = 0; c < counts.n.length; c++) {
    if (counts.n[c] === 0) continue
    const phi = typeof dispersion === 'number' ? dispersion : dispersion[c]
    largestByDispersion.set(phi, Math.max(largestByDispersion.get(phi) ?? 0, counts.n[c]))
  }
  let minimumLost: number | null = null
  for (const [phi, largest] of largestByDispersion) {
    for (let k = 1; k <= largest && (minimumLost === null || k < minimumLost); k++) {
      if (mcnemarDropPValue(k, 0, phi) * tested <= alpha) {
        minimumLost = k
        break
      }
    }
  }
  return {
    medianClassImages: median,
    classesTested: tested,
    minimumLostForSignificance: minimumLost
  }
}
