/**
 * The fake GitHub the other tests run against: it must hold every request (and its own replies) to GitHub's
 * OpenAPI description, or a passing test would prove nothing about the real API.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { Octokit } from '@octokit/core'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { extractSubset, USED_OPERATIONS } from '../helpers/github-server/extract-openapi.js'
import { OpenApiChecker } from '../helpers/github-server/openapi.js'
import { GitHubServer } from '../helpers/github-server/server.js'

const subsetUrl = new URL('../helpers/github-server/openapi-subset.json', import.meta.url)

let server: GitHubServer
beforeEach(async () => {
  server = await GitHubServer.start()
  server.addToken('t')
  server.addPullRequest({ number: 1, headSha: 'b'.repeat(40) })
})
afterEach(async () => {
  await server.close()
})

async function call(
  method: string,
  path: string,
  body?: unknown
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: 'token t', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  return { status: response.status, json: text === '' ? undefined : JSON.parse(text) }
}

describe('the fake GitHub server', () => {
  it('accepts a conforming request and answers with a conforming body', async () => {
    const created = await call('POST', '/repos/acme/vision/issues/1/comments', { body: 'hello' })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({
      body: 'hello',
      user: { login: 'github-actions[bot]', type: 'Bot' }
    })
    expect(() => server.assertConforming()).not.toThrow()
  })

  it('flags a body GitHub would reject', async () => {
    const refused = await call('POST', '/repos/acme/vision/issues/1/comments', { body: 42 })
    expect(refused.status).toBe(422)
    expect(() => server.assertConforming()).toThrow(/body\/body must be string/)
  })

  it('flags a missing required field, an undocumented query parameter and an unknown endpoint', async () => {
    await call('POST', '/repos/acme/vision/check-runs', { name: 'classdiff' })
    await call('GET', '/repos/acme/vision/issues/1/comments?sort=created')
    await call('GET', '/repos/acme/vision/issues/1/timeline')
    expect(server.violations.join('\n')).toMatch(/must have required property 'head_sha'/)
    expect(server.violations.join('\n')).toMatch(/undocumented query parameter sort/)
    expect(server.violations.join('\n')).toMatch(/no such operation/)
  })

  it('flags a check-run summary over GitHub’s 65,535 characters', async () => {
    await call('POST', '/repos/acme/vision/check-runs', {
      name: 'classdiff',
      head_sha: 'b'.repeat(40),
      output: { title: 't', summary: 'x'.repeat(65_536) }
    })
    expect(server.violations.join('\n')).toMatch(/must NOT have more than 65535 characters/)
  })

  it('pages lists with per_page and a Link header, as GitHub does', async () => {
    for (let i = 0; i < 5; i++) server.seedComment(1, `c${i}`)
    const response = await fetch(
      `${server.url}/repos/acme/vision/issues/1/comments?per_page=2&page=2`,
      {
        headers: { authorization: 'token t' }
      }
    )
    expect(((await response.json()) as { body: string }[]).map((c) => c.body)).toEqual(['c2', 'c3'])
    const link = response.headers.get('link') ?? ''
    expect(link).toContain('page=3>; rel="next"')
    expect(link).toContain('page=1>; rel="prev"')
    server.assertConforming()
  })

  it('checks its own replies: a reply missing a required field is a violation', () => {
    const checker = new OpenApiChecker()
    const operation = {
      method: 'GET',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}',
      operationId: 'pulls/get',
      params: {}
    }
    expect(
      checker.checkResponse(operation, { status: 200, headers: {}, body: { number: 1 } })
    ).not.toEqual([])
    expect(checker.checkResponse(operation, { status: 418, headers: {}, body: {} })).toEqual([
      'GET /repos/{owner}/{repo}/pulls/{pull_number} → 418: status not in the description'
    ])
  })
})

describe('the committed OpenAPI subset', () => {
  const subset = JSON.parse(readFileSync(subsetUrl, 'utf8')) as Record<string, unknown>

  it('is self-contained: extracting it again from itself changes nothing', () => {
    const again = extractSubset(subset as never, 'itself')
    expect(again.paths).toEqual(subset.paths)
    expect(again.components).toEqual(subset.components)
  })

  it('describes every GitHub call src/github makes', () => {
    const octokit = new (Octokit.plugin(restEndpointMethods))()
    const described = new Set(new OpenApiChecker().describedOperations)
    const used = new Set<string>()
    for (const file of readdirSync(new URL('../../src/github/', import.meta.url))) {
      const source = readFileSync(new URL(`../../src/github/${file}`, import.meta.url), 'utf8')
      for (const [, scope, method] of source.matchAll(/\brest\.(\w+)\.(\w+)\b/g)) {
        const endpoint = (octokit.rest as never)[scope][method] as {
          endpoint: { DEFAULTS: { method: string; url: string } }
        }
        used.add(`${endpoint.endpoint.DEFAULTS.method} ${endpoint.endpoint.DEFAULTS.url}`)
      }
      for (const [, route] of source.matchAll(/\.request\(\s*'([A-Z]+ [^']+)'/g)) used.add(route)
    }
    expect(used.size).toBeGreaterThan(5)
    for (const route of used) expect(described).toContain(route)
    expect([...described].sort()).toEqual(
      USED_OPERATIONS.map(([method, path]) => `${method.toUpperCase()} ${path}`).sort()
    )
  })
})
