/**
 * Predictions lined up with the evaluation set (docs/design.md#the-pipeline, step 6): each side's predictions,
 * however they were made (a model run, the cache, a predictions file, merged shards), matched to the set's
 * images by id, checked against its classes and reduced to the top-1 class indices the analysis takes.
 */
import type { AnalysisInput } from '../analysis/types.js'
import type { ModelSource } from '../config/types.js'
import type { InputScope } from '../data/input-file.js'
import { reportedPath, sourceScope } from '../data/input-scope.js'
import type { EvalSet } from '../data/types.js'
import { InputError } from '../errors.js'
import { readPredictionLines } from './predictions-file.js'
import type { Prediction } from './types.js'

/** One side of the comparison as the analysis sees it: baseline(s) first, the candidate last. */
export interface SidePredictions {
  /** The side as messages name it. */
  readonly label: string
  /** In any order; aligning puts them in the set's. */
  readonly predictions: readonly Prediction[]
  /** The line of each id in the user's predictions file, so a message can name `file:line`. */
  readonly lineOf?: ReadonlyMap<string, number>
}

/**
 * Aligns predictions to the evaluation set by id. Unknown ids, missing ids and class indices outside the set's
 * classes (anywhere in `top`, not only the best) are input errors; `lineOf` (from a predictions file) lets the
 * message name `file:line`.
 */
export function alignTop1(
  predictions: readonly Prediction[],
  evalSet: EvalSet,
  source: string,
  lineOf?: ReadonlyMap<string, number>
): Int32Array {
  const where = (id: string): string => {
    const line = lineOf?.get(id)
    return line === undefined ? source : `${source}:${line}`
  }
  const classCount = evalSet.classNames.length
  const ids = new Set(evalSet.images.map((image) => image.id))
  const byId = new Map<string, Prediction>()
  for (const prediction of predictions) {
    // A mistyped id is both unknown and missing; the unknown one has a line to point at, so it comes first.
    if (!ids.has(prediction.id)) {
      throw new InputError(
        `${where(prediction.id)}: prediction for unknown image ${JSON.stringify(prediction.id)} (not in ${reportedPath(evalSet.source)})`
      )
    }
    const outside = prediction.top.find((index) => !(index >= 0 && index < classCount))
    if (outside !== undefined) {
      throw new InputError(
        `${where(prediction.id)}: prediction for ${JSON.stringify(prediction.id)} names class ${outside}, outside the ${classCount} classes of ${reportedPath(evalSet.source)}`
      )
    }
    byId.set(prediction.id, prediction)
  }
  const top1 = new Int32Array(evalSet.images.length)
  evalSet.images.forEach((image, i) => {
    const prediction = byId.get(image.id)
    if (!prediction) {
      throw new InputError(`${source}: no prediction for image ${JSON.stringify(image.id)}`)
    }
    top1[i] = prediction.top[0] as number
  })
  return top1
}

/** Predictions in the evaluation set's order (after alignTop1 has checked every image has one). */
export function alignPredictions(
  predictions: readonly Prediction[],
  evalSet: EvalSet
): Prediction[] {
  const byId = new Map(predictions.map((prediction) => [prediction.id, prediction]))
  return evalSet.images.map((image) => byId.get(image.id) as Prediction)
}

/** What the analysis compares: the set's labels and every side's top-1, aligned image by image. */
export function analysisInput(evalSet: EvalSet, sides: readonly SidePredictions[]): AnalysisInput {
  const top1 = sides.map((side) => alignTop1(side.predictions, evalSet, side.label, side.lineOf))
  return {
    classNames: evalSet.classNames,
    labels: Int32Array.from(evalSet.images, (image) => image.label),
    multiLabels: evalSet.images.map((image) => image.multiLabels),
    baseline: top1[0] as Int32Array,
    candidate: top1[top1.length - 1] as Int32Array,
    baselineReplicates: top1.slice(1, -1),
    hierarchy: evalSet.hierarchy
  }
}

/** A predictions file as read: the predictions, and the line of each id for messages. */
export interface PredictionFile {
  readonly predictions: Prediction[]
  readonly lineOf: ReadonlyMap<string, number>
}

/** Reads the predictions files among the sources (by source index), each held to its scope. */
export async function readPredictionFiles(
  sources: readonly ModelSource[],
  scope: InputScope
): Promise<Map<number, PredictionFile>> {
  const byIndex = new Map<number, PredictionFile>()
  for (const [i, source] of sources.entries()) {
    if (source.kind !== 'predictions') continue
    byIndex.set(i, await readPredictionLines(source.path, undefined, sourceScope(source, scope)))
  }
  return byIndex
}
