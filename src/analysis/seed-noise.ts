/**
 * Seed-noise calibration (DESIGN §4, docs/seed-noise.md). Two checkpoints trained the same way with
 * different seeds disagree per class by more than the exact McNemar test expects: the seed moves whole
 * classes (a bias towards tabby or towards tiger cat), so a class's discordant images are not independent
 * coin flips. The extra variance is estimated from baseline-vs-baseline pairs and the per-class test is
 * made quasi-binomial with it.
 *
 * Estimator: for a pair of checkpoints and a class with b images only the first gets right and c only the
 * second, the McNemar null (given b + c) makes b ~ Bin(b + c, ½), so E[(b − c)² / (b + c)] = 1 exactly.
 * Seed noise inflates it to φ, the over-dispersion factor. φ̂ is the mean of (b − c)²/(b + c) over every
 * class with b + c > 0 and every pair of baseline checkpoints — Pearson's χ²/df, the usual quasi-binomial
 * dispersion estimate — floored at 1 so calibration can only make the test more cautious.
 */
import type { SeedCalibration } from './types.js'

export const SEED_NOISE_METHOD =
  'quasi-binomial: φ = mean of (b − c)²/(b + c) over classes and pairs of baseline checkpoints; discordant counts divided by φ, interval widened by √φ'

/**
 * Estimates φ from the per-image right/wrong flags of the baseline and its seed replicates (one array per
 * checkpoint, all on the gating metric) and returns the calibration `compare` applies.
 */
export function estimateSeedDispersion(
  rightByCheckpoint: readonly Uint8Array[],
  scored: Uint8Array,
  labels: Int32Array,
  classCount: number
): SeedCalibration {
  const onlyFirst = new Int32Array(classCount)
  const onlySecond = new Int32Array(classCount)
  let total = 0
  let cells = 0
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
        total += (onlyFirst[c] - onlySecond[c]) ** 2 / discordant
        cells++
      }
    }
  }
  const estimate = cells === 0 ? 1 : total / cells
  return {
    replicates: rightByCheckpoint.length - 1,
    dispersion: Math.max(1, estimate),
    method: SEED_NOISE_METHOD,
    estimate,
    cells
  }
}
