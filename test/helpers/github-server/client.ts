/**
 * classdiff's real GitHub client (retry and throttling plugins included) pointed at the fake server, with
 * back-offs shrunk to milliseconds and GitHub's write pacing (1 s between writes, 3 s between comments)
 * replaced by none, so fault-injection tests take milliseconds. Each client is its own simulated run.
 */
import Bottleneck from 'bottleneck'
import { createGitHubClient, type GitHubClient } from '../../../src/github/client.js'
import type { GitHubServer } from './server.js'

export interface TestClientOptions {
  /** Collects the client's warnings (rate-limit waits and the like). */
  readonly warnings?: string[]
  readonly retries?: number
  readonly requestTimeoutMs?: number
}

export function testClient(
  server: GitHubServer,
  token: string,
  options: TestClientOptions = {}
): GitHubClient {
  const unpaced = (): Bottleneck.Group => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 })
  return createGitHubClient({
    token,
    baseUrl: server.url,
    log: { warn: (message) => options.warnings?.push(message), debug: () => undefined },
    backoffUnitMs: 2,
    retries: options.retries,
    requestTimeoutMs: options.requestTimeoutMs,
    throttle: { write: unpaced(), notifications: unpaced() }
  })
}
