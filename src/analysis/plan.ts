/**
 * The augmentation plan (docs/design.md#explaining-a-drop): which classes should get weaker augmentation —
 * the hurt classes and the partners that absorbed their images, since augmentation moves the bias between the
 * two (Kirichenko et al. 2023). Written as `augmentation-plan.json` for a training script to read.
 */
import type { AugmentationPlan, AugmentationPlanEntry, ClassResult, Comparison } from './types.js'

/** Partners per hurt class: the main absorbers, not the tail of single stray images. */
const MAX_PARTNERS = 3
/** A partner beyond the first must have taken at least this many images. */
const MIN_PARTNER_COUNT = 2

export function buildAugmentationPlan(comparison: Comparison): AugmentationPlan {
  // Under `--metric original` a class can be hurt and explained by multi-labels at once; the plan leaves
  // explained drops out, as its recommendation says.
  const hurt = comparison.classes.filter(
    (result) => result.status === 'hurt' && result.explainedByMultiLabels !== true
  )
  const entries = hurt.map((result) => planEntry(result, comparison.metric))
  const indices = new Set<number>()
  for (const entry of entries) {
    indices.add(entry.index)
    for (const partner of entry.partners) indices.add(partner.index)
  }
  const classIndices = [...indices].sort((a, b) => a - b)
  return {
    schemaVersion: 1,
    generator: 'classdiff',
    metric: comparison.metric,
    classIndices,
    classNames: classIndices.map((index) => comparison.classes[index]?.name ?? String(index)),
    entries,
    recommendation: recommendation(hurt.length, classIndices.length)
  }
}

function planEntry(result: ClassResult, metric: Comparison['metric']): AugmentationPlanEntry {
  const partners = result.absorbedBy
    .filter((absorber, rank) => rank === 0 || absorber.count >= MIN_PARTNER_COUNT)
    .slice(0, MAX_PARTNERS)
    .map(({ index, name, count, cooccurrence, hierarchyDistance }) => ({
      index,
      name,
      count,
      cooccurrence,
      hierarchyDistance
    }))
  return {
    index: result.index,
    name: result.name,
    role: 'hurt',
    delta: result.delta,
    qValue: result.qValue,
    kind: result.kind,
    partners,
    reason: reason(result, metric)
  }
}

function reason(result: ClassResult, metric: Comparison['metric']): string {
  const points = (-result.delta * 100).toFixed(1)
  const q = result.qValue === null ? '' : ` (q = ${formatQ(result.qValue)})`
  const head = `${result.name} fell ${points} points on ${metric} accuracy${q}`
  const partner = result.absorbedBy.at(0)
  if (!partner) return `${head}.`
  const evidence = [
    partner.cooccurrence === null ? null : `co-occurrence ${partner.cooccurrence.toFixed(2)}`,
    partner.hierarchyDistance === null
      ? null
      : `${partner.hierarchyDistance} edges apart in the hierarchy`
  ].filter((part) => part !== null)
  const kind = result.kind === null ? '' : `: ${result.kind}`
  const images = partner.count === 1 ? 'image' : 'images'
  return `${head}; ${partner.count} lost ${images} went to ${partner.name}${evidence.length > 0 ? ` (${evidence.join(', ')})` : ''}${kind}.`
}

function formatQ(q: number): string {
  return q >= 0.001 ? q.toFixed(3) : q.toExponential(1)
}

function recommendation(hurtCount: number, classCount: number): string {
  if (hurtCount === 0) return 'No class was hurt: no change to augmentation is needed.'
  return (
    `Train with weaker augmentation for the ${classCount} classes in classIndices (the ${hurtCount} hurt ` +
    `${hurtCount === 1 ? 'class' : 'classes'} and the partners that absorbed their images), keeping the ` +
    'current augmentation for every other class: for example raise the lower bound of RandomResizedCrop’s ' +
    'scale (0.08 by default) to about 0.35–0.5 for images of these classes, then compare again. Kirichenko ' +
    'et al. (2023) recovered about 2.5 points on such classes this way without losing average accuracy, ' +
    'where fine-tuning alone did not. Drops explained by multi-labels are left out: their labels are ' +
    'ambiguous, not the model’s fault.'
  )
}
