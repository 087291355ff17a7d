/**
 * A run's inputs as a whole: where it may read models, predictions and side files (docs/failure-modes.md,
 * "Side files": the workspace and the data root, unless the user allowed paths outside; input-file.ts
 * applies the check, this module decides which scope each input gets), and how messages and the report
 * name the sides and the data.
 */
import type { ModelSource } from '../config/types.js'
import { ANY_PLACE, checkInputFile, messagePath, type InputScope } from './input-file.js'
import { dataRootOf, type DataDescription } from './load.js'

/** Names a source for messages and the report: the path as the user would recognise it. */
export function reportedPath(file: string): string {
  return messagePath(file)
}

/** How messages and the report name a side of the comparison: its label, else its path. */
export function sourceLabel(source: ModelSource): string {
  return source.label ?? reportedPath(source.path)
}

/** How the report names the evaluation set: the reference the user gave, its path, or the preset. */
export function dataLabel(data: DataDescription): string {
  if (data.reference !== undefined) return data.reference.written
  return data.data !== null ? reportedPath(data.data) : `preset:${data.preset}`
}

/** The run's scope: the workspace and, when the set is on disk, its data root. */
export function inputScope(data: DataDescription): InputScope {
  return {
    roots: [data.workspace, ...(data.data === null ? [] : [dataRootOf(data.data)])],
    allowOutsideRoot: data.allowOutsideRoot
  }
}

/**
 * Where a source's files may be read from: a local path is held to the run's scope; a reference
 * (`git:`, `hf://`, `https://`) was fetched by classdiff into its own store, where only the regular-file and
 * size checks apply (docs/sources.md).
 */
export function sourceScope(source: ModelSource, scope: InputScope): InputScope {
  return source.reference !== undefined ? ANY_PLACE : scope
}

/** Every local model is a regular file inside the scope before anything reads, hashes or loads it. */
export function checkModelFiles(sources: readonly ModelSource[], scope: InputScope): void {
  for (const source of sources) {
    if (source.kind === 'onnx' && source.reference === undefined) {
      checkInputFile(source.path, `model ${sourceLabel(source)}`, scope)
    }
  }
}
