import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  commentKey,
  commentMarker,
  contentDigest,
  digestLine,
  upsertStickyComment,
  type StickyComment
} from '../../src/github/sticky-comment.js'
import { testClient } from '../helpers/github-server/client.js'
import {
  ACTIONS_BOT,
  GitHubServer,
  HUMAN,
  type FakeAccount
} from '../helpers/github-server/server.js'

const PR = 7
const KEY = commentKey({
  workflow: 'CI',
  job: 'evaluate',
  baseline: 'models/a.onnx',
  candidate: 'models/b.onnx',
  data: 'data/manifest.csv'
})
const MARKER = commentMarker(KEY)
const quiet = { info: () => undefined, debug: () => undefined }

function comment(text: string, marker = MARKER): StickyComment {
  const digest = contentDigest(text)
  return { marker, body: `${marker}\n${text}${digestLine(digest)}`, digest }
}

let server: GitHubServer
const target = (): { owner: string; repo: string; issueNumber: number } => ({
  owner: server.owner,
  repo: server.repo,
  issueNumber: PR
})

beforeEach(async () => {
  server = await GitHubServer.start()
  server.addToken('bot-token')
  server.addPullRequest({ number: PR, headSha: 'a'.repeat(40) })
})

afterEach(async () => {
  server.assertConforming()
  await server.close()
})

describe('comment key and marker', () => {
  it('depends on workflow, job and the compared paths, so each evaluation keeps its own comment', () => {
    const parts = {
      workflow: 'CI',
      job: 'eval',
      baseline: 'a.onnx',
      candidate: 'b.onnx',
      data: 'd'
    }
    expect(commentKey(parts)).toBe(commentKey({ ...parts }))
    expect(commentKey({ ...parts, job: 'eval-2' })).not.toBe(commentKey(parts))
    expect(commentKey({ ...parts, candidate: 'c.onnx' })).not.toBe(commentKey(parts))
    expect(commentKey({ ...parts, workflow: 'Nightly' })).not.toBe(commentKey(parts))
  })

  it('is a hidden HTML comment holding only hex digits', () => {
    expect(MARKER).toMatch(/^<!-- classdiff:[0-9a-f]{16} -->$/)
    expect(() => commentMarker('--> <b>x</b>')).toThrow()
  })
})

describe('upsertStickyComment', () => {
  it('creates exactly one comment on the first run', async () => {
    const outcome = await upsertStickyComment(
      testClient(server, 'bot-token'),
      target(),
      comment('first'),
      quiet
    )
    expect(outcome.action).toBe('created')
    expect(server.comments(PR)).toHaveLength(1)
    expect(server.comments(PR)[0].body).toContain('first')
    expect(outcome.url).toContain(`#issuecomment-${outcome.commentId}`)
  })

  it('updates the same comment in place on the next run, leaving human comments alone', async () => {
    const human = server.seedComment(PR, 'Looks good to me')
    await upsertStickyComment(testClient(server, 'bot-token'), target(), comment('first'), quiet)
    const outcome = await upsertStickyComment(
      testClient(server, 'bot-token'),
      target(),
      comment('second'),
      quiet
    )
    expect(outcome.action).toBe('updated')
    const comments = server.comments(PR)
    expect(comments).toHaveLength(2)
    expect(comments[0]).toMatchObject({ id: human.id, body: 'Looks good to me' })
    expect(comments[1].body).toContain('second')
    expect(server.writes.map((w) => w.method)).toEqual(['POST', 'PATCH'])
  })

  it('leaves the comment untouched when its content digest is unchanged', async () => {
    await upsertStickyComment(testClient(server, 'bot-token'), target(), comment('same'), quiet)
    const writesBefore = server.writes.length
    const outcome = await upsertStickyComment(
      testClient(server, 'bot-token'),
      target(),
      comment('same'),
      quiet
    )
    expect(outcome.action).toBe('unchanged')
    expect(server.writes.length).toBe(writesBefore)
  })

  it('keeps two evaluations of one PR in two comments', async () => {
    const otherMarker = commentMarker(
      commentKey({ workflow: 'CI', job: 'evaluate', baseline: 'x', candidate: 'y', data: 'z' })
    )
    await upsertStickyComment(testClient(server, 'bot-token'), target(), comment('one'), quiet)
    await upsertStickyComment(
      testClient(server, 'bot-token'),
      target(),
      comment('two', otherMarker),
      quiet
    )
    await upsertStickyComment(
      testClient(server, 'bot-token'),
      target(),
      comment('one again'),
      quiet
    )
    const bodies = server.comments(PR).map((c) => c.body)
    expect(bodies).toHaveLength(2)
    expect(bodies[0]).toContain('one again')
    expect(bodies[1]).toContain('two')
  })

  it('never edits a human comment that carries our marker, nor one that quotes it', async () => {
    const copied = server.seedComment(PR, `${MARKER}\nI copied the marker`, HUMAN)
    const quoted = server.seedComment(PR, `> ${MARKER}\n> old results\n\nwhy did this drop?`, HUMAN)
    await upsertStickyComment(testClient(server, 'bot-token'), target(), comment('results'), quiet)
    const comments = server.comments(PR)
    expect(comments).toHaveLength(3)
    expect(comments.find((c) => c.id === copied.id)?.body).toBe(`${MARKER}\nI copied the marker`)
    expect(comments.find((c) => c.id === quoted.id)?.body).toContain('why did this drop?')
    // With GITHUB_TOKEN GitHub refuses GET /user; the human's comments still stay untouched.
    expect(server.requests.some((r) => r.path === '/user' && r.status === 403)).toBe(true)
  })

  it('with a personal token, recognises its own user comments through GET /user', async () => {
    const me: FakeAccount = { login: 'release-bot-user', id: 77, type: 'User' }
    server.addToken('personal-token', { account: me })
    await upsertStickyComment(
      testClient(server, 'personal-token'),
      target(),
      comment('first'),
      quiet
    )
    const outcome = await upsertStickyComment(
      testClient(server, 'personal-token'),
      target(),
      comment('second'),
      quiet
    )
    expect(outcome.action).toBe('updated')
    expect(server.comments(PR)).toHaveLength(1)
  })

  it('with a GitHub App’s token, updates its comment when told its login (comment-author), else adds one', async () => {
    const app: FakeAccount = { login: 'acme-gate[bot]', id: 99, type: 'Bot' }
    server.addToken('app-token', { account: app })
    const client = testClient(server, 'app-token')
    await upsertStickyComment(client, target(), comment('first'), quiet, app.login)
    const second = await upsertStickyComment(client, target(), comment('second'), quiet, app.login)
    expect(second.action).toBe('updated')
    expect(server.comments(PR).map((c) => [c.user.login, c.body.includes('second')])).toEqual([
      ['acme-gate[bot]', true]
    ])
    // Told nothing, GitHub refuses GET /user to an installation token and the App passes for
    // github-actions[bot]: its own comment is not recognised, and a second one appears.
    const untold = await upsertStickyComment(client, target(), comment('third'), quiet)
    expect(untold.action).toBe('created')
    expect(server.comments(PR)).toHaveLength(2)
    // Told another login, it never touches the App's comments.
    const wrong = await upsertStickyComment(client, target(), comment('fourth'), quiet, 'octocat')
    expect(wrong.action).toBe('created')
    expect(server.comments(PR).filter((c) => c.body.includes('second'))).toHaveLength(1)
  })

  it('finds its comment among more than 100 comments, across pages', async () => {
    for (let i = 0; i < 130; i++) server.seedComment(PR, `chatter ${i}`)
    await upsertStickyComment(testClient(server, 'bot-token'), target(), comment('first'), quiet)
    for (let i = 0; i < 30; i++) server.seedComment(PR, `more chatter ${i}`)
    const outcome = await upsertStickyComment(
      testClient(server, 'bot-token'),
      target(),
      comment('second'),
      quiet
    )
    expect(outcome.action).toBe('updated')
    expect(server.comments(PR).filter((c) => c.body.startsWith(MARKER))).toHaveLength(1)
    const lists = server.requests.filter(
      (r) => r.method === 'GET' && r.template?.endsWith('/comments')
    )
    expect(lists.some((r) => r.query.includes('page=2'))).toBe(true)
    expect(lists.every((r) => r.query.includes('per_page=100'))).toBe(true)
  })

  it('cleans up duplicates left by earlier concurrent runs: the oldest wins', async () => {
    const oldest = server.seedComment(PR, comment('old A').body, ACTIONS_BOT)
    server.seedComment(PR, comment('old B').body, ACTIONS_BOT)
    server.seedComment(PR, comment('old C').body, ACTIONS_BOT)
    const outcome = await upsertStickyComment(
      testClient(server, 'bot-token'),
      target(),
      comment('new'),
      quiet
    )
    expect(outcome).toMatchObject({ action: 'updated', commentId: oldest.id, removedDuplicates: 2 })
    expect(server.comments(PR).map((c) => c.id)).toEqual([oldest.id])
    expect(server.comments(PR)[0].body).toContain('new')
  })

  it('two runs at the same moment end with one comment', async () => {
    // Both runs list the comments before either has created one, so both create.
    server.meetAt('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 2)
    const a = upsertStickyComment(
      testClient(server, 'bot-token'),
      target(),
      comment('run A'),
      quiet
    )
    const b = upsertStickyComment(
      testClient(server, 'bot-token'),
      target(),
      comment('run B'),
      quiet
    )
    const outcomes = await Promise.all([a, b])
    expect(outcomes.map((o) => o.action)).toContain('created')
    const ours = server.comments(PR).filter((c) => c.body.startsWith(MARKER))
    expect(ours).toHaveLength(1)
    // Both outcomes point at the survivor, whichever run's body it holds.
    expect(outcomes.every((o) => o.commentId === ours[0].id)).toBe(true)
    expect(server.writes.filter((w) => w.method === 'POST')).toHaveLength(2)
  })
})
