/**
 * `mode: publish` in a `workflow_run` job: it reads the artifact a (possibly forked) PR's run uploaded,
 * trusts none of it, and posts the comment and a `classdiff` check run only when every check holds.
 * The whole action flow (`runAction`), in process, against the fake GitHub.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runAction } from '../../src/github/action.js'
import { serializeHandoff } from '../../src/github/handoff.js'
import { pageArtifactName } from '../../src/github/page-artifact.js'
import { serializeReport } from '../../src/report/json.js'
import type { ReportJson } from '../../src/report/types.js'
import { testClient } from '../helpers/github-server/client.js'
import { GitHubServer } from '../helpers/github-server/server.js'
import { RecordingIO, syntheticReport } from './fixtures.js'

const PR = 21
const HEAD = 'f'.repeat(40)
const RUN = 5001
const KEY = '0123456789abcdef'
const failing = syntheticReport({ classes: ['cat', 'dog', 'fox', 'owl'], hurt: [2] })

let server: GitHubServer
let dir: string

beforeEach(async () => {
  server = await GitHubServer.start()
  server.addToken('write-token')
  server.addPullRequest({ number: PR, headSha: HEAD, headRepo: 'contributor/vision' })
  dir = mkdtempSync(path.join(tmpdir(), 'classdiff-publish-mode-'))
})
afterEach(async () => {
  server.assertConforming()
  await server.close()
})

interface Scenario {
  readonly files?: Record<string, string | Uint8Array>
  readonly event?: Record<string, unknown>
  readonly eventName?: string
  readonly inputs?: Record<string, string>
  readonly noArtifact?: boolean
}

function artifactZip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([n, c]) => [n, typeof c === 'string' ? strToU8(c) : c])
    )
  )
}

function defaultFiles(report: ReportJson = failing): Record<string, string> {
  return {
    'report.json': serializeReport(report),
    'pr.json': serializeHandoff({
      schemaVersion: 1,
      pullRequest: PR,
      headSha: HEAD,
      commentKey: KEY
    })
  }
}

async function publish(scenario: Scenario = {}): Promise<RecordingIO> {
  if (!scenario.noArtifact) {
    server.addArtifact({
      runId: RUN,
      name: 'classdiff-report',
      zip: artifactZip(scenario.files ?? defaultFiles())
    })
  }
  const eventPath = path.join(dir, 'event.json')
  writeFileSync(
    eventPath,
    JSON.stringify(
      scenario.event ?? {
        action: 'completed',
        workflow_run: {
          id: RUN,
          name: 'classdiff evaluate',
          event: 'pull_request',
          conclusion: 'failure',
          head_sha: HEAD,
          head_repository: { full_name: 'contributor/vision' },
          html_url: `https://github.example/acme/vision/actions/runs/${RUN}`,
          pull_requests: []
        }
      }
    )
  )
  const env = {
    GITHUB_EVENT_NAME: scenario.eventName ?? 'workflow_run',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '6000',
    GITHUB_WORKFLOW: 'classdiff publish',
    GITHUB_JOB: 'publish',
    GITHUB_WORKSPACE: dir
  }
  const inputs: Record<string, string> = {
    mode: 'publish',
    'github-token': 'write-token',
    ...scenario.inputs
  }
  const io = new RecordingIO()
  await runAction({
    env,
    io,
    readInput: (name) => inputs[name] ?? '',
    createClient: (token) => testClient(server, token)
  })
  return io
}

function nothingPosted(): void {
  expect(server.writes).toEqual([])
  expect(server.comments(PR)).toEqual([])
  expect(server.checkRuns).toEqual([])
}

describe('publish mode', () => {
  it('links the evaluate run’s report.html artifact from the comment and the job summary', async () => {
    const pageId = server.addArtifact({
      runId: RUN,
      name: pageArtifactName(KEY),
      zip: strToU8('<!DOCTYPE html>')
    })
    const io = await publish()
    const link = `https://github.example/acme/vision/actions/runs/${RUN}/artifacts/${pageId}`
    expect(server.comments(PR)[0].body).toContain(`[Lost images (report.html)](${link})`)
    expect(io.summary).toContain(
      `**[Lost images of the hurt and suspected classes (report.html)](${link})**`
    )
  })

  it('goes without the page link when the evaluate run uploaded no report.html', async () => {
    const io = await publish()
    expect(server.comments(PR)[0].body).not.toContain('report.html')
    expect(io.of('info')).toContain(
      `Run ${RUN} uploaded no report.html artifact: the comment goes without the link`
    )
  })

  it('posts the sticky comment and a classdiff check run on the head commit', async () => {
    const io = await publish()
    const comments = server.comments(PR)
    expect(comments).toHaveLength(1)
    expect(comments[0].body.startsWith(`<!-- classdiff:${KEY} -->`)).toBe(true)
    expect(comments[0].body).toContain(`/actions/runs/${RUN}/artifacts/`)
    expect(server.checkRuns).toHaveLength(1)
    expect(server.checkRuns[0].request).toMatchObject({
      name: 'classdiff',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'fail — 1 class hurt' }
    })
    expect(io.outputs.get('verdict')).toBe('fail')
    expect(io.failure).toMatch(/fails the gate/)
    // The validated report is what later steps read.
    expect(readFileSync(io.outputs.get('report-json') ?? '', 'utf8')).toBe(serializeReport(failing))
  })

  it('downloads from blob storage without sending the token there', async () => {
    await publish()
    expect(server.blobRequests).toHaveLength(1)
    expect(server.blobRequests[0].authorized).toBe(false)
  })

  it('concludes success on a passing report, and updates the evaluate job’s comment (same key)', async () => {
    server.seedComment(PR, `<!-- classdiff:${KEY} -->\nold results`, {
      login: 'github-actions[bot]',
      id: 41898282,
      type: 'Bot'
    })
    const io = await publish({ files: defaultFiles(syntheticReport({ classes: ['cat', 'dog'] })) })
    expect(io.failure).toBeNull()
    expect(server.checkRuns[0].request.conclusion).toBe('success')
    expect(server.comments(PR)).toHaveLength(1)
    expect(server.comments(PR)[0].body).not.toContain('old results')
  })

  it('without checks: write, still comments and warns about the check run', async () => {
    server.injectFault({
      method: 'POST',
      template: '/repos/{owner}/{repo}/check-runs',
      status: 403,
      message: 'Resource not accessible by integration'
    })
    const io = await publish({ files: defaultFiles(syntheticReport({ classes: ['cat', 'dog'] })) })
    expect(io.failure).toBeNull()
    expect(server.comments(PR)).toHaveLength(1)
    expect(io.of('warning').join('\n')).toMatch(/could not create its check run: .*checks: write/)
  })

  it('rejects a tampered report.json with a clear error and posts nothing', async () => {
    // The PR author edits the artifact: an impossible overall change of +700 points.
    const tampered = serializeReport(failing).replace('"delta":-0.125', '"delta":7')
    expect(tampered).not.toBe(serializeReport(failing))
    const io = await publish({ files: { ...defaultFiles(), 'report.json': tampered } })
    expect(io.failure).toMatch(/^artifact "classdiff-report" report\.json: .*\$\.summary\.delta/)
    expect(io.failure).not.toContain('\n')
    nothingPosted()
  })

  it('rejects pr.json naming another commit than the run evaluated', async () => {
    const io = await publish({
      files: {
        ...defaultFiles(),
        'pr.json': serializeHandoff({
          schemaVersion: 1,
          pullRequest: PR,
          headSha: '1'.repeat(40),
          commentKey: KEY
        })
      }
    })
    expect(io.failure).toMatch(
      /pr\.json: names commit 111111111111, but run 5001 evaluated ffffffffffff/
    )
    nothingPosted()
  })

  it('rejects pr.json naming a PR the run does not belong to', async () => {
    server.addPullRequest({ number: 22, headSha: HEAD })
    const io = await publish({
      files: {
        ...defaultFiles(),
        'pr.json': serializeHandoff({
          schemaVersion: 1,
          pullRequest: 22,
          headSha: HEAD,
          commentKey: KEY
        })
      },
      event: {
        workflow_run: {
          id: RUN,
          event: 'pull_request',
          head_sha: HEAD,
          head_repository: { full_name: 'acme/vision' },
          pull_requests: [{ number: PR }]
        }
      }
    })
    expect(io.failure).toMatch(/names PR #22, but run 5001 belongs to PR #21/)
    nothingPosted()
  })

  it('posts nothing when the PR has moved on to a newer commit (a newer run will publish)', async () => {
    server.addPullRequest({ number: PR, headSha: '2'.repeat(40), headRepo: 'contributor/vision' })
    const io = await publish()
    expect(io.failure).toBeNull()
    expect(io.of('warning').join('\n')).toMatch(
      /publishes nothing: PR #21's head is now 222222222222/
    )
    nothingPosted()
  })

  it('rejects an artifact too large to be a report before downloading it', async () => {
    server.addArtifact({
      runId: RUN,
      name: 'classdiff-report',
      zip: artifactZip(defaultFiles()),
      sizeInBytes: 5e9
    })
    const io = await publish({ noArtifact: true })
    expect(io.failure).toMatch(/is 5000000000 bytes, more than the 67108864 allowed/)
    expect(server.blobRequests).toEqual([])
    nothingPosted()
  })

  it('fails clearly when the run uploaded no report artifact', async () => {
    const io = await publish({ noArtifact: true })
    expect(io.failure).toMatch(/run 5001 uploaded no artifact named "classdiff-report"/)
    nothingPosted()
  })

  it('fails clearly when the artifact lacks pr.json', async () => {
    const io = await publish({ files: { 'report.json': serializeReport(failing) } })
    expect(io.failure).toMatch(/has no pr\.json at its root/)
    nothingPosted()
  })

  it('refuses to run outside a workflow_run event', async () => {
    const io = await publish({ eventName: 'pull_request', event: { pull_request: { number: PR } } })
    expect(io.failure).toMatch(
      /mode: publish runs in a workflow_run workflow .* triggered by pull_request/
    )
    nothingPosted()
  })
})
