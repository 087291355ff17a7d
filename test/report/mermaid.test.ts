import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMMENT_LIMIT, sizeOf } from '../../src/report/budget.js'
import { renderComment } from '../../src/report/comment.js'
import { buildReport } from '../../src/report/json.js'
import { renderJobSummary, renderMarkdownReport } from '../../src/report/markdown.js'
import { MAX_CHART_BARS, dropChart, mermaidLabel } from '../../src/report/mermaid.js'
import { chromiumAvailable, openInChromium } from '../helpers/chromium.js'
import { tempDir } from '../model/helpers/images.js'
import { INPUTS, manyHurtReport, sampleComparison, sampleReport } from './fixtures.js'

const require = createRequire(import.meta.url)

const SAMPLE_CHART = [
  '```mermaid',
  '---',
  'config:',
  '  xyChart:',
  '    height: 192',
  '---',
  'xychart-beta horizontal',
  '    title "Drop in multi-label accuracy, points"',
  '    x-axis ["laptop", "desktop computer"]',
  '    y-axis "Drop in points, line at the 5-point margin" 0 --> 25',
  '    bar [22, 8]',
  '    line [5, 5]',
  '```'
].join('\n')

/** The chart blocks of a markdown text. */
const charts = (text: string): string[] => text.match(/```mermaid\n[^`]*```/g) ?? []

/** The quoted category labels of a chart. */
const labelsOf = (chart: string): string[] =>
  [...(/x-axis \[(.*)\]/.exec(chart)?.[1] ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1] as string)

describe('dropChart', () => {
  it('draws the hurt then the suspected classes as drops in points, with the margin as a line', () => {
    expect(dropChart(sampleReport())).toBe(SAMPLE_CHART)
  })

  it('is in the PR comment and the job summary (and report.md), right before the hurt classes table', () => {
    const comment = renderComment(sampleReport(), {}, { marker: '', limit: COMMENT_LIMIT })
    for (const text of [
      comment,
      renderJobSummary(sampleReport()),
      renderMarkdownReport(sampleReport())
    ]) {
      expect(charts(text)).toEqual([SAMPLE_CHART])
      expect(text.indexOf(SAMPLE_CHART)).toBeLessThan(text.indexOf('Hurt classes'))
    }
  })

  it('is left out when no class dropped', () => {
    const comparison = sampleComparison()
    const quiet = buildReport(
      {
        ...comparison,
        verdict: 'pass',
        reasons: [],
        classes: comparison.classes.map((c) =>
          c.status === 'hurt' || c.status === 'suspected' ? { ...c, status: 'unchanged' } : c
        )
      },
      INPUTS,
      '1'
    )
    expect(dropChart(quiet)).toBe('')
    expect(renderComment(quiet, {}, { marker: '', limit: COMMENT_LIMIT })).not.toContain('mermaid')
  })

  it(`caps the bars at ${MAX_CHART_BARS}, largest drops first, and says so in the title`, () => {
    const report = manyHurtReport(1000, (i) => `class ${i}`)
    const chart = dropChart(report)
    expect(labelsOf(chart)).toHaveLength(MAX_CHART_BARS)
    expect(chart).toContain(`(largest ${MAX_CHART_BARS} of 1000)`)
    const bars = (/bar \[(.*)\]/.exec(chart)?.[1] ?? '').split(', ').map(Number)
    expect(bars).toEqual([...bars].sort((a, b) => b - a))
    // The comment keeps a chart within its budget even with 1,000 hurt classes.
    const comment = renderComment(report, {}, { marker: '', limit: COMMENT_LIMIT })
    expect(sizeOf(comment)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(charts(comment)).toHaveLength(1)
  })

  it('shrinks with the comment: fewer bars as rows go, none when only the counts fit', () => {
    const report = manyHurtReport(30, (i) => `${'x'.repeat(900)} ${i}`)
    const barsAt = (limit: number): number[] =>
      charts(renderComment(report, {}, { marker: '', limit })).map((c) => labelsOf(c).length)
    expect(barsAt(COMMENT_LIMIT)).toEqual([20])
    expect(barsAt(4000)).toEqual([5])
    expect(barsAt(1500)).toEqual([])
  })

  it('turns hostile names into plain labels: no quote, bracket, line break, fence, comment or entity survives', () => {
    const hostile = [
      'say "hi"], bar [1',
      'two\nlines\r\u2028here',
      '```\n<img src=x onerror=alert(1)>',
      '%% comment #quot; &amp; @octocat http://evil.example',
      'a\u202Eevil\u2066b',
      ''
    ]
    const comparison = sampleComparison()
    const names = new Map([
      [1, hostile[0]],
      [3, hostile[1]]
    ])
    const classes = comparison.classes.map((c) => ({
      ...c,
      name: names.get(c.index) ?? c.name
    }))
    const chart = dropChart(buildReport({ ...comparison, classes }, INPUTS, '1'))
    expect(chart.split('\n')).toHaveLength(13)
    expect(labelsOf(chart)).toEqual(['say hi bar 1', 'two lines here'])
    for (const name of hostile) {
      const label = mermaidLabel(name)
      expect(label).not.toMatch(/["[\]`\n\r<>#;%&@:\u2028\u202E\u2066]/)
    }
    expect(mermaidLabel(hostile[2] as string)).toBe('img src=x onerror=alert(1)')
    expect(mermaidLabel('x'.repeat(100))).toHaveLength(30)
  })

  it('keeps categories apart when cleaning makes two names equal, or a name empty', () => {
    const comparison = sampleComparison()
    const classes = comparison.classes.map((c) =>
      c.index === 1 ? { ...c, name: '"""' } : c.index === 3 ? { ...c, name: '[]' } : c
    )
    expect(labelsOf(dropChart(buildReport({ ...comparison, classes }, INPUTS, '1')))).toEqual([
      '(1)',
      '(3)'
    ])
  })
})

/**
 * The chart drawn by Mermaid itself (the npm package GitHub's renderer is built on), in headless Chromium:
 * the syntax parses, one bar per class, the labels are the cleaned names as text, nothing else appears.
 */
describe.skipIf(!chromiumAvailable())('dropChart drawn by Mermaid in Chromium', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-mermaid-'))
  })
  afterAll(async () => cleanup())

  async function draw(
    chart: string
  ): Promise<{ bars: number; labels: string[]; errors: string[] }> {
    const source = chart.replace(/^```mermaid\n/, '').replace(/\n```$/, '')
    expect(source).toMatch(
      /^---\nconfig:\n {2}xyChart:\n {4}height: \d+\n---\nxychart-beta horizontal\n/
    )
    const escaped = source.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const library = await readFile(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8')
    const file = path.join(dir, 'chart.html')
    await writeFile(
      file,
      `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><pre class="mermaid">${escaped}</pre>` +
        `<script>${library}</script><script>mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });` +
        `mermaid.run({ querySelector: '.mermaid' }).then(() => document.body.setAttribute('data-done', 'ok'),` +
        ` (e) => { console.error(String(e)); document.body.setAttribute('data-done', 'error') })</script></body></html>`
    )
    const opened = await openInChromium(file)
    try {
      await opened.page.waitForSelector('body[data-done]', { timeout: 30_000 })
      const bars = await opened.page.locator('.mermaid svg g.bar-plot-0 rect').count()
      const labels = await opened.page
        .locator('.mermaid svg text')
        .evaluateAll((texts) => texts.map((text) => text.textContent ?? ''))
      expect(await opened.page.locator('.mermaid img, .mermaid script').count()).toBe(0)
      return { bars, labels, errors: opened.errors }
    } finally {
      await opened.close()
    }
  }

  it('draws the sample report’s chart: two bars, labelled with the class names', async () => {
    const drawn = await draw(dropChart(sampleReport()))
    expect(drawn.errors).toEqual([])
    expect(drawn.bars).toBe(2)
    expect(drawn.labels).toEqual(expect.arrayContaining(['laptop', 'desktop computer']))
  }, 60_000)

  it('draws hostile names as their cleaned text, and 1,000 hurt classes as 20 bars', async () => {
    const comparison = sampleComparison()
    const classes = comparison.classes.map((c) =>
      c.index === 1
        ? { ...c, name: '```\n<img src=x onerror=alert(1)> "]; %% #quot;' }
        : c.index === 3
          ? { ...c, name: 'two\nlines' }
          : c
    )
    const chart = dropChart(buildReport({ ...comparison, classes }, INPUTS, '1'))
    const hostile = await draw(chart)
    expect(hostile.errors).toEqual([])
    expect(hostile.bars).toBe(2)
    // Every text Mermaid drew is a tick, a title, or one of our cleaned labels (it may skip a label that
    // would overlap its neighbour).
    const ours = labelsOf(chart)
    expect(ours).toEqual(['img src=x onerror=alert(1) qu…', 'two lines'])
    expect(hostile.labels).toContain(ours[0])
    for (const text of hostile.labels)
      expect(/^\d+$/.test(text) || /^Drop in/.test(text) || ours.includes(text), text).toBe(true)
    const many = await draw(dropChart(manyHurtReport(1000, (i) => `class ${i}`)))
    expect(many.errors).toEqual([])
    expect(many.bars).toBe(MAX_CHART_BARS)
  }, 60_000)
})
