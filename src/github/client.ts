/**
 * The one Octokit classdiff talks to GitHub through: the client `@actions/github` builds (REST methods,
 * pagination, the runner's proxy settings), composed here from the same parts, plus Octokit's retry plugin
 * (5xx with back-off) and throttling plugin (GitHub's pacing of writes; 429 and secondary rate limits waited
 * out as GitHub asks).
 *
 * Not `@actions/github` itself: importing it parses `GITHUB_EVENT_PATH` at load time, so a malformed event
 * payload would crash the bundle with a stack trace before classdiff could name the file
 * (docs/failure-modes.md, "event-payload-malformed"). And every API request is held to the API's host
 * (apiFetch): a redirect elsewhere, or an answer that is not JSON, is an error naming the endpoint.
 */
import { HttpClient } from '@actions/http-client'
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici'

const GitHubOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling)

export type GitHubClient = InstanceType<typeof GitHubOctokit>

export interface ClientLog {
  warn(message: string): void
  debug(message: string): void
}

export interface GitHubClientOptions {
  readonly token: string
  /** REST API root: `GITHUB_API_URL` (GitHub Enterprise Server and tests set it). */
  readonly baseUrl: string
  readonly log: ClientLog
  /**
   * Milliseconds per second of back-off. GitHub's Retry-After and the retry plugin's schedule (1, 4, 9 s)
   * are in seconds; tests shrink the unit to keep fault injection fast.
   */
  readonly backoffUnitMs?: number
  /** Retries of a request that failed with a server error (default 3). */
  readonly retries?: number
  /** Longest wait for one response (headers and body) before it counts as a failure and is retried (default 60 s). */
  readonly requestTimeoutMs?: number
  /** Longest single wait for a rate limit, in seconds; beyond it the request fails instead (default 60). */
  readonly maxRateLimitWaitSeconds?: number
  /**
   * Extra throttling settings, passed through to `@octokit/plugin-throttling` (tests give each simulated
   * run its own `id`, and may replace the write pacing groups).
   */
  readonly throttle?: Readonly<Record<string, unknown>>
}

/**
 * Statuses the retry plugin leaves alone: rate limits (403, 429), which the throttling plugin waits out for
 * as long as GitHub asks, and refusals a retry cannot change.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 421, 422, 429, 451]

/**
 * The status apiFetch gives an answer classdiff cannot use (a redirect to another host, a page that is not
 * JSON): 421 Misdirected Request, which no retry can change. Its message says what GitHub really answered.
 */
export const UNUSABLE_ANSWER = 421

function unusable(message: string): Response {
  return new Response(JSON.stringify({ message }), {
    status: UNUSABLE_ANSWER,
    headers: { 'content-type': 'application/json; charset=utf-8' }
  })
}
const RATE_LIMIT_RETRIES = 3

/** The runner's proxy settings (HTTPS_PROXY, NO_PROXY), as `@actions/github` applies them. */
function proxyFetch(baseUrl: string): typeof fetch {
  const dispatcher = new HttpClient().getAgentDispatcher(baseUrl)
  return ((input: string | URL, init: RequestInit = {}) =>
    undiciFetch(input, {
      ...(init as UndiciRequestInit),
      ...(dispatcher === undefined ? {} : { dispatcher })
    })) as unknown as typeof fetch
}

/** Requests whose answer GitHub sends from another host (blob storage), on purpose: artifact downloads. */
const DOWNLOAD_PATH = /\/actions\/artifacts\/\d+\/zip$/

/** Redirects followed for a download, at most. */
const MAX_REDIRECTS = 5

function endpointOf(url: URL, method: string): string {
  return `${method.toUpperCase()} ${url.pathname}`
}

/**
 * fetch for API requests: a deadline per request (a hung connection becomes a retryable failure instead of a
 * hung merge gate); redirects followed by hand — within the API's host with the token, and only for artifact
 * downloads to another host, without it; any other redirect, and any successful answer that is not JSON
 * (an HTML page from a proxy or a login wall), is an error naming the endpoint.
 */
export function apiFetch(
  baseUrl: string,
  timeoutMs: number,
  base: typeof fetch = proxyFetch(baseUrl)
): typeof fetch {
  const apiOrigin = new URL(baseUrl).origin
  return async (input, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    const method = init.method ?? 'GET'
    let url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
    const endpoint = endpointOf(url, method)
    const download = DOWNLOAD_PATH.test(url.pathname)
    let headers = new Headers(init.headers)
    for (let hop = 0; ; hop++) {
      const response = await base(url, { ...init, headers, signal, redirect: 'manual' })
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location')
        await response.body?.cancel().catch(() => undefined)
        const next = location === null ? null : new URL(location, url)
        const sameHost = next !== null && next.origin === apiOrigin
        if (
          next === null ||
          hop >= MAX_REDIRECTS ||
          (!sameHost && !download) ||
          !/^https?:$/.test(next.protocol)
        ) {
          return unusable(
            `${endpoint}: GitHub answered with a redirect (${response.status}${next === null ? '' : ` to ${next.origin}`}); classdiff does not follow API redirects to another host`
          )
        }
        if (!sameHost) {
          // The token is for GitHub alone: never sent to the storage host a download redirects to.
          headers = new Headers(headers)
          headers.delete('authorization')
        }
        url = next
        continue
      }
      const type = response.headers.get('content-type') ?? ''
      if (response.ok && response.status !== 204 && !download && !/\bjson\b/i.test(type)) {
        await response.body?.cancel().catch(() => undefined)
        return unusable(
          `${endpoint}: GitHub answered ${response.status} with ${type === '' ? 'no content type' : JSON.stringify(type.split(';')[0])}, not JSON`
        )
      }
      return response
    }
  }
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const unit = options.backoffUnitMs ?? 1000
  const maxWait = options.maxRateLimitWaitSeconds ?? 60
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      const again = retryCount < RATE_LIMIT_RETRIES && retryAfter <= maxWait
      options.log.warn(
        `GitHub ${kind} on ${request.method} ${request.url}: ` +
          (again
            ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`
            : 'giving up')
      )
      return again
    }
  return new GitHubOctokit({
    auth: `token ${options.token}`,
    baseUrl: options.baseUrl,
    request: { fetch: apiFetch(options.baseUrl, options.requestTimeoutMs ?? 60_000) },
    log: {
      debug: (message: string) => options.log.debug(message),
      info: (message: string) => options.log.debug(message),
      warn: (message: string) => options.log.warn(message),
      error: (message: string) => options.log.warn(message)
    },
    retry: { doNotRetry: DO_NOT_RETRY, retries: options.retries ?? 3, retryAfterBaseValue: unit },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: unit,
      ...options.throttle
    }
  })
}

/**
 * A field GitHub's answer must carry; a body without it is an error naming the endpoint, never a log line
 * that says "Created … undefined".
 */
export function requireField<T>(
  data: unknown,
  field: string,
  endpoint: string,
  check: (value: unknown) => value is T
): T {
  const value = (data as Record<string, unknown> | null)?.[field]
  if (data === null || typeof data !== 'object' || !check(value)) {
    throw new Error(`${endpoint}: GitHub's answer has no valid "${field}"`)
  }
  return value
}

export const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0
export const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value !== ''

/** An Octokit request failure: its HTTP status and GitHub's message. */
export interface GitHubFailure {
  readonly status: number
  readonly message: string
}

export function gitHubFailure(error: unknown): GitHubFailure | null {
  if (error === null || typeof error !== 'object') return null
  const { status, message } = error as { status?: unknown; message?: unknown }
  if (typeof status !== 'number' || typeof message !== 'string') return null
  return { status, message: message.split('\n')[0] ?? '' }
}
