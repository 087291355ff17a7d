/**
 * Publish mode, the second half of the fork-safe setup (docs/design.md#security-model). A `workflow_run` job,
 * with write permissions and no checkout of PR code, reads the report artifact the evaluating `pull_request`
 * run uploaded and publishes it. The artifact is the PR author's to forge, so:
 *
 * - sizes are capped while downloading and unzipping; report.json and pr.json are validated strictly;
 * - pr.json must name the commit the triggering run evaluated (GitHub's event says which);
 * - when GitHub lists the run's PRs, pr.json's PR must be among them (for fork PRs the list is empty);
 * - the PR must still have that commit as its head (else the run is stale, or pr.json names another PR):
 *   nothing is posted then.
 *
 * Only after all of that is anything written: the comment on the PR and a `classdiff` check run on the
 * commit.
 */
import { TextDecoder } from 'node:util'
import path from 'node:path'
import { InputError } from '../errors.js'
import { REPORT_LIMITS, parseUntrustedReport } from '../report/json.js'
import { serializeReport } from '../report/json.js'
import type { ReportJson } from '../report/types.js'
import { downloadArtifactFiles, findRunArtifact } from './artifact.js'
import { findReportPage } from './page-artifact.js'
import { gitHubFailure, type GitHubClient } from './client.js'
import type { Repository, RunContext, TriggeringRun } from './context.js'
import {
  HANDOFF_FILE,
  HANDOFF_MAX_BYTES,
  REPORT_FILE,
  parseUntrustedHandoff,
  type Handoff
} from './handoff.js'
import type { ActionSettings } from './inputs.js'
import type { ActionIO } from './io.js'
import { executePublication, planPublication } from './publish.js'
import type { CommentTarget } from './sticky-comment.js'

/** The largest artifact zip publish mode downloads. report.json and pr.json are small; predictions need not ride along. */
export const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024
/** UTF-8 can take up to 4 bytes a character; the report validator then counts characters. */
const MAX_REPORT_BYTES = REPORT_LIMITS.maxTextLength * 4

export interface PublishModeInputs {
  readonly context: RunContext
  readonly settings: ActionSettings
  readonly client: GitHubClient | null
  readonly io: ActionIO
  /** Where the validated report.json is written for later steps (the `report-json` output). */
  readonly reportDir: string
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new InputError(`${source}: not UTF-8 text`)
  }
}

interface VerifiedTarget {
  readonly target: CommentTarget | null
  /** Why there will be no comment, when there is none. */
  readonly skipped: string | null
  /** False when the run is stale: the PR moved on, so nothing at all is posted for this commit's report. */
  readonly publish: boolean
}

/** Checks pr.json's claims against the trusted event and the PR itself. */
async function verifyPullRequest(
  client: GitHubClient,
  repository: Repository,
  run: TriggeringRun,
  handoff: Handoff,
  source: string
): Promise<VerifiedTarget> {
  if (handoff.headSha !== null && handoff.headSha !== run.headSha) {
    throw new InputError(
      `${source}: names commit ${handoff.headSha.slice(0, 12)}, but run ${run.id} evaluated ${run.headSha.slice(0, 12)}; refusing to publish a report from another commit`
    )
  }
  if (handoff.pullRequest === null) {
    return {
      target: null,
      skipped: `run ${run.id} was not about a pull request (event ${run.event})`,
      publish: true
    }
  }
  if (!PULL_REQUEST_EVENTS.has(run.event)) {
    throw new InputError(
      `${source}: names PR #${handoff.pullRequest}, but run ${run.id} was triggered by ${run.event}, not a pull request`
    )
  }
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(handoff.pullRequest)) {
    throw new InputError(
      `${source}: names PR #${handoff.pullRequest}, but run ${run.id} belongs to PR ${run.pullRequests.map((n) => `#${n}`).join(', ')}`
    )
  }
  let pull
  try {
    pull = (await client.rest.pulls.get({ ...repository, pull_number: handoff.pullRequest })).data
  } catch (error) {
    if (gitHubFailure(error)?.status === 404) {
      return {
        target: null,
        skipped: `PR #${handoff.pullRequest} no longer exists (404)`,
        publish: true
      }
    }
    throw error
  }
  const headRepository = pull.head.repo?.full_name ?? null
  if (
    run.headRepository !== null &&
    headRepository !== null &&
    headRepository !== run.headRepository
  ) {
    throw new InputError(
      `${source}: names PR #${handoff.pullRequest}, whose head is in ${headRepository}, but run ${run.id} ran on ${run.headRepository}`
    )
  }
  if (pull.head.sha !== run.headSha) {
    return {
      target: null,
      skipped:
        `PR #${handoff.pullRequest}'s head is now ${pull.head.sha.slice(0, 12)}, not ${run.headSha.slice(0, 12)} ` +
        'which run evaluated; a newer run will publish its own report',
      publish: false
    }
  }
  return {
    target: { ...repository, issueNumber: handoff.pullRequest },
    skipped: null,
    publish: true
  }
}

export async function publishFromWorkflowRun(inputs: PublishModeInputs): Promise<void> {
  const { context, settings, client, io } = inputs
  const run = context.workflowRun
  if (run === null) {
    throw new InputError(
      `mode: publish runs in a workflow_run workflow (on: workflow_run), but this run was triggered by ${context.eventName || 'an unknown event'}`
    )
  }
  if (context.repository === null)
    throw new InputError('GITHUB_REPOSITORY is not set; cannot tell which repository to publish to')
  if (client === null)
    throw new InputError(
      'mode: publish needs a github-token to download the artifact and post the report'
    )
  const repository = context.repository

  const found = await io.group('Downloading the report artifact', async () => {
    const artifact = await findRunArtifact(client, repository, run.id, settings.artifactName)
    if (artifact === null) return null
    const files = await downloadArtifactFiles(client, repository, artifact, {
      maxArchiveBytes: MAX_ARTIFACT_BYTES,
      files: { [REPORT_FILE]: MAX_REPORT_BYTES, [HANDOFF_FILE]: HANDOFF_MAX_BYTES }
    })
    return { artifact, files }
  })
  if (found === null) {
    if (run.conclusion === 'cancelled' || run.conclusion === 'skipped') {
      io.notice(
        `Run ${run.id} was ${run.conclusion} and left no "${settings.artifactName}" artifact: nothing to publish`
      )
      return
    }
    throw new InputError(
      `run ${run.id} uploaded no artifact named "${settings.artifactName}"; upload the report directory (report.json and pr.json) under that name, or set artifact-name`
    )
  }
  const { artifact, files } = found
  const where = `artifact "${artifact.name}"`
  const source = (file: string): string => `${where} ${file}`
  const reportBytes = files.get(REPORT_FILE)
  const handoffBytes = files.get(HANDOFF_FILE)
  if (reportBytes === undefined) throw new InputError(`${where} has no ${REPORT_FILE} at its root`)
  if (handoffBytes === undefined) {
    throw new InputError(
      `${where} has no ${HANDOFF_FILE} at its root; classdiff writes it beside ${REPORT_FILE}, upload both`
    )
  }
  const report: ReportJson = parseUntrustedReport(
    decodeUtf8(reportBytes, source(REPORT_FILE)),
    source(REPORT_FILE)
  )
  const handoff = parseUntrustedHandoff(
    decodeUtf8(handoffBytes, source(HANDOFF_FILE)),
    source(HANDOFF_FILE)
  )
  const verified = await verifyPullRequest(client, repository, run, handoff, source(HANDOFF_FILE))
  if (!verified.publish) {
    io.warning(`classdiff publishes nothing: ${verified.skipped}`)
    return
  }
  if (verified.skipped !== null) io.info(`No PR comment: ${verified.skipped}`)
  else if (!settings.comment) io.info('comment: false — no PR comment')

  const pageUrl = await findReportPage(client, context, repository, run.id, handoff.commentKey, io)
  const reportJsonPath = path.join(inputs.reportDir, REPORT_FILE)
  const artifactUrl = `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${run.id}/artifacts/${artifact.id}`
  const publication = planPublication({
    report,
    reportJsonPath,
    // The validated report, re-serialized: later steps read what was checked, not the raw artifact.
    files: [{ path: reportJsonPath, content: serializeReport(report) }],
    commentTarget: settings.comment ? verified.target : null,
    commentAuthor: settings.commentAuthor,
    // Validated as 16 hex digits: it can only pick which of our own comments on this PR to update.
    commentKey: handoff.commentKey,
    links: {
      runUrl: run.htmlUrl ?? undefined,
      reportUrl: artifactUrl,
      pageUrl: pageUrl ?? undefined,
      summaryUrl: context.runUrl ?? undefined,
      title: settings.title
    },
    checkRun: { repository, headSha: run.headSha, detailsUrl: context.runUrl },
    failOnDrop: settings.failOnDrop
  })
  await executePublication(publication, client, io)
}
