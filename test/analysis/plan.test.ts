import { describe, expect, it } from 'vitest'
import { compare } from '../../src/analysis/compare.js'
import { buildAugmentationPlan } from '../../src/analysis/plan.js'
import type { AnalysisInput } from '../../src/analysis/types.js'
import { DEFAULT_POLICY } from '../helpers/policy.js'

/**
 * Five classes of 40 images, each with a valid set holding its own label only. Class 3 ("beagle") loses
 * 20 images to class 1 ("basset") and 2 to class 4 ("otter"); class 0 ("laptop") loses 20 to class 2
 * ("notebook"), which is a valid label on those images: explained by multi-labels, so not planned.
 */
function scenario(): AnalysisInput {
  const names = ['laptop', 'basset', 'notebook', 'beagle', 'otter']
  const labels = Int32Array.from({ length: 200 }, (_, i) => Math.floor(i / 40))
  const baseline = labels.slice()
  const candidate = labels.slice()
  const multiLabels: number[][] = Array.from(labels, (c) => [c])
  for (let k = 0; k < 20; k++) {
    candidate[k] = 2
    multiLabels[k] = [0, 2]
    candidate[120 + k] = 1
  }
  candidate[140] = 4
  candidate[141] = 4
  candidate[142] = 2 // a single stray image: not a partner
  return {
    classNames: names,
    labels,
    multiLabels,
    baseline,
    candidate,
    baselineReplicates: [],
    hierarchy: null
  }
}

describe('buildAugmentationPlan', () => {
  const comparison = compare(scenario(), DEFAULT_POLICY)
  const plan = buildAugmentationPlan(comparison)

  it('names the hurt classes and their partners, sorted, for a training script', () => {
    expect(comparison.classes[3].status).toBe('hurt')
    expect(plan.schemaVersion).toBe(1)
    expect(plan.generator).toBe('classdiff')
    expect(plan.metric).toBe('multi-label')
    expect(plan.classIndices).toEqual([1, 3, 4])
    expect(plan.classNames).toEqual(['basset', 'beagle', 'otter'])
  })

  it('leaves out drops explained by multi-labels', () => {
    expect(comparison.classes[0].explainedByMultiLabels).toBe(true)
    expect(plan.classIndices).not.toContain(0)
    expect(plan.entries.map((entry) => entry.name)).toEqual(['beagle'])
  })

  it('leaves explained drops out under --metric original too, where they are also hurt', () => {
    const original = compare(scenario(), { ...DEFAULT_POLICY, metric: 'original' })
    // On original labels laptop lost 20 of 40 images: hurt; multi-labels explain it all the same.
    expect(original.classes[0]).toMatchObject({ status: 'hurt', explainedByMultiLabels: true })
    const originalPlan = buildAugmentationPlan(original)
    expect(originalPlan.classIndices).not.toContain(0)
    expect(originalPlan.entries.map((entry) => entry.name)).toEqual(['beagle'])
    expect(originalPlan.recommendation).toMatch(/Drops explained by multi-labels are left out/)
  })

  it('gives each entry its evidence and one sentence of reason', () => {
    const [beagle] = plan.entries
    expect(beagle).toMatchObject({
      index: 3,
      name: 'beagle',
      role: 'hurt',
      delta: -23 / 40,
      kind: null
    })
    expect(beagle.qValue).toBe(comparison.classes[3].qValue)
    expect(beagle.partners).toEqual([
      { index: 1, name: 'basset', count: 20, cooccurrence: 0, hierarchyDistance: null },
      { index: 4, name: 'otter', count: 2, cooccurrence: 0, hierarchyDistance: null }
    ])
    expect(beagle.reason).toMatch(
      /^beagle fell 57\.5 points on multi-label accuracy \(q = [0-9.e-]+\); 20 lost images went to basset \(co-occurrence 0\.00\)\.$/
    )
    expect(plan.recommendation).toMatch(/weaker augmentation for the 3 classes in classIndices/)
    expect(plan.recommendation).toMatch(/RandomResizedCrop/)
  })

  it('recommends nothing when nothing was hurt', () => {
    const same = scenario()
    const empty = buildAugmentationPlan(
      compare({ ...same, candidate: same.baseline }, DEFAULT_POLICY)
    )
    expect(empty.classIndices).toEqual([])
    expect(empty.entries).toEqual([])
    expect(empty.recommendation).toBe('No class was hurt: no change to augmentation is needed.')
  })
})
