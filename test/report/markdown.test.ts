import { describe, expect, it } from 'vitest'
import { JOB_SUMMARY_LIMIT, sizeOf } from '../../src/report/budget.js'
import { buildReport } from '../../src/report/json.js'
import { renderJobSummary, renderMarkdownReport } from '../../src/report/markdown.js'
import { INPUTS, classResult, manyHurtReport, sampleComparison, sampleReport } from './fixtures.js'
import { githubTriggers, renderGfm, visibleText } from './gfm.js'

const HOSTILE = 'cat | dog @octocat <img src=x> [x](http://evil.example) #1 --> **APPROVED**'

/** The lines of the table that follows a heading. */
function tableAfter(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(heading)
  expect(start).toBeGreaterThanOrEqual(0)
  const lines = markdown.slice(start).split('\n')
  const first = lines.findIndex((l) => l.startsWith('|'))
  const rest = lines.slice(first)
  return rest.slice(
    0,
    rest.findIndex((l) => !l.startsWith('|'))
  )
}

describe('renderMarkdownReport', () => {
  const markdown = renderMarkdownReport(sampleReport())

  it('opens with the verdict, the reasons and the headline', () => {
    expect(markdown.split('\n').slice(0, 8)).toEqual([
      '# ❌ classdiff: fail — 1 class hurt',
      '',
      '- class laptop &#40;1&#41; dropped 22.0 points &#40;q = 0.0085&#41;',
      '',
      '**Average accuracy**, baseline → candidate: original labels 76.0% → 74.0% · multi-label 80.0% → 79.0%\\',
      '**Overall change** in multi-label accuracy: −1.0 pt [−3.0, +1.2], p = 0.72 (paired McNemar, two-sided; calibrated for seed noise)\\',
      '**Classes**: 1 hurt · 1 suspected · 1 helped, of 6 classes and 300 images',
      ''
    ])
  })

  it('shows each hurt class with Δ and interval, lost/gained, q, kind, partner and evidence', () => {
    expect(tableAfter(markdown, '## Hurt classes (1)')).toEqual([
      '| Class | Baseline → candidate | Δ (95% CI) | Lost / gained | q | Kind | Absorbed by | Evidence |',
      '| :- | :-: | -: | -: | -: | :- | :- | :- |',
      '| laptop (1) | 80.0% → 58.0% | −22.0 pt [−34.0, −10.0] | 12 / 1 | 0.0085 | fine-grained | ' +
        'notebook (2) ×9, false positives +11 | ρ 0.04 · distance 2 |'
    ])
  })

  it('lists drops explained by multi-labels with both accuracies', () => {
    expect(tableAfter(markdown, '## Drops explained by multi-labels (1)')[2]).toBe(
      '| sunglass (4) | 80.0% → 60.0% (−20.0 pt) | 90.0% → 90.0% (0.0 pt) | sunglasses (5) ×10 | ρ 0.90 · distance 1 |'
    )
  })

  it('lists suspected classes, naming the evidence that was missing', () => {
    expect(tableAfter(markdown, '## Suspected classes (1)')[2]).toBe(
      '| desktop computer (3) | 80.0% → 72.0% | −8.0 pt [−18.0, +2.0] | 4 / 0 | 0.16 | undetermined | ' +
        'laptop (1) ×4, false positives +1 | ρ 0.12 · distance — · no hierarchy |'
    )
  })

  it('lists helped classes with the gain test q', () => {
    expect(tableAfter(markdown, '## Helped classes (1)')[2]).toBe(
      '| notebook (2) | 80.0% → 96.0% | +16.0 pt [+6.0, +26.0] | 1 / 9 | 0.030 |'
    )
  })

  it('says what the set can detect, from its own supports', () => {
    expect(markdown).toContain(
      '6 classes were tested on multi-label accuracy, with a median of 50 images each (fewest 50, most 50), ' +
        'so one image moves a median class by 2 points.'
    )
    expect(markdown).toContain(
      'cannot reach p ≤ 0.05 with fewer than 5 lost images and no gains (10 points'
    )
    // The analysis' own figure for a lone class after the correction, which includes the calibration.
    expect(markdown).toContain(
      'and the seed-noise calibration, a class hurt on its own needs at least 8 (16 points of a median class)'
    )
  })

  it('never falls back to uncalibrated figures while claiming calibration, nor prints shares above 100%', () => {
    // Calibrated, and no class large enough to be hurt on its own: the analysis says null.
    const none = renderMarkdownReport(
      buildReport(
        sampleComparison({
          power: { medianClassImages: 50, classesTested: 6, minimumLostForSignificance: null }
        }),
        INPUTS,
        '1'
      )
    )
    expect(none).toContain(
      'after the Benjamini–Hochberg correction over 6 classes and the seed-noise calibration, no class here ' +
        'has enough images to be called hurt on its own.'
    )
    // A figure above the median class size is said in words, not as a share above 100 points.
    const large = renderMarkdownReport(
      buildReport(
        sampleComparison({
          power: {
            medianClassImages: 50,
            classesTested: 6,
            minimumLostForSignificance: 70,
            minimumLostToOnePartner: 9
          }
        }),
        INPUTS,
        '1'
      )
    )
    expect(large).toContain(
      'a class hurt on its own needs at least 70 (more than a median class holds)'
    )
    expect(large).toContain(
      'the pair-shift test calls 9 lost to one class (18 points of a median class) significant on its own here'
    )
    expect(large).not.toMatch(/\b(1\d\d|[2-9]\d\d) points/)
  })

  it('computes the power figures when the analysis did not supply them', () => {
    const classes = [0, 1, 2, 3].map((i) =>
      classResult({ index: i, name: `c${i}`, support: [20, 25, 30, 200][i], pValue: 0.5 })
    )
    const report = buildReport(
      sampleComparison({
        classes,
        power: undefined,
        calibration: null,
        policy: { ...sampleComparison().policy, alpha: 0.01 }
      }),
      INPUTS,
      '1'
    )
    const text = renderMarkdownReport(report)
    // Median of 20, 25, 30, 200 is 27.5: one image is 3.6 points; ½^7 ≤ 0.01; ½^9 ≤ 0.01 / 4.
    expect(text).toContain(
      'with a median of 27.5 images each (fewest 20, most 200), so one image moves a median class by 3.6 points'
    )
    expect(text).toContain(
      'cannot reach p ≤ 0.01 with fewer than 7 lost images and no gains (25.5 points'
    )
    expect(text).toContain(
      'over 4 classes, a class hurt on its own needs at least 9 (32.7 points of a median class)'
    )
    expect(text).toContain('**Seed noise.** Not calibrated')
  })

  it('reports the seed-noise calibration and the policy used', () => {
    expect(markdown).toContain(
      '**Seed noise.** Calibrated on 2 extra baseline checkpoints (binomial over-dispersion): over-dispersion factor 1.8'
    )
    // What the statuses test, in so many words: any drop, by either test, and how often they are wrong.
    expect(markdown).toContain(
      '- A class is **hurt** when its observed drop is at least 5 points and a drop of any size is ' +
        'significant at q ≤ 0.05 by either of two tests'
    )
    expect(markdown).toContain('not whether it dropped by more than the margin')
    expect(markdown).toContain('so together at most 10%')
    expect(markdown).toContain('**Suspected**: the same drop with q ≤ 0.25 on either test')
    expect(markdown).toContain(
      '- The average fails the gate when it drops by more than 1 point and'
    )
    expect(markdown).toContain('## How to read this')
    expect(markdown).toContain(
      'Baseline: models/baseline.onnx · candidate: models/candidate.onnx · data: data/val.csv'
    )
  })

  it('sorts hurt classes by Δ, then by index', () => {
    const hurt = (index: number, lost: number) =>
      classResult({
        index,
        name: `class ${index}`,
        lost,
        status: 'hurt',
        pValue: 0.001,
        qValue: 0.01
      })
    const report = buildReport(
      sampleComparison({ classes: [hurt(5, 10), hurt(7, 15), hurt(2, 10), hurt(9, 12)] }),
      INPUTS,
      '1'
    )
    const rows = tableAfter(renderMarkdownReport(report), '## Hurt classes').slice(2)
    expect(rows.map((r) => /^\| class (\d+)/.exec(r)?.[1])).toEqual(['7', '9', '2', '5'])
  })

  it('is the same text for the same report, whatever order the classes came in', () => {
    const comparison = sampleComparison()
    const reversed = { ...comparison, classes: [...comparison.classes].reverse() }
    expect(renderMarkdownReport(buildReport(reversed, INPUTS, '0.1.0'))).toBe(markdown)
  })

  it('renders every table row with as many cells as its header, and a hostile name as inert text', () => {
    const comparison = sampleComparison()
    const classes = comparison.classes.map((c) => (c.index === 1 ? { ...c, name: HOSTILE } : c))
    const hostile = renderMarkdownReport(buildReport({ ...comparison, classes }, INPUTS, '1'))
    // The chart is a code block (its labels are cleaned, see mermaid.test.ts); everything else is checked here.
    const html = renderGfm(hostile.replace(/```mermaid\n[^`]*```/g, ''))

    expect(html).not.toMatch(/<(a|img|code)\b/)
    for (const table of html.split('<table>').slice(1)) {
      const headers = (table.match(/<th[ >]/g) ?? []).length
      for (const row of table.split('<tr>').slice(2))
        expect((row.match(/<td[ >]/g) ?? []).length).toBe(headers)
    }
    expect(githubTriggers(visibleText(html))).toEqual([])
    expect(visibleText(html).replaceAll('\u200B', '')).toContain(`${HOSTILE} (1)`)
  })
})

describe('renderJobSummary', () => {
  it('is the full report when it fits', () => {
    const report = sampleReport()
    expect(renderJobSummary(report)).toBe(renderMarkdownReport(report))
  })

  it('shortens the tables to fit 1 MiB and says where the rest is', () => {
    // 2,000 hurt classes with long names full of table pipes: about 2 MB in full.
    const report = manyHurtReport(2000, (i) => `${'cat | dog '.repeat(30)}${i}`)
    expect(sizeOf(renderMarkdownReport(report))).toBeGreaterThan(JOB_SUMMARY_LIMIT)

    const summary = renderJobSummary(report)
    expect(sizeOf(summary)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT)
    expect(summary).toContain('## Hurt classes (2,000)')
    expect(summary).toMatch(
      /…and [\d,]+ more classes: the full list is in report\.md and report\.json in the report artifact/
    )
    expect(summary).toContain('## How to read this')
  })

  it('never exceeds even an absurdly small limit', () => {
    const summary = renderJobSummary(
      manyHurtReport(50, (i) => `class ${i}`),
      300
    )
    expect(sizeOf(summary)).toBeLessThanOrEqual(300)
    expect(summary).toContain('cut to fit')
  })
})
