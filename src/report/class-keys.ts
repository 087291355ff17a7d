/** Key order of a class entry in report.json; also the fields the untrusted-report validator accepts. */
export const CLASS_KEYS = [
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
] as const

/** Class fields a report may lack (older writers did not have them). */
export const OPTIONAL_CLASS_KEYS: readonly string[] = [
  'gainPValue',
  'gainQValue',
  'multiLabelCoverage',
  'shiftPValue',
  'shiftQValue',
  'shiftPartner'
]
