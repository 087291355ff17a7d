import { describe, expect, it } from 'vitest'
import { COMMENT_LIMIT, sizeOf } from '../../src/report/budget.js'
import { renderComment } from '../../src/report/comment.js'
import { buildReport } from '../../src/report/json.js'
import { renderJobSummary, renderMarkdownReport } from '../../src/report/markdown.js'
import { MAX_CHART_BARS, dropChart, mermaidLabel } from '../../src/report/mermaid.js'
import { INPUTS, manyHurtReport, sampleComparison, sampleReport } from './fixtures.js'

const SAMPLE_CHART = [
  '```mermaid',
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
    expect(chart.split('\n')).toHaveLength(8)
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
