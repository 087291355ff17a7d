/**
 * report.html: a real comparison, real thumbnails of real image files (sharp), the page rendered and
 * opened from disk in headless Chromium. What a reader sees: the lost images with both predictions, the
 * absorbing class's images, a filterable overview; what must never happen: a request leaving the file, a
 * console error, a hostile class name turning into markup.
 */
import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compare } from '../../src/analysis/compare.js'
import type { AnalysisInput } from '../../src/analysis/types.js'
import { makeThumbnails } from '../../src/model/thumbnails.js'
import {
  assembleEvidence,
  evidenceWithinPage,
  imagesInPlan,
  planEvidence,
  type ClassEvidencePlan
} from '../../src/report/evidence.js'
import {
  CONTENT_SECURITY_POLICY,
  escapeHtml,
  renderHtmlReport,
  type HtmlEvidence
} from '../../src/report/html.js'
import type { Thumbnail, ThumbnailGap } from '../../src/model/thumbnails.js'
import { buildReport } from '../../src/report/json.js'
import type { ReportJson } from '../../src/report/types.js'
import { chromiumAvailable, openInChromium, type OpenedPage } from '../helpers/chromium.js'
import { tempDir, writeSolidImage } from '../model/helpers/images.js'
import { POLICY } from './fixtures.js'

const HOSTILE = '<img src=x onerror="window.__pwned=1">'
const CLASSES = ['cat', HOSTILE, 'dog "quoted" & \'single\'', 'fox']
const PER_CLASS = 40
/** The hostile class loses 30 images to cat: hurt. The dog class loses 3 to fox: beyond the margin, not significant. */
const LOST_TO = new Map([
  [1, { to: 0, count: 30 }],
  [2, { to: 3, count: 3 }]
])

interface Fixture {
  readonly input: AnalysisInput
  readonly report: ReportJson
  readonly files: string[]
  readonly ids: string[]
}

async function fixture(dir: string): Promise<Fixture> {
  const n = CLASSES.length * PER_CLASS
  const labels = new Int32Array(n)
  const baseline = new Int32Array(n)
  const candidate = new Int32Array(n)
  const files: string[] = []
  const ids: string[] = []
  for (let c = 0; c < CLASSES.length; c++) {
    for (let k = 0; k < PER_CLASS; k++) {
      const i = c * PER_CLASS + k
      labels[i] = c
      baseline[i] = c
      const loss = LOST_TO.get(c)
      candidate[i] = loss !== undefined && k < loss.count ? loss.to : c
      // An id that is itself hostile markup, on one image.
      const id = i === PER_CLASS ? `${c}/<script>alert(1)</script>.png` : `${c}/${k}.png`
      ids.push(id)
      const file = path.join(dir, `${i}.png`)
      await writeSolidImage(file, [(c * 70) % 256, (k * 6) % 256, 200], 64, 48)
      files.push(file)
    }
  }
  const input: AnalysisInput = {
    classNames: CLASSES,
    labels,
    multiLabels: Array.from({ length: n }, () => null),
    baseline,
    candidate,
    baselineReplicates: [],
    hierarchy: null
  }
  const report = buildReport(
    compare(input, { ...POLICY, metric: 'original' }),
    { baseline: 'models/<b>base.onnx', candidate: 'models/cand"idate.onnx', data: 'data/<i>set' },
    '0.1.0'
  )
  return { input, report, files, ids }
}

async function evidenceFor(f: Fixture, plans: readonly ClassEvidencePlan[]): Promise<HtmlEvidence> {
  const shown = imagesInPlan(plans)
  const made = await makeThumbnails(
    shown.map((i) => ({ id: f.files[i] as string, file: f.files[i] as string }))
  )
  const thumbnails = new Map<number, Thumbnail | ThumbnailGap>(
    made.map((t, k) => [shown[k] as number, t])
  )
  return assembleEvidence(
    plans,
    { ids: f.ids, baseline: f.input.baseline, candidate: f.input.candidate },
    thumbnails,
    'images'
  )
}

const imgTags = (html: string): string[] => html.match(/<img\b[^>]*>/g) ?? []

describe('report.html', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let f: Fixture
  let plans: ClassEvidencePlan[]
  let html: string

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-html-'))
    f = await fixture(dir)
    plans = planEvidence(f.input, f.report)
    html = renderHtmlReport(f.report, await evidenceFor(f, plans))
  })
  afterAll(async () => cleanup())

  it('shows the hurt class first, its lost images grouped by the class that took them, and that class’s images', () => {
    expect(f.report.classes.map((c) => c.status)).toEqual([
      'unchanged',
      'hurt',
      'suspected',
      'unchanged'
    ])
    expect(plans.map((p) => [p.index, p.lostTotal, p.lost.length])).toEqual([
      [1, 30, 24],
      [2, 3, 3]
    ])
    expect(plans[0]?.absorbers).toEqual([{ index: 0, images: [0, 1, 2, 3] }])
    // 24 + 4 for the hurt class, 3 + 4 for the suspected one.
    expect(imgTags(html)).toHaveLength(35)
    expect(html).toContain('Lost images: 30 (the first 24 shown)')
  })

  it('escapes every string from the inputs: class names, image ids, model and data paths', () => {
    expect(html).not.toContain(HOSTILE)
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<b>base')
    expect(html).not.toContain('<i>set')
    expect(html).toContain(escapeHtml(HOSTILE))
    expect(html).toContain('dog &quot;quoted&quot; &amp; &#39;single&#39;')
    // Every image on the page is one of ours, inline.
    for (const tag of imgTags(html))
      expect(tag).toMatch(/^<img src="data:image\/jpeg;base64,[A-Za-z0-9+/=]+" /)
    // One script and one style element, both ours.
    expect(html.match(/<script\b/g)).toHaveLength(1)
    expect(html.match(/<style\b/g)).toHaveLength(1)
    expect(escapeHtml('a\u202Eb\u0000c\nd')).toBe('a\uFFFDb\uFFFDc\uFFFDd')
  })

  it('allows nothing from outside the page: its own style and script by hash, data: images', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] as string
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] as string
    const hash = (text: string): string => createHash('sha256').update(text).digest('base64')
    expect(CONTENT_SECURITY_POLICY).toBe(
      `default-src 'none'; img-src data:; style-src 'sha256-${hash(style)}'; script-src 'sha256-${hash(script)}'; base-uri 'none'; form-action 'none'`
    )
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`
    )
    expect(html).not.toMatch(/\b(?:src|href)="(?!data:|#)/)
  })

  it('is the same bytes for the same inputs', async () => {
    const again = renderHtmlReport(f.report, await evidenceFor(f, planEvidence(f.input, f.report)))
    expect(again).toBe(html)
  })

  it('lists images by id, not as broken pictures, when the run had no image files', () => {
    const evidence = assembleEvidence(
      plans,
      { ids: f.ids, baseline: f.input.baseline, candidate: f.input.candidate },
      new Map(),
      'predictions-only'
    )
    const page = renderHtmlReport(f.report, evidence)
    expect(imgTags(page)).toEqual([])
    expect(page).toContain('without the image files, so there are no thumbnails')
    expect(page.match(/<div class="gap">no image file<\/div>/g)).toHaveLength(35)
  })

  it('keeps the page under its size limit, dropping thumbnails in page order, and says so', async () => {
    const full = await evidenceFor(f, plans)
    const shown = imagesInPlan(plans)
    const made = await makeThumbnails(
      shown.map((i) => ({ id: f.files[i] as string, file: f.files[i] as string }))
    )
    const thumbnails = new Map(made.map((t, k) => [shown[k] as number, t]))
    const facts = { ids: f.ids, baseline: f.input.baseline, candidate: f.input.candidate }
    const bare = renderHtmlReport(f.report, assembleEvidence(plans, facts, new Map(), 'images'))
    const first = full.classes[0]?.lost[0]?.thumbnail as Thumbnail
    const limit = Buffer.byteLength(bare) + 10 * (first.base64.length + 120)
    const page = renderHtmlReport(
      f.report,
      evidenceWithinPage(f.report, plans, facts, thumbnails, 'images', limit)
    )
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(limit)
    expect(imgTags(page).length).toBeGreaterThanOrEqual(8)
    expect(imgTags(page).length).toBeLessThanOrEqual(10)
    // The first images of the first class keep theirs: the cut is at the end of the page.
    expect(page.indexOf('<img')).toBeLessThan(page.indexOf('page size budget'))
    expect(page).toMatch(/\d+ images are listed by id only, to keep this page small enough to open/)
  })

  describe.skipIf(!chromiumAvailable())('in headless Chromium', () => {
    let opened: OpenedPage
    beforeAll(async () => {
      const file = path.join(dir, 'report.html')
      await writeFile(file, html)
      opened = await openInChromium(file)
    }, 60_000)
    afterAll(async () => opened?.close())

    it('loads without a console error or a request outside the file', () => {
      expect(opened.errors).toEqual([])
      expect(opened.requests.filter((url) => !/^(?:file|data):/.test(url))).toEqual([])
    })

    it('shows every thumbnail decoded, and the hostile name as text', async () => {
      const { page } = opened
      const decoded = await page.$$eval('figure img', (images) =>
        images.map((image) => {
          // Runs in the page (no DOM types in this project's lib).
          const picture = image as unknown as { complete: boolean; naturalWidth: number }
          return picture.complete && picture.naturalWidth > 0
        })
      )
      expect(decoded).toHaveLength(35)
      expect(decoded.every(Boolean)).toBe(true)
      expect(
        await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)
      ).toBeUndefined()
      expect(await page.locator('#class-1 h3').innerText()).toContain(HOSTILE)
      expect(await page.locator('img:not([src^="data:"])').count()).toBe(0)
      expect(await page.locator('#class-1 figcaption').first().innerText()).toContain(
        `${HOSTILE} → cat`
      )
      await page.screenshot({ path: path.join(dir, 'report.png'), fullPage: true })
    })

    it('filters the overview by name and by status', async () => {
      const { page } = opened
      const visibleRows = (): Promise<number> =>
        page.locator('#overview-table tbody tr:visible').count()
      expect(await visibleRows()).toBe(4)
      await page.fill('#filter', 'DOG')
      expect(await visibleRows()).toBe(1)
      expect(await page.locator('#shown-count').innerText()).toBe('1')
      await page.fill('#filter', '')
      await page.uncheck('input[data-status-filter][value="unchanged"]')
      expect(await visibleRows()).toBe(2)
    })
  })
})
