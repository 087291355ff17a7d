/**
 * The action's flow: read the run and the inputs, run the comparison (evaluate), merge shards (report) or
 * fetch another run's report (publish), then publish. Every failure ends as one line on a failed step:
 * the user's input errors by name, anything unexpected by its message (the stack only in debug logs).
 */
import path from 'node:path'
import type { RawOptions } from '../config/parse.js'
import type { Config } from '../config/types.js'
import { dispatch } from '../dispatch.js'
import { describeError, InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { isRemoteReference } from '../source/reference.js'
import { actionsCache } from './actions-cache.js'
import { createGitHubClient, type GitHubClient } from './client.js'
import { readRunContext, type RunContext } from './context.js'
import { publishInJob } from './publish-in-job.js'
import {
  inActionTerms,
  inputNameOf,
  readRawOptions,
  readSettings,
  type ActionSettings,
  type InputReader
} from './inputs.js'
import type { ActionIO } from './io.js'
import { publishFromWorkflowRun } from './publish-mode.js'

export interface ActionDependencies {
  readonly env: NodeJS.ProcessEnv
  readonly io: ActionIO
  readonly readInput: InputReader
  /** Test hook: how to build the GitHub client (defaults to Octokit with retry and throttling). */
  readonly createClient?: (token: string, context: RunContext, io: ActionIO) => GitHubClient
}

/** Logs inference progress every tenth of the way, not every batch. */
function actionLogger(io: ActionIO): Logger {
  let lastTenth = -1
  return {
    info: (message) => io.info(message),
    warn: (message) => io.warning(message),
    group: (name, fn) => io.group(name, fn),
    progress: (done, total) => {
      const tenth = total > 0 ? Math.floor((10 * done) / total) : 10
      if (tenth !== lastTenth) {
        lastTenth = tenth
        io.info(`  ${done}/${total} images`)
      }
    }
  }
}

function defaultClient(token: string, context: RunContext, io: ActionIO): GitHubClient {
  return createGitHubClient({
    token,
    baseUrl: context.apiUrl,
    log: { warn: (m) => io.warning(m), debug: (m) => io.debug(m) }
  })
}

/**
 * Where a missing baseline means "the same file at the base": `pull_request` runs, whose checkout holds the PR's
 * change. (`pull_request_target` checks out the base itself: the candidate would be compared with itself.)
 */
const BASE_DEFAULT_EVENTS = new Set(['pull_request'])

/**
 * The pull-request default (docs/sources.md): with `candidate` a path in the workspace and no baseline, the
 * baseline is that path at the PR's base commit, `git:BASE_SHA:./PATH`, fetched into the shallow clone.
 */
export function withPullRequestBaseline(
  raw: RawOptions,
  context: RunContext,
  log: Logger
): { raw: RawOptions; label: string | null } {
  const candidate = typeof raw.candidate === 'string' ? raw.candidate.trim() : ''
  const given = (name: string): boolean => {
    const value = raw[name]
    return Array.isArray(value)
      ? value.length > 0
      : typeof value === 'string' && value.trim() !== ''
  }
  const baseSha = context.pullRequest?.baseSha ?? null
  if (
    !BASE_DEFAULT_EVENTS.has(context.eventName) ||
    baseSha === null ||
    candidate === '' ||
    isRemoteReference(candidate) ||
    given('baseline') ||
    given('baseline-predictions')
  ) {
    return { raw, label: null }
  }
  const relative = path.relative(context.workspace, path.resolve(context.workspace, candidate))
  const written = relative.split(path.sep).join('/')
  log.info(
    `baseline: ${written} at the PR's base commit ${baseSha.slice(0, 12)} (no baseline given)`
  )
  return {
    raw: { ...raw, baseline: [`git:${baseSha}:./${written}`] },
    label: `${written} (PR base)`
  }
}

/** Evaluate and report modes: compare (or evaluate one shard, or merge shards) in this job, then publish. */
async function compareAndPublish(
  deps: ActionDependencies,
  context: RunContext,
  settings: ActionSettings,
  client: GitHubClient | null
): Promise<void> {
  const logger = actionLogger(deps.io)
  const defaulted =
    settings.mode === 'report'
      ? { raw: readRawOptions(deps.readInput), label: null }
      : withPullRequestBaseline(readRawOptions(deps.readInput), context, logger)
  const remoteCache = settings.actionsCache ? actionsCache(logger) : null
  const configure = (parsed: Config): Config => {
    const config =
      defaulted.label === null
        ? parsed
        : {
            ...parsed,
            baselines: parsed.baselines.map((source, i) =>
              i === 0 ? { ...source, label: defaulted.label as string } : source
            )
          }
    // With the Actions cache on and no folder named, keep the entries in the runner's temp folder.
    return remoteCache !== null && config.cacheDir === null
      ? { ...config, cacheDir: path.join(context.runnerTemp, 'classdiff-cache') }
      : config
  }
  const outcome = await dispatch(
    settings.mode === 'report' ? 'report' : 'compare',
    defaulted.raw,
    context.workspace,
    logger,
    {
      configure,
      remoteCache,
      downloadCache: path.join(context.runnerTemp, 'classdiff-cache', 'sources')
    }
  )
  if (outcome.kind === 'shard') {
    const { shard, images, manifest } = outcome.result
    deps.io.info(
      `Shard ${shard.index}/${shard.count}: ${images} images evaluated; merge the shards with mode: report (${manifest})`
    )
    return
  }
  const result = outcome.result
  // Not wrapped in a group: publishing opens its own (Actions logs cannot nest groups).
  await publishInJob({
    report: result.report,
    reportJsonPath: result.files.reportJson,
    reportHtmlPath: result.files.reportHtml,
    env: deps.env,
    context,
    settings,
    client,
    io: deps.io
  })
}

export async function runAction(deps: ActionDependencies): Promise<void> {
  const { io } = deps
  try {
    const context = readRunContext(deps.env)
    const settings = readSettings(deps.readInput)
    const client =
      settings.token === ''
        ? null
        : (deps.createClient ?? defaultClient)(settings.token, context, io)
    if (settings.mode === 'publish') {
      const reportDir = path.resolve(
        context.workspace,
        deps.readInput(inputNameOf('out-dir')).trim() || 'classdiff-report'
      )
      await publishFromWorkflowRun({ context, settings, client, io, reportDir })
    } else {
      await compareAndPublish(deps, context, settings, client)
    }
  } catch (error) {
    if (!(error instanceof InputError) && error instanceof Error && error.stack)
      io.debug(error.stack)
    const message = describeError(error)
    io.setFailed(
      error instanceof InputError ? inActionTerms(message) : `classdiff failed: ${message}`
    )
  }
}
