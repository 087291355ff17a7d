/**
 * Golden files: comment.md, report.md and the CLI's stdout summary rendered from fixed reports and kept
 * under __golden__/, so a change of wording, order or number format shows as a readable diff in review.
 * After an intended change: `npx vitest run test/report/golden.test.ts -u`, then read the diff.
 */
import { describe, expect, it } from 'vitest'
import { safeLine } from '../../src/log.js'
import { COMMENT_LIMIT } from '../../src/report/budget.js'
import { renderComment } from '../../src/report/comment.js'
import { renderMarkdownReport } from '../../src/report/markdown.js'
import { summaryLines } from '../../src/report/summary.js'
import type { ReportJson } from '../../src/report/types.js'
import { goldenFailReport, goldenPassReport, goldenUncalibratedReport } from './fixtures.js'

const CASES: readonly { readonly name: string; readonly report: ReportJson }[] = [
  { name: 'fail', report: goldenFailReport() },
  { name: 'pass', report: goldenPassReport() },
  { name: 'uncalibrated', report: goldenUncalibratedReport() }
]

/** The file a golden lives in, beside this test. */
const golden = (file: string): string => `./__golden__/${file}`

describe.each(CASES)('the $name case', ({ name, report }) => {
  it('renders comment.md as the pipeline writes it', async () => {
    const comment = renderComment(
      report,
      {},
      { marker: '<!-- classdiff:preview -->', limit: COMMENT_LIMIT }
    )
    await expect(comment).toMatchFileSnapshot(golden(`${name}/comment.md`))
  })

  it('renders the PR comment with its links, as the action posts it', async () => {
    const comment = renderComment(
      report,
      {
        runUrl: 'https://github.com/acme/vision/actions/runs/42',
        reportUrl: 'https://github.com/acme/vision/actions/runs/42/artifacts/7',
        pageUrl: 'https://github.com/acme/vision/actions/runs/42/artifacts/8',
        title: 'classdiff (ImageNet)'
      },
      { marker: '<!-- classdiff:ci.yml/evaluate/abc123 -->', limit: COMMENT_LIMIT }
    )
    await expect(comment).toMatchFileSnapshot(golden(`${name}/comment-posted.md`))
  })

  it('renders report.md', async () => {
    await expect(renderMarkdownReport(report)).toMatchFileSnapshot(golden(`${name}/report.md`))
  })

  it('renders the CLI summary as printed on stdout', async () => {
    const stdout = `${summaryLines(report, 'classdiff-report/report.md')
      .map((line) => safeLine(line))
      .join('\n')}\n`
    await expect(stdout).toMatchFileSnapshot(golden(`${name}/summary.txt`))
  })
})
