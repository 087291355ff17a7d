import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReportJson } from '../src/report/types.js'
import { chromiumAvailable, openInChromium } from './helpers/chromium.js'
import { demoOutcome, demoTable } from './helpers/demo-table.js'
import { frontScript } from './helpers/fronts.js'
import { REPO_ROOT, runCli, type CliRun } from './helpers/run-cli.js'
import { tempDir } from './model/helpers/images.js'
import { randomInt, seededRandom } from './helpers/random.js'

const GLYPH_DATA = path.join(REPO_ROOT, 'examples', 'glyphs', 'data')

/**
 * A copy of the glyph test split with `perClass` images of every class, drawn at random (seeded), with its
 * manifest, classes, multi-labels and hierarchy: ImageNet's 50 images a class instead of 400.
 */
async function subsampledGlyphs(dir: string, perClass: number, seed: number): Promise<string> {
  const manifest = (await readFile(path.join(GLYPH_DATA, 'manifest.csv'), 'utf8'))
    .trim()
    .split('\n')
  const [header, ...rows] = manifest
  const byClass = new Map<string, string[]>()
  for (const row of rows) {
    const label = row.slice(row.lastIndexOf(',') + 1)
    byClass.set(label, [...(byClass.get(label) ?? []), row])
  }
  const random = seededRandom(seed)
  const kept: string[] = []
  for (const classRows of byClass.values()) {
    const pool = [...classRows]
    for (let k = 0; k < perClass; k++) kept.push(...pool.splice(randomInt(random, pool.length), 1))
  }
  const files = new Set(kept.map((row) => row.slice(0, row.lastIndexOf(','))))
  await mkdir(path.join(dir, 'images'), { recursive: true })
  for (const file of files) await copyFile(path.join(GLYPH_DATA, file), path.join(dir, file))
  await writeFile(path.join(dir, 'manifest.csv'), `${[header, ...kept].join('\n')}\n`)
  const multiLabels = (await readFile(path.join(GLYPH_DATA, 'multi-labels.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .filter((line) => files.has((JSON.parse(line) as { file: string }).file))
  await writeFile(path.join(dir, 'multi-labels.jsonl'), `${multiLabels.join('\n')}\n`)
  for (const name of ['classes.txt', 'hierarchy.txt'])
    await copyFile(path.join(GLYPH_DATA, name), path.join(dir, name))
  return dir
}

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
    run = await runCli(['--out-dir', dir, '--cli', frontScript('cli')], {
      cli: path.join(REPO_ROOT, 'scripts', 'demo.mjs')
    })
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

  // The issue asked for the same hurt classes on 50 images a class. That cannot be: the full demo's drops are
  // 6.5 (O) and 5.8 (n) points, 3 images of 50, and among 27 classes an exact test needs 10 lost with none
  // gained (2⁻¹⁰ · 27 ≤ 0.05); 27 classes are also too few for the pair-shift test's empirical null (50).
  // What must hold instead: nothing is called hurt by noise, the drops keep their direction, and the report
  // says how much a class would have to lose.
  it('on 50 images a class, calls nothing hurt and says why the drops cannot be seen', async () => {
    const data = await subsampledGlyphs(path.join(dir, 'sub50'), 50, 13)
    const out = path.join(dir, 'sub50-report')
    const models = path.join(REPO_ROOT, 'examples', 'glyphs', 'models')
    const sub = await runCli([
      'compare',
      '--baseline',
      path.join(models, 'baseline.onnx'),
      '--candidate',
      path.join(models, 'candidate.onnx'),
      '--data',
      path.join(data, 'manifest.csv'),
      '--classes',
      path.join(data, 'classes.txt'),
      '--multi-labels',
      path.join(data, 'multi-labels.jsonl'),
      '--hierarchy',
      path.join(data, 'hierarchy.txt'),
      '--out-dir',
      out,
      // The subsample lives in a temp folder, the checkpoints in the repository.
      '--allow-outside-root'
    ])
    expect(sub.code, sub.stderr).toBe(0)
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as ReportJson
    expect(report.summary.images).toBe(27 * 50)
    const hurt = (r: ReportJson) => r.classes.filter((c) => c.status === 'hurt').map((c) => c.name)
    expect(hurt(first)).toEqual(['O', 'n'])
    expect(hurt(report)).toEqual([])
    for (const name of ['O', 'n']) {
      const result = report.classes.find((c) => c.name === name)
      expect(result?.delta, name).toBeLessThan(0)
      expect(result?.lost, name).toBeLessThan(10)
    }
    expect(report.power).toMatchObject({
      medianClassImages: 50,
      classesTested: 27,
      minimumLostForSignificance: 10,
      minimumLostToOnePartner: null
    })
    const markdown = await readFile(path.join(out, 'report.md'), 'utf8')
    expect(markdown).toContain(
      'a class hurt on its own needs at least 10 (20 points of a median class)'
    )
  }, 120_000)

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
