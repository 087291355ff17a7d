/**
 * The action end to end, as the runner starts it (a process with INPUT_* and GITHUB_*
 * variables), under the local Node and Node 24, against the local OpenAPI-checked GitHub. Covers the
 * "Must show" list of issue 3.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runtimeToken, startArtifactService } from '../../helpers/artifact-service.js'
import { ACTIONS_BOT, GitHubServer, HUMAN } from '../../helpers/github-server/server.js'
import { writeOnnxSet } from './onnx-set.js'
import {
  LOCAL_NODE,
  node24,
  runStep,
  workspace,
  writePredictionsSet,
  type NodeRuntime,
  type StepResult
} from './harness.js'

const PR = 42
const HEAD = 'a1'.repeat(20)
const CLASSES = ['airliner', 'tabby cat', 'tiger cat', 'laptop', 'notebook', 'sunglass']
const HOSTILE = 'cat | dog @octocat <img src=x> [x](http://evil.example) #1 --> **APPROVED**'

const prEvent = {
  action: 'synchronize',
  number: PR,
  pull_request: { number: PR, head: { sha: HEAD, ref: 'feature' }, base: { ref: 'main' } }
}

function expectNoStackTrace(result: StepResult): void {
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/)
}

const runtimes: { name: string; obtain: () => { runtime: NodeRuntime | null; reason: string } }[] =
  [
    { name: 'the local Node', obtain: () => ({ runtime: LOCAL_NODE, reason: '' }) },
    { name: 'Node 24', obtain: node24 }
  ]

describe.each(runtimes)('the action under $name', ({ obtain }) => {
  let runtime: NodeRuntime | null = null
  let unavailable = ''
  let server: GitHubServer
  let dir: string

  beforeAll(() => {
    const found = obtain()
    runtime = found.runtime
    unavailable = found.reason
  }, 120_000)

  beforeEach(async (context) => {
    if (runtime === null) context.skip(`Node 24 cases skipped: ${unavailable}`)
    server = await GitHubServer.start()
    server.addToken('ghs_write')
    server.addToken('ghs_read', { access: 'read' })
    server.addPullRequest({ number: PR, headSha: HEAD, headRepo: 'contributor/vision' })
    dir = workspace()
  })

  afterEach(async () => {
    if (runtime === null) return
    // Every request the action made conformed to GitHub's OpenAPI description.
    server.assertConforming()
    await server.close()
  })

  function step(
    inputs: Record<string, string>,
    overrides: Partial<Parameters<typeof runStep>[1]> = {}
  ): Promise<StepResult> {
    return runStep(runtime as NodeRuntime, {
      inputs,
      eventName: 'pull_request',
      event: prEvent,
      apiUrl: server.url,
      repository: `${server.owner}/${server.repo}`,
      workspace: dir,
      token: 'ghs_write',
      ...overrides
    })
  }

  it('first run: one comment, outputs in GITHUB_OUTPUT, the summary written, and a failing verdict fails the step with its reason', async () => {
    const inputs = writePredictionsSet(dir, { classes: CLASSES, hurt: [1] })
    const result = await step(inputs)
    expectNoStackTrace(result)
    expect(result.exitCode).toBe(1)
    expect(result.failure).toMatch(/^classdiff: the candidate fails the gate: 1 class dropped/)

    const comments = server.comments(PR)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toMatch(/^<!-- classdiff:[0-9a-f]{16} -->\n/)
    expect(comments[0].body).toContain('tabby cat')
    expect(comments[0].body).toContain('https://github.example/acme/vision/actions/runs/4242')

    expect(result.outputs).toMatchObject({
      verdict: 'fail',
      'hurt-count': '1',
      'baseline-accuracy': '1',
      'report-json': path.join(dir, 'classdiff-report', 'report.json'),
      'comment-url': expect.stringContaining(`#issuecomment-${comments[0].id}`)
    })
    expect(JSON.parse(result.outputs['hurt-classes'])).toEqual([
      expect.objectContaining({ index: 1, name: 'tabby cat' })
    ])
    expect(Number(result.outputs['candidate-accuracy'])).toBeCloseTo(1 - 12 / 120, 10)

    expect(result.summary).toMatch(/^# ❌ classdiff: fail/)
    expect(result.summary).toContain('tabby cat')
    expect(
      result.annotations.filter((a) => a.title === 'classdiff: class "tabby cat" hurt')
    ).toHaveLength(1)
    expect(result.stdout).toContain('::group::')
  })

  it('uploads report.html as a non-zipped artifact and links it from the comment and the summary', async () => {
    const service = await startArtifactService()
    try {
      const inputs = writePredictionsSet(dir, { classes: CLASSES, hurt: [1] })
      const result = await step(inputs, {
        env: {
          ACTIONS_RUNTIME_TOKEN: runtimeToken('run-1', 'job-1'),
          ACTIONS_RESULTS_URL: service.url,
          GITHUB_SERVER_URL: 'https://github.com'
        }
      })
      expectNoStackTrace(result)
      const [name, blob] = [...service.blobs][0] ?? []
      expect(name).toMatch(/^classdiff-report-[0-9a-f]{16}\.html$/)
      expect(blob?.bytes.toString('utf8')).toBe(
        readFileSync(path.join(dir, 'classdiff-report', 'report.html'), 'utf8')
      )
      const link =
        '[Lost images (report.html)](https://github.com/acme/vision/actions/runs/4242/artifacts/1000)'
      expect(server.comments(PR)[0].body).toContain(link)
      expect(result.summary).toContain(
        '**[Lost images of the hurt and suspected classes (report.html)](https://github.com/acme/vision/actions/runs/4242/artifacts/1000)**'
      )
    } finally {
      await service.close()
    }
  })

  it('without an artifact service says so, and comments without the link', async () => {
    const inputs = writePredictionsSet(dir, { classes: CLASSES, hurt: [1] })
    const result = await step(inputs)
    expect(result.stdout).toMatch(/report\.html not uploaded: this run has no artifact service/)
    expect(server.comments(PR)[0].body).not.toContain('report.html')
    expect(result.exitCode).toBe(1)
  })

  it('second run with other results updates that comment: still one, the human’s untouched', async () => {
    const human = server.seedComment(PR, 'Why did the cats get worse?', HUMAN)
    await step(writePredictionsSet(dir, { classes: CLASSES, hurt: [1] }))
    const second = await step(writePredictionsSet(dir, { classes: CLASSES, hurt: [] }))
    expect(second.exitCode).toBe(0)
    const comments = server.comments(PR)
    expect(comments).toHaveLength(2)
    expect(comments[0]).toMatchObject({ id: human.id, body: 'Why did the cats get worse?' })
    expect(comments[1].user).toEqual(ACTIONS_BOT)
    expect(comments[1].body).toMatch(/✅ classdiff: pass/)
    expect(server.writes.map((w) => `${w.method} ${w.template}`)).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'
    ])
  })

  it('two runs at the same moment end with one comment', async () => {
    const inputs = writePredictionsSet(dir, { classes: CLASSES, hurt: [1] })
    // Both runs list the comments before either creates one: both create, then the newer one steps back.
    server.meetAt('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 2)
    // Each run writes its own report folder, as two runs on GitHub do (one workspace each); sharing one, the
    // second could find the first's half-written files.
    const runs = await Promise.all(
      [1, 2].map((runId) => step({ ...inputs, 'report-dir': `report-${runId}` }, { runId }))
    )
    expect(runs.map((r) => r.exitCode)).toEqual([1, 1])
    expect(server.writes.filter((w) => w.method === 'POST')).toHaveLength(2)
    expect(server.comments(PR)).toHaveLength(1)
    expect(runs.map((r) => r.outputs['comment-url'])).toEqual([
      expect.stringContaining(`#issuecomment-${server.comments(PR)[0].id}`),
      expect.stringContaining(`#issuecomment-${server.comments(PR)[0].id}`)
    ])
  })

  it('a push event writes only the summary and outputs: no request to GitHub', async () => {
    const result = await step(writePredictionsSet(dir, { classes: CLASSES }), {
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: HEAD }
    })
    expect(result.exitCode).toBe(0)
    expect(server.requests).toEqual([])
    expect(result.summary).toMatch(/classdiff: pass/)
    expect(result.outputs.verdict).toBe('pass')
    expect(result.outputs['comment-url']).toBe('')
  })

  it('a 403 on comment creation: warning, summary and outputs, no stack trace', async () => {
    const result = await step(writePredictionsSet(dir, { classes: CLASSES }), { token: 'ghs_read' })
    expectNoStackTrace(result)
    expect(result.exitCode).toBe(0)
    const warning = result.annotations.find((a) => a.level === 'warning')
    expect(warning?.message).toMatch(
      /could not comment on PR #42: the token cannot write .* two-workflow setup/
    )
    expect(result.summary).toMatch(/classdiff: pass/)
    expect(result.outputs.verdict).toBe('pass')
    expect(server.comments(PR)).toEqual([])
  })

  it('shows a hostile class name as inert text in the comment', async () => {
    await step(writePredictionsSet(dir, { classes: ['airliner', HOSTILE, 'laptop'], hurt: [1] }))
    const comment = server.comments(PR)[0].body
    // The Mermaid chart's axis range (`0 --> 65`) is text inside a code fence; its labels are checked in
    // test/report/mermaid.test.ts. Everything else is checked here.
    expect(comment).toContain('x-axis ["cat dog octocat img src=x x (…"]')
    const body = comment.replace(/```mermaid\n[^`]*```/g, '')
    const afterMarker = body.slice(body.indexOf('\n'))
    expect(afterMarker).not.toMatch(/<img/i)
    expect(afterMarker).not.toMatch(/(^|[^\w&;])@octocat/)
    expect(afterMarker).not.toContain('](http://evil.example)')
    expect(afterMarker).not.toMatch(/(^|[\s(])#1\b/)
    expect(afterMarker).not.toContain('**APPROVED**')
    expect(afterMarker).not.toMatch(/-->(?! *$)/m)
    expect(body.match(/-->/g)).toHaveLength(2)
  })

  it('keeps a comment about 1,000 hurt classes under 65,536 characters, stating the count and where the list is', async () => {
    const classes = Array.from(
      { length: 1000 },
      (_, i) => `class ${i} with a long and descriptive name`
    )
    const result = await step(
      writePredictionsSet(dir, {
        classes,
        hurt: classes.map((_, i) => i),
        imagesPerClass: 10,
        lost: 8
      })
    )
    expect(result.exitCode).toBe(1)
    const body = server.comments(PR)[0].body
    expect(body.length).toBeLessThan(65_536)
    expect(body).toMatch(/1,?000 classes hurt/)
    expect(body).toMatch(/job summary/)
    expect(result.outputs['hurt-count']).toBe('1000')
  })

  it('evaluates real ONNX models on real images and comments on the hurt class', async () => {
    const inputs = await writeOnnxSet(dir)
    const result = await step(inputs)
    expectNoStackTrace(result)
    expect(result.exitCode).toBe(1)
    expect(JSON.parse(result.outputs['hurt-classes'])).toEqual([
      expect.objectContaining({ index: 1, name: 'orange', delta: -1 })
    ])
    expect(server.comments(PR)[0].body).toMatch(/orange \(1\) \| 100\.0% → 0\.0%/)
  })

  it('a bad input fails the step with one line naming the input', async () => {
    const inputs = writePredictionsSet(dir, { classes: CLASSES })
    const result = await step({ ...inputs, 'max-class-drop': 'five' })
    expectNoStackTrace(result)
    expect(result.exitCode).toBe(1)
    expect(result.failure).toBe('input max-class-drop must be a number, got "five"')
    expect(server.requests).toEqual([])
  })

  describe('mode: publish', () => {
    const RUN = 777
    function workflowRunEvent(): Record<string, unknown> {
      return {
        action: 'completed',
        workflow_run: {
          id: RUN,
          name: 'classdiff',
          event: 'pull_request',
          conclusion: 'failure',
          head_sha: HEAD,
          head_repository: { full_name: 'contributor/vision' },
          html_url: `https://github.example/acme/vision/actions/runs/${RUN}`,
          pull_requests: []
        }
      }
    }

    /** The evaluate half: a pull_request run with a read-only token, whose report directory becomes the artifact. */
    async function evaluateAndUpload(
      tamper?: (files: Record<string, string>) => void
    ): Promise<void> {
      const inputs = writePredictionsSet(dir, { classes: CLASSES, hurt: [1] })
      const evaluation = await step(
        { ...inputs, comment: 'false', 'fail-on-drop': 'false' },
        { token: 'ghs_read' }
      )
      expect(evaluation.exitCode).toBe(0)
      expect(server.requests).toEqual([])
      const files: Record<string, string> = {}
      for (const name of ['report.json', 'pr.json', 'report.md']) {
        files[name] = readFileSync(path.join(dir, 'classdiff-report', name), 'utf8')
      }
      tamper?.(files)
      server.addArtifact({
        runId: RUN,
        name: 'classdiff-report',
        zip: zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t)])))
      })
    }

    function publish(): Promise<StepResult> {
      const publishDir = workspace()
      writeFileSync(path.join(publishDir, 'README.md'), 'the default branch, no PR code\n')
      return runStep(runtime as NodeRuntime, {
        inputs: { mode: 'publish' },
        eventName: 'workflow_run',
        event: workflowRunEvent(),
        apiUrl: server.url,
        repository: `${server.owner}/${server.repo}`,
        workspace: publishDir,
        token: 'ghs_write',
        workflow: 'classdiff publish',
        job: 'publish',
        runId: 778
      })
    }

    it('publishes the evaluate run’s artifact: comment and classdiff check run on the head commit', async () => {
      await evaluateAndUpload()
      const result = await publish()
      expectNoStackTrace(result)
      expect(result.exitCode).toBe(1)
      expect(result.failure).toMatch(/fails the gate/)
      expect(server.comments(PR)).toHaveLength(1)
      expect(server.comments(PR)[0].body).toContain(`/actions/runs/${RUN}/artifacts/`)
      expect(server.checkRuns.map((c) => c.request)).toEqual([
        expect.objectContaining({
          name: 'classdiff',
          head_sha: HEAD,
          conclusion: 'failure',
          status: 'completed'
        })
      ])
      expect(result.outputs.verdict).toBe('fail')
      expect(server.blobRequests.every((r) => !r.authorized)).toBe(true)
    })

    it('rejects a tampered artifact with a clear error and posts nothing', async () => {
      await evaluateAndUpload((files) => {
        files['report.json'] = files['report.json'].replace(
          '"name":"tabby cat"',
          '"name":"tabby cat","approved":true'
        )
      })
      const result = await publish()
      expectNoStackTrace(result)
      expect(result.exitCode).toBe(1)
      expect(result.failure).toMatch(/^artifact "classdiff-report" report\.json: \$\.classes\[1\]/)
      expect(server.writes).toEqual([])
      expect(server.checkRuns).toEqual([])
    })
  })
})
