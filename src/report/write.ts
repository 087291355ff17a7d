/**
 * The run's files in `--out-dir` (docs/design.md#the-pipeline, step 7): report.json (checked first as publish
 * mode checks a fork's), report.md, comment.md (the PR comment as it would be posted), report.html with the
 * images it shows, augmentation-plan.json and each side's predictions. Written through out-dir.ts: never
 * through a link, and a failed run leaves no half-written folder.
 */
import path from 'node:path'
import { buildAugmentationPlan } from '../analysis/plan.js'
import type { AnalysisInput, Comparison } from '../analysis/types.js'
import type { EvalImage, EvalSet } from '../data/types.js'
import { predictionsFileName, writePredictions } from '../model/predictions-file.js'
import { makeThumbnails } from '../model/thumbnails.js'
import type { Prediction } from '../model/types.js'
import { VERSION } from '../version.js'
import { COMMENT_LIMIT } from './budget.js'
import { renderComment } from './comment.js'
import { evidenceWithinPage, imagesInPlan, planEvidence } from './evidence.js'
import { renderHtmlReport, type HtmlEvidence } from './html.js'
import { buildReport, parseUntrustedReport, serializeReport } from './json.js'
import { renderMarkdownReport } from './markdown.js'
import { clearOutput, intoOutDir, writeOutput } from './out-dir.js'
import type { ReportJson } from './types.js'
import { REPORT_LIMITS } from './validate.js'

export interface ReportFiles {
  readonly reportJson: string
  readonly reportMarkdown: string
  readonly commentPreview: string
  /** The self-contained page with the lost images (docs/html-report.md). */
  readonly reportHtml: string
  readonly augmentationPlan: string
  readonly predictions: readonly string[]
}

/** A comparison reported: what the fronts summarise and publish. */
export interface ReportResult {
  readonly report: ReportJson
  readonly comparison: Comparison
  readonly files: ReportFiles
}

/** A name as report.json may hold it: paths longer than the report's limit keep their end. */
function reportName(name: string): string {
  const max = REPORT_LIMITS.maxNameLength
  return name.length > max ? `…${name.slice(name.length - max + 1)}` : name
}

/** report.json's content for a comparison of the sides and data so named. */
export function reportOf(comparison: Comparison, names: ReportJson['inputs']): ReportJson {
  return buildReport(
    comparison,
    {
      baseline: reportName(names.baseline),
      candidate: reportName(names.candidate),
      data: reportName(names.data)
    },
    VERSION
  )
}

/** What the files are made from. */
export interface ReportContent {
  readonly report: ReportJson
  readonly comparison: Comparison
  readonly input: AnalysisInput
  readonly evalSet: EvalSet
  /** Each side's role (baseline, baseline-2 …, candidate) and its predictions in the set's order. */
  readonly predictions: readonly {
    readonly role: string
    readonly predictions: readonly Prediction[]
  }[]
}

/** Writes the report files into `outDir`; returns their paths. */
export async function writeReport(outDir: string, content: ReportContent): Promise<ReportFiles> {
  const { report, comparison } = content
  const reportText = serializeReport(report)
  // The same checks publish mode applies to a fork's artifact: what classdiff writes, it can publish.
  parseUntrustedReport(reportText, 'report.json')

  const file = (name: string): string => path.join(outDir, name)
  const files: ReportFiles = {
    reportJson: file('report.json'),
    reportMarkdown: file('report.md'),
    commentPreview: file('comment.md'),
    reportHtml: file('report.html'),
    augmentationPlan: file('augmentation-plan.json'),
    predictions: content.predictions.map(({ role }) => file(predictionsFileName(role)))
  }
  const html = renderHtmlReport(report, await htmlEvidence(content.input, report, content.evalSet))
  await intoOutDir(outDir, async () => {
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
    // In the evaluation set's order, so the files are the same however they were computed.
    for (const [i, target] of files.predictions.entries()) {
      await clearOutput(target)
      await writePredictions(target, content.predictions[i]?.predictions ?? [])
    }
  })
  return files
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
