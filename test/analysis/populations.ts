/**
 * Simulated model pairs for the power and false-alarm measurements of docs/statistics.md: three kinds of
 * noise, planted single-partner drops, any number of classes and images per class. All seeded.
 *
 * Every class c has an accuracy a_c (0.6–0.95) and a few confusable partners (2–5 classes of its group of
 * ten, with weights that fall off). Image i of class c has a difficulty u_i and a look-alike partner drawn
 * from c's partners. A model trained with seed s gets image i right when u_i + ε(s, i) < a_c + δ(s, c), with
 * image jitter ε ~ N(0, `imageNoise`) and class pull δ ~ N(0, `classNoise`); when wrong, it says:
 * - independent noise: a uniformly random other class;
 * - structured noise: the image's look-alike partner with probability 0.8, otherwise another of c's
 *   partners (by weight) — so both models make the same confusions, as real models do;
 * - seed-like variation: structured, plus a class pull of `classNoise` and, per seed and class, a lean
 *   towards one partner (a share `lean` of the class's wrong answers goes to a partner the seed picks).
 */
import type { AnalysisInput } from '../../src/analysis/types.js'
import { normal, randomInt, seededRandom } from '../helpers/random.js'
import { syntheticInput } from './scenarios.js'

export type NoiseKind = 'independent' | 'structured' | 'seed-like'

export interface PopulationOptions {
  readonly classes: number
  /** Images per class: one number, or one per class. */
  readonly imagesPerClass: number | readonly number[]
  readonly noise: NoiseKind
  /** Image-level jitter; default 0.1 (0.08 for seed-like variation): two seeds disagree on 14% of images. */
  readonly imageNoise?: number
  /** Class pull per seed (seed-like variation only; default 0.03, three points). */
  readonly classNoise?: number
  /** Share of a class's wrong answers a seed sends to the partner it leans to (seed-like only; default 0.1). */
  readonly lean?: number
}

const GROUP = 10

export class Population {
  readonly labels: Int32Array
  readonly classCount: number
  private readonly difficulty: Float64Array
  private readonly lookAlike: Int32Array
  private readonly accuracy: Float64Array
  /** Confusable partners per class, and their cumulative weights. */
  readonly partners: readonly (readonly number[])[]
  private readonly cumulative: readonly (readonly number[])[]
  private readonly imageNoise: number
  private readonly classNoise: number
  private readonly lean: number

  constructor(
    readonly options: PopulationOptions,
    seed: number
  ) {
    const random = seededRandom(seed)
    const k = options.classes
    this.classCount = k
    this.imageNoise = options.imageNoise ?? (options.noise === 'seed-like' ? 0.08 : 0.1)
    this.classNoise = options.noise === 'seed-like' ? (options.classNoise ?? 0.03) : 0
    this.lean = options.noise === 'seed-like' ? (options.lean ?? 0.1) : 0
    const sizes = Array.from({ length: k }, (_, c) =>
      typeof options.imagesPerClass === 'number'
        ? options.imagesPerClass
        : options.imagesPerClass[c]
    )
    const labels: number[] = []
    sizes.forEach((n, c) => {
      for (let i = 0; i < n; i++) labels.push(c)
    })
    this.labels = Int32Array.from(labels)
    this.accuracy = Float64Array.from({ length: k }, () => 0.6 + 0.35 * random())
    const partners: number[][] = []
    const cumulative: number[][] = []
    for (let c = 0; c < k; c++) {
      const groupStart = Math.floor(c / GROUP) * GROUP
      const groupSize = Math.min(GROUP, k - groupStart)
      const others = Array.from({ length: groupSize }, (_, j) => groupStart + j).filter(
        (l) => l !== c
      )
      const count = Math.min(others.length, 2 + randomInt(random, 4))
      const chosen: number[] = []
      while (chosen.length < count) {
        const l = others[randomInt(random, others.length)]
        if (!chosen.includes(l)) chosen.push(l)
      }
      // Weights fall off: the first partner takes about half of the confusions.
      const weights = chosen.map((_, rank) => 1 / (rank + 1) ** 1.5)
      const total = weights.reduce((a, b) => a + b, 0)
      let running = 0
      partners.push(chosen)
      cumulative.push(weights.map((w) => (running += w / total)))
    }
    this.partners = partners
    this.cumulative = cumulative
    this.difficulty = Float64Array.from(this.labels, () => random())
    this.lookAlike = Int32Array.from(this.labels, (c) => this.pickPartner(c, random))
  }

  private pickPartner(c: number, random: () => number): number {
    const list = this.partners[c]
    if (list.length === 0) return this.anyOther(c, random)
    const u = random()
    const index = this.cumulative[c].findIndex((edge) => u < edge)
    return list[index < 0 ? list.length - 1 : index]
  }

  private anyOther(c: number, random: () => number): number {
    const other = randomInt(random, this.classCount - 1)
    return other >= c ? other + 1 : other
  }

  /** Top-1 of the model trained with `seed`. */
  model(seed: number): Int32Array {
    const random = seededRandom(seed)
    const k = this.classCount
    const pull = Float64Array.from({ length: k }, () =>
      this.classNoise > 0 ? this.classNoise * normal(random) : 0
    )
    const leanTo = Int32Array.from({ length: k }, (_, c) => this.pickPartner(c, random))
    const structured = this.options.noise !== 'independent'
    return Int32Array.from(this.labels, (c, i) => {
      const jitter = this.imageNoise * normal(random)
      if (this.difficulty[i] + jitter < this.accuracy[c] + pull[c]) return c
      if (!structured) return this.anyOther(c, random)
      if (this.lean > 0 && random() < this.lean) return leanTo[c]
      return random() < 0.8 ? this.lookAlike[i] : this.pickPartner(c, random)
    })
  }

  /**
   * `candidate` with a single-partner drop planted in each class of `classes`: `points` (a fraction) of the
   * class's images that the candidate gets right now go to the class's first partner. Returns the partners.
   */
  plantDrops(
    candidate: Int32Array,
    classes: readonly number[],
    points: number,
    seed: number
  ): { predictions: Int32Array; partners: number[] } {
    const random = seededRandom(seed)
    const predictions = candidate.slice()
    const partners: number[] = []
    for (const c of classes) {
      const partner = this.partners[c][0] ?? this.anyOther(c, random)
      partners.push(partner)
      const images: number[] = []
      for (let i = 0; i < this.labels.length; i++) if (this.labels[i] === c) images.push(i)
      const right = images.filter((i) => predictions[i] === c)
      const move = Math.min(right.length, Math.round(points * images.length))
      // A seeded shuffle picks which right answers turn.
      for (let j = right.length - 1; j > 0; j--) {
        const swap = randomInt(random, j + 1)
        ;[right[j], right[swap]] = [right[swap], right[j]]
      }
      for (const i of right.slice(0, move)) predictions[i] = partner
    }
    return { predictions, partners }
  }

  input(
    baseline: Int32Array,
    candidate: Int32Array,
    replicates: readonly Int32Array[] = []
  ): AnalysisInput {
    return syntheticInput(this.classCount, this.labels, baseline, candidate, replicates)
  }
}

/** Share of images on which two models' top-1 differ. */
export function disagreement(a: Int32Array, b: Int32Array): number {
  let differ = 0
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++
  return differ / a.length
}

/** `count` distinct classes out of `classCount`, seeded. */
export function pickClasses(classCount: number, count: number, seed: number): number[] {
  const random = seededRandom(seed)
  const chosen = new Set<number>()
  while (chosen.size < count) chosen.add(randomInt(random, classCount))
  return [...chosen].sort((a, b) => a - b)
}
