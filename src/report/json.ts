import type { Absorber, ClassResult, ClassScore, Comparison } from '../analysis/types.js'
import { REPORT_KEYS } from './keys.js'
import type { ReportJson } from './types.js'

export { parseUntrustedReport, REPORT_LIMITS } from './validate.js'

/**
 * Significant digits kept for non-integer numbers in report.json. Enough for any figure a reader uses (an
 * accuracy over a million images, p-values), few enough that floating-point noise from summation order never
 * reaches the file, so the same inputs give byte-identical reports on every platform and thread count.
 */
export const SIGNIFICANT_DIGITS = 10

/** Builds `report.json` from the comparison. Classes in index order. */
export function buildReport(
  comparison: Comparison,
  inputs: ReportJson['inputs'],
  version: string
): ReportJson {
  const classes = [...comparison.classes].sort((a, b) => a.index - b.index)
  const count = (status: ClassResult['status']): number =>
    classes.filter((c) => c.status === status).length
  const { overall } = comparison
  return normalizeReport({
    schemaVersion: 1,
    tool: { name: 'classdiff', version },
    verdict: comparison.verdict,
    metric: comparison.metric,
    reasons: comparison.reasons,
    summary: {
      images: overall.images,
      classes: classes.length,
      hurt: count('hurt'),
      suspected: count('suspected'),
      helped: count('helped'),
      baseline: overall.baseline,
      candidate: overall.candidate,
      delta: overall.delta,
      ci95: overall.ci95,
      pValue: overall.pValue
    },
    policy: comparison.policy,
    calibration: comparison.calibration,
    ...(comparison.power === undefined ? {} : { power: comparison.power }),
    ...(comparison.evidence === undefined ? {} : { evidence: comparison.evidence }),
    ...(comparison.multiLabelCoverage === undefined
      ? {}
      : { multiLabelCoverage: comparison.multiLabelCoverage }),
    inputs,
    classes
  })
}

/**
 * report.json as text: keys in a fixed order, numbers rounded to {@link SIGNIFICANT_DIGITS}, one line per
 * class (diffable, and a third the size of fully indented JSON), trailing newline.
 */
export function serializeReport(report: ReportJson): string {
  const normal = normalizeReport(report)
  const lines = Object.entries(normal).map(([key, value]) => {
    const name = JSON.stringify(key)
    if (key === 'classes' && Array.isArray(value) && value.length > 0) {
      const rows = value.map((row: unknown) => `    ${compact(row, 'classes[]')}`)
      return `  ${name}: [\n${rows.join(',\n')}\n  ]`
    }
    return `  ${name}: ${compact(value, key)}`
  })
  return `{\n${lines.join(',\n')}\n}\n`
}

function compact(value: unknown, where: string): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (typeof v !== 'number') return v
    if (!Number.isFinite(v))
      throw new Error(`report.json: ${where}.${key} is ${v}, not a finite number`)
    return roundSignificant(v)
  })
}

/** Integers stay exact; other numbers keep {@link SIGNIFICANT_DIGITS}; −0 becomes 0. */
export function roundSignificant(n: number): number {
  if (Number.isInteger(n)) return n === 0 ? 0 : n
  const rounded = Number(n.toPrecision(SIGNIFICANT_DIGITS))
  return rounded === 0 ? 0 : rounded
}

/**
 * A copy with every object's keys in the documented order; fields a later stage adds (not known here) follow
 * in alphabetical order, so the order never depends on how an object happened to be built.
 */
export function normalizeReport(report: ReportJson): ReportJson {
  const K = REPORT_KEYS
  return ordered(report, K.report.keys, {
    tool: (tool) => ordered(tool, K.tool.keys),
    summary: (summary) =>
      ordered(summary, K.summary.keys, {
        baseline: (score) => ordered(score, K.summaryScore.keys),
        candidate: (score) => ordered(score, K.summaryScore.keys)
      }),
    policy: (policy) =>
      ordered(policy, K.policy.keys, { kinds: (kinds) => ordered(kinds, K.kinds.keys) }),
    calibration: (calibration) =>
      calibration === null
        ? null
        : ordered(calibration, K.calibration.keys, {
            bySize: (groups) => groups?.map((group) => ordered(group, K.sizeGroup.keys))
          }),
    power: (power) => (power === undefined ? undefined : ordered(power, K.power.keys)),
    evidence: (evidence) =>
      evidence === undefined ? undefined : ordered(evidence, K.evidence.keys),
    inputs: (inputs) => ordered(inputs, K.inputs.keys),
    classes: (classes) => classes.map(normalizeClass)
  })
}

function normalizeClass(result: ClassResult): ClassResult {
  return ordered(result, REPORT_KEYS.class.keys, {
    baseline: normalizeScore,
    candidate: normalizeScore,
    absorbedBy: (absorbers) => absorbers.map(normalizeAbsorber)
  })
}

function normalizeScore(score: ClassScore): ClassScore {
  return ordered(score, REPORT_KEYS.classScore.keys)
}

function normalizeAbsorber(absorber: Absorber): Absorber {
  return ordered(absorber, REPORT_KEYS.absorber.keys)
}

type Transforms<T> = { readonly [K in keyof T]?: (value: T[K]) => T[K] }

function ordered<T extends object>(
  value: T,
  keys: readonly (keyof T & string)[],
  transforms: Transforms<T> = {}
): T {
  const known = new Set<string>(keys)
  const extra = Object.keys(value)
    .filter((key) => !known.has(key))
    .sort()
  const out: Record<string, unknown> = {}
  for (const key of [...keys, ...extra]) {
    if (!Object.hasOwn(value, key)) continue
    const field = (value as Record<string, unknown>)[key]
    const transform = (transforms as Record<string, ((v: unknown) => unknown) | undefined>)[key]
    out[key] = transform === undefined ? field : transform(field)
  }
  return out as T
}
