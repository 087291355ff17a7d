/**
 * What the Actions runner tells a step about its run, read from the environment it sets (and the event
 * payload file it points to). Read once, from an explicit environment, so tests can give any run.
 */
import { tmpdir } from 'node:os'
import { ANY_PLACE, readInputText, SIZE_CAPS } from '../data/input-file.js'
import { InputError } from '../errors.js'

export interface Repository {
  readonly owner: string
  readonly repo: string
}

/** The pull request a `pull_request`-like event is about. */
export interface PullRequestRef {
  readonly number: number
  /** The PR's head commit (not the merge commit `GITHUB_SHA` names). Null when the event does not say. */
  readonly headSha: string | null
  /** The commit the PR is compared against (`pull_request.base.sha`): the default baseline's revision. */
  readonly baseSha: string | null
}

/** The run a `workflow_run` event reports on: the evaluating run whose artifact publish mode reads. */
export interface TriggeringRun {
  readonly id: number
  readonly name: string
  /** The event that started it (`pull_request` for the fork-safe setup). */
  readonly event: string
  readonly conclusion: string | null
  readonly headSha: string
  /** `owner/name` of the repository the head commit lives in (a fork for fork PRs). */
  readonly headRepository: string | null
  readonly htmlUrl: string | null
  /** PRs GitHub associates with the run; empty for PRs from forks. */
  readonly pullRequests: readonly number[]
}

export interface RunContext {
  readonly eventName: string
  readonly repository: Repository | null
  readonly pullRequest: PullRequestRef | null
  readonly workflowRun: TriggeringRun | null
  readonly sha: string
  readonly workflow: string
  readonly job: string
  readonly runId: number | null
  /** Link to this run's page (where the job summary is), when the runner said enough to build it. */
  readonly runUrl: string | null
  readonly serverUrl: string
  readonly apiUrl: string
  /** Where relative paths in inputs resolve. */
  readonly workspace: string
  /** The runner's scratch folder (RUNNER_TEMP), emptied after every job. */
  readonly runnerTemp: string
}

const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
])

type Payload = Record<string, unknown>

function record(value: unknown): Payload | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Payload)
    : null
}

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

function readPayload(file: string | undefined): Payload {
  if (!file) return {}
  const raw = readInputText(
    file,
    `GITHUB_EVENT_PATH ${file}: the event payload`,
    ANY_PLACE,
    SIZE_CAPS.eventPayload
  )
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    throw new InputError(`GITHUB_EVENT_PATH ${file}: the event payload is not JSON`)
  }
  const payload = record(value)
  if (payload === null) {
    throw new InputError(`GITHUB_EVENT_PATH ${file}: the event payload is not a JSON object`)
  }
  return payload
}

function pullRequestOf(eventName: string, payload: Payload): PullRequestRef | null {
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pull = record(payload.pull_request)
    const number = positiveInteger(pull?.number)
    if (number === null) return null
    return {
      number,
      headSha: text(record(pull?.head)?.sha),
      baseSha: text(record(pull?.base)?.sha)
    }
  }
  // A comment on a PR arrives as an issue event; the issue carries a `pull_request` link.
  if (eventName === 'issue_comment') {
    const issue = record(payload.issue)
    const number = positiveInteger(issue?.number)
    if (number === null || record(issue?.pull_request) === null) return null
    return { number, headSha: null, baseSha: null }
  }
  return null
}

function workflowRunOf(payload: Payload): TriggeringRun | null {
  const run = record(payload.workflow_run)
  const id = positiveInteger(run?.id)
  const headSha = text(run?.head_sha)
  if (run === null || id === null || headSha === null) return null
  const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : []
  return {
    id,
    name: text(run.name) ?? '',
    event: text(run.event) ?? '',
    conclusion: text(run.conclusion),
    headSha,
    headRepository: text(record(run.head_repository)?.full_name),
    htmlUrl: text(run.html_url),
    pullRequests: pulls
      .map((p) => positiveInteger(record(p)?.number))
      .filter((n): n is number => n !== null)
  }
}

function repositoryOf(env: NodeJS.ProcessEnv): Repository | null {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo || rest.length > 0) return null
  return { owner, repo }
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const repository = repositoryOf(env)
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? Number(env.GITHUB_RUN_ID) : null
  return {
    eventName,
    repository,
    pullRequest: pullRequestOf(eventName, payload),
    workflowRun: eventName === 'workflow_run' ? workflowRunOf(payload) : null,
    sha: env.GITHUB_SHA ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    runId,
    runUrl:
      repository !== null && runId !== null
        ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}`
        : null,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || tmpdir()
  }
}
