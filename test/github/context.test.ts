import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRunContext } from '../../src/github/context.js'
import { parseUntrustedHandoff, serializeHandoff } from '../../src/github/handoff.js'
import { InputError } from '../../src/errors.js'

const dir = mkdtempSync(path.join(tmpdir(), 'classdiff-context-'))
function eventFile(payload: unknown): string {
  const file = path.join(dir, `event-${Math.random().toString(16).slice(2)}.json`)
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return file
}

const base = {
  GITHUB_REPOSITORY: 'acme/vision',
  GITHUB_RUN_ID: '123',
  GITHUB_SERVER_URL: 'https://github.example/',
  GITHUB_WORKSPACE: '/home/runner/work/vision/vision',
  GITHUB_SHA: 'm'.repeat(40)
}

describe('readRunContext', () => {
  it('reads a pull_request run: the PR, its head commit (not the merge commit), its base commit, the run link', () => {
    const context = readRunContext({
      ...base,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile({
        pull_request: { number: 5, head: { sha: 'h'.repeat(40) }, base: { sha: 'b'.repeat(40) } }
      }),
      GITHUB_API_URL: 'http://127.0.0.1:9/'
    })
    expect(context.pullRequest).toEqual({
      number: 5,
      headSha: 'h'.repeat(40),
      baseSha: 'b'.repeat(40)
    })
    expect(context.repository).toEqual({ owner: 'acme', repo: 'vision' })
    expect(context.runUrl).toBe('https://github.example/acme/vision/actions/runs/123')
    expect(context.apiUrl).toBe('http://127.0.0.1:9')
    expect(context.workspace).toBe('/home/runner/work/vision/vision')
  })

  it('has no PR on push, schedule or workflow_dispatch', () => {
    for (const event of ['push', 'schedule', 'workflow_dispatch']) {
      const context = readRunContext({
        ...base,
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: eventFile({ ref: 'main' })
      })
      expect(context.pullRequest).toBeNull()
    }
  })

  it('finds the PR of a comment on a PR, not of a comment on an issue', () => {
    const onPr = readRunContext({
      ...base,
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: eventFile({ issue: { number: 8, pull_request: { url: 'x' } } })
    })
    expect(onPr.pullRequest).toEqual({ number: 8, headSha: null, baseSha: null })
    const onIssue = readRunContext({
      ...base,
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: eventFile({ issue: { number: 9 } })
    })
    expect(onIssue.pullRequest).toBeNull()
  })

  it('reads the triggering run of a workflow_run event', () => {
    const context = readRunContext({
      ...base,
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: eventFile({
        workflow_run: {
          id: 77,
          name: 'classdiff',
          event: 'pull_request',
          conclusion: 'success',
          head_sha: 'f'.repeat(40),
          head_repository: { full_name: 'fork/vision' },
          html_url: 'https://github.example/acme/vision/actions/runs/77',
          pull_requests: [{ number: 3 }, { number: 'x' }]
        }
      })
    })
    expect(context.workflowRun).toEqual({
      id: 77,
      name: 'classdiff',
      event: 'pull_request',
      conclusion: 'success',
      headSha: 'f'.repeat(40),
      headRepository: 'fork/vision',
      htmlUrl: 'https://github.example/acme/vision/actions/runs/77',
      pullRequests: [3]
    })
  })

  it('names the event file when it is not JSON', () => {
    const file = eventFile('{not json')
    expect(() =>
      readRunContext({ ...base, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file })
    ).toThrow(new InputError(`GITHUB_EVENT_PATH ${file}: the event payload is not JSON`))
  })
})

describe('pr.json, the hand-off between the two workflows', () => {
  const valid = {
    schemaVersion: 1 as const,
    pullRequest: 4,
    headSha: 'a'.repeat(40),
    commentKey: '0123456789abcdef'
  }

  it('round-trips', () => {
    expect(parseUntrustedHandoff(serializeHandoff(valid), 'pr.json')).toEqual(valid)
  })

  it.each([
    [{ ...valid, pullRequest: -1 }, /pullRequest must be a positive whole number/],
    [{ ...valid, pullRequest: '4' }, /pullRequest must be a positive whole number/],
    [{ ...valid, headSha: 'HEAD' }, /headSha must be a commit SHA/],
    [{ ...valid, commentKey: '--> <b>' }, /commentKey must be 16 hex digits/],
    [{ ...valid, schemaVersion: 2 }, /schemaVersion must be 1/],
    [{ ...valid, extra: true }, /unknown field "extra"/],
    [[valid], /expected a JSON object/]
  ])('rejects %j', (value, message) => {
    expect(() => parseUntrustedHandoff(JSON.stringify(value), 'artifact pr.json')).toThrow(message)
  })

  it('rejects oversized and malformed files', () => {
    expect(() => parseUntrustedHandoff(' '.repeat(5000), 'pr.json')).toThrow(
      /more than the 4096 allowed/
    )
    expect(() => parseUntrustedHandoff('{', 'pr.json')).toThrow(/pr\.json: not valid JSON/)
  })
})
