import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReportJson } from '../src/report/types.js'
import { chromiumAvailable, openInChromium } from './helpers/chromium.js'
import { demoOutcome, demoTable } from './helpers/demo-table.js'
import { REPO_ROOT, runCli, type CliRun } from './helpers/run-cli.js'
import { tempDir } from './model/helpers/images.js'

/**
 * `npm run demo` on the committed glyph checkpoints (examples/glyphs): what the README promises, measured by
 * classdiff itself. Baseline → candidate: better on average, at least two classes hurt, each with a kind.
 * Candidate → class-conditional: at least half of the hurt classes' drop recovered, the average within a point.
 */
describe('npm run demo', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let run: CliRun
  let first: ReportJson
  let second: ReportJson

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-demo-'))
    run = await runCli(['--out-dir', dir], { cli: path.join(REPO_ROOT, 'scripts', 'demo.mjs') })
    const read = async (name: string): Promise<ReportJson> =>
      JSON.parse(await readFile(path.join(dir, name, 'report.json'), 'utf8')) as ReportJson
    first = await read('demo-1')
    second = await read('demo-2')
  }, 240_000)
  afterAll(async () => cleanup())

  it('runs both comparisons and exits 0, naming where the reports are', () => {
    expect(run.code).toBe(0)
    // stderr carries classdiff's progress lines, nothing else
    expect(run.stderr).not.toMatch(/error|demo:|\n\s+at /i)
    expect(run.stdout).toContain(path.join(dir, 'demo-1'))
    expect(run.stdout).toContain(path.join(dir, 'demo-2'))
  })

  it('shows a candidate better on average that fails the gate on at least two hurt classes, each with a kind', () => {
    expect(first.summary.delta).toBeGreaterThan(0)
    expect(first.verdict).toBe('fail')
    const hurt = first.classes.filter((c) => c.status === 'hurt')
    expect(hurt.length).toBeGreaterThanOrEqual(2)
    for (const c of hurt) {
      expect(c.kind, c.name).not.toBeNull()
      expect(c.absorbedBy.length, c.name).toBeGreaterThan(0)
    }
  })

  it('shows the class-conditional checkpoint recovering at least half the drop at the same average', () => {
    const outcome = demoOutcome(first, second)
    expect(outcome.recovered).toBeGreaterThanOrEqual(outcome.drop / 2)
    expect(Math.abs(outcome.averageChange)).toBeLessThanOrEqual(0.01)
    expect(second.verdict).toBe('pass')
  })

  it('matches the numbers in the README', async () => {
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8')
    expect(readme).toContain(demoTable(first, second))
  })

  it.skipIf(!chromiumAvailable())(
    'writes report.html for both comparisons; in Chromium the lost images of the hurt classes (O, n) show',
    async () => {
      const hurt = first.classes.filter((c) => c.status === 'hurt')
      expect(hurt.map((c) => c.name).sort()).toEqual(['O', 'n'])
      for (const name of ['demo-1', 'demo-2']) {
        const opened = await openInChromium(path.join(dir, name, 'report.html'))
        try {
          expect(opened.errors).toEqual([])
          expect(opened.requests.filter((url) => !/^(?:file|data):/.test(url))).toEqual([])
          if (name !== 'demo-1') continue
          for (const c of hurt) {
            const section = opened.page.locator(`#class-${c.index}`)
            const decoded = await section
              .locator('figure img')
              .evaluateAll((images) =>
                images.map((image) => (image as unknown as { naturalWidth: number }).naturalWidth)
              )
            // Up to 24 lost images, then a few of each absorbing class's.
            expect(decoded.length, c.name).toBeGreaterThanOrEqual(Math.min(c.lost, 24))
            expect(
              decoded.every((width) => width > 0),
              c.name
            ).toBe(true)
            const caption = await section.locator('figcaption').first().innerText()
            expect(caption.startsWith(`${c.name} → ${c.absorbedBy[0]?.name}`), caption).toBe(true)
          }
          await opened.page.screenshot({ path: path.join(dir, 'demo-1', 'report.png') })
        } finally {
          await opened.close()
        }
      }
    },
    60_000
  )
})
