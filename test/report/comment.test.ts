import { describe, expect, it } from 'vitest'
import { CHECK_RUN_SUMMARY_LIMIT, COMMENT_LIMIT, sizeOf } from '../../src/report/budget.js'
import { isValidMarker, renderComment, type CommentContext } from '../../src/report/comment.js'
import { buildReport } from '../../src/report/json.js'
import { renderMarkdownReport } from '../../src/report/markdown.js'
import { INPUTS, classResult, manyHurtReport, sampleComparison, sampleReport } from './fixtures.js'
import { githubTriggers, renderGfm, visibleText } from './gfm.js'

const MARKER = '<!-- classdiff:ci.yml/evaluate/abc123 -->'
const HOSTILE = 'cat | dog @octocat <img src=x> [x](http://evil.example) #1 --> **APPROVED**'
const CONTEXT: CommentContext = {
  runUrl: 'https://github.com/o/r/actions/runs/42',
  reportUrl: 'https://github.com/o/r/actions/runs/42/artifacts/7'
}
const options = { marker: MARKER, limit: COMMENT_LIMIT }

/** The comment without its Mermaid chart (tested in mermaid.test.ts). */
const outsideChart = (text: string): string => text.replace(/```mermaid\n[^`]*```/g, '')

function hurtClassesReport(count: number, name: (i: number) => string = (i) => `class ${i}`) {
  return manyHurtReport(count, name)
}

describe('renderComment', () => {
  const comment = renderComment(sampleReport(), CONTEXT, options)

  it('starts with the hidden marker, intact, then the verdict and headline', () => {
    const lines = comment.split('\n')
    expect(lines[0]).toBe(MARKER)
    expect(lines[1]).toBe('### ❌ classdiff: fail — 1 class hurt')
    expect(comment).toContain(
      '**Average accuracy**, baseline → candidate: original labels 76.0% → 74.0% · multi-label 80.0% → 79.0%'
    )
    expect(comment).toContain(
      '**Classes**: 1 hurt · 1 suspected · 1 helped, of 6 classes and 300 images'
    )
    // The marker is the only HTML comment: nothing after it opens or closes one (the chart's axis range
    // `0 --> 25` is inside a code fence, where it is text).
    expect(outsideChart(comment).split('-->')).toHaveLength(2)
    expect(comment.split('<!--')).toHaveLength(2)
  })

  it('shows the hurt classes with Δ, interval, q, what absorbed the loss, and the kind with evidence', () => {
    expect(comment).toContain(
      '| laptop (1) | 80.0% → 58.0% | −22.0 pt [−34.0, −10.0] | 0.0085 | notebook (2) ×9 | ' +
        'fine-grained (ρ 0.04 · distance 2) |'
    )
  })

  it('collapses suspected classes, drops explained by multi-labels, and how to read this', () => {
    const details = comment.match(/<details><summary>[^<]*<\/summary>/g)
    expect(details).toEqual([
      '<details><summary>Suspected classes (1): dropped beyond the margin, q ≤ 0.25 but not significant</summary>',
      '<details><summary>Drops explained by multi-labels (1)</summary>',
      '<details><summary>How to read this</summary>'
    ])
    expect(comment).toContain('| desktop computer (3) |')
    expect(comment).toContain(
      '| sunglass (4) | 80.0% → 60.0% (−20.0 pt) | 90.0% → 90.0% (0.0 pt) |'
    )
  })

  it('says in the comment itself what hurt tests, and how often it is wrong', () => {
    expect(comment).toContain(
      '- **Hurt**: the class fell by at least the margin and a drop is significant (q ≤ α) on either test. ' +
        'The tests ask whether it dropped at all, not by more than the margin.'
    )
    expect(comment).toContain('so together at most 2α')
    // The pair-shift q appears next to McNemar's when it is the one that decided.
    const shifted = renderComment(
      buildReport(
        sampleComparison({
          classes: sampleComparison().classes.map((c) =>
            c.index === 1 ? { ...c, shiftQValue: 0.0004 } : c
          )
        }),
        INPUTS,
        '1'
      ),
      CONTEXT,
      options
    )
    expect(shifted).toContain('| 0.0085 (to one class: 0.00040) |')
  })

  it('ends with links to the run and the full report', () => {
    expect(comment.trimEnd().split('\n').at(-1)).toBe(
      '<sub>[Workflow run](https://github.com/o/r/actions/runs/42) · ' +
        '[Full report](https://github.com/o/r/actions/runs/42/artifacts/7) · classdiff 0.1.0</sub>'
    )
  })

  it('leaves out links it was not given, and links that are not http(s)', () => {
    const bare = renderComment(sampleReport(), { runUrl: 'javascript:alert(1)' }, options)
    expect(bare).not.toContain('](')
    expect(bare.trimEnd().split('\n').at(-1)).toBe('<sub>classdiff 0.1.0</sub>')
  })

  it('uses the title for the heading, escaped', () => {
    const titled = renderComment(sampleReport(), { title: 'ViT @ 224 #2' }, options)
    expect(titled.split('\n')[1]).toBe(
      '### ❌ ViT &#64;&#8203; 224 &#35;&#8203;2: fail — 1 class hurt'
    )
  })

  it('says pass when nothing is hurt', () => {
    const passing = sampleReport({
      verdict: 'pass',
      reasons: [],
      classes: [classResult({ index: 0, name: 'tench' })]
    })
    const text = renderComment(passing, {}, options)
    expect(text.split('\n')[1]).toBe('### ✅ classdiff: pass — no class hurt')
    expect(text).not.toContain('#### Hurt classes')
  })

  it('shows the hostile class name from issue 3 as inert text', () => {
    const withName = (name: string): string => {
      const comparison = sampleComparison()
      const classes = comparison.classes.map((c) =>
        c.index === 1 || c.index === 2 ? { ...c, name } : c
      )
      return renderComment(buildReport({ ...comparison, classes }, INPUTS, '1'), {}, options)
    }
    const text = withName(HOSTILE)
    const tags = (markdown: string): string[] =>
      renderGfm(markdown).match(/<\/?[a-z][a-z0-9]*/g) ?? []

    expect(text).toContain(
      '| cat &#124; dog &#64;&#8203;octocat &lt;img src=x&gt; &#91;x&#93;&#40;http:&#8203;//evil.example&#41; ' +
        '&#35;&#8203;1 --&gt; &#42;&#42;APPROVED&#42;&#42; (1) |'
    )
    // Exactly the elements the comment has with a harmless name: no link, image, emphasis or extra cell.
    expect(tags(text)).toEqual(tags(withName('cat')))
    expect(outsideChart(text).split('-->')).toHaveLength(2)
    const visible = visibleText(renderGfm(text))
    expect(githubTriggers(visible)).toEqual([])
    expect(visible).not.toContain('@octocat')
  })

  it('keeps 1,000 hurt classes under 65,536 characters, stating the count and where the full list is', () => {
    const text = renderComment(hurtClassesReport(1000), CONTEXT, options)

    expect(sizeOf(text)).toBeLessThan(65_536)
    expect(text.startsWith(`${MARKER}\n`)).toBe(true)
    expect(text).toContain('### ❌ classdiff: fail — 1,000 classes hurt')
    expect(text).toContain('#### Hurt classes (1,000)')
    expect(text).toContain(
      '…and 950 more hurt classes: the full list is in the job summary of ' +
        '[this run](https://github.com/o/r/actions/runs/42) and ' +
        '[the full report](https://github.com/o/r/actions/runs/42/artifacts/7).'
    )
    expect(text).toContain('- …and 995 more reasons')
  })

  it('degrades in stages: fewer rows, then only the counts and a pointer', () => {
    // 1,000-character names that escape to about 12 KB each: the first stage (50 rows of 120-character
    // names) overflows, so the comment shows fewer rows and shorter names.
    const huge = hurtClassesReport(1000, (i) => `${'@'.repeat(995)} ${i}`)
    const text = renderComment(
      huge,
      { summaryUrl: 'https://github.com/o/r/actions/runs/42#summary' },
      options
    )

    expect(sizeOf(text)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(text).toContain('**Classes**: 1,000 hurt')
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Class') && !l.startsWith('| :'))
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.length).toBeLessThan(50)
    expect(text).toContain(
      'more hurt classes: the full list is in ' +
        '[the job summary](https://github.com/o/r/actions/runs/42#summary) and report.md in the report artifact.'
    )
    expect(githubTriggers(visibleText(renderGfm(text)))).toEqual([])

    // A tighter budget leaves no rows at all, only the counts and the pointer.
    const tight = renderComment(huge, {}, { marker: MARKER, limit: 4000 })
    expect(sizeOf(tight)).toBeLessThanOrEqual(4000)
    expect(tight).toContain(
      'The list of 1,000 hurt classes is too long for a comment: it is in the job summary of this run and ' +
        'report.md in the report artifact.'
    )
  })

  it('drops the collapsed tables before the hurt rows, keeping their counts', () => {
    const full = renderComment(sampleReport(), {}, options)
    const text = renderComment(sampleReport(), {}, { marker: MARKER, limit: sizeOf(full) - 1 })

    expect(sizeOf(text)).toBeLessThan(sizeOf(full))
    expect(text).toContain('| laptop (1) |')
    expect(text).not.toContain('<details>')
    expect(text).toContain(
      'The 1 suspected class and 1 drop explained by multi-labels are listed in the job summary of this run ' +
        'and report.md in the report artifact.'
    )
  })

  it('fits a check-run summary (65,535) with no marker', () => {
    const text = renderComment(hurtClassesReport(1000), CONTEXT, {
      marker: '',
      limit: CHECK_RUN_SUMMARY_LIMIT
    })
    expect(sizeOf(text)).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_LIMIT)
    expect(text.startsWith('### ❌ classdiff')).toBe(true)
  })

  it('never throws on size, and keeps the marker even when almost nothing fits', () => {
    for (const limit of [0, 10, 100, 1000]) {
      const text = renderComment(hurtClassesReport(30), CONTEXT, { marker: MARKER, limit })
      expect(text.startsWith(MARKER)).toBe(true)
      expect(sizeOf(text)).toBeLessThanOrEqual(Math.max(limit, sizeOf(MARKER) + 1))
    }
  })

  it('is the same text for the same inputs', () => {
    expect(renderComment(sampleReport(), CONTEXT, options)).toBe(comment)
  })

  it('refuses a marker that is not one well-formed HTML comment', () => {
    expect(() =>
      renderComment(sampleReport(), {}, { marker: '<!-- a -- b -->', limit: 1000 })
    ).toThrow(/not a one-line HTML comment/)
    expect(isValidMarker(MARKER)).toBe(true)
    expect(isValidMarker('')).toBe(true)
    for (const bad of [
      'classdiff',
      '<!-- x',
      '<!-- a\nb -->',
      '<!--> -->',
      '<!-- <b> -->',
      '<!-- a --->'
    ]) {
      expect(isValidMarker(bad)).toBe(false)
    }
  })
})

describe('the seed-noise caveat', () => {
  /** The sample's one hurt class (laptop) grown to `support` images, with the pair-shift test's q. */
  function report(support: number, shiftQValue: number | null, calibrated: boolean) {
    const sample = sampleComparison()
    return buildReport(
      sampleComparison({
        classes: sample.classes.map((c) =>
          c.status === 'hurt' ? { ...c, support, shiftQValue } : c
        ),
        ...(calibrated ? {} : { calibration: null })
      }),
      INPUTS,
      '0.1.0'
    )
  }
  const render = (r: ReturnType<typeof report>): string[] => [
    renderComment(r, {}, { marker: '', limit: COMMENT_LIMIT }),
    renderMarkdownReport(r)
  ]

  it('warns, in the comment and report.md, when uncalibrated McNemar alone called a class of 100 or more images hurt', () => {
    for (const text of render(report(200, 0.4, false))) {
      expect(text).toContain(
        '**Seed noise not calibrated.** The hurt class has 100 images or more and was called hurt by the per-class McNemar test alone'
      )
      expect(text).toContain('as a second `baseline`')
    }
    for (const text of render(report(100, null, false)))
      expect(text).toContain('Seed noise not calibrated')
  })

  it('stays silent when calibrated, when the pair-shift test agrees, or for classes under 100 images', () => {
    for (const quiet of [
      report(200, 0.4, true),
      report(200, 0.001, false),
      report(99, 0.4, false)
    ]) {
      for (const text of render(quiet)) expect(text).not.toContain('Seed noise not calibrated')
    }
  })
})
