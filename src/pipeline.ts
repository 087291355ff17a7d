import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { compare } from './analysis/compare.js'
import { buildAugmentationPlan } from './analysis/plan.js'
import type { AnalysisInput, Comparison } from './analysis/types.js'
import type { Config, ModelSource } from './config/types.js'
import { loadEvalSet } from './data/load.js'
import type { EvalSet } from './data/types.js'
import { InputError } from './errors.js'
import type { Logger } from './log.js'
import { evaluateModels, type ModelJob } from './model/evaluate.js'
import { resolvePreprocess } from './model/preprocess-config.js'
import { readPredictions, writePredictions } from './model/predictions-file.js'
import type { Prediction } from './model/types.js'
import { renderComment } from './report/comment.js'
import { buildReport, serializeReport } from './report/json.js'
import { renderMarkdownReport } from './report/markdown.js'
import type { ReportJson } from './report/types.js'
import { VERSION } from './version.js'

export interface RunResult {
  readonly report: ReportJson
  readonly comparison: Comparison
  readonly files: {
    readonly reportJson: string
    readonly reportMarkdown: string
    readonly commentPreview: string
    readonly augmentationPlan: string
    readonly predictions: readonly string[]
  }
}

/** How many classes each predictions line keeps (top-1 decides; the rest helps users debug). */
const TOP_K = 5
/** The PR comment limit; the preview written beside the report obeys it too. */
const COMMENT_LIMIT = 65_536

/** Names a source for messages and the report: the path as the user would recognise it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

function sourceLabel(source: ModelSource): string {
  return displayPath(source.path)
}

/** Role names for files and messages: baseline, baseline-2 … (seed replicates), candidate. */
function roles(config: Config): string[] {
  return [...config.baselines.map((_, i) => (i === 0 ? 'baseline' : `baseline-${i + 1}`)), 'candidate']
}

/** Aligns predictions to the evaluation set by id; unknown and missing ids are input errors. */
function alignTop1(
  predictions: readonly Prediction[],
  evalSet: EvalSet,
  source: string
): Int32Array {
  const byId = new Map<string, Prediction>()
  for (const prediction of predictions) byId.set(prediction.id, prediction)
  const top1 = new Int32Array(evalSet.images.length)
  const classCount = evalSet.classNames.length
  evalSet.images.forEach((image, i) => {
    const prediction = byId.get(image.id)
    if (!prediction) throw new InputError(`${source}: no prediction for image "${image.id}"`)
    const best = prediction.top[0]
    if (best === undefined || best < 0 || best >= classCount) {
      throw new InputError(
        `${source}: prediction for "${image.id}" names class ${best}, outside the ${classCount} classes of ${displayPath(evalSet.source)}`
      )
    }
    top1[i] = best
  })
  if (byId.size > evalSet.images.length) {
    const ids = new Set(evalSet.images.map((image) => image.id))
    const unknown = predictions.find((prediction) => !ids.has(prediction.id))
    if (unknown) throw new InputError(`${source}: prediction for unknown image "${unknown.id}"`)
  }
  return top1
}

/** Runs the linear pipeline: config → dataset → predictions → comparison → report files. */
export async function runCompare(config: Config, log: Logger): Promise<RunResult> {
  const sources = [...config.baselines, config.candidate]
  const sourceRoles = roles(config)

  // Predictions files first: with a preset and no images, their ids define the evaluation set.
  const filePredictions = new Map<number, Prediction[]>()
  await log.group('Reading predictions files', async () => {
    for (const [i, source] of sources.entries()) {
      if (source.kind === 'predictions') filePredictions.set(i, await readPredictions(source.path))
    }
  })
  const anyModel = sources.some((source) => source.kind === 'onnx')
  const presetIds =
    config.preset !== null && config.data === null
      ? (filePredictions.get(sources.length - 1) ?? []).map((prediction) => prediction.id)
      : undefined

  const evalSet = await log.group('Loading the evaluation set', () =>
    loadEvalSet({
      data: config.data,
      preset: config.preset,
      classes: config.classes,
      multiLabels: config.multiLabels,
      hierarchy: config.hierarchy,
      ids: presetIds,
      requireFiles: anyModel,
      allowOutsideRoot: config.allowOutsideRoot
    })
  )
  log.info(
    `${evalSet.images.length} images, ${evalSet.classNames.length} classes${evalSet.hasMultiLabels ? ', with multi-labels' : ''}`
  )

  const predictions: Prediction[][] = new Array(sources.length)
  for (const [i, list] of filePredictions) predictions[i] = list
  const modelIndices = sources.flatMap((source, i) => (source.kind === 'onnx' ? [i] : []))
  if (modelIndices.length > 0) {
    const jobs: ModelJob[] = []
    for (const i of modelIndices) {
      const source = sources[i] as Extract<ModelSource, { kind: 'onnx' }>
      jobs.push({
        label: sourceLabel(source),
        path: source.path,
        preprocess: await resolvePreprocess(source.path, source.preprocess)
      })
    }
    const evaluated = await log.group(`Running ${jobs.length} model(s)`, () =>
      evaluateModels(evalSet.images, jobs, {
        batchSize: config.batchSize,
        threads: config.threads,
        executionProvider: config.executionProvider,
        topK: TOP_K,
        classCount: evalSet.classNames.length,
        onProgress: log.progress?.bind(log)
      })
    )
    modelIndices.forEach((sourceIndex, jobIndex) => {
      predictions[sourceIndex] = evaluated[jobIndex] as Prediction[]
    })
  }

  const top1 = sources.map((source, i) =>
    alignTop1(predictions[i] as Prediction[], evalSet, sourceLabel(source))
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
      baseline: sourceLabel(sources[0] as ModelSource),
      candidate: sourceLabel(config.candidate),
      data: config.data !== null ? displayPath(config.data) : `preset:${config.preset}`
    },
    VERSION
  )

  await mkdir(config.outDir, { recursive: true })
  const file = (name: string): string => path.join(config.outDir, name)
  const files = {
    reportJson: file('report.json'),
    reportMarkdown: file('report.md'),
    commentPreview: file('comment.md'),
    augmentationPlan: file('augmentation-plan.json'),
    predictions: sourceRoles.map((role) => file(`predictions-${role}.jsonl`))
  }
  await writeFile(files.reportJson, serializeReport(report))
  await writeFile(files.reportMarkdown, renderMarkdownReport(report))
  await writeFile(
    files.commentPreview,
    renderComment(report, {}, { marker: '<!-- classdiff:preview -->', limit: COMMENT_LIMIT })
  )
  await writeFile(
    files.augmentationPlan,
    JSON.stringify(buildAugmentationPlan(comparison), null, 2) + '\n'
  )
  // Aligned to the evaluation set's order, so the files are the same however they were computed.
  for (const [i, target] of files.predictions.entries()) {
    const byId = new Map((predictions[i] as Prediction[]).map((p) => [p.id, p]))
    await writePredictions(
      target,
      evalSet.images.map((image) => byId.get(image.id) as Prediction)
    )
  }
  return { report, comparison, files }
}
