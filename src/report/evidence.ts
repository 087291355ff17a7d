/**
 * Which images report.html shows (docs/html-report.md): for each hurt and suspected class, the images it
 * lost (the baseline right, the candidate wrong, on the gating metric), grouped by the class that took them,
 * and a few images of each absorbing class for comparison. Pure: indices in, indices out; the pixels are
 * made in src/model/thumbnails.ts, only for the images picked here.
 */
import { indexByClass, metricScoring, rightFlags } from '../analysis/scoring.js'
import type { AnalysisInput, ClassResult } from '../analysis/types.js'
import type { Thumbnail, ThumbnailGap } from '../model/thumbnails.js'
import { renderHtmlReport, type EvidenceImage, type HtmlEvidence } from './html.js'
import { hurtThenSuspectedClasses } from './order.js'
import type { ReportJson } from './types.js'

export interface EvidenceLimits {
  /** Lost images shown per class (the rest are counted). */
  readonly lostPerClass: number
  /** Absorbing classes shown per class, and images of each. */
  readonly absorbers: number
  readonly imagesPerAbsorber: number
}

/** Around 40 thumbnails per class at most: a screenful, and ~100 KB of the page. */
export const DEFAULT_EVIDENCE_LIMITS: EvidenceLimits = {
  lostPerClass: 24,
  absorbers: 3,
  imagesPerAbsorber: 4
}

export interface ClassEvidencePlan {
  readonly index: number
  /** Every image the class lost on the gating metric. */
  readonly lostTotal: number
  /** Image indices shown, most common absorbing class first, then in set order. */
  readonly lost: readonly number[]
  readonly absorbers: readonly { readonly index: number; readonly images: readonly number[] }[]
}

/** Hurt classes first, then suspected, each largest drop first (the order of report.md). */
export function classesWithEvidence(report: ReportJson): ClassResult[] {
  return hurtThenSuspectedClasses(report)
}

/** The images to show for each hurt and suspected class of `report`, which `input` produced. */
export function planEvidence(
  input: AnalysisInput,
  report: ReportJson,
  limits: EvidenceLimits = DEFAULT_EVIDENCE_LIMITS
): ClassEvidencePlan[] {
  const classCount = input.classNames.length
  const scoring = metricScoring(input, report.metric)
  const baselineRight = rightFlags(input, scoring, input.baseline)
  const candidateRight = rightFlags(input, scoring, input.candidate)
  const byClass = indexByClass(input.labels, classCount)
  const imagesOf = (c: number): Int32Array =>
    byClass.order.subarray(byClass.start[c], byClass.start[c + 1])

  return classesWithEvidence(report).map((result) => {
    const c = result.index
    const lost: number[] = []
    for (const i of imagesOf(c)) {
      if (scoring.scored[i] === 1 && baselineRight[i] === 1 && candidateRight[i] === 0) lost.push(i)
    }
    // The analysis's own ranking of absorbing classes; images the candidate now puts elsewhere come last.
    const rankOf = new Map(result.absorbedBy.map((a, rank) => [a.index, rank]))
    const rank = (i: number): number => rankOf.get(input.candidate[i]) ?? rankOf.size
    const shown = [...lost].sort((a, b) => rank(a) - rank(b) || a - b).slice(0, limits.lostPerClass)

    const absorbers = result.absorbedBy.slice(0, limits.absorbers).map((absorber) => {
      const own = imagesOf(absorber.index)
      // What the candidate takes the absorbing class to look like: its images the candidate gets right.
      const typical: number[] = []
      for (const i of own) {
        if (typical.length === limits.imagesPerAbsorber) break
        if (input.candidate[i] === absorber.index) typical.push(i)
      }
      for (const i of own) {
        if (typical.length === limits.imagesPerAbsorber) break
        if (!typical.includes(i)) typical.push(i)
      }
      return { index: absorber.index, images: typical }
    })
    return { index: c, lostTotal: lost.length, lost: shown, absorbers }
  })
}

/** Every image a plan shows, once, in ascending order: the only images that need a thumbnail. */
export function imagesInPlan(plans: readonly ClassEvidencePlan[]): number[] {
  const all = new Set<number>()
  for (const plan of plans) {
    for (const i of plan.lost) all.add(i)
    for (const absorber of plan.absorbers) for (const i of absorber.images) all.add(i)
  }
  return [...all].sort((a, b) => a - b)
}

/** The largest report.html written, in bytes: under the 25 MB a browser opens without a fuss (docs/html-report.md). */
export const PAGE_SIZE_LIMIT = 24 * 1024 * 1024
/** What an `<img>` with its data: URL prefix costs beyond its base64, over the gap it replaces (generous). */
const IMAGE_TAG_BYTES = 120

/** What the page needs to caption an image: its id and both models' top-1 class. */
export interface ImageFacts {
  readonly ids: readonly string[]
  readonly baseline: Int32Array
  readonly candidate: Int32Array
}

/**
 * The evidence with as many thumbnails as fit a page of `limit` bytes: the page without any thumbnail is
 * measured first (it grows with the number of hurt classes), the thumbnails get what is left.
 */
export function evidenceWithinPage(
  report: ReportJson,
  plans: readonly ClassEvidencePlan[],
  facts: ImageFacts,
  thumbnails: ReadonlyMap<number, Thumbnail | ThumbnailGap>,
  source: HtmlEvidence['source'],
  limit: number = PAGE_SIZE_LIMIT
): HtmlEvidence {
  const bare = renderHtmlReport(report, assembleEvidence(plans, facts, new Map(), source))
  return assembleEvidence(plans, facts, thumbnails, source, limit - Buffer.byteLength(bare, 'utf8'))
}

/**
 * The plan with each image's caption and thumbnail (`thumbnails` by image index, absent for an image with
 * no file). Thumbnails past `budget` bytes become a gap, in page order, so the cut is the same every run.
 */
export function assembleEvidence(
  plans: readonly ClassEvidencePlan[],
  facts: ImageFacts,
  thumbnails: ReadonlyMap<number, Thumbnail | ThumbnailGap>,
  source: HtmlEvidence['source'],
  budget: number = Number.POSITIVE_INFINITY
): HtmlEvidence {
  let spent = 0
  const image = (i: number): EvidenceImage => {
    let thumbnail = thumbnails.get(i) ?? 'no image file'
    if (typeof thumbnail !== 'string') {
      const cost = thumbnail.base64.length + IMAGE_TAG_BYTES
      if (spent + cost > budget) thumbnail = 'page size budget'
      else spent += cost
    }
    return {
      id: facts.ids[i] as string,
      baseline: facts.baseline[i] as number,
      candidate: facts.candidate[i] as number,
      thumbnail
    }
  }
  return {
    source,
    classes: plans.map((plan) => ({
      index: plan.index,
      lostTotal: plan.lostTotal,
      lost: plan.lost.map(image),
      absorbers: plan.absorbers.map((a) => ({ index: a.index, images: a.images.map(image) }))
    }))
  }
}
