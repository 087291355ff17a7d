/**
 * One annotation per hurt class, so the drop shows on the run's summary page. GitHub keeps at most 10
 * annotations of a level per step, so past that the last one says how many more there are and where.
 */
import { formatPlainPoints, formatPlainProbability } from '../report/format.js'
import type { ReportJson } from '../report/types.js'
import { hurtClassesOf } from './outputs.js'

export const MAX_ANNOTATIONS = 10

export interface Annotation {
  readonly level: 'error' | 'warning'
  readonly title: string
  readonly message: string
}

/** Annotations are plain text; still, keep a hostile class name to one short line. */
function plainName(name: string): string {
  const flat = name.replace(/[\r\n\t]+/g, ' ')
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat
}

/** `error` when the drop fails the step, `warning` when the gate is off (fail-on-drop: false). */
export function hurtClassAnnotations(report: ReportJson, failing: boolean): Annotation[] {
  const level = failing ? 'error' : 'warning'
  const byIndex = new Map(report.classes.map((c) => [c.index, c]))
  const hurt = hurtClassesOf(report)
  const shown = hurt.length > MAX_ANNOTATIONS ? hurt.slice(0, MAX_ANNOTATIONS - 1) : hurt
  const annotations: Annotation[] = shown.map((h) => {
    const result = byIndex.get(h.index)
    const partner = result?.absorbedBy[0]
    const lostTo = partner
      ? `; ${partner.count} of its images now go to "${plainName(partner.name)}"`
      : ''
    const q = h.qValue === null ? '' : `, q = ${formatPlainProbability(h.qValue)}`
    return {
      level,
      title: `classdiff: class "${plainName(h.name)}" hurt`,
      message: `Class "${plainName(h.name)}" (${h.index}) dropped ${formatPlainPoints(-h.delta)} points${q}${lostTo}.`
    }
  })
  if (shown.length < hurt.length) {
    annotations.push({
      level,
      title: 'classdiff: more hurt classes',
      message: `…and ${hurt.length - shown.length} more hurt classes: see the job summary for the full list.`
    })
  }
  return annotations
}
