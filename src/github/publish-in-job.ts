/**
 * Evaluate (and report) mode: after the comparison ran in this job, publish its report in this job: the job
 * summary and outputs always, the sticky comment when the run is about a PR, and pr.json beside the report
 * so a `workflow_run` job can publish it for fork PRs.
 */
import path from 'node:path'
import type { ReportJson } from '../report/types.js'
import type { GitHubClient } from './client.js'
import type { RunContext } from './context.js'
import { HANDOFF_FILE, serializeHandoff } from './handoff.js'
import type { ActionSettings } from './inputs.js'
import type { ActionIO } from './io.js'
import { uploadReportPage } from './page-artifact.js'
import { executePublication, planPublication } from './publish.js'
import { commentKey, type CommentTarget } from './sticky-comment.js'

export interface InJobPublishInputs {
  readonly report: ReportJson
  readonly reportJsonPath: string
  /** report.html, uploaded as an artifact when the run has the artifact service; absent = not uploaded. */
  readonly reportHtmlPath?: string
  /** The runner's environment (where the artifact service is announced). */
  readonly env?: NodeJS.ProcessEnv
  readonly context: RunContext
  readonly settings: ActionSettings
  readonly client: GitHubClient | null
  readonly io: ActionIO
}

function commentTargetOf(inputs: InJobPublishInputs): CommentTarget | null {
  const { context, settings, client, io } = inputs
  if (!settings.comment) {
    io.info('comment: false — no PR comment')
    return null
  }
  if (context.pullRequest === null || context.repository === null) {
    io.info(
      `No pull request in this run (event ${context.eventName || 'unknown'}): job summary and outputs only`
    )
    return null
  }
  if (client === null) {
    io.warning(
      'classdiff has no github-token, so it cannot comment on the PR; the job summary and outputs were written'
    )
    return null
  }
  return { ...context.repository, issueNumber: context.pullRequest.number }
}

export async function publishInJob(inputs: InJobPublishInputs): Promise<void> {
  const { report, context, settings, io } = inputs
  const key = commentKey({ workflow: context.workflow, job: context.job, ...report.inputs })
  const handoff = serializeHandoff({
    schemaVersion: 1,
    pullRequest: context.pullRequest?.number ?? null,
    headSha: context.pullRequest?.headSha ?? null,
    commentKey: key
  })
  const pageUrl =
    inputs.reportHtmlPath === undefined
      ? null
      : await io.group('Uploading report.html', () =>
          uploadReportPage({
            file: inputs.reportHtmlPath as string,
            commentKey: key,
            context,
            env: inputs.env ?? process.env,
            io
          })
        )
  const publication = planPublication({
    report,
    reportJsonPath: inputs.reportJsonPath,
    files: [
      { path: path.join(path.dirname(inputs.reportJsonPath), HANDOFF_FILE), content: handoff }
    ],
    commentTarget: commentTargetOf(inputs),
    commentAuthor: settings.commentAuthor,
    commentKey: key,
    links: {
      runUrl: context.runUrl ?? undefined,
      summaryUrl: context.runUrl ?? undefined,
      pageUrl: pageUrl ?? undefined,
      title: settings.title
    },
    checkRun: null,
    failOnDrop: settings.failOnDrop
  })
  await executePublication(publication, inputs.client, io)
}
