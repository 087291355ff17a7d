/**
 * Publishing report.html (docs/html-report.md): uploaded as a single-file artifact that is not zipped
 * (`@actions/artifact`'s `skipArchive`, upload-artifact v7's `archive: false`), which GitHub opens in the
 * browser, and linked from the comment and the job summary. Where the run has no artifact service (a local
 * run, GHES without it) or the upload fails, the step says so and goes on: the page is an extra.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { describeError } from '../errors.js'
import { findRunArtifact } from './artifact.js'
import type { GitHubClient } from './client.js'
import type { Repository, RunContext } from './context.js'
import type { ActionIO } from './io.js'

/**
 * A non-zipped artifact is named after its file. One name per evaluation (the comment key hashes the
 * workflow, job and inputs), so several evaluations in one run (a matrix) do not collide, and publish mode
 * finds the page by the key pr.json carries.
 */
export function pageArtifactName(commentKey: string): string {
  return `classdiff-report-${commentKey}.html`
}

/** The page of an artifact, as GitHub links it. */
export function artifactPageUrl(
  serverUrl: string,
  repository: Repository,
  runId: number,
  artifactId: number
): string {
  return `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}/artifacts/${artifactId}`
}

export interface PageUploadInputs {
  /** report.html in the report directory. */
  readonly file: string
  readonly commentKey: string
  readonly context: RunContext
  /** The runner's environment: the artifact service is there when it sets ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL. */
  readonly env: NodeJS.ProcessEnv
  readonly io: ActionIO
}

/** Uploads the page; its URL, or null (and a line saying why) when it was not uploaded. */
export async function uploadReportPage(inputs: PageUploadInputs): Promise<string | null> {
  const { context, env, io } = inputs
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    io.info(
      `report.html not uploaded: this run has no artifact service (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset, e.g. a local run); it is at ${inputs.file}`
    )
    return null
  }
  const name = pageArtifactName(inputs.commentKey)
  // The artifact takes the file's name: upload a copy named for this evaluation.
  const scratch = await mkdtemp(path.join(context.runnerTemp, 'classdiff-page-'))
  let notSupported: (new (...args: never[]) => Error) | null = null
  try {
    const copy = path.join(scratch, name)
    await copyFile(inputs.file, copy)
    // Loaded here, not at start-up: @actions/artifact imports @actions/github, which parses the event payload
    // while loading; by now classdiff has read that payload itself (docs/failure-modes.md,
    // "event-payload-malformed").
    const { DefaultArtifactClient, GHESNotSupportedError } = await import('@actions/artifact')
    notSupported = GHESNotSupportedError
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, [copy], scratch, {
      skipArchive: true
    })
    if (id === undefined) throw new Error('the artifact service returned no artifact id')
    const url =
      context.repository !== null && context.runId !== null
        ? artifactPageUrl(context.serverUrl, context.repository, context.runId, id)
        : null
    io.info(`Uploaded report.html as artifact ${name}${url !== null ? `: ${url}` : ''}`)
    return url
  } catch (error) {
    if (notSupported !== null && error instanceof notSupported) {
      io.info(
        'report.html not uploaded: this GitHub Enterprise Server does not support the artifact upload it needs; it stays in the report directory'
      )
    } else {
      io.warning(
        `classdiff could not upload report.html (${describeError(error)}); the comment and summary go without the link`
      )
    }
    return null
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * Publish mode: the page the evaluating run uploaded, if it did (an older classdiff, or a run without the
 * artifact service, did not). Only the artifact's id comes from the listing, so the link is always GitHub's.
 */
export async function findReportPage(
  client: GitHubClient,
  context: RunContext,
  repository: Repository,
  runId: number,
  commentKey: string,
  io: ActionIO
): Promise<string | null> {
  try {
    const found = await findRunArtifact(client, repository, runId, pageArtifactName(commentKey))
    if (found === null) {
      io.info(`Run ${runId} uploaded no report.html artifact: the comment goes without the link`)
      return null
    }
    return artifactPageUrl(context.serverUrl, repository, runId, found.id)
  } catch (error) {
    io.warning(`classdiff could not look up the report.html artifact (${describeError(error)})`)
    return null
  }
}
