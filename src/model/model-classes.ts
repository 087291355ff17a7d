/**
 * Class names a model states itself: transformers' `id2label` in the `config.json` beside it (or, for the
 * `onnx/model.onnx` layout, one folder up), as the Hub's repos carry it. They take the place of a `--classes`
 * file when none is given (docs/sources.md): the model's output order then decides the index of every class
 * the evaluation set names, instead of the sorted folder names.
 */
import path from 'node:path'
import type { ModelSource } from '../config/types.js'
import type { ClassList } from '../data/classes.js'
import {
  ANY_PLACE,
  pathPresent,
  messagePath,
  readInputText,
  SIZE_CAPS,
  type InputScope
} from '../data/input-file.js'
import { sourceScope } from '../data/input-scope.js'
import { parseJsonDocument } from '../data/json.js'
import type { DataDescription } from '../data/load.js'
import { excerpt } from '../data/text.js'
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { configFolders } from './preprocess-config.js'

/** The config.json files that describe a model, nearest first. */
function configFiles(modelPath: string): string[] {
  return configFolders(modelPath).map((folder) => path.join(folder, 'config.json'))
}

/** id2label as a class list; null when the config has none, or only transformers' placeholders (`LABEL_0`). */
export async function readModelClasses(
  modelPath: string,
  scope: InputScope = ANY_PLACE
): Promise<ClassList | null> {
  for (const file of configFiles(modelPath)) {
    if (!pathPresent(file)) continue
    const json = parseJsonDocument(
      readInputText(file, `model config ${messagePath(file)}`, scope, SIZE_CAPS.modelConfig),
      file
    )
    const id2label = (json as { id2label?: unknown } | null)?.id2label
    if (id2label === undefined || id2label === null) continue
    if (typeof id2label !== 'object' || Array.isArray(id2label)) {
      throw new InputError(`${file}: "id2label" must be an object of index → class name`)
    }
    const entries = Object.entries(id2label as Record<string, unknown>)
    const names: string[] = new Array<string>(entries.length)
    for (const [key, name] of entries) {
      const index = /^\d+$/.test(key) ? Number(key) : -1
      if (index < 0 || index >= entries.length || names[index] !== undefined) {
        throw new InputError(
          `${file}: "id2label" keys must be the indices 0–${entries.length - 1}, got ${excerpt(key)}`
        )
      }
      if (typeof name !== 'string' || name.trim() === '' || /[\r\n]/.test(name)) {
        throw new InputError(
          `${file}: "id2label" ${key} must be a class name, got ${excerpt(name)}`
        )
      }
      names[index] = name.trim()
    }
    if (names.length === 0 || names.every((name, i) => name === `LABEL_${i}`)) return null
    return { names, ids: null, source: `id2label of ${file}` }
  }
  return null
}

/**
 * Without --classes or a preset, the class names a model's config states (transformers' id2label), the
 * candidate's first: they fix each class's index to the model's output (docs/sources.md).
 */
export async function classesOfSources(
  data: DataDescription,
  sources: readonly ModelSource[],
  scope: InputScope,
  log: Logger
): Promise<ClassList | null> {
  if (data.classes !== null || data.preset !== null || sources.length === 0) return null
  const candidateFirst = [sources[sources.length - 1] as ModelSource, ...sources.slice(0, -1)]
  for (const source of candidateFirst) {
    if (source.kind !== 'onnx') continue
    const classes = await readModelClasses(source.path, sourceScope(source, scope))
    if (classes !== null) {
      log.info(`${classes.names.length} class names from the ${classes.source}`)
      return classes
    }
  }
  return null
}
