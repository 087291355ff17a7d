/**
 * One PR comment per evaluation, kept up to date: found by a hidden marker among all the PR's comments,
 * updated in place, left alone when its content is unchanged, and deduplicated when concurrent runs both
 * created one (the oldest wins). Only comments that start with our marker and that our own identity wrote
 * (the token's user, or github-actions[bot]) are ever edited or deleted: a human who quotes our marker, or
 * another bot whose comment starts with it, keeps their comment.
 */
import { createHash } from 'node:crypto'
import type { GitHubClient } from './client.js'
import { gitHubFailure, isNonEmptyString, isPositiveInteger, requireField } from './client.js'

export interface CommentKeyParts {
  /** `GITHUB_WORKFLOW`: the workflow's name. */
  readonly workflow: string
  /** `GITHUB_JOB`: the job's id. */
  readonly job: string
  /** What was compared, as the report names it (paths, not contents: every push updates the same comment). */
  readonly baseline: string
  readonly candidate: string
  readonly data: string
}

const KEY_PATTERN = /^[0-9a-f]{16}$/

/** 16 hex digits naming one evaluation: two classdiff steps in one workflow get two keys, reruns the same. */
export function commentKey(parts: CommentKeyParts): string {
  const text = [parts.workflow, parts.job, parts.baseline, parts.candidate, parts.data].join('\n')
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

export function isCommentKey(value: unknown): value is string {
  return typeof value === 'string' && KEY_PATTERN.test(value)
}

/** The hidden first line of our comment. Only hex digits inside, so no text of ours can close it early. */
export function commentMarker(key: string): string {
  if (!isCommentKey(key)) throw new Error(`not a comment key: ${key}`)
  return `<!-- classdiff:${key} -->`
}

/** A hidden last line recording what the comment shows, so an unchanged result is not re-posted. */
export function digestLine(digest: string): string {
  return `\n<!-- classdiff-digest:${digest} -->`
}

export function contentDigest(...parts: readonly string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

export interface CommentTarget {
  readonly owner: string
  readonly repo: string
  readonly issueNumber: number
}

export interface StickyComment {
  readonly marker: string
  /** The full body; starts with `marker`. */
  readonly body: string
  /**
   * What decides "unchanged": the digest line in the body. When an existing comment carries the same digest
   * it is left as it is, even if volatile parts (the run link) differ.
   */
  readonly digest: string
}

export interface StickyOutcome {
  readonly action: 'created' | 'updated' | 'unchanged'
  readonly commentId: number
  readonly url: string
  /** Our duplicate comments (from concurrent runs) this run deleted. */
  readonly removedDuplicates: number
}

export interface StickyLog {
  info(message: string): void
  debug(message: string): void
}

interface ListedComment {
  readonly id: number
  readonly body: string
  readonly htmlUrl: string
  readonly createdAt: string
  readonly authorLogin: string | null
  readonly authorType: string | null
}

const PER_PAGE = 100

async function listComments(client: GitHubClient, target: CommentTarget): Promise<ListedComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: PER_PAGE
  })
  if (!Array.isArray(comments)) {
    throw new Error(
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments: GitHub's answer is not a list"
    )
  }
  return comments.map((c) => ({
    id: c.id,
    body: c.body ?? '',
    htmlUrl: c.html_url,
    createdAt: c.created_at,
    authorLogin: c.user?.login ?? null,
    authorType: c.user?.type ?? null
  }))
}

/** Oldest first: creation time, then id (ids grow with time on GitHub). */
function byAge(a: ListedComment, b: ListedComment): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id
}

/** The account `GITHUB_TOKEN` writes as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * Who we are: only comments this account wrote are ever edited or deleted — not another bot's that happens
 * to start with our marker, not a human's that quotes it. The `comment-author` input names it (a GitHub
 * App's installation token writes as `APP-SLUG[bot]`, which no API call tells the App); otherwise, with a
 * personal token `GET /user` names the user, and with `GITHUB_TOKEN` (an installation token) GitHub refuses
 * it (401/403) and we are `github-actions[bot]`. Asked at most once.
 */
class Identity {
  private login: Promise<string> | null
  constructor(
    private readonly client: GitHubClient,
    author: string | null
  ) {
    this.login = author === null ? null : Promise.resolve(author)
  }

  async owns(comment: ListedComment): Promise<boolean> {
    if (comment.authorLogin === null) return false
    this.login ??= this.client.rest.users.getAuthenticated().then(
      (response) => {
        const login = (response.data as { login?: unknown } | null)?.login
        if (typeof login !== 'string' || login === '') {
          throw new Error('GET /user: GitHub answered without a "login"')
        }
        return login
      },
      (error: unknown) => {
        const status = gitHubFailure(error)?.status
        if (status === 401 || status === 403) return ACTIONS_BOT_LOGIN
        throw error
      }
    )
    return (await this.login) === comment.authorLogin
  }
}

async function ourComments(
  comments: readonly ListedComment[],
  marker: string,
  identity: Identity
): Promise<ListedComment[]> {
  const marked = comments.filter((c) => c.body.startsWith(marker))
  const ours: ListedComment[] = []
  for (const comment of marked) if (await identity.owns(comment)) ours.push(comment)
  return ours.sort(byAge)
}

function digestOf(body: string): string | null {
  return /<!-- classdiff-digest:([0-9a-f]{64}) -->\s*$/.exec(body)?.[1] ?? null
}

async function deleteComment(
  client: GitHubClient,
  target: CommentTarget,
  id: number
): Promise<boolean> {
  try {
    await client.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id
    })
    return true
  } catch (error) {
    // A concurrent run deleted it first: the outcome we wanted.
    if (gitHubFailure(error)?.status === 404) return false
    throw error
  }
}

async function updateComment(
  client: GitHubClient,
  target: CommentTarget,
  id: number,
  body: string
): Promise<string> {
  const response = await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: id,
    body
  })
  return requireField(
    response.data,
    'html_url',
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    isNonEmptyString
  )
}

/**
 * Keeps `keeper` (the oldest of ours) with the wanted content and deletes the rest of ours. Returns the
 * action taken on the keeper and how many duplicates went.
 */
async function settle(
  client: GitHubClient,
  target: CommentTarget,
  ours: readonly ListedComment[],
  comment: StickyComment,
  log: StickyLog
): Promise<{ action: 'updated' | 'unchanged'; url: string; removed: number }> {
  const [keeper, ...duplicates] = ours
  let action: 'updated' | 'unchanged' = 'unchanged'
  let url = keeper.htmlUrl
  if (digestOf(keeper.body) !== comment.digest) {
    url = await updateComment(client, target, keeper.id, comment.body)
    action = 'updated'
  }
  let removed = 0
  for (const duplicate of duplicates) {
    log.debug(`deleting duplicate classdiff comment ${duplicate.id} (keeping ${keeper.id})`)
    if (await deleteComment(client, target, duplicate.id)) removed++
  }
  return { action, url, removed }
}

/** `author`: the login we post as, when the action was told it (input `comment-author`); null: ask GitHub. */
export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  comment: StickyComment,
  log: StickyLog,
  author: string | null = null
): Promise<StickyOutcome> {
  if (!comment.body.startsWith(comment.marker))
    throw new Error('the comment body must start with its marker')
  const identity = new Identity(client, author)
  const existing = await ourComments(await listComments(client, target), comment.marker, identity)
  if (existing.length > 0) {
    const settled = await settle(client, target, existing, comment, log)
    return {
      action: settled.action,
      commentId: existing[0].id,
      url: settled.url,
      removedDuplicates: settled.removed
    }
  }

  const created = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: comment.body
  })
  const createEndpoint = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
  requireField(created.data, 'id', createEndpoint, isPositiveInteger)
  requireField(created.data, 'html_url', createEndpoint, isNonEmptyString)
  // Another run may have created its comment at the same moment: look again, and let the oldest win.
  const after = await ourComments(await listComments(client, target), comment.marker, identity)
  const mine = after.find((c) => c.id === created.data.id)
  if (after.length <= 1 || after[0].id === created.data.id) {
    let removed = 0
    for (const duplicate of after.slice(1)) {
      if (await deleteComment(client, target, duplicate.id)) removed++
    }
    return {
      action: 'created',
      commentId: created.data.id,
      url: created.data.html_url,
      removedDuplicates: removed
    }
  }
  log.info(`another run created the classdiff comment first; keeping comment ${after[0].id}`)
  const others = after.filter((c) => c.id !== created.data.id)
  const settled = await settle(client, target, others, comment, log)
  const removedMine =
    mine === undefined ? false : await deleteComment(client, target, created.data.id)
  return {
    action: settled.action,
    commentId: others[0].id,
    url: settled.url,
    removedDuplicates: settled.removed + (removedMine ? 1 : 0)
  }
}
