/**
 * Reports for the publishing tests, made the way the pipeline makes them: synthetic labels and predictions
 * through the real comparison (`compare`) and report builder, so they pass the report validator.
 */
import { compare } from '../../src/analysis/compare.js'
import { buildReport } from '../../src/report/json.js'
import type { ReportJson } from '../../src/report/types.js'
import type { ActionIO, AnnotationProperties } from '../../src/github/io.js'
import { DEFAULT_POLICY } from '../helpers/policy.js'

export interface SyntheticSet {
  /** Class names, by index. */
  readonly classes: readonly string[]
  /** Classes the candidate hurts: `lost` of their images now go to the next class. */
  readonly hurt?: readonly number[]
  readonly imagesPerClass?: number
  readonly lost?: number
}

/**
 * Every class has `imagesPerClass` images the baseline gets right; for each hurt class the candidate sends
 * `lost` of them to the next class (a clear, significant drop).
 */
export function syntheticReport(
  set: SyntheticSet,
  inputs = { baseline: 'models/a.onnx', candidate: 'models/b.onnx', data: 'data/manifest.csv' }
): ReportJson {
  const perClass = set.imagesPerClass ?? 30
  const lost = set.lost ?? 15
  const count = set.classes.length
  const hurt = new Set(set.hurt ?? [])
  const labels = new Int32Array(count * perClass)
  const baseline = new Int32Array(count * perClass)
  const candidate = new Int32Array(count * perClass)
  for (let c = 0; c < count; c++) {
    for (let i = 0; i < perClass; i++) {
      const at = c * perClass + i
      labels[at] = c
      baseline[at] = c
      candidate[at] = hurt.has(c) && i < lost ? (c + 1) % count : c
    }
  }
  const comparison = compare(
    {
      classNames: set.classes,
      labels,
      multiLabels: Array.from({ length: labels.length }, () => null),
      baseline,
      candidate,
      baselineReplicates: [],
      hierarchy: null
    },
    DEFAULT_POLICY
  )
  return buildReport(comparison, inputs, '0.1.0')
}

export interface RecordedCall {
  readonly kind:
    | 'info'
    | 'debug'
    | 'notice'
    | 'warning'
    | 'error'
    | 'setFailed'
    | 'setOutput'
    | 'summary'
    | 'group'
  readonly message: string
  readonly title?: string
}

/** An ActionIO that records what the action told the runner, in order. */
export class RecordingIO implements ActionIO {
  readonly calls: RecordedCall[] = []
  readonly outputs = new Map<string, string>()
  summary = ''
  constructor(private readonly hasSummaryFile = true) {}

  info(message: string): void {
    this.calls.push({ kind: 'info', message })
  }
  debug(message: string): void {
    this.calls.push({ kind: 'debug', message })
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.calls.push({ kind: 'notice', message, title: properties?.title })
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.calls.push({ kind: 'warning', message, title: properties?.title })
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.calls.push({ kind: 'error', message, title: properties?.title })
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.calls.push({ kind: 'group', message: name })
    return fn()
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value)
    this.calls.push({ kind: 'setOutput', message: `${name}=${value}` })
  }
  async writeSummary(markdown: string): Promise<boolean> {
    if (!this.hasSummaryFile) return false
    this.summary += markdown
    this.calls.push({ kind: 'summary', message: `${markdown.length} characters` })
    return true
  }
  setFailed(message: string): void {
    this.calls.push({ kind: 'setFailed', message })
  }

  of(kind: RecordedCall['kind']): string[] {
    return this.calls.filter((c) => c.kind === kind).map((c) => c.message)
  }

  get failure(): string | null {
    return this.of('setFailed')[0] ?? null
  }
}
