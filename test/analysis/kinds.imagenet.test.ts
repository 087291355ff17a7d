/**
 * The measurements docs/kinds.md justifies the default thresholds with, checked on the real ImageNet files
 * (ReaL labels, WordNet). `bench/measure-kinds.ts` prints the full tables.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_KIND_THRESHOLDS } from '../../src/analysis/kinds.js'
import { loadImageNetLabels } from './imagenet-labels.js'
import { ImageNetEvidence } from './kind-evidence.js'
import { AMBIGUOUS_PAIRS, COOCCURRING_PAIRS } from './kind-pairs.js'

describe('kind thresholds on ImageNet', () => {
  let evidence: ImageNetEvidence
  beforeAll(() => {
    evidence = new ImageNetEvidence(loadImageNetLabels())
  })

  it('reproduces the co-occurrence figures of the data README', () => {
    const rho = (c: string | number, l: string | number) => evidence.measure(c, l).rho
    expect(rho('sunglass', 'sunglasses')).toBeCloseTo(0.94, 2)
    expect(rho('laptop', 'notebook')).toBeCloseTo(0.9, 2)
    expect(rho(638, 639)).toBeCloseTo(0.88, 2)
    expect(rho('academic gown', 'mortarboard')).toBeCloseTo(0.58, 2)
    expect(rho('tiger cat', 'tabby')).toBeCloseTo(0.47, 2)
  })

  it('sorts the named pairs of docs/design.md#the-problem into their kinds', () => {
    const kind = (c: string | number, l: string | number) =>
      evidence.kind(evidence.measure(c, l), DEFAULT_KIND_THRESHOLDS)
    expect(kind('sunglass', 'sunglasses')).toBe('ambiguous')
    expect(kind('laptop', 'notebook')).toBe('ambiguous')
    expect(kind(638, 639)).toBe('ambiguous')
    expect(kind('tiger cat', 'tabby')).toBe('ambiguous')
    expect(kind('academic gown', 'mortarboard')).toBe('co-occurring')
    expect(kind('golden retriever', 'Labrador retriever')).toBe('fine-grained')
    expect(kind('volcano', 'toaster')).toBe('other')
  })

  it('gets all 34 hand-labelled co-occurring pairs and 21 of the 28 ambiguous ones', () => {
    const sorted = (pairs: typeof AMBIGUOUS_PAIRS, expected: string) =>
      pairs.filter(
        ([c, l]) => evidence.kind(evidence.measure(c, l), DEFAULT_KIND_THRESHOLDS) === expected
      ).length
    expect(sorted(COOCCURRING_PAIRS, 'co-occurring')).toBe(34)
    expect(sorted(AMBIGUOUS_PAIRS, 'ambiguous')).toBe(21)
  })

  it('reads frequent co-labels three edges apart as variants of one thing, not two objects in a picture', () => {
    // Eskimo dog → Siberian husky: two breeds annotators cannot tell apart, 3 edges apart in WordNet.
    const husky = evidence.measure('Eskimo dog', 'Siberian husky')
    expect(husky.distance).toBe(3)
    expect(husky.rho).toBeCloseTo(0.36, 2)
    expect(evidence.kind(husky, DEFAULT_KIND_THRESHOLDS)).toBe('ambiguous')
    // Every class whose most frequent co-label (ρ ≥ 0.2) sits 3 edges away: all twelve are variants.
    const names = evidence.imagenet.classNames
    const atThree = evidence
      .topPartners()
      .filter((pair) => pair.rho >= DEFAULT_KIND_THRESHOLDS.cooccurrence && pair.distance === 3)
    expect(atThree.map((pair) => `${names[pair.c]} → ${names[pair.l]}`).sort()).toEqual(
      [
        'Brittany spaniel → Welsh springer spaniel',
        'English foxhound → beagle',
        'Eskimo dog → Siberian husky',
        'Walker hound → beagle',
        'boa constrictor → rock python',
        'chiffonier → wardrobe',
        'giant schnauzer → Scotch terrier',
        'hare → wood rabbit',
        'malamute → Eskimo dog',
        'moving van → trailer truck',
        'redbone → Rhodesian ridgeback',
        'sunscreen → lotion'
      ].sort()
    )
    for (const pair of atThree)
      expect(evidence.kind(pair, DEFAULT_KIND_THRESHOLDS)).toBe('ambiguous')
    // …while the closest co-occurring pairs stay one edge beyond the threshold.
    const closestCooccurring = Math.min(
      ...COOCCURRING_PAIRS.map(([c, l]) => evidence.measure(c, l).distance)
    )
    expect(closestCooccurring).toBe(4)
    expect(closestCooccurring).toBeGreaterThan(DEFAULT_KIND_THRESHOLDS.ambiguousDistance)
  })

  it('keeps the mutual threshold between the most mutual co-occurring pair and the far-apart synonyms', () => {
    const mutual = (pairs: typeof AMBIGUOUS_PAIRS) =>
      pairs
        .map(([c, l]) => evidence.measure(c, l))
        .map((pair) => Math.min(pair.rho, pair.reverseRho))
    expect(Math.max(...mutual(COOCCURRING_PAIRS))).toBeLessThan(
      DEFAULT_KIND_THRESHOLDS.mutualCooccurrence
    )
    for (const [c, l] of [
      ['sunglass', 'sunglasses'],
      [638, 639]
    ] as const) {
      const pair = evidence.measure(c, l)
      expect(pair.distance).toBeGreaterThan(DEFAULT_KIND_THRESHOLDS.ambiguousDistance)
      expect(Math.min(pair.rho, pair.reverseRho)).toBeGreaterThanOrEqual(
        DEFAULT_KIND_THRESHOLDS.mutualCooccurrence
      )
    }
  })

  it('rarely counts a sibling pair as a frequent co-label: 2.7% of them reach ρ ≥ 0.2', () => {
    // Siblings share a parent: group the classes by parent instead of trying all million pairs.
    const { classNodes, parents } = evidence.imagenet.hierarchy
    const children = new Map<string, number[]>()
    classNodes.forEach((node, c) => {
      for (const parent of parents.get(node) ?? [])
        children.set(parent, [...(children.get(parent) ?? []), c])
    })
    const pairs = new Set<string>()
    for (const group of children.values())
      for (const c of group) for (const l of group) if (c !== l) pairs.add(`${c} ${l}`)
    let siblings = 0
    let frequent = 0
    for (const key of pairs) {
      const [c, l] = key.split(' ').map(Number)
      expect(evidence.distances.between(c, l)).toBe(2)
      siblings++
      if (evidence.rho(c, l) >= DEFAULT_KIND_THRESHOLDS.cooccurrence) frequent++
    }
    expect(siblings).toBe(2244)
    expect(frequent / siblings).toBeCloseTo(0.027, 3)
  })
})
