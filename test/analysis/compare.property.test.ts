import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/analysis/compare.js'
import type { AnalysisInput } from '../../src/analysis/types.js'
import { DEFAULT_POLICY } from '../helpers/policy.js'

const runs = { seed: 4_242, numRuns: 150 }

/**
 * Small evaluation sets: 2–5 classes, up to 150 images, a baseline right about 70% of the time and a
 * candidate right 20–95% of the time (so some classes are hurt and some helped).
 */
/** Uniform 0–99 (fast-check's doubles crowd near 0, which would make every model always right). */
const percent = fc.noBias(fc.integer({ min: 0, max: 99 }))

const evaluation: fc.Arbitrary<AnalysisInput> = fc
  .record({
    classes: fc.integer({ min: 2, max: 5 }),
    size: fc.noBias(fc.integer({ min: 1, max: 150 })),
    withSets: fc.boolean(),
    skill: fc.noBias(fc.integer({ min: 20, max: 95 }))
  })
  .chain(({ classes, size, withSets, skill }) => {
    const image = fc.record({
      label: fc.integer({ min: 0, max: classes - 1 }),
      baseline: fc.integer({ min: 0, max: classes - 1 }),
      candidate: fc.integer({ min: 0, max: classes - 1 }),
      baselineRight: percent,
      candidateRight: percent,
      extra: fc.option(fc.integer({ min: 0, max: classes - 1 }), { nil: null })
    })
    return fc.array(image, { minLength: size, maxLength: size }).map((images): AnalysisInput => ({
      classNames: Array.from({ length: classes }, (_, c) => `class ${c}`),
      labels: Int32Array.from(images, (im) => im.label),
      baseline: Int32Array.from(images, (im) => (im.baselineRight < 70 ? im.label : im.baseline)),
      candidate: Int32Array.from(images, (im) =>
        im.candidateRight < skill ? im.label : im.candidate
      ),
      multiLabels: images.map((im) =>
        withSets ? (im.extra === null ? [im.label] : [im.label, im.extra]) : null
      ),
      baselineReplicates: [],
      hierarchy: null
    }))
  })

describe('compare, for any evaluation set', () => {
  it('mirrors when baseline and candidate swap: hurt ↔ helped, lost ↔ gained, the drop and gain tests trade places', () => {
    let hurtSeen = 0
    fc.assert(
      fc.property(evaluation, (input) => {
        const forward = compare(input, DEFAULT_POLICY)
        const backward = compare(
          { ...input, baseline: input.candidate, candidate: input.baseline },
          DEFAULT_POLICY
        )
        forward.classes.forEach((result, c) => {
          const mirror = backward.classes[c]
          expect(mirror.lost).toBe(result.gained)
          expect(mirror.gained).toBe(result.lost)
          expect(mirror.delta).toBe(-result.delta === 0 ? 0 : -result.delta)
          expect(mirror.pValue).toBe(result.gainPValue)
          expect(mirror.qValue).toBe(result.gainQValue)
          if (result.status === 'hurt') hurtSeen++
          if (result.status === 'hurt') expect(mirror.status).toBe('helped')
          if (result.status === 'helped') expect(mirror.status).toBe('hurt')
        })
        expect(backward.overall.pValue).toBe(forward.overall.pValue)
      }),
      runs
    )
    // The generated sets do exercise the hurt ↔ helped mirror.
    expect(hurtSeen).toBeGreaterThan(20)
  })

  it('finds nothing when the candidate is the baseline', () => {
    fc.assert(
      fc.property(evaluation, (input) => {
        const itself = compare({ ...input, candidate: input.baseline }, DEFAULT_POLICY)
        expect(itself.verdict).toBe('pass')
        expect(itself.classes.every((c) => c.status === 'unchanged' && c.pValue !== 0)).toBe(true)
      }),
      runs
    )
  })

  it('keeps p in [0, 1] and q ≥ p for every tested class, null for untested ones', () => {
    fc.assert(
      fc.property(evaluation, (input) => {
        for (const result of compare(input, DEFAULT_POLICY).classes) {
          const tested =
            result.support > 0 && (result.multiLabelSupport > 0 || input.multiLabels[0] === null)
          if (!tested) {
            expect(result.pValue).toBeNull()
            continue
          }
          expect(result.pValue).toBeGreaterThanOrEqual(0)
          expect(result.pValue).toBeLessThanOrEqual(1)
          expect(result.qValue).toBeGreaterThanOrEqual(result.pValue as number)
          expect(result.ci95[0]).toBeLessThanOrEqual(result.delta + 1e-12)
          expect(result.ci95[1]).toBeGreaterThanOrEqual(result.delta - 1e-12)
        }
      }),
      runs
    )
  })

  it('is deterministic: the same input gives byte-identical results', () => {
    fc.assert(
      fc.property(evaluation, (input) => {
        expect(JSON.stringify(compare(input, DEFAULT_POLICY))).toBe(
          JSON.stringify(compare(input, DEFAULT_POLICY))
        )
      }),
      { ...runs, numRuns: 30 }
    )
  })
})
