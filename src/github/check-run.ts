/**
 * The `classdiff` check run publish mode puts on the PR's head commit: the verdict as its conclusion (so
 * branch protection can require it) and the comment's content as its summary.
 */
import { isNonEmptyString, isPositiveInteger, requireField, type GitHubClient } from './client.js'
import type { Repository } from './context.js'

export const CHECK_RUN_NAME = 'classdiff'

export interface CheckRunRequest {
  readonly headSha: string
  readonly conclusion: 'success' | 'failure'
  readonly title: string
  /** At most 65,535 characters (GitHub's limit); the comment renderer fits it. */
  readonly summary: string
  readonly detailsUrl: string | null
}

export async function createCheckRun(
  client: GitHubClient,
  repository: Repository,
  request: CheckRunRequest
): Promise<string> {
  const response = await client.rest.checks.create({
    owner: repository.owner,
    repo: repository.repo,
    name: CHECK_RUN_NAME,
    head_sha: request.headSha,
    status: 'completed',
    conclusion: request.conclusion,
    ...(request.detailsUrl !== null ? { details_url: request.detailsUrl } : {}),
    output: { title: request.title, summary: request.summary }
  })
  const endpoint = 'POST /repos/{owner}/{repo}/check-runs'
  requireField(response.data, 'id', endpoint, isPositiveInteger)
  return requireField(response.data, 'html_url', endpoint, isNonEmptyString)
}
