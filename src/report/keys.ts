/**
 * The keys of every object in report.json: the order `normalizeReport` writes them in (json.ts), and the only
 * fields the untrusted-report validator accepts (validate.ts), with those a report may lack because older
 * writers did not have them. A new field of report.json is added here, once.
 */
export interface KeySpec<K extends string = string> {
  /** Written order. */
  readonly keys: readonly K[]
  /** Keys a report may lack; every other key is required. */
  readonly optional?: readonly K[]
}

function spec<const K extends string>(keys: readonly K[], optional: readonly K[] = []): KeySpec<K> {
  return { keys, optional }
}

export const REPORT_KEYS = {
  report: spec(
    [
      'schemaVersion',
      'tool',
      'verdict',
      'metric',
      'reasons',
      'summary',
      'policy',
      'calibration',
      'power',
      'evidence',
      'multiLabelCoverage',
      'inputs',
      'classes'
    ],
    ['power', 'evidence', 'multiLabelCoverage']
  ),
  tool: spec(['name', 'version']),
  summary: spec([
    'images',
    'classes',
    'hurt',
    'suspected',
    'helped',
    'baseline',
    'candidate',
    'delta',
    'ci95',
    'pValue'
  ]),
  summaryScore: spec(['accuracy', 'multiLabelAccuracy']),
  policy: spec(['maxClassDrop', 'maxMeanDrop', 'alpha', 'metric', 'kinds']),
  kinds: spec(['cooccurrence', 'hierarchyDistance', 'mutualCooccurrence', 'ambiguousDistance']),
  calibration: spec(
    ['replicates', 'dispersion', 'method', 'estimate', 'cells', 'bySize'],
    ['estimate', 'cells', 'bySize']
  ),
  sizeGroup: spec(['fromImages', 'toImages', 'dispersion', 'cells']),
  power: spec(
    ['medianClassImages', 'classesTested', 'minimumLostForSignificance', 'minimumLostToOnePartner'],
    ['minimumLostToOnePartner']
  ),
  evidence: spec(['multiLabels', 'hierarchy']),
  coverage: spec(['byLabelSet', 'byOriginalLabel', 'leftOut']),
  inputs: spec(['baseline', 'candidate', 'data']),
  class: spec(
    [
      'index',
      'name',
      'status',
      'support',
      'multiLabelSupport',
      'baseline',
      'candidate',
      'delta',
      'ci95',
      'lost',
      'gained',
      'pValue',
      'qValue',
      'gainPValue',
      'gainQValue',
      'shiftPValue',
      'shiftQValue',
      'shiftPartner',
      'kind',
      'explainedByMultiLabels',
      'absorbedBy',
      'missingEvidence',
      'multiLabelCoverage'
    ],
    ['gainPValue', 'gainQValue', 'multiLabelCoverage', 'shiftPValue', 'shiftQValue', 'shiftPartner']
  ),
  classScore: spec(['accuracy', 'multiLabelAccuracy', 'correct', 'multiLabelCorrect']),
  absorber: spec([
    'index',
    'name',
    'count',
    'falsePositiveGrowth',
    'cooccurrence',
    'hierarchyDistance'
  ])
} as const
