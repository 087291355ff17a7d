/**
 * The catalogue through the action (a process, started as the runner starts it) against the
 * local OpenAPI-checked GitHub:
 *
 * - evaluate mode: hostile inputs in the PR fail the step with one error annotation naming the culprit, before
 *   any request to GitHub;
 * - publish mode (`workflow_run`): a tampered report artifact fails the step and nothing is written, no
 *   comment and no check run. (An unknown key in report.json is test/github/e2e's case; these are the others.)
 */
import { copyFileSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { serializeHandoff } from '../../src/github/handoff.js'
import {
  LOCAL_NODE,
  runStep,
  workspace,
  writePredictionsSet,
  type StepResult
} from '../github/e2e/harness.js'
import { GitHubServer } from '../helpers/github-server/server.js'
import { writeNanModel } from './broken-models.js'
import { compare, expectActionRefusal, writeGoodSet } from './helpers.js'

const PR = 42
const HEAD = 'a1'.repeat(20)
const RUN = 777
const KEY = '0123456789abcdef'

let server: GitHubServer
const workspaces: string[] = []

function freshWorkspace(): string {
  const dir = workspace()
  workspaces.push(dir)
  return dir
}

beforeEach(async () => {
  server = await GitHubServer.start()
  server.addToken('ghs_write')
  server.addPullRequest({ number: PR, headSha: HEAD, headRepo: 'contributor/vision' })
})
afterEach(async () => {
  // Every request the action made conformed to GitHub's OpenAPI description.
  server.assertConforming()
  await server.close()
})
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true })
})

describe('evaluate mode: hostile inputs in the pull request', () => {
  let dir: string

  beforeAll(async () => {
    dir = freshWorkspace()
    await writeGoodSet(dir)
  })

  function evaluate(inputs: Record<string, string>): Promise<StepResult> {
    return runStep(LOCAL_NODE, {
      inputs: { data: 'data/manifest.csv', classes: 'data/classes.txt', ...inputs },
      eventName: 'pull_request',
      event: {
        action: 'synchronize',
        number: PR,
        pull_request: { number: PR, head: { sha: HEAD, ref: 'feature' }, base: { ref: 'main' } }
      },
      apiUrl: server.url,
      repository: `${server.owner}/${server.repo}`,
      workspace: dir,
      token: 'ghs_write'
    })
  }

  it('[model-nan] a candidate model that outputs NaN: the step fails naming the model and the image; no request to GitHub', async () => {
    await writeNanModel(path.join(dir, 'models', 'nan.onnx'))
    const result = await evaluate({ baseline: 'models/good.onnx', candidate: 'models/nan.onnx' })
    expectActionRefusal(
      result,
      server,
      /^model models\/nan\.onnx produced NaN or infinite scores for image "green\.png"$/
    )
    expect(server.requests).toEqual([])
  })

  it('[path-outside-root] a manifest path out of the data root: the step fails naming the line and the input that allows it', async () => {
    copyFileSync(path.join(dir, 'data', 'yellow.png'), path.join(dir, 'outside.png'))
    const good = readFileSync(path.join(dir, 'data', 'manifest.csv'), 'utf8')
    writeFileSync(
      path.join(dir, 'data', 'escape.csv'),
      good.replace('yellow.png,3', '../outside.png,3')
    )
    const result = await evaluate({
      baseline: 'models/good.onnx',
      candidate: 'models/good.onnx',
      data: 'data/escape.csv'
    })
    expectActionRefusal(
      result,
      server,
      /^\S*data\/escape\.csv:5: image path "\.\.\/outside\.png" is outside the data root .* \(input allow-outside-root allows it\)$/
    )
    expect(server.requests).toEqual([])
  })

  it('[symlink-outside-root] an image linked from outside the root: the step fails naming the line', async () => {
    copyFileSync(path.join(dir, 'data', 'yellow.png'), path.join(dir, 'linked.png'))
    symlinkSync(path.join(dir, 'linked.png'), path.join(dir, 'data', 'link.png'))
    const good = readFileSync(path.join(dir, 'data', 'manifest.csv'), 'utf8')
    writeFileSync(path.join(dir, 'data', 'link.csv'), good.replace('yellow.png,3', 'link.png,3'))
    const result = await evaluate({
      baseline: 'models/good.onnx',
      candidate: 'models/good.onnx',
      data: 'data/link.csv'
    })
    expectActionRefusal(
      result,
      server,
      /^\S*data\/link\.csv:5: image path "link\.png" resolves \(through a symbolic link\) outside the data root/
    )
  })

  it('[predictions-class-out-of-range] a predictions file naming class 9 of 4: the step fails naming file, line and id', async () => {
    const lines = readFileSync(path.join(dir, 'predictions', 'good.jsonl'), 'utf8').split('\n')
    lines[1] = '{"id": "green.png", "top": [1, 9]}'
    writeFileSync(path.join(dir, 'predictions', 'range.jsonl'), lines.join('\n'))
    const result = await evaluate({
      'baseline-predictions': 'predictions/good.jsonl',
      'candidate-predictions': 'predictions/range.jsonl'
    })
    expectActionRefusal(
      result,
      server,
      /^predictions\/range\.jsonl:2: prediction for "green\.png" names class 9, outside the 4 classes of data\/manifest\.csv$/
    )
    expect(server.requests).toEqual([])
  })
})

describe('publish mode: a tampered report artifact', () => {
  /** A genuine report.json of a failing evaluation (class 1 hurt), as the evaluate run would upload it. */
  let genuineReport: string

  beforeAll(async () => {
    const dir = freshWorkspace()
    const inputs = writePredictionsSet(dir, {
      classes: ['airliner', 'tabby cat', 'tiger cat', 'laptop'],
      hurt: [1]
    })
    const run = await compare(
      dir,
      Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])
    )
    expect(run.code, run.stderr).toBe(1)
    genuineReport = readFileSync(path.join(run.outDir, 'report.json'), 'utf8')
  })

  function genuinePrJson(overrides: Record<string, unknown> = {}): string {
    return JSON.stringify({
      ...JSON.parse(
        serializeHandoff({ schemaVersion: 1, pullRequest: PR, headSha: HEAD, commentKey: KEY })
      ),
      ...overrides
    })
  }

  interface Upload {
    readonly report?: string
    readonly prJson?: string
    /** What the artifact listing claims the zip weighs. */
    readonly sizeInBytes?: number
    /** The PRs GitHub's workflow_run event lists for the run (empty for fork PRs). */
    readonly runPullRequests?: readonly number[]
  }

  /** Uploads the artifact as the evaluating run would have, then runs the publish step on workflow_run. */
  function publish(upload: Upload = {}): Promise<StepResult> {
    const files = {
      'report.json': upload.report ?? genuineReport,
      'pr.json': upload.prJson ?? genuinePrJson()
    }
    server.addArtifact({
      runId: RUN,
      name: 'classdiff-report',
      zip: zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t)]))),
      ...(upload.sizeInBytes === undefined ? {} : { sizeInBytes: upload.sizeInBytes })
    })
    const dir = freshWorkspace()
    writeFileSync(path.join(dir, 'README.md'), 'the default branch, no PR code\n')
    return runStep(LOCAL_NODE, {
      inputs: { mode: 'publish' },
      eventName: 'workflow_run',
      event: {
        action: 'completed',
        workflow_run: {
          id: RUN,
          name: 'classdiff',
          event: 'pull_request',
          conclusion: 'failure',
          head_sha: HEAD,
          head_branch: 'feature',
          head_repository: { full_name: 'contributor/vision' },
          html_url: `https://github.example/acme/vision/actions/runs/${RUN}`,
          pull_requests: (upload.runPullRequests ?? []).map((number) => ({ number }))
        }
      },
      apiUrl: server.url,
      repository: `${server.owner}/${server.repo}`,
      workspace: dir,
      token: 'ghs_write',
      workflow: 'classdiff publish',
      job: 'publish',
      runId: 778
    })
  }

  it('the untampered artifact publishes: one comment and a check run (the control for the cases below)', async () => {
    const result = await publish()
    expect(result.exitCode).toBe(1)
    expect(result.failure).toMatch(/fails the gate/)
    expect(server.comments(PR)).toHaveLength(1)
    expect(server.checkRuns).toHaveLength(1)
  })

  /** The genuine report, parsed, changed by `tamper` and written back. */
  function tampered(tamper: (report: Record<string, unknown>) => void): string {
    const report = JSON.parse(genuineReport) as Record<string, unknown>
    tamper(report)
    return JSON.stringify(report, null, 2)
  }

  type ClassEntry = { delta: unknown }

  it.each([
    [
      'a number written as a string',
      () =>
        tampered((r) => {
          const hurt = (r.classes as ClassEntry[])[1] as ClassEntry
          hurt.delta = String(hurt.delta)
        }),
      /^artifact "classdiff-report" report\.json: \$\.classes\[1\]\.delta must be a number$/
    ],
    [
      'a verdict outside its enum',
      () => tampered((r) => (r.verdict = 'approved')),
      /^artifact "classdiff-report" report\.json: \$\.verdict must be one of "pass", "fail"$/
    ],
    [
      'an object where the class list goes',
      () => tampered((r) => (r.classes = { 0: (r.classes as ClassEntry[])[0] })),
      /^artifact "classdiff-report" report\.json: \$\.classes must be an array$/
    ],
    [
      'text that is not JSON',
      () => genuineReport.slice(0, genuineReport.length >> 1),
      /^artifact "classdiff-report" report\.json: not valid JSON \(.+\)$/
    ]
  ])(
    '[artifact-wrong-types] report.json with %s: the step fails naming the file and the JSON path; nothing posted',
    async (_what, report, culprit) => {
      expectActionRefusal(await publish({ report: report() }), server, culprit)
    }
  )

  type Summary = { hurt: number; classes: number; images: number }
  it.each([
    [
      'a "pass" verdict over a hurt class',
      () =>
        tampered((r) => {
          r.verdict = 'pass'
          r.reasons = []
        }),
      /^artifact "classdiff-report" report\.json: \$\.verdict is "pass", but 1 classes are hurt$/
    ],
    [
      'a summary that counts no hurt class while one is hurt',
      () => tampered((r) => ((r.summary as Summary).hurt = 0)),
      /^artifact "classdiff-report" report\.json: \$\.summary\.hurt is 0, but 1 classes have status "hurt"$/
    ],
    [
      'a summary counting more classes than the list holds',
      () => tampered((r) => ((r.summary as Summary).classes = 5)),
      /^artifact "classdiff-report" report\.json: \$\.summary\.classes is 5, but \$\.classes lists 4$/
    ],
    [
      'an image count the classes do not add up to',
      () => tampered((r) => ((r.summary as Summary).images += 1)),
      /^artifact "classdiff-report" report\.json: \$\.summary\.images is 81, but the classes' supports add up to 80$/
    ],
    [
      'classes out of index order',
      () => tampered((r) => (r.classes as unknown[]).reverse()),
      /^artifact "classdiff-report" report\.json: \$\.classes\[0\]\.index is 3, expected 0 \(classes in index order\)$/
    ]
  ])(
    '[artifact-inconsistent] report.json with %s: the step fails naming the contradiction; nothing posted',
    async (_what, report, culprit) => {
      expectActionRefusal(await publish({ report: report() }), server, culprit)
    }
  )

  it('[artifact-wrong-types] pr.json with the PR number as a string: the step fails naming the field; nothing posted', async () => {
    expectActionRefusal(
      await publish({ prJson: genuinePrJson({ pullRequest: String(PR) }) }),
      server,
      /^artifact "classdiff-report" pr\.json: pullRequest must be a positive whole number or null$/
    )
  })

  it('[artifact-oversized] report.json of 17 million characters (valid JSON, padded): refused by the report’s size limit; nothing posted', async () => {
    const report = genuineReport + ' '.repeat(17_000_000)
    expectActionRefusal(
      await publish({ report }),
      server,
      /^artifact "classdiff-report" report\.json: report is \d+ characters, more than the 16777216 allowed$/
    )
  })

  it('[artifact-oversized] a zip bomb: report.json inflating to 70 MB from a small archive: stopped at the cap while unzipping; nothing posted', async () => {
    const report = genuineReport + ' '.repeat(70 * 1024 * 1024)
    expectActionRefusal(
      await publish({ report }),
      server,
      /^artifact "classdiff-report" \(\d+\): report\.json inflates to more than the 67108864 bytes allowed$/
    )
  })

  it('[artifact-oversized] pr.json beyond its 4 KB: stopped while unzipping; nothing posted', async () => {
    const prJson = genuinePrJson({ padding: 'x'.repeat(5000) })
    expectActionRefusal(
      await publish({ prJson }),
      server,
      /^artifact "classdiff-report" \(\d+\): pr\.json inflates to more than the 4096 bytes allowed$/
    )
  })

  it('[artifact-oversized] an artifact listed as larger than 64 MB: refused before downloading; nothing posted', async () => {
    const result = await publish({ sizeInBytes: 100 * 1024 * 1024 })
    expectActionRefusal(
      result,
      server,
      /^artifact "classdiff-report" \(\d+\) is 104857600 bytes, more than the 67108864 allowed; upload only report\.json and pr\.json$/
    )
    expect(server.blobRequests).toEqual([])
  })

  it('[artifact-pr-mismatch] pr.json names PR #43 while the run belongs to PR #42: the step fails; nothing posted', async () => {
    server.addPullRequest({ number: 43, headSha: HEAD, headRepo: 'contributor/vision' })
    expectActionRefusal(
      await publish({ prJson: genuinePrJson({ pullRequest: 43 }), runPullRequests: [PR] }),
      server,
      /^artifact "classdiff-report" pr\.json: names PR #43, but run 777 belongs to PR #42$/
    )
  })

  it('[artifact-pr-mismatch] a fork run whose pr.json names a PR from another repository: the step fails; nothing posted', async () => {
    server.addPullRequest({ number: 44, headSha: HEAD, headRepo: 'acme/vision' })
    expectActionRefusal(
      await publish({ prJson: genuinePrJson({ pullRequest: 44 }) }),
      server,
      /^artifact "classdiff-report" pr\.json: names PR #44, whose head is in acme\/vision, but run 777 ran on contributor\/vision$/
    )
  })

  it('[artifact-pr-mismatch] a fork run whose pr.json names another PR of the same fork, at another commit: nothing posted, a warning (it cannot be told from a stale run)', async () => {
    server.addPullRequest({ number: 45, headSha: 'b2'.repeat(20), headRepo: 'contributor/vision' })
    const result = await publish({ prJson: genuinePrJson({ pullRequest: 45 }) })
    expect(result.exitCode).toBe(0)
    expect(result.annotations).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/^classdiff publishes nothing: PR #45's head is now b2b2/)
      })
    ])
    expect(server.writes).toEqual([])
  })

  it('[artifact-sha-mismatch] pr.json names another commit than the run evaluated: the step fails; nothing posted', async () => {
    expectActionRefusal(
      await publish({ prJson: genuinePrJson({ headSha: 'c3'.repeat(20) }) }),
      server,
      /^artifact "classdiff-report" pr\.json: names commit c3c3c3c3c3c3, but run 777 evaluated a1a1a1a1a1a1; refusing to publish a report from another commit$/
    )
  })
})
