/**
 * `git:REV:PATH` model references and the pull-request default, on real git + git-lfs repositories: a bare
 * origin whose LFS objects sit behind a loopback Git LFS server that counts downloads, and one-commit clones
 * of the PR's head as actions/checkout (`lfs: true`) leaves them — the base commit's objects are not there.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCAL_NODE, runStep } from '../github/e2e/harness.js'
import { writeOnnxSet } from '../github/e2e/onnx-set.js'
import { GitHubServer } from '../helpers/github-server/server.js'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, git, initLfsRepository, LfsServer, shallowCheckout } from './git-lfs.js'

let root: string
let origin: string
let lfs: LfsServer
let baseSha: string
let headSha: string
/** The two models side by side, outside any repository: what a run on local files compares. */
let side: string

interface ClassFigures {
  readonly classes: unknown
  readonly summary: unknown
}

function figures(reportJson: string): ClassFigures {
  const report = JSON.parse(readFileSync(reportJson, 'utf8')) as {
    classes: unknown
    summary: unknown
  }
  return { classes: report.classes, summary: report.summary }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'classdiff-git-'))
  origin = path.join(root, 'origin.git')
  const work = path.join(root, 'work')
  side = path.join(root, 'side')
  initLfsRepository(work, origin)
  await writeOnnxSet(side)
  // One path, two versions: main holds the baseline's bytes, the PR branch the candidate's.
  mkdirSync(path.join(work, 'models'))
  cpSync(path.join(side, 'data'), path.join(work, 'data'), { recursive: true })
  cpSync(path.join(side, 'models', 'baseline.onnx'), path.join(work, 'models', 'model.onnx'))
  baseSha = commitAll(work, 'baseline model')
  git(work, 'push', '--quiet', 'origin', 'main')
  git(work, 'checkout', '--quiet', '-b', 'feature')
  cpSync(path.join(side, 'models', 'candidate.onnx'), path.join(work, 'models', 'model.onnx'))
  headSha = commitAll(work, 'retrained model')
  git(work, 'push', '--quiet', 'origin', 'feature')
  lfs = await LfsServer.start(origin)
}, 60_000)

afterAll(async () => {
  await lfs?.close()
  rmSync(root, { recursive: true, force: true })
})

/** A fresh one-commit checkout of the PR's head; returns its folder. */
async function checkoutHead(name: string): Promise<string> {
  const target = path.join(root, name)
  await shallowCheckout(origin, headSha, target, lfs.url)
  expect(git(target, 'rev-parse', '--is-shallow-repository')).toBe('true')
  return target
}

describe('git:REV:PATH in a shallow clone', () => {
  it('fetches the base commit and its LFS object alone, and gives the figures of the two files side by side', async () => {
    const sideBySide = await runCli(
      [
        'compare',
        '--baseline',
        'models/baseline.onnx',
        '--candidate',
        'models/candidate.onnx',
        '--data',
        'data/manifest.csv',
        '--classes',
        'data/classes.txt',
        '--out-dir',
        'out'
      ],
      { cwd: side }
    )
    expect(sideBySide.code, sideBySide.stderr).toBe(1)

    const clone = await checkoutHead('clone-a')
    const before = lfs.downloads.length
    const run = await runCli(
      [
        'compare',
        '--baseline',
        `git:${baseSha}:models/model.onnx`,
        '--candidate',
        'models/model.onnx',
        '--data',
        'data/manifest.csv',
        '--classes',
        'data/classes.txt',
        '--out-dir',
        'out',
        '--cache-dir',
        path.join(root, 'cache-a')
      ],
      { cwd: clone }
    )
    expect(run.code, run.stderr).toBe(1)
    // Exactly one object came over the wire: the base's model (the head's was fetched by the checkout).
    expect(lfs.downloads.slice(before)).toHaveLength(1)
    expect(figures(path.join(clone, 'out', 'report.json'))).toEqual(
      figures(path.join(side, 'out', 'report.json'))
    )
    const report = JSON.parse(readFileSync(path.join(clone, 'out', 'report.json'), 'utf8')) as {
      inputs: { baseline: string }
    }
    expect(report.inputs.baseline).toBe(`git:${baseSha}:models/model.onnx`)
  }, 60_000)

  it('a second run with a warm prediction cache downloads no LFS object; with a cold one it downloads the baseline', async () => {
    const cache = path.join(root, 'cache-b')
    const args = (clone: string, cacheDir: string): string[] => [
      'compare',
      '--baseline',
      `git:${baseSha}:models/model.onnx`,
      '--candidate',
      'models/model.onnx',
      '--data',
      'data/manifest.csv',
      '--classes',
      'data/classes.txt',
      '--out-dir',
      path.join(clone, 'out'),
      '--cache-dir',
      cacheDir
    ]
    const first = await checkoutHead('clone-b1')
    const warmUp = await runCli(args(first, cache), { cwd: first })
    expect(warmUp.code, warmUp.stderr).toBe(1)
    // A new job: a fresh clone, and only the predictions cache carried over (not the downloaded model).
    rmSync(path.join(cache, 'sources'), { recursive: true, force: true })
    const second = await checkoutHead('clone-b2')
    const before = { downloads: lfs.downloads.length, batches: lfs.batches.length }
    const warm = await runCli(args(second, cache), { cwd: second })
    expect(warm.code, warm.stderr).toBe(1)
    expect(warm.stderr).toMatch(/predictions from the cache/)
    expect(lfs.downloads.length - before.downloads).toBe(0)
    expect(lfs.batches.length - before.batches).toBe(0)
    expect(figures(path.join(second, 'out', 'report.json'))).toEqual(
      figures(path.join(first, 'out', 'report.json'))
    )

    // The control: the same run with an empty cache must fetch the baseline's object.
    const third = await checkoutHead('clone-b3')
    const coldBefore = lfs.downloads.length
    const cold = await runCli(args(third, path.join(root, 'cache-c')), { cwd: third })
    expect(cold.code, cold.stderr).toBe(1)
    expect(lfs.downloads.length - coldBefore).toBe(1)
  }, 90_000)
})

describe('the pull-request default through the action as a process', () => {
  let server: GitHubServer

  beforeAll(async () => {
    server = await GitHubServer.start()
    server.addToken('ghs_write')
    server.addPullRequest({ number: 7, headSha })
  })
  afterAll(async () => {
    await server?.close()
  })

  it('given only candidate and data, compares the head’s model with the base commit’s: the figures of the two files side by side', async () => {
    const sideBySide = await runCli(
      [
        'compare',
        '--baseline',
        'models/baseline.onnx',
        '--candidate',
        'models/candidate.onnx',
        '--data',
        'data/manifest.csv',
        '--out-dir',
        'out-no-classes'
      ],
      { cwd: side }
    )
    expect(sideBySide.code, sideBySide.stderr).toBe(1)
    const clone = await checkoutHead('clone-action')
    const before = lfs.downloads.length
    const result = await runStep(LOCAL_NODE, {
      inputs: { candidate: 'models/model.onnx', data: 'data/manifest.csv' },
      eventName: 'pull_request',
      event: {
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: headSha, ref: 'feature' },
          base: { sha: baseSha, ref: 'main' }
        }
      },
      apiUrl: server.url,
      repository: `${server.owner}/${server.repo}`,
      workspace: clone,
      token: 'ghs_write',
      sha: headSha
    })
    expect(result.outputs.verdict, result.stdout + result.stderr).toBe('fail')
    expect(result.stdout).toContain(
      `models/model.onnx at the PR's base commit ${baseSha.slice(0, 12)}`
    )
    expect(lfs.downloads.length - before, result.stdout).toBe(1)
    const reportJson = result.outputs['report-json'] as string
    expect(figures(reportJson)).toEqual(figures(path.join(side, 'out-no-classes', 'report.json')))
    const report = JSON.parse(readFileSync(reportJson, 'utf8')) as {
      inputs: { baseline: string; candidate: string }
    }
    expect(report.inputs).toMatchObject({
      baseline: 'models/model.onnx (PR base)',
      candidate: 'models/model.onnx'
    })
    server.assertConforming()
  }, 90_000)
})
