/**
 * Sorting a drop into Kirichenko et al.'s (2023) four kinds of class pair (docs/design.md#explaining-a-drop),
 * from the main partner l (the class that absorbed most of c's lost images) and two pieces of evidence:
 * multi-label co-occurrence ρ and hierarchy distance d.
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
 * Defaults, measured on ImageNet's ReaL labels and WordNet (all 50,000 validation images; the tables are in
 * docs/kinds.md, printed by bench/measure-kinds.ts and checked by kinds.imagenet.test.ts):
 * - `cooccurrence` 0.2: the largest value that keeps all 34 hand-labelled co-occurring pairs (racket → tennis
 *   ball 0.22, swimming trunks → seashore 0.24 …) out of `other`; at 0.3, 9 of them drop out. Only 2.7% of
 *   the 2,244 sibling pairs (the natural fine-grained pairs) reach it. Named pairs: sunglass → sunglasses
 *   0.94, laptop → notebook 0.90, maillot → maillot/tank suit 0.88, academic gown → mortarboard 0.58,
 *   tiger cat → tabby 0.47.
 * - `mutualCooccurrence` 0.6: above every co-occurring pair measured (most mutual: table lamp/lampshade
 *   0.54, desktop computer/monitor 0.53) and below the synonym pairs WordNet puts far apart (maillot 0.74 at
 *   7 edges, sunglass/sunglasses 0.92 at 8).
 * - `ambiguousDistance` 3: frequent co-labels this close are second names or indistinguishable variants
 *   (laptop/notebook, tiger cat/tabby at 2; Eskimo dog/Siberian husky 0.36, English foxhound/beagle, hare/wood
 *   rabbit, chiffonier/wardrobe at 3: all 12 classes whose most frequent co-label, at ρ ≥ 0.2, is 3 edges
 *   away are such variants); the closest co-occurring pairs measured are 4 apart (mouse/computer keyboard,
 *   Windsor tie/suit, bow tie/suit). At 2, those 3-edge breed pairs read "co-occurring".
 * - `hierarchyDistance` 4: each class's most frequent ReaL co-label — the partner annotators most often
 *   also accept — is 95×, 27× and 13× as likely as a random class to sit 2, 3 or 4 edges away, but only 4.6× at 5
 *   and 2× at 6. Within 4 edges: 1.5% of all class pairs, 42% of those partners, 72% of dog-breed partners
 *   (breeds in different WordNet groups, such as Lhasa/Shih-Tzu at 5, need a larger setting).
 * With these defaults the rule sorts 34 of 34 co-occurring and 21 of 28 ambiguous pairs right; the misses are
 * synonyms that WordNet puts apart and annotators co-label one way only (screen → monitor, ram → bighorn,
 * hand-held computer → cellular telephone) or part-and-whole pairs (ear/corn, cuirass/breastplate), which
 * come out co-occurring.
 */
import type { Kind, KindThresholds } from './types.js'

/** The defaults justified above; the config stage starts from these. */
export const DEFAULT_KIND_THRESHOLDS: KindThresholds = {
  cooccurrence: 0.2,
  hierarchyDistance: 4,
  mutualCooccurrence: 0.6,
  ambiguousDistance: 3
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
    const mutual = reverse !== null && Math.min(rho, reverse) >= thresholds.mutualCooccurrence
    if (mutual) return 'ambiguous'
    if (!evidence.hierarchyKnown) return null
    return within(thresholds.ambiguousDistance) ? 'ambiguous' : 'co-occurring'
  }
  if (!evidence.hierarchyKnown) return null
  return within(thresholds.hierarchyDistance) ? 'fine-grained' : 'other'
}
