/**
 * The trust boundary through the action (a process, started as the runner starts it)
 * against the local OpenAPI-checked GitHub: side files that reach out of the checkout, class names that try
 * to become workflow commands, a malformed event payload, another bot's comment that carries our marker,
 * and API answers classdiff must not trust (a redirect to another host, a page that is not JSON).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  LOCAL_NODE,
  runStep,
  workspace,
  writePredictionsSet,
  type StepResult
} from '../github/e2e/harness.js'
import { GitHubServer, type FakeAccount } from '../helpers/github-server/server.js'
import { parseUntrustedReport } from '../../src/report/validate.js'
import { expectActionRefusal } from './helpers.js'

const PR = 42
const HEAD = 'a1'.repeat(20)
const TOKEN = 'ghs_write'
const OTHER_BOT: FakeAccount = { login: 'other-bot[bot]', id: 99, type: 'Bot' }

let server: GitHubServer
const workspaces: string[] = []

function freshWorkspace(): string {
  const dir = workspace()
  workspaces.push(dir)
  return dir
}

beforeEach(async () => {
  server = await GitHubServer.start()
  server.addToken(TOKEN)
  server.addPullRequest({ number: PR, headSha: HEAD, headRepo: 'acme/vision' })
})
afterEach(async () => {
  await server.close()
})
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true })
})

function pullRequestEvent(number = PR): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: HEAD, ref: 'feature' }, base: { ref: 'main' } }
  }
}

function evaluate(
  dir: string,
  inputs: Record<string, string>,
  options: { eventText?: string; number?: number; token?: string } = {}
): Promise<StepResult> {
  return runStep(LOCAL_NODE, {
    inputs,
    eventName: 'pull_request',
    event: pullRequestEvent(options.number),
    ...(options.eventText === undefined ? {} : { eventText: options.eventText }),
    apiUrl: server.url,
    repository: `${server.owner}/${server.repo}`,
    workspace: dir,
    token: options.token ?? TOKEN
  })
}

/** Lines of the step's stdout the runner would read as workflow commands, with the command's name. */
function commands(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => /^\s*::([a-z-]+)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined)
}

describe('side files in the pull request', () => {
  it('[side-file-symlink] a classes file linked to /proc/self/environ: the step fails naming the input; no report to upload, the token in no output', async () => {
    const dir = freshWorkspace()
    const inputs = writePredictionsSet(dir, { classes: ['a', 'b', 'c'] })
    symlinkSync('/proc/self/environ', path.join(dir, 'data', 'environ.txt'))
    const result = await evaluate(dir, { ...inputs, classes: 'data/environ.txt' })
    expectActionRefusal(
      result,
      server,
      /^input classes \S*data\/environ\.txt: resolves \(through a symbolic link\) outside the data root and the working directory \(input allow-outside-root allows it\)$/
    )
    expect(existsSync(path.join(dir, 'classdiff-report'))).toBe(false)
    expect(result.stdout + result.stderr).not.toContain(TOKEN)
    expect(server.requests).toEqual([])
  })
})

describe('class names that try to become workflow commands', () => {
  it('[log-injection] a class named "D\\n::error::pwned" and one named "::add-mask::x": no runner command but classdiff\'s own', async () => {
    const dir = freshWorkspace()
    // In the order the JSON Lines manifest's names sort to (its classes are inferred from them).
    const classes = ['::add-mask::x', 'D', 'cat']
    const inputs = writePredictionsSet(dir, { classes, hurt: [0, 1] })
    // A JSON Lines manifest may name a class with a line break; the classes file cannot.
    const rows = []
    for (const [c, name] of ['::add-mask::x', 'D\n::error::pwned', 'cat'].entries()) {
      for (let i = 0; i < 20; i++)
        rows.push(JSON.stringify({ file: `images/c${c}/${i}.png`, label: name }))
    }
    writeFileSync(path.join(dir, 'data', 'hostile.jsonl'), rows.join('\n') + '\n')
    const result = await evaluate(dir, {
      'baseline-predictions': inputs['baseline-predictions'] as string,
      'candidate-predictions': inputs['candidate-predictions'] as string,
      data: 'data/hostile.jsonl'
    })
    expect(result.exitCode).toBe(1)
    const allowed = new Set(['group', 'endgroup', 'error', 'warning', 'notice', 'debug'])
    for (const command of commands(result.stdout)) expect(allowed).toContain(command)
    expect(result.stdout).not.toMatch(/^\s*::error::pwned/m)
    expect(result.annotations.map((a) => a.message)).not.toContain('pwned')
    for (const annotation of result.annotations) {
      expect(annotation.message).not.toContain('\n')
    }
    // The comment still names both classes, escaped.
    expect(server.comments(PR)).toHaveLength(1)
  })
})

describe('the event payload', () => {
  it('[event-payload-malformed] GITHUB_EVENT_PATH holding broken JSON: one line naming it, no stack trace, no request', async () => {
    const dir = freshWorkspace()
    const inputs = writePredictionsSet(dir, { classes: ['a', 'b'] })
    const result = await evaluate(dir, inputs, { eventText: '{"pull_request": {"number": 4' })
    expectActionRefusal(
      result,
      server,
      /^GITHUB_EVENT_PATH \S+event\.json: the event payload is not JSON$/
    )
    expect(server.requests).toEqual([])
  })
})

describe('comment ownership', () => {
  it("[comment-foreign-marker] another bot's comment that starts with classdiff's marker: left alone; classdiff writes its own", async () => {
    const dir = freshWorkspace()
    const inputs = writePredictionsSet(dir, { classes: ['a', 'b'], hurt: [0] })
    // Learn the marker on another PR: it depends on the workflow, job and paths, not on the PR.
    server.addPullRequest({ number: 41, headSha: HEAD, headRepo: 'acme/vision' })
    const first = await evaluate(dir, inputs, { number: 41 })
    expect(first.exitCode).toBe(1)
    const marker = (server.comments(41)[0]?.body ?? '').split('\n')[0] as string
    expect(marker).toMatch(/^<!-- classdiff:[0-9a-f]+ -->$/)

    const foreign = server.seedComment(PR, `${marker}\nnot classdiff's words`, OTHER_BOT)
    const result = await evaluate(dir, inputs)
    expect(result.exitCode).toBe(1)
    const comments = server.comments(PR)
    expect(comments).toHaveLength(2)
    expect(comments.find((c) => c.id === foreign.id)?.body).toBe(`${marker}\nnot classdiff's words`)
    expect(comments.find((c) => c.id !== foreign.id)?.user.login).toBe('github-actions[bot]')
    expect(server.requests.filter((r) => r.method === 'PATCH' || r.method === 'DELETE')).toEqual([])
  })
})

describe('API answers classdiff must not trust', () => {
  let elsewhere: Server
  let elsewhereHits: number

  beforeEach(async () => {
    elsewhereHits = 0
    elsewhere = createServer((_req, res) => {
      elsewhereHits++
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]')
    })
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve))
  })
  afterEach(() => new Promise<void>((resolve) => elsewhere.close(() => resolve())))

  it('[api-redirect] the comment listing redirected to another host: not followed; the step fails naming the endpoint', async () => {
    const { port } = elsewhere.address() as AddressInfo
    server.injectFault({
      method: 'GET',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 302,
      headers: { location: `http://127.0.0.1:${port}/steal` },
      times: 10
    })
    const dir = freshWorkspace()
    const result = await evaluate(dir, writePredictionsSet(dir, { classes: ['a', 'b'] }))
    expect(elsewhereHits).toBe(0)
    expect(result.exitCode).toBe(1)
    expect(result.failure).toMatch(
      /^classdiff could not post the comment on PR #42: GET \/repos\/\S+\/issues\/42\/comments: GitHub answered with a redirect \(302 to http:\/\/127\.0\.0\.1:\d+\); classdiff does not follow API redirects to another host$/
    )
    expect(server.comments(PR)).toEqual([])
  })

  it('[api-not-json] a comment created with an HTML page for an answer (a proxy\'s login wall): an error naming the endpoint, never "Created … undefined"', async () => {
    server.injectFault({
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 201,
      rawBody: { contentType: 'text/html; charset=utf-8', text: '<html>Sign in</html>' }
    })
    const dir = freshWorkspace()
    const result = await evaluate(dir, writePredictionsSet(dir, { classes: ['a', 'b'] }))
    expect(result.stdout).not.toMatch(/undefined/)
    expect(result.failure).toMatch(
      /^classdiff could not post the comment on PR #42: POST \/repos\/\S+\/issues\/42\/comments: GitHub answered 201 with "text\/html", not JSON$/
    )
  })

  it('[api-not-json] a JSON answer without the fields: an error naming the endpoint and the field', async () => {
    server.injectFault({
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 201,
      rawBody: { contentType: 'application/json', text: '{}' }
    })
    const dir = freshWorkspace()
    const result = await evaluate(dir, writePredictionsSet(dir, { classes: ['a', 'b'] }))
    expect(result.stdout).not.toMatch(/undefined/)
    expect(result.failure).toMatch(
      /^classdiff could not post the comment on PR #42: POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: GitHub's answer has no valid "id"$/
    )
  })
})

describe('what evaluate writes, publish accepts', () => {
  it('[artifact-inconsistent] class names of 1,000 characters (the longest allowed): the evaluate step writes a report publish mode accepts', async () => {
    const dir = freshWorkspace()
    const names = ['a'.repeat(1000), 'b'.repeat(1000)]
    const inputs = writePredictionsSet(dir, { classes: names, hurt: [0] })
    const result = await evaluate(dir, { ...inputs, 'report-dir': 'out' })
    expect(result.exitCode, result.stdout).toBe(1)
    expect(result.failure).toMatch(/dropped/)
    // The evaluate step checks its own report with publish mode's validator before writing it; here the
    // same validator reads the file as publish mode would.
    const text = readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')
    expect(parseUntrustedReport(text, 'report.json').classes[0]?.name).toBe(names[0])
  })

  it("with a GitHub App's token and comment-author naming the App's [bot] login, each run updates the App's comment", async () => {
    const app: FakeAccount = { login: 'acme-gate[bot]', id: 123, type: 'Bot' }
    server.addToken('ghs_app_installation', { account: app })
    const dir = freshWorkspace()
    const inputs = writePredictionsSet(dir, { classes: ['a', 'b'], hurt: [0] })
    const told = { ...inputs, 'comment-author': app.login }
    for (const run of [1, 2]) {
      const result = await evaluate(dir, told, { token: 'ghs_app_installation' })
      expect(result.exitCode, `run ${run}`).toBe(1)
    }
    expect(server.comments(PR).map((c) => c.user.login)).toEqual(['acme-gate[bot]'])
    // GitHub refuses GET /user to an installation token: told the login, classdiff does not ask.
    expect(server.requests.filter((r) => r.path === '/user')).toEqual([])
  })
})
