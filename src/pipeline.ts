/**
 * The flow from a `Config` to the written report (docs/design.md#the-pipeline): each step is a stage's
 * function; this module only decides their order and hands values on.
 */
import path from 'node:path'
import { compare } from './analysis/compare.js'
import type { GatePolicy } from './analysis/types.js'
import type { ReportOptions } from './config/parse.js'
import type { Config, ModelSource } from './config/types.js'
import type { ClassList } from './data/classes.js'
import { checkModelFiles, dataLabel, inputScope, sourceLabel } from './data/input-scope.js'
import { dataOf, loadEvalSet, type DataDescription } from './data/load.js'
import type { EvalSet } from './data/types.js'
import { InputError } from './errors.js'
import type { Logger } from './log.js'
import {
  alignPredictions,
  analysisInput,
  readPredictionFiles,
  type PredictionFile,
  type SidePredictions
} from './model/align.js'
import { classesOfSources } from './model/model-classes.js'
import { predictSources } from './model/predict.js'
import type { RemoteCache } from './model/prediction-cache.js'
import { sideRoles } from './model/predictions-file.js'
import type { Prediction } from './model/types.js'
import type { ReportJson } from './report/types.js'
import { reportOf, writeReport, type ReportResult } from './report/write.js'
import { mergeShards } from './shard/merge.js'
import { shardSlice, writeShard, type ShardResult } from './shard/slice.js'
import { fetchPinnedData, resolveSources, type SourceContext } from './source/resolve.js'
import { defaultCacheRoot } from './source/store.js'

export type { ReportResult } from './report/write.js'
export type { ShardResult } from './shard/slice.js'

/** What a front can add to a run beyond the config. */
export interface RunOptions {
  /** A store shared between runs behind `--cache-dir` (the GitHub Actions cache in the action). */
  readonly remoteCache?: RemoteCache | null
  /** Where `git:` references find their repository: the working directory, or the action's workspace. */
  readonly baseDir?: string
  /** Where downloads are cached without --cache-dir (the action: the runner's temp folder). */
  readonly downloadCache?: string
}

/** Where the source stage finds `git:` repositories and keeps downloads: `--cache-dir`'s, else the front's. */
function sourceContext(cacheDir: string | null, options: RunOptions): SourceContext {
  return {
    baseDir: options.baseDir ?? process.cwd(),
    cacheRoot:
      cacheDir !== null
        ? path.join(cacheDir, 'sources')
        : (options.downloadCache ?? defaultCacheRoot())
  }
}

/** The source stage: `git:` / `hf://` / `https://` references → local files (src/source/). */
function fetchSources(config: Config, log: Logger, options: RunOptions): Promise<Config> {
  return resolveSources(config, log, sourceContext(config.cacheDir, options))
}

/** A configured run after the source stage: its sides, data and where it may read. */
async function prepare(given: Config, log: Logger, options: RunOptions) {
  const config = await fetchSources(given, log, options)
  const data = dataOf(config)
  return { config, sources: [...config.baselines, config.candidate], data, scope: inputScope(data) }
}

/** The data stage, with the class names a model states when nothing else names the classes. */
async function loadSet(
  data: DataDescription,
  sources: readonly ModelSource[],
  log: Logger,
  presetIds?: readonly string[]
): Promise<{ evalSet: EvalSet; modelClasses: ClassList | null }> {
  const modelClasses = await classesOfSources(data, sources, inputScope(data), log)
  const evalSet = await log.group('Loading the evaluation set', () =>
    loadEvalSet({
      ...data,
      modelClasses,
      ids: presetIds,
      requireFiles: sources.some((source) => source.kind === 'onnx')
    })
  )
  log.info(
    `${evalSet.images.length} images, ${evalSet.classNames.length} classes${evalSet.hasMultiLabels ? ', with multi-labels' : ''}`
  )
  return { evalSet, modelClasses }
}

/** With the imagenet preset and no images, the candidate's predictions name the set. */
function presetIdsOf(
  data: DataDescription,
  candidate: { readonly predictions: readonly Prediction[] } | undefined
): string[] | undefined {
  return data.preset !== null && data.data === null
    ? (candidate?.predictions ?? []).map((prediction) => prediction.id)
    : undefined
}

/** The analysis and the report, the same for a comparison and for merged shards. */
async function analyseAndReport(
  evalSet: EvalSet,
  sides: readonly SidePredictions[],
  names: ReportJson['inputs'],
  policy: GatePolicy,
  outDir: string
): Promise<ReportResult> {
  const input = analysisInput(evalSet, sides)
  const comparison = compare(input, policy)
  const report = reportOf(comparison, names)
  const roles = sideRoles(sides.length - 1)
  const files = await writeReport(outDir, {
    report,
    comparison,
    input,
    evalSet,
    predictions: sides.map((side, i) => ({
      role: roles[i] as string,
      predictions: alignPredictions(side.predictions, evalSet)
    }))
  })
  return { report, comparison, files }
}

/** Runs the linear pipeline: config → sources → dataset → predictions → comparison → report files. */
export async function runCompare(
  given: Config,
  log: Logger,
  options: RunOptions = {}
): Promise<ReportResult> {
  if (given.shard !== null)
    throw new InputError('--shard evaluates a slice: use runShard / classdiff compare --shard')
  const { config, sources, data, scope } = await prepare(given, log, options)
  checkModelFiles(sources, scope)

  // Predictions files first: with a preset and no images, their ids define the evaluation set.
  const predictionFiles = sources.some((source) => source.kind === 'predictions')
    ? await log.group('Reading predictions files', () => readPredictionFiles(sources, scope))
    : new Map<number, PredictionFile>()
  const ids = presetIdsOf(data, predictionFiles.get(sources.length - 1))
  const { evalSet } = await loadSet(data, sources, log, ids)
  const remoteCache = options.remoteCache ?? null
  const run = { images: evalSet.images, classCount: evalSet.classNames.length, scope, remoteCache }
  const evaluated = await predictSources(config, sources, run, log)

  const sides = sources.map((source, i): SidePredictions => {
    const file = predictionFiles.get(i)
    return {
      label: sourceLabel(source),
      predictions: file?.predictions ?? (evaluated.get(i) as Prediction[]),
      // Lines of a file the user named by path; a fetched reference is named by its label instead.
      lineOf: source.label === undefined ? file?.lineOf : undefined
    }
  })
  const names = {
    baseline: sourceLabel(sources[0] as ModelSource),
    candidate: sourceLabel(config.candidate),
    data: dataLabel(data)
  }
  return analyseAndReport(evalSet, sides, names, config.policy, config.outDir)
}

/**
 * Evaluates one deterministic slice of the set (src/shard/slice.ts) and writes its predictions with a
 * `shard.json` that `classdiff report` uses to merge the shards into one report.
 */
export async function runShard(
  given: Config,
  log: Logger,
  options: RunOptions = {}
): Promise<ShardResult> {
  const shard = given.shard
  if (shard === null) throw new InputError('runShard needs --shard I/N')
  const { config, sources, data, scope } = await prepare(given, log, options)
  const predictionSource = sources.find((source) => source.kind === 'predictions')
  if (predictionSource) {
    throw new InputError(
      `--shard evaluates models; ${sourceLabel(predictionSource)} is a predictions file`
    )
  }
  checkModelFiles(sources, scope)
  const { evalSet, modelClasses } = await loadSet(data, sources, log)
  const images = shardSlice(evalSet.images, shard)
  const remoteCache = options.remoteCache ?? null
  const run = { images, classCount: evalSet.classNames.length, scope, remoteCache }
  const predictions = await predictSources(config, sources, run, log)
  const roles = sideRoles(config.baselines.length)
  return writeShard(config.outDir, {
    shard,
    images: images.length,
    totalImages: evalSet.images.length,
    data,
    modelClasses,
    sides: sources.map((source, i) => ({
      role: roles[i] as string,
      label: sourceLabel(source),
      predictions: predictions.get(i) as Prediction[]
    }))
  })
}

/**
 * `classdiff report`: merges shard outputs in memory (src/shard/merge.ts) and runs the analysis and report
 * of `runCompare` on them, so the report is the one the unsharded run would have written (the same bytes).
 */
export async function runReport(
  options: ReportOptions,
  log: Logger,
  run: RunOptions = {}
): Promise<ReportResult> {
  const merged = await mergeShards(options, log)
  const { sides } = merged
  // A set the shards fetched from the Hub is fetched again here, at the commit they read.
  const data =
    merged.data.reference === undefined
      ? merged.data
      : {
          ...merged.data,
          data: await fetchPinnedData(merged.data.reference.pinned, log, sourceContext(null, run))
        }
  const { evalSet } = await loadSet(data, [], log, presetIdsOf(data, sides[sides.length - 1]))
  const names = {
    baseline: (sides[0] as SidePredictions).label,
    candidate: (sides[sides.length - 1] as SidePredictions).label,
    data: dataLabel(data)
  }
  return analyseAndReport(evalSet, sides, names, options.policy, options.outDir)
}
