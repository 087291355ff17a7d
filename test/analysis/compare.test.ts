import { describe, expect, it } from 'vitest'
import { compare } from '../../src/analysis/compare.js'
import type { AnalysisInput } from '../../src/analysis/types.js'
import type { Hierarchy } from '../../src/data/types.js'
import { InputError } from '../../src/errors.js'
import { DEFAULT_POLICY } from '../helpers/policy.js'

/** `times` images with this original label, baseline and candidate top-1 and valid-label set. */
interface Rows {
  readonly times: number
  readonly label: number
  readonly baseline: number
  readonly candidate: number
  readonly multiLabels?: readonly number[] | null
}

function input(
  classNames: readonly string[],
  rows: readonly Rows[],
  extra: Partial<AnalysisInput> = {}
): AnalysisInput {
  const expand = (pick: (row: Rows) => number) =>
    Int32Array.from(rows.flatMap((row) => Array(row.times).fill(pick(row))))
  return {
    classNames,
    labels: expand((row) => row.label),
    baseline: expand((row) => row.baseline),
    candidate: expand((row) => row.candidate),
    multiLabels: rows.flatMap((row) => Array(row.times).fill(row.multiLabels ?? null)),
    baselineReplicates: [],
    hierarchy: null,
    ...extra
  }
}

// cat loses 10 of its 18 right images to dog; owl gains 7; fox swaps one for one; dog is untouched.
const CLASSES = ['cat', 'dog', 'fox', 'owl']
const [CAT, DOG, FOX, OWL] = [0, 1, 2, 3]
const rows: Rows[] = [
  { times: 8, label: CAT, baseline: CAT, candidate: CAT },
  { times: 10, label: CAT, baseline: CAT, candidate: DOG },
  { times: 2, label: CAT, baseline: FOX, candidate: FOX },
  { times: 20, label: DOG, baseline: DOG, candidate: DOG },
  { times: 7, label: FOX, baseline: FOX, candidate: FOX },
  { times: 1, label: FOX, baseline: FOX, candidate: OWL },
  { times: 1, label: FOX, baseline: OWL, candidate: FOX },
  { times: 1, label: FOX, baseline: CAT, candidate: CAT },
  { times: 2, label: OWL, baseline: OWL, candidate: OWL },
  { times: 7, label: OWL, baseline: DOG, candidate: OWL },
  { times: 1, label: OWL, baseline: DOG, candidate: DOG }
]

describe('compare on a hand-made case (original labels only)', () => {
  const result = compare(input(CLASSES, rows), DEFAULT_POLICY)
  const [cat, dog, fox, owl] = result.classes

  it('gates on original labels when there are no multi-labels', () => {
    expect(result.metric).toBe('original')
    expect(result.evidence).toEqual({ multiLabels: false, hierarchy: false })
  })

  it('counts per class: support, accuracies, lost, gained, Δ', () => {
    expect(result.classes.map((c) => c.name)).toEqual(CLASSES)
    expect(cat).toMatchObject({
      support: 20,
      multiLabelSupport: 0,
      lost: 10,
      gained: 0,
      delta: -0.5
    })
    expect(cat.baseline).toEqual({
      accuracy: 0.9,
      multiLabelAccuracy: null,
      correct: 18,
      multiLabelCorrect: 0
    })
    expect(cat.candidate).toEqual({
      accuracy: 0.4,
      multiLabelAccuracy: null,
      correct: 8,
      multiLabelCorrect: 0
    })
    expect(fox).toMatchObject({ support: 10, lost: 1, gained: 1, delta: 0 })
    expect(owl).toMatchObject({ support: 10, lost: 0, gained: 7, delta: 0.7 })
  })

  it('tests each class with the exact one-sided McNemar test and BH across the 4 classes', () => {
    expect(cat.pValue).toBe(1 / 1024) // 10 of 10 discordant images lost
    expect(cat.qValue).toBe(4 / 1024) // rank 1 of 4
    expect(dog.pValue).toBe(1)
    expect(fox.pValue).toBe(0.75) // P(X ≥ 1), X ~ Bin(2, ½)
    expect(fox.qValue).toBe(1)
    expect(owl.gainPValue).toBe(1 / 128)
    expect(owl.gainQValue).toBe(4 / 128)
    expect(cat.gainPValue).toBe(1)
  })

  it('gives Newcombe intervals for Δ (values from an independent implementation)', () => {
    expect(cat.ci95[0]).toBeCloseTo(-0.68806, 5)
    expect(cat.ci95[1]).toBeCloseTo(-0.22214, 5)
    expect(owl.ci95[0]).toBeCloseTo(0.26583, 5)
    expect(owl.ci95[1]).toBeCloseTo(0.86518, 5)
  })

  it('calls cat hurt, owl helped, dog and fox unchanged', () => {
    expect(result.classes.map((c) => c.status)).toEqual([
      'hurt',
      'unchanged',
      'unchanged',
      'helped'
    ])
  })

  it('explains the hurt class: its images went to dog, whose false positives grew by 3', () => {
    // Dog's false positives: 8 in the baseline (owl images), 11 in the candidate (10 cat + 1 owl).
    expect(cat.absorbedBy).toEqual([
      {
        index: DOG,
        name: 'dog',
        count: 10,
        falsePositiveGrowth: 3,
        cooccurrence: null,
        hierarchyDistance: null
      }
    ])
    // Neither evidence exists here, so the kind is not guessed.
    expect(cat.kind).toBeNull()
    expect(cat.missingEvidence).toEqual(['multi-labels', 'hierarchy'])
    expect(cat.explainedByMultiLabels).toBeNull()
    expect(owl.absorbedBy).toEqual([])
    expect(owl.missingEvidence).toEqual([])
  })

  it('sums up overall: accuracy, the paired Δ, its two-sided p and interval', () => {
    expect(result.overall).toMatchObject({ images: 60, lost: 11, gained: 8 })
    expect(result.overall.baseline).toEqual({ accuracy: 48 / 60, multiLabelAccuracy: null })
    expect(result.overall.candidate).toEqual({ accuracy: 45 / 60, multiLabelAccuracy: null })
    expect(result.overall.delta).toBeCloseTo(-0.05, 15)
    expect(result.overall.pValue).toBeCloseTo(0.6476058959960938, 14) // 2·P(X ≥ 11), X ~ Bin(19, ½)
    expect(result.overall.ci95[0]).toBeCloseTo(-0.1938, 4)
    expect(result.overall.ci95[1]).toBeCloseTo(0.0961, 4)
  })

  it('fails the gate for the hurt class only: the 5-point overall drop is not significant', () => {
    expect(result.verdict).toBe('fail')
    expect(result.reasons).toEqual(['1 class dropped by 5 points or more (q ≤ 0.05): cat'])
  })

  it('reports what the set can detect', () => {
    // A lone class among 4 needs p·4 ≤ 0.05: 2^-k ≤ 0.0125 at k = 7. Four classes are too few for the
    // pair-shift test's empirical null (it needs 50), so it does not run.
    expect(result.power).toEqual({
      medianClassImages: 15,
      classesTested: 4,
      minimumLostForSignificance: 7,
      minimumLostToOnePartner: null
    })
    expect(result.classes.every((c) => c.shiftPValue === null && c.shiftQValue === null)).toBe(true)
  })

  it('passes with a looser policy, and fails on the overall drop when it is significant', () => {
    expect(compare(input(CLASSES, rows), { ...DEFAULT_POLICY, maxClassDrop: 60 }).verdict).toBe(
      'pass'
    )
    const widespread = compare(
      input(CLASSES, [
        ...CLASSES.map((_, c) => ({ times: 30, label: c, baseline: c, candidate: c })),
        ...CLASSES.map((_, c) => ({ times: 4, label: c, baseline: c, candidate: (c + 1) % 4 }))
      ]),
      DEFAULT_POLICY
    )
    // 16 of 136 images lost, none gained: every class −11.8 points, but 4 lost of 34 is not significant alone.
    expect(widespread.classes.every((c) => c.status === 'suspected')).toBe(true)
    expect(widespread.reasons).toEqual([
      'overall original accuracy dropped by 11.76 points (p = 3.1e-5), more than the 1-point limit'
    ])
  })

  it('returns the same result for the same input', () => {
    expect(JSON.stringify(compare(input(CLASSES, rows), DEFAULT_POLICY))).toBe(
      JSON.stringify(result)
    )
  })

  it('finds nothing when a model is compared with itself', () => {
    const same = input(
      CLASSES,
      rows.map((row) => ({ ...row, candidate: row.baseline }))
    )
    const itself = compare(same, DEFAULT_POLICY)
    expect(itself.classes.every((c) => c.status === 'unchanged')).toBe(true)
    expect(itself.verdict).toBe('pass')
    expect(itself.reasons).toEqual([])
  })
})

describe('compare with multi-labels and a hierarchy', () => {
  const names = ['laptop', 'notebook', 'tabby', 'tiger cat']
  const [LAPTOP, NOTEBOOK, TABBY, TIGER] = [0, 1, 2, 3]
  const hierarchy: Hierarchy = {
    classNodes: ['n-laptop', 'n-notebook', 'n-tabby', 'n-tiger'],
    parents: new Map([
      ['n-laptop', ['n-computer']],
      ['n-notebook', ['n-computer']],
      ['n-computer', ['n-device']],
      ['n-tabby', ['n-cat']],
      ['n-tiger', ['n-cat']],
      ['n-cat', ['n-animal']],
      ['n-device', ['n-entity']],
      ['n-animal', ['n-entity']]
    ]),
    names: new Map()
  }
  const multiRows: Rows[] = [
    // laptop: the candidate says notebook on 18 images whose valid set holds both names.
    {
      times: 18,
      label: LAPTOP,
      baseline: LAPTOP,
      candidate: NOTEBOOK,
      multiLabels: [LAPTOP, NOTEBOOK]
    },
    { times: 2, label: LAPTOP, baseline: LAPTOP, candidate: LAPTOP, multiLabels: [LAPTOP] },
    {
      times: 9,
      label: NOTEBOOK,
      baseline: NOTEBOOK,
      candidate: NOTEBOOK,
      multiLabels: [NOTEBOOK, LAPTOP]
    },
    { times: 1, label: NOTEBOOK, baseline: NOTEBOOK, candidate: NOTEBOOK, multiLabels: [NOTEBOOK] },
    // tabby: 12 images go to tiger cat, which is valid on none of them; two images sit outside ReaL scoring.
    { times: 12, label: TABBY, baseline: TABBY, candidate: TIGER, multiLabels: [TABBY] },
    { times: 8, label: TABBY, baseline: TABBY, candidate: TABBY, multiLabels: [TABBY] },
    { times: 1, label: TABBY, baseline: TABBY, candidate: LAPTOP, multiLabels: [] },
    { times: 1, label: TABBY, baseline: TABBY, candidate: LAPTOP, multiLabels: null },
    { times: 20, label: TIGER, baseline: TIGER, candidate: TIGER, multiLabels: [TIGER] }
  ]
  const result = compare(input(names, multiRows, { hierarchy }), DEFAULT_POLICY)
  const [laptop, notebook, tabby] = result.classes

  it('gates on multi-labels when any image has a valid set (metric auto)', () => {
    expect(result.metric).toBe('multi-label')
    expect(result.evidence).toEqual({ multiLabels: true, hierarchy: true })
  })

  it('scores multi-label accuracy by the set where there is one, on the original label where the file has no entry, and leaves an empty set out', () => {
    expect(tabby).toMatchObject({
      support: 22,
      // 20 images with a set, 1 without an entry; the one with an empty set is left out.
      multiLabelSupport: 21,
      lost: 13,
      gained: 0,
      delta: -13 / 21,
      multiLabelCoverage: { byLabelSet: 20, byOriginalLabel: 1, leftOut: 1 }
    })
    expect(tabby.baseline.accuracy).toBe(1)
    expect(tabby.candidate.accuracy).toBe(8 / 22)
    expect(tabby.candidate.multiLabelAccuracy).toBe(8 / 21)
    expect(result.overall.baseline.multiLabelAccuracy).toBe(1)
    expect(result.overall.candidate.multiLabelAccuracy).toBe(58 / 71)
    expect(result.multiLabelCoverage).toEqual({ byLabelSet: 70, byOriginalLabel: 1, leftOut: 1 })
  })

  it('does not count laptop → notebook against laptop: the drop is explained by multi-labels', () => {
    expect(laptop.baseline.accuracy).toBe(1)
    expect(laptop.candidate.accuracy).toBe(0.1)
    expect(laptop).toMatchObject({
      delta: 0,
      lost: 0,
      status: 'unchanged',
      explainedByMultiLabels: true
    })
  })

  it('still explains that drop, on original labels: ambiguous, with its evidence', () => {
    expect(laptop.kind).toBe('ambiguous')
    expect(laptop.absorbedBy).toEqual([
      // Notebook's original-label false positives grew by the 18 laptop images.
      {
        index: NOTEBOOK,
        name: 'notebook',
        count: 18,
        falsePositiveGrowth: 18,
        cooccurrence: 0.9,
        hierarchyDistance: 2
      }
    ])
    expect(laptop.missingEvidence).toEqual([])
    expect(notebook.explainedByMultiLabels).toBeNull()
  })

  it('calls tabby hurt and explains it: tiger cat is close in the hierarchy but never a valid label', () => {
    expect(tabby.status).toBe('hurt')
    expect(tabby.explainedByMultiLabels).toBe(false)
    expect(tabby.kind).toBe('fine-grained')
    expect(tabby.absorbedBy).toEqual([
      {
        index: TIGER,
        name: 'tiger cat',
        count: 12,
        falsePositiveGrowth: 12,
        cooccurrence: 0,
        hierarchyDistance: 2
      },
      // The image without a multi-label entry, scored on its original label.
      {
        index: LAPTOP,
        name: 'laptop',
        count: 1,
        falsePositiveGrowth: 1,
        cooccurrence: 0,
        hierarchyDistance: 6
      }
    ])
  })

  it('gates on original labels when asked, and then laptop is hurt too (still explained by multi-labels)', () => {
    const original = compare(input(names, multiRows, { hierarchy }), {
      ...DEFAULT_POLICY,
      metric: 'original'
    })
    expect(original.metric).toBe('original')
    expect(original.classes[LAPTOP]).toMatchObject({
      status: 'hurt',
      explainedByMultiLabels: true,
      kind: 'ambiguous'
    })
    expect(original.classes[TABBY].lost).toBe(14)
  })

  it('says which evidence is missing instead of guessing', () => {
    const noHierarchy = compare(input(names, multiRows), DEFAULT_POLICY)
    // Mutual co-labelling (0.9 both ways) decides ambiguous without a hierarchy…
    expect(noHierarchy.classes[LAPTOP]).toMatchObject({
      kind: 'ambiguous',
      missingEvidence: ['hierarchy']
    })
    // …but a low co-occurrence cannot tell fine-grained from other without one.
    expect(noHierarchy.classes[TABBY]).toMatchObject({ kind: null, missingEvidence: ['hierarchy'] })
  })
})

describe('compare refuses inputs it cannot analyse, naming the culprit', () => {
  const good = input(CLASSES, rows)

  it('multi-label gating without multi-labels', () => {
    expect(() => compare(good, { ...DEFAULT_POLICY, metric: 'multi-label' })).toThrow(InputError)
    expect(() => compare(good, { ...DEFAULT_POLICY, metric: 'multi-label' })).toThrow(
      /--metric multi-label/
    )
  })

  it('predictions that do not cover the set', () => {
    expect(() => compare({ ...good, candidate: good.candidate.slice(1) }, DEFAULT_POLICY)).toThrow(
      'candidate predictions cover 59 images, the evaluation set has 60'
    )
  })

  it('labels or predictions outside the classes', () => {
    const labels = good.labels.slice()
    labels[4] = 7
    expect(() => compare({ ...good, labels }, DEFAULT_POLICY)).toThrow(
      'image 5: label 7 is not one of the 4 classes'
    )
    const replicate = good.baseline.slice()
    replicate[2] = -1
    expect(() => compare({ ...good, baselineReplicates: [replicate] }, DEFAULT_POLICY)).toThrow(
      /baseline 2, image 3/
    )
  })

  it('an empty set', () => {
    expect(() => compare(input(CLASSES, []), DEFAULT_POLICY)).toThrow(InputError)
  })
})
