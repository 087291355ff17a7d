/** Decimal places kept in predictions files: enough to rank, few enough that files are byte-stable. */
export const SCORE_DIGITS = 6
const SCALE = 10 ** SCORE_DIGITS

/** How far a row's sum may stray from 1 and still count as probabilities (float16 outputs round each value). */
const SUM_TOLERANCE = 5e-3

/** Rounds a probability to SCORE_DIGITS decimals (−0 becomes 0 so the JSON never says "-0"). */
export function roundScore(value: number): number {
  return Math.round(value * SCALE) / SCALE + 0
}

/**
 * True when a row already is a probability distribution (every value in [0, 1], summing to 1): a model
 * ending in Softmax. Decided per row, so an image's scores never depend on what it was batched with.
 */
export function isDistribution(row: ArrayLike<number>): boolean {
  let sum = 0
  for (let i = 0; i < row.length; i++) {
    const value = row[i] as number
    if (!(value >= 0 && value <= 1)) return false
    sum += value
  }
  return Math.abs(sum - 1) <= SUM_TOLERANCE
}

export interface Ranked {
  /** Class indices, best first; ties go to the lower index. */
  readonly top: number[]
  /** Their softmax probabilities (the model's own when it outputs probabilities), rounded. */
  readonly scores: number[]
}

/**
 * The k best classes of one row of model output with their probabilities: softmax (in double precision)
 * unless the row already is a distribution. Returns null when the row holds NaN or +∞ (a broken model).
 */
export function rankScores(row: ArrayLike<number>, k: number): Ranked | null {
  const classes = row.length
  const keep = Math.min(k, classes)
  const top: number[] = []
  let max = -Infinity
  for (let i = 0; i < classes; i++) {
    const value = row[i] as number
    if (Number.isNaN(value) || value === Infinity) return null
    if (value > max) max = value
    // Insertion into the short sorted list of the best so far; strict > keeps the lower index on ties.
    if (top.length < keep || value > (row[top[top.length - 1] as number] as number)) {
      let at = top.length < keep ? top.length : keep - 1
      while (at > 0 && value > (row[top[at - 1] as number] as number)) at--
      top.splice(at, 0, i)
      if (top.length > keep) top.pop()
    }
  }
  if (max === -Infinity) return null
  if (isDistribution(row)) {
    return { top, scores: top.map((i) => roundScore(row[i] as number)) }
  }
  let sum = 0
  for (let i = 0; i < classes; i++) sum += Math.exp((row[i] as number) - max)
  return { top, scores: top.map((i) => roundScore(Math.exp((row[i] as number) - max) / sum)) }
}
