import { writeFile } from 'node:fs/promises'
import {
  ANY_PLACE,
  messagePath,
  readInputText,
  SIZE_CAPS,
  type InputScope
} from '../data/input-file.js'
import { parseJsonLine } from '../data/json.js'
import { excerpt } from '../data/text.js'
import { InputError } from '../errors.js'
import type { Prediction } from './types.js'

/** Role names for files and messages: baseline, baseline-2 … (seed replicates), candidate. */
export function sideRoles(baselines: number): string[] {
  return [
    ...Array.from({ length: baselines }, (_, i) => (i === 0 ? 'baseline' : `baseline-${i + 1}`)),
    'candidate'
  ]
}

/** The file a side's predictions are written to in `--out-dir` (the report's and a shard's alike). */
export function predictionsFileName(role: string): string {
  return `predictions-${role}.jsonl`
}

/** One line of a predictions file: keys in a fixed order, so equal predictions give equal bytes. */
export function formatPrediction(prediction: Prediction): string {
  const line: { id: string; top: readonly number[]; scores?: readonly number[] } = {
    id: prediction.id,
    top: prediction.top
  }
  if (prediction.scores !== undefined) line.scores = prediction.scores
  return JSON.stringify(line)
}

/** Writes predictions as JSON Lines, `{"id", "top", "scores"}` per image, in the order given. */
export async function writePredictions(
  path: string,
  predictions: readonly Prediction[]
): Promise<void> {
  let text = ''
  for (const prediction of predictions) text += formatPrediction(prediction) + '\n'
  await writeFile(path, text)
}

const describe = (value: unknown): string => excerpt(value)

function parseLine(text: string, where: string, classCount: number | undefined): Prediction {
  const value = parseJsonLine(text, where)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${where}: expected an object like {"id": "...", "top": [3, 7]}`)
  }
  const record = value as Record<string, unknown>
  const id = record.id
  if (typeof id !== 'string' || id.length === 0) {
    throw new InputError(`${where}: "id" must be a non-empty string, got ${describe(id)}`)
  }
  const top = record.top
  if (!Array.isArray(top) || top.length === 0) {
    throw new InputError(
      `${where}: "top" must be a non-empty list of class indices, got ${describe(top)}`
    )
  }
  const seen = new Set<number>()
  for (const index of top) {
    if (!Number.isInteger(index) || (index as number) < 0) {
      throw new InputError(
        `${where}: class index ${describe(index)} in "top" is not a non-negative integer`
      )
    }
    if (classCount !== undefined && (index as number) >= classCount) {
      throw new InputError(
        `${where}: class index ${index} in "top" is out of range (${classCount} classes: 0–${classCount - 1})`
      )
    }
    if (seen.has(index as number))
      throw new InputError(`${where}: class index ${index} appears twice in "top"`)
    seen.add(index as number)
  }
  const scores = record.scores
  if (scores === undefined || scores === null) return { id, top: top as number[] }
  if (
    !Array.isArray(scores) ||
    scores.length !== top.length ||
    !scores.every((s) => typeof s === 'number' && Number.isFinite(s))
  ) {
    throw new InputError(
      `${where}: "scores" must be a list of ${top.length} numbers, one per entry of "top"`
    )
  }
  return { id, top: top as number[], scores: scores as number[] }
}

/**
 * Reads a predictions file (JSON Lines, docs/design.md#interfaces), validating every line: malformed JSON, a
 * missing id, class indices that are not integers or (given `classCount`) out of range, and duplicate ids are
 * input errors naming `file:line`. Blank lines are skipped.
 */
export async function readPredictions(
  path: string,
  classCount?: number,
  scope: InputScope = ANY_PLACE
): Promise<Prediction[]> {
  return (await readPredictionLines(path, classCount, scope)).predictions
}

/**
 * readPredictions, plus the line each id was read from: checks that need the evaluation set (unknown ids,
 * class indices beyond its classes) run later and still name `file:line`.
 */
export async function readPredictionLines(
  path: string,
  classCount?: number,
  scope: InputScope = ANY_PLACE
): Promise<{ predictions: Prediction[]; lineOf: Map<string, number> }> {
  const text = readInputText(
    path,
    `predictions file ${messagePath(path)}`,
    scope,
    SIZE_CAPS.predictions
  )
  const lines = text.split('\n')
  const predictions: Prediction[] = []
  const lineOf = new Map<string, number>()
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') return
    const where = `${path}:${i + 1}`
    const prediction = parseLine(line, where, classCount)
    const first = lineOf.get(prediction.id)
    if (first !== undefined)
      throw new InputError(
        `${where}: duplicate id ${JSON.stringify(prediction.id)} (first on line ${first})`
      )
    lineOf.set(prediction.id, i + 1)
    predictions.push(prediction)
  })
  return { predictions, lineOf }
}
