/**
 * GitHub misbehaving (issue 7): server errors and rate limits are retried with back-off by Octokit's retry
 * and throttling plugins; what cannot be retried ends in one clear line, never a crash.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  commentKey,
  commentMarker,
  contentDigest,
  digestLine,
  upsertStickyComment
} from '../../src/github/sticky-comment.js'
import { testClient } from '../helpers/github-server/client.js'
import { GitHubServer } from '../helpers/github-server/server.js'

const PR = 3
const LIST = '/repos/{owner}/{repo}/issues/{issue_number}/comments'
const marker = commentMarker(
  commentKey({ workflow: 'w', job: 'j', baseline: 'a', candidate: 'b', data: 'd' })
)
const sticky = {
  marker,
  body: `${marker}\nresults${digestLine(contentDigest('r'))}`,
  digest: contentDigest('r')
}
const quiet = { info: () => undefined, debug: () => undefined }

let server: GitHubServer
const target = (): { owner: string; repo: string; issueNumber: number } => ({
  owner: server.owner,
  repo: server.repo,
  issueNumber: PR
})

beforeEach(async () => {
  server = await GitHubServer.start()
  server.addToken('t')
  server.addPullRequest({ number: PR, headSha: 'c'.repeat(40) })
})
afterEach(async () => {
  server.assertConforming()
  await server.close()
})

function attempts(method: string, template: string): number[] {
  return server.requests
    .filter((r) => r.method === method && r.template === template)
    .map((r) => r.status)
}

describe('retries', () => {
  it('retries 502 and 500 with back-off, then succeeds', async () => {
    server.injectFault({ method: 'GET', template: LIST, status: 502, message: 'Bad Gateway' })
    server.injectFault({ method: 'GET', template: LIST, status: 500 })
    const outcome = await upsertStickyComment(testClient(server, 't'), target(), sticky, quiet)
    expect(outcome.action).toBe('created')
    expect(attempts('GET', LIST).slice(0, 3)).toEqual([502, 500, 200])
  })

  it('gives up after the retries on a persistent outage, with GitHub’s status', async () => {
    server.injectFault({ method: 'GET', template: LIST, status: 503, times: 10 })
    await expect(
      upsertStickyComment(testClient(server, 't', { retries: 2 }), target(), sticky, quiet)
    ).rejects.toMatchObject({
      status: 503
    })
    expect(attempts('GET', LIST)).toEqual([503, 503, 503])
    expect(server.comments(PR)).toEqual([])
  })

  it('waits out a secondary rate limit (403 with Retry-After) on the comment write', async () => {
    const warnings: string[] = []
    server.injectFault({
      method: 'POST',
      template: LIST,
      status: 403,
      headers: { 'retry-after': '2' }
    })
    const outcome = await upsertStickyComment(
      testClient(server, 't', { warnings }),
      target(),
      sticky,
      quiet
    )
    expect(outcome.action).toBe('created')
    expect(attempts('POST', LIST)).toEqual([403, 201])
    expect(warnings.join('\n')).toMatch(/secondary rate limit .*retrying in 2 s/)
  })

  it('waits out a 429 with Retry-After', async () => {
    const warnings: string[] = []
    server.injectFault({
      method: 'GET',
      template: LIST,
      status: 429,
      headers: { 'retry-after': '1' }
    })
    await upsertStickyComment(testClient(server, 't', { warnings }), target(), sticky, quiet)
    expect(attempts('GET', LIST).slice(0, 2)).toEqual([429, 200])
    expect(warnings).toHaveLength(1)
  })

  it('waits for the primary rate limit to reset when the reset is near', async () => {
    const warnings: string[] = []
    server.injectFault({
      method: 'GET',
      template: LIST,
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 2)
      }
    })
    await upsertStickyComment(testClient(server, 't', { warnings }), target(), sticky, quiet)
    expect(attempts('GET', LIST).slice(0, 2)).toEqual([403, 200])
    expect(warnings.join('\n')).toMatch(/GitHub rate limit on GET/)
  })

  it('does not wait an hour for a rate limit: it fails instead', async () => {
    const warnings: string[] = []
    server.injectFault({
      method: 'GET',
      template: LIST,
      status: 429,
      headers: { 'retry-after': '3600' }
    })
    await expect(
      upsertStickyComment(testClient(server, 't', { warnings }), target(), sticky, quiet)
    ).rejects.toMatchObject({
      status: 429
    })
    expect(warnings.join('\n')).toMatch(/giving up/)
  })

  it('gives up on a hung connection after the deadline and retries', async () => {
    server.injectFault({ method: 'GET', template: LIST, status: 200, hang: true })
    const client = testClient(server, 't', { requestTimeoutMs: 300 })
    const outcome = await upsertStickyComment(client, target(), sticky, quiet)
    expect(outcome.action).toBe('created')
    expect(attempts('GET', LIST).slice(0, 2)).toEqual([0, 200])
  })

  it('does not retry what cannot succeed: 404, 422', async () => {
    server.removePullRequest(PR)
    await expect(
      upsertStickyComment(testClient(server, 't'), target(), sticky, quiet)
    ).rejects.toMatchObject({ status: 404 })
    expect(attempts('GET', LIST)).toEqual([404])
  })
})
