/**
 * Publishing an evaluation in the job that ran it: what lands on the PR, in the summary and outputs, and how
 * the step ends, for each situation a workflow meets. The real flow, in process, against the fake GitHub.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RunContext } from '../../src/github/context.js'
import { publishInJob } from '../../src/github/publish-in-job.js'
import type { ActionSettings } from '../../src/github/inputs.js'
import type { ReportJson } from '../../src/report/types.js'
import { testClient } from '../helpers/github-server/client.js'
import { GitHubServer } from '../helpers/github-server/server.js'
import { RecordingIO, syntheticReport } from './fixtures.js'

const PR = 12
const HEAD = 'd'.repeat(40)
const CLASSES = [
  'airliner',
  'tabby cat',
  'tiger cat',
  'laptop',
  'notebook',
  'sunglass',
  'sunglasses',
  'mortarboard'
]

let server: GitHubServer
let dir: string

beforeEach(async () => {
  server = await GitHubServer.start()
  server.addToken('write-token')
  server.addToken('read-token', { access: 'read' })
  server.addPullRequest({ number: PR, headSha: HEAD })
  dir = mkdtempSync(path.join(tmpdir(), 'classdiff-publish-'))
})
afterEach(async () => {
  server.assertConforming()
  await server.close()
})

function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    eventName: 'pull_request',
    repository: { owner: server.owner, repo: server.repo },
    pullRequest: { number: PR, headSha: HEAD, baseSha: null },
    workflowRun: null,
    sha: 'e'.repeat(40),
    workflow: 'CI',
    job: 'evaluate',
    runId: 99,
    runUrl: 'https://github.example/acme/vision/actions/runs/99',
    serverUrl: 'https://github.example',
    apiUrl: server.url,
    workspace: dir,
    runnerTemp: dir,
    ...overrides
  }
}

const SETTINGS: ActionSettings = {
  mode: 'evaluate',
  token: 'write-token',
  comment: true,
  failOnDrop: true,
  title: undefined,
  artifactName: 'classdiff-report',
  commentAuthor: null,
  actionsCache: false
}

async function publish(
  report: ReportJson,
  options: {
    context?: Partial<RunContext>
    settings?: Partial<ActionSettings>
    token?: string | null
  } = {}
): Promise<RecordingIO> {
  const io = new RecordingIO()
  const reportJsonPath = path.join(dir, 'classdiff-report', 'report.json')
  const token = options.token === undefined ? 'write-token' : options.token
  await publishInJob({
    report,
    reportJsonPath,
    context: context(options.context),
    settings: { ...SETTINGS, ...options.settings },
    client: token === null ? null : testClient(server, token),
    io
  })
  return io
}

const failing = syntheticReport({ classes: CLASSES, hurt: [1, 5] })
const passing = syntheticReport({ classes: CLASSES })

describe('on a pull request', () => {
  it('posts one comment, writes summary and outputs, annotates each hurt class and fails the gate', async () => {
    const io = await publish(failing)
    const comments = server.comments(PR)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toMatch(/^<!-- classdiff:[0-9a-f]{16} -->\n/)
    expect(comments[0].body).toContain('tabby cat')
    expect(comments[0].body).toContain('https://github.example/acme/vision/actions/runs/99')

    expect(io.summary).toContain('tabby cat')
    expect(io.outputs.get('verdict')).toBe('fail')
    expect(io.outputs.get('hurt-count')).toBe('2')
    expect(JSON.parse(io.outputs.get('hurt-classes') ?? '')).toEqual([
      expect.objectContaining({ index: 1, name: 'tabby cat' }),
      expect.objectContaining({ index: 5, name: 'sunglass' })
    ])
    expect(Number(io.outputs.get('baseline-accuracy'))).toBe(1)
    expect(Number(io.outputs.get('candidate-accuracy'))).toBeCloseTo(1 - 30 / 240, 10)
    expect(io.outputs.get('comment-url')).toContain(`#issuecomment-${comments[0].id}`)
    expect(io.outputs.get('report-json')).toBe(path.join(dir, 'classdiff-report', 'report.json'))

    expect(io.calls.filter((c) => c.kind === 'error').map((c) => c.title)).toEqual([
      'classdiff: class "tabby cat" hurt',
      'classdiff: class "sunglass" hurt'
    ])
    expect(io.failure).toMatch(/^classdiff: the candidate fails the gate: /)
    expect(io.failure).not.toContain('\n')
  })

  it('writes pr.json beside the report for the publishing workflow', async () => {
    await publish(failing)
    const handoff = JSON.parse(readFileSync(path.join(dir, 'classdiff-report', 'pr.json'), 'utf8'))
    expect(handoff).toEqual({
      schemaVersion: 1,
      pullRequest: PR,
      headSha: HEAD,
      commentKey: expect.stringMatching(/^[0-9a-f]{16}$/)
    })
  })

  it('updates its comment on the next run and leaves it alone when nothing changed', async () => {
    server.seedComment(PR, 'Please check the tabby cat class')
    await publish(failing)
    const second = await publish(passing)
    expect(second.failure).toBeNull()
    const bodies = server.comments(PR).map((c) => c.body)
    expect(bodies).toHaveLength(2)
    expect(bodies[0]).toBe('Please check the tabby cat class')
    expect(bodies[1]).toContain('pass')
    const writes = server.writes.length
    await publish(passing, {
      context: { runId: 100, runUrl: 'https://github.example/acme/vision/actions/runs/100' }
    })
    expect(server.writes.length).toBe(writes)
  })

  it('with fail-on-drop: false, reports the drop as warnings and passes the step', async () => {
    const io = await publish(failing, { settings: { failOnDrop: false } })
    expect(io.failure).toBeNull()
    expect(io.of('warning')).toHaveLength(2)
    expect(io.outputs.get('verdict')).toBe('fail')
  })

  it('with comment: false, posts nothing', async () => {
    const io = await publish(failing, { settings: { comment: false } })
    expect(server.requests).toEqual([])
    expect(io.outputs.get('comment-url')).toBe('')
  })
})

describe('without a pull request (push, schedule, workflow_dispatch)', () => {
  it('writes only the job summary and outputs; the gate still applies', async () => {
    const io = await publish(failing, { context: { eventName: 'push', pullRequest: null } })
    expect(server.requests).toEqual([])
    expect(io.summary).not.toBe('')
    expect(io.outputs.get('verdict')).toBe('fail')
    expect(io.failure).toMatch(/fails the gate/)
    expect(io.of('info').join('\n')).toMatch(/No pull request in this run \(event push\)/)
  })
})

describe('when GitHub says no', () => {
  it('read-only token (403): warns how to enable comments, still writes summary and outputs, gate applies', async () => {
    const io = await publish(failing, { token: 'read-token' })
    expect(server.comments(PR)).toEqual([])
    const warning = io.of('warning').find((w) => w.includes('could not comment'))
    expect(warning).toMatch(/two-workflow setup/)
    expect(warning).toMatch(/pull-requests: write/)
    expect(io.summary).not.toBe('')
    expect(io.outputs.get('verdict')).toBe('fail')
    expect(io.failure).toMatch(/fails the gate/)
  })

  it('read-only token on a passing report: the step passes with the warning', async () => {
    const io = await publish(passing, { token: 'read-token' })
    expect(io.failure).toBeNull()
    expect(io.of('warning').join('\n')).toMatch(/two-workflow setup/)
  })

  it('no token: warns and skips the comment', async () => {
    const io = await publish(passing, { token: null })
    expect(server.requests).toEqual([])
    expect(io.of('warning').join('\n')).toMatch(/no github-token/)
  })

  it('a PR that vanished (404): warns, does not fail', async () => {
    server.removePullRequest(PR)
    const io = await publish(passing)
    expect(io.failure).toBeNull()
    expect(io.of('warning').join('\n')).toMatch(/no longer finds it \(404\)/)
  })

  it('a body GitHub refuses (422): posts the short fallback comment instead', async () => {
    server.injectFault({
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [
          { resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long' }
        ],
        documentation_url: 'https://docs.github.com/rest'
      }
    })
    const io = await publish(failing)
    const comments = server.comments(PR)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('GitHub refused the full comment')
    expect(comments[0].body).not.toContain('tabby cat')
    expect(io.of('warning').join('\n')).toMatch(/refused the classdiff comment/)
  })

  it('a persistent outage fails the step with GitHub’s answer, after writing summary and outputs', async () => {
    server.injectFault({ status: 502, times: 100, message: 'Bad Gateway' })
    const io = await publish(passing)
    expect(io.failure).toMatch(
      /^classdiff could not post the comment on PR #12: GitHub answered 502/
    )
    expect(io.outputs.get('verdict')).toBe('pass')
    expect(io.summary).not.toBe('')
  }, 30_000)
})

describe('hostile and huge reports', () => {
  it('shows a hostile class name as inert text in the comment', async () => {
    const hostile = 'cat | dog @octocat <img src=x> [x](http://evil.example) #1 --> **APPROVED**'
    const report = syntheticReport({ classes: ['airliner', hostile, 'laptop'], hurt: [1] })
    await publish(report)
    const body = server.comments(PR)[0].body
    const marker = body.split('\n')[0]
    const rest = body.slice(marker.length)
    expect(rest).not.toContain('-->' + ' **APPROVED**')
    expect(rest).not.toMatch(/<img/i)
    expect(rest).not.toMatch(/(^|[^\w`])@octocat/)
    expect(rest).not.toContain('](http://evil.example)')
    expect(rest).not.toMatch(/(^|\s)#1\b/)
    expect(rest).not.toMatch(/\*\*APPROVED\*\*/)
    // Only our own two hidden comments, the marker and the digest (the Mermaid chart's axis range
    // `0 --> 65` is text inside its code fence).
    expect(body.match(/<!--/g)).toHaveLength(2)
    expect(body.replace(/```mermaid\n[^`]*```/g, '').match(/-->/g)).toHaveLength(2)
  })

  it('keeps a comment about 1,000 hurt classes under 65,536 characters, with the count and where the rest is', async () => {
    const classes = Array.from(
      { length: 1000 },
      (_, i) => `class number ${i} with a rather long descriptive name`
    )
    const report = syntheticReport({
      classes,
      hurt: classes.map((_, i) => i),
      imagesPerClass: 20,
      lost: 12
    })
    expect(report.summary.hurt).toBe(1000)
    const io = await publish(report)
    const body = server.comments(PR)[0].body
    expect(body.length).toBeLessThan(65_536)
    expect(body).toMatch(/1,?000 classes hurt/)
    expect(body).toMatch(/job summary/)
    expect(io.of('error')).toHaveLength(10)
    expect(io.of('error')[9]).toMatch(/991 more hurt classes/)
  })
})
