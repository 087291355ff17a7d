/**
 * Hand-made comparisons for the report tests: the report stage only formats what the analysis computed, so
 * its tests build the analysis output directly instead of running models.
 */
import type { Absorber, ClassResult, Comparison, GatePolicy } from '../../src/analysis/types.js'
import { buildReport } from '../../src/report/json.js'
import type { ReportJson } from '../../src/report/types.js'

export const POLICY: GatePolicy = {
  maxClassDrop: 5,
  maxMeanDrop: 1,
  alpha: 0.05,
  metric: 'auto',
  kinds: { cooccurrence: 0.3, hierarchyDistance: 4, mutualCooccurrence: 0.5, ambiguousDistance: 2 }
}

export const INPUTS: ReportJson['inputs'] = {
  baseline: 'models/baseline.onnx',
  candidate: 'models/candidate.onnx',
  data: 'data/val.csv'
}

export function absorber(
  overrides: Partial<Absorber> & Pick<Absorber, 'index' | 'name'>
): Absorber {
  return {
    count: 1,
    falsePositiveGrowth: 1,
    cooccurrence: null,
    hierarchyDistance: null,
    ...overrides
  }
}

/**
 * One class with 50 images (all multi-labelled): `lost` and `gained` set the paired change on multi-label
 * accuracy, starting from 40 right in the baseline.
 */
export function classResult(
  overrides: Partial<ClassResult> & Pick<ClassResult, 'index' | 'name'>
): ClassResult {
  const support = overrides.support ?? 50
  const lost = overrides.lost ?? 0
  const gained = overrides.gained ?? 0
  const before = 40
  const after = before - lost + gained
  return {
    support,
    multiLabelSupport: support,
    baseline: {
      accuracy: (before - 2) / support,
      multiLabelAccuracy: before / support,
      correct: before - 2,
      multiLabelCorrect: before
    },
    candidate: {
      accuracy: (after - 2) / support,
      multiLabelAccuracy: after / support,
      correct: after - 2,
      multiLabelCorrect: after
    },
    delta: (gained - lost) / support,
    lost,
    gained,
    pValue: 0.5,
    qValue: 0.9,
    gainPValue: 0.5,
    gainQValue: 0.9,
    ci95: [(gained - lost) / support - 0.1, (gained - lost) / support + 0.1],
    status: 'unchanged',
    kind: null,
    explainedByMultiLabels: null,
    absorbedBy: [],
    missingEvidence: [],
    ...overrides
  }
}

/** A small comparison with one class of every status, an explained drop, and calibration. */
export function sampleComparison(overrides: Partial<Comparison> = {}): Comparison {
  const classes: ClassResult[] = [
    classResult({ index: 0, name: 'tench' }),
    classResult({
      index: 1,
      name: 'laptop',
      lost: 12,
      gained: 1,
      pValue: 0.0017,
      qValue: 0.0085,
      ci95: [-0.34, -0.1],
      status: 'hurt',
      kind: 'fine-grained',
      absorbedBy: [
        absorber({
          index: 2,
          name: 'notebook',
          count: 9,
          falsePositiveGrowth: 11,
          cooccurrence: 0.04,
          hierarchyDistance: 2
        }),
        absorber({ index: 3, name: 'desktop computer', count: 3, falsePositiveGrowth: 2 })
      ]
    }),
    classResult({
      index: 2,
      name: 'notebook',
      gained: 9,
      lost: 1,
      status: 'helped',
      gainQValue: 0.03
    }),
    classResult({
      index: 3,
      name: 'desktop computer',
      lost: 4,
      gained: 0,
      pValue: 0.0625,
      qValue: 0.16,
      status: 'suspected',
      kind: null,
      missingEvidence: ['hierarchy'],
      absorbedBy: [absorber({ index: 1, name: 'laptop', count: 4, cooccurrence: 0.12 })]
    }),
    classResult({
      index: 4,
      name: 'sunglass',
      status: 'unchanged',
      kind: 'ambiguous',
      explainedByMultiLabels: true,
      baseline: { accuracy: 0.8, multiLabelAccuracy: 0.9, correct: 40, multiLabelCorrect: 45 },
      candidate: { accuracy: 0.6, multiLabelAccuracy: 0.9, correct: 30, multiLabelCorrect: 45 },
      absorbedBy: [
        absorber({
          index: 5,
          name: 'sunglasses',
          count: 10,
          cooccurrence: 0.9,
          hierarchyDistance: 1
        })
      ]
    }),
    classResult({ index: 5, name: 'sunglasses' })
  ]
  return {
    metric: 'multi-label',
    verdict: 'fail',
    reasons: ['class laptop (1) dropped 22.0 points (q = 0.0085)'],
    overall: {
      images: 300,
      baseline: { accuracy: 0.76, multiLabelAccuracy: 0.8 },
      candidate: { accuracy: 0.74, multiLabelAccuracy: 0.79 },
      delta: -0.01,
      lost: 17,
      gained: 14,
      pValue: 0.72,
      ci95: [-0.03, 0.012]
    },
    classes,
    policy: POLICY,
    calibration: {
      replicates: 2,
      dispersion: 1.8,
      method: 'binomial over-dispersion',
      estimate: 1.8,
      cells: 40
    },
    power: { medianClassImages: 50, classesTested: 6, minimumLostForSignificance: 8 },
    evidence: { multiLabels: true, hierarchy: true },
    ...overrides
  }
}

export function sampleReport(overrides: Partial<Comparison> = {}): ReportJson {
  return buildReport(sampleComparison(overrides), INPUTS, '0.1.0')
}

/** A report with `count` hurt classes whose names are as long and hostile as the limits allow. */
export function manyHurtReport(count: number, name: (i: number) => string): ReportJson {
  const classes = Array.from({ length: count }, (_, i) =>
    classResult({
      index: i,
      name: name(i),
      lost: 10 + (i % 7),
      gained: 0,
      pValue: 0.001,
      qValue: 0.004,
      status: 'hurt',
      kind: 'other',
      absorbedBy: [absorber({ index: (i + 1) % count, name: name((i + 1) % count), count: 10 })]
    })
  )
  return sampleReport({
    classes,
    reasons: classes.map((c) => `class ${c.name} (${c.index}) dropped`)
  })
}

/** A class name that tries every trick a pull request could play on Markdown, GitHub and a terminal. */
export const HOSTILE_NAME =
  'cat | dog @octocat <img src=x> [x](http://evil.example) #1 --> **APPROVED**\n::error::pwned'

/**
 * The golden fail case: the sample comparison plus a second hurt class with a hostile name and a larger
 * drop, so the order (largest drop first) and the escaping both show in the goldens.
 */
export function goldenFailReport(): ReportJson {
  const sample = sampleComparison()
  const hostile = classResult({
    index: 6,
    name: HOSTILE_NAME,
    lost: 20,
    gained: 0,
    pValue: 0.00001,
    qValue: 0.00006,
    ci95: [-0.52, -0.28],
    status: 'hurt',
    kind: 'other',
    absorbedBy: [absorber({ index: 1, name: 'laptop', count: 14, falsePositiveGrowth: 9 })]
  })
  return buildReport(
    sampleComparison({
      classes: [...sample.classes, hostile],
      reasons: [...sample.reasons, `class ${HOSTILE_NAME} (6) dropped 40.0 points (q < 0.0001)`]
    }),
    INPUTS,
    '0.1.0'
  )
}

/** The golden pass case: nothing hurt or suspected, one class helped, no calibration. */
export function goldenPassReport(): ReportJson {
  const classes = sampleComparison().classes.map((c) =>
    c.status === 'hurt' || c.status === 'suspected'
      ? { ...c, status: 'unchanged' as const, kind: null, qValue: 0.6, absorbedBy: [] }
      : c
  )
  return buildReport(
    sampleComparison({ verdict: 'pass', reasons: [], classes, calibration: null }),
    INPUTS,
    '0.1.0'
  )
}

/**
 * The golden uncalibrated case: the fail case without seed replicates, its classes grown to 200 images, where
 * McNemar alone calls the laptop hurt: the comment says seed noise could do that.
 */
export function goldenUncalibratedReport(): ReportJson {
  const fail = goldenFailReport()
  return {
    ...fail,
    calibration: null,
    classes: fail.classes.map((c) =>
      c.name === 'laptop' ? { ...c, support: 200, shiftQValue: 0.31 } : c
    )
  }
}
