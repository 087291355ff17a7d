/**
 * `pr.json`: what the evaluating run (a `pull_request` workflow, possibly a fork's, with a read-only token)
 * tells the publishing run (`workflow_run`, with write permissions) besides the report. It sits beside
 * report.json in the report directory and travels in the same artifact.
 *
 *   { "schemaVersion": 1, "pullRequest": 42, "headSha": "<40 or 64 hex>", "commentKey": "<16 hex>" }
 *
 * `pullRequest` is null when the evaluation had no PR (push, schedule). The publisher trusts none of it:
 * it checks the head SHA against the `workflow_run` event, the PR's current head against the same SHA, and
 * uses the key only to find its own comment on that PR.
 */
import { InputError } from '../errors.js'
import { isCommentKey } from './sticky-comment.js'

export const HANDOFF_FILE = 'pr.json'
export const REPORT_FILE = 'report.json'
/** pr.json is a few dozen bytes; anything much larger is not ours. */
export const HANDOFF_MAX_BYTES = 4096

export interface Handoff {
  readonly schemaVersion: 1
  readonly pullRequest: number | null
  readonly headSha: string | null
  readonly commentKey: string
}

const SHA_PATTERN = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
const KEYS = ['schemaVersion', 'pullRequest', 'headSha', 'commentKey']

export function serializeHandoff(handoff: Handoff): string {
  return (
    JSON.stringify({
      schemaVersion: handoff.schemaVersion,
      pullRequest: handoff.pullRequest,
      headSha: handoff.headSha,
      commentKey: handoff.commentKey
    }) + '\n'
  )
}

export function isCommitSha(value: unknown): value is string {
  return typeof value === 'string' && SHA_PATTERN.test(value)
}

/** Validates an untrusted pr.json; the InputError names `source` and the field at fault. */
export function parseUntrustedHandoff(text: string, source: string): Handoff {
  if (text.length > HANDOFF_MAX_BYTES) {
    throw new InputError(
      `${source}: ${text.length} characters, more than the ${HANDOFF_MAX_BYTES} allowed`
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new InputError(`${source}: not valid JSON`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`${source}: expected a JSON object`)
  }
  const o = value as Record<string, unknown>
  for (const key of Object.keys(o)) {
    if (!KEYS.includes(key)) throw new InputError(`${source}: unknown field "${key.slice(0, 40)}"`)
  }
  if (o.schemaVersion !== 1) throw new InputError(`${source}: schemaVersion must be 1`)
  const pullRequest = o.pullRequest
  if (
    pullRequest !== null &&
    !(typeof pullRequest === 'number' && Number.isSafeInteger(pullRequest) && pullRequest > 0)
  ) {
    throw new InputError(`${source}: pullRequest must be a positive whole number or null`)
  }
  if (o.headSha !== null && !isCommitSha(o.headSha)) {
    throw new InputError(`${source}: headSha must be a commit SHA (40 or 64 hex digits) or null`)
  }
  if (!isCommentKey(o.commentKey))
    throw new InputError(`${source}: commentKey must be 16 hex digits`)
  return {
    schemaVersion: 1,
    pullRequest: pullRequest as number | null,
    headSha: o.headSha as string | null,
    commentKey: o.commentKey
  }
}
