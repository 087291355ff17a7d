/**
 * The dist smoke suite: the committed bundle, `dist/cli.js` and `dist/index.js`, started as processes the way
 * users and the Actions runner start them, under the local Node (the CLI's floor, .node-version) and Node 24
 * (action.yml's `using: node24`). Every other test starts the sources (test/helpers/fronts.ts); this suite
 * is what says the bundle built from them still runs: real ONNX models on real images, the pass and fail exit
 * codes, a bad input's one line, and the action against the loopback GitHub.
 * Run it alone with `npx vitest run test/smoke`; rebuild dist/ first (`npm run bundle`) after changing src/.
 */
import { cp, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { LOCAL_NODE, node24, runStep, workspace, type NodeRuntime } from '../github/e2e/harness.js'
import { writeOnnxSet } from '../github/e2e/onnx-set.js'
import { expectActionRefusal, expectCliRefusal } from '../hardening/helpers.js'
import { makeSamples, writeColourSet } from '../helpers/colour-set.js'
import { REPO_ROOT } from '../helpers/fronts.js'
import { GitHubServer } from '../helpers/github-server/server.js'
import { runCli } from '../helpers/run-cli.js'
import { tempDir } from '../model/helpers/images.js'

const PR = 42
const HEAD = 'a1'.repeat(20)

let dir: string
let cleanup: () => Promise<void>
/** dist/ and package.json copied alone, as an installed action or package holds them: no node_modules. */
let install: string
/** report.json of the same comparison by the sources, which the bundle must reproduce byte for byte. */
let sourcesReport: Buffer

const compareArgs = (outDir: string, candidate = 'candidate.onnx'): string[] => [
  'compare',
  '--baseline',
  path.join(dir, 'baseline.onnx'),
  '--candidate',
  path.join(dir, candidate),
  '--data',
  path.join(dir, 'data', 'manifest.csv'),
  '--classes',
  path.join(dir, 'data', 'classes.txt'),
  '--multi-labels',
  path.join(dir, 'data', 'multi-labels.jsonl'),
  '--out-dir',
  path.join(dir, outDir)
]

beforeAll(async () => {
  ;({ dir, cleanup } = await tempDir('classdiff-smoke-'))
  await writeColourSet(dir, makeSamples())
  install = path.join(dir, 'install')
  await cp(path.join(REPO_ROOT, 'dist'), path.join(install, 'dist'), { recursive: true })
  await cp(path.join(REPO_ROOT, 'package.json'), path.join(install, 'package.json'))
  const run = await runCli(compareArgs('out-sources'), { build: 'src' })
  expect(run.code, run.stderr).toBe(1)
  sourcesReport = await readFile(path.join(dir, 'out-sources', 'report.json'))
}, 120_000)
afterAll(() => cleanup())

const runtimes: { name: string; obtain: () => { runtime: NodeRuntime | null; reason: string } }[] =
  [
    { name: 'the local Node', obtain: () => ({ runtime: LOCAL_NODE, reason: '' }) },
    // Throws on linux-x64 when Node 24 cannot be had (the suite fails); null only on other platforms.
    { name: 'Node 24', obtain: node24 }
  ]

describe.each(runtimes)('dist/ under $name', ({ name, obtain }) => {
  let runtime: NodeRuntime | null = null
  let unavailable = ''

  beforeAll(() => {
    const found = obtain()
    runtime = found.runtime
    unavailable = found.reason
  }, 120_000)

  beforeEach((context) => {
    if (runtime === null) context.skip(`${name} skipped: ${unavailable}`)
  })

  const node = (): string => (runtime as NodeRuntime).executable
  const tag = (): string => (runtime as NodeRuntime).label.replace(/\W+/g, '-')

  describe('dist/cli.js', () => {
    it('prints package.json’s version', async () => {
      const run = await runCli(['--version'], { build: 'dist', node: node() })
      const { version } = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8'))
      expect(run).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' })
    })

    it('compares real ONNX models from a copy of dist/ and package.json alone: exit 1 for a hurt class, the sources’ report.json byte for byte', async () => {
      const outDir = `out-copy-${tag()}`
      const run = await runCli(compareArgs(outDir), {
        cli: path.join(install, 'dist', 'cli.js'),
        node: node()
      })
      expect(run.stderr).not.toMatch(/Cannot find|ERR_MODULE_NOT_FOUND/)
      expect(run.code, run.stderr).toBe(1)
      expect(run.stdout).toMatch(/^classdiff: FAIL/)
      const report = await readFile(path.join(dir, outDir, 'report.json'))
      expect(report.equals(sourcesReport), 'dist/ is older than src/: npm run bundle').toBe(true)
    })

    it('passes a checkpoint compared with itself: exit 0', async () => {
      const run = await runCli(compareArgs(`out-self-${tag()}`, 'baseline.onnx'), {
        build: 'dist',
        node: node()
      })
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout).toMatch(/^classdiff: PASS/)
    })

    it('refuses a bad input with exit 2 and one line naming the flag, no stack trace, nothing written', async () => {
      const outDir = path.join(dir, `out-bad-${tag()}`)
      const args = [...compareArgs(`out-bad-${tag()}`), '--max-class-drop', 'five']
      const run = await runCli(args, { build: 'dist', node: node() })
      expectCliRefusal({ ...run, outDir }, /--max-class-drop/)
    })
  })

  describe('dist/index.js, as the runner starts it', () => {
    let server: GitHubServer
    let work: string

    beforeEach(async () => {
      server = await GitHubServer.start()
      server.addToken('ghs_write')
      server.addPullRequest({ number: PR, headSha: HEAD, headRepo: 'contributor/vision' })
      work = workspace()
    })
    afterEach(async () => {
      // Every request the action made conformed to GitHub's OpenAPI description.
      server.assertConforming()
      await server.close()
    })

    const step = (inputs: Record<string, string>) =>
      runStep(
        runtime as NodeRuntime,
        {
          inputs,
          eventName: 'pull_request',
          event: {
            action: 'synchronize',
            number: PR,
            pull_request: { number: PR, head: { sha: HEAD, ref: 'feature' }, base: { ref: 'main' } }
          },
          apiUrl: server.url,
          repository: `${server.owner}/${server.repo}`,
          workspace: work,
          token: 'ghs_write'
        },
        'dist'
      )

    it('evaluates real ONNX models: fails the step, one comment naming the hurt class, outputs and summary written', async () => {
      const result = await step(await writeOnnxSet(work))
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/)
      expect(result.exitCode, result.stdout + result.stderr).toBe(1)
      expect(result.failure).toMatch(/^classdiff: the candidate fails the gate: 1 class dropped/)
      expect(JSON.parse(result.outputs['hurt-classes'])).toEqual([
        expect.objectContaining({ index: 1, name: 'orange', delta: -1 })
      ])
      expect(result.outputs.verdict).toBe('fail')
      const comments = server.comments(PR)
      expect(comments).toHaveLength(1)
      expect(comments[0].body).toMatch(/orange \(1\) \| 100\.0% → 0\.0%/)
      expect(result.summary).toMatch(/^# ❌ classdiff: fail/)
    })

    it('fails the step on a bad input with one line naming the input, and posts nothing', async () => {
      const inputs = await writeOnnxSet(work)
      const result = await step({ ...inputs, 'max-class-drop': 'five' })
      expect(expectActionRefusal(result, server, /max-class-drop/)).toBe(
        'input max-class-drop must be a number, got "five"'
      )
    })
  })
})
