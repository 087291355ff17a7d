/**
 * `node --import tsx bench/html-report-cost.ts <report-dir> [repeats]`: what report.html adds to a run, on a
 * report directory written by `classdiff compare` on the glyph demo (examples/glyphs): choosing the images,
 * re-reading and shrinking them, and rendering the page, timed on their own (median of the repeats) so the
 * figure does not drown in the machine's noise. docs/html-report.md has the results.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { AnalysisInput } from '../src/analysis/types.js'
import { loadEvalSet } from '../src/data/load.js'
import { readPredictions } from '../src/model/predictions-file.js'
import type { EvalImage } from '../src/data/types.js'
import { makeThumbnails } from '../src/model/thumbnails.js'
import { evidenceWithinPage, imagesInPlan, planEvidence } from '../src/report/evidence.js'
import { renderHtmlReport } from '../src/report/html.js'
import type { ReportJson } from '../src/report/types.js'

const data = 'examples/glyphs/data'
const [reportDir = 'classdiff-report/demo-1', repeatsText = '5'] = process.argv.slice(2)
const evalSet = await loadEvalSet({
  data: `${data}/manifest.csv`,
  preset: null,
  classes: `${data}/classes.txt`,
  multiLabels: `${data}/multi-labels.jsonl`,
  hierarchy: `${data}/hierarchy.txt`,
  requireFiles: true,
  allowOutsideRoot: false,
  workspace: process.cwd()
})
const report = JSON.parse(await readFile(path.join(reportDir, 'report.json'), 'utf8')) as ReportJson
const top1 = async (role: string): Promise<Int32Array> =>
  Int32Array.from(
    await readPredictions(path.join(reportDir, `predictions-${role}.jsonl`)),
    (p) => p.top[0] as number
  )
const input: AnalysisInput = {
  classNames: evalSet.classNames,
  labels: Int32Array.from(evalSet.images, (image) => image.label),
  multiLabels: evalSet.images.map((image) => image.multiLabels),
  baseline: await top1('baseline'),
  candidate: await top1('candidate'),
  baselineReplicates: [],
  hierarchy: evalSet.hierarchy
}

const times: number[] = []
let images = 0
let bytes = 0
for (let r = 0; r < Number(repeatsText); r++) {
  const started = performance.now()
  const plans = planEvidence(input, report)
  const shown = imagesInPlan(plans)
  const made = await makeThumbnails(shown.map((i) => evalSet.images[i] as EvalImage))
  const evidence = evidenceWithinPage(
    report,
    plans,
    {
      ids: evalSet.images.map((image) => image.id),
      baseline: input.baseline,
      candidate: input.candidate
    },
    new Map(made.map((t, k) => [shown[k] as number, t])),
    'images'
  )
  const page = renderHtmlReport(report, evidence)
  times.push(performance.now() - started)
  images = shown.length
  bytes = Buffer.byteLength(page)
}
times.sort((a, b) => a - b)
console.log(
  `${reportDir}: ${images} images re-read of ${evalSet.images.length}; page ${(bytes / 1024).toFixed(0)} KB; ` +
    `evidence + thumbnails + page: median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms (min ${times[0]?.toFixed(0)}, max ${times.at(-1)?.toFixed(0)}) over ${times.length} runs`
)
