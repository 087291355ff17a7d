/**
 * Simulated predictions for the analysis tests and the timing script: a realistic ImageNet baseline, a
 * candidate that churns like a retrained model, injected class shifts, and seed replicates whose
 * disagreement is over-dispersed per class the way real seeds are. All seeded.
 */
import type { AnalysisInput } from '../../src/analysis/types.js'
import { classIndex, type ImageNetLabels } from './imagenet-labels.js'
import { normal, randomInt, seededRandom } from '../helpers/random.js'

/** What a good model says for an image: the original label, or the first ReaL label when ReaL rejects it. */
function rightAnswer(imagenet: ImageNetLabels, i: number): number {
  const set = imagenet.multiLabels[i]
  return set.length > 0 && !set.includes(imagenet.labels[i]) ? set[0] : imagenet.labels[i]
}

function wrongAnswer(random: () => number, classCount: number, right: number): number {
  const other = randomInt(random, classCount - 1)
  return other >= right ? other + 1 : other
}

/** A baseline right on `accuracy` of the images (on ReaL's terms), its errors spread over all classes. */
export function realisticBaseline(
  imagenet: ImageNetLabels,
  seed: number,
  accuracy = 0.8
): Int32Array {
  const random = seededRandom(seed)
  const classCount = imagenet.classNames.length
  return Int32Array.from(imagenet.labels, (_, i) => {
    const right = rightAnswer(imagenet, i)
    return random() < accuracy ? right : wrongAnswer(random, classCount, right)
  })
}

/**
 * A retrained model's churn: 2% of the baseline's right answers turn wrong and 8% of its wrong answers turn
 * right, which keeps the accuracy of an 80% model where it was.
 */
export function churn(imagenet: ImageNetLabels, baseline: Int32Array, seed: number): Int32Array {
  const random = seededRandom(seed)
  const classCount = imagenet.classNames.length
  return baseline.map((predicted, i) => {
    const right = rightAnswer(imagenet, i)
    if (predicted === right)
      return random() < 0.02 ? wrongAnswer(random, classCount, right) : predicted
    return random() < 0.08 ? right : predicted
  })
}

/** One injected confusion: images of `from` the candidate got right now go to `to`. */
export interface Shift {
  readonly from: string
  readonly to: string
  /** Share of the eligible images moved. */
  readonly share: number
  /** Move only images whose ReaL set also holds `to` (the candidate picks the other valid name). */
  readonly onlyWhereValid?: boolean
}

export function injectShifts(
  imagenet: ImageNetLabels,
  candidate: Int32Array,
  shifts: readonly Shift[],
  seed: number
): Int32Array {
  const random = seededRandom(seed)
  const shifted = candidate.slice()
  for (const shift of shifts) {
    const from = classIndex(imagenet, shift.from)
    const to = classIndex(imagenet, shift.to)
    for (let i = 0; i < shifted.length; i++) {
      if (imagenet.labels[i] !== from || shifted[i] !== from) continue
      if (shift.onlyWhereValid && !imagenet.multiLabels[i].includes(to)) continue
      if (random() < shift.share) shifted[i] = to
    }
  }
  return shifted
}

export function imagenetInput(
  imagenet: ImageNetLabels,
  baseline: Int32Array,
  candidate: Int32Array,
  baselineReplicates: readonly Int32Array[] = []
): AnalysisInput {
  return {
    classNames: imagenet.classNames,
    labels: imagenet.labels,
    multiLabels: imagenet.multiLabels,
    baseline,
    candidate,
    baselineReplicates,
    hierarchy: imagenet.hierarchy
  }
}

/**
 * A population of checkpoints that differ only by seed. Image i of class c has a difficulty u_i; checkpoint s
 * gets it right when u_i + ε_{s,i} < a_c + δ_{s,c}, where a_c is the class's accuracy, δ_{s,c} ~ N(0, classNoise)
 * the seed's pull on the whole class (what makes seed noise over-dispersed) and ε_{s,i} ~ N(0, imageNoise)
 * image-level jitter. Wrong answers go to a random other class.
 */
export class SeedPopulation {
  readonly labels: Int32Array
  private readonly difficulty: Float64Array
  private readonly classAccuracy: Float64Array

  constructor(
    readonly classCount: number,
    imagesPerClass: number,
    private readonly classNoise: number,
    private readonly imageNoise: number,
    seed: number
  ) {
    const random = seededRandom(seed)
    this.labels = Int32Array.from({ length: classCount * imagesPerClass }, (_, i) =>
      Math.floor(i / imagesPerClass)
    )
    this.difficulty = Float64Array.from(this.labels, () => random())
    this.classAccuracy = Float64Array.from({ length: classCount }, () => 0.6 + 0.35 * random())
  }

  /** Top-1 of the checkpoint trained with `seed`. */
  checkpoint(seed: number): Int32Array {
    const random = seededRandom(seed)
    const pull = Float64Array.from(
      { length: this.classCount },
      () => this.classNoise * normal(random)
    )
    return Int32Array.from(this.labels, (c, i) => {
      const right =
        this.difficulty[i] + this.imageNoise * normal(random) < this.classAccuracy[c] + pull[c]
      return right ? c : wrongAnswer(random, this.classCount, c)
    })
  }

  /** `predictions` with `share` of class c's right answers turned wrong: a real, injected drop. */
  withDrop(predictions: Int32Array, c: number, share: number, seed: number): Int32Array {
    const random = seededRandom(seed)
    return predictions.map((predicted, i) =>
      this.labels[i] === c && predicted === c && random() < share
        ? wrongAnswer(random, this.classCount, c)
        : predicted
    )
  }

  input(
    baseline: Int32Array,
    candidate: Int32Array,
    replicates: readonly Int32Array[] = []
  ): AnalysisInput {
    return syntheticInput(this.classCount, this.labels, baseline, candidate, replicates)
  }
}

/** An analysis input over synthetic classes `class 0…`, without multi-labels or a hierarchy. */
export function syntheticInput(
  classCount: number,
  labels: Int32Array,
  baseline: Int32Array,
  candidate: Int32Array,
  replicates: readonly Int32Array[] = []
): AnalysisInput {
  return {
    classNames: Array.from({ length: classCount }, (_, c) => `class ${c}`),
    labels,
    multiLabels: Array.from(labels, () => null),
    baseline,
    candidate,
    baselineReplicates: replicates,
    hierarchy: null
  }
}
