/**
 * The ImageNet measurements behind the kind thresholds: co-occurrence and WordNet distance for class pairs,
 * computed with the analysis' own evidence functions. Shared by the kinds test and `bench/measure-kinds.ts`.
 */
import { cooccurrence, HierarchyDistances } from '../../src/analysis/evidence.js'
import { classifyKind } from '../../src/analysis/kinds.js'
import { indexByClass, type ClassIndex } from '../../src/analysis/scoring.js'
import type { Kind, KindThresholds } from '../../src/analysis/types.js'
import { classIndex, type ImageNetLabels } from './imagenet-labels.js'
import type { ClassRef } from './kind-pairs.js'

export interface PairMeasure {
  readonly c: number
  readonly l: number
  readonly rho: number
  readonly reverseRho: number
  /** WordNet edges through the lowest common ancestor (every ImageNet pair is connected). */
  readonly distance: number
}

export class ImageNetEvidence {
  readonly byClass: ClassIndex
  readonly distances: HierarchyDistances

  constructor(readonly imagenet: ImageNetLabels) {
    this.byClass = indexByClass(imagenet.labels, imagenet.classNames.length)
    this.distances = new HierarchyDistances(imagenet.hierarchy)
  }

  index(ref: ClassRef): number {
    return typeof ref === 'number' ? ref : classIndex(this.imagenet, ref)
  }

  rho(c: number, l: number): number {
    return cooccurrence(this.imagenet.multiLabels, this.byClass, c, l) as number
  }

  measure(cRef: ClassRef, lRef: ClassRef): PairMeasure {
    const c = this.index(cRef)
    const l = this.index(lRef)
    return {
      c,
      l,
      rho: this.rho(c, l),
      reverseRho: this.rho(l, c),
      distance: this.distances.between(c, l) as number
    }
  }

  kind(pair: PairMeasure, thresholds: KindThresholds): Kind | null {
    return classifyKind(
      {
        cooccurrence: pair.rho,
        reverseCooccurrence: pair.reverseRho,
        hierarchyKnown: true,
        hierarchyDistance: pair.distance
      },
      thresholds
    )
  }

  /** Every class's most frequent ReaL co-label (another class), when it has one. */
  topPartners(): PairMeasure[] {
    const classCount = this.imagenet.classNames.length
    const partners: PairMeasure[] = []
    for (let c = 0; c < classCount; c++) {
      const counts = new Map<number, number>()
      for (let k = this.byClass.start[c]; k < this.byClass.start[c + 1]; k++) {
        for (const l of this.imagenet.multiLabels[this.byClass.order[k]]) {
          if (l !== c) counts.set(l, (counts.get(l) ?? 0) + 1)
        }
      }
      let best = -1
      let bestCount = 0
      for (const [l, count] of counts) {
        if (count > bestCount || (count === bestCount && l < best)) [best, bestCount] = [l, count]
      }
      if (best >= 0) partners.push(this.measure(c, best))
    }
    return partners
  }

  /** Distance of every unordered pair of classes: counts by distance. */
  allPairDistances(): Map<number, number> {
    const classCount = this.imagenet.classNames.length
    const histogram = new Map<number, number>()
    for (let a = 0; a < classCount; a++) {
      for (let b = a + 1; b < classCount; b++) {
        const d = this.distances.between(a, b) as number
        histogram.set(d, (histogram.get(d) ?? 0) + 1)
      }
    }
    return histogram
  }
}
