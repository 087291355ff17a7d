/**
 * The one Octokit classdiff talks to GitHub through: `@actions/github`'s client (REST methods, pagination,
 * the runner's proxy settings) plus Octokit's retry plugin (5xx with back-off) and throttling plugin
 * (GitHub's pacing of writes; 429 and secondary rate limits waited out as GitHub asks).
 */
import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

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
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]
const RATE_LIMIT_RETRIES = 3

/**
 * The runner's proxy-aware fetch (from @actions/github), with a deadline per request: a hung connection
 * becomes a retryable failure instead of a hung merge gate.
 */
function fetchWithDeadline(timeoutMs: number): typeof fetch {
  const base = ((defaults.request as { fetch?: typeof fetch } | undefined)?.fetch ??
    globalThis.fetch) as typeof fetch
  return (input, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    return base(input, { ...init, signal })
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
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      request: { fetch: fetchWithDeadline(options.requestTimeoutMs ?? 60_000) },
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
    },
    retry,
    throttling
  )
}

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
