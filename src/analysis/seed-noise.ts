/**
 * Seed-noise calibration (docs/design.md#statistics, docs/seed-noise.md). Two checkpoints trained the same
 * way with different seeds disagree per class by more than the exact McNemar test expects: the seed moves
 * whole classes (a bias towards tabby or towards tiger cat), so a class's discordant images are not
 * independent coin flips. The extra variance is estimated from baseline-vs-baseline pairs and the per-class
 * test is made quasi-binomial with it.
 *
 * Estimator: for a pair of checkpoints and a class with b images only the first gets right and c only the
 * second, the McNemar null (given b + c) makes b ~ Bin(b + c, ½), so E[(b − c)² / (b + c)] = 1 exactly.
 * Seed noise inflates it to φ, the over-dispersion factor. φ̂ is the mean of (b − c)²/(b + c) over every
 * class with b + c > 0 and every pair of baseline checkpoints — Pearson's χ²/df, the usual quasi-binomial
 * dispersion estimate — floored at 1 so calibration can only make the test more cautious.
 */
import { InputError } from '../errors.js'
import type { SeedCalibration } from './types.js'

export const SEED_NOISE_METHOD =
  'quasi-binomial: φ = mean of (b − c)²/(b + c) over classes and pairs of baseline checkpoints, per group of classes of similar size; discordant counts divided by φ, interval widened by √φ'

/** Fewest (class, pair) cells a size group's φ rests on; thinner groups merge with the next larger one. */
export const MIN_CELLS_PER_SIZE_GROUP = 30

/**
 * Estimates φ from the per-image right/wrong flags of the baseline and its seed replicates (one array per
 * checkpoint, all on the gating metric) and returns the calibration `compare` applies.
 *
 * Larger classes move more under seed noise relative to the binomial (a class pull of a few points is a few
 * images in a class of 50 and dozens in a class of 400), so one φ for all would under-correct the large
 * classes and over-correct the small ones when sizes are mixed. φ is therefore estimated per group of classes
 * whose sizes (`size`, images on the gating metric) lie within a factor of two, groups with fewer than
 * `MIN_CELLS_PER_SIZE_GROUP` cells merged into the next larger one; `bySize` lists them when there is more
 * than one. `dispersion` stays the pooled estimate over every class.
 *
 * `predictionsByCheckpoint` (top-1 of each checkpoint) only serves to refuse a replicate identical to another
 * checkpoint: it carries no seed noise and would pull φ towards 1.
 */
export function estimateSeedDispersion(
  rightByCheckpoint: readonly Uint8Array[],
  scored: Uint8Array,
  labels: Int32Array,
  classCount: number,
  size: Int32Array = classSizes(labels, scored, classCount),
  predictionsByCheckpoint: readonly Int32Array[] = []
): SeedCalibration {
  refuseIdentical(predictionsByCheckpoint)
  const onlyFirst = new Int32Array(classCount)
  const onlySecond = new Int32Array(classCount)
  const classTotal = new Float64Array(classCount)
  const classCells = new Int32Array(classCount)
  for (let a = 0; a < rightByCheckpoint.length; a++) {
    for (let b = a + 1; b < rightByCheckpoint.length; b++) {
      onlyFirst.fill(0)
      onlySecond.fill(0)
      const first = rightByCheckpoint[a]
      const second = rightByCheckpoint[b]
      for (let i = 0; i < labels.length; i++) {
        if (scored[i] === 0 || first[i] === second[i]) continue
        if (first[i] === 1) onlyFirst[labels[i]]++
        else onlySecond[labels[i]]++
      }
      for (let c = 0; c < classCount; c++) {
        const discordant = onlyFirst[c] + onlySecond[c]
        if (discordant === 0) continue
        classTotal[c] += (onlyFirst[c] - onlySecond[c]) ** 2 / discordant
        classCells[c]++
      }
    }
  }
  let total = 0
  let cells = 0
  for (let c = 0; c < classCount; c++) {
    total += classTotal[c]
    cells += classCells[c]
  }
  const estimate = cells === 0 ? 1 : total / cells
  const groups = sizeGroups(size, classCells)
  const bySize = groups.map((members) => {
    let groupTotal = 0
    let groupCells = 0
    for (const c of members) {
      groupTotal += classTotal[c]
      groupCells += classCells[c]
    }
    const groupEstimate = groupCells === 0 ? estimate : groupTotal / groupCells
    return {
      fromImages: size[members[0]],
      toImages: size[members[members.length - 1]],
      dispersion: Math.max(1, groupEstimate),
      cells: groupCells
    }
  })
  return {
    replicates: rightByCheckpoint.length - 1,
    dispersion: Math.max(1, estimate),
    method: SEED_NOISE_METHOD,
    estimate,
    cells,
    ...(bySize.length > 1 ? { bySize } : {})
  }
}

/** The φ that applies to a class of `images` images: its size group's, or the pooled one. */
export function dispersionFor(calibration: SeedCalibration | null, images: number): number {
  if (calibration === null) return 1
  const groups = calibration.bySize
  if (groups === undefined || groups.length === 0) return calibration.dispersion
  for (const group of groups) if (images <= group.toImages) return group.dispersion
  return groups[groups.length - 1].dispersion
}

function classSizes(labels: Int32Array, scored: Uint8Array, classCount: number): Int32Array {
  const size = new Int32Array(classCount)
  for (let i = 0; i < labels.length; i++) if (scored[i] === 1) size[labels[i]]++
  return size
}

/** Classes with images, sorted by size and cut where the size doubles; thin groups merged upwards. */
function sizeGroups(size: Int32Array, cells: Int32Array): number[][] {
  const classes: number[] = []
  for (let c = 0; c < size.length; c++) if (size[c] > 0) classes.push(c)
  if (classes.length === 0) return []
  classes.sort((a, b) => size[a] - size[b] || a - b)
  const groups: number[][] = []
  let current: number[] = []
  for (const c of classes) {
    if (current.length > 0 && size[c] >= 2 * size[current[0]]) {
      groups.push(current)
      current = []
    }
    current.push(c)
  }
  groups.push(current)
  const cellsOf = (group: readonly number[]): number => group.reduce((sum, c) => sum + cells[c], 0)
  const merged: number[][] = []
  let pending: number[] = []
  for (const group of groups) {
    pending = pending.concat(group)
    if (cellsOf(pending) >= MIN_CELLS_PER_SIZE_GROUP) {
      merged.push(pending)
      pending = []
    }
  }
  if (pending.length > 0) {
    if (merged.length === 0) merged.push(pending)
    else merged[merged.length - 1] = merged[merged.length - 1].concat(pending)
  }
  return merged
}

/** A replicate that predicts exactly what another checkpoint predicts is a copy, not a second seed. */
function refuseIdentical(predictions: readonly Int32Array[]): void {
  for (let a = 0; a < predictions.length; a++) {
    for (let b = a + 1; b < predictions.length; b++) {
      const first = predictions[a]
      const second = predictions[b]
      let same = first.length === second.length
      for (let i = 0; same && i < first.length; i++) same = first[i] === second[i]
      if (same) {
        throw new InputError(
          `baseline ${b + 1} predicts exactly what baseline ${a + 1} predicts on every image: a seed ` +
            'replicate must be a checkpoint trained with another seed (a copy would understate seed noise)'
        )
      }
    }
  }
}
