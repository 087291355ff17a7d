/**
 * The pair-shift test (docs/statistics.md): did class c lose more of its images to one partner than noise
 * moves between two such models?
 *
 * Kirichenko et al.'s (2023) effect is a bias shift between a class and one close partner: c's images that
 * the baseline got right now go to l. A per-class count spends that evidence on "c lost images"; this test
 * asks "c lost this many images to one class", which noise rarely does: under noise a class's lost images
 * spread over its partners.
 *
 * Statistic: M(c) = max over partners l of X(c, l), the images of c the baseline gets right and the candidate
 * calls l.
 *
 * Null: the usual paired null — the two models are exchangeable — applied across classes. Swapping the
 * models turns "lost to l" into "won back from l": W(c) = max over l of Y(c, l), the images of c the baseline
 * calls l and the candidate gets right. Under "nothing changed" M(c) and W(c) have the same distribution, so
 * the run's own W values, one per class, are a sample from the null of M — an empirical null that carries
 * whatever seed-to-seed variation, confusion structure and class accuracies the run has, and that a real drop
 * (which moves M, not W) does not contaminate. Classes are compared within groups of similar size (images on
 * the gating metric within a factor of two), since larger classes move more images.
 *
 * p-value: P(W ≥ M(c)) in the class's group, empirical up to the group's 95th percentile w₀ of W, and beyond
 * it a geometric tail fitted to the group's W values at or above w₀ (the maximum-likelihood ratio of a
 * geometric excess), so a count larger than any W seen still gets a p below 1/(number of classes). Groups of
 * fewer than `MIN_GROUP_CLASSES` classes are merged with the next larger group; a run with fewer tested
 * classes than that has no empirical null and no pair-shift test (p = null).
 */
import type { PairedOutcome } from './confusion.js'

/** Fewest classes an empirical null rests on. */
export const MIN_GROUP_CLASSES = 50
/** Quantile of W where the empirical tail hands over to the fitted geometric one. */
const TAIL_QUANTILE = 0.95

export interface ShiftResult {
  /** One-sided p per class that it lost this many images to one partner by chance; null when not tested. */
  readonly pValues: (number | null)[]
  /** The partner that took most of the class's lost images (ties: lowest index); null when nothing was lost. */
  readonly partners: (number | null)[]
  /** M(c): images lost to that partner. */
  readonly lostToPartner: Int32Array
  /** W(c): most images won back from one partner (the null sample). */
  readonly wonBackFromPartner: Int32Array
  /** The fitted nulls, one per group of classes. */
  readonly groups: readonly ShiftNull[]
}

export interface ShiftNull {
  /** Smallest and largest class size (images on the gating metric) in the group. */
  readonly fromImages: number
  readonly toImages: number
  readonly classes: number
  /** w₀: where the fitted tail starts. */
  readonly tailStart: number
  /** Share of the group's classes with W ≥ w₀. */
  readonly tailShare: number
  /** Ratio of the geometric tail: P(W ≥ w + 1 | W ≥ w) beyond w₀. */
  readonly tailRatio: number
  /** Fewest images lost to one partner whose p is at most the `level` asked for; null when none is. */
  readonly minimumForLevel: number | null
}

/** The flags and top-1 of one more model that differs from the baseline only by seed. */
export interface SeedReplicate {
  readonly right: Uint8Array
  readonly predictions: Int32Array
}

/**
 * The pair-shift p-value of every class. `size[c]` is the class's number of images on the gating metric;
 * classes with none are not tested. Seed replicates of the baseline, when given, add to the null sample:
 * baseline against each replicate, both ways (M and W), is seed-to-seed variation measured directly.
 */
export function pairShiftTests(
  labels: Int32Array,
  outcome: PairedOutcome,
  baseline: Int32Array,
  candidate: Int32Array,
  size: Int32Array,
  replicates: readonly SeedReplicate[] = [],
  /** The p a lone class must reach (α / classes tested), for `ShiftNull.minimumForLevel`. */
  level = 0
): ShiftResult {
  const classCount = size.length
  const main = flowMaxima(
    labels,
    outcome.scored,
    outcome.baselineRight,
    outcome.candidateRight,
    baseline,
    candidate,
    classCount
  )
  const seeds = replicates.map((replicate) =>
    flowMaxima(
      labels,
      outcome.scored,
      outcome.baselineRight,
      replicate.right,
      baseline,
      replicate.predictions,
      classCount
    )
  )
  const groups = sizeGroups(size)
  const pValues: (number | null)[] = new Array<number | null>(classCount).fill(null)
  const nulls: ShiftNull[] = []
  for (const members of groups) {
    const sample: number[] = []
    for (const c of members) {
      sample.push(main.wonBack[c])
      for (const seed of seeds) sample.push(seed.lost[c], seed.wonBack[c])
    }
    sample.sort((a, b) => a - b)
    const fit = fitNull(sample)
    let minimumForLevel: number | null = null
    const largest = size[members[members.length - 1]]
    for (let m = 1; m <= largest && level > 0; m++) {
      if (nullTail(m, sample, fit) <= level) {
        minimumForLevel = m
        break
      }
    }
    nulls.push({
      fromImages: size[members[0]],
      toImages: largest,
      classes: members.length,
      ...fit,
      minimumForLevel
    })
    for (const c of members) pValues[c] = nullTail(main.lost[c], sample, fit)
  }
  return {
    pValues,
    partners: main.partner,
    lostToPartner: main.lost,
    wonBackFromPartner: main.wonBack,
    groups: nulls
  }
}

interface FlowMaxima {
  /** M(c): most images of c lost to one partner. */
  readonly lost: Int32Array
  /** That partner (ties: lowest index); null when nothing was lost. */
  readonly partner: (number | null)[]
  /** W(c): most images of c won back from one partner. */
  readonly wonBack: Int32Array
}

/** M and W of every class for one pair of models (a: the reference, b: the other). */
function flowMaxima(
  labels: Int32Array,
  scored: Uint8Array,
  rightA: Uint8Array,
  rightB: Uint8Array,
  predictionsA: Int32Array,
  predictionsB: Int32Array,
  classCount: number
): FlowMaxima {
  const lost = new Map<number, number>()
  const wonBack = new Map<number, number>()
  const bump = (map: Map<number, number>, key: number): void => {
    map.set(key, (map.get(key) ?? 0) + 1)
  }
  for (let i = 0; i < labels.length; i++) {
    if (scored[i] === 0) continue
    const c = labels[i]
    const aRight = rightA[i] === 1
    const bRight = rightB[i] === 1
    // An image of c that a model gets wrong by saying c (multi-label scoring) is no confusion with a partner.
    if (aRight && !bRight && predictionsB[i] !== c) bump(lost, c * classCount + predictionsB[i])
    else if (!aRight && bRight && predictionsA[i] !== c)
      bump(wonBack, c * classCount + predictionsA[i])
  }
  const maxLost = new Int32Array(classCount)
  const partner: (number | null)[] = new Array<number | null>(classCount).fill(null)
  for (const [key, count] of [...lost].sort((x, y) => x[0] - y[0])) {
    const c = Math.floor(key / classCount)
    if (count > maxLost[c]) {
      maxLost[c] = count
      partner[c] = key % classCount
    }
  }
  const maxWonBack = new Int32Array(classCount)
  for (const [key, count] of wonBack) {
    const c = Math.floor(key / classCount)
    if (count > maxWonBack[c]) maxWonBack[c] = count
  }
  return { lost: maxLost, partner, wonBack: maxWonBack }
}

/**
 * Tested classes grouped by size: classes sorted by size, cut where the size doubles, groups of fewer than
 * `MIN_GROUP_CLASSES` merged into the next larger one (the largest into the one below). Empty when fewer
 * than `MIN_GROUP_CLASSES` classes are tested.
 */
function sizeGroups(size: Int32Array): number[][] {
  const tested: number[] = []
  for (let c = 0; c < size.length; c++) if (size[c] > 0) tested.push(c)
  if (tested.length < MIN_GROUP_CLASSES) return []
  tested.sort((a, b) => size[a] - size[b] || a - b)
  const groups: number[][] = []
  let current: number[] = []
  for (const c of tested) {
    if (current.length > 0 && size[c] >= 2 * size[current[0]]) {
      groups.push(current)
      current = []
    }
    current.push(c)
  }
  groups.push(current)
  const merged: number[][] = []
  let pending: number[] = []
  for (const group of groups) {
    pending = pending.concat(group)
    if (pending.length >= MIN_GROUP_CLASSES) {
      merged.push(pending)
      pending = []
    }
  }
  if (pending.length > 0) merged[merged.length - 1] = merged[merged.length - 1].concat(pending)
  return merged
}

/** w₀, the share at or above it and the geometric ratio beyond it, from a sorted null sample. */
type NullFit = Pick<ShiftNull, 'tailStart' | 'tailShare' | 'tailRatio'>

function fitNull(sample: readonly number[]): NullFit {
  const n = sample.length
  // w₀: the value at the 95th percentile, at least 1.
  const tailStart = Math.max(1, sample[Math.min(n - 1, Math.floor(TAIL_QUANTILE * n))])
  const tail = sample.filter((w) => w >= tailStart)
  const tailShare = (tail.length + 1) / (n + 1)
  // Geometric excess over w₀: maximum likelihood ratio ē / (1 + ē), with one pseudo-observation of excess 1
  // so a tail that never exceeds w₀ still decays at a finite, cautious rate.
  const excess = tail.reduce((sum, w) => sum + (w - tailStart), 0) + 1
  const mean = excess / (tail.length + 1)
  return { tailStart, tailShare, tailRatio: mean / (1 + mean) }
}

/** P(W ≥ m) under the fitted null: empirical up to w₀ (with the usual +1), geometric beyond. */
function nullTail(m: number, sample: readonly number[], fit: NullFit): number {
  if (m <= 0) return 1
  if (m <= fit.tailStart) {
    let atLeast = 0
    for (let k = sample.length - 1; k >= 0 && sample[k] >= m; k--) atLeast++
    return Math.min(1, (atLeast + 1) / (sample.length + 1))
  }
  return fit.tailShare * fit.tailRatio ** (m - fit.tailStart)
}
