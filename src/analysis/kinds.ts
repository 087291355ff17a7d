/**
 * Sorting a drop into Kirichenko et al.'s (2023) four kinds of class pair (DESIGN §5), from the main partner
 * l (the class that absorbed most of c's lost images) and two pieces of evidence: multi-label co-occurrence
 * ρ and hierarchy distance d.
 *
 * The rule, in order:
 * 1. ρ(c, l) ≥ `cooccurrence` — l is a frequent valid co-label of c — and then
 *    - **ambiguous** (two names for one thing) when the co-labelling is mutual, min(ρ(c, l), ρ(l, c)) ≥
 *      `mutualCooccurrence`, or when c and l are siblings or parent and child, d ≤ `ambiguousDistance`;
 *    - **co-occurring** (two objects in one picture) otherwise.
 * 2. ρ(c, l) below it: **fine-grained** when d ≤ `hierarchyDistance`, **other** when not.
 * Missing evidence is never guessed: without multi-labels for c the kind is null; without a hierarchy the
 * kind is null unless mutual co-labelling alone already says ambiguous.
 *
 * Defaults, measured on ImageNet's ReaL labels and the WordNet hierarchy (all 50,000 validation images;
 * full tables in docs/kinds.md):
 * - `cooccurrence` 0.2. Named pairs: sunglass→sunglasses 0.94, laptop→notebook 0.90, maillot→maillot/tank
 *   suit 0.88, academic gown→mortarboard 0.58, tiger cat→tabby 0.47, mortarboard→academic gown 0.40. Only
 *   2.7% of the 2,244 sibling pairs (d = 2: the natural fine-grained pairs) reach 0.2, while 34 of 34
 *   hand-picked co-occurring pairs (racket→tennis ball 0.22, tripod→reflex camera 0.26, …) do; at 0.3,
 *   9 of those 34 fall to `other`.
 * - `mutualCooccurrence` 0.6. The most mutual co-occurring pairs measured are table lamp/lampshade 0.54,
 *   desktop computer/monitor 0.53 and academic gown/mortarboard 0.40; synonym pairs that WordNet puts far
 *   apart are mutual at 0.74 (maillot, d = 7) and 0.92 (sunglass/sunglasses, d = 8).
 * - `ambiguousDistance` 2. Frequent co-labels that are siblings are second names or indistinguishable
 *   variants (laptop/notebook, tiger cat/tabby, tub/bathtub, projectile/missile, analog/wall clock);
 *   the closest co-occurring pairs measured are 4 apart (mouse/computer keyboard, Windsor tie/suit).
 * - `hierarchyDistance` 4. Among each class's most frequent ReaL co-label partner, distances 2, 3, 4 and 5
 *   are 90×, 25×, 11× and 4.4× as common as among all class pairs; only 1.5% of all pairs are within
 *   4 edges, against 39% of those partners (73% of dog-breed partners; breeds in different WordNet groups,
 *   such as Lhasa/Shih-Tzu at 5, need a larger setting).
 * With these defaults the rule gets 34/34 hand-labelled co-occurring pairs and 20/28 ambiguous ones; the
 * misses are synonyms WordNet puts far apart with one-sided co-labelling (screen→monitor, ram→bighorn,
 * ear/corn, cuirass/breastplate, hand-held computer→cellular telephone, chiffonier→wardrobe).
 */
import type { Kind, KindThresholds } from './types.js'

/** The defaults justified above; the config stage starts from these. */
export const DEFAULT_KIND_THRESHOLDS: KindThresholds = {
  cooccurrence: 0.2,
  hierarchyDistance: 4,
  mutualCooccurrence: 0.6,
  ambiguousDistance: 2
}

/** What is known about one (class, partner) pair. */
export interface PairEvidence {
  /** ρ(c, l); null when no image of c has a non-empty multi-label set. */
  readonly cooccurrence: number | null
  /** ρ(l, c); null when no image of l has one. */
  readonly reverseCooccurrence: number | null
  /** Whether a hierarchy that places both classes was given. */
  readonly hierarchyKnown: boolean
  /** Edges through the lowest common ancestor; null when unconnected (or no hierarchy). */
  readonly hierarchyDistance: number | null
}

/** Names of the evidence a pair lacks, as `ClassResult.missingEvidence` lists them. */
export function missingEvidence(evidence: {
  readonly multiLabelsKnown: boolean
  readonly hierarchyKnown: boolean
}): string[] {
  const missing: string[] = []
  if (!evidence.multiLabelsKnown) missing.push('multi-labels')
  if (!evidence.hierarchyKnown) missing.push('hierarchy')
  return missing
}

/** The kind of the pair (c, l) under the thresholds, or null when the evidence given cannot decide it. */
export function classifyKind(evidence: PairEvidence, thresholds: KindThresholds): Kind | null {
  const rho = evidence.cooccurrence
  if (rho === null) return null
  const distance = evidence.hierarchyKnown ? evidence.hierarchyDistance : null
  // An unconnected pair in a known hierarchy is as far apart as pairs get.
  const within = (limit: number): boolean => distance !== null && distance <= limit
  if (rho >= thresholds.cooccurrence) {
    const reverse = evidence.reverseCooccurrence
    if (reverse !== null && Math.min(rho, reverse) >= thresholds.mutualCooccurrence)
      return 'ambiguous'
    if (!evidence.hierarchyKnown) return null
    return within(thresholds.ambiguousDistance) ? 'ambiguous' : 'co-occurring'
  }
  if (!evidence.hierarchyKnown) return null
  return within(thresholds.hierarchyDistance) ? 'fine-grained' : 'other'
}
