import path from 'node:path'
import { compare } from './analysis/compare.js'
import { buildAugmentationPlan } from './analysis/plan.js'
import type { AnalysisInput, Comparison } from './analysis/types.js'
import type { ReportOptions } from './config/parse.js'
import type { Config, ModelSource } from './config/types.js'
import type { ClassList } from './data/classes.js'
import { ANY_PLACE, checkInputFile, messagePath, type InputScope } from './data/input-file.js'
import { dataRootOf, loadEvalSet } from './data/load.js'
import type { EvalImage, EvalSet } from './data/types.js'
import { InputError } from './errors.js'
import { silentLogger, type Logger } from './log.js'
import { evaluateModels, type ModelJob } from './model/evaluate.js'
import { readModelClasses } from './model/model-classes.js'
import {
  cacheEntryPath,
  datasetFingerprint,
  predictionCacheKey,
  readCachedPredictions,
  writeCachedPredictions,
  type RemoteCache
} from './model/prediction-cache.js'
import { resolvePreprocess } from './model/preprocess-config.js'
import { readPredictionLines, readPredictions, writePredictions } from './model/predictions-file.js'
import type { Prediction } from './model/types.js'
import { makeThumbnails } from './model/thumbnails.js'
import { renderComment } from './report/comment.js'
import { evidenceWithinPage, imagesInPlan, planEvidence } from './report/evidence.js'
import { renderHtmlReport, type HtmlEvidence } from './report/html.js'
import { buildReport, parseUntrustedReport, serializeReport } from './report/json.js'
import { REPORT_LIMITS } from './report/validate.js'
import { renderMarkdownReport } from './report/markdown.js'
import { clearOutput, intoOutDir, writeOutput } from './report/out-dir.js'
import type { ReportJson } from './report/types.js'
import { readShards, SHARD_MANIFEST, serializeShardManifest } from './shards.js'
import { resolveSources } from './source/resolve.js'
import { defaultCacheRoot } from './source/store.js'
import { VERSION } from './version.js'

export interface RunResult {
  readonly report: ReportJson
  readonly comparison: Comparison
  readonly files: {
    readonly reportJson: string
    readonly reportMarkdown: string
    readonly commentPreview: string
    /** The self-contained page with the lost images (docs/html-report.md). */
    readonly reportHtml: string
    readonly augmentationPlan: string
    readonly predictions: readonly string[]
  }
}

/** How many classes each predictions line keeps (top-1 decides; the rest helps users debug). */
const TOP_K = 5
/** The PR comment limit; the preview written beside the report obeys it too. */
const COMMENT_LIMIT = 65_536

/** Names a source for messages and the report: the path as the user would recognise it. */
export function reportedPath(file: string): string {
  return messagePath(file)
}

function sourceLabel(source: ModelSource): string {
  return source.label ?? reportedPath(source.path)
}

/** Role names for files and messages: baseline, baseline-2 … (seed replicates), candidate. */
function roles(config: Config): string[] {
  return [
    ...config.baselines.map((_, i) => (i === 0 ? 'baseline' : `baseline-${i + 1}`)),
    'candidate'
  ]
}

/**
 * Aligns predictions to the evaluation set by id. Unknown ids, missing ids and class indices outside the set's
 * classes (anywhere in `top`, not only the best) are input errors; `lineOf` (from a predictions file) lets the
 * message name `file:line`.
 */
function alignTop1(
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

/** A predictions file as read: the predictions, and the line of each id for messages. */
interface PredictionFile {
  readonly predictions: Prediction[]
  readonly lineOf: ReadonlyMap<string, number>
}

/** Reads the predictions files among the sources (by source index). */
async function readPredictionFiles(
  sources: readonly ModelSource[],
  scope: InputScope
): Promise<Map<number, PredictionFile>> {
  const byIndex = new Map<number, PredictionFile>()
  for (const [i, source] of sources.entries()) {
    if (source.kind !== 'predictions') continue
    byIndex.set(
      i,
      source.merged !== undefined
        ? { predictions: [...source.merged], lineOf: new Map() }
        : await readPredictionLines(source.path, undefined, sourceScope(source, scope))
    )
  }
  return byIndex
}

/**
 * Where a run may read models, predictions and side files: the workspace and the data root
 * (docs/failure-modes.md, "Side files").
 */
function inputScope(config: Config): InputScope {
  return {
    roots: [config.workspace, ...(config.data === null ? [] : [dataRootOf(config.data)])],
    allowOutsideRoot: config.allowOutsideRoot
  }
}

/**
 * Where a source's files may be read from: a local path is held to the run's scope; a reference
 * (`git:`, `hf://`, `https://`) was fetched by classdiff into its own store, where only the regular-file and
 * size checks apply (docs/sources.md).
 */
function sourceScope(source: ModelSource, scope: InputScope): InputScope {
  return source.reference !== undefined ? ANY_PLACE : scope
}

/** Every local model is a regular file inside the scope before anything reads, hashes or loads it. */
function checkModelFiles(sources: readonly ModelSource[], scope: InputScope): void {
  for (const source of sources) {
    if (source.kind === 'onnx' && source.reference === undefined) {
      checkInputFile(source.path, `model ${sourceLabel(source)}`, scope)
    }
  }
}

async function loadSet(
  config: Config,
  log: Logger,
  presetIds: readonly string[] | undefined
): Promise<EvalSet> {
  const anyModel = [...config.baselines, config.candidate].some((source) => source.kind === 'onnx')
  const modelClasses = await classesOfModels(config, log)
  const evalSet = await log.group('Loading the evaluation set', () =>
    loadEvalSet({
      data: config.data,
      preset: config.preset,
      classes: config.classes,
      modelClasses,
      multiLabels: config.multiLabels,
      hierarchy: config.hierarchy,
      ids: presetIds,
      requireFiles: anyModel,
      allowOutsideRoot: config.allowOutsideRoot,
      workspace: config.workspace,
      parquetColumns: { image: config.imageColumn, label: config.labelColumn }
    })
  )
  log.info(
    `${evalSet.images.length} images, ${evalSet.classNames.length} classes${evalSet.hasMultiLabels ? ', with multi-labels' : ''}`
  )
  return evalSet
}

/**
 * Without --classes or a preset, the class names a model's config states (transformers' id2label), the
 * candidate's first: they fix each class's index to the model's output (docs/sources.md).
 */
async function classesOfModels(config: Config, log: Logger): Promise<ClassList | null> {
  if (config.classes !== null || config.preset !== null) return null
  for (const source of [config.candidate, ...config.baselines]) {
    if (source.kind !== 'onnx') continue
    const classes = await readModelClasses(source.path, sourceScope(source, inputScope(config)))
    if (classes !== null) {
      log.info(`${classes.names.length} class names from the ${classes.source}`)
      return classes
    }
  }
  return null
}

/**
 * Runs the ONNX sources on `images` (all models in one pass, so each image is decoded once per distinct
 * preprocessing), answering baselines from the cache when one is configured. Returns predictions by source index.
 */
async function runModels(
  config: Config,
  sources: readonly ModelSource[],
  images: readonly EvalImage[],
  classCount: number,
  log: Logger,
  remoteCache: RemoteCache | null,
  scope: InputScope
): Promise<Map<number, Prediction[]>> {
  const results = new Map<number, Prediction[]>()
  const pending: { sourceIndex: number; job: ModelJob; cacheKey: string | null }[] = []
  const fingerprint =
    config.cacheDir !== null && sources.some((source) => source.kind === 'onnx')
      ? await datasetFingerprint(images)
      : ''
  for (const [sourceIndex, source] of sources.entries()) {
    if (source.kind !== 'onnx') continue
    const job: ModelJob = {
      label: sourceLabel(source),
      path: source.path,
      preprocess: await resolvePreprocess(
        source.path,
        source.preprocess,
        sourceScope(source, scope)
      )
    }
    // Only baselines are cached: the candidate changes with every push.
    const isBaseline = sourceIndex < sources.length - 1
    let cacheKey: string | null = null
    if (config.cacheDir !== null && isBaseline) {
      cacheKey = await predictionCacheKey({
        modelPath: source.path,
        modelLabel: job.label,
        timeoutSeconds: config.timeout,
        // Known before download for LFS / Hub / pinned models: a hit fetches nothing (docs/sources.md).
        modelSha256: source.contentSha256,
        preprocess: job.preprocess,
        topK: TOP_K,
        datasetFingerprint: fingerprint
      })
      if (remoteCache !== null) {
        await remoteCache.restore(cacheEntryPath(config.cacheDir, cacheKey), cacheKey)
      }
      const cached = await readCachedPredictions(config.cacheDir, cacheKey, classCount)
      if (cached !== null) {
        log.info(`${job.label}: predictions from the cache (key ${cacheKey.slice(0, 12)})`)
        results.set(sourceIndex, cached)
        continue
      }
    }
    pending.push({ sourceIndex, job, cacheKey })
  }
  if (pending.length === 0) return results
  for (const entry of pending) {
    const source = sources[entry.sourceIndex] as ModelSource
    if (source.kind === 'onnx' && source.fetch !== undefined) await source.fetch()
  }
  const evaluated = await log.group(
    `Running ${pending.length} model(s) on ${images.length} images`,
    () =>
      evaluateModels(
        images,
        pending.map((entry) => entry.job),
        {
          batchSize: config.batchSize,
          threads: config.threads,
          executionProvider: config.executionProvider,
          topK: TOP_K,
          classCount,
          timeout: config.timeout,
          memoryBudget: config.memoryBudget,
          output: config.output,
          onProgress: log.progress?.bind(log)
        }
      )
  )
  for (const [i, entry] of pending.entries()) {
    const predictions = evaluated[i] as Prediction[]
    results.set(entry.sourceIndex, predictions)
    if (entry.cacheKey !== null && config.cacheDir !== null) {
      const file = await writeCachedPredictions(config.cacheDir, entry.cacheKey, predictions)
      if (remoteCache !== null) await remoteCache.save(file, entry.cacheKey)
    }
  }
  return results
}

/** What a front can add to a run beyond the config. */
export interface RunOptions {
  /** A store shared between runs behind `--cache-dir` (the GitHub Actions cache in the action). */
  readonly remoteCache?: RemoteCache | null
  /** Where `git:` references find their repository: the working directory, or the action's workspace. */
  readonly baseDir?: string
  /** Where downloads are cached without --cache-dir (the action: the runner's temp folder). */
  readonly downloadCache?: string
}

/** The source stage: `git:` / `hf://` / `https://` references → local files (src/source/). */
function fetchSources(config: Config, log: Logger, options: RunOptions): Promise<Config> {
  return resolveSources(config, log, {
    baseDir: options.baseDir ?? process.cwd(),
    cacheRoot:
      config.cacheDir !== null
        ? path.join(config.cacheDir, 'sources')
        : (options.downloadCache ?? defaultCacheRoot())
  })
}

/** Runs the linear pipeline: config → sources → dataset → predictions → comparison → report files. */
export async function runCompare(
  given: Config,
  log: Logger,
  options: RunOptions = {}
): Promise<RunResult> {
  if (given.shard !== null)
    throw new InputError('--shard evaluates a slice: use runShard / classdiff compare --shard')
  const config = await fetchSources(given, log, options)
  const sources = [...config.baselines, config.candidate]
  const sourceRoles = roles(config)
  const scope = inputScope(config)
  checkModelFiles(sources, scope)

  // Predictions files first: with a preset and no images, their ids define the evaluation set.
  const predictionFiles = sources.some((source) => source.kind === 'predictions')
    ? await log.group('Reading predictions files', () => readPredictionFiles(sources, scope))
    : new Map<number, PredictionFile>()
  const predictions = new Map<number, Prediction[]>()
  for (const [i, file] of predictionFiles) predictions.set(i, file.predictions)
  const presetIds =
    config.preset !== null && config.data === null
      ? (predictions.get(sources.length - 1) ?? []).map((prediction) => prediction.id)
      : undefined
  const evalSet = await loadSet(config, log, presetIds)
  const classCount = evalSet.classNames.length
  const evaluated = await runModels(
    config,
    sources,
    evalSet.images,
    classCount,
    log,
    options.remoteCache ?? null,
    scope
  )
  for (const [i, list] of evaluated) {
    predictions.set(i, list)
  }

  const top1 = sources.map((source, i) =>
    alignTop1(
      predictions.get(i) as Prediction[],
      evalSet,
      sourceLabel(source),
      // Lines of a user's file; merged shards are read from a scratch file whose lines mean nothing to them.
      source.kind === 'predictions' && source.label === undefined
        ? predictionFiles.get(i)?.lineOf
        : undefined
    )
  )
  const input: AnalysisInput = {
    classNames: evalSet.classNames,
    labels: Int32Array.from(evalSet.images, (image) => image.label),
    multiLabels: evalSet.images.map((image) => image.multiLabels),
    baseline: top1[0] as Int32Array,
    candidate: top1[top1.length - 1] as Int32Array,
    baselineReplicates: top1.slice(1, -1),
    hierarchy: evalSet.hierarchy
  }
  const comparison = compare(input, config.policy)
  const report = buildReport(
    comparison,
    {
      baseline: reportName(sourceLabel(sources[0] as ModelSource)),
      candidate: reportName(sourceLabel(config.candidate)),
      data: reportName(dataLabel(config))
    },
    VERSION
  )
  const reportText = serializeReport(report)
  // The same checks publish mode applies to a fork's artifact: what classdiff writes, it can publish.
  parseUntrustedReport(reportText, 'report.json')

  const file = (name: string): string => path.join(config.outDir, name)
  const files = {
    reportJson: file('report.json'),
    reportMarkdown: file('report.md'),
    commentPreview: file('comment.md'),
    reportHtml: file('report.html'),
    augmentationPlan: file('augmentation-plan.json'),
    predictions: sourceRoles.map((role) => file(`predictions-${role}.jsonl`))
  }
  const html = renderHtmlReport(report, await htmlEvidence(input, report, evalSet))
  await intoOutDir(config.outDir, async () => {
    await writeOutput(files.reportJson, reportText)
    await writeOutput(files.reportMarkdown, renderMarkdownReport(report))
    await writeOutput(
      files.commentPreview,
      renderComment(report, {}, { marker: '<!-- classdiff:preview -->', limit: COMMENT_LIMIT })
    )
    await writeOutput(files.reportHtml, html)
    await writeOutput(
      files.augmentationPlan,
      JSON.stringify(buildAugmentationPlan(comparison), null, 2) + '\n'
    )
    // Aligned to the evaluation set's order, so the files are the same however they were computed.
    for (const [i, target] of files.predictions.entries()) {
      await clearOutput(target)
      await writePredictions(target, alignPredictions(predictions.get(i) as Prediction[], evalSet))
    }
  })
  return { report, comparison, files }
}

/**
 * The images report.html shows and their thumbnails: only the lost images of hurt and suspected classes and
 * a few of their absorbers' are read again (docs/html-report.md).
 */
async function htmlEvidence(
  input: AnalysisInput,
  report: ReportJson,
  evalSet: EvalSet
): Promise<HtmlEvidence> {
  const plans = planEvidence(input, report)
  const shown = imagesInPlan(plans)
  const made = await makeThumbnails(shown.map((i) => evalSet.images[i] as EvalImage))
  const thumbnails = new Map(made.map((thumbnail, k) => [shown[k] as number, thumbnail]))
  // Predictions files on a set whose images are not on this machine: say so once, not image by image.
  const withFiles = made.some((thumbnail) => thumbnail !== 'no image file')
  return evidenceWithinPage(
    report,
    plans,
    {
      ids: evalSet.images.map((image) => image.id),
      baseline: input.baseline,
      candidate: input.candidate
    },
    thumbnails,
    withFiles ? 'images' : 'predictions-only'
  )
}

function alignPredictions(predictions: readonly Prediction[], evalSet: EvalSet): Prediction[] {
  const byId = new Map(predictions.map((prediction) => [prediction.id, prediction]))
  return evalSet.images.map((image) => byId.get(image.id) as Prediction)
}

/** A name as report.json may hold it: paths longer than the report's limit keep their end. */
function reportName(name: string): string {
  const max = REPORT_LIMITS.maxNameLength
  return name.length > max ? `…${name.slice(name.length - max + 1)}` : name
}

function dataLabel(config: Config): string {
  if (config.dataReference !== undefined) return config.dataReference
  return config.data !== null ? reportedPath(config.data) : `preset:${config.preset}`
}

export interface ShardResult {
  readonly shard: { readonly index: number; readonly count: number }
  readonly images: number
  readonly manifest: string
  readonly predictions: readonly string[]
}

/**
 * Evaluates one deterministic slice of the set (image i belongs to shard i mod N) and writes its predictions
 * with a `shard.json` that `classdiff report` uses to merge the shards into one report.
 */
export async function runShard(
  given: Config,
  log: Logger,
  options: RunOptions = {}
): Promise<ShardResult> {
  const shard = given.shard
  if (shard === null) throw new InputError('runShard needs --shard I/N')
  const config = await fetchSources(given, log, options)
  const sources = [...config.baselines, config.candidate]
  const predictionSource = sources.find((source) => source.kind === 'predictions')
  if (predictionSource) {
    throw new InputError(
      `--shard evaluates models; ${sourceLabel(predictionSource)} is a predictions file`
    )
  }
  const scope = inputScope(config)
  checkModelFiles(sources, scope)
  const evalSet = await loadSet(config, log, undefined)
  const images = evalSet.images.filter((_, i) => i % shard.count === shard.index - 1)
  const predictions = await runModels(
    config,
    sources,
    images,
    evalSet.classNames.length,
    log,
    options.remoteCache ?? null,
    scope
  )
  // Class names a model stated (id2label) travel with the shard, so the merge names and orders classes alike.
  const modelClasses = await classesOfModels(config, silentLogger)
  const sourceRoles = roles(config)
  const files = sourceRoles.map((role) => path.join(config.outDir, `predictions-${role}.jsonl`))
  const manifest = path.join(config.outDir, SHARD_MANIFEST)
  await intoOutDir(config.outDir, async () => {
    let shardClasses = config.classes
    if (modelClasses !== null) {
      shardClasses = path.join(config.outDir, 'model-classes.txt')
      await writeOutput(shardClasses, modelClasses.names.join('\n') + '\n')
    }
    for (const [i, target] of files.entries()) {
      await clearOutput(target)
      await writePredictions(target, predictions.get(i) as Prediction[])
    }
    await writeOutput(
      manifest,
      serializeShardManifest({
        schemaVersion: 1,
        shard,
        images: images.length,
        totalImages: evalSet.images.length,
        data: {
          data: config.data === null ? null : reportedPath(config.data),
          preset: config.preset,
          classes: shardClasses === null ? null : reportedPath(shardClasses),
          multiLabels: config.multiLabels === null ? null : reportedPath(config.multiLabels),
          hierarchy: config.hierarchy === null ? null : reportedPath(config.hierarchy),
          allowOutsideRoot: config.allowOutsideRoot,
          imageColumn: config.imageColumn,
          labelColumn: config.labelColumn
        },
        sources: sources.map((source, i) => ({
          role: sourceRoles[i] as string,
          label: sourceLabel(source),
          predictions: path.basename(files[i] as string)
        }))
      })
    )
  })
  return { shard, images: images.length, manifest, predictions: files }
}

/**
 * `classdiff report`: merges shard outputs into the report the unsharded run would have written (the same
 * bytes): predictions are concatenated per model, then the usual pipeline runs on them.
 */
export async function runReport(options: ReportOptions, log: Logger): Promise<RunResult> {
  const scope: InputScope = {
    roots: [options.workspace],
    allowOutsideRoot: options.allowOutsideRoot
  }
  const { manifest, predictionFiles } = await readShards(options.shards, scope)
  // Merged in memory: the shards' lines are concatenated per model, in shard order.
  const sources: ModelSource[] = []
  for (const [i, files] of predictionFiles.entries()) {
    const merged: Prediction[] = []
    for (const file of files) {
      // A loop, not push(...list): spreading 50,000 predictions would overflow the call stack.
      for (const prediction of await readPredictions(file, undefined, scope))
        merged.push(prediction)
    }
    sources.push({
      kind: 'predictions',
      path: files[0] ?? '',
      label: manifest.sources[i]?.label,
      merged
    })
  }
  const resolve = (file: string | null): string | null =>
    file === null ? null : path.resolve(file)
  const config: Config = {
    baselines: sources.slice(0, -1),
    candidate: sources[sources.length - 1] as ModelSource,
    data: resolve(manifest.data.data),
    preset: manifest.data.preset,
    classes: resolve(manifest.data.classes),
    multiLabels: resolve(manifest.data.multiLabels),
    hierarchy: resolve(manifest.data.hierarchy),
    policy: options.policy,
    outDir: options.outDir,
    batchSize: 1,
    threads: 0,
    executionProvider: 'cpu',
    timeout: 0,
    memoryBudget: 0,
    output: null,
    cacheDir: null,
    shard: null,
    // The merge step's own flag: a shard manifest cannot widen where the merge may read.
    allowOutsideRoot: options.allowOutsideRoot,
    workspace: options.workspace,
    // Manifests written before parquet sets name no columns: the defaults.
    imageColumn: manifest.data.imageColumn ?? 'image',
    labelColumn: manifest.data.labelColumn ?? 'label'
  }
  return await runCompare(config, log)
}
