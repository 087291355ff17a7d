/**
 * Publishing a report: job summary, annotations, sticky PR comment, check run, outputs, and the gate.
 * Everything is computed first (a `Publication`), then written, so a bad report or a rendering bug never
 * leaves a half-posted result. GitHub refusing a write degrades to a warning where the situation is
 * expected (read-only token, vanished PR) and to a failed step otherwise; outputs and the summary are
 * written regardless, and the gate always applies.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describeError } from '../errors.js'
import {
  CHECK_RUN_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  JOB_SUMMARY_LIMIT,
  sizeOf
} from '../report/budget.js'
import { renderComment, type CommentContext } from '../report/comment.js'
import { safeLinkUrl } from '../report/escape.js'
import { serializeReport } from '../report/json.js'
import { renderJobSummary } from '../report/markdown.js'
import type { ReportJson } from '../report/types.js'
import { hurtClassAnnotations, type Annotation } from './annotations.js'
import { createCheckRun, type CheckRunRequest } from './check-run.js'
import { gitHubFailure, UNUSABLE_ANSWER, type GitHubClient } from './client.js'
import type { Repository } from './context.js'
import type { ActionIO } from './io.js'
import { actionOutputs } from './outputs.js'
import {
  commentMarker,
  contentDigest,
  digestLine,
  upsertStickyComment,
  type CommentTarget,
  type StickyComment
} from './sticky-comment.js'

/** What the warning on a read-only token tells the user to do. */
export const READ_ONLY_HELP =
  'the token cannot write to pull requests (fork PRs always get a read-only token; otherwise grant ' +
  '`permissions: pull-requests: write`). For fork PRs use the two-workflow setup: evaluate on pull_request ' +
  'and upload the report directory as an artifact, then publish it from a workflow_run workflow with ' +
  '`mode: publish` (see "Using the action" in the README). The job summary and outputs were still written.'

export interface PlannedComment {
  readonly target: CommentTarget
  /** The login the comment is posted as, when the action was told it (input `comment-author`). */
  readonly author: string | null
  readonly sticky: StickyComment
  /** A short body with no class names, tried once if GitHub refuses the full one (422). */
  readonly fallback: StickyComment
}

export interface Publication {
  readonly report: ReportJson
  /** Local files to write first: pr.json, the validated report in publish mode. */
  readonly files: readonly { readonly path: string; readonly content: string }[]
  readonly reportJsonPath: string
  readonly summary: string
  readonly annotations: readonly Annotation[]
  readonly comment: PlannedComment | null
  readonly checkRun: { readonly repository: Repository; readonly request: CheckRunRequest } | null
  /** The one-line reason the step fails on, when the gate applies. */
  readonly gateFailure: string | null
}

export interface PlanInputs {
  readonly report: ReportJson
  readonly reportJsonPath: string
  readonly files?: Publication['files']
  /** Where the sticky comment goes; null = no comment (no PR, comment: false, no token). */
  readonly commentTarget: CommentTarget | null
  /** Input `comment-author`: who our comments are by; null: the token's user, or github-actions[bot]. */
  readonly commentAuthor: string | null
  readonly commentKey: string
  readonly links: CommentContext
  /** Head commit for a check run (publish mode); null = none. */
  readonly checkRun: {
    readonly repository: Repository
    readonly headSha: string
    readonly detailsUrl: string | null
  } | null
  readonly failOnDrop: boolean
}

/** Short, single-line reason for a failed gate, as GitHub shows it beside the failed step. */
export function gateFailureMessage(report: ReportJson): string {
  const reasons = report.reasons.map((r) => r.replace(/\s+/g, ' ').trim()).filter((r) => r !== '')
  const first = reasons[0] ?? `${report.summary.hurt} classes hurt`
  const more =
    reasons.length > 1 ? ` (and ${reasons.length - 1} more reasons: see the job summary)` : ''
  const line = `classdiff: the candidate fails the gate: ${first}${more}`
  return line.length > 500 ? `${line.slice(0, 499)}…` : line
}

function checkRunTitle(report: ReportJson): string {
  const { hurt, suspected } = report.summary
  const classes = (n: number): string => `${n} ${n === 1 ? 'class' : 'classes'}`
  return report.verdict === 'fail'
    ? `fail — ${classes(hurt)} hurt`
    : `pass — ${hurt === 0 ? 'no class' : classes(hurt)} hurt${suspected > 0 ? `, ${suspected} suspected` : ''}`
}

function stickyComment(
  report: ReportJson,
  key: string,
  links: CommentContext
): { sticky: StickyComment; fallback: StickyComment } {
  const marker = commentMarker(key)
  const digest = contentDigest(serializeReport(report), links.title ?? '')
  const tail = digestLine(digest)
  const body = renderComment(report, links, { marker, limit: COMMENT_LIMIT - sizeOf(tail) }) + tail
  // The fallback has its own digest, so the next run replaces it with the full comment.
  const fallbackDigest = contentDigest('fallback', digest)
  const where = safeLinkUrl(links.summaryUrl ?? links.runUrl)
  const { hurt, suspected, helped } = report.summary
  const fallbackBody = [
    marker,
    `### ${report.verdict === 'fail' ? '❌' : '✅'} classdiff: ${report.verdict}`,
    `${hurt} hurt · ${suspected} suspected · ${helped} helped.`,
    `GitHub refused the full comment; the report is in ${where !== null ? `[the job summary](${where})` : 'the job summary of this run'}.`
  ].join('\n\n')
  return {
    sticky: { marker, body, digest },
    fallback: { marker, body: fallbackBody + digestLine(fallbackDigest), digest: fallbackDigest }
  }
}

/** Computes everything to publish; pure apart from rendering, throws before anything is written. */
export function planPublication(inputs: PlanInputs): Publication {
  const { report } = inputs
  const failing = report.verdict === 'fail' && inputs.failOnDrop
  const comment =
    inputs.commentTarget === null
      ? null
      : {
          target: inputs.commentTarget,
          author: inputs.commentAuthor,
          ...stickyComment(report, inputs.commentKey, inputs.links)
        }
  const checkRun =
    inputs.checkRun === null
      ? null
      : {
          repository: inputs.checkRun.repository,
          request: {
            headSha: inputs.checkRun.headSha,
            conclusion: report.verdict === 'pass' ? ('success' as const) : ('failure' as const),
            title: checkRunTitle(report),
            summary: renderComment(report, inputs.links, {
              marker: '',
              limit: CHECK_RUN_SUMMARY_LIMIT
            }),
            detailsUrl: inputs.checkRun.detailsUrl
          }
        }
  return {
    report,
    files: inputs.files ?? [],
    reportJsonPath: inputs.reportJsonPath,
    summary: jobSummary(report, inputs.links),
    annotations: hurtClassAnnotations(report, failing),
    comment,
    checkRun,
    gateFailure: failing ? gateFailureMessage(report) : null
  }
}

/** The job summary, opening with the link to report.html when it was uploaded. */
function jobSummary(report: ReportJson, links: CommentContext): string {
  const page = safeLinkUrl(links.pageUrl)
  const head =
    page === null
      ? ''
      : `**[Lost images of the hurt and suspected classes (report.html)](${page})**\n\n`
  // core.summary adds a line break after it.
  return head + renderJobSummary(report, JOB_SUMMARY_LIMIT - 2 - sizeOf(head))
}

type WriteResult = { readonly url: string | null; readonly problem: string | null }

async function postComment(
  client: GitHubClient,
  planned: PlannedComment,
  io: ActionIO
): Promise<WriteResult> {
  const pr = `PR #${planned.target.issueNumber}`
  const log = { info: (m: string) => io.info(m), debug: (m: string) => io.debug(m) }
  try {
    const outcome = await upsertStickyComment(
      client,
      planned.target,
      planned.sticky,
      log,
      planned.author
    ).catch(async (error) => {
      if (gitHubFailure(error)?.status !== 422) throw error
      io.warning(
        `GitHub refused the classdiff comment on ${pr} (${gitHubFailure(error)?.message}); posting a short one instead`
      )
      return upsertStickyComment(client, planned.target, planned.fallback, log, planned.author)
    })
    const verb = { created: 'Created', updated: 'Updated', unchanged: 'Left unchanged' }[
      outcome.action
    ]
    io.info(`${verb} the classdiff comment on ${pr}: ${outcome.url}`)
    if (outcome.removedDuplicates > 0) {
      io.info(
        `Removed ${outcome.removedDuplicates} duplicate classdiff comment(s) left by concurrent runs`
      )
    }
    return { url: outcome.url, problem: null }
  } catch (error) {
    const failure = gitHubFailure(error)
    if (failure?.status === 403 && !/rate limit/i.test(failure.message)) {
      io.warning(`classdiff could not comment on ${pr}: ${READ_ONLY_HELP}`)
      return { url: null, problem: null }
    }
    if (failure?.status === 404) {
      io.warning(
        `classdiff could not comment on ${pr}: GitHub no longer finds it (404); comment skipped`
      )
      return { url: null, problem: null }
    }
    return {
      url: null,
      problem: `classdiff could not post the comment on ${pr}: ${failureText(error)}`
    }
  }
}

/** What went wrong with a request, for the one line the user reads. */
function failureText(error: unknown): string {
  const failure = gitHubFailure(error)
  if (failure === null) return describeError(error)
  // apiFetch's own refusals carry what GitHub really answered in their message.
  if (failure.status === UNUSABLE_ANSWER) return failure.message
  return `GitHub answered ${failure.status}: ${failure.message}`
}

async function postCheckRun(
  client: GitHubClient,
  checkRun: NonNullable<Publication['checkRun']>,
  io: ActionIO
): Promise<string | null> {
  try {
    const url = await createCheckRun(client, checkRun.repository, checkRun.request)
    io.info(`Created the classdiff check run on ${checkRun.request.headSha.slice(0, 12)}: ${url}`)
    return null
  } catch (error) {
    const failure = gitHubFailure(error)
    if (failure?.status === 403 && !/rate limit/i.test(failure.message)) {
      io.warning(
        'classdiff could not create its check run: the token lacks `permissions: checks: write`; the comment and outputs are unaffected'
      )
      return null
    }
    return `classdiff could not create its check run: ${failureText(error)}`
  }
}

/**
 * Writes a computed publication: local files, job summary, annotations, comment, check run, outputs, then
 * the gate. Never throws for GitHub's sake; the step fails with the gate's reason, else the first
 * publishing problem.
 */
export async function executePublication(
  publication: Publication,
  client: GitHubClient | null,
  io: ActionIO
): Promise<void> {
  for (const file of publication.files) {
    await mkdir(path.dirname(file.path), { recursive: true })
    await writeFile(file.path, file.content)
  }
  try {
    if (!(await io.writeSummary(publication.summary))) {
      io.info(
        'No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in the report directory'
      )
    }
  } catch (error) {
    io.warning(`classdiff could not write the job summary: ${describeError(error)}`)
  }
  for (const annotation of publication.annotations) {
    io[annotation.level](annotation.message, { title: annotation.title })
  }
  const problems: string[] = []
  let commentUrl: string | null = null
  if (publication.comment !== null && client !== null) {
    const result = await io.group('Posting the PR comment', () =>
      postComment(client, publication.comment as PlannedComment, io)
    )
    commentUrl = result.url
    if (result.problem !== null) problems.push(result.problem)
  }
  if (publication.checkRun !== null && client !== null) {
    const problem = await io.group('Creating the check run', () =>
      postCheckRun(client, publication.checkRun as NonNullable<Publication['checkRun']>, io)
    )
    if (problem !== null) problems.push(problem)
  }
  for (const [name, value] of Object.entries(
    actionOutputs(publication.report, publication.reportJsonPath, commentUrl)
  )) {
    io.setOutput(name, value)
  }
  for (const problem of problems.slice(1)) io.error(problem)
  if (publication.gateFailure !== null) {
    if (problems[0] !== undefined) io.error(problems[0])
    io.setFailed(publication.gateFailure)
  } else if (problems[0] !== undefined) {
    io.setFailed(problems[0])
  } else {
    io.info(`classdiff: ${publication.report.verdict}`)
  }
}
