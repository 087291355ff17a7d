import { describe, expect, it } from 'vitest'
import {
  classifyKind,
  DEFAULT_KIND_THRESHOLDS,
  missingEvidence,
  type PairEvidence
} from '../../src/analysis/kinds.js'

const t = DEFAULT_KIND_THRESHOLDS
const pair = (evidence: Partial<PairEvidence>): PairEvidence => ({
  cooccurrence: 0,
  reverseCooccurrence: 0,
  hierarchyKnown: true,
  hierarchyDistance: 10,
  ...evidence
})

describe('classifyKind with the default thresholds', () => {
  it('has the documented defaults', () => {
    expect(t).toEqual({
      cooccurrence: 0.2,
      hierarchyDistance: 4,
      mutualCooccurrence: 0.6,
      ambiguousDistance: 3
    })
  })

  it('ambiguous: a frequent co-label three edges away — two dog breeds, not two objects in a picture', () => {
    // Eskimo dog → Siberian husky: ρ 0.36, 3 edges apart in WordNet (docs/kinds.md).
    expect(
      classifyKind(pair({ cooccurrence: 0.36, reverseCooccurrence: 0.1, hierarchyDistance: 3 }), t)
    ).toBe('ambiguous')
    // mouse → computer keyboard, the closest co-occurring pair measured: 4 edges.
    expect(
      classifyKind(pair({ cooccurrence: 0.5, reverseCooccurrence: 0.12, hierarchyDistance: 4 }), t)
    ).toBe('co-occurring')
  })

  it('ambiguous: a frequent co-label in both directions, however far apart WordNet puts them', () => {
    // sunglass → sunglasses: ρ 0.94 / 0.92, 8 edges apart.
    expect(
      classifyKind(pair({ cooccurrence: 0.94, reverseCooccurrence: 0.92, hierarchyDistance: 8 }), t)
    ).toBe('ambiguous')
  })

  it('ambiguous: a frequent co-label that is a sibling, even when one-sided', () => {
    // tiger cat → tabby: ρ 0.47 one way, 0.08 the other, siblings.
    expect(
      classifyKind(pair({ cooccurrence: 0.47, reverseCooccurrence: 0.08, hierarchyDistance: 2 }), t)
    ).toBe('ambiguous')
  })

  it('co-occurring: a frequent co-label that is neither mutual enough nor close', () => {
    // academic gown → mortarboard: ρ 0.58 / 0.40, 6 edges.
    expect(
      classifyKind(pair({ cooccurrence: 0.58, reverseCooccurrence: 0.4, hierarchyDistance: 6 }), t)
    ).toBe('co-occurring')
    // A pair the hierarchy cannot connect is far apart.
    expect(classifyKind(pair({ cooccurrence: 0.3, hierarchyDistance: null }), t)).toBe(
      'co-occurring'
    )
  })

  it('fine-grained: a rare co-label that is close in the hierarchy; other: neither', () => {
    expect(classifyKind(pair({ cooccurrence: 0.06, hierarchyDistance: 2 }), t)).toBe('fine-grained')
    expect(classifyKind(pair({ cooccurrence: 0.19, hierarchyDistance: 4 }), t)).toBe('fine-grained')
    expect(classifyKind(pair({ cooccurrence: 0.19, hierarchyDistance: 5 }), t)).toBe('other')
    expect(classifyKind(pair({ cooccurrence: 0, hierarchyDistance: null }), t)).toBe('other')
  })

  it('applies each threshold inclusively', () => {
    expect(classifyKind(pair({ cooccurrence: 0.2, hierarchyDistance: 9 }), t)).toBe('co-occurring')
    expect(classifyKind(pair({ cooccurrence: 0.6, reverseCooccurrence: 0.6 }), t)).toBe('ambiguous')
    expect(classifyKind(pair({ cooccurrence: 0.6, reverseCooccurrence: 0.59 }), t)).toBe(
      'co-occurring'
    )
  })

  it('never guesses past missing evidence', () => {
    // No multi-labels for the class: nothing can be said.
    expect(classifyKind(pair({ cooccurrence: null, hierarchyDistance: 2 }), t)).toBeNull()
    // No hierarchy: a one-sided frequent co-label could be either ambiguous or co-occurring…
    expect(
      classifyKind(pair({ cooccurrence: 0.58, reverseCooccurrence: 0.4, hierarchyKnown: false }), t)
    ).toBeNull()
    // …a rare one either fine-grained or other…
    expect(classifyKind(pair({ cooccurrence: 0.01, hierarchyKnown: false }), t)).toBeNull()
    // …but mutual co-labelling alone is enough for ambiguous.
    expect(
      classifyKind(pair({ cooccurrence: 0.9, reverseCooccurrence: 0.88, hierarchyKnown: false }), t)
    ).toBe('ambiguous')
    // Without the partner's own multi-labels, closeness still decides.
    expect(
      classifyKind(pair({ cooccurrence: 0.5, reverseCooccurrence: null, hierarchyDistance: 2 }), t)
    ).toBe('ambiguous')
  })

  it('follows configured thresholds', () => {
    const strict = { ...t, cooccurrence: 0.5, hierarchyDistance: 6 }
    expect(classifyKind(pair({ cooccurrence: 0.47, hierarchyDistance: 6 }), strict)).toBe(
      'fine-grained'
    )
  })
})

describe('missingEvidence', () => {
  it('names what is missing, in a fixed order', () => {
    expect(missingEvidence({ multiLabelsKnown: false, hierarchyKnown: false })).toEqual([
      'multi-labels',
      'hierarchy'
    ])
    expect(missingEvidence({ multiLabelsKnown: true, hierarchyKnown: false })).toEqual([
      'hierarchy'
    ])
    expect(missingEvidence({ multiLabelsKnown: true, hierarchyKnown: true })).toEqual([])
  })
})
