/**
 * A local stand-in for GitHub's REST API (node:http on 127.0.0.1, random port) for the endpoints classdiff
 * calls, with in-memory state and fault injection. Every request and every response is checked against
 * GitHub's OpenAPI description (`openapi.ts`); a violation is recorded, answered with an error, and
 * `assertConforming()` fails the test.
 *
 * Artifact downloads redirect to a second server (another origin, like GitHub's blob storage) which refuses
 * requests that carry an Authorization header, so a client that leaks the token across the redirect fails.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { OpenApiChecker, type MatchedOperation } from './openapi.js'
import { sample, type Json, type JsonObject } from './samples.js'

export interface FakeAccount {
  readonly login: string
  readonly id: number
  readonly type: 'User' | 'Bot'
}

/** The account `GITHUB_TOKEN` acts as. */
export const ACTIONS_BOT: FakeAccount = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
export const HUMAN: FakeAccount = { login: 'octocat', id: 583231, type: 'User' }

export interface TokenGrant {
  readonly account: FakeAccount
  /** `read` answers every write with 403, like a fork PR's token or a missing `pull-requests: write`. */
  readonly access: 'write' | 'read'
  /** Installation tokens (GITHUB_TOKEN) may not call `GET /user`. */
  readonly installation: boolean
}

export interface InjectedFault {
  /** Which requests it hits; omitted = any. */
  readonly method?: string
  readonly template?: string
  readonly status: number
  /** How many matching requests get it (default 1). */
  readonly times?: number
  readonly headers?: Readonly<Record<string, string>>
  readonly message?: string
  /** Full error body instead of `{ message, documentation_url }` (e.g. a 422 validation error). */
  readonly body?: JsonObject
  /** Never answer: the connection hangs until the client gives up (or the server closes). */
  readonly hang?: boolean
  /**
   * A body that is not GitHub's JSON (a proxy's HTML page, a login wall): sent as is, with this content type,
   * and not held to GitHub's OpenAPI description (GitHub never sends it; something in between might).
   */
  readonly rawBody?: { readonly contentType: string; readonly text: string }
}

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly query: string
  /** Path template of the matched operation; null when GitHub has none. */
  readonly template: string | null
  readonly body: unknown
  readonly status: number
  readonly injected: boolean
}

export interface StoredComment {
  readonly id: number
  readonly issue: number
  body: string
  readonly user: FakeAccount
  readonly createdAt: string
  updatedAt: string
}

export interface StoredCheckRun {
  readonly id: number
  readonly request: JsonObject
}

export interface StoredPull {
  readonly number: number
  headSha: string
  readonly headRepo: string
  readonly state: 'open' | 'closed'
}

interface StoredArtifact {
  readonly id: number
  readonly runId: number
  readonly name: string
  readonly zip: Uint8Array
  readonly expired: boolean
  /** What the listing claims; defaults to the real size. */
  readonly sizeInBytes: number
}

interface Reply {
  status: number
  headers?: Record<string, string>
  body?: unknown
  rawBody?: { readonly contentType: string; readonly text: string }
  injected?: boolean
}

const DOCS = 'https://docs.github.com/rest'
const COMMENT_LIMIT = 65536
const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'

export interface GitHubServerOptions {
  readonly owner?: string
  readonly repo?: string
  /** Default page size of list endpoints (GitHub: 30). */
  readonly defaultPerPage?: number
}

export class GitHubServer {
  readonly owner: string
  readonly repo: string
  readonly requests: RecordedRequest[] = []
  readonly violations: string[] = []
  /** Requests that reached the blob store, with whether they carried an Authorization header. */
  readonly blobRequests: { path: string; authorized: boolean }[] = []
  readonly checkRuns: StoredCheckRun[] = []

  private readonly checker: OpenApiChecker
  private readonly tokens = new Map<string, TokenGrant>()
  private readonly pulls = new Map<number, StoredPull>()
  private readonly storedComments = new Map<number, StoredComment>()
  private readonly artifacts: StoredArtifact[] = []
  private readonly faults: { fault: InjectedFault; left: number }[] = []
  private readonly rendezvous: {
    method: string
    template: string
    waiting: (() => void)[]
    count: number
  }[] = []
  private nextId = 1000
  private clock = Date.parse('2024-01-01T00:00:00Z')
  private api!: Server
  private blob!: Server
  private apiUrl = ''
  private blobUrl = ''
  private readonly defaultPerPage: number

  private constructor(options: GitHubServerOptions, checker: OpenApiChecker) {
    this.owner = options.owner ?? 'acme'
    this.repo = options.repo ?? 'vision'
    this.defaultPerPage = options.defaultPerPage ?? 30
    this.checker = checker
  }

  static async start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
    const server = new GitHubServer(options, sharedChecker())
    server.api = createServer((req, res) => {
      server.handleApi(req, res).catch((error: unknown) => {
        // A bug in the fake itself: fail the test loudly rather than hang the client.
        server.violations.push(`fake server crashed on ${req.method} ${req.url}: ${String(error)}`)
        if (!res.headersSent) res.writeHead(500).end()
      })
    })
    server.blob = createServer((req, res) => server.handleBlob(req, res))
    server.apiUrl = await listen(server.api)
    server.blobUrl = await listen(server.blob)
    return server
  }

  /** Base URL of the API, what `GITHUB_API_URL` is set to. */
  get url(): string {
    return this.apiUrl
  }

  async close(): Promise<void> {
    await Promise.all([close(this.api), close(this.blob)])
  }

  // ---- state set-up -------------------------------------------------------------------------------

  addToken(token: string, grant: Partial<TokenGrant> = {}): void {
    this.tokens.set(token, {
      account: grant.account ?? ACTIONS_BOT,
      access: grant.access ?? 'write',
      installation: grant.installation ?? (grant.account ?? ACTIONS_BOT).type === 'Bot'
    })
  }

  addPullRequest(pull: {
    number: number
    headSha: string
    headRepo?: string
    state?: 'open' | 'closed'
  }): void {
    this.pulls.set(pull.number, {
      number: pull.number,
      headSha: pull.headSha,
      headRepo: pull.headRepo ?? `${this.owner}/${this.repo}`,
      state: pull.state ?? 'open'
    })
  }

  /** A PR that was deleted or transferred: its endpoints answer 404 from now on. */
  removePullRequest(number: number): void {
    this.pulls.delete(number)
  }

  /** A comment someone else (or an earlier run) wrote. */
  seedComment(issue: number, body: string, user: FakeAccount = HUMAN): StoredComment {
    return this.storeComment(issue, body, user)
  }

  /** Comments on an issue, oldest first, as GitHub lists them. */
  comments(issue: number): StoredComment[] {
    return [...this.storedComments.values()]
      .filter((c) => c.issue === issue)
      .sort((a, b) => a.id - b.id)
  }

  addArtifact(artifact: {
    runId: number
    name: string
    zip: Uint8Array
    expired?: boolean
    sizeInBytes?: number
  }): number {
    const id = this.nextId++
    this.artifacts.push({
      id,
      runId: artifact.runId,
      name: artifact.name,
      zip: artifact.zip,
      expired: artifact.expired ?? false,
      sizeInBytes: artifact.sizeInBytes ?? artifact.zip.byteLength
    })
    return id
  }

  injectFault(fault: InjectedFault): void {
    this.faults.push({ fault, left: fault.times ?? 1 })
  }

  /**
   * Holds the next `count` matching requests until all of them have arrived, then answers them together:
   * makes "two runs at the same moment" happen for sure, not by luck of scheduling.
   */
  meetAt(method: string, template: string, count: number): void {
    this.rendezvous.push({ method, template, waiting: [], count })
  }

  private async arrive(operation: MatchedOperation): Promise<void> {
    const meeting = this.rendezvous.find(
      (r) => r.count > 0 && r.method === operation.method && r.template === operation.template
    )
    if (!meeting) return
    await new Promise<void>((resolve) => {
      meeting.waiting.push(resolve)
      if (meeting.waiting.length === meeting.count) {
        meeting.count = 0
        for (const release of meeting.waiting) release()
      }
    })
  }

  /** Requests that changed state (POST, PATCH, DELETE), in order. */
  get writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET')
  }

  /** Fails the test when any request or response did not conform to GitHub's OpenAPI description. */
  assertConforming(): void {
    if (this.violations.length > 0) {
      throw new Error(`GitHub API contract violated:\n${this.violations.join('\n')}`)
    }
  }

  // ---- request handling ---------------------------------------------------------------------------

  private async handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', this.apiUrl)
    const method = req.method ?? 'GET'
    const { operation, violations } = this.checker.checkRequest({
      method,
      pathname: url.pathname,
      query: url.searchParams,
      contentType: req.headers['content-type'],
      body
    })
    let parsedBody: unknown = undefined
    try {
      parsedBody = body.length > 0 ? JSON.parse(body) : undefined
    } catch {
      parsedBody = body
    }
    let reply: Reply
    if (!operation) {
      this.violations.push(...violations)
      reply = { status: 404, body: { message: 'Not Found', documentation_url: DOCS } }
    } else if (violations.length > 0) {
      this.violations.push(...violations)
      reply = validationFailed(violations.join('; '))
    } else {
      await this.arrive(operation)
      if (this.hangs(operation)) {
        this.requests.push({
          method,
          path: url.pathname,
          query: url.search,
          template: operation.template,
          body: parsedBody,
          status: 0,
          injected: true
        })
        return
      }
      const auth = this.authorize(req, operation)
      reply =
        'refused' in auth
          ? auth.refused
          : (this.takeFault(operation) ??
            this.route(operation, url, parsedBody, auth.grant.account))
      const responseViolations =
        reply.rawBody !== undefined
          ? []
          : this.checker.checkResponse(operation, {
              status: reply.status,
              headers: lowerCaseKeys(reply.headers ?? {}),
              body: reply.body
            })
      // A fault the test injected may be a status GitHub documents nowhere; its body must still look like GitHub's.
      this.violations.push(...responseViolations.map((v) => `response ${v}`))
    }
    this.requests.push({
      method,
      path: url.pathname,
      query: url.search,
      template: operation?.template ?? null,
      body: parsedBody,
      status: reply.status,
      injected: reply.injected ?? false
    })
    send(res, reply)
  }

  private handleBlob(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.blobUrl)
    const authorized = req.headers.authorization !== undefined
    this.blobRequests.push({ path: url.pathname, authorized })
    const id = Number(/^\/blobs\/(\d+)\.zip$/.exec(url.pathname)?.[1])
    const artifact = this.artifacts.find((a) => a.id === id)
    if (authorized || url.searchParams.get('sig') !== 'signed') {
      res
        .writeHead(403, { 'content-type': 'application/xml' })
        .end('<Error><Code>AuthenticationFailed</Code></Error>')
      return
    }
    if (!artifact) {
      res
        .writeHead(404, { 'content-type': 'application/xml' })
        .end('<Error><Code>BlobNotFound</Code></Error>')
      return
    }
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(artifact.zip.byteLength)
    })
    res.end(Buffer.from(artifact.zip))
  }

  private authorize(
    req: IncomingMessage,
    operation: MatchedOperation
  ): { grant: TokenGrant } | { refused: Reply } {
    const header = req.headers.authorization ?? ''
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(header)?.[1]
    const grant = token ? this.tokens.get(token) : undefined
    if (!grant)
      return {
        refused: { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS } }
      }
    if (operation.params.owner !== undefined) {
      if (operation.params.owner !== this.owner || operation.params.repo !== this.repo) {
        return { refused: notFound() }
      }
    }
    const isWrite = operation.method !== 'GET'
    if (
      (isWrite && grant.access === 'read') ||
      (operation.template === '/user' && grant.installation)
    ) {
      return {
        refused: {
          status: 403,
          body: { message: 'Resource not accessible by integration', documentation_url: DOCS }
        }
      }
    }
    return { grant }
  }

  private hangs(operation: MatchedOperation): boolean {
    const entry = this.faults.find(
      ({ fault, left }) =>
        left > 0 &&
        fault.hang === true &&
        (fault.template === undefined || fault.template === operation.template) &&
        (fault.method === undefined || fault.method === operation.method)
    )
    if (!entry) return false
    entry.left--
    return true
  }

  private takeFault(operation: MatchedOperation): Reply | null {
    const entry = this.faults.find(
      ({ fault, left }) =>
        left > 0 &&
        fault.hang !== true &&
        (fault.method === undefined || fault.method === operation.method) &&
        (fault.template === undefined || fault.template === operation.template)
    )
    if (!entry) return null
    entry.left--
    const { fault } = entry
    const message =
      fault.message ??
      (fault.status === 403 || fault.status === 429 ? SECONDARY_RATE_LIMIT_MESSAGE : 'Server Error')
    return {
      status: fault.status,
      headers: { ...fault.headers },
      body: fault.body ?? { message, documentation_url: DOCS },
      ...(fault.rawBody === undefined ? {} : { rawBody: fault.rawBody }),
      injected: true
    }
  }

  private route(operation: MatchedOperation, url: URL, body: unknown, account: FakeAccount): Reply {
    const p = operation.params
    const input = (body ?? {}) as JsonObject
    switch (`${operation.method} ${operation.template}`) {
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (!this.pulls.has(Number(p.issue_number))) return notFound()
        const all = this.comments(Number(p.issue_number))
        return this.page(url, all, (c) => this.commentJson(c))
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (!this.pulls.has(Number(p.issue_number))) return notFound()
        const refused = refuseBody(input.body)
        if (refused) return refused
        const comment = this.storeComment(Number(p.issue_number), String(input.body), account)
        return {
          status: 201,
          headers: { location: this.commentUrl(comment) },
          body: this.commentJson(comment)
        }
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const comment = this.storedComments.get(Number(p.comment_id))
        if (!comment || !this.pulls.has(comment.issue)) return notFound()
        const refused = refuseBody(input.body)
        if (refused) return refused
        comment.body = String(input.body)
        comment.updatedAt = this.tick()
        return { status: 200, body: this.commentJson(comment) }
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const comment = this.storedComments.get(Number(p.comment_id))
        if (!comment || !this.pulls.has(comment.issue)) return notFound()
        this.storedComments.delete(comment.id)
        return { status: 204 }
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pull = this.pulls.get(Number(p.pull_number))
        if (!pull) return notFound()
        return { status: 200, body: this.pullJson(pull) }
      }
      case 'POST /repos/{owner}/{repo}/check-runs': {
        const id = this.nextId++
        this.checkRuns.push({ id, request: input })
        return { status: 201, body: this.checkRunJson(id, input) }
      }
      case 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': {
        const name = url.searchParams.get('name')
        const found = this.artifacts.filter(
          (a) => a.runId === Number(p.run_id) && (name === null || a.name === name)
        )
        const pageOf = this.page(url, found, (a) => this.artifactJson(a))
        return { ...pageOf, body: { total_count: found.length, artifacts: pageOf.body as Json[] } }
      }
      case 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': {
        const artifact = this.artifacts.find((a) => a.id === Number(p.artifact_id))
        if (!artifact || p.archive_format !== 'zip') return notFound()
        if (artifact.expired)
          return { status: 410, body: { message: 'Artifact has expired', documentation_url: DOCS } }
        return {
          status: 302,
          headers: { location: `${this.blobUrl}/blobs/${artifact.id}.zip?sig=signed` }
        }
      }
      case 'GET /user': {
        return {
          status: 200,
          body: sample(this.checker, '#/components/schemas/private-user', {
            ...accountJson(account, this.apiUrl),
            user_view_type: 'private'
          })
        }
      }
      default:
        this.violations.push(
          `${operation.method} ${operation.template}: described but not implemented by the fake`
        )
        return notFound()
    }
  }

  private page<T>(url: URL, items: readonly T[], render: (item: T) => Json): Reply {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? this.defaultPerPage), 100)
    const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1)
    const last = Math.max(Math.ceil(items.length / perPage), 1)
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const link = (n: number): string => {
      const next = new URL(url.href)
      next.searchParams.set('per_page', String(perPage))
      next.searchParams.set('page', String(n))
      return `<${this.apiUrl}${next.pathname}${next.search}>`
    }
    const rels: string[] = []
    if (page > 1) rels.push(`${link(page - 1)}; rel="prev"`)
    if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`)
    if (page > 1) rels.push(`${link(1)}; rel="first"`)
    return {
      status: 200,
      headers: rels.length > 0 ? { link: rels.join(', ') } : {},
      body: slice.map(render)
    }
  }

  private tick(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString().replace('.000Z', 'Z')
  }

  private storeComment(issue: number, body: string, user: FakeAccount): StoredComment {
    const time = this.tick()
    const comment: StoredComment = {
      id: this.nextId++,
      issue,
      body,
      user,
      createdAt: time,
      updatedAt: time
    }
    this.storedComments.set(comment.id, comment)
    return comment
  }

  private commentUrl(comment: StoredComment): string {
    return `${this.apiUrl}/repos/${this.owner}/${this.repo}/issues/comments/${comment.id}`
  }

  private commentJson(comment: StoredComment): JsonObject {
    return sample(this.checker, '#/components/schemas/issue-comment', {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: this.commentUrl(comment),
      html_url: `https://github.example/${this.owner}/${this.repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/issues/${comment.issue}`,
      body: comment.body,
      user: accountJson(comment.user, this.apiUrl),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER'
    })
  }

  private pullJson(pull: StoredPull): JsonObject {
    const [headOwner, headName] = pull.headRepo.split('/')
    return sample(this.checker, '#/components/schemas/pull-request', {
      number: pull.number,
      state: pull.state,
      url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/pulls/${pull.number}`,
      head: {
        sha: pull.headSha,
        ref: 'feature',
        label: `${headOwner}:feature`,
        repo: { full_name: pull.headRepo, name: headName, owner: { login: headOwner } }
      },
      base: {
        sha: '0'.repeat(40),
        ref: 'main',
        label: `${this.owner}:main`,
        repo: {
          full_name: `${this.owner}/${this.repo}`,
          name: this.repo,
          owner: { login: this.owner }
        }
      }
    })
  }

  private checkRunJson(id: number, input: JsonObject): JsonObject {
    const output = (input.output ?? {}) as JsonObject
    return sample(this.checker, '#/components/schemas/check-run', {
      id,
      name: input.name ?? 'check',
      head_sha: input.head_sha ?? '',
      status: input.status ?? 'queued',
      conclusion: input.conclusion ?? null,
      details_url: input.details_url ?? null,
      started_at: input.started_at ?? null,
      completed_at: input.completed_at ?? null,
      html_url: `https://github.example/${this.owner}/${this.repo}/runs/${id}`,
      url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/check-runs/${id}`,
      output: {
        title: output.title ?? null,
        summary: output.summary ?? null,
        text: output.text ?? null,
        annotations_count: 0,
        annotations_url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/check-runs/${id}/annotations`
      },
      check_suite: null,
      app: null,
      pull_requests: []
    })
  }

  private artifactJson(artifact: StoredArtifact): JsonObject {
    return sample(this.checker, '#/components/schemas/artifact', {
      id: artifact.id,
      node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
      name: artifact.name,
      size_in_bytes: artifact.sizeInBytes,
      url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/actions/artifacts/${artifact.id}`,
      archive_download_url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/actions/artifacts/${artifact.id}/zip`,
      expired: artifact.expired,
      created_at: '2024-01-01T00:00:00Z',
      expires_at: '2024-04-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z'
    })
  }
}

let checkerInstance: OpenApiChecker | null = null
function sharedChecker(): OpenApiChecker {
  checkerInstance ??= new OpenApiChecker()
  return checkerInstance
}

function accountJson(account: FakeAccount, apiUrl: string): JsonObject {
  const base = `${apiUrl}/users/${encodeURIComponent(account.login)}`
  return {
    login: account.login,
    id: account.id,
    node_id: `U_${account.id}`,
    type: account.type,
    site_admin: false,
    url: base,
    html_url: `https://github.example/${encodeURIComponent(account.login)}`,
    avatar_url: `https://avatars.github.example/u/${account.id}`,
    gravatar_id: '',
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`
  }
}

function refuseBody(body: Json | undefined): Reply | null {
  if (typeof body === 'string' && [...body].length > COMMENT_LIMIT) {
    return validationFailed(`body is too long (maximum is ${COMMENT_LIMIT} characters)`)
  }
  return null
}

function validationFailed(message: string): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      documentation_url: DOCS,
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message }]
    }
  }
}

function notFound(): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } }
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    'x-github-api-version-selected': '2022-11-28',
    ...reply.headers
  }
  if (reply.rawBody !== undefined) {
    headers['content-type'] = reply.rawBody.contentType
    res.writeHead(reply.status, headers).end(reply.rawBody.text)
    return
  }
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end()
    return
  }
  headers['content-type'] = 'application/json; charset=utf-8'
  res.writeHead(reply.status, headers).end(JSON.stringify(reply.body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve(`http://127.0.0.1:${port}`)
    })
  })
}

function close(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}
