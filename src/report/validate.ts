import { MAX_CLASS_NAME_LENGTH, MAX_CLASSES } from '../data/classes.js'
import type {
  Absorber,
  ClassResult,
  ClassScore,
  ClassStatus,
  GatePolicy,
  Kind,
  Metric,
  Power,
  SeedCalibration
} from '../analysis/types.js'
import { InputError } from '../errors.js'
import { REPORT_KEYS, type KeySpec } from './keys.js'
import type { ReportJson } from './types.js'

/**
 * Bounds on an untrusted report.json (publish mode reads a report a fork's workflow produced,
 * docs/design.md#security-model). They keep a hostile artifact from exhausting memory or flooding the
 * comment; a genuine report of ImageNet-21k (21,841 classes, about 500 bytes each) fits with room to spare.
 */
export const REPORT_LIMITS = {
  /** Characters of JSON text. */
  maxTextLength: 16 * 1024 * 1024,
  maxClasses: MAX_CLASSES,
  /** Class names, and everything else a user named (paths, reasons). */
  maxNameLength: MAX_CLASS_NAME_LENGTH,
  maxReasons: 1000,
  maxReasonLength: 2000,
  maxAbsorbers: 100,
  maxMissingEvidence: 10,
  maxShortText: 200
} as const

/**
 * Parses and validates a report.json that came from somewhere we do not trust: strict schema (no unknown
 * keys), sizes, number ranges and enums. Returns a fresh object holding only validated fields. On failure an
 * InputError names `source` and the first offending JSON path, e.g. `$.classes[3].delta`.
 */
export function parseUntrustedReport(text: string, source: string): ReportJson {
  if (text.length > REPORT_LIMITS.maxTextLength) {
    throw new InputError(
      `${source}: report is ${text.length} characters, more than the ${REPORT_LIMITS.maxTextLength} allowed`
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new InputError(`${source}: not valid JSON (${reason})`)
  }
  return new ReportReader(source).report(value)
}

type Json = Record<string, unknown>

/** Walks the parsed JSON; every check names the path it is at. */
class ReportReader {
  constructor(private readonly source: string) {}

  report(value: unknown): ReportJson {
    const o = this.object(value, '$', REPORT_KEYS.report)
    // Checked in the order the fields are written, so the error names the first bad one.
    if (o.schemaVersion !== 1) this.fail('$.schemaVersion', 'must be 1')
    const tool = this.object(o.tool, '$.tool', REPORT_KEYS.tool)
    if (tool.name !== 'classdiff') this.fail('$.tool.name', 'must be "classdiff"')
    const version = this.string(tool.version, '$.tool.version', REPORT_LIMITS.maxShortText)
    const verdict = this.oneOf(o.verdict, '$.verdict', ['pass', 'fail'] as const)
    const metric = this.metric(o.metric, '$.metric')
    const reasons = this.array(o.reasons, '$.reasons', REPORT_LIMITS.maxReasons).map((r, i) =>
      this.string(r, `$.reasons[${i}]`, REPORT_LIMITS.maxReasonLength)
    )
    const summary = this.summary(o.summary, '$.summary')
    const policy = this.policy(o.policy, '$.policy')
    const calibration = this.calibration(o.calibration, '$.calibration')
    const power = o.power === undefined ? undefined : this.power(o.power, '$.power')
    const evidence = o.evidence === undefined ? undefined : this.evidence(o.evidence, '$.evidence')
    const multiLabelCoverage =
      o.multiLabelCoverage === undefined
        ? undefined
        : this.coverage(o.multiLabelCoverage, '$.multiLabelCoverage')
    const inputs = this.inputs(o.inputs, '$.inputs')
    const classes = this.array(o.classes, '$.classes', REPORT_LIMITS.maxClasses).map((c, i) =>
      this.classResult(c, `$.classes[${i}]`)
    )
    const report: ReportJson = {
      schemaVersion: 1,
      tool: { name: 'classdiff', version },
      verdict,
      metric,
      reasons,
      summary,
      policy,
      calibration,
      ...(power === undefined ? {} : { power }),
      ...(evidence === undefined ? {} : { evidence }),
      ...(multiLabelCoverage === undefined ? {} : { multiLabelCoverage }),
      inputs,
      classes
    }
    this.consistency(report)
    return report
  }

  /**
   * A report must agree with itself (docs/failure-modes.md, "artifact-inconsistent"): the verdict with the
   * statuses and reasons, the summary's counts with the class list, class indices with their positions.
   * Schema-valid numbers that contradict each other would otherwise post a comment that says "pass" over a
   * list of hurt classes.
   */
  private consistency(report: ReportJson): void {
    const { summary, classes } = report
    if (summary.classes !== classes.length) {
      this.fail('$.summary.classes', `is ${summary.classes}, but $.classes lists ${classes.length}`)
    }
    classes.forEach((c, i) => {
      if (c.index !== i)
        this.fail(`$.classes[${i}].index`, `is ${c.index}, expected ${i} (classes in index order)`)
    })
    for (const status of ['hurt', 'suspected', 'helped'] as const) {
      const listed = classes.filter((c) => c.status === status).length
      if (summary[status] !== listed) {
        this.fail(
          `$.summary.${status}`,
          `is ${summary[status]}, but ${listed} classes have status "${status}"`
        )
      }
    }
    const supports = classes.reduce((sum, c) => sum + c.support, 0)
    if (supports !== summary.images) {
      this.fail(
        '$.summary.images',
        `is ${summary.images}, but the classes' supports add up to ${supports}`
      )
    }
    if (summary.hurt > 0 && report.verdict === 'pass') {
      this.fail('$.verdict', `is "pass", but ${summary.hurt} classes are hurt`)
    }
    if (report.verdict === 'fail' && report.reasons.length === 0) {
      this.fail('$.reasons', 'is empty, but the verdict is "fail"')
    }
    if (report.verdict === 'pass' && report.reasons.length > 0) {
      this.fail('$.reasons', 'lists reasons, but the verdict is "pass"')
    }
    classes.forEach((c, i) => {
      if (c.lost > c.support || c.gained > c.support) {
        this.fail(
          `$.classes[${i}]`,
          `loses or gains more images (${c.lost}, ${c.gained}) than it has (${c.support})`
        )
      }
    })
  }

  private coverage(value: unknown, path: string): NonNullable<ReportJson['multiLabelCoverage']> {
    const o = this.object(value, path, REPORT_KEYS.coverage)
    return {
      byLabelSet: this.count(o.byLabelSet, `${path}.byLabelSet`),
      byOriginalLabel: this.count(o.byOriginalLabel, `${path}.byOriginalLabel`),
      leftOut: this.count(o.leftOut, `${path}.leftOut`)
    }
  }

  private summary(value: unknown, path: string): ReportJson['summary'] {
    const o = this.object(value, path, REPORT_KEYS.summary)
    const classes = this.count(o.classes, `${path}.classes`, REPORT_LIMITS.maxClasses)
    return {
      images: this.count(o.images, `${path}.images`),
      classes,
      hurt: this.count(o.hurt, `${path}.hurt`, classes),
      suspected: this.count(o.suspected, `${path}.suspected`, classes),
      helped: this.count(o.helped, `${path}.helped`, classes),
      baseline: this.overallScore(o.baseline, `${path}.baseline`),
      candidate: this.overallScore(o.candidate, `${path}.candidate`),
      delta: this.delta(o.delta, `${path}.delta`),
      ci95: this.interval(o.ci95, `${path}.ci95`),
      pValue: this.fraction(o.pValue, `${path}.pValue`)
    }
  }

  private overallScore(
    value: unknown,
    path: string
  ): { readonly accuracy: number; readonly multiLabelAccuracy: number | null } {
    const o = this.object(value, path, REPORT_KEYS.summaryScore)
    return {
      accuracy: this.fraction(o.accuracy, `${path}.accuracy`),
      multiLabelAccuracy: this.nullable(
        o.multiLabelAccuracy,
        `${path}.multiLabelAccuracy`,
        (v, p) => this.fraction(v, p)
      )
    }
  }

  private policy(value: unknown, path: string): GatePolicy {
    const o = this.object(value, path, REPORT_KEYS.policy)
    const maxClassDrop = this.number(o.maxClassDrop, `${path}.maxClassDrop`, 0, 100)
    const maxMeanDrop = this.number(o.maxMeanDrop, `${path}.maxMeanDrop`, 0, 100)
    const alpha = this.fraction(o.alpha, `${path}.alpha`)
    const metric = this.oneOf(o.metric, `${path}.metric`, [
      'auto',
      'multi-label',
      'original'
    ] as const)
    const k = `${path}.kinds`
    const kinds = this.object(o.kinds, k, REPORT_KEYS.kinds)
    return {
      maxClassDrop,
      maxMeanDrop,
      alpha,
      metric,
      kinds: {
        cooccurrence: this.fraction(kinds.cooccurrence, `${k}.cooccurrence`),
        hierarchyDistance: this.number(kinds.hierarchyDistance, `${k}.hierarchyDistance`, 0, 1e6),
        mutualCooccurrence: this.fraction(kinds.mutualCooccurrence, `${k}.mutualCooccurrence`),
        ambiguousDistance: this.number(kinds.ambiguousDistance, `${k}.ambiguousDistance`, 0, 1e6)
      }
    }
  }

  private calibration(value: unknown, path: string): SeedCalibration | null {
    return this.nullable(value, path, (v, p) => {
      const o = this.object(v, p, REPORT_KEYS.calibration)
      const calibration: SeedCalibration = {
        replicates: this.count(o.replicates, `${p}.replicates`, 10_000),
        dispersion: this.number(o.dispersion, `${p}.dispersion`, 0, 1e6),
        method: this.string(o.method, `${p}.method`, REPORT_LIMITS.maxShortText)
      }
      return {
        ...calibration,
        ...(o.estimate === undefined
          ? {}
          : { estimate: this.number(o.estimate, `${p}.estimate`, 0, 1e6) }),
        ...(o.cells === undefined ? {} : { cells: this.count(o.cells, `${p}.cells`) }),
        ...(o.bySize === undefined
          ? {}
          : {
              bySize: this.array(o.bySize, `${p}.bySize`, REPORT_LIMITS.maxClasses).map((g, i) => {
                const at = `${p}.bySize[${i}]`
                const group = this.object(g, at, REPORT_KEYS.sizeGroup)
                return {
                  fromImages: this.count(group.fromImages, `${at}.fromImages`),
                  toImages: this.count(group.toImages, `${at}.toImages`),
                  dispersion: this.number(group.dispersion, `${at}.dispersion`, 0, 1e6),
                  cells: this.count(group.cells, `${at}.cells`)
                }
              })
            })
      }
    })
  }

  private power(value: unknown, path: string): Power {
    const o = this.object(value, path, REPORT_KEYS.power)
    return {
      medianClassImages: this.number(
        o.medianClassImages,
        `${path}.medianClassImages`,
        0,
        Number.MAX_SAFE_INTEGER
      ),
      classesTested: this.count(o.classesTested, `${path}.classesTested`, REPORT_LIMITS.maxClasses),
      minimumLostForSignificance: this.nullable(
        o.minimumLostForSignificance,
        `${path}.minimumLostForSignificance`,
        (v, p) => this.count(v, p)
      ),
      ...(o.minimumLostToOnePartner === undefined
        ? {}
        : {
            minimumLostToOnePartner: this.nullable(
              o.minimumLostToOnePartner,
              `${path}.minimumLostToOnePartner`,
              (v, p) => this.count(v, p)
            )
          })
    }
  }

  private evidence(value: unknown, path: string): NonNullable<ReportJson['evidence']> {
    const o = this.object(value, path, REPORT_KEYS.evidence)
    return {
      multiLabels: this.boolean(o.multiLabels, `${path}.multiLabels`),
      hierarchy: this.boolean(o.hierarchy, `${path}.hierarchy`)
    }
  }

  private inputs(value: unknown, path: string): ReportJson['inputs'] {
    const o = this.object(value, path, REPORT_KEYS.inputs)
    return {
      baseline: this.string(o.baseline, `${path}.baseline`, REPORT_LIMITS.maxNameLength),
      candidate: this.string(o.candidate, `${path}.candidate`, REPORT_LIMITS.maxNameLength),
      data: this.string(o.data, `${path}.data`, REPORT_LIMITS.maxNameLength)
    }
  }

  private classResult(value: unknown, path: string): ClassResult {
    const o = this.object(value, path, REPORT_KEYS.class)
    const fraction = (v: unknown, p: string): number => this.fraction(v, p)
    return {
      index: this.count(o.index, `${path}.index`, REPORT_LIMITS.maxClasses),
      name: this.string(o.name, `${path}.name`, REPORT_LIMITS.maxNameLength),
      status: this.oneOf(o.status, `${path}.status`, [
        'hurt',
        'suspected',
        'helped',
        'unchanged'
      ] as const satisfies readonly ClassStatus[]),
      support: this.count(o.support, `${path}.support`),
      multiLabelSupport: this.count(o.multiLabelSupport, `${path}.multiLabelSupport`),
      baseline: this.classScore(o.baseline, `${path}.baseline`),
      candidate: this.classScore(o.candidate, `${path}.candidate`),
      delta: this.delta(o.delta, `${path}.delta`),
      ci95: this.interval(o.ci95, `${path}.ci95`),
      lost: this.count(o.lost, `${path}.lost`),
      gained: this.count(o.gained, `${path}.gained`),
      pValue: this.nullable(o.pValue, `${path}.pValue`, fraction),
      qValue: this.nullable(o.qValue, `${path}.qValue`, fraction),
      ...(o.gainPValue === undefined
        ? {}
        : { gainPValue: this.nullable(o.gainPValue, `${path}.gainPValue`, fraction) }),
      ...(o.gainQValue === undefined
        ? {}
        : { gainQValue: this.nullable(o.gainQValue, `${path}.gainQValue`, fraction) }),
      ...(o.shiftPValue === undefined
        ? {}
        : { shiftPValue: this.nullable(o.shiftPValue, `${path}.shiftPValue`, fraction) }),
      ...(o.shiftQValue === undefined
        ? {}
        : { shiftQValue: this.nullable(o.shiftQValue, `${path}.shiftQValue`, fraction) }),
      ...(o.shiftPartner === undefined
        ? {}
        : {
            shiftPartner: this.nullable(o.shiftPartner, `${path}.shiftPartner`, (v, p) =>
              this.count(v, p, REPORT_LIMITS.maxClasses)
            )
          }),
      kind: this.nullable(o.kind, `${path}.kind`, (v, p) =>
        this.oneOf(v, p, [
          'ambiguous',
          'co-occurring',
          'fine-grained',
          'other'
        ] as const satisfies readonly Kind[])
      ),
      explainedByMultiLabels: this.nullable(
        o.explainedByMultiLabels,
        `${path}.explainedByMultiLabels`,
        (v, p) => this.boolean(v, p)
      ),
      absorbedBy: this.array(o.absorbedBy, `${path}.absorbedBy`, REPORT_LIMITS.maxAbsorbers).map(
        (a, i) => this.absorber(a, `${path}.absorbedBy[${i}]`)
      ),
      missingEvidence: this.array(
        o.missingEvidence,
        `${path}.missingEvidence`,
        REPORT_LIMITS.maxMissingEvidence
      ).map((m, i) => this.string(m, `${path}.missingEvidence[${i}]`, REPORT_LIMITS.maxShortText)),
      ...(o.multiLabelCoverage === undefined
        ? {}
        : { multiLabelCoverage: this.coverage(o.multiLabelCoverage, `${path}.multiLabelCoverage`) })
    }
  }

  private classScore(value: unknown, path: string): ClassScore {
    const o = this.object(value, path, REPORT_KEYS.classScore)
    const fraction = (v: unknown, p: string): number => this.fraction(v, p)
    return {
      accuracy: this.nullable(o.accuracy, `${path}.accuracy`, fraction),
      multiLabelAccuracy: this.nullable(
        o.multiLabelAccuracy,
        `${path}.multiLabelAccuracy`,
        fraction
      ),
      correct: this.count(o.correct, `${path}.correct`),
      multiLabelCorrect: this.count(o.multiLabelCorrect, `${path}.multiLabelCorrect`)
    }
  }

  private absorber(value: unknown, path: string): Absorber {
    const o = this.object(value, path, REPORT_KEYS.absorber)
    return {
      index: this.count(o.index, `${path}.index`, REPORT_LIMITS.maxClasses),
      name: this.string(o.name, `${path}.name`, REPORT_LIMITS.maxNameLength),
      count: this.count(o.count, `${path}.count`),
      falsePositiveGrowth: this.integer(o.falsePositiveGrowth, `${path}.falsePositiveGrowth`),
      cooccurrence: this.nullable(o.cooccurrence, `${path}.cooccurrence`, (v, p) =>
        this.fraction(v, p)
      ),
      hierarchyDistance: this.nullable(o.hierarchyDistance, `${path}.hierarchyDistance`, (v, p) =>
        this.number(v, p, 0, 1e6)
      )
    }
  }

  private metric(value: unknown, path: string): Metric {
    return this.oneOf(value, path, ['multi-label', 'original'] as const)
  }

  /** A plain object holding every key of `keys`, any of `optional`, and nothing else. */
  /** An object with only the fields `spec` names, and every one it does not mark optional. */
  private object(value: unknown, path: string, spec: KeySpec): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(path, 'must be an object')
    const allowed = new Set<string>(spec.keys)
    const unknown = Object.keys(value).find((key) => !allowed.has(key))
    if (unknown !== undefined)
      this.fail(`${path}${member(unknown)}`, 'is not a field of report.json')
    const optional = new Set<string>(spec.optional)
    const missing = spec.keys.find((key) => !optional.has(key) && !Object.hasOwn(value, key))
    if (missing !== undefined) this.fail(`${path}${member(missing)}`, 'is missing')
    return value as Json
  }

  private array(value: unknown, path: string, maxLength: number): unknown[] {
    if (!Array.isArray(value)) this.fail(path, 'must be an array')
    if (value.length > maxLength)
      this.fail(path, `has ${value.length} entries, more than the ${maxLength} allowed`)
    return value
  }

  private string(value: unknown, path: string, maxLength: number): string {
    if (typeof value !== 'string') this.fail(path, 'must be a string')
    if (value.length > maxLength)
      this.fail(path, `is ${value.length} characters, more than the ${maxLength} allowed`)
    return value
  }

  private boolean(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') this.fail(path, 'must be true or false')
    return value
  }

  private number(value: unknown, path: string, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(path, 'must be a number')
    if (value < min || value > max) this.fail(path, `is ${value}, outside [${min}, ${max}]`)
    return value
  }

  private integer(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      this.fail(path, 'must be an integer')
    return value
  }

  /** A non-negative integer, at most `max`. */
  private count(value: unknown, path: string, max: number = Number.MAX_SAFE_INTEGER): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      this.fail(path, 'must be a non-negative integer')
    }
    if (value > max) this.fail(path, `is ${value}, more than ${max}`)
    return value
  }

  /** Accuracies, p- and q-values, α, ρ: in [0, 1]. */
  private fraction(value: unknown, path: string): number {
    return this.number(value, path, 0, 1)
  }

  /** A change in accuracy as a fraction: in [−1, 1]. */
  private delta(value: unknown, path: string): number {
    return this.number(value, path, -1, 1)
  }

  private interval(value: unknown, path: string): readonly [number, number] {
    const pair = this.array(value, path, 2)
    if (pair.length !== 2) this.fail(path, 'must be [low, high]')
    const low = this.delta(pair[0], `${path}[0]`)
    const high = this.delta(pair[1], `${path}[1]`)
    if (low > high) this.fail(path, `is [${low}, ${high}], low above high`)
    return [low, high]
  }

  private oneOf<const T extends string>(value: unknown, path: string, options: readonly T[]): T {
    if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
      this.fail(path, `must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}`)
    }
    return value as T
  }

  private nullable<T>(
    value: unknown,
    path: string,
    read: (value: unknown, path: string) => T
  ): T | null {
    return value === null ? null : read(value, path)
  }

  private fail(path: string, problem: string): never {
    throw new InputError(`${this.source}: ${path} ${problem}`)
  }
}

/** `.name`, or `["odd key"]` for keys that are not identifiers (shortened: they come from the attacker). */
function member(key: string): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/.test(key)) return `.${key}`
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key
  return `[${JSON.stringify(shown)}]`
}
